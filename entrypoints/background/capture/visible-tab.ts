import { browser } from 'wxt/browser';
import { msg } from '../../../lib/i18n/msg';
import { dataUrlToBlob } from '../../../lib/vault/data-url';
import { CaptureRefused } from './outcome';

/**
 * captureVisibleTab, kept under Chrome's limit of 2 calls per second
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND): calls are queued and spaced
 * at least 550 ms apart, whoever makes them (popup, menu, shortcut, chat capture).
 */
export const CAPTURE_SPACING_MS = 550;
let lastCaptureAt = 0;
let queue: Promise<unknown> = Promise.resolve();

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export interface TabFacts {
  id: number;
  windowId: number;
  url: string;
  title: string;
}

export async function tabFacts(tabId: number): Promise<TabFacts & { active: boolean }> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.id === undefined) throw new CaptureRefused(msg('capture.result.tabClosed'));
  return {
    id: tab.id,
    windowId: tab.windowId,
    url: tab.url ?? '',
    title: tab.title ?? '',
    active: tab.active,
  };
}

/** The tab as it is now; captureVisibleTab shows its window's active tab, so the target must be that one. */
export async function visibleTab(tabId: number): Promise<TabFacts> {
  const tab = await tabFacts(tabId);
  if (!tab.active) {
    throw new CaptureRefused(msg('capture.result.tabHidden'));
  }
  return tab;
}

/** A PNG of what the window shows now (exact bytes; never re-encoded afterwards). */
export function captureWindow(windowId: number): Promise<Blob> {
  const run = queue.then(async () => {
    const wait = lastCaptureAt + CAPTURE_SPACING_MS - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      return dataUrlToBlob(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
    } finally {
      lastCaptureAt = Date.now();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
