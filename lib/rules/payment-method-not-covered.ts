import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { classifyPaymentMethod } from './payment-methods';
import type { Rule } from './types';

/**
 * PayPal: the domhaines.com TA refund article calls it eligible, the Jing Sourcing TA guide says it is not covered. The
 * sources conflict, so TradeGuard never claims coverage for it.
 */
export const paymentMethodNotCovered: Rule = {
  id: 'payment-method-not-covered',
  severity: 'warning',
  title: 'PayPal: Trade Assurance coverage is not certain (the sources conflict)',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'method',
  source: SOURCES.taGuide,
  fix: msg('rules.paymentMethodNotCovered.fix'),
  check(ctx) {
    const candidates = [
      ctx.snapshot.payment?.method,
      ctx.order?.paymentMethod,
      ...(ctx.snapshot.product?.attributes ?? [])
        .filter((a) => /payment|paiement|pago|zahlung|pagamento/i.test(a.name))
        .map((a) => a.value),
    ].filter((t): t is string => Boolean(t));
    const quote = candidates.find((t) => classifyPaymentMethod(t) === 'paypal' || /pay\s*pal/i.test(t));
    if (!quote) return [];
    return [
      findingOf(this, {
        message: msg('rules.paymentMethodNotCovered.message'),
        quote,
      }),
    ];
  },
};
