import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { ADVERSARIAL_FAMILIES } from '../../../scripts/bench/spec-adversarial';

/**
 * Hostile lines (the families timed by scripts/bench/spec-adversarial.ts) still
 * get the findings a reader would expect, and do not hide what follows them.
 * No time is asserted here: the bench prints how time grows.
 */
const EXPECTED: Record<string, string[]> = {
  // A 4,000-digit "size" is no measurement.
  'digit run before a unit': ['vague-size'],
  'long digit run': [],
  'French thousands': [],
  'repeated "[("': ['vague-material'],
  'open brackets': ['vague-color'],
  'long word': ['vague-material'],
  'many units': [],
  'dimension chain': [],
  'colour words': ['vague-color'],
  // Every colour is bound to an exact count: variant names, nothing vague.
  'colour-count pairs': [],
  'file-name dots': ['vague-customization'],
  'reference codes': ['vague-customization'],
  'Pantone words': ['vague-color'],
  'Pantone digits': [],
  // The grade (304) is on the same clause.
  'material nouns': [],
  'labelled clauses': ['vague-packaging'],
  'logo clauses': ['vague-customization'],
  // A figure marked typical after thousands of comma pieces binds nothing.
  'comma pieces under a label': ['vague-performance'],
  // Thousands of spaces between a number and its unit do not make a weight.
  'spaces before a unit': ['vague-weight'],
  'contents list': ['vague-packaging'],
  'percent signs': [],
  'date-like digits': [],
  'approximation words': [],
  'Chinese colour words': ['vague-color'],
  // "1+ 1+ 1+ … pcs": floors, not a count.
  'plus signs after counts': ['vague-quantity'],
  // Pallets with no count per pallet.
  'shipping units': ['vague-quantity'],
  // A maker named again and again is still no grade code.
  'maker names': ['vague-material'],
  // No drawing is named on the line, so "per drawing" points nowhere.
  'drawing back-references': ['vague-size'],
  // Every colour word carries a thread shade number: the colours are coded.
  'shade numbers': [],
  'colour praise': ['vague-color'],
  // Red team of stop 35: each claim with no figure of its kind in the clause is still flagged.
  'claims before a digit run': ['vague-performance'],
  'repeated water claims': ['vague-performance'],
  'claim then digit run': ['vague-performance'],
  // A charging current is the charging rate (stop 36: watts, amperes or a time to charge answer "fast charge").
  'amperes after a charging claim': [],
  // A run of dotted digits is no wattage, so the brightness is not said to be given in watts.
  'dotted digits after brightness': [],
  // A digit run under a foam label is not its density.
  'digit run under a foam label': ['vague-material'],
  // A run of comma digits is no brightness figure in any unit.
  'comma digits after brightness': [],
  // The pallet is named with no footprint, standard or height: the packing rule's finding, whatever the count.
  'dotted count before pallets': ['vague-packaging'],
};

const rulesOf = (line: string) => [...new Set(checkSpecLine(line).map((f) => f.rule))].sort();

describe('adversarial spec lines', () => {
  it('every family timed by the bench has an expectation here', () => {
    expect(ADVERSARIAL_FAMILIES.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const family of ADVERSARIAL_FAMILIES) {
    it(`${family.name}: the expected findings, and the clauses after it are still read`, () => {
      const hostile = family.make(4000);
      expect(rulesOf(hostile)).toEqual([...(EXPECTED[family.name] ?? [])].sort());

      const line = `${hostile}; Colour: red; Material: SUS304 0.8 mm`;
      const after = checkSpecLine(line).filter((f) => (f.span?.start ?? 0) >= hostile.length);
      expect(after.map((f) => [f.rule, f.quote])).toEqual([['vague-color', 'red']]);
      expect(line.slice(after[0]?.span?.start, after[0]?.span?.end)).toBe('red');
    });
  }

  it('the review cases: 8,000 digits before a unit and 40,000 characters of "[(" come back with findings', () => {
    expect(rulesOf(`Size: ${'1'.repeat(8000)} mm`)).toEqual(['vague-size']);
    expect(rulesOf(`Material: ${'[('.repeat(20000)}`)).toEqual(['vague-material']);
  });
});
