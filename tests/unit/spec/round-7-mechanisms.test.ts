import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { FindingSchema } from '../../../lib/model/finding';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * The mechanisms the seventh real-modelled set revealed (tests/fixtures/spec/real-7/):
 * lead-time labels of RFQ forms ("Due date", "Tiempo de fabricación"), recorded
 * events of printers and promotional-goods makers (plate making, mock-up
 * approval), an amount left to judgement under any label, a logo the buyer
 * will send later, a mock-up named by its reference, a numbered swatch, and
 * carmaker-quality praise answered by a part number — each on lines of our
 * own, positive and must-not-flag.
 */
interface MechanismCase {
  mechanism: string;
  text: string;
  rules: string[];
  quotes: Record<string, string>;
}
const cases: MechanismCase[] = JSON.parse(
  readFileSync(new URL('../../fixtures/spec/round-7-cases.json', import.meta.url), 'utf8'),
);

describe('round-7 mechanisms: spec boxes and RFQs across new product categories', () => {
  for (const c of cases) {
    it(`${c.mechanism}: ${JSON.stringify(c.text)} → ${c.rules.join(', ') || 'clear'}`, () => {
      const findings = checkSpecLine(c.text);
      expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(c.rules);
      for (const [rule, quote] of Object.entries(c.quotes))
        expect(findings.find((f) => f.rule === rule)?.quote).toBe(quote);
      for (const f of findings) {
        expect(FindingSchema.parse(f)).toEqual(f);
        expect(c.text.slice(f.span!.start, f.span!.end)).toBe(f.quote);
        expect(f.message).toContain(`"${f.quote}"`);
        expect(f.fix.length).toBeGreaterThan(20);
      }
    });
  }

  it('covers each mechanism with lines in at least three languages, flagged and clear', () => {
    const clear = cases.filter((c) => c.rules.length === 0).length;
    expect(clear).toBeGreaterThan(cases.length / 3);
    expect(cases.length - clear).toBeGreaterThan(cases.length / 3);
  });
});
