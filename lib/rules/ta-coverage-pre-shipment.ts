import { formatMoney } from '../model/money';
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
  fix: 'Ask the supplier to switch the order to post-delivery coverage, which protects the full amount up to their limit; otherwise inspect before paying the balance.',
  check(ctx) {
    const order = ctx.order;
    if (order?.coverage !== 'pre-shipment') return [];
    const protectedPart = order.coveredAmount ?? order.initialPayment;
    const unprotected =
      order.total && protectedPart && order.total.currency === protectedPart.currency
        ? subtract(order.total, protectedPart)
        : null;
    const amounts = unprotected
      ? ` ${formatMoney(protectedPart!)} of ${formatMoney(order.total!)}${enteredNote(ctx, 'orderTotal')} is protected; the remaining ${formatMoney(unprotected)} (the balance) is not.`
      : ' The balance payment is not protected.';
    return [
      findingOf(this, {
        message: `This order has pre-shipment coverage: Trade Assurance protects only the initial payment.${amounts}`,
        quote: 'Pre-shipment coverage',
      }),
    ];
  },
};
