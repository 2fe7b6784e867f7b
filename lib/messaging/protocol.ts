import { z } from 'zod';
import { PageKindSchema } from '../model/page-kind';

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

/** What each request answers. */
export interface ResponseMap {
  'content/page-seen': { ok: true };
  'ui/tab-status': TabStatus | null;
  'ui/list-orders': TrackedOrderSummary[];
}

export type ParseResult = { ok: true; request: Request } | { ok: false; reason: string };

export function parseRequest(raw: unknown): ParseResult {
  const parsed = RequestSchema.safeParse(raw);
  if (parsed.success) return { ok: true, request: parsed.data };
  const type = raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '?';
  return { ok: false, reason: `${type}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}` };
}
