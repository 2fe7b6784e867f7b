import type { RememberedOrder } from '../analysis/trade-memory';
import type { OrderFacts, OrderStatusKey } from '../model/order';
import { normaliseCompanyName } from '../suppliers/normalise-name';
import { orderPageUrl } from './order-link';
import type { AtRiskBasis, OpenOrder } from './types';

/** Orders that no longer hold any of the limit. */
const CLOSED: ReadonlySet<OrderStatusKey> = new Set(['completed', 'cancelled', 'refunded']);

const BASIS_BY_STATUS: Partial<Record<OrderStatusKey, AtRiskBasis>> = {
  awaiting_payment: 'total-before-payment',
  awaiting_initial_payment: 'total-before-payment',
  awaiting_balance: 'total-part-paid',
  awaiting_shipment: 'paid-not-delivered',
  shipped: 'paid-not-delivered',
  in_dispute: 'paid-not-delivered',
  delivered: 'delivered-not-completed',
};

/** Who the supplier is, however the pages named it: every company id and normalised name known for it. */
export interface SupplierIdentity {
  companyIds: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

export function supplierIdentity(
  parts: readonly { companyId?: string | null; name?: string | null }[],
): SupplierIdentity {
  const companyIds = new Set<string>();
  const names = new Set<string>();
  for (const { companyId, name } of parts) {
    if (companyId?.trim()) companyIds.add(companyId.trim());
    const normalised = name ? normaliseCompanyName(name) : '';
    if (normalised) names.add(normalised);
  }
  return { companyIds, names };
}

/**
 * The buyer's open Trade Assurance orders with this supplier that TradeGuard has seen, except the
 * ones in view (the order being paid is not "another" order). Joined like the supplier memory: by
 * company id, else by normalised name when the ids do not contradict each other.
 */
export function openOrdersWith(
  orders: Iterable<RememberedOrder>,
  supplier: SupplierIdentity,
  exceptIds: readonly (string | null | undefined)[],
): OpenOrder[] {
  const except = new Set(exceptIds.filter(Boolean));
  const open: OpenOrder[] = [];
  for (const { facts, seenAt } of orders) {
    // Trade Assurance limits are Alibaba's; AliExpress orders never draw on them.
    if (facts.marketplace !== 'alibaba' || !facts.id || except.has(facts.id)) continue;
    if (facts.statusKey && CLOSED.has(facts.statusKey)) continue;
    if (!sameSupplier(facts, supplier)) continue;
    open.push({
      id: facts.id,
      // The order's own page, even when it was read from the order list (or a row stored without an address).
      url: orderPageUrl(facts.marketplace, facts.id),
      status: facts.status,
      statusKey: facts.statusKey,
      amount: facts.total,
      basis: (facts.statusKey && BASIS_BY_STATUS[facts.statusKey]) || 'total-status-unknown',
      createdAt: facts.createdAt,
      seenAt,
    });
  }
  return open.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function sameSupplier(order: OrderFacts, supplier: SupplierIdentity): boolean {
  const id = order.supplierCompanyId?.trim();
  if (id && supplier.companyIds.has(id)) return true;
  // Two different ids are two companies, however alike their names (look-alike names are a known trick).
  if (id && supplier.companyIds.size > 0) return false;
  const name = order.supplierName ? normaliseCompanyName(order.supplierName) : '';
  return name !== '' && supplier.names.has(name);
}
