import type { PageCorrections } from '../analysis/corrections';
import type { Conflict } from '../model/conflict';
import { type Money, toPublicMoney } from '../model/money';
import type { OfferFacts } from '../model/offer';
import type { OrderFacts } from '../model/order';
import type { PaymentFacts } from '../model/payment';
import type { ProductFacts } from '../model/product';
import type { SupplierFacts } from '../model/supplier';
import type { SeenLimit } from '../rules/types';

/**
 * The command line's public JSON shapes (a contract: fields may be added,
 * never renamed). Amounts in major units: {"amount": 42000, "currency": "USD"}.
 */
export function publicSupplier(s: SupplierFacts | null, limit: SeenLimit | null) {
  if (!s) return null;
  return {
    name: s.name,
    id: s.companyId,
    profileUrl: s.profileUrl,
    country: s.country,
    years: s.yearsOnPlatform,
    verified: s.verified,
    gold: s.gold,
    taOffered: s.taOffered,
    taLimit: toPublicMoney(s.taLimit ?? limit?.limit ?? null),
    // Where the limit in use was read; null when the buyer entered it (see the page's `corrections`).
    taLimitSeen: limit && !limit.enteredAt ? { at: limit.seenAt, url: limit.url } : null,
    taCreditLevel: s.taCreditLevel,
    responseRate: s.responseRate,
    responseTime: s.responseTimeText,
    onTimeDeliveryRate: s.onTimeDeliveryRate,
    rating: s.rating,
    reviewCount: s.reviewCount,
    // Added for issue 11 (the contract only grows).
    taRemaining: toPublicMoney(s.taRemaining ?? null),
    storeId: s.storeId ?? null,
    positiveRate: s.positiveRate ?? null,
    openedOn: s.openedOn ?? null,
    /** Added fields: what the supplier is ("Manufacturer, Trading Company") and its reorder rate, 0–100. */
    businessType: s.businessType ?? null,
    reorderRate: s.reorderRate ?? null,
    /** Added: the kind of business the platform verified, as its badge names it ("Custom Manufacturer"). */
    verifiedType: s.verifiedType ?? null,
  };
}

export function publicOrder(o: OrderFacts | null) {
  if (!o) return null;
  return {
    id: o.id,
    marketplace: o.marketplace,
    status: o.status,
    statusKey: o.statusKey,
    supplierName: o.supplierName,
    supplierId: o.supplierCompanyId,
    total: toPublicMoney(o.total),
    initialPayment: toPublicMoney(o.initialPayment),
    balance: toPublicMoney(o.balance),
    shippingFee: toPublicMoney(o.shippingFee),
    currency: o.currency,
    shippingMethod: o.shippingMethod,
    shipBy: o.shipBy,
    deliverBy: o.deliverBy,
    tradeTerms: o.tradeTerms,
    paymentMethod: o.paymentMethod,
    coverage: o.coverage,
    coveredAmount: toPublicMoney(o.coveredAmount),
    remarks: o.remarks,
    customization: o.customization ?? null,
    attachments: o.attachments ?? [],
    specText: o.specText,
    lineItems: o.lineItems.map((l) => ({
      name: l.name,
      specText: l.specText,
      unitPrice: toPublicMoney(l.unitPrice),
      quantity: l.quantity,
      total: toPublicMoney(l.total),
    })),
    createdAt: o.createdAt,
    statedDeadlines: o.statedDeadlines,
  };
}

export function publicOffer(o: OfferFacts) {
  return {
    productId: o.productId,
    title: o.title,
    productUrl: o.productUrl,
    supplierName: o.supplierName,
    supplierId: o.companyId,
    supplierUrl: o.supplierUrl,
    years: o.years,
    verified: o.verified,
    taOffered: o.taOffered,
    rating: o.rating,
    reviewCount: o.reviewCount,
    price: o.priceText,
    priceMin: toPublicMoney(o.price?.min ?? null),
    priceMax: toPublicMoney(o.price?.max ?? null),
    moq: o.moq,
    isAd: o.isAd,
    country: o.country,
    taLimit: toPublicMoney(o.taLimit ?? null),
    // Named as on the supplier object (added in 0.1: supplier-tab offers and older cards show them).
    responseRate: o.responseRate ?? null,
    responseTime: o.responseTimeText ?? null,
    onTimeDeliveryRate: o.onTimeDeliveryRate ?? null,
  };
}

export function publicProduct(p: ProductFacts | null) {
  if (!p) return null;
  return {
    id: p.id,
    title: p.title,
    priceTiers: (p.priceTiers ?? []).map((t) => ({ ...t, price: toPublicMoney(t.price) })),
    priceMin: toPublicMoney(p.priceRange?.min ?? null),
    priceMax: toPublicMoney(p.priceRange?.max ?? null),
    moq: p.moq,
    unit: p.unit,
    attributes: p.attributes,
    /** Rows the page sets apart under a packaging heading (added field; null when it sets none apart). */
    packaging: p.packaging ?? null,
    leadTimes: p.leadTimes,
    taOffered: p.taOffered,
    rating: p.rating ?? null,
    reviewCount: p.reviewCount ?? null,
    buyerProtection: p.buyerProtection ?? null,
    /** How many the page says were sold, "2,000+" as 2000 (added field; null when it does not say). */
    soldCount: p.soldCount ?? null,
    /**
     * The list price before the discount, beside priceMin/priceMax, and the discount between them: the page's
     * own figure (stated: true) or worked out from both prices (added fields; null when the page shows none).
     */
    listPriceMin: toPublicMoney(p.listPriceRange?.min ?? null),
    listPriceMax: toPublicMoney(p.listPriceRange?.max ?? null),
    discount: p.discount ?? null,
    /** The return promise as the page words it (added field; null when it makes none). */
    returnPromise: p.returnPromise ?? null,
  };
}

/**
 * The buyer's entries (`audit --set`) the page's findings used: the fact, its value (amounts in major
 * units, methods and dates as given) and when it was entered.
 */
export function publicCorrections(c: PageCorrections | undefined) {
  return Object.values(c?.facts ?? {}).flatMap((r) =>
    r?.source?.kind === 'buyer' && r.entry
      ? [
          {
            fact: r.fact,
            value:
              r.entry.correction.fact === 'taLimit' ||
              r.entry.correction.fact === 'orderTotal' ||
              r.entry.correction.fact === 'paymentAmount'
                ? toPublicMoney(r.entry.correction.value as Money)
                : r.entry.correction.value,
            enteredAt: r.source.enteredAt,
            pageShows: r.stated?.shown ?? null,
          },
        ]
      : [],
  );
}

export function publicPayment(p: PaymentFacts | null) {
  if (!p) return null;
  return {
    orderId: p.orderId,
    amount: toPublicMoney(p.amount),
    method: p.method,
    beneficiary: p.beneficiary,
  };
}

/** "The page shows two values": each conflicting fact with its values (money in major units) and where. */
export function publicConflicts(conflicts: readonly Conflict[] | undefined) {
  return (conflicts ?? []).map((c) => ({
    field: c.field,
    values: c.values.map((v) => ({
      value: isMoney(v.value) ? toPublicMoney(v.value) : v.value,
      where: v.where,
    })),
  }));
}

const isMoney = (v: unknown): v is Money =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Money).minor === 'number' &&
  typeof (v as Money).currency === 'string';
