import { browser } from 'wxt/browser';
import { type TabStatus, TabStatusSchema } from '../../lib/messaging/protocol';

/**
 * What each tab's content script last reported. Kept in session storage so a
 * restarted service worker still knows (MV3 workers stop when idle).
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function rememberTab(tabId: number, status: TabStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
}

export async function tabStatus(tabId: number): Promise<TabStatus | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  const parsed = TabStatusSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
