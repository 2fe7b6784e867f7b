import type { TradeMemory } from '../analysis/trade-memory';
import type { Money } from '../model/money';
import type { ExchangeRate } from '../settings/schema';
import { latestTaLimit, latestTaRemaining } from '../suppliers/memory';
import { normaliseCompanyName } from '../suppliers/normalise-name';
import { type LimitLeft, limitLeft } from './limit-left';
import { openOrdersWith, supplierIdentity } from './open-orders';
import { sumOrders, type UncountedOrder } from './sum-orders';
import type { OpenOrder, StatedRemaining } from './types';

/** One supplier the buyer has open Trade Assurance orders with, as the side panel lists it. */
export interface SupplierExposure {
  key: string;
  name: string;
  limit: Money | null;
  /** When the limit was last read (ISO), null when never. */
  limitSeenAt: string | null;
  stated: StatedRemaining | null;
  openOrders: OpenOrder[];
  /** The counted open orders, in the limit's currency (else the first order's). */
  sum: Money | null;
  uncounted: UncountedOrder[];
  /** What a new order could still use; null when no limit was ever seen. */
  left: LimitLeft | null;
}

/** Every supplier with open orders, those with the least left first. Plain data from the memory. */
export function supplierExposures(memory: TradeMemory, rates: readonly ExchangeRate[]): SupplierExposure[] {
  const groups = new Map<
    string,
    { name: string; parts: { companyId: string | null; name: string | null }[] }
  >();
  for (const { facts } of memory.orders.values()) {
    if (facts.marketplace !== 'alibaba' || !facts.id) continue;
    const record = memory.suppliers.find({ companyId: facts.supplierCompanyId, name: facts.supplierName });
    const key =
      record?.key ??
      (facts.supplierCompanyId
        ? `id:${facts.supplierCompanyId}`
        : `name:${normaliseCompanyName(facts.supplierName ?? '')}`);
    if (key === 'name:') continue;
    const group = groups.get(key) ?? { name: record?.name ?? facts.supplierName ?? 'Supplier', parts: [] };
    group.parts.push({ companyId: facts.supplierCompanyId, name: facts.supplierName });
    if (record) group.parts.push({ companyId: record.companyId, name: record.name });
    groups.set(key, group);
  }
  const out: SupplierExposure[] = [];
  for (const [key, group] of groups) {
    const openOrders = openOrdersWith(memory.orders.values(), supplierIdentity(group.parts), []);
    if (openOrders.length === 0) continue;
    const record = memory.suppliers.find(group.parts[0] ?? {});
    const seenLimit = latestTaLimit(record);
    const statedLatest = latestTaRemaining(record);
    const stated = statedLatest
      ? { amount: statedLatest.taRemaining, at: statedLatest.at, url: statedLatest.url }
      : null;
    const left = limitLeft({ limit: seenLimit?.taLimit ?? null, stated, others: openOrders, rates });
    const currency = left?.start.currency ?? openOrders.find((o) => o.amount)?.amount?.currency;
    const sum = currency ? sumOrders(openOrders, currency, rates) : null;
    out.push({
      key,
      name: group.name,
      limit: seenLimit?.taLimit ?? null,
      limitSeenAt: seenLimit?.at ?? null,
      stated,
      openOrders,
      sum: sum && sum.counted.length > 0 ? sum.sum : null,
      uncounted: sum?.uncounted ?? [],
      left,
    });
  }
  return out.sort(
    (a, b) =>
      (a.left?.left.minor ?? Number.MAX_SAFE_INTEGER) - (b.left?.left.minor ?? Number.MAX_SAFE_INTEGER),
  );
}
