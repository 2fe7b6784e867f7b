import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../lib/model/money';
import { extractPage } from '../../../lib/pages/extract';
import { loadPage } from '../../support/fixtures';
import { buyer, draftFor, field, orderFromJson, orderFromPage, pageEvents } from './helpers';

/**
 * Trade Assurance drafts for situations an importer meets: the amount to ask
 * for, the protections claimed, what is refused and why, each checked on what
 * the buyer would read and paste.
 */
const DEMO_JSON = 'alibaba-order/ta-detail-218834501001020304-json.html';
const DEMO_TEXT = 'alibaba-order/ta-detail-218834501001020304-text.html';

function sunriseLimit() {
  const { doc, url } = loadPage('alibaba-supplier/sunrise-shopsign-module-data.html');
  const limit = extractPage(doc, url).supplier?.taLimit;
  if (!limit) throw new Error('the supplier page gives no limit');
  return { limit, seenAt: '2026-11-17T08:00:00Z' };
}

/** The demo order, late and off-spec: deposit paid, the SGS inspection failed, nothing shipped by 15 Jan 2027. */
function demoLateOffSpec() {
  const { order, url } = orderFromPage(DEMO_JSON);
  const events = [
    ...pageEvents(order, url, '2026-11-18T11:00:00Z'),
    buyer('deposit_paid', '2026-11-20'),
    buyer('inspection_failed', '2027-01-12'),
  ];
  return draftFor({
    order,
    events,
    now: '2027-01-20T09:00:00Z',
    limit: sunriseLimit(),
    answers: {
      problems: ['late-shipment', 'not-as-specified', 'below-inspection-standard'],
      brokenLines: ['remarks.1'],
      buyerWords:
        'The SGS inspector found the baskets orange, not red (report attached).\n\nThe supplier promised to re-spray them and has shipped nothing since.',
      noticedOn: '2027-01-12',
    },
  });
}

describe('Alibaba: the demo order, over the limit, pre-shipment coverage, late and off-spec', () => {
  const draft = demoLateOffSpec();

  it('asks for the covered initial payment, never the order total or the limit, and shows the arithmetic', () => {
    expect(draft.amount.requested).toEqual({ minor: 1_458_000, currency: 'USD' });
    expect(field(draft, 'amount').text).toBe('14580.00');
    expect(draft.amount.lines.map((l) => [l.label, l.amount && formatMoney(l.amount)])).toEqual([
      ['Value of the goods affected', 'US$48,600'],
      ['Paid through Alibaba.com', 'US$14,580'],
      ['Covered amount', 'US$14,580'],
      ['Supplier’s Trade Assurance limit', 'US$42,000'],
    ]);
    expect(draft.amount.conclusion).toBe(
      'Amount to ask for = the smallest of US$48,600, US$14,580, US$14,580, US$42,000 = US$14,580.',
    );
  });

  it('claims on-time shipment and product quality, quoting the order’s own terms', () => {
    expect(draft.claims.map((c) => [c.id, c.status])).toEqual([
      ['on-time-shipment', 'claim'],
      ['product-quality', 'weak'],
    ]);
    const [late, quality] = draft.claims;
    expect(late!.quotes).toEqual([{ where: 'Shipment details', text: 'Shipment date: 15 January 2027' }]);
    expect(late!.facts.join(' ')).toContain('5 days after the agreed date');
    // The statement quotes several terms together: the broken one is named where it is said to be broken.
    expect(quality!.facts[0]).toBe('The goods do not match the order’s term “Colour: red”.');
    expect(quality!.quotes.map((q) => q.text)).toEqual([
      'Colour: red',
      'Inspection: pre-shipment inspection by SGS, AQL 2.5 (major) / 4.0 (minor), buyer pays',
    ]);
    // "red" is what the order says: the draft says plainly that it is weak.
    expect(quality!.cautions[0]!.text).toContain('“Colour: red” cannot be measured');
  });

  it('refuses the balance (pre-shipment coverage) and the part above the supplier’s limit', () => {
    expect(draft.refusals.map((r) => r.what)).toEqual([
      'The balance (US$34,020) is not covered: the order has Pre-shipment coverage, which protects only the initial payment (US$14,580)',
      'US$6,600 of the order total (US$48,600) is above the supplier’s Trade Assurance limit of US$42,000, seen 17 November 2026: that part is not protected',
    ]);
  });

  it('drafts a dated statement with the buyer’s own words verbatim, and the fields in the form’s order', () => {
    expect(draft.fields.map((f) => f.id)).toEqual(['claim', 'amount', 'statement', 'evidence']);
    const statement = draft.statement.paragraphs;
    expect(statement[0]).toBe(
      'On 18 November 2026 I placed Trade Assurance order 218834501001020304 with Ningbo Sunrise Kitchenware Co., Ltd.: 2,700 × Digital Air Fryer 5.5L at US$18 each, for a total of US$48,600. The order has Pre-shipment coverage, with a covered amount of US$14,580.',
    );
    expect(statement[1]).toBe(
      'On 20 November 2026 I paid the initial payment of US$14,580 through Alibaba.com.',
    );
    expect(statement[2]).toContain('The inspection of 12 January 2027 failed the agreed standard.');
    expect(statement).toContain('The SGS inspector found the baskets orange, not red (report attached).');
    expect(statement.at(-1)).toBe('I ask for a refund of US$14,580.');
  });

  it('names the claim windows still to come and the supplier’s 15 days after the failed inspection', () => {
    expect(draft.deadline.status).toBe('pending');
    expect(draft.deadline.others.map((o) => o.label)).toContain(
      'Supplier must fix the batch that failed inspection',
    );
  });
});

