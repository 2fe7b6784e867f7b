import { browser } from 'wxt/browser';
import { createRouter } from '../../lib/messaging/router';
import { forgetTab, rememberTab, tabStatus } from './tab-status';

/**
 * The background wires TradeGuard together: one validated message router,
 * per-tab status, and (as features land) the vault, rules and reminders.
 * It makes no network request of any kind.
 */
export default defineBackground(() => {
  const route = createRouter({
    'content/page-seen': async (request, sender) => {
      if (sender.tabId !== undefined) {
        await rememberTab(sender.tabId, {
          url: request.url,
          kind: request.kind,
          title: request.title,
          seenAt: new Date().toISOString(),
        });
      }
      return { ok: true };
    },
    'ui/tab-status': async (request) => tabStatus(request.tabId),
    'ui/list-orders': async () => [],
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { tabId: sender.tab?.id, url: sender.url }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A navigation to a page without our content script must not leave a stale status behind.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTab(tabId);
  });
});
