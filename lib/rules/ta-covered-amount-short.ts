import { formatMoney } from '../model/money';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { inSameCurrency, subtract } from './money-compare';
import { enteredNote } from './provenance';
import type { Rule } from './types';

/**
 * The order shows a covered amount below what its coverage type should
 * protect (the total; for pre-shipment coverage, the initial payment — that
 * case is ta-coverage-pre-shipment's, so it is not reported twice).
 */
export const taCoveredAmountShort: Rule = {
  id: 'ta-covered-amount-short',
  severity: 'critical',
  title: 'The covered amount shown on the order is below the order total',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'coverage',
  source: SOURCES.taGuide,
  fix: 'Ask the supplier (in Alibaba chat) to edit the Trade Assurance order so the covered amount equals the order total, and check it on the order page before paying.',
  check(ctx) {
    const order = ctx.order;
    if (!order?.coveredAmount || !order.total) return [];
    const expected = order.coverage === 'pre-shipment' ? order.initialPayment : order.total;
    if (!expected) return [];
    const cmp = inSameCurrency(order.coveredAmount, expected, ctx.settings.exchangeRates);
    if (!cmp.comparable || cmp.a.minor >= cmp.b.minor) return [];
    const gap = subtract(cmp.b, cmp.a);
    return [
      findingOf(this, {
        message: `The order says ${formatMoney(order.coveredAmount)} is covered, but it ${order.coverage === 'pre-shipment' ? 'asks an initial payment of' : 'totals'} ${formatMoney(expected)}${order.coverage === 'pre-shipment' ? '' : enteredNote(ctx, 'orderTotal')}: ${formatMoney(gap)} would not be protected by Trade Assurance.`,
        quote: formatMoney(order.coveredAmount),
      }),
    ];
  },
};
