import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * A third attack on the supplier's own colour code: a hedge anywhere on the clause ("may vary", "± shades", "roughly",
 * "dye lot", "lab dip", "je nach Charge", "tùy lô") leaves the shade open, and a carton's or a label's code is not the
 * colour's. Wording is ours, after the red team's kinds of case.
 */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a colour code the clause itself hedges', () => {
  it.each([
    'Colour: teal, code TL-3, shade may vary slightly between batches',
    'Colour: charcoal, code CH-8 +/- 1 shade',
    'Colour: sand, code SD-4 roughly',
    'Colour: olive, code OL-6, subject to dye lot',
    'Colour: coral per lab dip, code LD-7',
    'Colour: ivory, approx. code IV-2',
    'Colour: navy, code NV-5 (final shade after the PP sample)',
    'Farbe: Anthrazit, Farbnummer AN-3, kann je nach Charge abweichen',
    'Màu: xanh rêu, mã XR-9 có thể lệch tùy lô',
    'Colour: grey, carton code CT-9',
  ])('%s → vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });

  it.each([
    'Colour: Forest Green, supplier card code FG-12',
    'Kleur: Mosgroen (leverancierscode MG-4)',
    'Màu: Óc chó, mã OC-07 theo mẫu đã duyệt',
  ])('%s stays clear of vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
});
