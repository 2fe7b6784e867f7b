import { type Msg, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { ShippingMethod } from '../model/timeline';
import { findEvent, PENDING_WORDS, type PlacedEvent } from './order-events';
import { type DeadlineRule, offsetDays } from './policy';
import { momentMsg, PENDING_KEY, plainMomentMsg } from './text';
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
      text: {
        label: { key: rule.keys.label },
        why: msg('deadlines.pending.why', { event: { key: PENDING_KEY[rule.anchor] } }),
      },
    };
  }
  const { days, why, whyKey } = offsetDays(rule.offset, {
    buyerTier: ctx.buyerTier,
    shippingMethod: ctx.shippingMethod,
  });
  const due = addCalendarDays(anchor.moment.at, days);
  const when = `${describeMoment(anchor.moment)}${endOfDayNote(anchor.moment, ctx.timeZone)}`;
  const basis =
    days === 0
      ? `${capitalise(rule.anchorPhrase)}: ${when}`
      : `${days} calendar days${why} after ${rule.anchorPhrase} on ${when}`;

  const whenMsg = momentMsg(anchor.moment, ctx.timeZone);
  const anchorMsg: Msg = { key: rule.keys.anchor };
  const basisMsg =
    days === 0
      ? msg('deadlines.basis.onDay', {
          anchor: { key: rule.keys.anchorTitle ?? rule.keys.anchor },
          when: whenMsg,
        })
      : whyKey
        ? msg('deadlines.basis.afterWhy', { days, why: { key: whyKey }, anchor: anchorMsg, when: whenMsg })
        : msg('deadlines.basis.after', { days, anchor: anchorMsg, when: whenMsg });

  const settledBy = settlement(rule, ctx.events, due.getTime());
  const settled = settledBy?.note;
  const status = settled ? 'not-applicable' : due.getTime() <= ctx.now.getTime() ? 'passed' : 'open';
  const late = settled ? {} : lateNote(rule, ctx.events, due.getTime());
  const todoMsg: Msg = settled
    ? { key: 'deadlines.rule.nothingToDo' }
    : status === 'passed'
      ? { key: rule.keys.passed }
      : { key: rule.keys.open, ...(rule.keys.openParams ? { params: rule.keys.openParams } : {}) };
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
    ...(settled ? { note: settled } : late.note ? { note: late.note } : {}),
    text: {
      label: { key: rule.keys.label },
      basis: basisMsg,
      whatToDo: todoMsg,
      ...(settledBy ? { note: settledBy.text } : late.text ? { note: late.text } : {}),
    },
  };
}

/** The note when a later event makes the rule moot (receipt confirmed, shipped on time …). */
function settlement(
  rule: DeadlineRule,
  events: readonly PlacedEvent[],
  dueMs: number,
): { note: string; text: Msg } | undefined {
  const key = rule.keys.settled;
  if (!rule.settledBy || !key) return undefined;
  const { event, beforeDueOnly } = rule.settledBy;
  const hit = findEvent(events, event, 'earliest');
  if (!hit || (beforeDueOnly && hit.moment.at.getTime() > dueMs)) return undefined;
  return {
    note: english.render({ key, params: { date: describeMoment(hit.moment) } }),
    text: { key, params: { date: plainMomentMsg(hit.moment) } },
  };
}

/** A shipment after the agreed date is itself a reason to claim: say so. */
function lateNote(
  rule: DeadlineRule,
  events: readonly PlacedEvent[],
  dueMs: number,
): { note?: string; text?: Msg } {
  const key = rule.keys.late;
  if (rule.settledBy?.event !== 'shipped' || !key) return {};
  const shipped = findEvent(events, 'shipped', 'earliest');
  if (!shipped || shipped.moment.at.getTime() <= dueMs) return {};
  return {
    note: english.render({ key, params: { date: describeMoment(shipped.moment) } }),
    text: { key, params: { date: plainMomentMsg(shipped.moment) } },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
