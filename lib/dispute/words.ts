import { describeDay, inZone, readMoment } from '../deadlines/zoned-time';
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
