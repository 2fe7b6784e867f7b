import type { VaultDb } from './db';
import { toVaultWriteError } from './errors';
import { parseRows, type RowProblem, validRowOrThrow } from './rows-io';
import {
  type OrderRow,
  OrderRowSchema,
  type SupplierRow,
  SupplierRowSchema,
  type TickRow,
  TickRowSchema,
  type TimelineRow,
  TimelineRowSchema,
} from './schema/rows';

/**
 * Supplier memory, order facts, timeline events and checklist ticks: plain
 * rows beside the evidence, validated both ways like everything else.
 */

async function write(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    throw toVaultWriteError(error);
  }
}

/** Stores the record a SupplierMemory produced (replacing the previous one for that key). */
export async function saveSupplier(db: VaultDb, record: unknown): Promise<SupplierRow> {
  const [row] = await saveSuppliers(db, [record]);
  return row!;
}

/** Many records in one transaction (a search page names dozens of suppliers); all validated first. */
export async function saveSuppliers(db: VaultDb, records: readonly unknown[]): Promise<SupplierRow[]> {
  const rows = records.map((r) => validRowOrThrow(SupplierRowSchema, r, 'supplier record'));
  if (rows.length) await write(() => db.suppliers.bulkPut(rows));
  return rows;
}

export async function getSupplier(db: VaultDb, key: string): Promise<SupplierRow | undefined> {
  const parsed = SupplierRowSchema.safeParse(await db.suppliers.get(key));
  return parsed.success ? parsed.data : undefined;
}

export async function saveOrder(db: VaultDb, order: OrderRow): Promise<OrderRow> {
  const row = validRowOrThrow(OrderRowSchema, order, 'order record');
  await write(() => db.orders.put(row));
  return row;
}

export async function getOrder(db: VaultDb, id: string): Promise<OrderRow | undefined> {
  const parsed = OrderRowSchema.safeParse(await db.orders.get(id));
  return parsed.success ? parsed.data : undefined;
}

export async function saveTimelineEvent(db: VaultDb, event: TimelineRow): Promise<TimelineRow> {
  const row = validRowOrThrow(TimelineRowSchema, event, 'timeline event');
  await write(() => db.timeline.put(row));
  return row;
}

export async function listTimeline(
  db: VaultDb,
  orderId: string,
): Promise<{ events: TimelineRow[]; problems: RowProblem[] }> {
  const { rows, problems } = parseRows(
    'timeline',
    TimelineRowSchema,
    await db.timeline.where('orderId').equals(orderId).toArray(),
  );
  return { events: rows.sort((a, b) => a.at.localeCompare(b.at)), problems };
}

export async function setTick(db: VaultDb, tick: TickRow): Promise<void> {
  const row = validRowOrThrow(TickRowSchema, tick, 'checklist tick');
  await write(() => db.ticks.put(row));
}

export async function listTicks(db: VaultDb, orderId: string): Promise<TickRow[]> {
  const raws = await db.ticks.where('orderId').equals(orderId).toArray();
  return parseRows('ticks', TickRowSchema, raws, 'itemId').rows;
}
