import { z } from 'zod';
import type { Checklist } from '../checklist/types';
import type { Finding } from '../model/finding';
import type { Money } from '../model/money';
import { type PageKind, PageKindSchema } from '../model/page-kind';
import type { FactLine } from '../present/fact-line';

/**
 * The one message protocol between TradeGuard's parts. Names say the
 * direction: `content/…` (content script → background), `ui/…` (popup, side
 * panel, options → background). Every message is validated on receipt; one
 * that fails is dropped and logged, never acted on — page scripts can reach
 * content scripts' DOM, and a message is only as trustworthy as its checks.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('content/page-seen'),
    url: z.string().url(),
    kind: PageKindSchema,
    title: z.string().max(2000),
    /** The page's parsed facts (validated again by the background against the snapshot schema). */
    snapshot: z.unknown().optional(),
  }),
  z.object({ type: z.literal('ui/tab-status'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ui/list-orders') }),
  z.object({ type: z.literal('ui/checklist'), tabId: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('ui/tick'),
    orderId: z.string().min(1).max(64),
    itemId: z.string().min(1).max(64),
    ticked: z.boolean(),
  }),
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

export interface TrackedOrderSummary {
  orderId: string;
  marketplace: 'alibaba' | 'aliexpress';
  title: string;
}

/** A compact badge for one offer card on a search page. */
export interface OfferBadge {
  productId: string | null;
  companyId: string | null;
  supplierName: string | null;
  taOffered: boolean | null;
  /** The limit remembered for this supplier, when one was ever seen. */
  taLimit: Money | null;
  years: number | null;
  verified: boolean | null;
}

/** What the background concluded about a page: shown on the card. */
export interface PageVerdict {
  findings: Finding[];
  facts: FactLine[];
  badges: OfferBadge[];
}

export interface ChecklistView {
  kind: PageKind;
  url: string;
  findings: Finding[];
  facts: FactLine[];
  checklist: Checklist | null;
}

/** What each request answers. */
export interface ResponseMap {
  'content/page-seen': PageVerdict;
  'ui/tab-status': TabStatus | null;
  'ui/list-orders': TrackedOrderSummary[];
  'ui/checklist': ChecklistView | null;
  'ui/tick': { ok: boolean };
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
