import type { Handlers } from '../../lib/messaging/router';
import { saveConversation } from './capture/conversation';
import { registerMenusAndCommand } from './capture/menus';
import { savePageSnapshot } from './capture/page-snapshot';
import { saveRiskyMessage } from './capture/save-message';
import { saveScreenshot } from './capture/screenshot';

/**
 * Capture into the evidence vault: screenshots, page snapshots and whole
 * conversations from the popup, flagged chat messages from the content script.
 * Every answer is a sentence for the buyer, failures included.
 */
export const captureHandlers: Pick<Handlers, 'ui/capture' | 'content/save-message'> = {
  'ui/capture': async ({ tabId, what }) => {
    if (what === 'screenshot') return saveScreenshot(tabId);
    if (what === 'page-snapshot') return savePageSnapshot(tabId);
    return saveConversation(tabId);
  },
  'content/save-message': async (request, sender) =>
    saveRiskyMessage(request, sender.tabId, sender.url ?? ''),
};

/** Context menus and the keyboard command: registered at start-up. */
export function registerCaptureEntryPoints(): void {
  registerMenusAndCommand();
}
