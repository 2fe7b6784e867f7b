import { z } from 'zod';
import {
  type ShippingMethod,
  ShippingMethodSchema,
  type TimelineEvent,
  type TimelineEventType,
  TimelineEventTypeSchema,
} from '../model/timeline';
import { calendarDateToIso, parsePageDate } from './page-dates';

/**
 * Order data as read from a page → timeline events. A status tells which
 * steps happened but not when: those come back as `implied` (for the UI to
 * ask the buyer for the date), never as events with an invented date.
 */

/** Local shape until the shared order model lands (another helper's area). */
export const OrderTimelineDataSchema = z.object({
  status: z.string().optional(),
  dates: z.array(z.object({ type: TimelineEventTypeSchema, at: z.string() })).optional(),
  shipBy: z.string().optional(),
  deliverBy: z.string().optional(),
  shippingMethod: ShippingMethodSchema.optional(),
  createdAt: z.string().optional(),
  paidAt: z.string().optional(),
  shippedAt: z.string().optional(),
});
export type OrderTimelineData = z.infer<typeof OrderTimelineDataSchema>;

export interface OrderTimeline {
  events: TimelineEvent[];
  /** Steps the status says happened, with no date on the page. */
  implied: { type: TimelineEventType; because: string }[];
  /** The status string was not one we know; shown to the buyer as is. */
  unknownStatus?: string;
  /** Fields whose value was not a date we can read. */
  unreadable: { field: string; value: string }[];
}

/**
 * Status strings → steps already done. Alibaba (seen on TA order pages) and
 * AliExpress (English UI); matched case-insensitively on the whole string.
 */
const STATUS_STEPS: readonly { pattern: RegExp; steps: TimelineEventType[] }[] = [
  { pattern: /^awaiting (initial )?payment$/, steps: ['order_placed'] },
  {
    pattern: /^waiting for supplier to ship$|^awaiting shipment$|^to ship$/,
    steps: ['order_placed', 'deposit_paid'],
  },
  { pattern: /^waiting for remaining balance payment$/, steps: ['order_placed', 'deposit_paid'] },
  {
    pattern: /^shipment started$|^track package$|^awaiting delivery$|^shipped$|^in transit$/,
    steps: ['order_placed', 'deposit_paid', 'shipped'],
  },
  // "Completed & In Review": the order is closed and awaiting the buyer's review, so receipt was confirmed.
  {
    pattern: /^completed( & in review)?$|^finished$/,
    steps: ['order_placed', 'deposit_paid', 'shipped', 'delivered', 'receipt_confirmed'],
  },
  {
    pattern: /^refund in progress$|^refunding$|^in dispute$|^dispute in progress$/,
    steps: ['order_placed', 'refund_requested'],
  },
  { pattern: /^closed$|^cancell?ed$|^order closed$/, steps: [] },
];

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}.*)?$/;

/** An ISO instant stays as is; a page date ("Jul 28, 2026") becomes YYYY-MM-DD; else null. */
function readDate(value: string, now: Date): string | null {
  const v = value.trim();
  if (INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return v;
  const d = parsePageDate(v, now);
  return d ? calendarDateToIso(d) : null;
}

export function timelineFromOrder(
  data: OrderTimelineData,
  opts: { url: string; readAt: Date },
): OrderTimeline {
  const order = OrderTimelineDataSchema.parse(data);
  const source = { kind: 'page' as const, url: opts.url, readAt: opts.readAt.toISOString() };
  const events: TimelineEvent[] = [];
  const unreadable: OrderTimeline['unreadable'] = [];
  const add = (
    type: TimelineEventType,
    field: string,
    value: string | undefined,
    shippingMethod?: ShippingMethod,
  ) => {
    if (value === undefined) return;
    const at = readDate(value, opts.readAt);
    if (!at) unreadable.push({ field, value });
    else events.push({ type, at, source, ...(shippingMethod ? { shippingMethod } : {}) });
  };

  add('order_placed', 'createdAt', order.createdAt);
  add('deposit_paid', 'paidAt', order.paidAt);
  add('shipped', 'shippedAt', order.shippedAt, order.shippingMethod);
  add('ship_by_agreed', 'shipBy', order.shipBy);
  add('delivery_agreed', 'deliverBy', order.deliverBy);
  for (const [i, d] of (order.dates ?? []).entries()) add(d.type, `dates[${i}]`, d.at);

  const status = order.status?.trim().replace(/\s+/g, ' ');
  const known = status ? STATUS_STEPS.find((s) => s.pattern.test(status.toLowerCase())) : undefined;
  const implied = (known?.steps ?? [])
    .filter((type) => !events.some((e) => e.type === type))
    .map((type) => ({
      type,
      because: `The order status "${status}" means this happened; the page gives no date.`,
    }));

  return {
    events: events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    implied,
    unreadable,
    ...(status && !known ? { unknownStatus: status } : {}),
  };
}
