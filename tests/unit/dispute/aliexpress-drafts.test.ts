import { describe, expect, it } from 'vitest';
import { buyer, draftFor, field, orderFromPage, pageEvents } from './helpers';

/**
 * AliExpress drafts: a refund request, then mediation; full refund when the
 * order did not arrive, a negotiated part when it is not as described; the
 * order's own currency (here reais) throughout, never converted.
 */
const API = 'aliexpress-order/order-detail-api.html';

describe('AliExpress: an order in Brazilian reais', () => {
  it('not as described (the cable is not 2 m): asks for that item’s price, in BRL, and refuses “late shipment”', () => {
    const { order, url } = orderFromPage(API);
    const draft = draftFor({
      order,
      events: pageEvents(order, url, '2026-07-29T10:00:00Z'),
      now: '2026-08-20T12:00:00Z',
      timeZone: 'America/Sao_Paulo',
      answers: {
        problems: ['not-as-specified', 'late-shipment'],
        brokenLines: ['item1.2'],
        affectedQuantity: 1,
        buyerWords: 'The cable measures 1.5 m, not 2 m. Photo with a tape measure attached.',
      },
    });
    expect(draft.platform.name).toBe('AliExpress Buyer Protection');
    expect(draft.amount.requested).toEqual({ minor: 12_659, currency: 'BRL' });
    expect(field(draft, 'amount')).toMatchObject({ label: 'Refund amount (BRL)', text: '126.59' });
    expect(draft.amount.lines.map((l) => l.label)).toEqual([
      'Value of the goods affected',
      'Paid through AliExpress (escrow)',
    ]);
    expect(draft.amount.warnings.join(' ')).toContain('agreed with the seller');
    expect(draft.claims).toHaveLength(1);
    expect(draft.claims[0]).toMatchObject({ id: 'aliexpress-buyer-protection', status: 'claim' });
    expect(draft.claims[0]!.quotes[0]).toEqual({
      where: expect.stringContaining('Product line 1'),
      text: 'Length: 2m',
    });
    expect(draft.refusals[0]!.what).toContain('A late shipment on its own');
    expect(draft.refusals[0]!.quote?.text).toBe('Refund if no delivery before Sep 4, 2026');
    // Refund request, then mediation: five fields.
    expect(draft.fields.map((f) => f.id)).toEqual(['claim', 'amount', 'statement', 'evidence', 'mediation']);
    // The page's own window binds: a dispute within 90 days of the order (15 July → 13 October).
    expect(draft.deadline).toMatchObject({ status: 'open', dueAt: '2026-10-13T23:59:59-03:00' });
    expect(draft.deadline.basis).toContain('open a dispute within 90 days after order was placed');
  });

  it('never arrived: the whole amount paid at checkout, quoting the page’s delivery promise', () => {
    const { order, url } = orderFromPage(API);
    const inTransit = {
      ...order,
      status: 'Awaiting delivery',
      statusKey: 'shipped' as const,
      dates: order.dates.filter((d) => d.type !== 'receipt_confirmed'),
    };
    const draft = draftFor({
      order: inTransit,
      events: [
        ...pageEvents(inTransit, url, '2026-07-29T10:00:00Z'),
        buyer('refund_requested', '2026-09-05'),
      ],
      now: '2026-09-16T12:00:00Z',
      timeZone: 'America/Sao_Paulo',
      answers: { problems: ['not-received'] },
    });
    expect(draft.amount.requested).toEqual({ minor: 13_274, currency: 'BRL' });
    expect(draft.amount.lines[1]!.basis).toBe('the order total, paid at AliExpress checkout on 15 July 2026');
    expect(draft.claims[0]!.facts[0]).toBe(
      'The seller shipped on 16 July 2026; as of 16 September 2026 the order has not arrived.',
    );
    expect(draft.claims[0]!.quotes).toContainEqual({
      where: 'The order page',
      text: 'Refund if no delivery before Sep 4, 2026',
    });
    const mediation = field(draft, 'mediation');
    expect(mediation.hint).toContain('Available from 15 September 2026');
    expect(mediation.text).toContain(
      'On 5 September 2026 I requested a refund of R$132.74 for order 8212313961591322.',
    );
  });
});
