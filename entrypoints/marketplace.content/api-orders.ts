import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readBridgeMessage } from '../../lib/messaging/page-bridge';
import type { OrderFacts } from '../../lib/model/order';
import { parseJsonKeepingIds } from '../../lib/pages/aliexpress/api-json';
import { extractAliexpressOrderFromApi } from '../../lib/pages/aliexpress/order';

/**
 * Receives the order-detail API responses the MAIN-world script
 * (entrypoints/aliexpress-api.content) saw on this page, and keeps the order
 * they describe for the watcher. Only messages from this window, this origin
 * and of the bridge's shape are read (the page can post anything); the body is
 * parsed as untrusted JSON with its long ids kept as text.
 */
export function startApiOrderFeed(ctx: ContentScriptContext, onOrder: () => void): () => OrderFacts | null {
  let latest: { url: string; order: OrderFacts } | null = null;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    try {
      if (event.source !== window || event.origin !== location.origin) return;
      const message = readBridgeMessage(event.data);
      if (!message) return;
      const order = extractAliexpressOrderFromApi(parseJsonKeepingIds(message.body), location.href);
      if (!order) return;
      latest = { url: location.href, order };
      onOrder();
    } catch (error) {
      console.debug('TradeGuard: could not read an order response', error);
    }
  });
  // An order seen on another page of a single-page app does not describe this one.
  return () => (latest && latest.url === location.href ? latest.order : null);
}
