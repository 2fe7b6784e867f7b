import type { CorrectionBook } from '../corrections/book';
import { type FactValue, keyOf, shownOf } from '../corrections/facts';
import { type ResolvedFact, resolveFact, type Stated } from '../corrections/resolve';
import type { CorrectableFact, CorrectionScope } from '../model/correction';
import type { OrderFacts } from '../model/order';
import type { PageSnapshot } from '../model/snapshot';
import type { SupplierFacts } from '../model/supplier';
import type { TaLimitObservation } from '../suppliers/memory-schema';

/**
 * The buyer's corrections joined with what the page (and memory) state: for
 * each fact the page's checks need, the value in use and where it came from,
 * and who a new correction would be about.
 */
export interface PageCorrections {
  /** The supplier a TA-limit entry is about; null when the page names none. */
  supplierScope: CorrectionScope | null;
  /** The order the other entries are about; null when no order number was read. */
  orderScope: CorrectionScope | null;
  /** Only the facts this page's checks use. */
  facts: Partial<Record<CorrectableFact, ResolvedFact>>;
}

export interface CorrectionInputs {
  snapshot: PageSnapshot;
  /** The order in view: the page's own, or the remembered one a payment page pays for. */
  order: OrderFacts | null;
  /** Where and when the order's facts were read. */
  orderSeen: { url: string; at: string } | null;
  pageSupplier: SupplierFacts | null;
  latestLimit: TaLimitObservation | null;
  book: CorrectionBook;
  at: string;
}

/** Trade Assurance is Alibaba's; the limit matters where its rules run. */
const LIMIT_KINDS = new Set(['alibaba:order', 'alibaba:payment', 'alibaba:product', 'alibaba:supplier']);
const ORDER_KINDS = new Set(['alibaba:order', 'alibaba:payment', 'aliexpress:order', 'aliexpress:dispute']);

export function supplierScopeOf(
  supplier: { companyId?: string | null; name?: string | null } | null,
): CorrectionScope | null {
  // An id longer than any real one is not an id; a name is cut to what the store keeps.
  const id = supplier?.companyId?.trim() || null;
  const companyId = id && id.length <= 40 ? id : null;
  const name = supplier?.name?.trim().slice(0, 300) || null;
  return companyId || name ? { kind: 'supplier', companyId, name } : null;
}

export function orderScopeOf(
  marketplace: OrderFacts['marketplace'],
  id: string | null,
): CorrectionScope | null {
  return id && id.length <= 64 ? { kind: 'order', marketplace, orderId: id } : null;
}

/** A fact as a page (or memory) states it, ready to be weighed against an entry; null when it says nothing. */
export function stated(
  fact: CorrectableFact,
  value: FactValue | null | undefined,
  url: string,
  at: string,
): Stated | null {
  if (value === null || value === undefined || value === '') return null;
  return {
    value,
    statement: {
      key: keyOf(fact, value),
      shown: shownOf(fact, value).slice(0, 300),
      url: url.slice(0, 4000),
      at,
    },
  };
}

