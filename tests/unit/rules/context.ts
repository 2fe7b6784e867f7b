import { moneyFromMajor } from '../../../lib/model/money';
import { emptyOrderFacts, type OrderFacts } from '../../../lib/model/order';
import { EMPTY_BENEFICIARY } from '../../../lib/model/payment';
import { emptySnapshot, type PageSnapshot } from '../../../lib/model/snapshot';
import { EMPTY_SUPPLIER } from '../../../lib/model/supplier';
import type { RuleContext } from '../../../lib/rules/types';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

export const usd = (n: number) => moneyFromMajor(n, 'USD');

/** A Trade Assurance order page as the buyer sees it before paying, with overrides. */
export function orderContext(order: Partial<OrderFacts> = {}, extra: Partial<RuleContext> = {}): RuleContext {
  const facts: OrderFacts = {
    ...emptyOrderFacts('alibaba'),
    id: '1001',
    supplierName: 'Ningbo Sunrise Kitchenware Co., Ltd.',
    total: usd(48_600),
    initialPayment: usd(14_580),
    balance: usd(34_020),
    paymentMethod: 'T/T',
    coverage: 'post-delivery',
    coveredAmount: usd(48_600),
    ...order,
  };
  const snapshot: PageSnapshot = {
    ...emptySnapshot('alibaba:order', 'https://biz.alibaba.com/ta/detail.htm?orderId=1001'),
    order: facts,
  };
  return {
    snapshot,
    order: facts,
    supplier: { ...EMPTY_SUPPLIER, name: facts.supplierName },
    supplierKnown: true,
    knownLimit: {
      limit: usd(42_000),
      seenAt: '2026-11-20T10:00:00.000Z',
      url: 'https://sunrisekitchen.en.alibaba.com/company_profile.html',
    },
    designatedAccount: null,
    settings: DEFAULT_SETTINGS,
    specLines: [],
    ...extra,
  };
}

export function paymentContext(
  payment: Partial<NonNullable<PageSnapshot['payment']>>,
  extra: Partial<RuleContext> = {},
): RuleContext {
  const base = orderContext();
  const snapshot: PageSnapshot = {
    ...emptySnapshot('alibaba:payment', 'https://cashier.alibaba.com/payment/cashier.htm?orderIds=1001'),
    payment: {
      orderId: '1001',
      amount: usd(14_580),
      method: 'T/T',
      beneficiary: EMPTY_BENEFICIARY,
      ...payment,
    },
  };
  return { ...base, snapshot, ...extra };
}
