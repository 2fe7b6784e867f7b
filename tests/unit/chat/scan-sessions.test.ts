import { describe, expect, it } from 'vitest';
import { createScanSessions, SCAN_SESSION_LIMITS } from '../../../lib/chat/scan-sessions';
import { createChatScanner } from '../../../lib/chat/scanner';
import type { ChatMessageInput, ScannedMessage } from '../../../lib/chat/types';
import {
  type ChatScanLine,
  fitScanLine,
  SCAN_BATCH_MAX,
  SCAN_ID_MAX,
  SCAN_TEXT_MAX,
  SCAN_URL_MAX,
  scanBatches,
  scanCutsText,
  scanSessionUrl,
} from '../../../lib/messaging/chat-scan';
import { RequestSchema } from '../../../lib/messaging/protocol';
import type { CorpusRow } from '../../../scripts/bench/chat-corpus';
import { fixtureLines } from './helpers';

/**
 * The chat guard's scanning in the background (issue 14): the page sends a conversation's new messages in
 * batches; what it marks must be what the scanner finds in the whole conversation, whatever the batches,
 * and a background that forgot the conversation (its service worker was stopped) must say so.
 */
const corpus = fixtureLines<CorpusRow>('corpus.jsonl').filter((r) => r.split === 'tune');
// Longer than two batches: the labelled messages cycled (each copy its own id).
const conversation: ChatMessageInput[] = Array.from({ length: 1_100 }, (_, i) => {
  const r = corpus[i % corpus.length]!;
  return { id: `${r.id}#${i}`, from: r.from, text: r.text };
});
const URL_A = 'https://message.alibaba.com/message/messenger.htm#a';
const URL_B = 'https://message.alibaba.com/message/messenger.htm#b';

const flagged = (results: readonly ScannedMessage[]) =>
  results.filter((r) => r.findings.length > 0).map((r) => [r.index, r.findings]);

/** As the content script does: batch after batch, keeping the latest answer per message index. */
function sendAll(
  sessions: ReturnType<typeof createScanSessions>,
  lines: readonly ChatScanLine[],
  from = 0,
  frame = { tabId: 1, frameId: 0, url: URL_A },
) {
  const found = new Map<number, ScannedMessage>();
  let analysed = 0;
  for (const [start, batch] of scanBatches(lines, from)) {
    if (start === 0) sessions.open(frame.tabId, frame.frameId, frame.url, {});
    const answer = sessions.scan(frame.tabId, frame.frameId, frame.url, start, batch);
    if (!answer.known) return null;
    analysed = answer.analysed;
    for (const r of answer.results) found.set(r.index, r);
  }
  return { found: [...found.values()], analysed };
}

