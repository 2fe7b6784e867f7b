import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * A no-break space is a space to the reader: Russian typesetting puts one after short prepositions, French before
 * and after short words, and Word and PDF copies keep them. Stop 30's red team found they hid the vague phrases of
 * those languages from the checker; the quote still shows the line as typed.
 */
describe('no-break spaces read as the spaces they show', () => {
  for (const [typed, rule] of [
    ['Отгрузка в\u00A0конце месяца.', 'vague-ship-date'],
    ['Qualité\u202Fconforme à l’échantillon.', 'vague-material'],
    ['Kalite\u00A0iyi olsun.', 'vague-material'],
    ['Same as\u00A0last time.', 'vague-material'],
  ] as const) {
    it(`flags ${JSON.stringify(typed)} as ${rule}, quoting it as typed`, () => {
      const findings = checkSpecLine(typed);
      expect(findings.map((f) => f.rule)).toContain(rule);
      const quote = findings.find((f) => f.rule === rule)?.quote ?? '';
      expect(typed).toContain(quote);
    });
  }

  it('a precise line with no-break spaces stays clear', () => {
    expect(checkSpecLine('Delivery: 15\u00A0March 2027, FOB Ningbo; 2\u202F400\u00A0pcs ±2%.')).toEqual([]);
  });
});
