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
): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  for (const order of orders) {
    for (const d of order.deadlines.filter((x) => remindsFor(x, order.binding))) {
      const due = Date.parse(d.dueAt);
      for (const lead of leadTimes) {
        const when = due - leadMinutes(lead) * 60_000;
        if (when <= now.getTime()) continue;
        plan.push({
          alarmName: alarmName(order.orderId, d.id, lead),
          when: new Date(when).toISOString(),
          orderId: order.orderId,
          deadlineId: d.id,
          title: `${d.label}: ${leadWords(lead)} left`,
          message: `Order ${order.orderId} (${order.title}): ${d.label} on ${d.dueAt}. ${d.whatToDo}`,
        });
      }
    }
  }
  return plan.sort((a, b) => a.when.localeCompare(b.when) || a.alarmName.localeCompare(b.alarmName));
}
