import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 50, after the red team: volts and hertz in a range after "approx." are the supply the goods accept; "or
 * customized" after a comma and another noun offers that noun, not another size; Korean "공장 기준" is also
 * ex-works; the Romanian genitive "standardului". Our own wording.
 */
const rules = (text: string) => checkSpecLine(text).map((f) => f.rule);

describe('a hedged range', () => {
  it.each(['Input voltage: approx. 100-240 V AC', 'Mains frequency: approx. 50-60 Hz'])(
    'leaves the supply band %s clear',
    (text) => {
      expect(rules(text)).toEqual([]);
    },
  );
  it('still flags a power rating left between two figures', () => {
    expect(rules('Heater power: approx. 1200-1800 W')).toContain('vague-performance');
  });
});

describe('"or customized" after a size', () => {
  it('leaves an offer about another part clear', () => {
    expect(rules('Size: 25x35 cm, carry bag standard or customized')).not.toContain('vague-size');
  });
  it('still flags the size itself left open', () => {
    expect(rules('Length: 120 cm, or customized')).toContain('vague-size');
  });
});

describe('the supplier’s own standard', () => {
  it('leaves the Korean ex-works term clear', () => {
    expect(rules('인도 조건: 공장 기준 EXW 인천, 수량 300개')).toEqual([]);
  });
  it('reads the Romanian genitive', () => {
    expect(rules('Acoperire: conform standardului furnizorului')).not.toEqual([]);
  });
});
