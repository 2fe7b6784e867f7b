import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the independent spec probe R21 (tuned third) pointed to, on lines of our own in ja, tr, pl, it, ru, fr
 * and en: quality and finish praised with the adjective after the noun, the goods held to "the last time", a line
 * that is only "as sample", dates hedged or given as a part of next month, and stock availability as the date; and
 * precise lines misread before: a range's tilde, a rub test's white cotton cloth and grey scale, colour names tied
 * to numbered swatches of a numbered card, a pharmacopoeia glass type, a duration from an order's date or a claim.
 * Positive and must-not-flag lines alike; each entry names the page it was modelled on.
 */
describeMechanismCases('round-21: probe R21 mechanisms', loadCases('round-21-cases.json'));

/**
 * Stop 29 red team: "A\u2063SAP" (an invisible operator inside the word) was read clear. Every invisible format
 * character is now read as the buyer sees the line; the quote keeps the characters as typed.
 */
describe('round-21: invisible format characters inside a word', () => {
  const cases: [string, string, string][] = [
    ['Delivery: A\u2063SAP.', 'vague-ship-date', 'A\u2063SAP'],
    ['Ship in Octo\u2062ber.', 'vague-ship-date', 'in Octo\u2062ber.'],
    ['Colour: bl\u180Eue', 'vague-color', 'bl\u180Eue'],
    ['Packaging: stro\u{E0041}ng box', 'vague-packaging', 'stro\u{E0041}ng box'],
  ];
  for (const [line, rule, quote] of cases)
    it(`${JSON.stringify(line)} → ${rule}`, () => {
      const found = checkSpecLine(line).find((f) => f.rule === rule);
      expect(found?.quote).toBe(quote);
      expect(line.slice(found!.span!.start, found!.span!.end)).toBe(quote);
    });

  it('a direction mark beside an exact date leaves the line clear', () => {
    expect(checkSpecLine('ETD Ningbo 2026-05-14\u200E, FOB, Incoterms 2020.')).toEqual([]);
  });
});
