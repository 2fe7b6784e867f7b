import type { OrderFacts } from '../model/order';
import type { Attribute } from '../spec/attributes';
import { checkSpecLine } from '../spec/check-spec';
import { splitClauses } from '../spec/clauses';

/**
 * The order's terms as written: each specification line (from the product
 * lines' options and the remarks) with where it stands, what it is about and
 * whether a dispute could measure it. A claim quotes these, never a paraphrase.
 */
export interface SpecLine {
  /** Stable within an order: `item1.2` (product line 1, clause 2) or `remarks.3`. */
  id: string;
  where: string;
  text: string;
  attribute: Attribute | null;
  /** The vague-spec finding on this line, when it cannot be measured ("red" without a code). */
  vague: { rule: string; message: string; quote: string } | null;
  inspection: boolean;
}

const INSPECTION =
  /\b(?:inspect(?:ion|ed)?|AQL|SGS|Intertek|QIMA|Bureau Veritas|TÜV|TUV|pre-?shipment check|quality control|QC)\b|检验|验货/i;

function lineOf(id: string, where: string, text: string, attribute: Attribute | undefined): SpecLine {
  const finding = checkSpecLine(text)[0];
  return {
    id,
    where,
    text,
    attribute: attribute ?? null,
    vague: finding ? { rule: finding.rule, message: finding.message, quote: finding.quote } : null,
    inspection: INSPECTION.test(text),
  };
}

function clausesOf(text: string): { text: string; attribute?: Attribute }[] {
  return splitClauses(text)
    .map((c) => ({
      text: c.text
        .trim()
        .replace(/[.;,]$/, '')
        .trim(),
      attribute: c.attribute,
    }))
    .filter((c) => c.text.length > 0);
}

export function specLines(order: OrderFacts): SpecLine[] {
  const lines: SpecLine[] = [];
  order.lineItems.forEach((item, i) => {
    const where = `Product line ${i + 1}${item.name ? ` (${item.name})` : ''}`;
    clausesOf(item.specText ?? '').forEach((c, j) => {
      lines.push(lineOf(`item${i + 1}.${j + 1}`, where, c.text, c.attribute));
    });
  });
  let n = 0;
  for (const row of (order.remarks ?? '').split(/\r?\n/)) {
    for (const c of clausesOf(row)) lines.push(lineOf(`remarks.${++n}`, 'Remarks', c.text, c.attribute));
  }
  return lines;
}

export function linesAbout(lines: readonly SpecLine[], attribute: Attribute): SpecLine[] {
  return lines.filter((l) => l.attribute === attribute);
}

/** Lines about the shipment date, labelled ("Shipment date: …") or not ("We will ship in January"). */
export function shipDateLines(lines: readonly SpecLine[]): SpecLine[] {
  return lines.filter((l) => l.attribute === 'shipDate' || l.vague?.rule === 'vague-ship-date');
}

export function inspectionClauses(lines: readonly SpecLine[]): SpecLine[] {
  return lines.filter((l) => l.inspection);
}

/** "2,700 pieces" as the order's product table states it. */
export function orderedQuantity(order: OrderFacts): number | null {
  const known = order.lineItems.map((l) => l.quantity);
  return known.length > 0 && known.every((q) => q !== null)
    ? known.reduce<number>((sum, q) => sum + q!, 0)
    : null;
}
