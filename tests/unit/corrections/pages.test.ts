import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { applyCorrection, correctOrderFacts } from '../../../lib/analysis/apply-correction';
import { offerBadges } from '../../../lib/analysis/offer-badges';
import { deadlinesForOrder } from '../../../lib/analysis/order-deadlines';
import { buildRuleContext } from '../../../lib/analysis/rule-context';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { buildChecklist } from '../../../lib/checklist/build';
import { createTranslator } from '../../../lib/i18n/translate';
import type { CorrectionChange } from '../../../lib/model/correction';
import type { PageSnapshot } from '../../../lib/model/snapshot';
import { extractPage } from '../../../lib/pages/extract';
import type { FactLine } from '../../../lib/present/fact-line';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { loadPage, usd } from '../../support/fixtures';

/**
 * Our own fixture pages through the whole judgement, as the background runs it: the buyer enters a
 * fact on one page, every rule, the checklist and the deadlines use it with its source, and a later
 * page that states the fact replaces it.
 */
const ORDER = 'alibaba-order/ta-detail-218834501001020304-text.html'; // Sunrise, US$48,600, no ship-by date
const OTHER_ORDER = 'alibaba-order/ta-detail-218834502005060708-fr-text.html'; // another supplier
const PROFILE = 'alibaba-supplier/sunrise-shopsign-module-data.html'; // Sunrise's limit: US$42,000
const PAYMENT = 'alibaba-payment/cashier-tt-text.html'; // pays US$14,580 for the order, by T/T
const SEARCH = 'alibaba-search/air-fryer-fr-ssr-cards.html'; // offers, some of them Sunrise's

const read = (path: string): PageSnapshot => {
  const { doc, url } = loadPage(path);
  return extractPage(doc, url);
};
const ON_1_DEC = '2026-12-01T12:00:00.000Z';

function enter(memory: TradeMemory, page: PageSnapshot, change: CorrectionChange, at = ON_1_DEC) {
  const ctx = buildRuleContext(page, memory, DEFAULT_SETTINGS, at);
  return applyCorrection(ctx.corrections, memory.corrections, change, at);
}
const judge = (memory: TradeMemory, page: PageSnapshot, at: string) =>
  analysePage(page, memory, DEFAULT_SETTINGS, at);
const fact = (facts: FactLine[], label: string) => facts.find((f) => f.label === label);

