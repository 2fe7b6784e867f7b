import { browser } from 'wxt/browser';
import { createScanSessions } from '../../lib/chat/scan-sessions';
import type { DesignatedAccount } from '../../lib/chat/types';
import type { ChatRisk } from '../../lib/checklist/build';
import { scanSessionUrl } from '../../lib/messaging/chat-scan';
import type { RequestOf } from '../../lib/messaging/protocol';
import type { Handlers } from '../../lib/messaging/router';
import type { Finding } from '../../lib/model/finding';
import type { Beneficiary } from '../../lib/model/payment';
import { normaliseCompanyName } from '../../lib/suppliers/normalise-name';
import { withMemory } from './memory-store';

/**
 * What the chat guard needs from memory (the designated account to compare
 * payment details with), and what it reports back: per conversation, how many
 * messages it read and the risky findings — for the checklist's "all
 * communication on the platform" item.
 */
const KEY = 'chatRisk';
interface ConversationRisk {
  url: string;
  supplierName: string | null;
  title: string;
  scanned: number;
  findings: Finding[];
  /** Messages read that were not (fully) checked (absent in records saved before it was counted). */
  unchecked?: number;
  at: string;
}

/**
 * The chat guard's scanning, off the buyer's page: one scanner per frame's conversation (lib/chat/scan-sessions.ts).
 * Held in the worker's memory only; when the service worker is stopped they go, and the page, answered
 * `known: false`, sends its conversation again.
 */
const sessions = createScanSessions();

export const chatHandlers: Pick<
  Handlers,
  'content/chat-context' | 'content/chat-findings' | 'content/chat-scan'
> = {
  'content/chat-context': async (_request, sender) => ({
    designatedAccount: await designatedBeneficiary(sender.url ?? ''),
  }),
  'content/chat-scan': async (request, sender) => {
    // The frame is the browser's (sender), never the message's: a page can only open and feed its own sessions.
    const tabId = sender.tabId ?? -1;
    const frameId = sender.frameId ?? 0;
    if (request.start === 0) {
      const account = designatedAccount(await designatedBeneficiary(sender.url ?? '').catch(() => null));
      sessions.open(tabId, frameId, request.url, account ? { designatedAccount: account } : {});
    }
    return sessions.scan(tabId, frameId, request.url, request.start, request.messages);
  },
  'content/chat-findings': (request, sender) => {
    // Frames and tabs report at the same time: one read-modify-write after another, so none is lost.
    const write = writes.then(() => saveConversation(request, sender.url ?? ''));
    // (Keyed by the frame's own address: a page cannot file its findings under another conversation.)
    writes = write.catch(() => undefined);
    return write;
  },
};

let writes: Promise<unknown> = Promise.resolve();

/** The tab closed: its conversations are scanned afresh if it shows them again. */
export function forgetChatScans(tabId: number): void {
  sessions.forgetTab(tabId);
}

/**
 * The tab's address changed: its top frame's conversation goes unless it is the one for this address
 * (compared as the page names it). A frame still showing its conversation is told `known: false` and
 * sends it again.
 */
export function chatTabNavigated(tabId: number, url: string): void {
  sessions.navigated(tabId, scanSessionUrl(url));
}

/**
 * Compare chat details only with the account of the order this chat is about: the order named in its
 * address (AliExpress), or the only order whose account TradeGuard knows. Otherwise none (no guessing).
 * The address is the browser's (sender.url), not the message's.
 */
async function designatedBeneficiary(senderUrl: string): Promise<Beneficiary | null> {
  return withMemory((memory) => {
    const orderId = orderIdIn(senderUrl);
    const account = orderId
      ? memory.accounts.get(orderId)
      : memory.accounts.size === 1
        ? [...memory.accounts.values()][0]
        : undefined;
    return account?.beneficiary ?? null;
  });
}

/** The designated account as the scanner compares it (the fields the order page gave). */
function designatedAccount(a: Beneficiary | null): DesignatedAccount | null {
  if (!a) return null;
  return {
    ...(a.accountNumber ? { accountNumber: a.accountNumber } : {}),
    ...(a.iban ? { iban: a.iban } : {}),
    ...(a.swift ? { swift: a.swift } : {}),
    ...(a.name ? { name: a.name } : {}),
  };
}

function orderIdIn(url: string): string | null {
  try {
    return new URL(url).searchParams.get('orderId');
  } catch {
    return null;
  }
}

async function saveConversation(
  request: RequestOf<'content/chat-findings'>,
  senderUrl: string,
): Promise<{ ok: boolean }> {
  const all = await conversations();
  const key = senderUrl.replace(/#.*$/, '');
  all[key] = {
    url: key,
    supplierName: request.supplierName,
    title: senderUrl.slice(0, 300),
    scanned: request.scanned,
    findings: request.findings.filter((f) => f.severity !== 'info').slice(-50),
    unchecked: request.unchecked ?? 0,
    at: new Date().toISOString(),
  };
  await browser.storage.local.set({ [KEY]: all });
  return { ok: true };
}

async function conversations(): Promise<Record<string, ConversationRisk>> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, ConversationRisk>) : {};
}

/**
 * The chat TradeGuard read for an order: a conversation opened from the order
 * (its URL names the order id) or with a supplier of the same name. Null when
 * none was read — the checklist then says "not read yet", never "fine".
 */
export async function chatRiskFor(
  orderId: string | null,
  supplierName: string | null,
): Promise<ChatRisk | null> {
  const wanted = supplierName ? normaliseCompanyName(supplierName) : '';
  const matches = Object.values(await conversations()).filter(
    (c) =>
      (orderId && c.url.includes(orderId)) ||
      (wanted && c.supplierName && normaliseCompanyName(c.supplierName) === wanted),
  );
  if (matches.length === 0) return null;
  return {
    scanned: matches.some((c) => c.scanned > 0),
    findings: matches.flatMap((c) => c.findings),
    unchecked: matches.reduce((n, c) => n + (c.unchecked ?? 0), 0),
  };
}
