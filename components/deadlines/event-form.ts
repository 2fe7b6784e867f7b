/**
 * The timeline form's pure side: what the inputs hold (a draft), how a stored
 * event fills them, and the checks before a draft becomes a TimelineEvent.
 * Input values are wall-clock times in the buyer's zone; stored events carry
 * an explicit offset so they keep meaning if the buyer moves.
 */
import { format } from 'date-fns';
import { readMoment, toOffsetIso } from '../../lib/deadlines/zoned-time';
import { english, type Translator } from '../../lib/i18n/translate';
import {
  type ShippingMethod,
  type TimelineEvent,
  TimelineEventSchema,
  type TimelineEventType,
} from '../../lib/model/timeline';
import { eventLabel, isDateOnlyType, mayBeInFuture } from './timeline-labels';
import { formatInstant } from './zoned-format';

export interface EventDraft {
  type: TimelineEventType;
  /** "2026-06-12" for agreed dates, "2026-06-12T10:00" (datetime-local) otherwise. */
  value: string;
  shippingMethod: ShippingMethod | '';
  note: string;
}

export type DraftCheck = { ok: true; event: TimelineEvent } | { ok: false; error: string };

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** A stored `at` as the value of the input its type uses (date or datetime-local). */
export function inputValueFor(at: string, type: TimelineEventType, timeZone: string): string {
  try {
    const moment = readMoment(at, timeZone);
    if (isDateOnlyType(type)) return DATE_INPUT.test(at) ? at : format(moment.at, 'yyyy-MM-dd');
    return format(moment.at, "yyyy-MM-dd'T'HH:mm");
  } catch {
    return '';
  }
}

/** Keeps the entered day when the type switches between a date and a date-time input. */
export function convertValue(value: string, toDateOnly: boolean): string {
  if (value === '') return '';
  if (toDateOnly) return value.slice(0, 10);
  return DATE_INPUT.test(value) ? `${value}T12:00` : value;
}

export function draftFromEvent(event: TimelineEvent | undefined, timeZone: string): EventDraft {
  if (!event) return { type: 'order_placed', value: '', shippingMethod: '', note: '' };
  return {
    type: event.type,
    value: inputValueFor(event.at, event.type, timeZone),
    shippingMethod: event.shippingMethod ?? '',
    note: event.note ?? '',
  };
}

/** Rejects 31 February and 25:00 instead of letting Date roll them into another day. */
function isRealDate(y: number, mo: number, d: number, h = 0, mi = 0): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60;
}

export function checkDraft(
  draft: EventDraft,
  now: Date,
  timeZone: string,
  t: Translator = english,
): DraftCheck {
  const dateOnly = isDateOnlyType(draft.type);
  const value = draft.value.trim();
  if (value === '')
    return {
      ok: false,
      error: t.t(dateOnly ? 'deadlines.timeline.errorDateAgreed' : 'deadlines.timeline.errorDateTime'),
    };
  const parts = (dateOnly ? DATE_INPUT : DATETIME_INPUT).exec(value);
  const nums = parts?.slice(1).map(Number) ?? [];
  if (parts && (nums[0]! < MIN_YEAR || nums[0]! > MAX_YEAR))
    return {
      ok: false,
      error: t.t('deadlines.timeline.errorYear', { min: String(MIN_YEAR), max: String(MAX_YEAR) }),
    };
  if (!parts || !isRealDate(nums[0]!, nums[1]!, nums[2]!, nums[3], nums[4]))
    return { ok: false, error: t.t('deadlines.timeline.errorNotReal', { value }) };

  const moment = readMoment(value, timeZone);
  if (!mayBeInFuture(draft.type) && moment.at.getTime() > now.getTime())
    return {
      ok: false,
      error: t.t('deadlines.timeline.errorFuture', {
        event: eventLabel(draft.type, t),
        now: formatInstant(now, timeZone, t),
      }),
    };

  const candidate = {
    type: draft.type,
    at: dateOnly ? value : toOffsetIso(moment.at),
    shippingMethod: draft.type === 'shipped' && draft.shippingMethod ? draft.shippingMethod : undefined,
    note: draft.note.trim() || undefined,
    source: { kind: 'buyer' as const, enteredAt: now.toISOString() },
  };
  const parsed = TimelineEventSchema.safeParse(candidate);
  if (!parsed.success)
    return {
      ok: false,
      error: t.t('deadlines.timeline.errorNotSaved', { reason: parsed.error.issues[0]?.message ?? '' }),
    };
  return { ok: true, event: parsed.data };
}
