/**
 * "Packaging and delivery | Selling units: …", "Verpackung & Versand⇥Paketgröße: …": the title of a section of a
 * pasted attribute table, two topics joined by "and", with the section's own fields after it. The heading holds no
 * value (it has no colon, and the cells after it are the values), so it is not a packing left open.
 */
import type { Clause } from './clauses';

/**
 * The headings marketplaces print over their packing fields: packaging with delivery, shipping or logistics, in the
 * languages their tables come in. Any other "X and Y" is read as a value ("packing and neutral" leaves it open).
 */
const JOINED_TOPIC =
  /^\s{0,2}(?:(?:and|&|\+)\s{0,2}(?:delivery|shipping|logistics)|(?:und|&|\+)\s{0,2}(?:Lieferung|Versand|Logistik)|(?:y|&)\s{0,2}(?:entrega|envío|envio)|(?:e|&)\s{0,2}(?:entrega|envio|consegna|spedizione)|(?:et|&)\s{0,2}(?:livraison|expédition)|(?:en|&)\s{0,2}(?:levering|verzending)|(?:và|&)\s{0,2}giao hàng|(?:和|与|及|&)\s{0,2}(?:交付|发货|物流|运输|配送))\s{0,2}$/iu;
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
