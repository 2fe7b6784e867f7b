import { msg } from '../i18n/msg';
import type { OrderFacts } from '../model/order';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import type { Rule } from './types';

/** Trade Assurance's product-quality protection is "not applicable on sample order" (the Alibaba.com TA service page). */
const SAMPLE_WORDS =
  /(?<!\b(?:as|like|per|same as|approved|to|the|according to)\s)\bsamples?\b(?!\s*(?:approval|approved))|样品|样板|muestras?\b|échantillons?\b|\bmuster\b|amostras?\b/i;

export const sampleOrderQualityNotCovered: Rule = {
  id: 'sample-order-quality-not-covered',
  severity: 'info',
  title: 'Sample orders: product quality is not covered',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'sample',
  source: SOURCES.taService,
  fix: msg('rules.sampleOrderQualityNotCovered.fix'),
  check(ctx) {
    const hit = ctx.order ? sampleOrderWords(ctx.order) : null;
    if (!hit) return [];
    return [
      findingOf(this, {
        message: msg('rules.sampleOrderQualityNotCovered.message'),
        quote: hit,
      }),
    ];
  },
};

/** The product name or status that makes this a sample order, or null. Also used by dispute drafts. */
export function sampleOrderWords(order: OrderFacts): string | null {
  const names = order.lineItems.map((l) => l.name ?? '').concat(order.status ?? '');
  return names.find((n) => SAMPLE_WORDS.test(n)) ?? null;
}
