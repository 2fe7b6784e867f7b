import type { ShippingMethod } from '../model/timeline';
import { findEvent, PENDING_WORDS, type PlacedEvent } from './order-events';
import { type DeadlineRule, offsetDays } from './policy';
import type { BuyerTier, ComputedDeadline, PendingDeadline } from './types';
import { addCalendarDays, describeMoment, toOffsetIso, type ZonedMoment } from './zoned-time';

export interface RuleContext {
  events: readonly PlacedEvent[];
  buyerTier: BuyerTier;
  shippingMethod?: ShippingMethod;
  now: Date;
  timeZone: string;
}

export function endOfDayNote(moment: ZonedMoment, timeZone: string): string {
  return moment.dateOnly
    ? ` (a date without a time counts as the end of that day, 23:59:59 ${timeZone})`
    : '';
}

/** One policy rule applied to the order: a dated deadline, or "pending" when its start event has not happened. */
export function applyRule(rule: DeadlineRule, ctx: RuleContext): ComputedDeadline | PendingDeadline {
  const anchor = findEvent(ctx.events, rule.anchor, rule.occurrence);
  if (!anchor) {
    return {
      id: rule.id,
      label: rule.label,
      startsWhen: rule.anchor,
      why: `Starts when ${PENDING_WORDS[rule.anchor]}; not recorded yet.`,
    };
  }
  const { days, why } = offsetDays(rule.offset, {
    buyerTier: ctx.buyerTier,
    shippingMethod: ctx.shippingMethod,
  });
  const due = addCalendarDays(anchor.moment.at, days);
  const when = `${describeMoment(anchor.moment)}${endOfDayNote(anchor.moment, ctx.timeZone)}`;
  const basis =
    days === 0
      ? `${capitalise(rule.anchorPhrase)}: ${when}`
      : `${days} calendar days${why} after ${rule.anchorPhrase} on ${when}`;

  const settled = settlement(rule, ctx.events, due.getTime());
  const status = settled ? 'not-applicable' : due.getTime() <= ctx.now.getTime() ? 'passed' : 'open';
  return {
    id: rule.id,
    label: rule.label,
    dueAt: toOffsetIso(due),
    kind: rule.kind,
    basis,
    source: rule.source,
    whatToDo: settled
      ? 'Nothing to do for this date.'
      : rule.whatToDo[status === 'passed' ? 'passed' : 'open'],
    status,
    stated: false,
    anchor: rule.anchor,
    ...(settled ? { note: settled } : lateNote(rule, ctx.events, due.getTime())),
  };
}

/** The note when a later event makes the rule moot (receipt confirmed, shipped on time …). */
function settlement(rule: DeadlineRule, events: readonly PlacedEvent[], dueMs: number): string | undefined {
  if (!rule.settledBy) return undefined;
  const { event, beforeDueOnly, note } = rule.settledBy;
  const hit = findEvent(events, event, 'earliest');
  if (!hit || (beforeDueOnly && hit.moment.at.getTime() > dueMs)) return undefined;
  return note.replace('{date}', describeMoment(hit.moment));
}

/** A shipment after the agreed date is itself a reason to claim: say so. */
function lateNote(rule: DeadlineRule, events: readonly PlacedEvent[], dueMs: number): { note?: string } {
  if (rule.settledBy?.event !== 'shipped') return {};
  const shipped = findEvent(events, 'shipped', 'earliest');
  if (!shipped || shipped.moment.at.getTime() <= dueMs) return {};
  return {
    note: `Shipped late, on ${describeMoment(shipped.moment)}: Trade Assurance covers a late shipment: you can claim for it while the claim window is open.`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
