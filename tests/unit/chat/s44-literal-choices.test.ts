import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { requiredLiteralChoices } from '../../../lib/chat/required-literals';
import { allFixtureTexts } from './helpers';
import { EVERY_RULE_PATTERN, rules, sameWithoutShortcuts } from './scan-helpers';

/**
 * Issue 14 (scan speed, third pass): a pattern's regex is run only when, for one of its top-level alternatives,
 * every set of literals that alternative needs has one in the message, and so do its need's literals; the costly
 * patterns opened on a common word ("pay", "we", "not") now also wait for their second, rarer word. Only a shortcut
 * if no text a regex matches lacks them: checked on small regexes with a known answer and on every pattern of the
 * rules against every chat fixture message; and the findings are the same with every shortcut off.
 */

/** What the shortcut answers: whether `text` holds, for some alternative, a literal of each of its sets. */
function mayMatch(re: RegExp, text: string): boolean {
  const choices = requiredLiteralChoices(re);
  if (choices === null) return true;
  return choices.some((sets) => sets.every((set) => set.some((literal) => text.includes(literal))));
}

describe('the literals each alternative of a regex needs, all of them', () => {
  it('asks for the second word of a phrase, not only the first', () => {
    const re = /\bsettle\s+(?:via|through)\s+(?:the\s+)?voucher\b|\bbon\s+de\s+reglement\b/u;
    expect(mayMatch(re, 'settle through the voucher')).toBe(true);
    expect(mayMatch(re, 'un bon de reglement')).toBe(true);
    expect(mayMatch(re, 'please settle the invoice today')).toBe(false); // "settle" alone
    expect(mayMatch(re, 'reglement, de bon')).toBe(true); // all three words, order not asked: only a shortcut
    expect(mayMatch(re, 'le reglement est fait')).toBe(false);
  });

  it('reads what a positive look-around asks of the text, and nothing of a negative one', () => {
    const both = /^(?=[\s\S]*\bchargeback)(?=[\s\S]*\b(?:iban|swift)\b)/u;
    expect(mayMatch(both, 'no chargeback, use the iban')).toBe(true);
    expect(mayMatch(both, 'no chargeback please')).toBe(false);
    expect(mayMatch(both, 'our swift code')).toBe(false);
    const unless = /\bwire(?!\s+later)\b/u;
    expect(mayMatch(unless, 'wire it')).toBe(true);
    expect(mayMatch(/\bremit(?:\s+now)?\b/u, 'remit')).toBe(true); // an optional part asks for nothing
  });

  it('joins a fixed mark to a list of endings (".shop", not "shop")', () => {
    const site = /\.(?:shop|store|online|site|top|xyz|vip|icu|biz|club|info|net|org|com|io|co|cc|me|cn)\b/u;
    expect(mayMatch(site, 'see acme-deals.shop/cart')).toBe(true);
    expect(mayMatch(site, 'our shop and store are online, come')).toBe(false);
  });

  it('names nothing where an alternative needs no fixed text, or only one common character', () => {
    expect(requiredLiteralChoices(/\bvoucher\b|\d{6,}/u)).toBeNull();
    expect(requiredLiteralChoices(/\w+\.\w+/u)).toBeNull();
    expect(requiredLiteralChoices(/voucher/iu)).toBeNull();
  });
});

describe('the literal choices of the rules’ patterns and needs', () => {
  const normalised = allFixtureTexts().map((t) => normalise(t).text);
  const patterns = EVERY_RULE_PATTERN;

  it('hold on every chat fixture message a pattern or its need matches', () => {
    const missing: string[] = [];
    let matched = 0;
    for (const p of patterns)
      for (const re of p.needs ? [p.re, p.needs] : [p.re]) {
        if (requiredLiteralChoices(re) === null) continue;
        const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
        for (const text of normalised) {
          if (!plain.test(text)) continue;
          matched++;
          if (!mayMatch(re, text)) missing.push(`/${re.source.slice(0, 60)}…/ on "${text.slice(0, 80)}"`);
        }
      }
    expect(matched).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  }, 600_000);
});

describe('findings with the second words asked for', () => {
  it('flags a payment link on an odd address and a refusal of the platform, not their halves', () => {
    expect(rules('Kindly complete the payment link here: https://secure-orders.top/pay/8812')).toContain(
      'offplatform-payment',
    );
    expect(rules('We do not use Alibaba for this order, pay the deposit by bank transfer')).toContain(
      'offplatform-payment',
    );
    expect(rules('You can pay when the goods are ready, the page shows the total')).not.toContain(
      'offplatform-payment',
    );
    expect(rules('We do not stock that colour, sorry')).not.toContain('offplatform-payment');
  });

  it('gives the same findings as with every shortcut off', () => {
    for (const text of [
      'Kindly complete the payment link here: https://secure-orders.top/pay/8812',
      'Pagamento pelo link de pagamento www.loja-rapida.shop, obrigado',
      'We do not use Alibaba for this order, pay the deposit by bank transfer',
      'You can pay when the goods are ready, the page shows the total',
      'not the platform account, our own account please, pay today',
      'If you want a refund, send me your IBAN and card number',
      'The refund goes back through the order as usual',
      'account of our sales lady, please transfer there',
      'We do not stock that colour, sorry',
    ])
      sameWithoutShortcuts(text);
  });
});
