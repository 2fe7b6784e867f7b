/**
 * The values a buyer's correction can take, as plain lists and checks: the
 * page card's correction form offers and reads them in a bundle that builds no
 * zod schema (payment.ts, timeline.ts and correction.ts build theirs from these).
 */

/** Payment methods of Trade Assurance orders (their limits and sources: lib/rules/payment-methods.ts). */
export const PAYMENT_METHOD_KINDS = [
  'card',
  'paypal',
  'western-union',
  'tt',
  'online-bank-payment',
  'pay-later',
] as const;
export type PaymentMethodKind = (typeof PAYMENT_METHOD_KINDS)[number];

export const SHIPPING_METHODS = ['express', 'air', 'sea', 'land', 'post'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

/** Whether a YYYY-MM-DD day exists (no 31 February). */
export function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
