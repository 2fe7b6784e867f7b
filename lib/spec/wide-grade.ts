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
/**
 * Hardness and melt flow grade a rubber or a resin the way density grades a foam: "40-80 Shore A" spans a soft seal
 * and a hard roller, "MFI 3-35" an extrusion grade and an injection one. The scale is written after the range
 * (Shore, Rockwell, Brinell, Vickers) or the property named before it (MFI, MFR, melt index).
 */
const HARDNESS_SCALE = String.raw`(?:Shore\s?(?:[ADO]{1,2}|00)|HRC|HRB|HB|HBW|HV|IRHD)`;
const WIDE_HARDNESS = String.raw`(?<![\d.,])(${RANGE_NUM})\s{0,2}(?:${HARDNESS_SCALE})?${RANGE_SEP}(${RANGE_NUM})\s{0,2}${HARDNESS_SCALE}(?![\p{L}\d])`;
const MELT_FLOW = `(?:MFI|MFR|MI|[Mm]elt (?:[Ff]low )?(?:[Ii]ndex|[Rr]ate)|[Íí]ndice de fluidez|[Ss]chmelzindex|MVR)`;
/** "MFI about 20-40", "MFI approx. 2-30": an estimate word before the range widens it further, it does not narrow it. */
const ESTIMATE = String.raw`(?:(?:about|approx\.?|approximately|around|ca\.?|circa|aprox\.?|environ|etwa|около|約|约|~)\s{0,2})?`;
const WIDE_MELT_FLOW = String.raw`(?<![\p{L}])${MELT_FLOW}\s{0,2}[:：=]?\s{0,2}${ESTIMATE}(${RANGE_NUM})${RANGE_SEP}(${RANGE_NUM})(?![\d.,]|\s{0,2}(?:%|°))`;
/** The scale written first: "Shore A 40-90", "Hardness HRC 20-45". */
const WIDE_HARDNESS_SCALE_FIRST = String.raw`(?<![\p{L}])${HARDNESS_SCALE}\s{0,2}[:：=]?\s{0,2}${ESTIMATE}(${RANGE_NUM})${RANGE_SEP}(${RANGE_NUM})(?![\d.,\p{L}]|\s{0,2}(?:%|°))`;

/**
 * Rockwell, Shore and IRHD are read in points on a bounded scale, not in proportion: "HRC 40-60" is only 1.5 times
 * but spans a spring temper and a hardened tool, where a heat-treat spec holds a few points ("HRC 58-62"). On these
 * scales a span of more than 10 points crosses grades; Brinell and Vickers keep the proportional rule.
 */
const POINTS_SCALE = /HR[ABC]|Shore|IRHD/u;
const POINTS_SPAN = 10;
const wideOnScale = (text: string, near: number, far: number): boolean =>
  isWideRange(near, far) || (POINTS_SCALE.test(text) && far - near > POINTS_SPAN);

/** The foam trade's own words: only beside them is a bare "D" a density ("Foam density: 25-45D"). */
const FOAM_DENSITY =
  /foam|density|Dichte|Schaum|densit[éyà]|densidad|densidade|espuma|mousse|schiuma|пен|плотност|щільніст|密度|海绵|泡棉/iu;
/** A "D" that is the denier of a yarn or a fibre ("75D-150D", "3-7D hollow conjugated"): a count, not a grade range. */
const DENIER_CONTEXT =
  /denier|yarn|fib(?:re|er)|filament|warp|weft|nylon|polyester|Garn|Faser|fil\b|hilo|fibra|纱|纤维|丝/iu;

/**
 * "1,150-1200 kg/m³": a comma before exactly three digits is a thousands separator when the other bound is written
 * with four digits or more; otherwise it is a decimal comma ("1,8-2,0 lb/ft³").
 */
function rangeNumber(written: string, other: string): number {
  const otherDigits = other.replace(/[.,]\d*$/, '').replace(/\D/g, '').length;
  if (/^\d{1,3},\d{3}$/.test(written) && otherDigits >= 4) return Number(written.replace(',', ''));
  return Number(written.replace(',', '.'));
}

/** A hardness or melt-flow range names the grade by itself, whatever material word the clause uses ("PP granules"). */
export const namesItsOwnGrade = (text: string): boolean =>
  [WIDE_HARDNESS, WIDE_HARDNESS_SCALE_FIRST, WIDE_MELT_FLOW].some((source) =>
    new RegExp(source, 'u').test(text),
  );

/** `context` is the whole clause: a bare "D" is read only when it names foam or density and no yarn or fibre. */
export function wideGrades(text: string, context = text): Match[] {
  const foamD = FOAM_DENSITY.test(context) && !DENIER_CONTEXT.test(context);
  return [WIDE_GRADE, WIDE_HARDNESS, WIDE_HARDNESS_SCALE_FIRST, WIDE_MELT_FLOW]
    .flatMap((source) =>
      findAll(source, text, 'gu').filter((m) => {
        const parts = new RegExp(source, 'u').exec(m.text);
        if (!parts) return false;
        if (source === WIDE_GRADE && /D$/.test(m.text) && !foamD) return false;
        const near = rangeNumber(parts[1]!, parts[2]!);
        const far = rangeNumber(parts[2]!, parts[1]!);
        if (near <= 0) return false;
        return source === WIDE_HARDNESS || source === WIDE_HARDNESS_SCALE_FIRST
          ? wideOnScale(m.text, near, far)
          : isWideRange(near, far);
      }),
    )
    .sort((a, b) => a.start - b.start);
}
