/**
 * "Hair bundle weight 100g+/-", "Quantité : 500 pièces +/- selon production", "Länge: 30 cm ±": a plus-or-minus sign
 * with no figure after it. The sign says the value may move and leaves how far to the supplier, so it reads as an
 * estimate of that value ("about 100 g"), not as a tolerance: a tolerance is its figure ("100 g ±5 g").
 */
import { findAll, type Match } from './patterns';

/** ±, +/-, +-, -/+ as sheets type them. */
const PLUS_MINUS = String.raw`(?:±|\+\s{0,1}\/\s{0,1}[-−]|\+[-−]|[-−]\s{0,1}\/\s{0,1}\+)`;
/** No figure after the sign: not "±.5", "± 0,5", Turkish "±%5" (the per cent sign before its figure), "±٥". */
const NO_FIGURE = String.raw`(?!\s{0,3}(?:[%٪]\s{0,2})?[.,]?[\d\u0660-\u0669\u06f0-\u06f9])`;

/** Each `measure` (a value with its unit, as a pattern source) followed by a bare ± with no figure. */
export function openPlusMinus(text: string, measure: string): Match[] {
  return findAll(`${measure}\\s{0,3}${PLUS_MINUS}${NO_FIGURE}`, text);
}
