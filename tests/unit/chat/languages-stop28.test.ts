import { describe, expect, it } from 'vitest';
import { fixtureJson } from './helpers';
import { type RuleCase, rulesOf } from './rule-cases';

/**
 * Stop 28, languages beyond en/es/pt/fr (tests/fixtures/chat/languages-stop28.json, phrasings written for this test
 * after the independent probe R16 was scored; each case names the public page it was modelled on): a buyer's own
 * report of what a seller offered (ru, uk, nl, de, pl, ko), listings of card holders and QR stands, the platform's
 * own checkout (a list after the order's pay button, a refund back to a wallet balance, another card bound in the
 * app), the Arabic spoken negation; and, flagged, orders moved to the seller's site or a cheaper marketplace,
 * payment "there" (Hinglish), refunds that first need a payment request or 1 hryvnia to a card, Naver safe payment,
 * PayBox and Japan Post Bank numbers (a wallet or an account, not a phone), "app ons", "WP hattı", "пиши в тг".
 */
interface LanguageCase extends RuleCase {
  lang: string;
  source: string;
}

describe('stop 28 (languages beyond en/es/pt/fr): reports, listings, checkouts, local payment habits', () => {
  const cases = fixtureJson<LanguageCase[]>('languages-stop28.json');
  it('names a page it was modelled on for every case, and has both kinds', () => {
    for (const c of cases) expect(c.source).toMatch(/^https?:\/\//);
    expect(cases.some((c) => c.rules.length === 0)).toBe(true);
    expect(cases.some((c) => c.rules.length > 0)).toBe(true);
  });
  for (const c of cases) {
    it(`${c.lang}: ${c.why}`, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }
});