describe('Alibaba: other situations', () => {
  it('no exact ship date in the order: a late shipment is refused, quoting “ship in January”', () => {
    const { order, url } = orderFromPage(DEMO_TEXT);
    const draft = draftFor({
      order,
      events: [...pageEvents(order, url, '2026-11-18T11:00:00Z'), buyer('deposit_paid', '2026-11-20')],
      now: '2027-02-05T09:00:00Z',
      answers: { problems: ['late-shipment'] },
    });
    expect(draft.claims).toEqual([]);
    expect(draft.refusals[0]!.what).toBe(
      'On-time shipment: the order states no exact shipment date (it says “We will ship in January”), so a late shipment cannot be claimed under Trade Assurance',
    );
    expect(draft.refusals[0]!.rule.source.label).toContain('"Shipment Date"');
  });

  it('post-delivery coverage, 40 of 200 units damaged: a partial refund of exactly those units', () => {
    const { order, url } = orderFromPage('alibaba-order/ta-detail-218834502005060708-fr-text.html');
    const draft = draftFor({
      order,
      events: [
        ...pageEvents(order, url, '2026-11-09T10:00:00Z'),
        buyer('deposit_paid', '2026-11-03'),
        buyer('balance_paid', '2026-11-06'),
        buyer('delivered', '2026-11-16'),
      ],
      now: '2026-11-20T09:00:00Z',
      timeZone: 'Europe/Paris',
      answers: { problems: ['damaged', 'late-shipment'], affectedQuantity: 40 },
    });
    expect(draft.amount.requested).toEqual({ minor: 47_000, currency: 'USD' });
    expect(draft.amount.lines[0]!.basis).toBe('40 units affected × US$11.75 each');
    // Shipped on 9 Nov, the day before the agreed date: nothing to claim for lateness.
    expect(draft.refusals.map((r) => r.what)).toContain(
      'On-time shipment: the goods were shipped on 9 November 2026, by the agreed date (10 November 2026)',
    );
    const quality = draft.claims.find((c) => c.id === 'product-quality')!;
    expect(quality.quotes.map((q) => q.text)).toContain(
      'emballage : boîte de vente au détail avec logo imprimé (fichier AI fourni)',
    );
    // Sent by express on 9 Nov: Alibaba confirms receipt itself 15 days later, before the 30 days after delivery.
    expect(draft.deadline).toMatchObject({
      status: 'open',
      label: 'Claim deadline before Alibaba confirms receipt for you',
      dueAt: '2026-11-24T23:59:59+01:00',
    });
    expect(draft.deadline.others.map((o) => o.label)).toContain('Refund claim deadline after delivery');
  });

  it('an order in euros, 920 of 1,000 bowls arrived: the claim stays in euros; the USD limit only counts through a rate', () => {
    const order = orderFromJson('alibaba-eur-bowls-order.json');
    const situation = {
      order,
      events: [
        buyer('deposit_paid', '2026-08-21'),
        buyer('balance_paid', '2026-09-25'),
        buyer('shipped', '2026-09-28', { shippingMethod: 'sea' as const }),
        buyer('delivered', '2026-11-10'),
      ],
      now: '2026-11-14T09:00:00Z',
      timeZone: 'Europe/Amsterdam',
      limit: { limit: { minor: 300_000, currency: 'USD' }, seenAt: '2026-08-19T10:00:00Z' },
      answers: { problems: ['short-quantity'], receivedQuantity: 920, paidOffPlatform: 50_000 },
    };
    const noRate = draftFor(situation);
    expect(noRate.amount.requested).toEqual({ minor: 34_800, currency: 'EUR' });
    expect(noRate.amount.lines[0]!.basis).toBe('80 units missing (920 units of 1,000 arrived) × €4.35 each');
    const limitLine = noRate.amount.lines.find((l) => l.label === 'Supplier’s Trade Assurance limit')!;
    expect(limitLine).toMatchObject({ counted: false, amount: { minor: 300_000, currency: 'USD' } });
    expect(noRate.amount.warnings.join(' ')).toContain('you have set no USD→EUR rate');
    expect(noRate.refusals.map((r) => r.what)).toContain(
      '€500 you paid outside Alibaba.com is not protected and cannot be claimed in this dispute',
    );
    expect(noRate.claims[0]!.quotes).toContainEqual({ where: 'Product details', text: 'Quantity: 1,000' });

    const withRate = draftFor({
      ...situation,
      rates: [{ from: 'USD', to: 'EUR', rate: 0.92, date: '2026-11-13' }],
    });
    const converted = withRate.amount.lines.find((l) => l.label === 'Supplier’s Trade Assurance limit')!;
    expect(converted).toMatchObject({ counted: true, amount: { minor: 276_000, currency: 'EUR' } });
    expect(converted.basis).toContain('US$3,000 at your rate 1 USD = 0.92 EUR, taken 2026-11-13');
    // The €4,350 order is above the €2,760 limit: that part is refused, in euros.
    expect(withRate.refusals.map((r) => r.what).join('\n')).toContain('€1,590 of the order total (€4,350)');
    expect(withRate.amount.requested).toEqual({ minor: 34_800, currency: 'EUR' });
  });

  it('a requirement never written in the order is refused, citing the guide’s lost case', () => {
    const order = orderFromJson('alibaba-eur-bowls-order.json');
    const draft = draftFor({
      order,
      events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
      now: '2026-11-14T09:00:00Z',
      answers: {
        problems: ['not-as-specified'],
        unwritten: 'engraved logo on the base',
        affectedQuantity: 1000,
      },
    });
    const refusal = draft.refusals.find((r) => r.what.startsWith('“engraved logo on the base”'))!;
    expect(refusal.what).toBe(
      '“engraved logo on the base”: the order does not state this, so Trade Assurance cannot enforce it',
    );
    expect(refusal.rule.source.label).toContain('Case 1');
    expect(draft.gaps).toEqual([]);
  });

  it('a sample order: product-quality protection is refused', () => {
    const { order, url } = orderFromPage(DEMO_JSON);
    const sample = {
      ...order,
      lineItems: order.lineItems.map((l) => ({ ...l, name: 'Sample order: Digital Air Fryer 5.5L' })),
    };
    const draft = draftFor({
      order: sample,
      events: pageEvents(sample, url, '2026-11-18T11:00:00Z'),
      now: '2026-12-01T09:00:00Z',
      answers: { problems: ['damaged'] },
    });
    expect(draft.claims).toEqual([]);
    expect(draft.refusals[0]!.what).toContain('this is a sample order');
    expect(draft.refusals[0]!.rule.source.label).toContain('not applicable on sample orders');
  });

  it('nothing paid yet: nothing to ask for, said plainly', () => {
    const { order, url } = orderFromPage(DEMO_JSON);
    const draft = draftFor({
      order,
      events: pageEvents(order, url, '2026-11-18T11:00:00Z'),
      now: '2026-12-01T09:00:00Z',
      answers: { problems: ['late-shipment'] },
    });
    expect(draft.amount.requested).toEqual({ minor: 0, currency: 'USD' });
    expect(draft.amount.conclusion).toBe(
      'Nothing to ask for yet: nothing has been paid through the platform.',
    );
    expect(field(draft, 'amount').text).toBe('');
    expect(draft.claims[0]).toMatchObject({ id: 'on-time-shipment', status: 'not-yet' });
  });
});

