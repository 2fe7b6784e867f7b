import type { VaultDb } from './db';
import { toVaultWriteError, VaultWriteError } from './errors';
import { appendHistory, historyTables } from './history/append';
import { itemAnnotated } from './history/events';
import { validRowOrThrow } from './rows-io';
import { type EvidenceKind, type ItemRow, ItemRowSchema } from './schema/rows';
import { normaliseTags } from './store';

/** The only fields a buyer may edit after capture. Bytes, hash, size, time and source never change. */
export interface Annotation {
  note?: string;
  tags?: readonly string[];
  kind?: EvidenceKind;
}

export async function annotateItem(db: VaultDb, id: string, change: Annotation, now: Date): Promise<ItemRow> {
  try {
    return await db.transaction('rw', [db.items, ...historyTables(db)], async () => {
      const current = ItemRowSchema.safeParse(await db.items.get(id));
      if (!current.success || current.data.state !== 'complete') {
        throw new VaultWriteError(
          'write-failed',
          'Nothing was changed: this evidence item no longer exists.',
        );
      }
      const next = validRowOrThrow(
        ItemRowSchema,
        {
          ...current.data,
          ...(change.note !== undefined && { note: change.note }),
          ...(change.tags !== undefined && { tags: normaliseTags(change.tags) }),
          ...(change.kind !== undefined && { kind: change.kind }),
        },
        'annotation',
      );
      await db.items.put(next);
      const same =
        next.note === current.data.note &&
        next.kind === current.data.kind &&
        next.tags.join('\n') === current.data.tags.join('\n');
      if (!same) await appendHistory(db, [itemAnnotated(next)], now);
      return next;
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}
