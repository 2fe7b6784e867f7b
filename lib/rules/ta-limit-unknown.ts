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
  fix: 'Open the supplier\'s company profile (their <name>.en.alibaba.com page, "Trade Assurance" block) so TradeGuard can read the limit, or ask the supplier in Alibaba chat to state their current Trade Assurance limit, before you pay. If you know it, enter it on the TradeGuard card ("Enter it" beside the limit).',
  check(ctx) {
    if (ctx.knownLimit) return [];
    if (ctx.supplier?.taOffered === false) return []; // ta-not-offered says more
    const name = (ctx.supplier?.name ?? ctx.order?.supplierName ?? 'this supplier').replace(/\.$/, '');
    const where = ctx.supplierKnown
      ? `TradeGuard has seen ${name}'s pages, but none showed a Trade Assurance limit.`
      : `TradeGuard has not yet seen ${name}'s profile page.`;
    return [
      findingOf(this, {
        message: `No Trade Assurance limit is known for ${name}. ${where} Trade Assurance covers an order only up to the supplier's remaining limit, so coverage cannot be confirmed.`,
        quote: ctx.order?.supplierName ?? ctx.supplier?.name ?? '',
      }),
    ];
  },
};
