import type { CorrectionBook } from '../corrections/book';
import { type OrderFacts, OrderFactsSchema } from '../model/order';
import { type Beneficiary, EMPTY_BENEFICIARY } from '../model/payment';
import { SupplierMemory } from '../suppliers/memory';
import type { SupplierRecord } from '../suppliers/memory-schema';
import type { OrderRow, SupplierRow } from '../vault/schema/rows';
import { TradeMemory } from './trade-memory';

/**
 * Maps TradeMemory to and from the vault's `suppliers` and `orders` rows.
 * Rows that fail validation are skipped one by one, never the whole memory.
 */
export function memoryFromRows(
  suppliers: readonly SupplierRow[],
  orders: readonly OrderRow[],
  corrections?: CorrectionBook,
): TradeMemory {
  const memory = new TradeMemory(SupplierMemory.fromJSON({ version: 1, records: suppliers }), corrections);
  for (const row of orders) {
    const facts = OrderFactsSchema.safeParse(row.facts);
    if (facts.success && facts.data.id) {
      memory.orders.set(`${facts.data.marketplace}:${facts.data.id}`, {
        facts: facts.data,
        url: '',
        seenAt: row.updatedAt,
      });
    }
    if (row.designatedAccount) {
      memory.accounts.set(row.id, {
        beneficiary: { ...EMPTY_BENEFICIARY, ...row.designatedAccount },
        url: '',
        seenAt: row.updatedAt,
      });
    }
  }
  return memory;
}

export function supplierRow(record: SupplierRecord): SupplierRow {
  return structuredClone(record) as SupplierRow;
}

/** The order's row; the caller supplies the case it belongs to (one case per order). */
export function orderRow(
  facts: OrderFacts,
  caseId: string,
  supplierKey: string | undefined,
  account: Beneficiary | null,
  updatedAt: string,
): OrderRow {
  const designated = account ? compact(account) : undefined;
  return {
    id: facts.id!,
    marketplace: facts.marketplace,
    caseId,
    ...(supplierKey ? { supplierKey } : {}),
    facts,
    ...(designated ? { designatedAccount: designated } : {}),
    ...(facts.shipBy ? { shipBy: facts.shipBy } : {}),
    ...(facts.deliverBy ? { deliverBy: facts.deliverBy } : {}),
    ...(facts.shippingMethod ? { shippingMethod: facts.shippingMethod } : {}),
    stated: facts.statedDeadlines,
    updatedAt,
  };
}

function compact(b: Beneficiary) {
  const out: Record<string, string> = {};
  for (const key of ['bank', 'name', 'accountNumber', 'swift', 'iban'] as const)
    if (b[key]) out[key] = b[key]!;
  return out;
}