describe('chat scanning in the background', () => {
  it('finds in batches exactly what one scan of the whole conversation finds (urgency carried across batches)', () => {
    expect(conversation.length).toBeGreaterThan(SCAN_BATCH_MAX * 2);
    const whole = createChatScanner().scan(conversation);
    expect(flagged(whole).length).toBeGreaterThan(100);
    expect(whole.some((r) => r.findings.some((f) => f.raisedBy === 'pressure'))).toBe(true);
    const sent = sendAll(createScanSessions(), conversation);
    expect(sent && flagged(sent.found)).toEqual(flagged(whole));
    expect(sent?.analysed).toBe(conversation.length);
  });

  it('a restarted background does not know the conversation; sent again from the start, the findings are the same', () => {
    const first = createScanSessions();
    const head = conversation.slice(0, 600);
    expect(sendAll(first, head)).not.toBeNull();
    const restarted = createScanSessions();
    expect(restarted.scan(1, 0, URL_A, 600, conversation.slice(600, 700))).toEqual({ known: false });
    const again = sendAll(restarted, conversation);
    expect(again && flagged(again.found)).toEqual(flagged(createChatScanner().scan(conversation)));
  });

  it('answers "unknown" to a batch that does not continue the conversation it holds for that frame', () => {
    const sessions = createScanSessions();
    sessions.open(1, 0, URL_A, {});
    expect(sessions.scan(1, 0, URL_A, 0, conversation.slice(0, 10)).known).toBe(true);
    expect(sessions.scan(1, 0, URL_A, 12, conversation.slice(12, 20))).toEqual({ known: false }); // a gap
    expect(sessions.scan(1, 0, URL_B, 10, conversation.slice(10, 20))).toEqual({ known: false }); // another chat
    expect(sessions.scan(1, 3, URL_A, 10, conversation.slice(10, 20))).toEqual({ known: false }); // another frame
    expect(sessions.scan(2, 0, URL_A, 10, conversation.slice(10, 20))).toEqual({ known: false }); // another tab
    expect(sessions.scan(1, 0, URL_A, 10, conversation.slice(10, 20)).known).toBe(true);
  });

  it('drops a closed tab’s conversations and keeps no more than its cap', () => {
    const sessions = createScanSessions({ maxSessions: 3, maxMessages: 100, maxChars: 1_000_000 });
    for (let tab = 1; tab <= 5; tab++) sessions.open(tab, 0, URL_A, {});
    expect(sessions.size()).toBe(3);
    expect(sessions.scan(1, 0, URL_A, 0, conversation.slice(0, 1))).toEqual({ known: false }); // evicted first
    expect(sessions.scan(5, 0, URL_A, 0, conversation.slice(0, 1)).known).toBe(true);
    sessions.forgetTab(5);
    expect(sessions.size()).toBe(2);
    expect(sessions.scan(5, 0, URL_A, 1, conversation.slice(1, 2))).toEqual({ known: false });
  });

  it('a conversation past its cap stops growing but stays known (the page is not asked to resend forever)', () => {
    const sessions = createScanSessions({ maxSessions: 3, maxMessages: 50, maxChars: 1_000_000 });
    sessions.open(1, 0, URL_A, {});
    sessions.scan(1, 0, URL_A, 0, conversation.slice(0, 40));
    const over = sessions.scan(1, 0, URL_A, 40, conversation.slice(40, 80));
    expect(over.known && over.analysed).toBe(50);
    expect(sessions.scan(1, 0, URL_A, 80, conversation.slice(80, 90)).known).toBe(true);
  });

  it('past its cap, the answer says how many of the conversation’s messages were not scanned', () => {
    const sessions = createScanSessions({ maxMessages: 50 });
    sessions.open(1, 0, URL_A, {});
    expect(sessions.scan(1, 0, URL_A, 0, conversation.slice(0, 40))).toMatchObject({ unscanned: 0 });
    expect(sessions.scan(1, 0, URL_A, 40, conversation.slice(40, 80))).toMatchObject({ unscanned: 30 });
  });

  it('holds no more text than a real chat per conversation, and a bounded total across them', () => {
    expect(SCAN_SESSION_LIMITS.maxChars).toBeLessThanOrEqual(2_000_000);
    expect(SCAN_SESSION_LIMITS.maxSessions * SCAN_SESSION_LIMITS.maxChars).toBeGreaterThan(
      SCAN_SESSION_LIMITS.maxTotalChars,
    );
    const text = 'x'.repeat(1_000);
    const sessions = createScanSessions({ maxChars: 3_000, maxTotalChars: 7_000 });
    for (let tab = 1; tab <= 4; tab++) {
      sessions.open(tab, 0, URL_A, {});
      sessions.scan(
        tab,
        0,
        URL_A,
        0,
        [1, 2, 3].map((i) => ({ id: `${tab}-${i}`, from: 'supplier', text })),
      );
    }
    expect(sessions.held().chars).toBeLessThanOrEqual(7_000);
    // The least recently used went; the one just answered and the one before stay.
    expect(sessions.scan(1, 0, URL_A, 3, [{ from: 'supplier', text: 'hi' }])).toEqual({ known: false });
    expect(sessions.scan(4, 0, URL_A, 3, [{ from: 'supplier', text: 'hi' }]).known).toBe(true);
    expect(sessions.scan(3, 0, URL_A, 3, [{ from: 'supplier', text: 'hi' }]).known).toBe(true);
  });

  it('many Message Center tabs open at once, each getting messages in turn, are all kept (no eviction in turn)', () => {
    const sessions = createScanSessions();
    const tabs = 40;
    for (let tab = 1; tab <= tabs; tab++) {
      sessions.open(tab, 0, URL_A, {});
      sessions.scan(tab, 0, URL_A, 0, conversation.slice(0, 20));
    }
    for (let round = 0; round < 3; round++)
      for (let tab = 1; tab <= tabs; tab++) {
        const start = 20 + round;
        expect(sessions.scan(tab, 0, URL_A, start, conversation.slice(start, start + 1)).known).toBe(true);
      }
  });

  it('the tab’s address changing forgets only a top-frame conversation held for another address', () => {
    const sessions = createScanSessions();
    sessions.open(1, 0, URL_B, {}); // the page switched to B and opened it before the tab's news came
    sessions.open(1, 3, URL_A, {}); // a chat in a frame keeps its own address
    sessions.navigated(1, URL_B);
    expect(sessions.scan(1, 0, URL_B, 0, conversation.slice(0, 1)).known).toBe(true);
    expect(sessions.scan(1, 3, URL_A, 0, conversation.slice(0, 1)).known).toBe(true);
    sessions.navigated(1, 'https://message.alibaba.com/message/messenger.htm#c');
    expect(sessions.scan(1, 0, URL_B, 1, conversation.slice(1, 2))).toEqual({ known: false });
    expect(sessions.scan(1, 3, URL_A, 1, conversation.slice(1, 2)).known).toBe(true);
  });
});

