/** Builds the Finding a vague phrase produces, with the source every spec rule rests on. */

import { type Msg, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { Finding, RuleSource } from '../model/finding';
import { cite } from '../sources';
import { type Attribute, VAGUE_RULE } from './attributes';
import type { Clause } from './clauses';

const SOURCE_PART: Record<Attribute, string> = {
  color: 'step 2 "Color" and Case 1 (refund denied over "Gold")',
  size: 'step 2 "Size" (L×W×H, e.g. CM: 8.8*8.8*13)',
  material: 'step 2 "Material" and Case 1 (no evidence on material)',
  weight: 'step 2 "Weight" (217 g, or 215–219 g)',
  quantity: 'step 2 "Quantity" (exact quantity for each item)',
  packaging: 'step 2 "Packaging details" and Case 2 (packaging evidence)',
  shipDate: 'step 2 "Shipment Date" (a date, not "ship in Aug")',
  customization: 'step 2 "Product design file" and "Customization"',
  // The guide's rule for every attribute: what is not written measurably cannot be enforced in a dispute.
  performance: 'step 2 (every specification written measurably) and Case 1 (no evidence, refund denied)',
};

export function specSource(attribute: Attribute): RuleSource {
  return cite('taGuide', SOURCE_PART[attribute]);
}

export interface VagueHit {
  /** Range inside the clause text. */
  start: number;
  end: number;
  /** Why a dispute could not measure it (follows the quoted phrase). */
  why: Msg;
  /** The wording to ask for instead. */
  fix: Msg;
}

export function vagueFinding(attribute: Attribute, clause: Clause, hit: VagueHit): Finding {
  const quote = clause.text.slice(hit.start, hit.end);
  const message = msg('spec.seen', { quote, why: hit.why });
  return {
    rule: VAGUE_RULE[attribute],
    severity: 'warning',
    message: english.render(message),
    quote,
    fix: english.render(hit.fix),
    text: { message, fix: hit.fix },
    source: specSource(attribute),
    span: { start: clause.start + hit.start, end: clause.start + hit.end },
  };
}

/** Trims a range so the quote has no stray spaces or separators at its ends. */
export function tidyRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,，;:：.。()（）-]/u.test(text[s]!)) s++;
  while (e > s && /[\s,，;:：。(（-]/u.test(text[e - 1]!)) e--;
  if (e > s && /[)）]/u.test(text[e - 1]!) && !text.slice(s, e - 1).match(/[(（]/u)) e--;
  return { start: s, end: e };
}
