import { z } from 'zod';
import { CorrectionBook } from '../corrections/book';
import type { CorrectionEntry } from '../model/correction';
import { type OrderFacts, OrderFactsSchema } from '../model/order';
import { type Beneficiary, BeneficiarySchema } from '../model/payment';
import type { PageSnapshot } from '../model/snapshot';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../model/supplier';
import { designatesAccount } from '../pages/page-origin';
import { SupplierMemory } from '../suppliers/memory';
import { pageStatements } from './corrections';

/**
 * What TradeGuard remembers between pages: suppliers (and their TA limits),
 * orders, and the account Alibaba designated for each order. Plain data in,
 * plain data out; the background persists it in the vault's database and the
 * command line keeps it in memory for one run.
 */
export const RememberedOrderSchema = z.object({
  facts: OrderFactsSchema,
  url: z.string(),
  seenAt: z.string(),
});
export type RememberedOrder = z.infer<typeof RememberedOrderSchema>;
export const DesignatedAccountSchema = z.object({
  beneficiary: BeneficiarySchema,
  url: z.string(),
  seenAt: z.string(),
});
export type DesignatedAccount = z.infer<typeof DesignatedAccountSchema>;

export const orderKey = (marketplace: string, id: string) => `${marketplace}:${id}`;

export class TradeMemory {
  readonly suppliers: SupplierMemory;
  readonly orders = new Map<string, RememberedOrder>();
  /** By Alibaba order id. */
  readonly accounts = new Map<string, DesignatedAccount>();
  /** What the buyer entered or corrected (per supplier: the TA limit; per order: the rest). */
  readonly corrections: CorrectionBook;

  constructor(suppliers = new SupplierMemory(), corrections = new CorrectionBook()) {
    this.suppliers = suppliers;
    this.corrections = corrections;
  }

  /**
   * Records what a page said. Call after the page's rules ran (a page is compared with what came before it).
   * Returns the buyer's entries this page replaced by stating the fact itself.
   */
  observe(snapshot: PageSnapshot, at: string): CorrectionEntry[] {
    const replaced: CorrectionEntry[] = [];
    for (const { scope, fact, stated } of pageStatements(snapshot, at)) {
      const retired = this.corrections.observe(scope, fact, stated.statement);
      if (retired) replaced.push(retired);
    }
    const url = snapshot.url;
    const supplier = snapshot.supplier ?? snapshot.product?.supplier ?? null;
    if (supplier) this.suppliers.observe(supplier, url, at);
    for (const offer of snapshot.offers ?? []) this.suppliers.observe(offerSupplier(offer), url, at);
    for (const order of [snapshot.order, ...(snapshot.orders ?? [])]) {
      if (order?.id) this.rememberOrder(order, url, at);
    }
    // Only Alibaba's checkout page of that order designates its account, and the first one seen stays:
    // a later, different one is reported (payment-not-designated-account), never silently taken.
    const payment = snapshot.payment;
    if (
      payment?.orderId &&
      designatesAccount(snapshot) &&
      hasAccount(payment.beneficiary) &&
      !this.accounts.has(payment.orderId)
    ) {
      this.accounts.set(payment.orderId, { beneficiary: payment.beneficiary, url, seenAt: at });
    }
    return replaced;
  }

  order(marketplace: string, id: string | null | undefined): RememberedOrder | null {
    return id ? (this.orders.get(orderKey(marketplace, id)) ?? null) : null;
  }

  /** An order list row must not overwrite the richer facts read on the order's own page. */
  private rememberOrder(order: OrderFacts, url: string, at: string): void {
    const key = orderKey(order.marketplace, order.id!);
    const known = this.orders.get(key);
    const richer = !known || fieldCount(order) >= fieldCount(known.facts);
    if (richer) this.orders.set(key, { facts: order, url, seenAt: at });
  }
}

function hasAccount(b: Beneficiary): boolean {
  return Boolean(b.accountNumber || b.iban);
}

function fieldCount(order: OrderFacts): number {
  return Object.values(order).filter((v) => v !== null && !(Array.isArray(v) && v.length === 0)).length;
}

function offerSupplier(offer: NonNullable<PageSnapshot['offers']>[number]): SupplierFacts {
  return {
    ...EMPTY_SUPPLIER,
    name: offer.supplierName,
    companyId: offer.companyId,
    profileUrl: offer.supplierUrl,
    country: offer.country,
    yearsOnPlatform: offer.years,
    verified: offer.verified,
    // A search card's TA flag is about the product listing; it does not say the supplier lacks TA.
    taOffered: offer.taOffered === true ? true : null,
  };
}
