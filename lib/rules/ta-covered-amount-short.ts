import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
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
  fix: msg('rules.taCoveredAmountShort.fix'),
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
        message:
          order.coverage === 'pre-shipment'
            ? msg('rules.taCoveredAmountShort.initial', { covered: order.coveredAmount, expected, gap })
            : msg('rules.taCoveredAmountShort.total', {
                covered: order.coveredAmount,
                expected,
                entered: enteredNote(ctx, 'orderTotal'),
                gap,
              }),
        quote: english.money(order.coveredAmount),
      }),
    ];
  },
};
