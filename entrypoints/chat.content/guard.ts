import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChatFinding, ScannedMessage } from '../../lib/chat/types';
import { logQuiet } from '../../lib/log';
import { fitChatLine } from '../../lib/messaging/chat-line';
import {
  type ChatScanLine,
  fitScanLine,
  scanBatches,
  scanCutsText,
  scanSessionUrl,
} from '../../lib/messaging/chat-scan';
import { send } from '../../lib/messaging/client';
import type { ChatLine } from '../../lib/messaging/protocol';
import type { ChatMessage } from '../../lib/model/chat-message';
import { createMessageReader } from '../../lib/pages/messages/reader';
import { markMessage } from './marks';
import { showUnchecked } from './unchecked-notice';

/** New messages arrive in bursts (history loading, typing): settle briefly before reading. */
const SETTLE_MS = 150;
const CONTEXT_SIZE = 10;
/**
 * A round the background did not answer in full (it refused or failed the request) is tried again after
 * these delays, without waiting for another message (the supplier's last one may be the last); past
 * them, on the next message read.
 */
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];
/** Failed rounds before the buyer is told (a restarted worker is answered within one round). */
const NOTICE_AFTER = 2;

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
    if (location.href !== session.url) {
      if (session.retry !== undefined) clearTimeout(session.retry);
      session = newSession(location.href);
      showUnchecked(0); // the notice was about the conversation left
    }
    const { reader, messages, lines, elements } = session;
    const fresh = reader.readWithElements(document);
    if (fresh.length === 0) return;
    for (const { message, element } of fresh) {
      messages.push(message);
      elements.push(element);
      lines.push(fitScanLine(message));
      if (scanCutsText(message.text)) session.cut++;
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
    let answered = false;
    try {
      do {
        s.again = false;
        if (await sendNew(s)) answered = true;
      } while (s.again && s === session);
    } catch (error) {
      logQuiet('chat guard', 'chat scan failed', error);
    } finally {
      s.busy = false;
    }
    if (s === session) settle(s, answered);
  }

  /** After a round: try again later what is still unscanned, and tell the buyer what was not checked. */
  function settle(s: ChatSession, answered: boolean) {
    if (s.sent === s.lines.length) {
      s.failedRounds = 0;
      if (s.retry !== undefined) clearTimeout(s.retry);
      s.retry = undefined;
    } else {
      s.failedRounds++;
      const delay = RETRY_MS[s.failedRounds - 1];
      if (delay !== undefined && s.retry === undefined)
        s.retry = ctx.setTimeout(() => {
          s.retry = undefined;
          if (s === session) void scanPending(s);
        }, delay);
    }
    // Cut messages and those past the background's caps stay unchecked; never answered ones once retrying
    // failed (those answered before a resend keep their answer and marks).
    const unanswered = s.failedRounds >= NOTICE_AFTER ? s.lines.length - s.checked : 0;
    const unchecked = Math.min(s.lines.length, s.cut + s.unscanned + unanswered);
    showUnchecked(unchecked);
    if (!answered && unchecked === s.reportedUnchecked) return;
    s.reportedUnchecked = unchecked;
    void send({
      type: 'content/chat-findings',
      url: s.key,
      supplierName: s.messages.find((m) => m.from === 'supplier')?.senderName ?? null,
      scanned: s.analysed,
      findings: s.risky.slice(-500),
      unchecked,
    }).catch(() => undefined);
  }

  /** Sends what the background does not hold yet; true when it answered any of it. */
  async function sendNew(s: ChatSession): Promise<boolean> {
    let resent = false;
    let answered = false;
    let batches = scanBatches(s.lines, s.sent);
    while (batches.length > 0) {
      const [start, lines] = batches.shift()!;
      const answer = await send({ type: 'content/chat-scan', url: s.key, start, messages: lines });
      if (s !== session) return answered; // another conversation since: its own session reads it
      if (!answer?.known) {
        // The background does not hold this conversation (its service worker was stopped meanwhile) or did
        // not answer: send all of it again, once in this round — the retries (settle) do the rest. Marks
        // already made stay (and are not made twice: `marked`).
        s.sent = 0;
        if (resent) return answered;
        resent = true;
        batches = scanBatches(s.lines, 0);
        continue;
      }
      answered = true;
      s.sent = start + lines.length;
      s.checked = Math.max(s.checked, s.sent);
      s.analysed = answer.analysed;
      s.unscanned = answer.unscanned ?? 0;
      // The answer covers messages `start`… (earlier ones' findings do not change when later ones arrive).
      for (const index of s.found.keys()) if (index >= start) s.found.delete(index);
      for (const result of answer.results) s.found.set(result.index, result);
      markFound(s);
    }
    return answered;
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
  /** The page's address (another one: another conversation). */
  url: string;
  /** The address as scan requests name it (a long one normalised: scanSessionUrl). */
  key: string;
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
  /** Messages cut before sending (their middle not read), and past the background's caps (not scanned). */
  cut: number;
  unscanned: number;
  /** How many messages have had an answer (a resend after the background forgot them does not undo it). */
  checked: number;
  /** Rounds in a row that left messages unsent, the timer of the next try, what the checklist was told. */
  failedRounds: number;
  retry: number | undefined;
  reportedUnchecked: number;
  /** The background's results with findings, by message index, in index order. */
  found: Map<number, ScannedMessage>;
  marked: Set<number>;
  risky: ChatFinding[];
}

function newSession(url: string): ChatSession {
  return {
    url,
    key: scanSessionUrl(url),
    reader: createMessageReader(),
    messages: [],
    lines: [],
    elements: [],
    sent: 0,
    busy: false,
    again: false,
    analysed: 0,
    cut: 0,
    unscanned: 0,
    checked: 0,
    failedRounds: 0,
    retry: undefined,
    reportedUnchecked: 0,
    found: new Map(),
    marked: new Set(),
    risky: [],
  };
}
