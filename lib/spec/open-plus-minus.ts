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
/**
 * "+/-: see overrun clause 7", "± siehe Toleranztabelle Abschnitt 4", "± voir article 12": the sign points at the
 * numbered place where its figure is written, which holds the supplier to it as the figure itself would. Only a
 * pointer with a number: "± selon production", "± as usual" still leave the spread to the supplier.
 */
const FIGURE_ELSEWHERE = String.raw`(?!\s{0,3}[:：.,]?\s{0,3}(?:see|refer(?:red)? to|as per|per|siehe|gem(?:ä|ae)ß|laut|voir|selon|cf\.?|ver|véase|vea|según|conforme|vedi|secondo|zie|volgens)\s[^;\n]{0,40}?(?:clause|section|article|art\.|paragraph|§|item|appendix|annex|sheet|table|Klausel|Abschnitt|Ziffer|Anlage|Tabelle|article|annexe|tableau|fiche|cláusula|sección|anexo|tabla|tabela|ficha|clausola|articolo|allegato|tabella|artikel|bijlage|tabel)\.?\s{0,2}(?:n[º°o]\.?\s{0,2})?[A-Z]{0,4}[-\s]?\d)`;

/** Each `measure` (a value with its unit, as a pattern source) followed by a bare ± with no figure. */
export function openPlusMinus(text: string, measure: string): Match[] {
  return findAll(`${measure}\\s{0,3}${PLUS_MINUS}${NO_FIGURE}${FIGURE_ELSEWHERE}`, text);
}
