import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { FindingSchema } from '../../../lib/model/finding';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/** One line of our own and what the checker must say of it: the rules it raises (none: clear), and their quotes. */
export interface MechanismCase {
  mechanism: string;
  text: string;
  rules: string[];
  quotes: Record<string, string>;
}

export const loadCases = (file: string): MechanismCase[] =>
  JSON.parse(readFileSync(new URL(`../../fixtures/spec/${file}`, import.meta.url), 'utf8'));

/**
 * A round's mechanism cases (tests/fixtures/spec/round-N-cases.json): each line gets exactly its rules, each
 * finding quotes what the line says at its span, explains itself and suggests wording; and the round covers
 * flagged and clear lines alike.
 */
export function describeMechanismCases(title: string, cases: readonly MechanismCase[]): void {
  describe(title, () => {
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
}
