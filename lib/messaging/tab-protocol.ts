import { z } from 'zod';
import { ChatMessageSchema } from '../model/chat-message';

/**
 * Messages the background sends to a tab's content script (browser.tabs.sendMessage)
 * while capturing, and their answers. Both sides parse with these schemas: the
 * content script checks each request and its own answer, the background checks
 * the answer again (it comes from a page's process, so it is data to check,
 * never trusted). Only text crosses (runtime messaging is JSON: no Blob survives it).
 */
export const TabCaptureRequestSchema = z.discriminatedUnion('type', [
  /** What the page is about: its order id, supplier and conversation, for choosing the case. */
  z.object({ type: z.literal('tg-capture/page-info') }),
  /** The page's DOM as it is now. */
  z.object({ type: z.literal('tg-capture/snapshot') }),
  /** Find the chat's scrollable list, remember where it was, and scroll it to the top. */
  z.object({ type: z.literal('tg-capture/scroll-start') }),
  /** Scroll the list to `top` (CSS px) and read the messages now rendered. */
  z.object({ type: z.literal('tg-capture/scroll-to'), top: z.number().nonnegative() }),
  /** Put the list back where the buyer left it; answer the transcript read along the way. */
  z.object({ type: z.literal('tg-capture/scroll-end') }),
]);
export type TabCaptureRequest = z.infer<typeof TabCaptureRequestSchema>;

export const PageInfoSchema = z.object({
  url: z.string(),
  title: z.string(),
  orderId: z.string().max(64).nullable(),
  supplierName: z.string().max(300).nullable(),
  supplierCompanyId: z.string().max(64).nullable(),
  /** Order-number-like strings in a chat, checked by the background against orders it knows. */
  mentionedOrderIds: z.array(z.string().max(32)).max(50),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const SnapshotAnswerSchema = z.object({ url: z.string(), title: z.string(), html: z.string() });

/** Where the scrolled list sits in the viewport (CSS px), so each screenshot can be cropped to it. */
export const ListGeometrySchema = z.object({
  left: z.number(),
  top: z.number(),
  width: z.number().positive(),
  height: z.number().positive(),
  scrollTop: z.number().nonnegative(),
  scrollHeight: z.number().positive(),
  devicePixelRatio: z.number().positive(),
});
export type ListGeometry = z.infer<typeof ListGeometrySchema>;

export const ScrollAnswerSchema = z.union([
  z.object({ ok: z.literal(true), geometry: ListGeometrySchema }),
  z.object({ ok: z.literal(false), reason: z.string().max(500) }),
]);
export type ScrollAnswer = z.infer<typeof ScrollAnswerSchema>;

/** Every message read while scrolling, oldest first, as the structural reader returned them. */
export const ScrollEndAnswerSchema = z.object({
  messages: z.array(ChatMessageSchema).max(50_000),
});

/** The answer each request gets: the content script's handlers are typed by it, the background parses with it. */
export const TAB_ANSWER_SCHEMAS = {
  'tg-capture/page-info': PageInfoSchema,
  'tg-capture/snapshot': SnapshotAnswerSchema,
  'tg-capture/scroll-start': ScrollAnswerSchema,
  'tg-capture/scroll-to': ScrollAnswerSchema,
  'tg-capture/scroll-end': ScrollEndAnswerSchema,
} as const satisfies Record<TabCaptureRequest['type'], z.ZodType>;

export type TabRequestType = TabCaptureRequest['type'];
export type TabRequestOf<T extends TabRequestType> = Extract<TabCaptureRequest, { type: T }>;
export type TabAnswer<T extends TabRequestType> = z.infer<(typeof TAB_ANSWER_SCHEMAS)[T]>;
