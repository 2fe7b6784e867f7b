/**
 * A material's grade given as a wide range: "Foam density: 25-45D", "Fabric: polyester, 100-300gsm", "Schaum
 * 20-40 kg/m³". Density and grammage are what make one foam or one cloth another; a range whose top is more than
 * 1.5 times its bottom (the rule wide-measure.ts keeps for sizes and weights) lets the thinnest grade pass as the
 * spec. A tolerance band ("180-190 gsm", "28-30D") stays narrow and is not read.
 */

import { findAll, type Match } from './patterns';
import { isWideRange, RANGE_NUM, RANGE_SEP } from './wide-measure';

/** Grammage and density units: gsm, g/m², oz/yd², the foam trade's "D", kg/m³, lb/ft³. */
// Case matters for the foam trade's "D" ("3-5 d" is days), so the match is case-sensitive and the rest are spelt out.
const GRADE_UNIT = String.raw`(?:gsm|GSM|g\s?/\s?m[²2]|gr?/m[²2]|oz\s?/\s?yd[²2]|D|kg\s?/\s?m[³3]|lbs?\s?/\s?ft[³3]|г\s?/\s?м[²2³3]|克)`;
const WIDE_GRADE = String.raw`(?<![\d.,])(${RANGE_NUM})\s{0,2}(?:${GRADE_UNIT})?${RANGE_SEP}(${RANGE_NUM})\s{0,2}${GRADE_UNIT}(?![\p{L}\d])`;

export function wideGrades(text: string): Match[] {
  return findAll(WIDE_GRADE, text, 'gu').filter((m) => {
    const parts = new RegExp(WIDE_GRADE, 'u').exec(m.text);
    if (!parts) return false;
    const near = Number(parts[1]!.replace(',', '.'));
    const far = Number(parts[2]!.replace(',', '.'));
    return near > 0 && isWideRange(near, far);
  });
}
