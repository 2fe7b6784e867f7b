import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { subtract } from './money-compare';
import { enteredNote } from './provenance';
import type { Rule } from './types';

/** Pre-shipment coverage protects the initial payment only (the Jing Sourcing TA guide, step 3). */
export const taCoveragePreShipment: Rule = {
  id: 'ta-coverage-pre-shipment',
  severity: 'warning',
  title: 'Only the initial payment is protected (pre-shipment coverage)',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'coverage',
  clause: 'coverage',
  source: SOURCES.taGuide,
  fix: msg('rules.taCoveragePreShipment.fix'),
  check(ctx) {
    const order = ctx.order;
    if (order?.coverage !== 'pre-shipment') return [];
    const protectedPart = order.coveredAmount ?? order.initialPayment;
    const unprotected =
      order.total && protectedPart && order.total.currency === protectedPart.currency
        ? subtract(order.total, protectedPart)
        : null;
    const message = unprotected
      ? msg('rules.taCoveragePreShipment.withAmounts', {
          covered: protectedPart!,
          total: order.total!,
          entered: enteredNote(ctx, 'orderTotal'),
          rest: unprotected,
        })
      : msg('rules.taCoveragePreShipment.balanceOnly');
    return [
      findingOf(this, {
        message,
        quote: 'Pre-shipment coverage',
      }),
    ];
  },
};
