import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Khmer. Written without spaces between words, and normalise.ts drops the vowel signs and the coeng (subscript)
 * mark with every other combining mark, so the words are folded the same way here. Modelled on Cambodian bank and
 * police warnings about transfers by ABA or Wing to an "agent's" or a personal account instead of the seller's
 * order. Negations and anchors: the words are few, so each pattern carries its own exclusions.
 */
const fold = (alternatives: string) => alternatives.normalize('NFKC').replace(/\p{M}/gu, '');

/** Paying: pay money, transfer (money), send money, deposit. */
const PAY = fold('បង់ប្រាក់|បង់លុយ|ផ្ទេរប្រាក់|ផ្ទេរលុយ|ផ្ញើប្រាក់|ផ្ញើលុយ|បង់|ផ្ទេរ|កក់ប្រាក់');
/** Not the seller's: a forwarder ("shipping agent") or the buyer's own ("your agent"). */
const NOT_SELLERS = fold('ដឹកជញ្ជូន|របស់អ្នក|របស់លោក');

export const KM: LanguagePatterns = {
  lang: 'km',
  payment: [
    {
      // "សូមបង់ប្រាក់តាម ABA ទៅគណនីភ្នាក់ងាររបស់យើង" (pay by ABA to our agent's account): an agent paid instead of the
      // order, with the money named in the same stretch of text.
      kind: 'contextual',
      what: 'an agent or intermediary to be paid instead of the order',
      gate: new RegExp(fold('ភ្នាក់ងារ'), 'u'),
      re: anyOf(
        `(?:${PAY})[^.!?។\\n]{0,30}?${fold('ភ្នាក់ងារ')}(?!${NOT_SELLERS})`,
        `${fold('ភ្នាក់ងារ')}(?!${NOT_SELLERS})[^.!?។\\n]{0,20}?(?:${PAY})`,
      ),
    },
    {
      // "ផ្ទេរប្រាក់ទៅគណនីផ្ទាល់ខ្លួន" (transfer to a personal account), "គណនីបុគ្គល" (an individual's account).
      kind: 'contextual',
      what: "a personal or someone else's account",
      gate: new RegExp(fold('គណនី'), 'u'),
      needs: new RegExp(PAY, 'u'),
      re: anyOf(`${fold('គណនី')}(?:${fold('ផ្ទាល់ខ្លួន|បុគ្គល|ឯកជន')})(?!${NOT_SELLERS})`),
    },
  ],
  bank: [],
  channels: [],
  moves: [],
};
