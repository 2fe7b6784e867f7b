import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DeadlineEventSchema } from '../../../lib/deadlines/types';
import { byId, compute } from './helpers';

type Event = z.input<typeof DeadlineEventSchema>;
const NOW = '2026-01-01T00:00:00Z';

/** Calendar days in the buyer's zone: "+30 days" keeps the wall-clock time across DST and the date line. */
const CASES: { name: string; zone: string; event: Event; id: string; dueAt: string; tier?: 'enterprise' }[] =
  [
    {
      name: 'Europe/Berlin, across the March change (10:00 stays 10:00, offset +01 → +02)',
      zone: 'Europe/Berlin',
      event: { type: 'receipt_confirmed', at: '2026-03-10T10:00:00+01:00' },
      id: 'claim-after-confirmation',
      dueAt: '2026-04-09T10:00:00+02:00',
    },
    {
      name: 'Europe/Berlin, across the October change',
      zone: 'Europe/Berlin',
      event: { type: 'delivered', at: '2026-10-10T18:30:00+02:00' },
      id: 'claim-after-delivery',
      dueAt: '2026-11-09T18:30:00+01:00',
    },
    {
      name: 'America/New_York, across the March change (Feb has 28 days)',
      zone: 'America/New_York',
      event: { type: 'delivered', at: '2026-02-20T09:00:00-05:00' },
      id: 'claim-after-delivery',
      dueAt: '2026-03-22T09:00:00-04:00',
    },
    {
      name: 'America/New_York, across the November change',
      zone: 'America/New_York',
      event: { type: 'receipt_confirmed', at: '2026-10-15T18:00:00-04:00' },
      id: 'claim-after-confirmation',
      dueAt: '2026-11-14T18:00:00-05:00',
    },
    {
      name: 'an instant given in UTC is counted on the buyer’s calendar (New York evening)',
      zone: 'America/New_York',
      event: { type: 'receipt_confirmed', at: '2026-03-01T02:00:00Z' },
      id: 'claim-after-confirmation',
      dueAt: '2026-03-30T21:00:00-04:00',
    },
    {
      name: 'Asia/Shanghai, a bare date is the end of that day there',
      zone: 'Asia/Shanghai',
      event: { type: 'delivered', at: '2026-06-30' },
      id: 'claim-after-delivery',
      dueAt: '2026-07-30T23:59:59+08:00',
    },
    {
      name: 'a local time without offset is the buyer’s wall clock',
      zone: 'Asia/Shanghai',
      event: { type: 'receipt_confirmed', at: '2026-06-30T09:00' },
      id: 'claim-after-confirmation',
      dueAt: '2026-07-30T09:00:00+08:00',
    },
    {
      name: 'Pacific/Kiritimati (UTC+14): the UTC instant is already the next day there',
      zone: 'Pacific/Kiritimati',
      event: { type: 'shipped', at: '2026-05-01T12:00:00Z' },
      id: 'auto-confirm-claim',
      dueAt: '2026-05-17T02:00:00+14:00',
    },
    {
      name: 'Pacific/Pago_Pago (UTC−11), the other side of the date line',
      zone: 'Pacific/Pago_Pago',
      event: { type: 'shipped', at: '2026-05-01T08:00:00Z' },
      id: 'auto-confirm-claim',
      dueAt: '2026-05-15T21:00:00-11:00',
    },
    {
      name: 'leap day 2028-02-29 + 30 days',
      zone: 'Pacific/Kiritimati',
      event: { type: 'receipt_confirmed', at: '2028-02-29' },
      id: 'claim-after-confirmation',
      dueAt: '2028-03-30T23:59:59+14:00',
    },
    {
      name: 'Jan 31 + 30 days in a leap year lands on Mar 1',
      zone: 'UTC',
      event: { type: 'delivered', at: '2028-01-31T12:00:00Z' },
      id: 'claim-after-delivery',
      dueAt: '2028-03-01T12:00:00Z',
    },
    {
      name: 'enterprise: Dec 31 + 60 days crosses the year',
      zone: 'Europe/Berlin',
      event: { type: 'delivered', at: '2026-12-31T20:00:00+01:00' },
      id: 'claim-after-delivery',
      dueAt: '2027-03-01T20:00:00+01:00',
      tier: 'enterprise',
    },
  ];

describe('day arithmetic in the buyer’s time zone', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const result = compute(
        { marketplace: 'alibaba', buyerTier: c.tier ?? 'standard', events: [c.event] },
        NOW,
        c.zone,
      );
      expect(byId(result, c.id).dueAt).toBe(c.dueAt);
    });
  }

  it('a due wall-clock time that does not exist (spring-forward gap) moves forward, never earlier', () => {
    const result = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        events: [{ type: 'dispute_opened', at: '2026-03-05T02:30:00-05:00' }],
      },
      NOW,
      'America/New_York',
      'help-centre',
    );
    expect(byId(result, 'supplier-response').dueAt).toBe('2026-03-08T03:30:00-04:00');
  });

  it('an unknown time zone is refused with a clear message', () => {
    expect(() =>
      compute({ marketplace: 'alibaba', buyerTier: 'standard', events: [] }, NOW, 'Mars/Olympus'),
    ).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});
