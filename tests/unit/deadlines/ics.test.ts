import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlinesToIcs, deadlineUid } from '../../../lib/deadlines/ics';
import { DEFAULT_LEAD_TIMES } from '../../../lib/deadlines/lead-times';
import { planReminders } from '../../../lib/deadlines/reminders';
import { createTranslator } from '../../../lib/i18n/translate';
import { compute, fixtureText } from './helpers';

const NOW = new Date('2026-06-20T00:00:00Z');
const berlin = compute(
  JSON.parse(fixtureText('alibaba-confirmed-berlin.json')),
  NOW.toISOString(),
  'Europe/Berlin',
);
const sp = compute(
  JSON.parse(fixtureText('aliexpress-stated.json')),
  '2026-07-29T12:00:00Z',
  'America/Sao_Paulo',
);
const ORDERS = [
  {
    orderId: '190023456789',
    title: 'Stainless tumblers, 304 steel; 2,000 pcs — "Gold" lid',
    deadlines: berlin.deadlines,
  },
  { orderId: '8200000000000001', title: 'Phone case', deadlines: sp.deadlines },
];

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendar file', () => {
  const ics = deadlinesToIcs(ORDERS, { now: NOW });

  it('is a publishable iCalendar: PRODID, METHOD:PUBLISH, CRLF only, lines folded at 75 octets', () => {
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(ics).toContain('PRODID:-//TradeGuard//Claim deadlines//EN\r\n');
    expect(ics).toContain('METHOD:PUBLISH\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r\n]/); // long descriptions were folded
  });

  it('every dated, applicable deadline round-trips: UID, UTC start, title and description', () => {
    const expected = ORDERS.flatMap((o) =>
      o.deadlines.filter((d) => d.status !== 'not-applicable').map((d) => ({ o, d })),
    );
    const events = parse(ics);
    expect(events).toHaveLength(expected.length);
    for (const { o, d } of expected) {
      const e = events.find((x) => x.uid === deadlineUid(o.orderId, d.id));
      expect(e, d.id).toBeDefined();
      expect(e!.startDate.toJSDate().getTime()).toBe(Date.parse(d.dueAt));
      expect(e!.startDate.zone?.tzid).toBe('UTC');
      expect(e!.summary).toContain(d.label);
      expect(e!.description).toContain(d.basis);
      expect(e!.description).toContain(d.whatToDo);
      expect(e!.description).toContain(d.source.ref);
    }
    expect(parse(ics)[0]!.summary).toContain('304 steel; 2,000 pcs — "Gold" lid');
  });

  it('alarms sit at the lead times that are still ahead, and read back as such', () => {
    const event = parse(ics).find((e) => e.uid === deadlineUid('190023456789', 'claim-after-delivery'))!;
    const triggers = event.component
      .getAllSubcomponents('valarm')
      .map((a) => String(a.getFirstPropertyValue('trigger')));
    expect(triggers).toEqual(['-PT168H', '-PT72H', '-PT24H', '-PT12H']);
    // Due 2026-07-10T13:00Z; from "now" (20 June) all four lead times are still ahead.
    const custom = deadlinesToIcs(ORDERS.slice(0, 1), {
      now: new Date('2026-07-08T00:00:00Z'),
      leadTimes: [{ days: 3 }, { hours: 6, minutes: 30 }],
    });
    const late = parse(custom).find((e) => e.uid === deadlineUid('190023456789', 'claim-after-delivery'))!;
    expect(
      late.component.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    ).toEqual(['-PT6H30M']);
  });

  it('UIDs are stable across exports and the sequence grows, so a re-import updates', () => {
    const later = deadlinesToIcs(ORDERS, { now: new Date('2026-06-21T00:00:00Z') });
    expect(parse(later).map((e) => e.uid)).toEqual(parse(ics).map((e) => e.uid));
    expect(parse(later)[0]!.sequence).toBeGreaterThan(parse(ics)[0]!.sequence);
  });
});

describe('reminder plan', () => {
  const orders = [
    { orderId: '190023456789', title: 'Tumblers', deadlines: berlin.deadlines, binding: berlin.binding },
    { orderId: '8200000000000001', title: 'Phone case', deadlines: sp.deadlines, binding: sp.binding },
  ];
  const plan = planReminders(orders, DEFAULT_LEAD_TIMES, NOW);

  it('is deterministic: same input, same alarm names, no duplicates', () => {
    expect(planReminders(orders, DEFAULT_LEAD_TIMES, NOW)).toEqual(plan);
    expect(new Set(plan.map((p) => p.alarmName)).size).toBe(plan.length);
    expect(plan.map((p) => p.alarmName)).toContain('tradeguard:190023456789:claim-after-delivery:7d');
  });

  it('covers only binding and stated deadlines, only in the future', () => {
    expect(berlin.binding).toBe('claim-after-delivery');
    const ids = new Set(plan.map((p) => `${p.orderId}:${p.deadlineId}`));
    expect(ids).toEqual(
      new Set([
        '190023456789:claim-after-delivery',
        '8200000000000001:stated-receipt-confirmed-7d',
        '8200000000000001:stated-order-placed-90d',
        '8200000000000001:stated-delivered-15d',
      ]),
    );
    for (const p of plan) expect(Date.parse(p.when)).toBeGreaterThan(NOW.getTime());
    const first = plan.find((p) => p.alarmName === 'tradeguard:190023456789:claim-after-delivery:7d')!;
    expect(first.when).toBe('2026-07-03T13:00:00.000Z');
    expect(first.message).toMatch(/apply for a refund/);
  });

  it('drops lead times that have already passed', () => {
    const late = planReminders(orders.slice(0, 1), DEFAULT_LEAD_TIMES, new Date('2026-07-09T14:00:00Z'));
    expect(late.map((p) => p.alarmName)).toEqual(['tradeguard:190023456789:claim-after-delivery:12h']);
  });
});

describe('in the buyer’s language', () => {
  const es = createTranslator('es');
  const zh = createTranslator('zh-CN');
  const orders = [
    {
      orderId: '190023456789',
      title: 'Tumblers',
      deadlines: berlin.deadlines,
      binding: berlin.binding,
      timeZone: 'Europe/Berlin',
    },
  ];

  it('a reminder is written in Spanish: the label, the lead time by its plural, the day and zone by Intl', () => {
    const first = planReminders(orders, DEFAULT_LEAD_TIMES, NOW, es).find((p) =>
      p.alarmName.endsWith(':claim-after-delivery:7d'),
    )!;
    expect(first.title).toBe(`${es.t('deadlines.rule.claimAfterDelivery.label')}: quedan 7 días`);
    expect(first.message).toContain(es.t('deadlines.rule.claimAfterDelivery.open'));
    expect(first.message).toMatch(/10 jul 2026, 15:00 CEST/);
    // One day, not "1 días".
    expect(planReminders(orders, [{ days: 1 }], NOW, es)[0]!.title).toMatch(/quedan 1 día$/);
  });

  it('the calendar file’s titles and descriptions are in Chinese, the file itself unchanged in form', () => {
    const events = parse(deadlinesToIcs(ORDERS, { now: NOW, t: zh }));
    const claim = events.find((e) => e.uid === deadlineUid('190023456789', 'claim-after-delivery'))!;
    expect(claim.summary).toBe(
      `截止：${zh.t('deadlines.rule.claimAfterDelivery.label')}（订单 190023456789，Stainless tumblers, 304 steel; 2,000 pcs — "Gold" lid）`,
    );
    expect(claim.description).toContain(zh.t('deadlines.rule.claimAfterDelivery.open'));
    expect(claim.description).toContain('为什么是这个日期');
  });
});
