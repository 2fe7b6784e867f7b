import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createChatScanner } from '../../lib/chat/scanner';
import type { ChatFinding, ChatMessageInput, DesignatedAccount } from '../../lib/chat/types';
import { logQuiet } from '../../lib/log';
import { fitChatLine } from '../../lib/messaging/chat-line';
import { send } from '../../lib/messaging/client';
import type { ChatLine } from '../../lib/messaging/protocol';
import type { ChatMessage } from '../../lib/model/chat-message';
import { createMessageReader } from '../../lib/pages/messages/reader';
import { markMessage } from './marks';

/** New messages arrive in bursts (history loading, typing): settle briefly before reading. */
const SETTLE_MS = 150;
const CONTEXT_SIZE = 10;

/**
 * Reads messages incrementally (never re-reading old ones), scans each new
 * one once, marks risky supplier messages, and tells the background what it
 * found so the popup's checklist can say whether talk stayed on the platform.
 */
export async function startChatGuard(ctx: ContentScriptContext, languageReady: Promise<unknown>) {
  // Findings are worded (in English for the vault, in the buyer's language on the marks) once the catalogs are in.
  const [found] = await Promise.all([accountFor(location.href), languageReady.catch(() => undefined)]);
  let account = found;
  let session = newSession(location.href, account);
  let timer: number | undefined;

  function scanNew() {
    // Switching conversation in the single-page Message Center starts afresh: one chat's findings (and its
    // urgency) must not colour another's.
    if (location.href !== session.url) {
      session = newSession(location.href, account);
      void accountFor(location.href).then((found) => {
        account = found;
      });
    }
    const { reader, scanner, messages, inputs, elements, marked, risky } = session;
    const fresh = reader.readWithElements(document);
    if (fresh.length === 0) return;
    for (const { message, element } of fresh) {
      messages.push(message);
      elements.push(element);
      inputs.push({
        id: message.id,
        from: message.from,
        text: message.text,
        ...(message.at?.raw ? { at: message.at.raw } : {}),
      });
    }
    const results = scanner.scan(inputs);
    // Escalation can raise an earlier message's severity, so look at every result with findings not yet marked.
    for (const result of results) {
      if (result.findings.length === 0 || result.from === 'buyer' || marked.has(result.index)) continue;
      const element = elements[result.index];
      if (!element?.isConnected) continue;
      marked.add(result.index);
      risky.push(...result.findings);
      markMessage(element, result.findings, () => save(messages, result.index, result.findings));
    }
    void send({
      type: 'content/chat-findings',
      url: location.href,
      supplierName: messages.find((m) => m.from === 'supplier')?.senderName ?? null,
      scanned: scanner.analysedCount(),
      findings: risky.slice(-500),
    }).catch(() => undefined);
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
      scanNew();
    } catch (error) {
      logQuiet('chat guard', 'chat scan failed', error);
    }
  };
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  safely();
}

interface ChatSession {
  url: string;
  reader: ReturnType<typeof createMessageReader>;
  scanner: ReturnType<typeof createChatScanner>;
  messages: ChatMessage[];
  inputs: ChatMessageInput[];
  elements: Element[];
  marked: Set<number>;
  risky: ChatFinding[];
}

function newSession(url: string, account: DesignatedAccount | null): ChatSession {
  return {
    url,
    reader: createMessageReader(),
    scanner: createChatScanner(account ? { designatedAccount: account } : {}),
    messages: [],
    inputs: [],
    elements: [],
    marked: new Set(),
    risky: [],
  };
}

/** The account Alibaba designated for the order this chat is about, as the background knows it (or none). */
async function accountFor(url: string): Promise<DesignatedAccount | null> {
  const context = await send({ type: 'content/chat-context', url }).catch(() => null);
  const a = context?.designatedAccount;
  if (!a) return null;
  return {
    ...(a.accountNumber ? { accountNumber: a.accountNumber } : {}),
    ...(a.iban ? { iban: a.iban } : {}),
    ...(a.swift ? { swift: a.swift } : {}),
    ...(a.name ? { name: a.name } : {}),
  };
}
