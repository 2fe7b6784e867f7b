/** Measured values: lengths and weights with a unit, unitless dimension groups. */
import { DIM_SEP, findAll, LENGTH_UNIT, type Match, NUMBER, RANGE_SEP, WEIGHT_UNIT } from './patterns';

const TOLERANCE = String.raw`(?:\s{0,3}(?:±|\+\/-|\+-)\s{0,3}${NUMBER})?`;

/** "13 cm", "12\"", "2.0 mm ±0.1", "8.8*8.8*13cm". */
export const LENGTH_VALUE = `${NUMBER}${TOLERANCE}\\s{0,3}${LENGTH_UNIT}`;
/** "217 g", "215–219 g", "215g-219g", "1.2kg±0.02kg". */
export const WEIGHT_VALUE = `${NUMBER}\\s{0,3}(?:${WEIGHT_UNIT})?(?:${RANGE_SEP}${NUMBER})?${TOLERANCE}\\s{0,3}${WEIGHT_UNIT}`;

/** A bracket's tolerance: "tolerance ±1", "tol. 0.5 mm", "±0.5", "+/-2", "公差±1". A figure is required. */
const BRACKET_TOLERANCE = String.raw`(?:(?:tolerances?|tol\.?|公差|误差)\s{0,3}[:：]?\s{0,3}(?:±|\+\/-|\+-)?|±|\+\/-|\+-)\s{0,3}${NUMBER}\s{0,3}(?:mm|cm|%)?\s{0,3}`;

/** A unit written once for the whole line: "Size (cm):", "CM: 8.8*8.8*13", "in mm", "单位：厘米". */
// "(cm)", and "(cm, tolerance ±1)", "(unit: cm; ±0.5)": the unit first in a bracket, and after it at most a tolerance
// with its figure. Anything else there ("(cm, approx.)", "(cm, can adjust)", "(cm, to be confirmed)") is not a
// header: it leaves the figures as open as a bare "40 x 60".
export const LENGTH_UNIT_HEADER = String.raw`[(（]\s{0,3}(?:unit\s{0,2}[:：]\s{0,2})?(?:mm|cm|m|inch(?:es)?|in|毫米|厘米)\s{0,3}(?:[,;，；]\s{0,3}${BRACKET_TOLERANCE})?[)）]|^\s{0,3}(?:CM|MM|INCH(?:ES)?)\s{0,3}[:：]|\bin (?:cm|mm|inch(?:es)?)\b|单位\s{0,3}[:：]?\s{0,3}(?:cm|mm|厘米|毫米)`;

export interface Dimensions extends Match {
  numbers: number[];
}

/** Dimension groups such as 8.8*8.8*13 that carry no unit right after them. */
export function unitlessDimensions(text: string): Dimensions[] {
  const source = `(?<![\\p{L}\\d.,#/-])${NUMBER}(?:${DIM_SEP}${NUMBER}){1,2}`;
  const after = new RegExp(`^\\s{0,3}(?:${LENGTH_UNIT}|px|pixels?|dpi|[A-Za-z\\p{Script=Han}])`, 'iu');
  return (
    findAll(source, text)
      // A bounded look past the match: slicing the rest of a long line for every match is quadratic.
      .filter((m) => !after.test(text.slice(m.end, m.end + 16)) && !/\d\s*[A-Za-z"″]/u.test(m.text))
      .map((m) => ({
        ...m,
        numbers: m.text.split(/[x×*X✕]/u).map((n) => Number(n.trim().replace(',', '.'))),
      }))
  );
}
