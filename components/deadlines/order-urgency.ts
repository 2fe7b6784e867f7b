import type { ComputedDeadline, DeadlineResult } from '../../lib/deadlines/types';

export interface BoardOrder {
  orderId: string;
  title: string;
  marketplace: 'alibaba' | 'aliexpress';
  result: DeadlineResult;
}

export function bindingDeadline(result: DeadlineResult): ComputedDeadline | undefined {
  return result.binding ? result.deadlines.find((d) => d.id === result.binding) : undefined;
}

/**
 * Soonest binding deadline first (an overdue one is the soonest of all);
 * orders with no open deadline last, by title.
 */
export function sortByUrgency<T extends BoardOrder>(orders: readonly T[]): T[] {
  const dueMs = (o: T) => {
    const due = bindingDeadline(o.result);
    const ms = due ? Date.parse(due.dueAt) : Number.NaN;
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return [...orders].sort((a, b) => dueMs(a) - dueMs(b) || a.title.localeCompare(b.title));
}
