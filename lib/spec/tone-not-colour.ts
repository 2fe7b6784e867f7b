/**
 * "tone deviation ±3 dB between drivers", "variazioni di tono entro ±2 dB", Turkish "ton farkı ±0,5 ton": "tone" is
 * also a sound's level and, in Turkish, a tonne. When the same clause measures the difference in decibels or tonnes,
 * or bounds it with a ± figure, the tone-difference allowance is not a colour left open. Colour words ("renk tonu",
 * "shade") are never cleared here: only the bare tone word, whose other senses these are.
 */
import type { Match } from './patterns';

/** The allowance read by its tone word alone: "tone deviation", "ton farkı", "variazioni di tono". */
const BARE_TONE = /^(?:tone|ton|tono)\s|\s(?:di|de) (?:tono|ton)$/iu;
/** A level in decibels, a weight in tonnes, or a ± bound on the figure. */
const MEASURED = /\d(?:[.,]\d+)?\s?(?:dB|dBA|ton(?:nes?|s|a|u|luk)?|t)(?![\p{L}])|(?:±|\+\/-)\s?\d/iu;

export function toneNotAColour(text: string, m: Match): boolean {
  return BARE_TONE.test(m.text) && MEASURED.test(text);
}
