import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TimelineEditor } from '../../../components/deadlines/TimelineEditor';
import { TIMELINE_EVENT_TYPES, type TimelineEvent } from '../../../lib/model/timeline';
import { byTestId, readJson, render, textOf, UI_FIXTURES } from './render';

const events = readJson<(TimelineEvent & { id: string })[]>(join(UI_FIXTURES, 'timeline-events.json'));
const noop = () => {};
const editor = (timeZone = 'Europe/Berlin') =>
  render(
    <TimelineEditor
      events={events}
      onAdd={noop}
      onUpdate={noop}
      onDelete={noop}
      now={new Date('2026-06-20T10:00:00Z')}
      timeZone={timeZone}
    />,
  );

describe('TimelineEditor', () => {
  it('lists events in date order, in words, in the buyer zone', () => {
    const doc = editor();
    const items = [...byTestId(doc, 'timeline-editor').querySelectorAll('[data-testid^="timeline-event-"]')];
    expect(items.map((i) => i.getAttribute('data-testid'))).toEqual([
      'timeline-event-e2',
      'timeline-event-e1',
      'timeline-event-e3',
    ]);
    expect(textOf(items[0]!)).toContain('Shipped Sat, 18 Apr 2026, 08:00 CEST · Sea freight');
    // An agreed date is a calendar day: no time, no zone shift.
    expect(textOf(items[1]!)).toContain('Agreed shipment date Mon, 20 Apr 2026');
    expect(textOf(items[2]!)).toContain('Receipt confirmed Fri, 12 Jun 2026, 10:00 CEST');
  });

  it('says where each event came from', () => {
    const doc = editor();
    expect(textOf(byTestId(doc, 'timeline-event-e2'))).toContain(
      'read from biz.alibaba.com on Sat, 18 Apr 2026, 11:00 CEST',
    );
    expect(textOf(byTestId(doc, 'timeline-event-e3'))).toContain(
      'entered by you on Fri, 12 Jun 2026, 10:05 CEST',
    );
    expect(textOf(byTestId(doc, 'timeline-event-e2'))).toContain('B/L NGB-0418');
  });

  it('offers every event type by name in the add form', () => {
    const options = [...byTestId(editor(), 'timeline-form-type').querySelectorAll('option')];
    expect(options).toHaveLength(TIMELINE_EVENT_TYPES.length);
    expect(options.map((o) => o.textContent)).toContain('Receipt confirmed');
    expect(options.every((o) => !o.textContent?.includes('_'))).toBe(true);
  });

  it('falls back to UTC for an unknown zone instead of failing', () => {
    expect(textOf(byTestId(editor('Mars/Olympus'), 'timeline-event-e2'))).toContain(
      'Sat, 18 Apr 2026, 06:00 UTC',
    );
  });
});
