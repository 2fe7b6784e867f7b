import { newId } from './cases';
import type { VaultDb } from './db';
import { toVaultWriteError, VaultWriteError } from './errors';
import { appendHistory, historyTables } from './history/append';
import { caseDeleted, itemDeleted } from './history/events';
import {
  CaseRowSchema,
  type DeletionRow,
  DeletionRowSchema,
  type ItemRow,
  ItemRowSchema,
} from './schema/rows';

/**
 * Deleting evidence is the one way the vault loses data, so it takes a typed
 * confirmation and leaves a trace: what went, its hash and size, when and why.
 * The log is what lets a buyer explain a gap in a dispute pack.
 */

/** What the UI asks the buyer to type: the first 8 hex digits of the hash of the bytes that will go. */
export function itemDeletionToken(item: Pick<ItemRow, 'sha256'>): string {
  return item.sha256.slice(0, 8);
}

/** For a whole case: "delete " + the number of items it holds, so the buyer sees how much goes. */
export function caseDeletionToken(itemCount: number): string {
  return `delete ${itemCount}`;
}

export interface DeleteRequest {
  confirmation: string;
  reason: string;
  now: Date;
}

function refused(expected: string): VaultWriteError {
  return new VaultWriteError('invalid-input', `Nothing was deleted: type "${expected}" to confirm.`);
}

function logEntry(item: ItemRow, request: DeleteRequest): DeletionRow {
  return DeletionRowSchema.parse({
    id: newId(),
    what: 'item',
    itemId: item.id,
    caseId: item.caseId,
    sha256: item.sha256,
    size: item.size,
    fileName: item.fileName,
    kind: item.kind,
    confirmation: request.confirmation,
    deletedAt: request.now.toISOString(),
    reason: request.reason,
  } satisfies DeletionRow);
}

export async function deleteItem(db: VaultDb, itemId: string, request: DeleteRequest): Promise<DeletionRow> {
  try {
    return await db.transaction('rw', [db.items, db.blobs, db.deletions, ...historyTables(db)], async () => {
      const parsed = ItemRowSchema.safeParse(await db.items.get(itemId));
      if (!parsed.success)
        throw new VaultWriteError('write-failed', 'Nothing was deleted: this item no longer exists.');
      const expected = itemDeletionToken(parsed.data);
      if (request.confirmation.trim().toLowerCase() !== expected) throw refused(expected);
      const entry = logEntry(parsed.data, request);
      await db.deletions.add(entry);
      await db.items.delete(itemId);
      await db.blobs.delete(itemId);
      await appendHistory(db, [itemDeleted(parsed.data, request.reason)], request.now);
      return entry;
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** Deletes a case and all its evidence, logging one entry per item plus one for the case. */
export async function deleteCase(
  db: VaultDb,
  caseId: string,
  request: DeleteRequest,
): Promise<DeletionRow[]> {
  try {
    return await db.transaction(
      'rw',
      [db.cases, db.items, db.blobs, db.deletions, ...historyTables(db)],
      async () => {
        const theCase = CaseRowSchema.safeParse(await db.cases.get(caseId));
        if (!theCase.success)
          throw new VaultWriteError('write-failed', 'Nothing was deleted: this case no longer exists.');
        const raws = await db.items.where('caseId').equals(caseId).toArray();
        const expected = caseDeletionToken(raws.length);
        if (request.confirmation.trim().toLowerCase() !== expected) throw refused(expected);
        const entries: DeletionRow[] = [];
        for (const raw of raws) {
          const parsed = ItemRowSchema.safeParse(raw);
          // A malformed row still goes with its case; the log says it could not be read.
          entries.push(
            parsed.success
              ? logEntry(parsed.data, request)
              : {
                  id: newId(),
                  what: 'item',
                  itemId: String(raw.id),
                  caseId,
                  fileName: '(unreadable record)',
                  confirmation: request.confirmation,
                  deletedAt: request.now.toISOString(),
                  reason: request.reason,
                },
          );
        }
        entries.push(
          DeletionRowSchema.parse({
            id: newId(),
            what: 'case',
            caseId,
            fileName: theCase.data.title,
            confirmation: request.confirmation,
            deletedAt: request.now.toISOString(),
            reason: request.reason,
          } satisfies DeletionRow),
        );
        await db.deletions.bulkAdd(entries);
        await db.items.bulkDelete(raws.map((r) => r.id));
        await db.blobs.bulkDelete(raws.map((r) => r.id));
        await db.cases.delete(caseId);
        await appendHistory(
          db,
          [
            ...raws.map((raw) => {
              const parsed = ItemRowSchema.safeParse(raw);
              // An unreadable row's hash is not trusted into the history.
              return itemDeleted(
                parsed.success ? parsed.data : { id: String(raw.id), caseId },
                request.reason,
              );
            }),
            caseDeleted(caseId, request.reason, raws.length),
          ],
          request.now,
        );
        return entries;
      },
    );
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

export async function listDeletions(db: VaultDb, caseId?: string): Promise<DeletionRow[]> {
  const raws = caseId
    ? await db.deletions.where('caseId').equals(caseId).toArray()
    : await db.deletions.toArray();
  return raws
    .flatMap((r) => {
      const parsed = DeletionRowSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.deletedAt.localeCompare(b.deletedAt));
}
