import type { CorrectableFact, CorrectionValue } from '../model/correction';
import { formatMoney, type Money } from '../model/money';
import { PAYMENT_METHOD_LABEL } from '../model/payment';
import { SHIPPING_METHOD_LABEL, type ShippingMethod } from '../model/timeline';
import { classifyPaymentMethod } from '../rules/payment-methods';

/**
 * The six facts a buyer may enter or correct, as the rules hold them: money
 * for the amounts, the page's own words for the payment method (the rules
 * classify them), the shipping-method enumeration and an ISO day for ship-by.
 */
export interface FactValues {
  taLimit: Money;
  orderTotal: Money;
  paymentAmount: Money;
  paymentMethod: string;
  shippingMethod: ShippingMethod;
  shipBy: string;
}
export type FactValue = FactValues[CorrectableFact];
export { FACT_LABEL, FACT_SCOPE } from './labels';

/** The buyer's value as the rules read it (a chosen method becomes its name, which the rules classify back). */
export function ruleValueOf(c: CorrectionValue): FactValue {
  return c.fact === 'paymentMethod' ? PAYMENT_METHOD_LABEL[c.value] : c.value;
}

const isMoney = (v: FactValue): v is Money => typeof v === 'object' && v !== null && 'minor' in v;

/** Two statements of a fact are "the same" when their keys are equal: amounts exactly, methods by kind. */
export function keyOf(fact: CorrectableFact, value: FactValue): string {
  if (isMoney(value)) return `${value.currency}:${value.minor}`;
  if (fact === 'paymentMethod') {
    // Bounded like every stored string: a page's method text can be any length.
    return (
      classifyPaymentMethod(value) ?? `words:${value.trim().toLowerCase().replace(/\s+/g, ' ')}`.slice(0, 250)
    );
  }
  return value;
}

/** The value in the buyer's words: "US$42,000", "Sea freight", "2026-12-20", the page's method text. */
export function shownOf(fact: CorrectableFact, value: FactValue): string {
  if (isMoney(value)) return formatMoney(value);
  if (fact === 'shippingMethod') return SHIPPING_METHOD_LABEL[value as ShippingMethod] ?? value;
  return value;
}

/** "1 Dec 2026", in the zone of the machine showing it (the buyer's own). */
export function formatDay(iso: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** "entered by you on 1 Dec 2026": the same words as the side panel's timeline, to the day. */
export function enteredByYou(enteredAt: string): string {
  return `entered by you on ${formatDay(enteredAt)}`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'a page';
  } catch {
    return 'a page';
  }
}
