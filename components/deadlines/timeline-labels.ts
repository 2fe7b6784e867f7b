import {
  type EventSource,
  SHIPPING_METHOD_LABEL,
  type ShippingMethod,
  type TimelineEventType,
} from '../../lib/model/timeline';
import { formatInstant } from './zoned-format';

export const EVENT_LABEL: Record<TimelineEventType, string> = {
  order_placed: 'Order placed',
  deposit_paid: 'Deposit paid',
  balance_paid: 'Balance paid',
  ship_by_agreed: 'Agreed shipment date',
  delivery_agreed: 'Agreed delivery date',
  shipped: 'Shipped',
  delivered: 'Delivered',
  receipt_confirmed: 'Receipt confirmed',
  dispute_opened: 'Dispute opened',
  supplier_responded: 'Supplier responded',
  escalated: 'Dispute escalated to the marketplace',
  inspection_failed: 'Inspection failed',
  refund_requested: 'Refund requested',
  mediation_requested: 'Mediation requested',
};

export const SHIPPING_LABEL: Record<ShippingMethod, string> = SHIPPING_METHOD_LABEL;

/** Agreed dates are calendar days in the contract, not moments: they take a date input. */
export function isDateOnlyType(type: TimelineEventType): boolean {
  return type === 'ship_by_agreed' || type === 'delivery_agreed';
}

/** Agreed dates lie in the future; every other event has already happened. */
export function mayBeInFuture(type: TimelineEventType): boolean {
  return isDateOnlyType(type);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'a page';
  }
}

/** "read from biz.alibaba.com on …" or "entered by you on …". */
export function describeSource(source: EventSource, timeZone: string): string {
  if (source.kind === 'page')
    return `read from ${hostOf(source.url)} on ${formatInstant(new Date(source.readAt), timeZone)}`;
  return `entered by you on ${formatInstant(new Date(source.enteredAt), timeZone)}`;
}
