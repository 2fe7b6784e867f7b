import { describe, expect, it } from 'vitest';
import { runCheckSpec } from '../../../lib/cli/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * vague-performance: a capacity, speed, brightness, strength, protection or life claimed with no measure, in
 * six languages, beside its precise twin naming a value with a unit, a rating or a standard (lines of our own).
 */
const cases = loadCases('performance-cases.json');
describeMechanismCases('performance claims without a measure', cases);

describe('vague-performance through the command line', () => {
  const result = runCheckSpec(cases.map((c) => c.text).join('\n'));
  const performance = result.lines.map((l) => l.findings.filter((f) => f.rule === 'vague-performance'));

  it('flags every vague claim and none of its precise twins', () => {
    cases.forEach((c, i) => {
      expect(performance[i]!.length > 0, c.text).toBe(c.rules.includes('vague-performance'));
    });
  });

  it('quotes the claim, says why no dispute can measure it, cites the guide and asks for a value or a standard', () => {
    const findings = performance.flat();
    expect(findings.length).toBeGreaterThan(10);
    for (const f of findings) {
      expect(f.message).toContain(`"${f.quote}"`);
      expect(f.message).toMatch(/no dispute can measure it/);
      expect(f.source).toMatch(/jingsourcing\.com\/b-how-to-use-alibaba-trade-assurance/);
      expect(f.fix).toMatch(/unit and tolerance, or the rating and the standard/);
    }
  });

  it('suggests an example of the kind claimed: a rating for waterproofing, a wattage and time for charging', () => {
    const fixOf = (text: string) => runCheckSpec(text).lines[0]!.findings[0]!.fix;
    expect(fixOf('Smartwatch: water resistant')).toContain('IP67');
    expect(fixOf('Wall charger: supports quick charge')).toMatch(/\d+ W/);
  });
});
