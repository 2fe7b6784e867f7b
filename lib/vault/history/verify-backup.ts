import type { BackupManifest } from '../backup-format';
import { compareCases, compareItems } from './compare-rows';
import { type HistoryEntry, HistoryEntrySchema } from './entry';
import type { TextHasher } from './hasher';
import type { HistoryProblem } from './problems';
import { replay } from './replay';
import { verifyChain } from './verify-chain';

/**
 * A backup's history checked before a restore writes anything: the chain link
 * by link up to its head, then the backup's cases and items against what the
 * history says the vault held. Rows the backup kept aside as unreadable (or
 * whose bytes were already missing) still count as held.
 */
export function verifyBackupHistory(manifest: BackupManifest, sha256: TextHasher): HistoryProblem[] {
  const history = manifest.history;
  if (!history) return [];
  const chain = verifyChain(history.entries, { mode: 'vault', sha256, head: history.head });
  const entries = history.entries.flatMap((raw): HistoryEntry[] => {
    const parsed = HistoryEntrySchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const state = replay(entries);
  const aside = (table: string) =>
    manifest.unreadable.filter((u) => u.table === table).map((u) => u.row as Record<string, unknown>);
  const rows = (list: readonly object[]) => list as unknown as Record<string, unknown>[];
  return [
    ...chain.problems,
    ...state.problems,
    ...compareCases(state, [...rows(manifest.tables.cases), ...aside('cases')]),
    ...compareItems(state, [...rows(manifest.tables.items), ...aside('items')]),
  ];
}