describe('a TA limit the buyer enters on an order page', () => {
  it('turns "limit unknown" into the over-limit blocker, saying the limit is the buyer\'s', () => {
    const memory = new TradeMemory();
    const order = read(ORDER);
    const first = judge(memory, order, '2026-12-01T11:00:00.000Z');
    expect(first.findings.map((f) => f.rule)).toContain('ta-limit-unknown');
    expect(fact(first.facts, 'Trade Assurance limit')).toMatchObject({
      value: 'not shown',
      correct: { fact: 'taLimit', known: false, entered: false, currency: 'USD' },
    });

    expect(enter(memory, order, { fact: 'taLimit', value: usd(40_000) })).toEqual({ ok: true });
    const after = judge(memory, order, '2026-12-01T12:05:00.000Z');
    const blocker = after.findings.find((f) => f.rule === 'ta-limit-below-order');
    expect(blocker?.severity).toBe('critical');
    expect(blocker?.message).toContain(
      "US$8,600 above this supplier's Trade Assurance limit of US$40,000 (entered by you on 1 Dec 2026)",
    );
    expect(after.findings.map((f) => f.rule)).not.toContain('ta-limit-unknown');
    expect(fact(after.facts, 'Trade Assurance limit')).toMatchObject({
      value: 'US$40,000',
      source: 'entered by you on 1 Dec 2026',
      correct: { known: true, entered: true, draft: 'US$40,000' },
    });

    const ctx = buildRuleContext(order, memory, DEFAULT_SETTINGS, '2026-12-01T12:06:00.000Z');
    const limitCheck = buildChecklist(ctx, after.findings, new Set(), null).auto.find(
      (a) => a.id === 'ta-limit',
    );
    expect(limitCheck?.status).toBe('blocker');
    expect(limitCheck?.facts?.map((f) => [f.label, f.value, f.source])).toEqual([
      ['Trade Assurance limit', 'US$40,000', 'entered by you on 1 Dec 2026'],
      ['Order total', 'US$48,600', undefined],
    ]);
  });

  it("shows on that supplier's search badges as the buyer's", () => {
    const memory = new TradeMemory();
    judge(memory, read(PROFILE), '2026-11-30T09:00:00.000Z');
    enter(memory, read(ORDER), { fact: 'taLimit', value: usd(40_000) });
    const badges = offerBadges(read(SEARCH), memory);
    const sunrise = badges.filter((b) => b.supplierName === 'Ningbo Sunrise Kitchenware Co., Ltd.');
    expect(sunrise.length).toBeGreaterThan(0);
    for (const b of sunrise) expect(b).toMatchObject({ taLimit: usd(40_000), taLimitEntered: true });
    expect(badges.filter((b) => b.taLimitEntered)).toEqual(sunrise);
  });

  it('is about that supplier only', () => {
    const memory = new TradeMemory();
    enter(memory, read(ORDER), { fact: 'taLimit', value: usd(40_000) });
    const other = judge(memory, read(OTHER_ORDER), '2026-12-02T09:00:00.000Z');
    expect(other.findings.map((f) => f.rule)).toContain('ta-limit-unknown');
    expect(fact(other.facts, 'Trade Assurance limit')?.value).toBe('not shown');
  });

  it('is replaced when the supplier profile later states another limit, and the buyer is told', () => {
    const memory = new TradeMemory();
    const order = read(ORDER);
    judge(memory, order, '2026-12-01T11:00:00.000Z');
    enter(memory, order, { fact: 'taLimit', value: usd(40_000) });

    const profile = judge(memory, read(PROFILE), '2026-12-03T09:30:00.000Z');
    expect(profile.notices).toMatchObject([
      {
        fact: 'taLimit',
        text: 'Trade Assurance limit: the page now shows US$42,000 (sunrisekitchen.en.alibaba.com, 3 Dec 2026); your entry US$40,000 from 1 Dec 2026 is replaced.',
      },
    ]);
    // The same notice in the buyer's language: the words looked up, the day written as Spanish writes it.
    const spanish = createTranslator('es').render(profile.notices[0]!.message!);
    expect(spanish).toContain(createTranslator('es').t('facts.taLimit'));
    expect(spanish).toContain('3 dic 2026');
    expect(fact(profile.facts, 'Trade Assurance limit')).toMatchObject({ value: 'US$42,000' });

    const back = judge(memory, order, '2026-12-03T10:00:00.000Z');
    const blocker = back.findings.find((f) => f.rule === 'ta-limit-below-order');
    expect(blocker?.message).toContain(
      "US$6,600 above this supplier's Trade Assurance limit of US$42,000 (seen on sunrisekitchen.en.alibaba.com on 2026-12-03)",
    );
    expect(fact(back.facts, 'Trade Assurance limit')?.source).toBe(
      'seen on sunrisekitchen.en.alibaba.com on 3 Dec 2026',
    );
    expect(back.notices).toHaveLength(1);
    // "Got it" forgets the replaced entry, and with it the notice.
    expect(enter(memory, order, { fact: 'taLimit', remove: true })).toEqual({ ok: true });
    expect(judge(memory, order, '2026-12-03T10:01:00.000Z').notices).toEqual([]);
  });

  it('corrects a limit the profile shows, and that same profile read again does not undo it', () => {
    const memory = new TradeMemory();
    const profile = read(PROFILE);
    judge(memory, profile, '2026-11-30T09:00:00.000Z');
    enter(memory, profile, { fact: 'taLimit', value: usd(30_000) });
    const again = judge(memory, profile, '2026-12-04T09:00:00.000Z');
    expect(again.notices).toEqual([]);
    expect(fact(again.facts, 'Trade Assurance limit')).toMatchObject({
      value: 'US$30,000',
      source: 'entered by you on 1 Dec 2026 (the page shows US$42,000)',
    });
    const order = judge(memory, read(ORDER), '2026-12-04T10:00:00.000Z');
    expect(order.findings.find((f) => f.rule === 'ta-limit-below-order')?.message).toContain(
      "US$18,600 above this supplier's Trade Assurance limit of US$30,000 (entered by you on 1 Dec 2026)",
    );
  });
});

