import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import type { Rule } from './types';

/** No limit ever seen: TradeGuard says "limit unknown", never "covered" (trade-assurance-rules.md). */
export const taLimitUnknown: Rule = {
  id: 'ta-limit-unknown',
  severity: 'warning',
  title: 'No Trade Assurance limit has been seen for this supplier',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product', 'alibaba:supplier'],
  checklist: 'ta-limit',
  source: SOURCES.taFaqLimit,
  fix: msg('rules.taLimitUnknown.fix'),
  check(ctx) {
    if (ctx.knownLimit) return [];
    if (ctx.supplier?.taOffered === false) return []; // ta-not-offered says more
    const named = (ctx.supplier?.name ?? ctx.order?.supplierName)?.replace(/\.$/, '');
    const name = named ?? msg('rules.taLimitUnknown.thisSupplier');
    const where = ctx.supplierKnown
      ? msg('rules.taLimitUnknown.seenPages', { name })
      : msg('rules.taLimitUnknown.notSeen', { name });
    return [
      findingOf(this, {
        message: msg('rules.taLimitUnknown.message', { name, where }),
        quote: ctx.order?.supplierName ?? ctx.supplier?.name ?? '',
      }),
    ];
  },
};
