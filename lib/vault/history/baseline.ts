import type { VaultDb } from '../db';
import { CaseRowSchema, ItemRowSchema } from '../schema/rows';
import { BASELINE_PENDING } from '../schema/versions';
import { appendHistory, historyTables } from './append';
import type { HistoryEvent } from './entry';
import { caseCreated, itemAdded } from './events';

/**
 * A vault upgraded from v1 already holds cases and items that no history
 * entry recorded. The first open after the upgrade writes them in, marked
 * "baseline" (there before TradeGuard kept a history), so every row is
 * accounted for from then on. Only the upgrade's marker triggers this: a
 * history emptied by hand is reported, never quietly re-created.
 */
export async function recordBaselineIfPending(db: VaultDb, now: Date): Promise<number> {
  return db.transaction('rw', [db.cases, db.items, ...historyTables(db)], async () => {
    if (!(await db.historyHead.get(BASELINE_PENDING))) return 0;
    const cases = (await db.cases.toArray()).flatMap((raw) => {
      const parsed = CaseRowSchema.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    const items = (await db.items.toArray())
      .flatMap((raw) => {
        const parsed = ItemRowSchema.safeParse(raw);
        return parsed.success && parsed.data.state === 'complete' ? [parsed.data] : [];
      })
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
    const events: HistoryEvent[] = [];
    if (cases.length || items.length) {
      events.push({
        type: 'history-started',
        data: { reason: 'upgrade', cases: cases.length, items: items.length },
      });
      for (const row of cases) events.push(caseCreated(row, 'baseline'));
      for (const item of items) events.push(itemAdded(item, 'baseline'));
    }
    await appendHistory(db, events, now);
    await db.historyHead.delete(BASELINE_PENDING);
    return events.length;
  });
}
