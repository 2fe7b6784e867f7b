/** What every attribute detector looks like, and helpers they share. */
import type { Finding } from '../model/finding';
import type { Attribute } from './attributes';
import { type Clause, clauseValue } from './clauses';
import { cjk, latinWords, test } from './patterns';
import { tidyRange } from './spec-finding';

export interface AttributeDetector {
  attribute: Attribute;
  /** Vague phrases about this attribute in one clause of `line`. */
  detect(clause: Clause, line: string): Finding[];
}

const NONE = `^(?:${latinWords(['none', 'no', 'n/?a', 'nil', 'blank', 'without', 'ninguno', 'aucun', 'keine?', 'nenhum', 'sin', 'sans', 'ohne', 'sem', 'nessuno', 'senza'])}|${cjk(['无', '没有', '不需要'])}|(?:なし|無し|不要|ありません|없음)[。.s]*$)`;

/**
 * "Color: no big difference with sample", "Farbe: ohne sichtbaren Unterschied": "no" opens an acceptance criterion
 * here (a difference allowed or not), it does not say the field is empty.
 */
const NO_DIFFERENCE =
  /^(?:no|without|sin|sans|ohne|sem|senza)\s(?:\p{L}+\s){0,2}(?:differen|deviat|variat|mismatch|Abweich|Unterschied|diferen|écart|divers)/iu;

/** "Logo: none", "Packing: N/A": nothing was promised, so nothing is vague. */
export function saysNone(value: string): boolean {
  const trimmed = value.trim();
  if (NO_DIFFERENCE.test(trimmed)) return false;
  // "Weight: /", "Part no.: -": a table cell left empty.
  return /^[-/–—.\s]+$/u.test(trimmed) || test(NONE, trimmed);
}

/** The labelled value as a tidy range inside the clause, or undefined when empty/"none". */
export function valueRange(clause: Clause): { start: number; end: number } | undefined {
  const value = clauseValue(clause);
  if (value.text.length === 0 || saysNone(value.text)) return undefined;
  const range = tidyRange(clause.text, value.start, value.start + value.text.length);
  return range.end > range.start ? range : undefined;
}

/** Drops hits that overlap an earlier one (the first, usually longer, wins). */
export function withoutOverlaps<T extends { start: number; end: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
