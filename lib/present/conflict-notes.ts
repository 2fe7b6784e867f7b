import type { Conflict } from '../model/conflict';
import { formatMoney, type Money } from '../model/money';
import type { FactLine } from './fact-line';

/**
 * "The page shows two values": a fact line whose fact two places on the page
 * state differently gets a note naming both values and where each was read,
 * so the buyer checks before relying on the one TradeGuard kept (the first).
 * Conflicts with no line of their own get one.
 */
const LINE_FOR: Record<string, string> = {
  'supplier.name': 'Supplier',
  'supplier.taLimit': 'Trade Assurance limit',
  'supplier.taRemaining': 'Limit still available',
  'supplier.years': 'On Alibaba.com',
  'supplier.responseRate': 'Response rate',
  'supplier.responseTime': 'Response time',
  'supplier.onTimeDeliveryRate': 'On-time delivery',
  'supplier.rating': 'Rating',
  'supplier.reviewCount': 'Rating',
  'supplier.positiveRate': 'Positive feedback',
};

export function withConflictNotes(lines: FactLine[], conflicts: readonly Conflict[] | undefined): FactLine[] {
  if (!conflicts?.length) return lines;
  const out = lines.map((l) => ({ ...l }));
  for (const conflict of conflicts) {
    const label = LINE_FOR[conflict.field];
    const note = noteFor(conflict);
    const line = label ? out.find((l) => l.label === label) : undefined;
    if (line) {
      line.note = line.note ? `${line.note} ${note}` : note;
      line.tone = 'bad';
    } else
      out.push({
        label: label ?? conflict.field.replace(/^\w+\./, ''),
        value: 'two values',
        note,
        tone: 'bad',
      });
  }
  return out;
}

export function noteFor(conflict: Conflict): string {
  const shown = conflict.values.map((v) => `${show(v.value)} (${place(v.where)})`);
  return `The page shows two values: ${shown.join(' and ')}. TradeGuard used the first; check with the supplier.`;
}

function show(value: unknown): string {
  if (value && typeof value === 'object' && 'minor' in value && 'currency' in value)
    return formatMoney(value as Money);
  return String(value);
}

/** Where a value was read, in the buyer's words. */
function place(where: string): string {
  if (/^visible text|^badge|^link/.test(where)) return 'shown on the page';
  if (/^tooltip/.test(where)) return 'in a tooltip';
  if (/^HTML comment/.test(where)) return 'in the page source';
  if (/^<title>/.test(where)) return 'in the page title';
  return "in the page's data";
}
