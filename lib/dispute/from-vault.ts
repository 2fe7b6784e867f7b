import type { Money } from '../model/money';
import { type OrderFacts, OrderFactsSchema } from '../model/order';
import { latestTaLimit } from '../suppliers/memory';
import type { SupplierRecord } from '../suppliers/memory-schema';
import type { VaultDb } from '../vault/db';
import { listTimeline } from '../vault/records';
import {
  CaseRowSchema,
  DraftRowSchema,
  type ItemRow,
  SupplierRowSchema,
  type TimelineRow,
} from '../vault/schema/rows';
import { listItems } from '../vault/store';
import { type DisputeAnswers, parseAnswers } from './answers';

/**
 * What a case's dispute draft is built from, read from the vault: the order
 * the case is for, its timeline, the case's evidence, the supplier's last
 * known Trade Assurance limit, and the buyer's saved answers. Null when the
 * case is not an order TradeGuard has read (a supplier case, an order never opened).
 */
export interface DisputeCase {
  caseId: string;
  order: OrderFacts;
  events: TimelineRow[];
  items: ItemRow[];
  limit: { limit: Money; seenAt: string } | null;
  answers: DisputeAnswers;
}

export async function loadDisputeCase(db: VaultDb, caseId: string): Promise<DisputeCase | null> {
  const theCase = CaseRowSchema.safeParse(await db.cases.get(caseId));
  if (!theCase.success || theCase.data.kind !== 'order') return null;
  const row = await db.orders.where('caseId').equals(caseId).first();
  const order = OrderFactsSchema.safeParse(row?.facts);
  if (!row || !order.success) return null;
  const supplier = row.supplierKey
    ? SupplierRowSchema.safeParse(await db.suppliers.get(row.supplierKey))
    : null;
  const seen = supplier?.success ? latestTaLimit(supplier.data as unknown as SupplierRecord) : null;
  const saved = DraftRowSchema.safeParse(await db.drafts.get(caseId));
  return {
    caseId,
    order: order.data,
    events: (await listTimeline(db, row.id)).events,
    items: (await listItems(db, caseId)).items,
    limit: seen?.taLimit ? { limit: seen.taLimit, seenAt: seen.at } : null,
    answers: parseAnswers(saved.success ? saved.data.answers : undefined),
  };
}

export async function saveDisputeAnswers(
  db: VaultDb,
  caseId: string,
  answers: DisputeAnswers,
  now: Date,
): Promise<void> {
  await db.drafts.put(DraftRowSchema.parse({ caseId, answers, updatedAt: now.toISOString() }));
}
