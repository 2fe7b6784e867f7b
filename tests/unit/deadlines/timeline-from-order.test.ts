import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import { timelineFromOrder } from '../../../lib/deadlines/timeline-from-order';
import { fixtureText } from './helpers';

const READ_AT = new Date('2026-07-29T15:00:00Z');
const page = JSON.parse(fixtureText('aliexpress-order-reminder.json'));

describe('timeline from order data', () => {
  it('maps page dates to events with the page as source; undated steps are implied, not invented', () => {
    const t = timelineFromOrder(page.order, { url: page.url, readAt: READ_AT });
    expect(t.events.map((e) => [e.type, e.at])).toEqual([
      ['order_placed', '2026-07-10'],
      ['deposit_paid', '2026-07-10T21:05:00-03:00'],
      ['receipt_confirmed', '2026-07-28'],
    ]);
    expect(t.events[0]?.source).toEqual({ kind: 'page', url: page.url, readAt: '2026-07-29T15:00:00.000Z' });
    expect(t.implied.map((i) => i.type)).toEqual(['shipped', 'delivered']);
    expect(t.implied[0]?.because).toMatch(/"Completed"/);
  });

  it('feeds the computation together with the page’s stated sentences', () => {
    const t = timelineFromOrder(page.order, { url: page.url, readAt: READ_AT });
    const r = computeDeadlines(
      { marketplace: 'aliexpress', buyerTier: 'standard', stated: page.stated, events: t.events },
      { now: READ_AT, timeZone: 'America/Sao_Paulo' },
    );
    expect(r.binding).toBe('stated-receipt-confirmed-7d');
    expect(r.pending.map((p) => p.id)).toContain('stated-delivered-15d');
  });

  const STATUSES: [string, string[]][] = [
    ['Awaiting initial payment', ['order_placed']],
    ['Waiting for supplier to ship', ['order_placed', 'deposit_paid']],
    ['Waiting for remaining balance payment', ['order_placed', 'deposit_paid']],
    ['Shipment Started', ['order_placed', 'deposit_paid', 'shipped']],
    ['Track Package', ['order_placed', 'deposit_paid', 'shipped']],
    ['Completed & In Review', ['order_placed', 'deposit_paid', 'shipped', 'delivered', 'receipt_confirmed']],
    ['Awaiting delivery', ['order_placed', 'deposit_paid', 'shipped']],
    ['  refund   in progress ', ['order_placed', 'refund_requested']],
  ];
  for (const [status, steps] of STATUSES) {
    it(`status "${status.trim()}" implies ${steps.join(', ')}`, () => {
      expect(
        timelineFromOrder(
          { status },
          { url: 'https://biz.alibaba.com/ta/detail.htm?orderId=1', readAt: READ_AT },
        ).implied.map((i) => i.type),
      ).toEqual(steps);
    });
  }

  it('an unknown status and an unreadable date are reported, not guessed', () => {
    const t = timelineFromOrder(
      {
        status: 'Awaiting buyer feedback',
        shippedAt: '04/09/2026',
        shippingMethod: 'air',
        shipBy: '2026-08-05',
      },
      { url: 'https://biz.alibaba.com/ta/detail.htm?orderId=1', readAt: READ_AT },
    );
    expect(t.unknownStatus).toBe('Awaiting buyer feedback');
    expect(t.unreadable).toEqual([{ field: 'shippedAt', value: '04/09/2026' }]);
    expect(t.events.map((e) => e.type)).toEqual(['ship_by_agreed']);
  });
});
