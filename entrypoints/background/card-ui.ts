import { browser } from 'wxt/browser';
import { logQuiet } from '../../lib/log';

/**
 * Injects the page card's UI code (entrypoints/card-ui → /card-ui.js) into the
 * top frame of the tab that asked — the marketplace content script's isolated
 * world, which only our host permissions reach. Not a web-accessible resource:
 * pages cannot load or probe it.
 */
export async function loadCardUi(tabId: number | undefined): Promise<{ ok: boolean }> {
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/card-ui.js'] });
    return { ok: true };
  } catch (error) {
    logQuiet('page card', 'could not load the card into the page', error);
    return { ok: false };
  }
}
