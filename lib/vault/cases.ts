import type { VaultDb } from './db';
import { toVaultWriteError } from './errors';
import { appendHistory, historyTables } from './history/append';
import { caseCreated, caseRenamed } from './history/events';
import { parseRows, type RowProblem, validRowOrThrow } from './rows-io';
import { type CaseRow, CaseRowSchema, type Marketplace } from './schema/rows';

/** A case groups the evidence of one order (or of one supplier before any order exists). */

export function newId(): string {
  return crypto.randomUUID();
}

export async function createCase(
  db: VaultDb,
  input: Omit<CaseRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: string },
  now: Date,
): Promise<CaseRow> {
  const at = now.toISOString();
  const row = validRowOrThrow(
    CaseRowSchema,
    { ...input, id: input.id ?? newId(), createdAt: at, updatedAt: at },
    'case',
  );
  try {
    await db.transaction('rw', [db.cases, ...historyTables(db)], async () => {
      await db.cases.add(row);
      await appendHistory(db, [caseCreated(row, 'capture')], now);
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
  return row;
}

export async function getCase(db: VaultDb, id: string): Promise<CaseRow | undefined> {
  const parsed = CaseRowSchema.safeParse(await db.cases.get(id));
  return parsed.success ? parsed.data : undefined;
}

export async function listCases(db: VaultDb): Promise<{ cases: CaseRow[]; problems: RowProblem[] }> {
  const { rows, problems } = parseRows(
    'cases',
    CaseRowSchema,
    await db.cases.orderBy('updatedAt').reverse().toArray(),
  );
  return { cases: rows, problems };
}

export async function renameCase(db: VaultDb, id: string, title: string, now: Date): Promise<void> {
  try {
    await db.transaction('rw', [db.cases, ...historyTables(db)], async () => {
      const changed = await db.cases.update(id, { title, updatedAt: now.toISOString() });
      if (changed) await appendHistory(db, [caseRenamed(id, title)], now);
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** The case of an order, created on first sight; concurrent calls meet in one transaction. */
export async function findOrCreateOrderCase(
  db: VaultDb,
  orderId: string,
  marketplace: Marketplace,
  title: string,
  now: Date,
): Promise<CaseRow> {
  try {
    return await db.transaction('rw', [db.cases, ...historyTables(db)], async () => {
      const existing = await db.cases.where('[marketplace+orderId]').equals([marketplace, orderId]).first();
      const parsed = CaseRowSchema.safeParse(existing);
      if (parsed.success) return parsed.data;
      return createCase(db, { kind: 'order', orderId, marketplace, title }, now);
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** The case for evidence about a supplier before (or apart from) any order. */
export async function findOrCreateSupplierCase(
  db: VaultDb,
  supplierKey: string,
  marketplace: Marketplace,
  title: string,
  now: Date,
): Promise<CaseRow> {
  try {
    return await db.transaction('rw', [db.cases, ...historyTables(db)], async () => {
      const candidates = await db.cases.where('supplierKey').equals(supplierKey).toArray();
      const match = candidates.find((c) => c.kind === 'supplier' && c.marketplace === marketplace);
      const parsed = CaseRowSchema.safeParse(match);
      if (parsed.success) return parsed.data;
      return createCase(db, { kind: 'supplier', supplierKey, marketplace, title }, now);
    });
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** Marks a case as touched, inside the caller's transaction. */
export async function touchCase(db: VaultDb, id: string, now: Date): Promise<void> {
  await db.cases.update(id, { updatedAt: now.toISOString() });
}
