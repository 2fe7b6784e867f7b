import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnswers } from '../../lib/messaging/injected-scripts';
import { BRIDGE_SOURCE } from '../../lib/messaging/page-bridge-wire';
import type { PageSnapshot } from '../../lib/model/snapshot';
import type { RawSnapshot } from '../../lib/pages/read';
import { loadInjected } from './injected';

/** The order the page's API described, as a way to put it into the page's snapshot. */
export type ApiOrderMerge = (raw: RawSnapshot) => PageSnapshot;

/**
 * Receives the order-detail API responses the MAIN-world script
 * (entrypoints/aliexpress-api.content) saw on this page, and keeps the order
 * they describe for the watcher. Only messages from this window, this origin
 * and of the bridge's shape are read (the page can post anything); the body is
 * parsed as untrusted JSON with its long ids kept as text. The reading and its
 * zod checks are injected with the first message that names the bridge (entrypoints/page-answers).
 */
export function startApiOrderFeed(
  ctx: ContentScriptContext,
  onOrder: () => void,
): () => ApiOrderMerge | null {
  let latest: { url: string; merge: ApiOrderMerge } | null = null;
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    if ((event.data as { source?: unknown } | null)?.source !== BRIDGE_SOURCE) return;
    const url = location.href;
    loadInjected<PageAnswers>('page-answers')
      .then(({ readApiOrder, snapshotWithApiOrder }) => {
        const order = readApiOrder(event.data, url);
        if (!order || url !== location.href) return;
        latest = { url, merge: (raw) => snapshotWithApiOrder(raw, order) };
        onOrder();
      })
      .catch((error) => console.debug('TradeGuard: could not read an order response', error));
  });
  // An order seen on another page of a single-page app does not describe this one.
  return () => (latest && latest.url === location.href ? latest.merge : null);
}
