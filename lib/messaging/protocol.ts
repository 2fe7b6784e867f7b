import { z } from 'zod';
import type { ScannedMessage } from '../chat/types';
import type { Checklist } from '../checklist/types';
import type { DeadlineResult } from '../deadlines/types';
import type { Language } from '../i18n/languages';
import type { Msg } from '../i18n/msg';
import { CorrectionChangeSchema } from '../model/correction';
import type { Finding } from '../model/finding';
import { FindingSchema } from '../model/finding';
import type { Money } from '../model/money';
import { type PageKind, PageKindSchema } from '../model/page-kind';
import type { Beneficiary } from '../model/payment';
import { type TimelineEvent, TimelineEventSchema } from '../model/timeline';
import type { CorrectionNotice, FactLine } from '../present/fact-line';
import type { SupplierLimitView } from '../present/supplier-limit-view';
import { AT_MAX, CHAT_TEXT_MAX, SENDER_NAME_MAX } from './chat-line';
import {
  SCAN_AT_MAX,
  SCAN_BATCH_CHARS_MAX,
  SCAN_BATCH_MAX,
  SCAN_ID_MAX,
  SCAN_TEXT_MAX,
  SCAN_URL_MAX,
} from './chat-scan';
import { INJECTED_SCRIPTS } from './injected-scripts';
import { PAGE_MARKUP_MAX } from './page-markup';

/**
 * The one message protocol between TradeGuard's parts. Names say the
 * direction: `content/…` (content script → background), `ui/…` (popup, side
 * panel, options → background). Every message is validated on receipt; one
 * that fails is dropped and logged, never acted on — page scripts can reach
 * content scripts' DOM, and a message is only as trustworthy as its checks.
 */
/** One chat message as content scripts pass it on (text only; sender side as read from the page). */
export const ChatLineSchema = z.object({
  from: z.enum(['supplier', 'buyer', 'system', 'unknown']),
  senderName: z.string().max(SENDER_NAME_MAX).nullable().optional(),
  /** Longer messages are cut by the sender (lib/messaging/chat-line.ts), never refused whole. */
  text: z.string().max(CHAT_TEXT_MAX),
  at: z.string().max(AT_MAX).nullable().optional(),
  /** Characters left out of `text` (the cut is also said at its end). */
  cut: z.number().int().positive().optional(),
});
export type ChatLine = z.infer<typeof ChatLineSchema>;

