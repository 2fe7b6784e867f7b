import type { ChatScanAnswer } from '../messaging/protocol';
import { createChatScanner } from './scanner';
import type { ChatMessageInput, ChatScanContext } from './types';

/**
 * The conversations the background scans for the chat guard: one session per page frame (a tab's frame
 * shows one conversation at a time), holding that conversation's address, its messages so far and an
 * incremental scanner with the order's designated account. The page sends only new messages; each is
 * analysed once, as when the scanner ran in the page.
 *
 * Bounded by what they hold, not only by their number: a conversation past `maxMessages` or `maxChars`
 * (far more than a real chat) stops growing and says how many of its messages it did not scan; past
 * `maxTotalChars` / `maxTotalMessages` across all of them, the least recently used go. The count cap is
 * generous (frames and tabs of the Message Center, each small): a cap below what a buyer keeps open makes
 * sessions evict one another in turn, each eviction costing a full resend.
 */
export interface ScanSessionLimits {
  maxSessions: number;
  maxMessages: number;
  maxChars: number;
  maxTotalMessages: number;
  maxTotalChars: number;
}

export const SCAN_SESSION_LIMITS: ScanSessionLimits = {
  maxSessions: 96,
  maxMessages: 20_000,
  // A year of daily talk with a supplier is some 100,000 characters: twenty times that.
  maxChars: 2_000_000,
  maxTotalMessages: 100_000,
  // About 16 MB of UTF-16 text in the service worker, whatever the pages send.
  maxTotalChars: 8_000_000,
};

/** What a scan request gets back: the background's answer to the page, as the protocol states it. */
export type ScanOutcome = ChatScanAnswer;

interface Session {
  tabId: number;
  frameId: number;
  url: string;
  scanner: ReturnType<typeof createChatScanner>;
  messages: ChatMessageInput[];
  chars: number;
  /** Messages the page has sent (past the caps, more than are kept). */
  received: number;
}

export function createScanSessions(caps: Partial<ScanSessionLimits> = {}) {
  const limits: ScanSessionLimits = { ...SCAN_SESSION_LIMITS, ...caps };
  // A Map keeps insertion order: re-inserting on use makes its first key the least recently used.
  const sessions = new Map<string, Session>();
  const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;
  let totalChars = 0;
  let totalMessages = 0;

  function drop(key: string): void {
    const session = sessions.get(key);
    if (!session) return;
    totalChars -= session.chars;
    totalMessages -= session.messages.length;
    sessions.delete(key);
  }

  /** Least recently used first, never `keep` (the conversation being answered). */
  function evictPast(keep: string): void {
    for (const key of sessions.keys()) {
      const over =
        sessions.size > limits.maxSessions ||
        totalChars > limits.maxTotalChars ||
        totalMessages > limits.maxTotalMessages;
      if (!over) return;
      if (key !== keep) drop(key);
    }
  }

  /** Start a frame's conversation afresh (a new page, another conversation, or the background forgot it). */
  function open(tabId: number, frameId: number, url: string, ctx: ChatScanContext): void {
    const key = keyOf(tabId, frameId);
    drop(key);
    sessions.set(key, {
      tabId,
      frameId,
      url,
      scanner: createChatScanner(ctx),
      messages: [],
      chars: 0,
      received: 0,
    });
    evictPast(key);
  }

  /**
   * Scan messages `start`… of the frame's conversation. Unknown unless they continue exactly the session
   * held for this frame and address: then the page sends the whole conversation again, from 0.
   */
  function scan(
    tabId: number,
    frameId: number,
    url: string,
    start: number,
    batch: readonly ChatMessageInput[],
  ): ScanOutcome {
    const key = keyOf(tabId, frameId);
    const session = sessions.get(key);
    if (!session || session.url !== url || session.received !== start) return { known: false };
    sessions.delete(key);
    sessions.set(key, session);
    session.received += batch.length;
    for (const m of batch) {
      if (session.messages.length >= limits.maxMessages || session.chars + m.text.length > limits.maxChars)
        break;
      session.messages.push(m);
      session.chars += m.text.length;
      totalChars += m.text.length;
      totalMessages++;
    }
    evictPast(key);
    const results = session.scanner.scan(session.messages);
    return {
      known: true,
      analysed: session.scanner.analysedCount(),
      // Earlier messages' findings are as answered before: a message's findings depend on it and those before it.
      results: results.slice(start).filter((r) => r.findings.length > 0),
      unscanned: session.received - session.messages.length,
    };
  }

  /** The tab closed: all its frames' conversations go. */
  function forgetTab(tabId: number): void {
    for (const [key, session] of sessions) if (session.tabId === tabId) drop(key);
  }

  /**
   * The tab's address changed (a new page, or the single-page Message Center rewriting its address). Only
   * a top-frame conversation held for another address goes: the one just opened for this address (its
   * request can arrive before this news) stays, and so do other frames' (an embedded chat keeps its own
   * address; when its document goes, the least recently used go first).
   */
  function navigated(tabId: number, topUrl: string): void {
    for (const [key, session] of sessions)
      if (session.tabId === tabId && session.frameId === 0 && session.url !== topUrl) drop(key);
  }

  return {
    open,
    scan,
    forgetTab,
    navigated,
    size: () => sessions.size,
    held: () => ({ chars: totalChars, messages: totalMessages }),
  };
}
