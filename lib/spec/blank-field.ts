/**
 * A field of terms left blank: "Warranty: TBD", "AQL: to be confirmed", "Certificates: à confirmer", "Manual: TBA".
 * The label names what the order must settle and the value only says it is not settled yet; whatever the supplier
 * later says it is, the order has nothing to hold it to. Read only where the placeholder is the whole value, so
 * "Warranty: 12 months, extension TBD" (a period written) is left to the rules that read the rest.
 */
import { findAll, type Match } from './patterns';
import { UNDECIDED } from './reference-lexicon';

/** The placeholder as the whole value right after `label` (a regex source ending before the colon). */
export function blankAfterLabel(label: string, text: string): Match[] {
  const re = `(?<=^\\s{0,3}(?:${label})\\s{0,2}[:：]\\s{0,3})(?:${UNDECIDED})(?=\\s{0,3}[.;。]?\\s{0,3}$)`;
  return findAll(re, text);
}
