import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { createTranslator } from '../../../lib/i18n/translate';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the fourth real-modelled set revealed (tests/fixtures/spec/real-4/):
 * either/or values, price tiers, ship dates that name no latest day, and precise
 * lines worded like vague ones — each on lines of our own, positive and must-not-flag.
 */
describeMechanismCases(
  'round-4 mechanisms: either/or values, price tiers, open ship dates',
  loadCases('round-4-cases.json'),
);

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
