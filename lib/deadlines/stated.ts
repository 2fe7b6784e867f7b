import type { TimelineEventType } from '../model/timeline';
import { type CalendarDate, PAGE_DATE_PATTERN, parsePageDate } from './page-dates';
import { EVENT_PHRASES, findAction, NUMBER, readNumber } from './stated-phrases';
import type { DeadlineKind } from './types';

/**
 * Deadlines an order page states itself. Id scheme (stable, public):
 * - `stated-<event>-<n>d`: "within 7 days of confirming receipt" → `stated-receipt-confirmed-7d`
 *   (event = timeline event type with hyphens: order-placed, delivered, receipt-confirmed, …);
 * - `stated-refund-if-no-delivery`: "Refund if no delivery before Sep 4, 2026";
 * - `stated-<action>-by-date`: "<action> before/by <date>", e.g. `stated-dispute-by-date`;
 * - `stated-<action>-countdown`: "Confirm receipt within 12 days 5 hours" (counted from when the page was read);
 * a second deadline with the same id gets `-2`, `-3`.
 */

export type StatedTiming =
  | { type: 'after-event'; event: TimelineEventType; days: number; businessDays: boolean; eventWords: string }
  | { type: 'on-date'; date: CalendarDate }
  | { type: 'countdown'; milliseconds: number; text: string };

export interface StatedDeadline {
  id: string;
  label: string;
  /** The action's slug (stated-phrases.ts ACTIONS; "refund-if-no-delivery"): its words in every language. */
  action: string;
  /** What the page tells the buyer to do, completing "Before this date: …". */
  todo: string;
  kind: DeadlineKind;
  /** The sentence as the page wrote it (trimmed, whitespace collapsed). */
  quote: string;
  timing: StatedTiming;
  /** Delivery before the date makes "refund if no delivery" moot. */
  settledByDelivery: boolean;
  /** Default rule ids this stated deadline replaces for its order (same event). */
  overrides: string[];
}

export interface StatedParseResult {
  understood: StatedDeadline[];
  notUnderstood: string[];
}

const DAYS = `\\b${NUMBER}[\\s-]*(calendar\\s+|business\\s+|working\\s+)?days?`;
const EVENTS = EVENT_PHRASES.map((e) => `(${e.pattern})`).join('|');
const CONNECTOR =
  "(?:of|after|from|since|following)\\s+(?:you(?:'ve|\\s+have)?\\s+)?(?:(?:made|submitted|sent|opened)\\s+)?";
// Shapes it reads: "within 7 days of confirming receipt", "up to 15 days after you receive the goods", "10 days after the refund request"
const AFTER_EVENT = new RegExp(
  `(within|up\\s+to|no\\s+later\\s+than|in)?\\s*${DAYS}\\s+${CONNECTOR}(?:${EVENTS})`,
  'gi',
);
const NO_DELIVERY = new RegExp(
  `refund\\s+if\\s+(?:no|not)\\s+(?:deliver(?:y|ed)|received)\\s+(?:before|by)\\s+(${PAGE_DATE_PATTERN})`,
  'gi',
);
const BY_DATE = new RegExp(
  `(?:before|by|until|no\\s+later\\s+than|on\\s+or\\s+before)\\s+(${PAGE_DATE_PATTERN})`,
  'gi',
);
// "Confirm receipt within 12 days 5 hours", "12 days 5 hours left": a live countdown, not a policy window.
const COUNTDOWN = new RegExp(
  `(?:(within|in)\\s+)?\\b${NUMBER}\\s*(?:days?|d)\\b(?:[\\s,]*(?:and\\s+)?${NUMBER}\\s*(?:hours?|hrs?|h)\\b)?(?:[\\s,]*(?:and\\s+)?${NUMBER}\\s*(?:minutes?|mins?|m)\\b)?(\\s+(?:left|remaining))?`,
  'gi',
);

function eventOf(
  match: RegExpExecArray,
  firstEventGroup: number,
): (typeof EVENT_PHRASES)[number] | undefined {
  return EVENT_PHRASES.find((_, i) => match[firstEventGroup + i] !== undefined);
}

/** Default rules a stated deadline about `event` replaces. */
const OVERRIDES_BY_EVENT: Partial<Record<TimelineEventType, string[]>> = {
  receipt_confirmed: ['claim-after-confirmation'],
  delivered: ['claim-after-delivery'],
  refund_requested: ['aliexpress-mediation-available'],
  dispute_opened: ['supplier-response'],
};

interface Draft extends Omit<StatedDeadline, 'id' | 'quote'> {
  baseId: string;
}

