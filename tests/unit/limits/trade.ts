import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { type Money, moneyFromMajor } from '../../../lib/model/money';
import { emptyOrderFacts, type OrderFacts } from '../../../lib/model/order';
import { EMPTY_BENEFICIARY } from '../../../lib/model/payment';
import { emptySnapshot, type PageSnapshot } from '../../../lib/model/snapshot';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../../../lib/model/supplier';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';

/**
 * A buyer's trading history, page by page, through the same judgement the extension and the command
 * line use (analysePage: rules, then memory). Story: Ningbo Sunrise, limit US$42,000.
 */
export const usd = (n: number): Money => moneyFromMajor(n, 'USD');
export const SUNRISE = 'Ningbo Sunrise Kitchenware Co., Ltd.';
export const SUNRISE_ID = '250123456';

export function supplierPage(more: Partial<SupplierFacts> = {}): PageSnapshot {
  return {
    ...emptySnapshot('alibaba:supplier', 'https://sunrisekitchen.en.alibaba.com/company_profile.html'),
    supplier: {
      ...EMPTY_SUPPLIER,
      name: SUNRISE,
      companyId: SUNRISE_ID,
      taOffered: true,
      taLimit: usd(42_000),
      ...more,
    },
  };
}

export function orderPage(id: string, more: Partial<OrderFacts> = {}): PageSnapshot {
  return {
    ...emptySnapshot('alibaba:order', `https://biz.alibaba.com/ta/detail.htm?orderId=${id}`),
    order: {
      ...emptyOrderFacts('alibaba'),
      id,
      status: 'Awaiting payment',
      statusKey: 'awaiting_payment',
      supplierName: SUNRISE,
      supplierCompanyId: SUNRISE_ID,
      total: usd(25_000),
      coverage: 'post-delivery',
      createdAt: '2026-11-20 09:00:00',
      ...more,
    },
  };
}

export function paymentPage(orderId: string, amount: Money): PageSnapshot {
  return {
    ...emptySnapshot(
      'alibaba:payment',
      `https://cashier.alibaba.com/payment/cashier.htm?orderIds=${orderId}`,
    ),
    payment: { orderId, amount, method: 'T/T', beneficiary: EMPTY_BENEFICIARY },
  };
}

/** Visits pages in order (one minute apart) and returns each page's analysis. */
export function visit(pages: readonly PageSnapshot[], settings: Settings = DEFAULT_SETTINGS) {
  const memory = new TradeMemory();
  const start = Date.parse('2026-12-01T10:00:00.000Z');
  return pages.map((page, i) =>
    analysePage(page, memory, settings, new Date(start + i * 60_000).toISOString()),
  );
}

export const last = <T>(list: readonly T[]): T => list[list.length - 1] as T;