describe('order facts the buyer enters', () => {
  it('an order total feeds the limit rule, with its source, for that order only', () => {
    const memory = new TradeMemory();
    const order = read(ORDER);
    judge(memory, read(PROFILE), '2026-11-30T09:00:00.000Z');
    expect(enter(memory, order, { fact: 'orderTotal', value: usd(45_000) })).toEqual({ ok: true });
    const after = judge(memory, order, '2026-12-01T13:00:00.000Z');
    expect(after.findings.find((f) => f.rule === 'ta-limit-below-order')?.message).toContain(
      'The order total of US$45,000 (entered by you on 1 Dec 2026) is US$3,000 above',
    );
    expect(fact(after.facts, 'Order total')).toMatchObject({
      value: 'US$45,000',
      source: 'entered by you on 1 Dec 2026 (the page shows US$48,600)',
    });
    const other = judge(memory, read(OTHER_ORDER), '2026-12-01T13:00:00.000Z');
    expect(fact(other.facts, 'Order total')?.value).toBe('US$2,350');
  });

  it('a payment method entered on the payment page is judged against its own limit', () => {
    const memory = new TradeMemory();
    judge(memory, read(ORDER), '2026-11-30T09:00:00.000Z');
    const payment = read(PAYMENT);
    expect(judge(memory, payment, '2026-11-30T10:00:00.000Z').findings.map((f) => f.rule)).not.toContain(
      'payment-method-limit',
    );
    expect(enter(memory, payment, { fact: 'paymentMethod', value: 'card' })).toEqual({ ok: true });
    const after = judge(memory, payment, '2026-12-01T12:30:00.000Z');
    expect(after.findings.find((f) => f.rule === 'payment-method-limit')?.message).toBe(
      'Credit/debit card (entered by you on 1 Dec 2026) takes at most US$12,000 per Trade Assurance payment (fee 2.95%; most suppliers take cards only below ~US$500); this payment is US$14,580.',
    );
    expect(fact(after.facts, 'Payment method')).toMatchObject({
      value: 'Credit/debit card',
      source: 'entered by you on 1 Dec 2026 (the page shows T/T)',
      correct: { draft: 'card' },
    });
  });

  it('a ship-by date feeds the missing-date rule, the checklist and the deadlines', () => {
    const memory = new TradeMemory();
    const page = read(ORDER);
    // Without its remarks ("… in January."), the order names no shipment date at all.
    const order: PageSnapshot = { ...page, order: { ...page.order!, remarks: null, specText: null } };
    expect(judge(memory, order, '2026-11-30T09:00:00.000Z').findings.map((f) => f.rule)).toContain(
      'missing-ship-date',
    );
    enter(memory, order, { fact: 'shipBy', value: '2026-12-20' });
    const after = judge(memory, order, '2026-12-01T12:30:00.000Z');
    expect(after.findings.map((f) => f.rule)).not.toContain('missing-ship-date');
    const ctx = buildRuleContext(order, memory, DEFAULT_SETTINGS, '2026-12-01T12:31:00.000Z');
    const shipDate = buildChecklist(ctx, after.findings, new Set(), null).auto.find(
      (a) => a.id === 'ship-date',
    );
    expect(shipDate?.detail).toContain('Ship by 2026-12-20 (entered by you on 1 Dec 2026).');

    const { order: forDeadlines } = correctOrderFacts(order.order!, memory.corrections, {
      url: order.url,
      at: '2026-11-30T09:00:00.000Z',
    });
    const result = deadlinesForOrder(forDeadlines, [], DEFAULT_SETTINGS, {
      now: new Date('2026-12-02T00:00:00Z'),
      timeZone: 'Europe/Berlin',
    });
    expect(result.deadlines.find((d) => d.id === 'ship-by')?.dueAt.slice(0, 10)).toBe('2026-12-20');
  });

  it('a shipping method sets the claim window the deadlines count', () => {
    const memory = new TradeMemory();
    const order = read(ORDER); // the page says sea freight
    const shipped = [
      {
        type: 'shipped' as const,
        at: '2026-12-05T10:00:00+01:00',
        source: { kind: 'buyer' as const, enteredAt: ON_1_DEC },
      },
    ];
    const autoConfirm = () => {
      const { order: facts } = correctOrderFacts(order.order!, memory.corrections, {
        url: order.url,
        at: ON_1_DEC,
      });
      return deadlinesForOrder(facts, shipped, DEFAULT_SETTINGS, {
        now: new Date('2026-12-06T00:00:00Z'),
        timeZone: 'Europe/Berlin',
      }).deadlines.find((d) => d.id === 'auto-confirm-claim');
    };
    expect(autoConfirm()?.basis).toContain('60 calendar days');
    expect(
      enter(memory, order, { fact: 'shippingMethod', value: 'air' }, '2026-12-01T13:00:00.000Z'),
    ).toEqual({ ok: true });
    expect(autoConfirm()?.basis).toContain('30 calendar days (shipping by air)');
  });

  it('takes a correction whatever a page wrote (very long words are cut, never a reason to lose the entry)', () => {
    const memory = new TradeMemory();
    const page = read(PAYMENT);
    const odd: PageSnapshot = { ...page, payment: { ...page.payment!, method: `Bank ${'x'.repeat(5000)}` } };
    expect(enter(memory, odd, { fact: 'paymentMethod', value: 'tt' })).toEqual({ ok: true });
    expect(memory.corrections.all()[0]?.replaces?.length).toBeLessThanOrEqual(300);
  });

  it('is refused, in words, where no order number was read', () => {
    const memory = new TradeMemory();
    const order = read(ORDER);
    const anonymous: PageSnapshot = { ...order, order: { ...order.order!, id: null } };
    const answer = enter(memory, anonymous, { fact: 'orderTotal', value: usd(1) });
    expect(answer).toEqual({
      ok: false,
      message:
        "TradeGuard could not read this order's number, so it cannot keep your order total for it. Open the order's own page and enter it there.",
    });
    expect(memory.corrections.all()).toEqual([]);
  });
});