export function resolvePageCorrections(input: CorrectionInputs): PageCorrections {
  const { snapshot, order, book } = input;
  const supplierScope = supplierScopeOf(
    input.pageSupplier ?? (order ? { companyId: order.supplierCompanyId, name: order.supplierName } : null),
  );
  const payment = snapshot.payment;
  const orderScope = orderScopeOf(order?.marketplace ?? 'alibaba', order?.id ?? payment?.orderId ?? null);
  const facts: PageCorrections['facts'] = {};
  const resolve = (fact: CorrectableFact, scope: CorrectionScope | null, s: Stated | null) => {
    facts[fact] = resolveFact(fact, s, book.find(scope, fact));
  };

  if (LIMIT_KINDS.has(snapshot.kind) && supplierScope) {
    const onPage = input.pageSupplier?.taLimit;
    const latest = input.latestLimit;
    resolve(
      'taLimit',
      supplierScope,
      onPage
        ? stated('taLimit', onPage, snapshot.url, input.at)
        : latest
          ? stated('taLimit', latest.taLimit, latest.url, latest.at)
          : null,
    );
  }
  if (ORDER_KINDS.has(snapshot.kind) && orderScope) {
    const seen = input.orderSeen ?? { url: snapshot.url, at: input.at };
    const fromOrder = (fact: CorrectableFact, value: FactValue | null | undefined) =>
      resolve(fact, orderScope, stated(fact, value, seen.url, seen.at));
    if (order) {
      fromOrder('orderTotal', order.total);
      fromOrder('shippingMethod', order.shippingMethod);
      fromOrder('shipBy', order.shipBy);
    }
    if (snapshot.kind === 'alibaba:payment') {
      resolve('paymentAmount', orderScope, stated('paymentAmount', payment?.amount, snapshot.url, input.at));
    }
    if (payment?.method) {
      resolve('paymentMethod', orderScope, stated('paymentMethod', payment.method, snapshot.url, input.at));
    } else if (order) {
      fromOrder('paymentMethod', order.paymentMethod);
    } else {
      resolve('paymentMethod', orderScope, null);
    }
  }
  return { supplierScope, orderScope, facts };
}

/** The order as the rules see it: every fact in use, entered or read. */
export function correctedOrder(order: OrderFacts | null, c: PageCorrections): OrderFacts | null {
  if (!order) return null;
  const f = c.facts;
  return {
    ...order,
    total: (f.orderTotal?.value as OrderFacts['total'] | undefined) ?? order.total,
    paymentMethod: (f.paymentMethod?.value as string | undefined) ?? order.paymentMethod,
    shippingMethod:
      (f.shippingMethod?.value as OrderFacts['shippingMethod'] | undefined) ?? order.shippingMethod,
    shipBy: (f.shipBy?.value as string | undefined) ?? order.shipBy,
  };
}

/** The payment page as the rules see it: the amount and method in use. */
export function correctedSnapshot(snapshot: PageSnapshot, c: PageCorrections): PageSnapshot {
  const payment = snapshot.payment;
  if (!payment) return snapshot;
  const f = c.facts;
  return {
    ...snapshot,
    payment: {
      ...payment,
      amount: (f.paymentAmount?.value as typeof payment.amount | undefined) ?? payment.amount,
      method: (f.paymentMethod?.value as string | undefined) ?? payment.method,
    },
  };
}

/**
 * What a page itself states of the correctable facts (memory's older
 * observations are not statements of this page). Order-list rows are left
 * out: a list's summary figure is not the order page's own statement.
 */
export function pageStatements(
  snapshot: PageSnapshot,
  at: string,
): { scope: CorrectionScope; fact: CorrectableFact; stated: Stated }[] {
  const out: { scope: CorrectionScope; fact: CorrectableFact; stated: Stated }[] = [];
  const add = (scope: CorrectionScope | null, fact: CorrectableFact, value: FactValue | null | undefined) => {
    const s = stated(fact, value, snapshot.url, at);
    if (scope && s) out.push({ scope, fact, stated: s });
  };
  const supplier = snapshot.supplier ?? snapshot.product?.supplier ?? null;
  add(supplierScopeOf(supplier), 'taLimit', supplier?.taLimit);
  const order = snapshot.order;
  if (order) {
    const scope = orderScopeOf(order.marketplace, order.id);
    add(scope, 'orderTotal', order.total);
    add(scope, 'paymentMethod', order.paymentMethod);
    add(scope, 'shippingMethod', order.shippingMethod);
    add(scope, 'shipBy', order.shipBy);
  }
  const payment = snapshot.payment;
  if (payment) {
    const scope = orderScopeOf('alibaba', payment.orderId);
    add(scope, 'paymentAmount', payment.amount);
    add(scope, 'paymentMethod', payment.method);
  }
  return out;
}
