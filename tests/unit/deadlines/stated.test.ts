import { describe, expect, it } from 'vitest';
import { parseStatedSentences } from '../../../lib/deadlines/stated';
import { byId, compute, fixtureText } from './helpers';

const NOW = new Date('2026-08-01T10:00:00Z');
const order = JSON.parse(fixtureText('aliexpress-stated.json'));

describe('deadlines the order page states', () => {
  it('reads the AliExpress reminder: two deadlines from one text, each with its own start event', () => {
    const r = compute(order, '2026-07-29T12:00:00Z', 'America/Sao_Paulo');
    const refund = byId(r, 'stated-receipt-confirmed-7d');
    expect(refund.dueAt).toBe('2026-08-04T23:59:59-03:00');
    expect(refund.label).toMatch(/return or refund/);
    expect(refund.stated).toBe(true);
    expect(refund.basis).toMatch(/7 days after you confirmed receipt on 28 July 2026/);
    const dispute = byId(r, 'stated-order-placed-90d');
    expect(dispute.label).toMatch(/Open a dispute/);
    expect(dispute.dueAt).toBe('2026-10-08T21:04:00-03:00');
    expect(byId(r, 'stated-delivered-15d').dueAt).toBe('2026-08-11T23:59:59-03:00');
    expect(r.binding).toBe('stated-receipt-confirmed-7d');
  });

  it('"Refund if no delivery before <date>" is a date from which to ask, settled once delivered', () => {
    const r = compute(order, '2026-07-29T12:00:00Z', 'America/Sao_Paulo');
    const refund = byId(r, 'stated-refund-if-no-delivery');
    expect(refund.kind).toBe('available-from');
    expect(refund.dueAt).toBe('2026-09-04T23:59:59-03:00');
    expect(refund.status).toBe('not-applicable');
    expect(refund.note).toMatch(/Delivered on 27 July 2026/);
  });

  it('sentences nobody understood are returned verbatim, never dropped', () => {
    const r = compute(order, '2026-07-29T12:00:00Z', 'America/Sao_Paulo');
    expect(r.notUnderstood).toEqual(['Free returns within 15 days']);
    const odd = parseStatedSentences(
      ['保护期剩余 12 天', 'Open a dispute by 2026-09-31', 'Estimated delivery by Sep. 4'],
      NOW,
    );
    expect(odd.notUnderstood).toEqual([
      '保护期剩余 12 天',
      'Open a dispute by 2026-09-31',
      'Estimated delivery by Sep. 4',
    ]);
  });

  for (const written of [
    'Sep 4, 2026',
    '4 Sep 2026',
    '2026-09-04',
    'September 4, 2026',
    'Sep. 4',
    '4th September 2026',
  ]) {
    it(`reads the date "${written}"`, () => {
      const r = compute(
        {
          marketplace: 'aliexpress',
          buyerTier: 'standard',
          stated: [`Refund if no delivery before ${written}`],
          events: [],
        },
        NOW.toISOString(),
        'Europe/Berlin',
      );
      expect(byId(r, 'stated-refund-if-no-delivery').dueAt).toBe('2026-09-04T23:59:59+02:00');
    });
  }

  it('a year-less date takes the nearest year (late December page, early January date)', () => {
    const [s] = parseStatedSentences(
      ['Open a dispute before Jan. 5'],
      new Date('2026-12-20T00:00:00Z'),
    ).understood;
    expect(s?.timing).toMatchObject({
      type: 'on-date',
      date: { year: 2027, month: 1, day: 5, yearInferred: true },
    });
  });

  it('a countdown counts from when the page was read and overrides the auto-confirm default', () => {
    const r = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        stated: ['Confirm receipt within 12 days 5 hours'],
        events: [{ type: 'shipped', at: '2026-07-25T00:00:00Z' }],
      },
      NOW.toISOString(),
    );
    expect(byId(r, 'stated-confirm-receipt-countdown').dueAt).toBe('2026-08-13T15:00:00Z');
    expect(byId(r, 'auto-confirm-claim').overriddenBy).toBe('stated-confirm-receipt-countdown');
    expect(byId(r, 'auto-confirm-claim').dueAt).toBe('2026-08-09T00:00:00Z');
    // The default would be earlier, but the page's own countdown takes precedence for this order.
    expect(r.binding).toBe('stated-confirm-receipt-countdown');
  });

  it('a stated window about the same event takes precedence over the default and is shown beside it', () => {
    const r = compute(
      {
        marketplace: 'alibaba',
        buyerTier: 'standard',
        stated: ['You can open a dispute within 45 days of confirming receipt.'],
        events: [{ type: 'receipt_confirmed', at: '2026-07-01T08:00:00Z' }],
      },
      NOW.toISOString(),
    );
    const def = byId(r, 'claim-after-confirmation');
    expect(def.overriddenBy).toBe('stated-receipt-confirmed-45d');
    expect(def.note).toMatch(/order page states its own date/);
    expect(r.binding).toBe('stated-receipt-confirmed-45d');
    expect(byId(r, 'stated-receipt-confirmed-45d').dueAt).toBe('2026-08-15T08:00:00Z');
  });

  it('a stated window whose start event has not happened waits in pending, with the quote', () => {
    const r = compute(
      {
        marketplace: 'aliexpress',
        buyerTier: 'standard',
        stated: ['Send it back within 15 days after delivery'],
        events: [],
      },
      NOW.toISOString(),
    );
    expect(r.deadlines).toEqual([]);
    expect(r.pending).toContainEqual(
      expect.objectContaining({ id: 'stated-delivered-15d', startsWhen: 'delivered' }),
    );
    expect(r.pending.find((p) => p.id === 'stated-delivered-15d')?.why).toMatch(
      /Send it back within 15 days/,
    );
  });

  it('"10 days after the refund request" with "can" is a date from which something opens; business days count as calendar days', () => {
    const { understood } = parseStatedSentences(
      [
        "You can apply for mediation 10 days after you've made the initial refund request",
        'Buyer protection: 15 business days from delivery',
      ],
      NOW,
    );
    expect(understood.map((s) => [s.id, s.kind])).toEqual([
      ['stated-refund-requested-10d', 'available-from'],
      ['stated-delivered-15d', 'deadline'],
    ]);
    expect(understood[1]?.timing).toMatchObject({ businessDays: true, days: 15 });
  });

  it('repeated ids get a numeric suffix instead of colliding', () => {
    const { understood } = parseStatedSentences(
      ['Send it back within 15 days after delivery', 'Apply for a refund within 15 days after delivery'],
      NOW,
    );
    expect(understood.map((s) => s.id)).toEqual(['stated-delivered-15d', 'stated-delivered-15d-2']);
  });
});
