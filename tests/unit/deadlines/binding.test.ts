import { describe, expect, it } from 'vitest';
import type { DeadlineInput } from '../../../lib/deadlines/types';
import { byId, compute } from './helpers';

const received: DeadlineInput = {
  marketplace: 'alibaba',
  buyerTier: 'standard',
  shippingMethod: 'sea',
  events: [
    { type: 'shipped', at: '2026-04-18T06:00:00Z' },
    { type: 'delivered', at: '2026-06-10T13:00:00Z' },
    { type: 'receipt_confirmed', at: '2026-06-12T08:00:00Z' },
  ],
};

describe('which deadline binds', () => {
  it('the earliest open deadline binds (delivery + 30 before confirmation + 30)', () => {
    const r = compute(received, '2026-06-20T00:00:00Z');
    expect(r.binding).toBe('claim-after-delivery');
    expect(byId(r, 'claim-after-delivery').dueAt).toBe('2026-07-10T13:00:00Z');
  });

  it('once the earliest has passed, the next open one binds', () => {
    const r = compute(received, '2026-07-11T00:00:00Z');
    expect(byId(r, 'claim-after-delivery').status).toBe('passed');
    expect(byId(r, 'claim-after-delivery').whatToDo).toMatch(/closed/);
    expect(r.binding).toBe('claim-after-confirmation');
  });

  it('when every window has passed, nothing binds', () => {
    expect(compute(received, '2026-08-01T00:00:00Z').binding).toBeNull();
  });

  it('confirming receipt supersedes the auto-confirm window and says which rule binds now', () => {
    const r = compute(received, '2026-06-20T00:00:00Z');
    const auto = byId(r, 'auto-confirm-claim');
    expect(auto.status).toBe('not-applicable');
    expect(auto.note).toMatch(
      /confirmed receipt on 12 June 2026.*claim-after-confirmation.*Now binding: claim-after-delivery/,
    );
  });

  it('before confirmation, the auto-confirm window can bind (goods still at sea)', () => {
    const r = compute(
      { ...received, events: [{ type: 'shipped', at: '2026-04-18T06:00:00Z' }] },
      '2026-05-01T00:00:00Z',
    );
    expect(r.binding).toBe('auto-confirm-claim');
    expect(byId(r, 'auto-confirm-claim').dueAt).toBe('2026-06-17T06:00:00Z');
  });

  it('an "available from" date never binds', () => {
    const r = compute(
      {
        marketplace: 'aliexpress',
        buyerTier: 'standard',
        events: [{ type: 'refund_requested', at: '2026-08-01T12:00:00Z' }],
      },
      '2026-08-02T00:00:00Z',
    );
    expect(byId(r, 'aliexpress-mediation-available').status).toBe('open');
    expect(r.binding).toBeNull();
  });

  it('missing events invent nothing: rules wait in "pending" with the event they need', () => {
    const r = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        events: [{ type: 'order_placed', at: '2026-03-02T09:15:00Z' }],
      },
      '2026-03-03T00:00:00Z',
    );
    expect(r.deadlines).toEqual([]);
    expect(r.binding).toBeNull();
    expect(r.pending.map((p) => [p.id, p.startsWhen])).toContainEqual([
      'claim-after-confirmation',
      'receipt_confirmed',
    ]);
    expect(r.pending.find((p) => p.id === 'auto-confirm-claim')?.why).toMatch(/supplier ships/);
  });

  it('a ship-by date passed with no shipment tells the buyer to open a dispute', () => {
    const r = compute(
      { marketplace: 'alibaba', buyerTier: 'standard', shipBy: '2026-08-05', events: [] },
      '2026-08-07T00:00:00Z',
    );
    const shipBy = byId(r, 'ship-by');
    expect(shipBy.status).toBe('passed');
    expect(shipBy.whatToDo).toMatch(/open a dispute for late shipment/);
  });

  it('a ship-by date met by the shipment is not applicable; a late shipment is flagged', () => {
    const onTime = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        shipBy: '2026-08-05',
        events: [{ type: 'shipped', at: '2026-08-04T10:00:00Z' }],
      },
      '2026-08-06T00:00:00Z',
    );
    expect(byId(onTime, 'ship-by').status).toBe('not-applicable');
    const late = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        shipBy: '2026-08-05',
        events: [{ type: 'shipped', at: '2026-08-09T10:00:00Z' }],
      },
      '2026-08-10T00:00:00Z',
    );
    expect(byId(late, 'ship-by').status).toBe('passed');
    expect(byId(late, 'ship-by').note).toMatch(/Shipped late, on 9 August 2026/);
  });

  it('an open supplier-side date (ship-by) binds before any claim window exists', () => {
    const r = compute(
      { marketplace: 'alibaba', buyerTier: 'standard', shipBy: '2026-08-05', events: [] },
      '2026-08-01T00:00:00Z',
    );
    expect(r.binding).toBe('ship-by');
  });
});
