import { z } from 'zod';
import { SHIPPING_METHODS } from './correction-choices';

/** Events on an order's timeline (deadlines are computed from these). */
export const TIMELINE_EVENT_TYPES = [
  'order_placed',
  'deposit_paid',
  'balance_paid',
  'ship_by_agreed',
  'delivery_agreed',
  'shipped',
  'delivered',
  'receipt_confirmed',
  'dispute_opened',
  'supplier_responded',
  'escalated',
  'inspection_failed',
  'refund_requested',
  'mediation_requested',
] as const;
export const TimelineEventTypeSchema = z.enum(TIMELINE_EVENT_TYPES);
export type TimelineEventType = z.infer<typeof TimelineEventTypeSchema>;

export const ShippingMethodSchema = z.enum(SHIPPING_METHODS);
export type ShippingMethod = z.infer<typeof ShippingMethodSchema>;

/** How the buyer reads each shipping method (the side panel, the card and the correction forms). */
export const SHIPPING_METHOD_LABEL: Record<ShippingMethod, string> = {
  express: 'Express courier',
  air: 'Air freight',
  sea: 'Sea freight',
  land: 'Land transport',
  post: 'Post',
};

export const PageSourceSchema = z.object({ kind: z.literal('page'), url: z.string(), readAt: z.string() });
/** "Entered by you": a timeline event or a corrected fact (lib/model/correction.ts) the buyer gave. */
export const BuyerSourceSchema = z.object({ kind: z.literal('buyer'), enteredAt: z.string() });
export type BuyerSource = z.infer<typeof BuyerSourceSchema>;

/** Where a timeline fact came from: a page TradeGuard read, or the buyer's own entry. */
export const EventSourceSchema = z.discriminatedUnion('kind', [PageSourceSchema, BuyerSourceSchema]);
export type EventSource = z.infer<typeof EventSourceSchema>;

export const TimelineEventSchema = z.object({
  type: TimelineEventTypeSchema,
  /** ISO-8601 instant (with offset) or a calendar date YYYY-MM-DD for agreed dates. */
  at: z.string(),
  shippingMethod: ShippingMethodSchema.optional(),
  note: z.string().optional(),
  source: EventSourceSchema,
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
