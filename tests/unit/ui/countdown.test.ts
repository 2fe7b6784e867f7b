import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCountdown, urgencyOf } from '../../../components/deadlines/countdown';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import type { DeadlineInput } from '../../../lib/deadlines/types';
import { DEADLINE_FIXTURES, readJson } from './render';

// The Berlin buyer's sea-freight order: the binding claim window closes 10 July 2026, 15:00 CEST (13:00Z).
const input = readJson<DeadlineInput>(join(DEADLINE_FIXTURES, 'alibaba-confirmed-berlin.json'));
const result = computeDeadlines(input, { now: new Date('2026-06-28T08:00:00Z'), timeZone: 'Europe/Berlin' });
const due = new Date(result.deadlines.find((d) => d.id === result.binding)!.dueAt);

describe('formatCountdown', () => {
  it('counts days and hours down to the real claim deadline', () => {
    expect(result.binding).toBe('claim-after-delivery');
    expect(formatCountdown(due, new Date('2026-06-28T08:00:00Z'))).toBe('12 d 5 h left');
  });

  it('switches to hours and minutes inside the last day', () => {
    expect(formatCountdown(due, new Date('2026-07-10T09:40:00Z'))).toBe('3 h 20 min left');
    expect(formatCountdown(due, new Date('2026-07-10T12:15:00Z'))).toBe('45 min left');
    expect(formatCountdown(due, new Date('2026-07-10T12:59:30Z'))).toBe('under 1 min left');
  });

  it('never overstates the time left (rounds down)', () => {
    // 12 d 5 h 59 min left still reads 12 d 5 h.
    expect(formatCountdown(due, new Date('2026-06-28T07:01:00Z'))).toBe('12 d 5 h left');
  });

  it('says how long ago an overdue deadline closed', () => {
    expect(formatCountdown(due, new Date('2026-07-12T16:00:00Z'))).toBe('overdue by 2 d 3 h');
    expect(formatCountdown(due, due)).toBe('overdue by under 1 min');
  });

  it('does not invent a countdown for an unreadable date', () => {
    expect(formatCountdown(new Date('not a date'), new Date())).toBe('date unknown');
  });
});

describe('urgencyOf', () => {
  it('grades by time left: over 7 days, within 7 days, within 24 h, overdue', () => {
    expect(urgencyOf(due, new Date('2026-06-28T08:00:00Z'))).toBe('later');
    expect(urgencyOf(due, new Date('2026-07-03T13:00:00Z'))).toBe('within-week'); // exactly 7 days
    expect(urgencyOf(due, new Date('2026-07-09T13:00:00Z'))).toBe('within-day'); // exactly 24 h
    expect(urgencyOf(due, new Date('2026-07-09T12:59:00Z'))).toBe('within-week');
    expect(urgencyOf(due, new Date('2026-07-10T13:00:00Z'))).toBe('overdue');
    expect(urgencyOf(new Date('garbage'), due)).toBe('unknown');
  });
});
