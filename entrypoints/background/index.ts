import '../../lib/zod-jitless';
import '../../lib/i18n/bundled-catalogs';
import { browser } from 'wxt/browser';
import { logError } from '../../lib/log';
import { createRouter } from '../../lib/messaging/router';
import { senderOf } from '../../lib/messaging/sender';
import { pageKindFromUrl } from '../../lib/pages/detect';
import { withEmbeddedOffers } from '../../lib/pages/embedded-offers';
import { captureHandlers, registerCaptureEntryPoints } from './capture-handlers';
import { loadCardUi, loadPageScript } from './card-ui';
import { chatHandlers, chatTabNavigated, forgetChatScans } from './chat-handlers';
import { correctionHandlers } from './correction-handlers';
import { deadlineHandlers, registerReminders } from './deadline-handlers';
import { pageLanguage } from './language';
import { forgetLoadedMemory } from './memory-store';
import { checklistFor, forgetTabSnapshot, judgePage, tick } from './page-analysis';
import { readMarkup } from './read-markup';
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
    // The page's address and kind are the browser's (sender.url), never the message's.
    'content/page-seen': async (request, sender) => {
      const url = sender.url ?? '';
      if (sender.tabId !== undefined) {
        await rememberTab(sender.tabId, {
          url,
          kind: pageKindFromUrl(url),
          title: request.title,
          seenAt: new Date().toISOString(),
        });
      }
      if (request.snapshot === undefined) return { findings: [], facts: [], badges: [] };
      const snapshot = withEmbeddedOffers(request.snapshot, request.offerScripts, url);
      if (snapshot === null) return { findings: [], facts: [], badges: [], reread: true };
      return judgePage(snapshot, url, sender.tabId);
    },
    'content/load-card-ui': async (_request, sender) => loadCardUi(sender.tabId),
    'content/load-script': async (request, sender) => loadPageScript(sender.tabId, request.script),
    // Reading only: what it returns is judged when the page sends it back with page-seen (validated there).
    'content/read-page': async (request) => readMarkup(request.html, request.url),
    'content/language': async () => pageLanguage(),
    'ui/tab-status': async (request) => tabStatus(request.tabId),
    'ui/checklist': async (request) => checklistFor(request.tabId),
    'ui/tick': async (request) => tick(request.orderId, request.itemId, request.ticked),
    // A restore or import in the side panel changed the vault under the remembered suppliers and orders.
    'ui/vault-changed': async () => {
      forgetLoadedMemory();
      return { ok: true };
    },
    ...captureHandlers,
    ...chatHandlers,
    ...deadlineHandlers,
    // After the deadline handlers: it wraps their timeline saves (the agreed ship-by date is one of the buyer's entries).
    ...correctionHandlers,
  });

  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) => route(message, senderOf(sender, extension)));
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetTabSnapshot(tabId);
    forgetChatScans(tabId);
  });
  // Another address in the tab (a new page, or another conversation in the Message Center): the top frame's
  // conversation held for the old address goes; not one just opened for the new one, nor other frames'.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) chatTabNavigated(tabId, change.url);
  });
  registerCaptureEntryPoints();
  registerReminders();
  // Open the vault at start-up so an import cut off by a browser close is cleaned before anything reads it.
  void getVault().catch((error) => logError('background', 'could not open the evidence vault', error));
});