describe('what the page sends for scanning', () => {
  const scanner = () => createChatScanner();
  const request = 'p a y p a l friends and family to my boss email is ok, save the fee';
  const rulesOf = (text: string) =>
    scanner()
      .scan([fitScanLine({ id: 'm1', from: 'supplier', text })])
      .flatMap((r) => r.findings.map((f) => f.rule));

  it('a padded message is read at both ends: a request to pay outside at its end is still found', () => {
    const padding = 'Item 4: stainless steel 304, 2 mm, brushed finish, 50 pcs per carton. '.repeat(2_000);
    expect(padding.length).toBeGreaterThan(SCAN_TEXT_MAX);
    expect(rulesOf(`${padding}${request}`)).toContain('offplatform-payment');
    expect(rulesOf(`${request} ${padding}`)).toContain('offplatform-payment');
    // …and counted as not fully checked (its middle is not read), never as clean.
    expect(scanCutsText(`${padding}${request}`)).toBe(true);
    expect(scanCutsText(request)).toBe(false);
    expect(fitScanLine({ id: 'm1', from: 'supplier', text: padding }).text.length).toBeLessThanOrEqual(
      SCAN_TEXT_MAX,
    );
  });

  it('a page address too long for a request is normalised, keeping what names the conversation and order', () => {
    const base = 'https://message.alibaba.com/message/messenger.htm';
    const long = `${base}?conversationId=8f3a2c71&orderId=2049871&spm=${'a2700.'.repeat(900)}&tracelog=${'x'.repeat(600)}`;
    expect(long.length).toBeGreaterThan(SCAN_URL_MAX);
    const sent = scanSessionUrl(long);
    expect(sent.length).toBeLessThanOrEqual(SCAN_URL_MAX);
    expect(sent).toBe(`${base}?conversationId=8f3a2c71&orderId=2049871`);
    expect(scanSessionUrl(long)).toBe(sent); // the same each time: the background compares it
    const line = { from: 'supplier', text: 'hello' };
    expect(
      RequestSchema.safeParse({ type: 'content/chat-scan', url: sent, start: 0, messages: [line] }).success,
    ).toBe(true);
    // A hash route keeps its path and its naming keys.
    const hashed = `${base}#/chat?activeAccountId=77&spm=${'z'.repeat(SCAN_URL_MAX)}`;
    expect(scanSessionUrl(hashed)).toBe(`${base}#/chat?activeAccountId=77`);
    // Anything that fits is sent as it is.
    expect(scanSessionUrl(URL_A)).toBe(URL_A);
    // Even a path longer than the limit comes out a valid address within it.
    const path = scanSessionUrl(`${base}/${'p'.repeat(SCAN_URL_MAX * 2)}`);
    expect(path.length).toBeLessThanOrEqual(SCAN_URL_MAX);
    expect(() => new URL(path)).not.toThrow();
  });
});

describe('the scan request at the background’s boundary', () => {
  const request = (messages: unknown[]) => ({
    type: 'content/chat-scan',
    url: URL_A,
    start: 0,
    messages,
  });

  it('accepts what the content script sends, cut to the sizes it allows', () => {
    const huge = fitScanLine({
      id: 'x'.repeat(SCAN_ID_MAX + 1),
      from: 'supplier',
      text: 'pay to my personal account '.repeat(5_000),
      at: { raw: '15:30' },
    });
    expect(huge.text.length).toBe(SCAN_TEXT_MAX);
    expect(huge.id).toBeUndefined(); // known by position and text instead
    expect(RequestSchema.safeParse(request([huge])).success).toBe(true);
    for (const [, batch] of scanBatches(Array(45).fill(huge), 0))
      expect(RequestSchema.safeParse(request(batch)).success).toBe(true);
  });

  it('refuses oversized or malformed batches', () => {
    const line = { from: 'supplier', text: 'hello' };
    expect(RequestSchema.safeParse(request([])).success).toBe(false);
    expect(RequestSchema.safeParse(request(Array(SCAN_BATCH_MAX + 1).fill(line))).success).toBe(false);
    expect(
      RequestSchema.safeParse(request([{ from: 'supplier', text: 'x'.repeat(SCAN_TEXT_MAX + 1) }])).success,
    ).toBe(false);
    const big = { from: 'supplier', text: 'x'.repeat(SCAN_TEXT_MAX) };
    expect(RequestSchema.safeParse(request(Array(30).fill(big))).success).toBe(false); // 3 M characters
    expect(RequestSchema.safeParse(request([{ from: 'page', text: 'x' }])).success).toBe(false);
    expect(RequestSchema.safeParse({ ...request([line]), start: -1 }).success).toBe(false);
  });
});
