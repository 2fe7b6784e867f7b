import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { moneyFromMajor } from '../model/money';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { inSameCurrency } from './money-compare';
import { enteredNote } from './provenance';
import type { Rule } from './types';

const MINIMUM = moneyFromMajor(100, 'USD');

/** Trade Assurance orders start at US$100 (Alibaba business pages). */
export const taOrderBelowMinimum: Rule = {
  id: 'ta-order-below-minimum',
  severity: 'info',
  title: 'Order below the US$100 Trade Assurance minimum',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'coverage',
  source: SOURCES.taMinimum,
  fix: msg('rules.taOrderBelowMinimum.fix', { minimum: MINIMUM }),
  check(ctx) {
    const total = ctx.order?.total;
    if (!total) return [];
    const cmp = inSameCurrency(total, MINIMUM, ctx.settings.exchangeRates);
    if (!cmp.comparable || cmp.a.minor >= cmp.b.minor) return [];
    return [
      findingOf(this, {
        message: msg('rules.taOrderBelowMinimum.message', {
          total,
          entered: enteredNote(ctx, 'orderTotal'),
          minimum: MINIMUM,
        }),
        quote: english.money(total),
      }),
    ];
  },
};
