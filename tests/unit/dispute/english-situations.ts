import { extractPage } from '../../../lib/pages/extract';
import { loadPage } from '../../support/fixtures';
import { buyer, draftFor, orderFromJson, orderFromPage, pageEvents, type Situation } from './helpers';

/**
 * Representative drafts whose English (what is pasted into Alibaba's and AliExpress's forms, and the
 * reasoning beside it) is recorded in tests/fixtures/dispute/english-drafts.json: every claim, refusal,
 * amount line, deadline and gap branch the builders have, on both marketplaces.
 */
const DEMO_JSON = 'alibaba-order/ta-detail-218834501001020304-json.html';
const DEMO_TEXT = 'alibaba-order/ta-detail-218834501001020304-text.html';
const ALIEXPRESS = 'aliexpress-order/order-detail-api.html';

function sunriseLimit() {
  const { doc, url } = loadPage('alibaba-supplier/sunrise-shopsign-module-data.html');
  const limit = extractPage(doc, url).supplier?.taLimit;
  if (!limit) throw new Error('the supplier page gives no limit');
  return { limit, seenAt: '2026-11-17T08:00:00Z' };
}

function demo(): Omit<Situation, 'answers' | 'now'> {
  const { order, url } = orderFromPage(DEMO_JSON);
  return { order, events: pageEvents(order, url, '2026-11-18T11:00:00Z') };
}

const bowls = () => orderFromJson('alibaba-eur-bowls-order.json');
const paidBowls = [
  buyer('deposit_paid', '2026-08-21'),
  buyer('balance_paid', '2026-09-25'),
  buyer('shipped', '2026-09-28', { shippingMethod: 'sea' as const }),
];

