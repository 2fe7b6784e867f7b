import { format } from 'date-fns';
import { describeDay, inZone, readMoment } from '../deadlines/zoned-time';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { RuleSource } from '../model/finding';
import { formatMoney, type Money } from '../model/money';

/** Small wording helpers shared by the draft's parts. */

/** "20 November 2026" for a calendar date or an instant (in the buyer's zone); the raw text if unreadable. */
export function day(value: string, timeZone: string): string {
  try {
    return describeDay(readMoment(value, timeZone).at);
  } catch {
    return value;
  }
}

export function today(now: Date, timeZone: string): string {
  return describeDay(inZone(now, timeZone));
}

export function money(m: Money | null | undefined): string {
  return m ? formatMoney(m) : 'unknown';
}

/** "(Source: How to Use Alibaba Trade Assurance (Jing Sourcing), step 3 — https://…)" */
export function citation(source: RuleSource): string {
  return `(Source: ${source.label} — ${source.ref})`;
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/**
 * The draft's sentences are catalog messages (locales/*.json, `disputeText.*`): the English text pasted into
 * the platform's form is rendered from the same message the buyer reads in their language, so the two cannot
 * say different things. Days are long ("20 November 2026"), as the English draft has always written them.
 */
export const en = (m: Msg): string => english.render(m);

/** A day (or an instant's day in the buyer's zone) as a message parameter; the raw text if unreadable. */
export function dayP(value: string, timeZone: string): MsgParam {
  try {
    return { day: format(readMoment(value, timeZone).at, 'yyyy-MM-dd'), long: true };
  } catch {
    return value;
  }
}

export function todayP(now: Date, timeZone: string): MsgParam {
  return { day: format(inZone(now, timeZone), 'yyyy-MM-dd'), long: true };
}

/** "3 days", "1 unit", "2 files" in the buyer's language's plural rules. */
export const countP = (n: number, what: 'day' | 'unit' | 'file'): MsgParam => ({
  plural: `disputeText.count.${what}`,
  count: n,
});

export const moneyP = (m: Money | null | undefined): MsgParam => m ?? msg('disputeText.unknown');

/** "entered by you on 1 Dec 2026" (lib/corrections/facts.ts's words, as a message). */
export const enteredP = (enteredAt: string): Msg =>
  msg('corrections.enteredByYou', { day: { day: enteredAt } });

/** Runs of spaces and line breaks (a name typed across lines, an empty part) as one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
