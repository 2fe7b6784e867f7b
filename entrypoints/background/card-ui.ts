import { browser } from 'wxt/browser';
import { logQuiet } from '../../lib/log';
import type { InjectedScript } from '../../lib/messaging/injected-scripts';

/**
 * Injects the page card's UI code (entrypoints/card-ui → /card-ui.js) into the
 * top frame of the tab that asked — the marketplace content script's isolated
 * world, which only our host permissions reach. Not a web-accessible resource:
 * pages cannot load or probe it.
 */
export function loadCardUi(tabId: number | undefined): Promise<{ ok: boolean }> {
  return injectInto(tabId, '/card-ui.js', 'page card', 'could not load the card into the page');
}

/**
 * The same for the parts of the marketplace script most pages never run (entrypoints/page-reader,
 * entrypoints/page-answers): only the names in lib/messaging/injected-scripts.ts, each its own file.
 */
export function loadPageScript(tabId: number | undefined, script: InjectedScript): Promise<{ ok: boolean }> {
  return injectInto(tabId, `/${script}.js`, 'page script', `could not load ${script} into the page`);
}

async function injectInto(
  tabId: number | undefined,
  file: '/card-ui.js' | `/${InjectedScript}.js`,
  area: string,
  failure: string,
): Promise<{ ok: boolean }> {
  if (tabId === undefined) return { ok: false };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [file] });
    return { ok: true };
  } catch (error) {
    logQuiet(area, failure, error);
    return { ok: false };
  }
}
