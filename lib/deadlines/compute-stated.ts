import type { TZDate } from '@date-fns/tz';
import { type Msg, msg } from '../i18n/msg';
import type { RuleSource } from '../model/finding';
import { endOfDayNote } from './compute-rules';
import { findEvent, PENDING_WORDS, type PlacedEvent } from './order-events';
import type { StatedDeadline } from './stated';
import { ACTION_KEYS, momentMsg, PENDING_KEY, plainMomentMsg, STATED_EVENT_KEY } from './text';
import type { ComputedDeadline, PendingDeadline } from './types';
import {
  addCalendarDays,
  describeDay,
  describeMoment,
  endOfCalendarDay,
  inZone,
  toOffsetIso,
} from './zoned-time';

export const ORDER_PAGE_SOURCE: RuleSource = {
  label: 'Stated on this order’s own page (takes precedence over general rules for this order)',
  ref: 'order page',
};

const QUOTE_MAX = 240;

function quoted(text: string): string {
  return `"${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text}"`;
}

/** Dates a stated deadline; "pending" when it counts from an event that has not happened yet. */
export function applyStated(
  stated: StatedDeadline,
  ctx: { events: readonly PlacedEvent[]; now: Date; timeZone: string },
): ComputedDeadline | PendingDeadline {
  const { timing } = stated;
  let due: TZDate;
  let basis: string;
  let basisMsg: Msg;
  const quote = quoted(stated.quote);
  if (timing.type === 'after-event') {
    const anchor = findEvent(ctx.events, timing.event, 'earliest');
    if (!anchor) {
      return {
        id: stated.id,
        label: stated.label,
        startsWhen: timing.event,
        why: `The order page states it (${quoted(stated.quote)}); it starts when ${PENDING_WORDS[timing.event]}.`,
        text: {
          label: labelMsg(stated),
          why: msg('deadlines.pending.whyStated', { quote, event: { key: PENDING_KEY[timing.event] } }),
        },
      };
    }
    due = addCalendarDays(anchor.moment.at, timing.days);
    basis =
      `${timing.days} days after ${timing.eventWords} on ${describeMoment(anchor.moment)}` +
      `${endOfDayNote(anchor.moment, ctx.timeZone)}, as the order page states: ${quoted(stated.quote)}` +
      (timing.businessDays
        ? ' (the page counts business days; counted here as calendar days, the earliest it can be)'
        : '');
    const eventKey = STATED_EVENT_KEY[timing.event] ?? PENDING_KEY[timing.event];
    basisMsg = msg(
      timing.businessDays ? 'deadlines.stated.afterEventBusiness' : 'deadlines.stated.afterEvent',
      {
        days: timing.days,
        event: { key: eventKey },
        when: momentMsg(anchor.moment, ctx.timeZone),
        quote,
      },
    );
  } else if (timing.type === 'on-date') {
    const { year, month, day, yearInferred } = timing.date;
    due = endOfCalendarDay(year, month, day, ctx.timeZone);
    basis =
      `The date the order page states, ${describeDay(due)}${yearInferred ? ' (the page gave no year; the nearest one is assumed)' : ''}, ` +
      `read as the end of that day (23:59:59 ${ctx.timeZone}): ${quoted(stated.quote)}`;
    const ymd = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    basisMsg = msg(yearInferred ? 'deadlines.stated.onDateNoYear' : 'deadlines.stated.onDate', {
      day: { day: ymd },
      zone: ctx.timeZone,
      quote,
    });
  } else {
    due = inZone(new Date(ctx.now.getTime() + timing.milliseconds), ctx.timeZone);
    basis = `The order page’s countdown "${timing.text}", counted from ${describeMoment({ at: inZone(ctx.now, ctx.timeZone), dateOnly: false })} (when it was read): ${quoted(stated.quote)}`;
    basisMsg = msg('deadlines.stated.countdown', {
      text: `"${timing.text}"`,
      when: momentMsg({ at: inZone(ctx.now, ctx.timeZone), dateOnly: false }, ctx.timeZone),
      quote,
    });
  }

  const delivered = stated.settledByDelivery ? findEvent(ctx.events, 'delivered', 'earliest') : undefined;
  const settled = delivered && delivered.moment.at.getTime() <= due.getTime();
  const status = settled ? 'not-applicable' : due.getTime() <= ctx.now.getTime() ? 'passed' : 'open';
  return {
    id: stated.id,
    label: stated.label,
    dueAt: toOffsetIso(due),
    kind: stated.kind,
    basis,
    source: ORDER_PAGE_SOURCE,
    whatToDo: whatToDo(stated, status),
    status,
    stated: true,
    anchor: timing.type === 'after-event' ? timing.event : null,
    quote: stated.quote,
    ...(settled && delivered
      ? { note: `Delivered on ${describeMoment(delivered.moment)}, before this date.` }
      : {}),
    text: {
      label: labelMsg(stated),
      basis: basisMsg,
      whatToDo: whatToDoMsg(stated, status),
      ...(settled && delivered
        ? { note: msg('deadlines.stated.delivered', { date: plainMomentMsg(delivered.moment) }) }
        : {}),
    },
  };
}

function actionKeys(stated: StatedDeadline) {
  return stated.action === 'refund-if-no-delivery'
    ? ({
        label: 'deadlines.stated.refundIfNoDelivery',
        todo: 'deadlines.stated.refundIfNoDeliveryTodo',
      } as const)
    : (ACTION_KEYS[stated.action] ?? ACTION_KEYS.deadline!);
}

/** "Open a dispute (order page)": the action in the buyer's language, and where it was read. */
function labelMsg(stated: StatedDeadline): Msg {
  const keys = actionKeys(stated);
  if (stated.action === 'refund-if-no-delivery') return { key: keys.label };
  const action: Msg = { key: keys.label };
  return stated.timing.type === 'countdown'
    ? msg('deadlines.stated.labelCountdown', { action })
    : msg('deadlines.stated.label', { action });
}

function whatToDoMsg(stated: StatedDeadline, status: ComputedDeadline['status']): Msg {
  if (status === 'not-applicable') return msg('deadlines.rule.nothingToDo');
  const todo: Msg = { key: actionKeys(stated).todo };
  if (stated.kind === 'available-from')
    return status === 'passed'
      ? msg('deadlines.stated.canNow', { todo })
      : msg('deadlines.stated.fromDate', { todo });
  return status === 'passed' ? msg('deadlines.stated.passed') : msg('deadlines.stated.before', { todo });
}

function whatToDo(stated: StatedDeadline, status: ComputedDeadline['status']): string {
  if (status === 'not-applicable') return 'Nothing to do for this date.';
  if (stated.kind === 'available-from')
    return status === 'passed' ? `You can now: ${stated.todo}.` : `From this date: ${stated.todo}.`;
  return status === 'passed'
    ? 'This date from the order page has passed. If you still have a problem, contact the marketplace’s support with the order number and your evidence.'
    : `Before this date: ${stated.todo}. The order page sets this date itself, so it counts for this order.`;
}
