import { describe, expect, it } from 'vitest';
import { deadlinesForOrder } from '../../../lib/analysis/order-deadlines';
import { CorrectionBook } from '../../../lib/corrections/book';
import { parseAnswers } from '../../../lib/dispute/answers';
import { buildDisputeDraft } from '../../../lib/dispute/build';
import { applyCorrections } from '../../../lib/dispute/corrections';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { buyer, orderFromPage, pageEvents } from './helpers';

/**
 * Facts the buyer entered on the card (the limit, the ship-by date the page
 * did not show) count in the draft as in every rule, and the draft says they
 * are the buyer's, not the order's words.
 */
describe('a draft with the buyer’s own entries', () => {
  it('uses the ship-by date and the limit the buyer entered, and says so where it quotes them', () => {
    const { order, url } = orderFromPage('alibaba-order/ta-detail-218834501001020304-text.html');
    const book = new CorrectionBook();
    book.enter(
      { kind: 'order', marketplace: 'alibaba', orderId: order.id! },
      { fact: 'shipBy', value: '2027-01-15' },
      null,
      '2026-11-19T10:00:00.000Z',
    );
    book.enter(
      { kind: 'supplier', companyId: null, name: 'Ningbo Sunrise Kitchenware Co., Ltd.' },
      { fact: 'taLimit', value: { minor: 4_000_000, currency: 'USD' } },
      null,
      '2026-11-19T10:05:00.000Z',
    );
    const { order: corrected, limit, entered } = applyCorrections(order, null, book);
    expect(corrected.shipBy).toBe('2027-01-15');
    expect(limit?.limit).toEqual({ minor: 4_000_000, currency: 'USD' });
    expect(Object.keys(entered).sort()).toEqual(['shipBy', 'taLimit']);

    const now = new Date('2027-01-20T09:00:00Z');
    const events = [...pageEvents(order, url, '2026-11-18T11:00:00Z'), buyer('deposit_paid', '2026-11-20')];
    const draft = buildDisputeDraft({
      order: corrected,
      events,
      answers: parseAnswers({ problems: ['late-shipment'] }),
      items: [],
      deadlines: deadlinesForOrder(corrected, events, DEFAULT_SETTINGS, { now, timeZone: 'Europe/Madrid' }),
      limit,
      rates: [],
      entered,
      now,
      timeZone: 'Europe/Madrid',
    });
    expect(draft.claims[0]!.quotes[0]).toEqual({
      where: 'entered by you on 19 Nov 2026, as the date agreed in the order',
      text: 'Shipment date: 15 January 2027',
    });
    const limitLine = draft.amount.lines.find((l) => l.label === 'Supplier’s Trade Assurance limit')!;
    expect(limitLine.basis).toBe('entered by you on 19 Nov 2026');
    expect(draft.refusals.map((r) => r.what).join('\n')).toContain('US$8,600 of the order total (US$48,600)');
  });

  it('an entry a later page replaced no longer counts', () => {
    const { order } = orderFromPage('alibaba-order/ta-detail-218834501001020304-json.html');
    const book = new CorrectionBook();
    const scope = { kind: 'order', marketplace: 'alibaba', orderId: order.id! } as const;
    book.enter(scope, { fact: 'shipBy', value: '2027-01-05' }, null, '2026-11-19T10:00:00.000Z');
    book.observe(scope, 'shipBy', {
      key: 'shipBy:2027-01-15',
      shown: '15 Jan 2027',
      url: 'https://biz.alibaba.com/',
      at: '2026-12-01T10:00:00.000Z',
    });
    const { order: corrected, entered } = applyCorrections(order, null, book);
    expect(corrected.shipBy).toBe('2027-01-15');
    expect(entered).toEqual({});
  });
});