describe('Alibaba: shipped by sea, never arrived', () => {
  const bowls = orderFromJson('alibaba-eur-bowls-order.json');
  const lost = { ...bowls, status: 'Shipped', statusKey: 'shipped' as const };
  const events = [
    buyer('deposit_paid', '2026-08-21'),
    buyer('balance_paid', '2026-09-25'),
    buyer('shipped', '2026-09-28', { shippingMethod: 'sea' as const }),
  ];
  const situation = (deliverBy: string | null) => ({
    order: { ...lost, deliverBy },
    events,
    now: '2026-11-20T09:00:00Z',
    timeZone: 'Europe/Amsterdam',
    answers: { problems: ['not-received'] },
  });

  it('with a delivery date in the order: the paid amount as a refund, and the delivery credit on top, not in it', () => {
    const draft = draftFor(situation('2026-11-05'));
    expect(draft.claims.map((c) => c.id)).toEqual(['payment-protection', 'on-time-delivery']);
    expect(draft.claims[1]!.quotes).toEqual([
      { where: 'Shipment details', text: 'Delivery date: 5 November 2026' },
    ]);
    // Everything paid through Alibaba.com (€4,350), never more; the credit is separate and capped by the platform.
    expect(draft.amount.requested).toEqual({ minor: 435_000, currency: 'EUR' });
    expect(draft.amount.extra?.text).toContain('platform credit of up to US$100');
    expect(draft.statement.paragraphs.at(-1)).toBe(
      'I ask for a refund of €4,350, and the On-time Delivery Guarantee credit for the late delivery.',
    );
  });

  it('without one: the guarantee is refused, saying why', () => {
    const draft = draftFor(situation(null));
    expect(draft.claims.map((c) => c.id)).toEqual(['payment-protection']);
    expect(draft.refusals.map((r) => r.what)).toContain(
      'On-time Delivery Guarantee: the order specifies no delivery date',
    );
    expect(draft.amount.extra).toBeNull();
  });
});

