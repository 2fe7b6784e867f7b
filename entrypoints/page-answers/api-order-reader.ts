import '../../lib/zod-jitless';
import { readBridgeMessage } from '../../lib/messaging/page-bridge';
import type { OrderFacts } from '../../lib/model/order';
import type { PageSnapshot } from '../../lib/model/snapshot';
import { parseJsonKeepingIds } from '../../lib/pages/aliexpress/api-json';
import { withApiOrder } from '../../lib/pages/aliexpress/api-order-merge';
import { extractAliexpressOrderFromApi } from '../../lib/pages/aliexpress/order';
import { type RawSnapshot, validateSnapshot } from '../../lib/pages/extract';

/**
 * Loaded on the first message from the page's own world (api-orders.ts), with
 * the zod schemas it checks that message and the merged order against: only
 * AliExpress order pages, whose API the MAIN-world script observes, pay for them.
 */
export function readApiOrder(data: unknown, url: string): OrderFacts | null {
  const message = readBridgeMessage(data);
  if (!message) return null;
  return extractAliexpressOrderFromApi(parseJsonKeepingIds(message.body), url);
}

/** The page's snapshot with the API's order in it (the API's values first, the page's text for the rest). */
export function snapshotWithApiOrder(raw: RawSnapshot, order: OrderFacts): PageSnapshot {
  return withApiOrder(validateSnapshot(raw), order);
}
