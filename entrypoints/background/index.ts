import '../../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { createRouter } from '../../lib/messaging/router';
import { captureHandlers, registerCaptureEntryPoints } from './capture-handlers';
import { chatHandlers } from './chat-handlers';
import { correctionHandlers } from './correction-handlers';
import { deadlineHandlers, registerReminders } from './deadline-handlers';
import { forgetLoadedMemory } from './memory-store';
import { checklistFor, forgetTabSnapshot, judgePage, tick } from './page-analysis';
import { forgetTab, rememberTab, tabStatus } from './tab-status';
import { getVault } from './vault';

/**
 * The background wires TradeGuard together: one validated message router
 * (handlers grouped by area), per-tab status, page judgement with the
 * remembered suppliers and orders, the vault, captures and reminders. It
 * makes no network request of any kind.
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
      return request.snapshot === undefined
        ? { findings: [], facts: [], badges: [] }
        : judgePage(request.snapshot, sender.tabId);
    },
    'ui/tab-status': async (request) => tabStatus(request.tabId),
    'ui/checklist': async (request) => checklistFor(request.tabId),
    'ui/tick': async (request) => tick(request.orderId, request.itemId, request.ticked),
    ...captureHandlers,
    ...chatHandlers,
    ...deadlineHandlers,
    // After the deadline handlers: it wraps their timeline saves (the agreed ship-by date is one of the buyer's entries).
    ...correctionHandlers,
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, { tabId: sender.tab?.id, url: sender.url }),
  );
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetTabSnapshot(tabId);
  });
  // A restore or import in the side panel changed the vault under the remembered suppliers and orders.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.vaultChangedAt) forgetLoadedMemory();
  });
  registerCaptureEntryPoints();
  registerReminders();
  // Open the vault at start-up so an import cut off by a browser close is cleaned before anything reads it.
  void getVault().catch((error) => console.warn('TradeGuard: could not open the evidence vault', error));
});
