/**
 * A field of terms left blank: "Warranty: TBD", "AQL: to be confirmed", "Certificates: à confirmer", "Manual: TBA".
 * The label names what the order must settle and the value only says it is not settled yet; whatever the supplier
 * later says it is, the order has nothing to hold it to. Read only where the placeholder is the whole value, so
 * "Warranty: 12 months, extension TBD" (a period written) is left to the rules that read the rest.
 */
import { findAll, type Match } from './patterns';
import { UNDECIDED } from './reference-lexicon';

/**
 * Placeholders that stand as a terms field's whole value but are too loose for the shared list (a "pending" status
 * column elsewhere is a state, not a gap): "t.b.d.", "pending", "will advise", "to follow".
 */
const BLANK_ONLY = String.raw`(?<![\p{L}])t\.\s?b\.\s?[dac]\.?|(?<![\p{L}])(?:pending|to follow|(?:we |I )?will (?:advise|inform|confirm|update)(?: (?:later|you))?)(?![\p{L}])`;

/** The placeholder as the whole value right after `label` (a regex source ending before the colon). */
export function blankAfterLabel(label: string, text: string): Match[] {
  const re = `(?<=^\\s{0,3}(?:${label})\\s{0,2}[:：]\\s{0,3})(?:${UNDECIDED}|${BLANK_ONLY})(?=\\s{0,3}[.;。]?\\s{0,3}$)`;
  return findAll(re, text);
}