/** One message for the background to scan (lib/messaging/chat-scan.ts cuts it to these sizes before sending). */
const ChatScanLineSchema = z.object({
  id: z.string().max(SCAN_ID_MAX).optional(),
  from: z.enum(['supplier', 'buyer', 'system', 'unknown']),
  text: z.string().max(SCAN_TEXT_MAX),
  at: z.string().max(SCAN_AT_MAX).optional(),
});

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content/page-seen'),
    url: z.string().url(),
    kind: PageKindSchema,
    title: z.string().max(2000),
    /** The page's parsed facts (validated again by the background against the snapshot schema). */
    snapshot: z.unknown().optional(),
    /** A search page's scripts that embed its offers: the background reads them (lib/pages/read.ts). */
    offerScripts: z.array(z.string().max(20_000_000)).max(8).optional(),
  }),
  /**
   * The page's markup, for the background to read into a snapshot (entrypoints/background/read-markup.ts):
   * the extractors then run where their code is warm, not cold on the buyer's page. Answered with the
   * snapshot as read (unvalidated, as readPage returns it); the content script then sends page-seen as before.
   */
  z.object({
    type: z.literal('content/read-page'),
    url: z.string().url(),
    html: z.string().max(PAGE_MARKUP_MAX),
  }),
  /** The page has a card to show: the background injects the card's UI code into the sending tab (entrypoints/card-ui). */
  z.object({ type: z.literal('content/load-card-ui') }),
  /** The page needs a part of its script that most pages never run: the background injects it (lib/messaging/injected-scripts.ts). */
  z.object({ type: z.literal('content/load-script'), script: z.enum(INJECTED_SCRIPTS) }),
  /** The buyer's language and its messages (content scripts do not bundle the catalogs: lib/i18n/page-language.ts). */
  z.object({ type: z.literal('content/language') }),
  z.object({ type: z.literal('ui/tab-status'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ui/checklist'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('ui/capture'),
    tabId: z.number().int().nonnegative(),
    what: z.enum(['screenshot', 'page-snapshot', 'conversation']),
  }),
  z.object({
    type: z.literal('content/save-message'),
    url: z.string().url(),
    title: z.string().max(2000),
    message: ChatLineSchema,
    /** The messages around it, oldest first, as a transcript excerpt. */
    context: z.array(ChatLineSchema).max(200),
    findings: z.array(FindingSchema).max(50),
  }),
  z.object({ type: z.literal('content/chat-context'), url: z.string().url() }),
  /**
   * The chat guard's new messages of one conversation, from position `start` on, for the background to
   * scan (entrypoints/background/chat-scan.ts): `start` 0 opens the conversation afresh; any other start
   * must continue the one the background holds for that frame, or it answers `known: false` and the
   * page sends the conversation again from 0.
   */
  z.object({
    type: z.literal('content/chat-scan'),
    /** The page normalises a longer address (lib/messaging/chat-scan.ts scanSessionUrl). */
    url: z.string().url().max(SCAN_URL_MAX),
    start: z.number().int().nonnegative(),
    messages: z
      .array(ChatScanLineSchema)
      .min(1)
      .max(SCAN_BATCH_MAX)
      .refine((lines) => lines.reduce((n, l) => n + l.text.length, 0) <= SCAN_BATCH_CHARS_MAX, {
        message: `more than ${SCAN_BATCH_CHARS_MAX} characters`,
      }),
  }),
  z.object({
    type: z.literal('content/chat-findings'),
    url: z.string().url(),
    supplierName: z.string().max(300).nullable(),
    scanned: z.number().int().nonnegative(),
    findings: z.array(FindingSchema).max(500),
    /**
     * Messages read in the page that were not (fully) checked: not answered after the retries, past the
     * background's caps, or cut. The checklist then says the chat was not fully checked, never "clean".
     */
    unchecked: z.number().int().nonnegative().optional(),
  }),
  z.object({ type: z.literal('ui/orders-overview') }),
  z.object({
    type: z.literal('ui/timeline-save'),
    orderId: z.string().min(1).max(64),
    /** Present when correcting an existing event. */
    id: z.string().min(1).max(64).optional(),
    event: TimelineEventSchema,
  }),
  z.object({
    type: z.literal('ui/timeline-delete'),
    orderId: z.string().min(1).max(64),
    id: z.string().min(1).max(64),
  }),
  z.object({ type: z.literal('ui/export-calendar') }),
  /** The buyer enters, corrects or takes back a fact on the card (the background finds who it is about). */
  z.object({ type: z.literal('content/correct'), url: z.string().url(), change: CorrectionChangeSchema }),
  /** The same from the popup's checklist, about the page in that tab. */
  z.object({
    type: z.literal('ui/correct'),
    tabId: z.number().int().nonnegative(),
    change: CorrectionChangeSchema,
  }),
  z.object({
    type: z.literal('ui/tick'),
    orderId: z.string().min(1).max(64),
    itemId: z.string().min(1).max(64),
    ticked: z.boolean(),
  }),
  /** The side panel restored a backup or imported a pack: the background re-reads suppliers and orders. */
  z.object({ type: z.literal('ui/vault-changed') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const TabStatusSchema = z.object({
  url: z.string(),
  kind: PageKindSchema,
  title: z.string(),
  seenAt: z.string(),
});
export type TabStatus = z.infer<typeof TabStatusSchema>;

/** A compact badge for one offer card on a search page. */
export interface OfferBadge {
  productId: string | null;
  companyId: string | null;
  supplierName: string | null;
  taOffered: boolean | null;
  /** The limit remembered for this supplier, when one was ever seen (or the one the buyer entered). */
  taLimit: Money | null;
  /** The limit is the buyer's own entry. */
  taLimitEntered?: boolean;
  years: number | null;
  verified: boolean | null;
}

/** A rule that threw on this page: what TradeGuard could not check (never shown as a pass). */
export interface CouldNotCheckView {
  rule: string;
  title: string;
}

/** What the background concluded about a page: shown on the card. */
export interface PageVerdict {
  findings: Finding[];
  facts: FactLine[];
  badges: OfferBadge[];
  couldNotCheck?: CouldNotCheckView[];
  /** The buyer's entries a page replaced, until dismissed. */
  notices?: CorrectionNotice[];
  /** The offer scripts sent did not say everything: read the whole page (its cards too) and send it again. */
  reread?: boolean;
}

export interface ChecklistView {
  kind: PageKind;
  url: string;
  findings: Finding[];
  facts: FactLine[];
  checklist: Checklist | null;
  couldNotCheck?: CouldNotCheckView[];
  notices?: CorrectionNotice[];
}

/** A correction's outcome; `message` says in words why nothing was stored. */
export interface CorrectionResult {
  ok: boolean;
  /** In English (logs). */
  message?: string;
  /** What the buyer reads, as a message id. */
  text?: Msg;
}

/** The outcome of a capture, told to the buyer as it is. */
export interface CaptureResult {
  ok: boolean;
  /** In English (logs, and callers that read only text). */
  message: string;
  /** The same, as a message id: what the buyer reads, in their language. */
  text?: Msg;
  itemIds: string[];
  caseId?: string;
}

export interface TrackedOrderView {
  orderId: string;
  marketplace: 'alibaba' | 'aliexpress';
  title: string;
  result: DeadlineResult;
  events: (TimelineEvent & { id: string })[];
}

export interface OrdersOverview {
  timeZone: string;
  orders: TrackedOrderView[];
  /** Per supplier: its limit, what is left, and the buyer's open orders with it (issue 17). */
  suppliers?: SupplierLimitView[];
}

/** The language a content script speaks, with the flat catalogs it needs (that language's and English). */
export interface PageLanguageAnswer {
  language: Language;
  catalogs: Partial<Record<Language, Record<string, string>>>;
}

/**
 * The background's scan of a conversation so far: the messages from the request's `start` on that have
 * findings (earlier ones are as answered before: a message's findings depend only on it and those before
 * it), and how many messages the scanner analysed. `known: false`: the background holds no such
 * conversation (its service worker was stopped, or it dropped it): send it again from 0.
 */
export type ChatScanAnswer =
  | { known: false }
  | {
      known: true;
      analysed: number;
      results: ScannedMessage[];
      /** Messages of the conversation the background did not scan (past its caps; lib/chat/scan-sessions.ts). */
      unscanned: number;
    };

/** What each request answers. */
export interface ResponseMap {
  'ui/capture': CaptureResult;
  'content/save-message': CaptureResult;
  'content/chat-context': { designatedAccount: Beneficiary | null };
  'content/chat-findings': { ok: boolean };
  'content/chat-scan': ChatScanAnswer;
  'ui/orders-overview': OrdersOverview;
  'ui/timeline-save': { ok: boolean; message?: string };
  'ui/timeline-delete': { ok: boolean };
  'ui/export-calendar': { ok: boolean; ics: string; fileName: string; message?: string };
  'content/page-seen': PageVerdict;
  'content/load-card-ui': { ok: boolean };
  'content/load-script': { ok: boolean };
  /** The page's sections as read (null: the markup could not be read there; the page reads itself). */
  'content/read-page': { snapshot: unknown } | null;
  'content/language': PageLanguageAnswer;
  'ui/tab-status': TabStatus | null;
  'ui/checklist': ChecklistView | null;
  'ui/tick': { ok: boolean };
  'ui/vault-changed': { ok: boolean };
  'content/correct': CorrectionResult & { verdict?: PageVerdict };
  'ui/correct': CorrectionResult & { view?: ChecklistView | null };
}

export type ParseResult = { ok: true; request: Request } | { ok: false; reason: string };

export function parseRequest(raw: unknown): ParseResult {
  const parsed = RequestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const type =
    raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
  return {
    ok: false,
    reason: `${type}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
  };
}
