import type { OrderFacts } from './order';
import type { Beneficiary } from './payment';
import type { PageSnapshot } from './snapshot';
import type { SupplierFacts } from './supplier';

/**
 * Facts with nothing read yet, apart from the schemas they are checked against
 * (snapshot.ts, order.ts, supplier.ts, payment.ts re-export them): the page
 * readers start from these on the buyer's page, where no zod schema is built.
 */
export function emptySnapshot(kind: PageSnapshot['kind'], url: string): PageSnapshot {
  return {
    kind,
    url,
    supplier: null,
    product: null,
    offers: null,
    order: null,
    orders: null,
    payment: null,
    messages: null,
  };
}

export function emptyOrderFacts(marketplace: OrderFacts['marketplace']): OrderFacts {
  return {
    marketplace,
    id: null,
    status: null,
    statusKey: null,
    supplierName: null,
    supplierCompanyId: null,
    lineItems: [],
    total: null,
    initialPayment: null,
    balance: null,
    shippingFee: null,
    currency: null,
    shippingMethod: null,
    shipBy: null,
    deliverBy: null,
    tradeTerms: null,
    paymentMethod: null,
    coverage: null,
    coveredAmount: null,
    remarks: null,
    specText: null,
    createdAt: null,
    paidAt: null,
    shippedAt: null,
    dates: [],
    payTime: null,
    shipTime: null,
    protectionText: null,
    statedDeadlines: [],
    via: [],
  };
}

export const EMPTY_SUPPLIER: SupplierFacts = {
  name: null,
  companyId: null,
  profileUrl: null,
  country: null,
  yearsOnPlatform: null,
  verified: null,
  gold: null,
  taOffered: null,
  taLimit: null,
  taCreditLevel: null,
  responseRate: null,
  responseTimeText: null,
  onTimeDeliveryRate: null,
  rating: null,
  reviewCount: null,
};

export const EMPTY_BENEFICIARY: Beneficiary = {
  bank: null,
  name: null,
  accountNumber: null,
  swift: null,
  iban: null,
  address: null,
};