function parseOne(sentence: string, now: Date): Draft[] {
  const drafts: Draft[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  // The action is named in the words just before its time span, after the previous clause or time span.
  const clauseEnds = [
    ...[...sentence.matchAll(/[.;!?…]/g)].map((m) => m.index + 1),
    ...[AFTER_EVENT, NO_DELIVERY, BY_DATE].flatMap((re) =>
      [...sentence.matchAll(re)].map((m) => m.index + m[0].length),
    ),
  ];
  const actionBefore = (index: number) => {
    const start = Math.max(index - 80, 0, ...clauseEnds.filter((end) => end <= index));
    return findAction(sentence.slice(start, index));
  };

  for (const m of sentence.matchAll(NO_DELIVERY)) {
    const date = parsePageDate(m[1]!, now);
    if (!date) continue;
    taken.push([m.index, m.index + m[0].length]);
    drafts.push({
      baseId: 'stated-refund-if-no-delivery',
      action: 'refund-if-no-delivery',
      label: 'Refund if the order has not arrived by this date (order page)',
      todo: 'if the order has not arrived by then, request the refund on the order page',
      kind: 'available-from',
      timing: { type: 'on-date', date },
      settledByDelivery: true,
      overrides: [],
    });
  }
  for (const m of sentence.matchAll(AFTER_EVENT)) {
    const phrase = eventOf(m, 4);
    if (!phrase || !free(m.index, m.index + m[0].length)) continue;
    taken.push([m.index, m.index + m[0].length]);
    const days = readNumber(m[2]!);
    const action = actionBefore(m.index);
    // "You can apply for mediation 10 days after the refund request": no "within", and "can" → a day
    // something becomes possible. "Protection: 15 days from delivery" stays a deadline.
    const opensLater = !m[1] && /\b(can|may)\b/i.test(sentence.slice(Math.max(0, m.index - 80), m.index));
    const kind: DeadlineKind = opensLater ? 'available-from' : 'deadline';
    drafts.push({
      baseId: `stated-${phrase.event.replace(/_/g, '-')}-${days}d`,
      action: action.slug,
      label: `${action.label} (order page)`,
      todo: action.todo,
      kind,
      timing: {
        type: 'after-event',
        event: phrase.event,
        days,
        businessDays: Boolean(m[3]?.trim()),
        eventWords: phrase.words,
      },
      settledByDelivery: false,
      overrides: kind === 'deadline' ? (OVERRIDES_BY_EVENT[phrase.event] ?? []) : [],
    });
  }
  for (const m of sentence.matchAll(BY_DATE)) {
    const date = parsePageDate(m[1]!, now);
    if (!date || !free(m.index, m.index + m[0].length)) continue;
    const action = actionBefore(m.index);
    // A date with no action ("Estimated delivery by Sep 4") is an estimate, not a deadline.
    if (action.slug === 'deadline') continue;
    taken.push([m.index, m.index + m[0].length]);
    drafts.push({
      baseId: `stated-${action.slug}-by-date`,
      action: action.slug,
      label: `${action.label} (order page)`,
      todo: action.todo,
      kind: 'deadline',
      timing: { type: 'on-date', date },
      settledByDelivery: false,
      overrides: action.slug === 'confirm-receipt' ? ['auto-confirm-claim'] : [],
    });
  }
  for (const m of sentence.matchAll(COUNTDOWN)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const [, keyword, d, h, min, left] = m;
    const action = actionBefore(m.index);
    // "Free returns within 15 days" is a policy with no start event: not a countdown, so not understood.
    const looksLive = Boolean(h || min || left) || action.slug === 'confirm-receipt';
    if (!(keyword || left) || !looksLive) continue;
    taken.push([m.index, m.index + m[0].length]);
    const [days, hours, minutes] = [d, h, min].map((t) => (t ? readNumber(t) : 0)) as [
      number,
      number,
      number,
    ];
    drafts.push({
      baseId: `stated-${action.slug}-countdown`,
      action: action.slug,
      label: `${action.label} (order page countdown)`,
      todo: action.todo,
      kind: 'deadline',
      timing: {
        type: 'countdown',
        milliseconds: ((days * 24 + hours) * 60 + minutes) * 60_000,
        text: m[0].trim(),
      },
      settledByDelivery: false,
      overrides: action.slug === 'confirm-receipt' ? ['auto-confirm-claim'] : [],
    });
  }
  return drafts;
}

/**
 * Reads each sentence; a sentence may state several deadlines ("… within 7 days
 * of confirming receipt … within 90 days after order was placed"). Sentences
 * with none are returned verbatim in `notUnderstood`, never dropped.
 */
export function parseStatedSentences(sentences: readonly string[], now: Date): StatedParseResult {
  const understood: StatedDeadline[] = [];
  const notUnderstood: string[] = [];
  const used = new Map<string, number>();
  for (const raw of sentences) {
    const quote = raw.replace(/\s+/g, ' ').trim();
    if (!quote) continue;
    const drafts = parseOne(quote, now);
    if (drafts.length === 0) notUnderstood.push(raw);
    for (const { baseId, ...draft } of drafts) {
      const n = (used.get(baseId) ?? 0) + 1;
      used.set(baseId, n);
      understood.push({ ...draft, id: n === 1 ? baseId : `${baseId}-${n}`, quote });
    }
  }
  return { understood, notUnderstood };
}
