import type { PageCorrections } from '../../lib/analysis/corrections';
import { memoryFromRows, orderRow, supplierRow } from '../../lib/analysis/memory-rows';
import type { TradeMemory } from '../../lib/analysis/trade-memory';
import type { CorrectionBook } from '../../lib/corrections/book';
import type { OrderFacts } from '../../lib/model/order';
import { EMPTY_BENEFICIARY } from '../../lib/model/payment';
import type { PageSnapshot } from '../../lib/model/snapshot';
import type { EventSource, TimelineEventType } from '../../lib/model/timeline';
import { findOrCreateOrderCase } from '../../lib/vault/cases';
import { saveOrder, saveSuppliers } from '../../lib/vault/records';
import { loadCorrections, saveCorrections } from './correction-store';
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
  const [suppliers, orders, corrections] = await Promise.all([
    db.suppliers.toArray(),
    db.orders.toArray(),
    loadCorrections(),
  ]);
  savedRevision.set(corrections, corrections.revision);
  return memoryFromRows(suppliers, orders, corrections);
}

/** Per loaded book (a restore loads a new one): the revision last written to storage. */
const savedRevision = new WeakMap<CorrectionBook, number>();

/** Stores the buyer's corrections when they changed (an entry, a removal, a page that replaced one). */
export async function persistCorrections(memory: TradeMemory): Promise<void> {
  const book = memory.corrections;
  const revision = book.revision;
  if (savedRevision.get(book) === revision) return;
  await saveCorrections(book);
  savedRevision.set(book, revision);
}

export function withMemory<T>(use: (memory: TradeMemory) => Promise<T> | T): Promise<T> {
  const run = queue.then(async () => {
    // A failed load (a blocked database) is retried next time, not remembered for the worker's life.
    loaded ??= load().catch((error) => {
      loaded = null;
      throw error;
    });
    const memory = await loaded;
    try {
      return await use(memory);
    } finally {
      await persistCorrections(memory).catch((error) =>
        console.warn('TradeGuard: could not store your corrections', error),
      );
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Timeline events whose source the buyer's corrections decide: an entered ship-by date is "entered by
 * you" in the side panel too, and a page that replaced it puts the page's date back.
 */
function decidedSources(corrections: PageCorrections | undefined): Map<TimelineEventType, EventSource> {
  const decided = new Map<TimelineEventType, EventSource>();
  const shipBy = corrections?.facts.shipBy;
  if (shipBy?.source && (shipBy.source.kind === 'buyer' || shipBy.replaced))
    decided.set('ship_by_agreed', shipBy.source);
  return decided;
}

/**
 * Writes back the suppliers and orders a page mentioned. `corrected` is the order as the rules saw it
 * (the buyer's entries applied): its dates and shipping method feed the timeline and deadlines.
 */
export async function persistPage(
  memory: TradeMemory,
  snapshot: PageSnapshot,
  now: Date,
  corrected?: { order: OrderFacts | null; corrections?: PageCorrections },
): Promise<void> {
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
    if (order === snapshot.order)
      await recordOrderEvents(
        corrected?.order ?? order,
        snapshot.url,
        now,
        decidedSources(corrected?.corrections),
      );
  }
}

/** After a restore or import the vault holds rows this worker has not read: read them again on next use. */
export function forgetLoadedMemory(): void {
  loaded = null;
}
