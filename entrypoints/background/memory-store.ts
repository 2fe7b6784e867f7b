import { memoryFromRows, orderRow, supplierRow } from '../../lib/analysis/memory-rows';
import type { TradeMemory } from '../../lib/analysis/trade-memory';
import { EMPTY_BENEFICIARY } from '../../lib/model/payment';
import type { PageSnapshot } from '../../lib/model/snapshot';
import { findOrCreateOrderCase } from '../../lib/vault/cases';
import { saveOrder, saveSuppliers } from '../../lib/vault/records';
import { recordOrderEvents } from './deadline-handlers';
import { getVault } from './vault';

/**
 * TradeMemory backed by the vault. Loaded once per worker life; every use is
 * serialised (two tabs must not interleave read-modify-write), and what a
 * page changed is written back before the next use starts.
 */
let loaded: Promise<TradeMemory> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function load(): Promise<TradeMemory> {
  const db = await getVault();
  const [suppliers, orders] = await Promise.all([db.suppliers.toArray(), db.orders.toArray()]);
  return memoryFromRows(suppliers, orders);
}

export function withMemory<T>(use: (memory: TradeMemory) => Promise<T> | T): Promise<T> {
  const run = queue.then(async () => {
    // A failed load (a blocked database) is retried next time, not remembered for the worker's life.
    loaded ??= load().catch((error) => {
      loaded = null;
      throw error;
    });
    return use(await loaded);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Writes back the suppliers and orders a page mentioned. */
export async function persistPage(memory: TradeMemory, snapshot: PageSnapshot, now: Date): Promise<void> {
  const db = await getVault();
  const supplierFacts = [
    snapshot.supplier,
    snapshot.product?.supplier,
    ...(snapshot.offers ?? []).map((o) => ({ companyId: o.companyId, name: o.supplierName })),
  ];
  const touched = new Map<string, ReturnType<typeof supplierRow>>();
  for (const facts of supplierFacts) {
    const record = facts ? memory.suppliers.find({ companyId: facts.companyId, name: facts.name }) : null;
    if (record && !touched.has(record.key)) touched.set(record.key, supplierRow(record));
  }
  await saveSuppliers(db, [...touched.values()]);
  const orders = [snapshot.order, ...(snapshot.orders ?? [])];
  const paymentOrder = snapshot.payment?.orderId
    ? memory.order('alibaba', snapshot.payment.orderId)?.facts
    : null;
  if (paymentOrder) orders.push(paymentOrder);
  for (const order of orders) {
    if (!order?.id) continue;
    const remembered = memory.order(order.marketplace, order.id)?.facts ?? order;
    const title = `${remembered.supplierName ?? 'Order'} — ${remembered.lineItems[0]?.name ?? `#${remembered.id}`}`;
    const theCase = await findOrCreateOrderCase(db, order.id, order.marketplace, title, now);
    const supplier = memory.suppliers.find({
      companyId: remembered.supplierCompanyId,
      name: remembered.supplierName,
    });
    // Never drop a designated account the row already holds (e.g. restored from a backup this worker has not loaded).
    const existing = await db.orders.get(order.id);
    const account =
      memory.accounts.get(order.id)?.beneficiary ??
      (existing?.designatedAccount ? { ...EMPTY_BENEFICIARY, ...existing.designatedAccount } : null);
    await saveOrder(db, orderRow(remembered, theCase.id, supplier?.key, account, now.toISOString()));
    if (order === snapshot.order) await recordOrderEvents(order, snapshot.url, now);
  }
}

/** After a restore or import the vault holds rows this worker has not read: read them again on next use. */
export function forgetLoadedMemory(): void {
  loaded = null;
}
