/**
 * "Packaging and delivery | Selling units: …", "Verpackung & Versand⇥Paketgröße: …": the title of a section of a
 * pasted attribute table, two topics joined by "and", with the section's own fields after it. The heading holds no
 * value (it has no colon, and the cells after it are the values), so it is not a packing left open.
 */
import type { Clause } from './clauses';

const JOINED_TOPIC =
  /^\s{0,2}(?:and|&|\+|und|et|y|e|en|i|và|dan|ve|и|和|与|及)\s{0,2}\p{L}+(?:\s\p{L}+)?\s{0,2}$/iu;
/** A heading stands as its own cell: a table separator, a tab or the line's end follows it. */
const CELL_END = /^\s{0,3}(?:[|\t]|$)/u;

export function isSectionHeading(clause: Clause, line: string): boolean {
  const label = clause.text.slice(0, clause.valueStart);
  if (/[:：=]/u.test(label)) return false;
  if (!JOINED_TOPIC.test(clause.text.slice(clause.valueStart))) return false;
  const end = clause.start + clause.text.length;
  // The section's fields follow in the same line: a heading alone on a line says nothing either way.
  return CELL_END.test(line.slice(end)) && /[:：]/u.test(line.slice(end));
}
