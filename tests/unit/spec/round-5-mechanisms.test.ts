import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { createTranslator } from '../../../lib/i18n/translate';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the fifth real-modelled set revealed (tests/fixtures/spec/real-5/):
 * defect criteria that name colours, material floors and choices of certificates,
 * grades left open ("preferred", "or equivalent"), colour differences without a
 * threshold, content left to be defined, packing said to be "strong enough", and
 * labels and words in Polish, Russian and Japanese — each on lines of our own,
 * positive and must-not-flag.
 */
describeMechanismCases(
  'round-5 mechanisms: defect marks, floors and certificates, open grades, further languages',
  loadCases('round-5-cases.json'),
);

describe('a grade left open to the supplier', () => {
  it('says the supplier chooses and asks to settle on one grade, quoting the value', () => {
    for (const line of ['Material: 316L preferred', 'Werkstoff: 1.4404 oder gleichwertig']) {
      const [finding] = checkSpecLine(line);
      expect(finding?.rule, line).toBe('vague-material');
      expect(finding?.message, line).toContain('cheaper');
      expect(finding?.fix, line).toContain(`not "${line.slice(line.indexOf(':') + 1).trim()}"`);
    }
  });

  it('is rendered in every locale with the value kept as written', () => {
    const [finding] = checkSpecLine('Material: acero 304 o similar');
    for (const lang of ['es', 'pt-BR', 'fr', 'zh-CN'] as const) {
      const fix = createTranslator(lang).render(finding!.text!.fix);
      expect(fix, lang).toContain('acero 304 o similar');
      expect(fix, lang).not.toBe(finding!.fix);
    }
  });
});

describe('a defect criterion beside a colour spec', () => {
  it('still reads the colour of the goods when the same line lists defect marks', () => {
    const findings = checkSpecLine('Housing: red, no black spots allowed');
    expect(findings.map((f) => [f.rule, f.quote])).toEqual([['vague-color', 'red']]);
  });
});
