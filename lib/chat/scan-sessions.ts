import { createChatScanner } from './scanner';
import type { ChatMessageInput, ChatScanContext, ScannedMessage } from './types';

/**
 * The conversations the background scans for the chat guard: one session per page frame (a tab's frame
 * shows one conversation at a time), holding that conversation's address, its messages so far and an
 * incremental scanner with the order's designated account. The page sends only new messages; each is
 * analysed once, as when the scanner ran in the page.
 *
 * Bounded: a tab's sessions go when it closes or navigates (forgetTab), the least recently used go past
 * `maxSessions`, and a conversation past `maxMessages` or `maxChars` stops growing (its later messages
 * are not scanned) — a page cannot make the background hold more than these.
 */
export interface ScanSessionLimits {
  maxSessions: number;
  maxMessages: number;
  maxChars: number;
}

export const SCAN_SESSION_LIMITS: ScanSessionLimits = {
  maxSessions: 24,
  maxMessages: 50_000,
  maxChars: 20_000_000,
};

export type ScanOutcome = { known: false } | { known: true; analysed: number; results: ScannedMessage[] };

interface Session {
  tabId: number;
  url: string;
  scanner: ReturnType<typeof createChatScanner>;
  messages: ChatMessageInput[];
  chars: number;
  /** Messages the page has sent (past the caps, more than are kept). */
  received: number;
}

export function createScanSessions(limits: ScanSessionLimits = SCAN_SESSION_LIMITS) {
  // A Map keeps insertion order: re-inserting on use makes its first key the least recently used.
  const sessions = new Map<string, Session>();
  const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

  /** Start a frame's conversation afresh (a new page, another conversation, or the background forgot it). */
  function open(tabId: number, frameId: number, url: string, ctx: ChatScanContext): void {
    const key = keyOf(tabId, frameId);
    sessions.delete(key);
    sessions.set(key, { tabId, url, scanner: createChatScanner(ctx), messages: [], chars: 0, received: 0 });
    while (sessions.size > limits.maxSessions) sessions.delete(sessions.keys().next().value!);
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
    }
    const results = session.scanner.scan(session.messages);
    return {
      known: true,
      analysed: session.scanner.analysedCount(),
      // Earlier messages' findings are as answered before: a message's findings depend on it and those before it.
      results: results.slice(start).filter((r) => r.findings.length > 0),
    };
  }

  function forgetTab(tabId: number): void {
    for (const [key, session] of sessions) if (session.tabId === tabId) sessions.delete(key);
  }

  return { open, scan, forgetTab, size: () => sessions.size };
}
