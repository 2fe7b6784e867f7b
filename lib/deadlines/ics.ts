import ICAL from 'ical.js';
import { type Alarm, createEvents, type EventAttributes } from 'ics';
import { formatDeadlineIn } from '../i18n/format';
import { english, type Translator } from '../i18n/translate';
import { DEFAULT_LEAD_TIMES, type LeadTime, leadMinutes } from './lead-times';
import type { ComputedDeadline } from './types';

/**
 * One calendar file for the buyer's orders, importable into Google Calendar,
 * Outlook and Apple Calendar: UTC times, CRLF, lines folded at 75 octets,
 * PRODID and METHOD:PUBLISH. UIDs are stable per order + deadline id, so
 * importing a newer file updates the events instead of duplicating them.
 */

export interface OrderDeadlines {
  orderId: string;
  /** Shown in the event title; written by the seller or buyer, so it is shortened and escaped, never trusted. */
  title: string;
  deadlines: readonly ComputedDeadline[];
}

export interface IcsOptions {
  now: Date;
  /** The buyer's language for titles and descriptions (English by default, as the command line writes). */
  t?: Translator;
  leadTimes?: readonly LeadTime[];
}

const PRODUCT_ID = '-//TradeGuard//Claim deadlines//EN';
const TITLE_MAX = 60;

export function deadlineUid(orderId: string, deadlineId: string): string {
  return `${orderId.replace(/[^A-Za-z0-9._-]/g, '-')}.${deadlineId}@tradeguard`;
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > TITLE_MAX ? `${t.slice(0, TITLE_MAX - 1)}…` : t;
}

/** A deadline's words in `t`'s language; results stored before deadlines carried messages keep their English. */
function wordsOf(d: ComputedDeadline, t: Translator) {
  // English: the strings the command line prints too, word for word.
  const x = t.language === 'en' ? undefined : d.text;
  return {
    label: x ? t.render(x.label) : d.label,
    basis: x ? t.render(x.basis) : d.basis,
    whatToDo: x ? t.render(x.whatToDo) : d.whatToDo,
    note: x?.note ? t.render(x.note) : d.note,
  };
}

function description(d: ComputedDeadline, t: Translator): string {
  const w = wordsOf(d, t);
  // English keeps the ISO date (what the file has always said); other languages read it as they write dates.
  const when = t.language === 'en' ? d.dueAt : formatDeadlineIn(t.language, d.dueAt, 'UTC');
  return [
    d.kind === 'available-from'
      ? t.t('deadlines.ics.availableFrom', { when })
      : t.t('deadlines.ics.deadline', { when }),
    t.t('deadlines.ics.why', { basis: w.basis }),
    t.t('deadlines.ics.whatToDo', { todo: w.whatToDo }),
    w.note ? t.t('deadlines.ics.note', { note: w.note }) : '',
    t.t('deadlines.ics.source', { source: d.source.label, ref: d.source.ref, id: d.id }),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Alarms that still lie ahead; a deadline reminds at each lead time, an "available from" date once, on time. */
function alarms(d: ComputedDeadline, leadTimes: readonly LeadTime[], now: Date, t: Translator): Alarm[] {
  const w = wordsOf(d, t);
  const due = Date.parse(d.dueAt);
  if (d.status !== 'open' || d.overriddenBy) return [];
  if (d.kind === 'available-from') return [{ action: 'display', description: w.label, trigger: due }];
  return leadTimes
    .filter((lead) => due - leadMinutes(lead) * 60_000 > now.getTime())
    .map((lead) => ({
      action: 'display',
      description: `${w.label}: ${w.whatToDo}`,
      // Hours and minutes only: "P7DT" (what the ics library writes for whole days) is not valid RFC 5545.
      trigger: { before: true, hours: Math.floor(leadMinutes(lead) / 60), minutes: leadMinutes(lead) % 60 },
    }));
}

export function deadlinesToIcs(orders: readonly OrderDeadlines[], opts: IcsOptions): string {
  const leadTimes = opts.leadTimes ?? DEFAULT_LEAD_TIMES;
  const t = opts.t ?? english;
  // A sequence that grows with each export lets Outlook and Apple accept the newer copy of an event.
  const sequence = Math.floor(opts.now.getTime() / 60_000);
  const events: EventAttributes[] = orders.flatMap((order) =>
    order.deadlines
      .filter((d) => d.status !== 'not-applicable')
      .map((d) => {
        const due = Date.parse(d.dueAt);
        const event: EventAttributes & { timestamp: number } = {
          uid: deadlineUid(order.orderId, d.id),
          title: t.t(
            d.kind === 'available-from' ? 'deadlines.ics.titleFrom' : 'deadlines.ics.titleDeadline',
            {
              label: wordsOf(d, t).label,
              order: shorten(order.orderId),
              title: shorten(order.title),
            },
          ),
          start: due,
          startInputType: 'utc',
          startOutputType: 'utc',
          end: due,
          endInputType: 'utc',
          endOutputType: 'utc',
          description: description(d, t),
          categories: ['TradeGuard', d.stated ? 'Stated on order page' : 'Policy'],
          status: 'CONFIRMED',
          transp: 'TRANSPARENT',
          sequence,
          timestamp: opts.now.getTime(),
          alarms: alarms(d, leadTimes, opts.now, t),
        };
        return event;
      }),
  );
  const { error, value } = createEvents(events, {
    productId: PRODUCT_ID,
    method: 'PUBLISH',
    calName: 'TradeGuard deadlines',
  });
  if (error || !value)
    throw new Error(`Could not build the calendar file: ${error?.message ?? 'empty output'}`);
  const ics = foldAt75Octets(value);
  assertParses(ics, events.length);
  return ics;
}

/**
 * RFC 5545 limits lines to 75 octets; the ics library counts characters, so
 * lines with non-ASCII text (titles, quotes) can run longer. Unfold and refold
 * by UTF-8 octets without splitting a character.
 */
export function foldAt75Octets(ics: string): string {
  const encoder = new TextEncoder();
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const folded = lines.map((line) => {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    for (const ch of line) {
      const size = encoder.encode(ch).length;
      const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
      if (octets + size > limit) {
        parts.push(current);
        current = '';
        octets = 0;
      }
      current += ch;
      octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
  });
  return folded.join('\r\n');
}

/** The file must read back: every event present, each with a start date. */
function assertParses(ics: string, expectedEvents: number): void {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== expectedEvents || vevents.some((v) => !v.getFirstPropertyValue('dtstart'))) {
    throw new Error(`Calendar file did not read back: ${vevents.length} of ${expectedEvents} events`);
  }
}
