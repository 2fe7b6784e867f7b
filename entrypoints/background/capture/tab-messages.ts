import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { type PageInfo, PageInfoSchema, type TabCaptureRequest } from './tab-protocol';

/**
 * Asks the tab's content script, and checks the answer against its schema.
 * Undefined when no content script answers (a page TradeGuard does not run
 * on, or one loaded before the extension was installed) or the answer is malformed.
 */
export async function askTab<S extends z.ZodType>(
  tabId: number,
  request: TabCaptureRequest,
  schema: S,
): Promise<z.infer<S> | undefined> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, request);
    const parsed = schema.safeParse(answer);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function pageInfo(tabId: number): Promise<PageInfo | undefined> {
  return askTab(tabId, { type: 'tg-capture/page-info' }, PageInfoSchema);
}