describe('Alibaba: a quality claim while the balance is unpaid', () => {
  const draftWith = (events: ReturnType<typeof buyer>[]) => {
    const { order, url } = orderFromPage(DEMO_JSON);
    return draftFor({
      order,
      events: [...pageEvents(order, url, '2026-11-18T11:00:00Z'), ...events],
      now: '2027-02-20T09:00:00Z',
      answers: { problems: ['not-as-specified'], brokenLines: ['remarks.1'] },
    });
  };
  const caution = (d: ReturnType<typeof draftWith>) =>
    d.claims
      .find((c) => c.id === 'product-quality')
      ?.cautions.find((c) => c.text.includes('full order amount'));

  it('says the guide opens a dispute over received goods only once the whole order is paid, with its source', () => {
    const c = caution(draftWith([buyer('deposit_paid', '2026-11-20')]));
    expect(c?.text).toContain('You have paid US$14,580 of the order’s US$48,600.');
    expect(c?.text).toContain('do not pay the balance for goods you dispute');
    expect(c?.source.label).toContain('opening a dispute over defective goods');
  });

  it('says nothing of it once the balance is paid', () => {
    const d = draftWith([buyer('deposit_paid', '2026-11-20'), buyer('balance_paid', '2027-01-20')]);
    expect(d.claims.find((c) => c.id === 'product-quality')).toBeDefined();
    expect(caution(d)).toBeUndefined();
  });
});
