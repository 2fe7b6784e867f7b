import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { createTranslator } from '../../../lib/i18n/translate';
import { FindingSchema } from '../../../lib/model/finding';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * The mechanisms the fourth real-modelled set revealed (tests/fixtures/spec/real-4/):
 * either/or values, price tiers, ship dates that name no latest day, and precise
 * lines worded like vague ones — each on lines of our own, positive and must-not-flag.
 */
interface MechanismCase {
  mechanism: string;
  text: string;
  rules: string[];
  quotes: Record<string, string>;
}
const cases: MechanismCase[] = JSON.parse(
  readFileSync(new URL('../../fixtures/spec/round-4-cases.json', import.meta.url), 'utf8'),
);

describe('round-4 mechanisms: either/or values, price tiers, open ship dates', () => {
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
});

describe('an either/or value', () => {
  it('says why a choice is no spec and asks to settle on one, quoting what was written', () => {
    for (const line of ['Size: 10cm or 12cm', 'Weight: 250g or 300g', 'Colour: Pantone 286 C or 300 C']) {
      const [finding] = checkSpecLine(line);
      expect(finding?.message, line).toContain('alternatives');
      expect(finding?.message, line).toContain('cheaper');
      expect(finding?.fix, line).toContain(`not "${finding?.quote}"`);
      expect(finding?.text?.message.key, line).toBe('spec.seen');
    }
  });

  it('is rendered in every locale with the quote kept as written', () => {
    const [finding] = checkSpecLine('Medidas: 30 o 35 cm');
    for (const lang of ['es', 'pt-BR', 'fr', 'zh-CN'] as const) {
      const fix = createTranslator(lang).render(finding!.text!.fix);
      expect(fix, lang).toContain('30 o 35 cm');
      expect(fix, lang).not.toBe(finding!.fix);
    }
  });
});
