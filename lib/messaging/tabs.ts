import { browser } from 'wxt/browser';

/**
 * The tab a surface is about. The popup is about the active tab; the demo and
 * the browser tests open popup.html as a page of its own and name the tab with
 * `?tabId=`, since then the popup itself is the active tab.
 */
export async function targetTab(search: string): Promise<{ id: number; url: string } | null> {
  const named = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}
