import { computeDeadlines } from '../deadlines/compute';
import type { OrderTimelineData } from '../deadlines/timeline-from-order';
import type { DeadlineResult } from '../deadlines/types';
import type { OrderFacts } from '../model/order';
import type { ShippingMethod, TimelineEvent } from '../model/timeline';
import type { Settings } from '../settings/schema';

/**
 * The deadlines of one tracked order: its timeline (read from pages or
 * entered by the buyer) + the page's own stated deadlines + the policy.
 */
export function orderTimelineData(facts: OrderFacts): OrderTimelineData {
  const data: OrderTimelineData = { dates: facts.dates };
  if (facts.status) data.status = facts.status;
  if (facts.shipBy) data.shipBy = facts.shipBy;
  if (facts.deliverBy) data.deliverBy = facts.deliverBy;
  if (facts.shippingMethod) data.shippingMethod = facts.shippingMethod;
  if (facts.createdAt) data.createdAt = facts.createdAt;
  if (facts.paidAt) data.paidAt = facts.paidAt;
  if (facts.shippedAt) data.shippedAt = facts.shippedAt;
  return data;
}

export function deadlinesForOrder(
  facts: OrderFacts,
  events: readonly TimelineEvent[],
  settings: Settings,
  opts: { now: Date; timeZone: string },
): DeadlineResult {
  const shipped = [...events].reverse().find((e) => e.type === 'shipped' && e.shippingMethod);
  const shippingMethod: ShippingMethod | undefined =
    shipped?.shippingMethod ?? facts.shippingMethod ?? undefined;
  return computeDeadlines(
    {
      marketplace: facts.marketplace,
      buyerTier: settings.buyerTier,
      ...(shippingMethod ? { shippingMethod } : {}),
      ...(facts.shipBy ? { shipBy: facts.shipBy } : {}),
      ...(facts.deliverBy ? { deliverBy: facts.deliverBy } : {}),
      stated: facts.statedDeadlines,
      events: events.map((e) => ({
        type: e.type,
        at: e.at,
        ...(e.shippingMethod ? { shippingMethod: e.shippingMethod } : {}),
      })),
    },
    { now: opts.now, timeZone: opts.timeZone, preset: settings.deadlinePreset },
  );
}
