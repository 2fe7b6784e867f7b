/**
 * "Zipper: YKK #5 or similar quality", "Bearing: SKF 6203 or equivalent": a maker's part named by its model and then
 * made substitutable. The name no longer binds: what counts as similar is the supplier's call, and a cheaper no-name
 * part passes. Read only where the named thing is a maker with a model number (or a trim maker the trade knows by
 * name), so "DHL or similar" or "red or similar" are left to their own rules; "or equivalent approved by the buyer
 * in writing" keeps the choice the buyer's (checked by the caller).
 */
import { TRIM_MAKER } from './color-codes';

/** A maker's name with its model: "YKK #5", "SKF 6203", "Panasonic 18650", "Bosch GBH2-26", right before the words. */
const MAKER_MODEL =
  /(?:^|[\s,(:：])(?:[A-Z][A-Za-z&-]{1,20})\s{1,2}(?:#\s?|No\.?\s?)?[A-Z]{0,4}-?\d[\w./-]{0,12}(?:\s{1,2}(?:[a-z]+\s{1,2}){0,2}[a-z]+)?\s{0,2}[,;]?\s{0,2}$/u;

export function namedPartBefore(before: string): boolean {
  const near = before.slice(-50);
  return MAKER_MODEL.test(near) || TRIM_MAKER.test(near);
}
