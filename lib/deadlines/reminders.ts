import { formatDeadlineIn } from '../i18n/format';
import { english, type Translator } from '../i18n/translate';
import { type LeadTime, leadLabel, leadMinutes, leadWords } from './lead-times';
import type { ComputedDeadline } from './types';

/**
 * Which browser alarms to (re)create. Names are deterministic, so creating
 * the plan again after the service worker restarts replaces alarms instead of
 * duplicating them; only binding and stated deadlines remind, only ahead of now.
 * Pass DEFAULT_LEAD_TIMES (lead-times.ts) unless the buyer chose others.
 */

export interface ReminderOrder {
  orderId: string;
  title: string;
  deadlines: readonly ComputedDeadline[];
  binding: string | null;
  /** The buyer's zone: the due date is written there, the zone named. Without it, the ISO date. */
  timeZone?: string;
}

export interface PlannedReminder {
  /** `tradeguard:<orderId>:<deadlineId>:<lead>`, e.g. "tradeguard:1234:claim-after-confirmation:7d". */
  alarmName: string;
  /** ISO-8601 UTC instant to fire at. */
  when: string;
  orderId: string;
  deadlineId: string;
  title: string;
  message: string;
}

export function alarmName(orderId: string, deadlineId: string, lead: LeadTime): string {
  return `tradeguard:${orderId}:${deadlineId}:${leadLabel(lead)}`;
}

function remindsFor(d: ComputedDeadline, binding: string | null): boolean {
  if (d.status !== 'open') return false;
  return d.id === binding || (d.stated && d.kind === 'deadline');
}

export function planReminders(
  orders: readonly ReminderOrder[],
  leadTimes: readonly LeadTime[],
  now: Date,
  /** The buyer's language (the notification is written when planned). */
  t: Translator = english,
): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  for (const order of orders) {
    for (const d of order.deadlines.filter((x) => remindsFor(x, order.binding))) {
      const due = Date.parse(d.dueAt);
      const label = d.text ? t.render(d.text.label) : d.label;
      for (const lead of leadTimes) {
        const when = due - leadMinutes(lead) * 60_000;
        if (when <= now.getTime()) continue;
        plan.push({
          alarmName: alarmName(order.orderId, d.id, lead),
          when: new Date(when).toISOString(),
          orderId: order.orderId,
          deadlineId: d.id,
          title: t.t('deadlines.reminder.title', { label, lead: leadWords(lead, t) }),
          message: t.t('deadlines.reminder.message', {
            order: order.orderId,
            title: order.title,
            label,
            when: order.timeZone ? formatDeadlineIn(t.language, d.dueAt, order.timeZone) : d.dueAt,
            todo: d.text ? t.render(d.text.whatToDo) : d.whatToDo,
          }),
        });
      }
    }
  }
  return plan.sort((a, b) => a.when.localeCompare(b.when) || a.alarmName.localeCompare(b.alarmName));
}
