import type { VaultDb } from '../db';
import { appendHistory, historyTables } from './append';
import type { HistoryEntry, HistoryEvent } from './entry';

/**
 * Appends the pack's `pack-exported` entry, but only onto the case history the
 * pack carries: if anything was recorded for the case while the pack was being
 * written, the pack would describe a history that is no longer the case's, so
 * the export stops and asks to be run again.
 */
export async function sealPackExport(
  db: VaultDb,
  caseId: string,
  expectedCaseTip: string | null,
  now: Date,
  event: () => HistoryEvent,
): Promise<HistoryEntry> {
  return db.transaction('rw', historyTables(db), async () => {
    const tip = (await db.history.where('caseId').equals(caseId).last())?.hash ?? null;
    if (tip !== expectedCaseTip)
      throw new Error(
        'The case changed while its pack was being made (a file or note was added or edited): nothing usable was exported. Export it again.',
      );
    const [entry] = await appendHistory(db, [event()], now);
    return entry!;
  });
}
