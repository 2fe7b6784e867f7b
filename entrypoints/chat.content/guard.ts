import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChatFinding, ScannedMessage } from '../../lib/chat/types';
import { logQuiet } from '../../lib/log';
import { fitChatLine } from '../../lib/messaging/chat-line';
import { type ChatScanLine, fitScanLine, scanBatches } from '../../lib/messaging/chat-scan';
import { send } from '../../lib/messaging/client';
import type { ChatLine } from '../../lib/messaging/protocol';
import type { ChatMessage } from '../../lib/model/chat-message';
import { createMessageReader } from '../../lib/pages/messages/reader';
import { markMessage } from './marks';

/** New messages arrive in bursts (history loading, typing): settle briefly before reading. */
const SETTLE_MS = 150;
const CONTEXT_SIZE = 10;

/**
 * Reads messages incrementally (never re-reading old ones) and sends each new
 * one once to the background, which scans it (entrypoints/background/chat-handlers.ts:
 * the scanner and its patterns never load on the buyer's page); marks the risky
 * supplier messages it answers, and tells the background what was marked so the
 * popup's checklist can say whether talk stayed on the platform.
 */
export async function startChatGuard(ctx: ContentScriptContext, languageReady: Promise<unknown>) {
  // Findings are worded (in English for the vault, in the buyer's language on the marks) once the catalogs are in.
  await languageReady.catch(() => undefined);
  let session = newSession(location.href);
  let timer: number | undefined;

  function readNew() {
    // Switching conversation in the single-page Message Center starts afresh: one chat's findings (and its
    // urgency) must not colour another's.
    if (location.href !== session.url) session = newSession(location.href);
    const { reader, messages, lines, elements } = session;
    const fresh = reader.readWithElements(document);
    if (fresh.length === 0) return;
    for (const { message, element } of fresh) {
      messages.push(message);
      elements.push(element);
      lines.push(fitScanLine(message));
    }
    void scanPending(session);
  }

  /** One request at a time per conversation: messages read meanwhile go in the next round. */
  async function scanPending(s: ChatSession) {
    if (s.busy) {
      s.again = true;
      return;
    }
    s.busy = true;
    try {
      do {
        s.again = false;
        await sendNew(s);
      } while (s.again && s === session);
    } catch (error) {
      logQuiet('chat guard', 'chat scan failed', error);
    } finally {
      s.busy = false;
    }
  }

  async function sendNew(s: ChatSession) {
    let resent = false;
    let answered = false;
    let batches = scanBatches(s.lines, s.sent);
    while (batches.length > 0) {
      const [start, lines] = batches.shift()!;
      const answer = await send({ type: 'content/chat-scan', url: s.url, start, messages: lines });
      if (s !== session) return; // another conversation since: its own session reads it
      if (!answer?.known) {
        // The background does not hold this conversation (its service worker was stopped meanwhile) or did
        // not answer: send all of it again, once — nothing read is left unscanned. Marks already made stay
        // (and are not made twice: `marked`).
        s.sent = 0;
        if (resent) return;
        resent = true;
        batches = scanBatches(s.lines, 0);
        continue;
      }
      answered = true;
      s.sent = start + lines.length;
      s.analysed = answer.analysed;
      // The answer covers messages `start`… (earlier ones' findings do not change when later ones arrive).
      for (const index of s.found.keys()) if (index >= start) s.found.delete(index);
      for (const result of answer.results) s.found.set(result.index, result);
      markFound(s);
    }
    if (!answered) return;
    void send({
      type: 'content/chat-findings',
      url: s.url,
      supplierName: s.messages.find((m) => m.from === 'supplier')?.senderName ?? null,
      scanned: s.analysed,
      findings: s.risky.slice(-500),
    }).catch(() => undefined);
  }

  function markFound(s: ChatSession) {
    // A message whose bubble was not in the page when answered is marked when it is back.
    for (const result of s.found.values()) {
      if (result.from === 'buyer' || s.marked.has(result.index)) continue;
      const element = s.elements[result.index];
      if (!element?.isConnected) continue;
      s.marked.add(result.index);
      s.risky.push(...result.findings);
      markMessage(element, result.findings, () => save(s.messages, result.index, result.findings));
    }
  }

  async function save(messages: readonly ChatMessage[], index: number, findings: ChatFinding[]) {
    // Cut to what the background accepts: a long message nearby must not stop this one being saved.
    const line = (m: ChatMessage): ChatLine =>
      fitChatLine({ from: m.from, senderName: m.senderName, text: m.text, at: m.at?.raw ?? null });
    return send({
      type: 'content/save-message',
      url: location.href,
      title: document.title.slice(0, 2000),
      message: line(messages[index]!),
      context: messages.slice(Math.max(0, index - CONTEXT_SIZE), index + 3).map(line),
      findings: findings.map(({ rule, severity, message, quote, fix, source }) => ({
        rule,
        severity,
        message,
        quote,
        fix,
        source,
      })),
    });
  }

  const observer = new MutationObserver((mutations) => {
    if (mutations.every((m) => (m.target as Element).closest?.('[data-tradeguard-chat]'))) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      safely();
    }, SETTLE_MS);
  });
  const safely = () => {
    try {
      readNew();
    } catch (error) {
      logQuiet('chat guard', 'chat read failed', error);
    }
  };
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  safely();
}

interface ChatSession {
  url: string;
  reader: ReturnType<typeof createMessageReader>;
  messages: ChatMessage[];
  /** The same messages as the background scans them (cut to the sizes it accepts). */
  lines: ChatScanLine[];
  elements: Element[];
  /** How many of `lines` the background holds (0 after it forgot them: all are sent again). */
  sent: number;
  /** A request is under way; `again`: more was read meanwhile. */
  busy: boolean;
  again: boolean;
  analysed: number;
  /** The background's results with findings, by message index, in index order. */
  found: Map<number, ScannedMessage>;
  marked: Set<number>;
  risky: ChatFinding[];
}

function newSession(url: string): ChatSession {
  return {
    url,
    reader: createMessageReader(),
    messages: [],
    lines: [],
    elements: [],
    sent: 0,
    busy: false,
    again: false,
    analysed: 0,
    found: new Map(),
    marked: new Set(),
    risky: [],
  };
}
