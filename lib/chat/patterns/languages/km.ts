import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Khmer. Written without spaces between words; normalise.ts keeps the vowel signs and the coeng (subscript) mark
 * (dropping them made "កុំ", don't, the bare consonant "ក"), so the words are only NFKC-folded here. Modelled on Cambodian bank and
 * police warnings about transfers by ABA or Wing to an "agent's" or a personal account instead of the seller's
 * order. Negations and anchors: the words are few, so each pattern carries its own exclusions.
 */
const fold = (alternatives: string) => alternatives.normalize('NFKC');

/** Not told: "don't", "not", "must not", "forbidden" just before the verb ("កុំផ្ទេរទៅភ្នាក់ងារ", don't transfer to an agent). */
const NOT_BEFORE = `(?<!(?:${fold('កុំ|មិន|មិនត្រូវ|ហាម|ហាមឃាត់')})\\s?)`;
/** Paying: pay money, transfer (money), send money, deposit — unless told not to. */
const PAY = `${NOT_BEFORE}(?:${fold('បង់ប្រាក់|បង់លុយ|ផ្ទេរប្រាក់|ផ្ទេរលុយ|ផ្ញើប្រាក់|ផ្ញើលុយ|បង់|ផ្ទេរ|កក់ប្រាក់')})`;
/**
 * One character of the same sentence that does not start a negation ("pay in the order, don't transfer to an
 * agent" is a warning). Only between a payment and the agent: after the agent, a "not" negates some other verb
 * ("our agent doesn't take cards, transfer to him by Wing") and the payment's own negation is NOT_BEFORE's. Windows count vowel signs too, hence about half as wide again as a bare-consonant count.
 */
const UNNEGATED = `(?:(?!${fold('កុំ|មិន|ហាម')})[^.!?។\\n])`;
/** Not the seller's: a forwarder ("shipping agent") or the buyer's own ("your agent"; "the seller's", អ្នកលក់, is not). */
const NOT_SELLERS = `(?:${fold('ដឹកជញ្ជូន|របស់លោក')}|${fold('របស់អ្នក')}(?!${fold('លក់')}))`;

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
        `(?:${PAY})${UNNEGATED}{0,45}?${fold('ភ្នាក់ងារ')}(?!${NOT_SELLERS})`,
        `${fold('ភ្នាក់ងារ')}(?!${NOT_SELLERS})[^.!?។\\n]{0,45}?(?:${PAY})`,
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
