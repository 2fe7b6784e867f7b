import { type OrderFacts, validateOrderFacts } from '../../model/order';
import type { PageSnapshot } from '../../model/snapshot';
import { fillMissing } from '../alibaba/order-merge';

// Apart from order.ts (the page reader): merging validates, and the content script loads this only with an API order.
/**
 * The order page's snapshot completed with the order the page's own API
 * returned (observed by the MAIN-world script): the API's values first, the
 * page's text for the rest. An API order for another order is ignored.
 */
export function withApiOrder(snapshot: PageSnapshot, api: OrderFacts | null): PageSnapshot {
  if (!api || snapshot.kind !== 'aliexpress:order') return snapshot;
  const page = snapshot.order;
  if (page?.id && api.id && page.id !== api.id) return snapshot;
  const merged: OrderFacts = { ...api, via: [...api.via] };
  if (page) {
    const { marketplace: _m, via: _v, ...rest } = page;
    fillMissing(merged, rest, 'text');
    merged.statedDeadlines = [...new Set([...merged.statedDeadlines, ...page.statedDeadlines])];
  }
  return { ...snapshot, order: validateOrderFacts(merged) };
}
