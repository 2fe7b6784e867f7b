import { format } from 'date-fns';
import { z } from 'zod';
import type { MessageKey } from '../i18n/keys';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import { MsgSchema } from '../i18n/msg-schema';
import type { ShippingMethod, TimelineEventType } from '../model/timeline';
import type { ZonedMoment } from './zoned-time';

/**
 * A deadline's words as messages, for the buyer's language (the side panel, reminders, the
 * calendar file). The English strings beside them stay for the command line and stored results.
 */
export const DeadlineTextSchema = z.object({
  label: MsgSchema,
  basis: MsgSchema,
  whatToDo: MsgSchema,
  note: MsgSchema.optional(),
});
export type DeadlineText = z.infer<typeof DeadlineTextSchema>;

export const PendingTextSchema = z.object({ label: MsgSchema, why: MsgSchema });
export type PendingText = z.infer<typeof PendingTextSchema>;

/** "the supplier ships": completes "starts when …". */
export const PENDING_KEY: Record<TimelineEventType, MessageKey> = {
  order_placed: 'deadlines.pending.order_placed',
  deposit_paid: 'deadlines.pending.deposit_paid',
  balance_paid: 'deadlines.pending.balance_paid',
  ship_by_agreed: 'deadlines.pending.ship_by_agreed',
  delivery_agreed: 'deadlines.pending.delivery_agreed',
  shipped: 'deadlines.pending.shipped',
  delivered: 'deadlines.pending.delivered',
  receipt_confirmed: 'deadlines.pending.receipt_confirmed',
  dispute_opened: 'deadlines.pending.dispute_opened',
  supplier_responded: 'deadlines.pending.supplier_responded',
  escalated: 'deadlines.pending.escalated',
  inspection_failed: 'deadlines.pending.inspection_failed',
  refund_requested: 'deadlines.pending.refund_requested',
  mediation_requested: 'deadlines.pending.mediation_requested',
};

/** "Shipped", "Receipt confirmed": an event's name on the timeline. */
export const EVENT_KEY: Record<TimelineEventType, MessageKey> = {
  order_placed: 'deadlines.event.order_placed',
  deposit_paid: 'deadlines.event.deposit_paid',
  balance_paid: 'deadlines.event.balance_paid',
  ship_by_agreed: 'deadlines.event.ship_by_agreed',
  delivery_agreed: 'deadlines.event.delivery_agreed',
  shipped: 'deadlines.event.shipped',
  delivered: 'deadlines.event.delivered',
  receipt_confirmed: 'deadlines.event.receipt_confirmed',
  dispute_opened: 'deadlines.event.dispute_opened',
  supplier_responded: 'deadlines.event.supplier_responded',
  escalated: 'deadlines.event.escalated',
  inspection_failed: 'deadlines.event.inspection_failed',
  refund_requested: 'deadlines.event.refund_requested',
  mediation_requested: 'deadlines.event.mediation_requested',
};

export { SHIPPING_KEY } from './shipping-keys';

export const SHIPPING_BY_KEY: Record<ShippingMethod, MessageKey> = {
  express: 'deadlines.basis.shippingBy.express',
  air: 'deadlines.basis.shippingBy.air',
  sea: 'deadlines.basis.shippingBy.sea',
  land: 'deadlines.basis.shippingBy.land',
  post: 'deadlines.basis.shippingBy.post',
};

/** The events a stated sentence can count from ("15 days after delivery"), as the page's phrase reads. */
export const STATED_EVENT_KEY: Partial<Record<TimelineEventType, MessageKey>> = {
  receipt_confirmed: 'deadlines.stated.eventWords.receipt_confirmed',
  refund_requested: 'deadlines.stated.eventWords.refund_requested',
  dispute_opened: 'deadlines.stated.eventWords.dispute_opened',
  order_placed: 'deadlines.stated.eventWords.order_placed',
  delivered: 'deadlines.stated.eventWords.delivered',
  shipped: 'deadlines.stated.eventWords.shipped',
  deposit_paid: 'deadlines.stated.eventWords.deposit_paid',
};

/** A stated action's label and what to do, by the action's slug (stated-phrases.ts). */
export const ACTION_KEYS: Record<string, { label: MessageKey; todo: MessageKey }> = {
  'return-refund': {
    label: 'deadlines.stated.action.returnRefund.label',
    todo: 'deadlines.stated.action.returnRefund.todo',
  },
  mediation: {
    label: 'deadlines.stated.action.mediation.label',
    todo: 'deadlines.stated.action.mediation.todo',
  },
  dispute: { label: 'deadlines.stated.action.dispute.label', todo: 'deadlines.stated.action.dispute.todo' },
  'confirm-receipt': {
    label: 'deadlines.stated.action.confirmReceipt.label',
    todo: 'deadlines.stated.action.confirmReceipt.todo',
  },
  'extend-protection': {
    label: 'deadlines.stated.action.extendProtection.label',
    todo: 'deadlines.stated.action.extendProtection.todo',
  },
  protection: {
    label: 'deadlines.stated.action.protection.label',
    todo: 'deadlines.stated.action.protection.todo',
  },
  return: { label: 'deadlines.stated.action.return.label', todo: 'deadlines.stated.action.return.todo' },
  refund: { label: 'deadlines.stated.action.refund.label', todo: 'deadlines.stated.action.refund.todo' },
  deadline: {
    label: 'deadlines.stated.action.deadline.label',
    todo: 'deadlines.stated.action.deadline.todo',
  },
};

/** "12 June 2026, 10:00" / the end of a bare date, with the zone said: formatted in the buyer's language later. */
export function momentMsg(moment: ZonedMoment, timeZone: string): Msg {
  const day = { day: format(moment.at, 'yyyy-MM-dd') };
  return moment.dateOnly
    ? msg('deadlines.basis.dayEnd', { day, zone: timeZone })
    : msg('deadlines.basis.dayTime', { day, time: format(moment.at, 'HH:mm') });
}

/** The same moment without the end-of-day remark (settled notes: "shipped on …"). */
export function plainMomentMsg(moment: ZonedMoment): MsgParam {
  const day = { day: format(moment.at, 'yyyy-MM-dd') };
  return moment.dateOnly ? day : msg('deadlines.basis.dayTime', { day, time: format(moment.at, 'HH:mm') });
}