export const SITUATIONS: Record<string, () => Situation> = {
  'alibaba-demo-late-off-spec-over-limit': () => {
    const d = demo();
    return {
      ...d,
      events: [...d.events, buyer('deposit_paid', '2026-11-20'), buyer('inspection_failed', '2027-01-12')],
      now: '2027-01-20T09:00:00Z',
      limit: sunriseLimit(),
      answers: {
        problems: ['late-shipment', 'not-as-specified', 'below-inspection-standard'],
        brokenLines: ['remarks.1'],
        buyerWords: 'The SGS inspector found the baskets orange, not red.\n\nNothing shipped since.',
        noticedOn: '2027-01-12',
      },
    };
  },
  'alibaba-no-exact-ship-date': () => {
    const { order, url } = orderFromPage(DEMO_TEXT);
    return {
      order,
      events: [...pageEvents(order, url, '2026-11-18T11:00:00Z'), buyer('deposit_paid', '2026-11-20')],
      now: '2027-02-05T09:00:00Z',
      answers: { problems: ['late-shipment'] },
    };
  },
  'alibaba-damaged-post-delivery': () => {
    const { order, url } = orderFromPage('alibaba-order/ta-detail-218834502005060708-fr-text.html');
    return {
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
    };
  },
  'alibaba-short-eur-with-rate-and-off-platform': () => ({
    order: bowls(),
    events: [...paidBowls, buyer('delivered', '2026-11-10')],
    now: '2026-11-14T09:00:00Z',
    timeZone: 'Europe/Amsterdam',
    limit: { limit: { minor: 300_000, currency: 'USD' }, seenAt: '2026-08-19T10:00:00Z' },
    rates: [{ from: 'USD', to: 'EUR', rate: 0.92, date: '2026-11-13' }],
    answers: { problems: ['short-quantity'], receivedQuantity: 920, paidOffPlatform: 50_000 },
  }),
  'alibaba-short-eur-no-rate': () => ({
    order: bowls(),
    events: [...paidBowls, buyer('delivered', '2026-11-10')],
    now: '2026-11-14T09:00:00Z',
    timeZone: 'Europe/Amsterdam',
    limit: { limit: { minor: 300_000, currency: 'USD' }, seenAt: '2026-08-19T10:00:00Z' },
    answers: { problems: ['short-quantity'], receivedQuantity: 920 },
  }),
  'alibaba-yen-line-no-rate': () => {
    const order = bowls();
    order.lineItems[0]!.unitPrice = { minor: 300, currency: 'JPY' };
    return {
      order,
      events: [
        buyer('deposit_paid', '2026-08-21'),
        buyer('balance_paid', '2026-09-10'),
        buyer('delivered', '2026-11-05'),
      ],
      now: '2026-11-20T09:00:00Z',
      answers: { problems: ['damaged'], affectedQuantity: 1000 },
    };
  },
  'alibaba-unwritten-requirement': () => ({
    order: bowls(),
    events: [buyer('balance_paid', '2026-09-25'), buyer('delivered', '2026-11-10')],
    now: '2026-11-14T09:00:00Z',
    answers: {
      problems: ['not-as-specified'],
      unwritten: 'engraved logo on the base',
      affectedQuantity: 1000,
    },
  }),
  'alibaba-sample-order': () => {
    const d = demo();
    const order = {
      ...d.order,
      lineItems: d.order.lineItems.map((l) => ({ ...l, name: 'Sample order: Digital Air Fryer 5.5L' })),
    };
    return { order, events: d.events, now: '2026-12-01T09:00:00Z', answers: { problems: ['damaged'] } };
  },
  'alibaba-nothing-paid-not-yet': () => ({
    ...demo(),
    now: '2026-12-01T09:00:00Z',
    answers: { problems: ['late-shipment'] },
  }),
  'alibaba-lost-at-sea-with-delivery-date': () => ({
    order: { ...bowls(), status: 'Shipped', statusKey: 'shipped' as const, deliverBy: '2026-11-05' },
    events: paidBowls,
    now: '2026-11-20T09:00:00Z',
    timeZone: 'Europe/Amsterdam',
    answers: { problems: ['not-received'] },
  }),
  'alibaba-lost-no-delivery-date-no-shipment': () => ({
    order: { ...bowls(), status: 'Shipped', statusKey: 'shipped' as const, deliverBy: null },
    events: paidBowls.slice(0, 2),
    now: '2026-11-20T09:00:00Z',
    answers: { problems: ['not-received'] },
  }),
  'alibaba-quality-balance-unpaid': () => {
    const d = demo();
    return {
      ...d,
      events: [...d.events, buyer('deposit_paid', '2026-11-20'), buyer('delivered', '2027-02-10')],
      now: '2027-02-20T09:00:00Z',
      answers: {
        problems: ['not-as-specified', 'damaged'],
        brokenLines: ['remarks.1'],
        paidOnPlatform: 1_000_000,
      },
    };
  },
  'alibaba-nothing-chosen': () => ({ ...demo(), now: '2026-12-01T09:00:00Z', answers: {} }),
  'aliexpress-not-as-described-brl': () => {
    const { order, url } = orderFromPage(ALIEXPRESS);
    return {
      order,
      events: pageEvents(order, url, '2026-07-29T10:00:00Z'),
      now: '2026-08-20T12:00:00Z',
      timeZone: 'America/Sao_Paulo',
      answers: {
        problems: ['not-as-specified', 'late-shipment', 'damaged', 'short-quantity'],
        brokenLines: ['item1.2'],
        affectedQuantity: 1,
        receivedQuantity: 0,
        unwritten: 'a braided sleeve',
        paidOffPlatform: 1000,
        buyerWords: 'The cable measures 1.5 m, not 2 m.',
      },
    };
  },
  'aliexpress-never-arrived-refund-requested': () => {
    const { order, url } = orderFromPage(ALIEXPRESS);
    const inTransit = {
      ...order,
      status: 'Awaiting delivery',
      statusKey: 'shipped' as const,
      dates: order.dates.filter((d) => d.type !== 'receipt_confirmed'),
    };
    return {
      order: inTransit,
      events: [
        ...pageEvents(inTransit, url, '2026-07-29T10:00:00Z'),
        buyer('refund_requested', '2026-09-05'),
      ],
      now: '2026-09-16T12:00:00Z',
      timeZone: 'America/Sao_Paulo',
      answers: { problems: ['not-received'] },
    };
  },
  'aliexpress-options-unchosen': () => {
    const { order, url } = orderFromPage(ALIEXPRESS);
    return {
      order,
      events: pageEvents(order, url, '2026-07-29T10:00:00Z'),
      now: '2026-12-20T12:00:00Z',
      answers: { problems: ['not-as-specified', 'short-quantity'] },
    };
  },
};

export const draftOf = (name: string) => draftFor(SITUATIONS[name]!());
