import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../lib/model/finding';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * The mechanisms the third real-modelled set revealed (tests/fixtures/spec/real-3/),
 * each shown on lines of our own beside the precise lines it must leave alone.
 */
interface MechanismCase {
  mechanism: string;
  text: string;
  rules: string[];
  quotes: Record<string, string>;
}
const cases: MechanismCase[] = JSON.parse(
  readFileSync(new URL('../../fixtures/spec/round-3-cases.json', import.meta.url), 'utf8'),
);

describe('round-3 mechanisms: quantities, ship dates, colours and sizes as real buyers write them', () => {
  for (const c of cases) {
    it(`${c.mechanism}: ${JSON.stringify(c.text)} → ${c.rules.join(', ') || 'clear'}`, () => {
      const findings = checkSpecLine(c.text);
      expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual(c.rules);
      for (const [rule, quote] of Object.entries(c.quotes))
        expect(findings.find((f) => f.rule === rule)?.quote).toBe(quote);
      // Every finding still explains itself: the quote where it stands, why, the source, what to ask for.
      for (const f of findings) {
        expect(FindingSchema.parse(f)).toEqual(f);
        expect(c.text.slice(f.span!.start, f.span!.end)).toBe(f.quote);
        expect(f.message).toContain(`"${f.quote}"`);
        expect(f.source.ref).toMatch(/^https:\/\//);
        expect(f.fix.length).toBeGreaterThan(20);
      }
    });
  }
});

describe('a container counted instead of pieces', () => {
  it('is explained as a shipping unit, and the fix suggests a count rather than the container size', () => {
    const [finding] = checkSpecLine('Quantity: 1x40HQ');
    expect(finding?.quote).toBe('1x40HQ');
    expect(finding?.message).toContain('no count per unit');
    expect(finding?.fix).toContain('1,000 pcs of SKU A');
  });
});
