import { browser } from 'wxt/browser';
import {
  type PageInfo,
  TAB_ANSWER_SCHEMAS,
  type TabAnswer,
  type TabRequestOf,
  type TabRequestType,
} from '../../../lib/messaging/tab-protocol';

/**
 * Asks the tab's content script, and checks the answer against the schema of
 * that request. Undefined when no content script answers (a page TradeGuard
 * does not run on, or one loaded before the extension was installed) or the
 * answer is malformed.
 */
export async function askTab<T extends TabRequestType>(
  tabId: number,
  request: TabRequestOf<T>,
): Promise<TabAnswer<T> | undefined> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, request);
    const parsed = TAB_ANSWER_SCHEMAS[request.type as T].safeParse(answer);
    return parsed.success ? (parsed.data as TabAnswer<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function pageInfo(tabId: number): Promise<PageInfo | undefined> {
  return askTab(tabId, { type: 'tg-capture/page-info' });
}
