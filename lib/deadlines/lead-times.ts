import type { PluralKey } from '../i18n/keys';
import { english, type Translator } from '../i18n/translate';

/** How long before a deadline the buyer wants to be reminded. */
export interface LeadTime {
  days?: number;
  hours?: number;
  minutes?: number;
}

/** 7 days, 3 days, 1 day and 12 hours before: time to gather evidence, then a last call. */
export const DEFAULT_LEAD_TIMES: readonly LeadTime[] = [{ days: 7 }, { days: 3 }, { days: 1 }, { hours: 12 }];

export function leadMinutes(lead: LeadTime): number {
  return ((lead.days ?? 0) * 24 + (lead.hours ?? 0)) * 60 + (lead.minutes ?? 0);
}

/** "7d", "12h", "1d12h", "30m": part of deterministic alarm names. */
export function leadLabel(lead: LeadTime): string {
  const total = leadMinutes(lead);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  return `${d ? `${d}d` : ''}${h ? `${h}h` : ''}${m ? `${m}m` : ''}` || '0m';
}

/** "7 days", "12 hours", "1 day 12 hours" for messages, in the buyer's language ("7 días", "12 小时"). */
export function leadWords(lead: LeadTime, t: Translator = english): string {
  const total = leadMinutes(lead);
  const parts: [number, PluralKey][] = [
    [Math.floor(total / 1440), 'deadlines.reminder.days'],
    [Math.floor((total % 1440) / 60), 'deadlines.reminder.hours'],
    [total % 60, 'deadlines.reminder.minutes'],
  ];
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([n, key]) => t.plural(key, n))
      .join(' ') || t.t('deadlines.reminder.now')
  );
}
