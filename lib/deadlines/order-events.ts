import type { ShippingMethod, TimelineEventType } from '../model/timeline';
import type { ParsedDeadlineInput } from './types';
import { readMoment, type ZonedMoment } from './zoned-time';

export interface PlacedEvent {
  type: TimelineEventType;
  moment: ZonedMoment;
  shippingMethod?: ShippingMethod;
}

/** The order's events in the buyer's zone, oldest first; `shipBy`/`deliverBy` become agreed-date events. */
export function placeEvents(input: ParsedDeadlineInput, timeZone: string): PlacedEvent[] {
  const raw = [...input.events];
  if (input.shipBy) raw.push({ type: 'ship_by_agreed', at: input.shipBy });
  if (input.deliverBy) raw.push({ type: 'delivery_agreed', at: input.deliverBy });
  return raw
    .map((e) => ({ type: e.type, moment: readMoment(e.at, timeZone), shippingMethod: e.shippingMethod }))
    .sort((a, b) => a.moment.at.getTime() - b.moment.at.getTime());
}

export function findEvent(
  events: readonly PlacedEvent[],
  type: TimelineEventType,
  occurrence: 'earliest' | 'latest' = 'earliest',
): PlacedEvent | undefined {
  const matching = events.filter((e) => e.type === type);
  return occurrence === 'earliest' ? matching[0] : matching[matching.length - 1];
}

/** The declared method wins; otherwise the one recorded on the shipment. */
export function shippingMethodOf(
  input: ParsedDeadlineInput,
  events: readonly PlacedEvent[],
): ShippingMethod | undefined {
  return input.shippingMethod ?? events.find((e) => e.type === 'shipped' && e.shippingMethod)?.shippingMethod;
}

/** "Starts when …" wording for deadlines whose start event has not happened yet. */
export const PENDING_WORDS: Record<TimelineEventType, string> = {
  order_placed: 'the order is placed',
  deposit_paid: 'you pay',
  balance_paid: 'you pay the balance',
  ship_by_agreed: 'a shipment date is agreed in the order',
  delivery_agreed: 'a delivery date is specified in the order',
  shipped: 'the supplier ships',
  delivered: 'the goods are delivered',
  receipt_confirmed: 'you confirm receipt',
  dispute_opened: 'you open a dispute',
  supplier_responded: 'the supplier responds',
  escalated: 'the dispute is escalated',
  inspection_failed: 'an inspection fails',
  refund_requested: 'you request a refund',
  mediation_requested: 'you ask for mediation',
};
