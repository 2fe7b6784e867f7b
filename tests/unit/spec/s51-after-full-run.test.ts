import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec';

const rules = (line: string) => [...new Set(checkSpecLine(line).map((f) => f.rule))].sort();

// Stop 51, after the full test run and the scoring of older probe sets: three readings of this stop, narrowed.
describe('stop 51: what the full run and the older probe sets showed', () => {
  it.each([
    // A full-range driver or crossover is a kind of speaker, not praise of its sound.
    'Audio Crossover: Full-Range',
    'Sound: full range driver, 2 x 3 inch',
    // A level word about a measured property is no inspection level.
    'Moisture: normal level, 12% max',
    'Water level: normal, sensor reads 40-60 mm',
    // An estimated count followed by its own figured band is that band.
    'Quantity: approx. 6,000 pcs ±5%',
  ])('clear: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });

  it.each([
    ['Sound: full, deep bass', 'vague-performance'],
    ['Inspection: normal inspection level', 'vague-material'],
    ['QC: standard AQL level', 'vague-material'],
    ['Quantity: approx. 6,000 pcs, tolerance to be agreed', 'vague-quantity'],
  ])('still flagged: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
});
