import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../lib/checklist/build';
import { moneyFromMajor } from '../../../lib/model/money';
import { emptySnapshot } from '../../../lib/model/snapshot';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { last, orderPage, paymentPage, SUNRISE, SUNRISE_ID, supplierPage, usd, visit } from './trade';

const RULE = 'ta-limit-remaining-below-order';
const finding = (analysis: ReturnType<typeof visit>[number]) =>
  analysis.findings.find((f) => f.rule === RULE);

describe("what remains of the limit, computed from the buyer's open orders", () => {
  it('two open US$25,000 orders at a US$42,000 supplier: the second exceeds what is left, with the arithmetic', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001', { statusKey: 'awaiting_shipment' }),
      orderPage('2002'),
    ]);
    expect(finding(pages[1]!)).toBeUndefined(); // the first order fits the whole limit
    const f = finding(last(pages));
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain(
      'Limit US$42,000 − your open order #2001 US$25,000 (paid, not yet delivered) = US$17,000 left; this order of US$25,000 exceeds it by US$8,000.',
    );
    expect(f?.message).toContain("Other buyers' orders");
    expect(f?.fix).toMatch(/wait until one of your open orders/i);
    expect(f?.fix).toMatch(/raise their Trade Assurance limit/);
    // The whole limit covers each order alone: no whole-limit warning beside it.
    expect(last(pages).findings.some((f) => f.rule === 'ta-limit-below-order')).toBe(false);
  });

  it('excludes the order being paid from "other orders" (its payment page, then its order page again)', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001'),
      paymentPage('2001', usd(25_000)),
      orderPage('2001'),
    ]);
    expect(pages[2]!.context.openOrders).toEqual([]);
    expect(finding(pages[2]!)).toBeUndefined();
    expect(finding(pages[3]!)).toBeUndefined();
  });

  it('fires on the payment page of the second order, against the first', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001'),
      orderPage('2002'),
      paymentPage('2002', usd(25_000)),
    ]);
    const f = finding(last(pages));
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('= US$17,000 left');
  });

  it('no longer counts an order completed in between, nor a refunded or cancelled one', () => {
    for (const statusKey of ['completed', 'refunded', 'cancelled'] as const) {
      const pages = visit([
        supplierPage(),
        orderPage('2001', { statusKey: 'shipped' }),
        orderPage('2001', { statusKey, status: statusKey }),
        orderPage('2002'),
      ]);
      expect(last(pages).context.openOrders).toEqual([]);
      expect(finding(last(pages)), statusKey).toBeUndefined();
    }
  });

  it('counts an order read only from the order list, linked to its own page', () => {
    const list = {
      ...emptySnapshot('alibaba:order-list', 'https://biz.alibaba.com/ta/list.htm'),
      orders: [orderPage('2001', { statusKey: 'shipped' }).order!],
    };
    const a = last(visit([supplierPage(), list, orderPage('2002')]));
    expect(finding(a)?.message).toContain('#2001 US$25,000 (paid, not yet delivered) = US$17,000 left');
    expect(a.context.openOrders?.[0]?.url).toBe('https://biz.alibaba.com/ta/detail.htm?orderId=2001');
  });

  it('joins the same supplier under two spellings of its name when no id is shown', () => {
    const noId = { supplierCompanyId: null };
    const pages = visit([
      supplierPage({ companyId: null }),
      orderPage('2001', { ...noId, supplierName: 'NINGBO SUNRISE KITCHENWARE CO.,LTD' }),
      orderPage('2002', { ...noId, supplierName: 'Ningbo Sunrise Kitchenware Company Limited' }),
    ]);
    expect(finding(last(pages))?.message).toContain('#2001 US$25,000');
  });

  it('keeps two companies with different ids apart however alike their names', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001', { supplierCompanyId: '999888777' }),
      orderPage('2002'),
    ]);
    expect(last(pages).context.openOrders).toEqual([]);
  });

  it('mixed currencies: an order in EUR is counted only through the buyer\'s dated rate, else "could not check"', () => {
    const eurOrder = orderPage('2001', { total: moneyFromMajor(10_000, 'EUR') });
    const second = orderPage('2002', { total: usd(31_000) });
    const cannot = finding(last(visit([supplierPage(), eurOrder, second])));
    expect(cannot?.severity).toBe('warning');
    expect(cannot?.message).toContain('TradeGuard could not check the order total of US$31,000');
    expect(cannot?.message).toContain('you have not set a EUR→USD rate');
    const settings = {
      ...DEFAULT_SETTINGS,
      exchangeRates: [{ from: 'EUR', to: 'USD', rate: 1.2, date: '2026-11-30' }],
    };
    const over = finding(last(visit([supplierPage(), eurOrder, second], settings)));
    // 42,000 − 10,000 EUR × 1.2 = 30,000 left; the US$31,000 order exceeds it by 1,000.
    expect(over?.severity).toBe('critical');
    expect(over?.message).toContain('#2001 US$12,000 (€10,000 at your rate of 2026-11-30)');
    expect(over?.message).toContain('exceeds it by US$1,000');
  });

  it('an open order whose amount was not read makes it "could not check", never silence', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001', { total: null }),
      orderPage('2002', { total: usd(20_000) }),
    ]);
    const f = finding(last(pages));
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('the amount of order #2001 was not read');
  });

  it('still blocks when the orders it could count already leave too little', () => {
    const pages = visit([
      supplierPage(),
      orderPage('2001', { total: null }),
      orderPage('2003', { total: usd(30_000) }),
      orderPage('2002', { total: usd(20_000) }),
    ]);
    const f = finding(last(pages));
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('= US$12,000 left');
    expect(f?.message).toContain('1 more open order with this supplier could not be counted');
  });
});

describe('what remains of the limit, as the supplier page stated it', () => {
  it('uses the stated amount, dated, when it is fresher than the orders (they are already inside it)', () => {
    const pages = visit([
      orderPage('2001', { createdAt: '2026-11-10 08:00:00' }),
      supplierPage({ taRemaining: usd(24_363) }),
      orderPage('2002', { total: usd(25_000), createdAt: '2026-12-01T10:05:00' }),
    ]);
    const f = finding(last(pages));
    expect(f?.message).toMatch(
      /^Remaining limit US\$24,363 \(stated on sunrisekitchen\.en\.alibaba\.com on 2026-12-01, today\) = US\$24,363 left; this order of US\$25,000 exceeds it by US\$637\./,
    );
    expect(f?.severity).toBe('critical');
  });

  it('subtracts orders placed after the statement, and warns when the statement may already count this order', () => {
    const pages = visit([
      supplierPage({ taRemaining: usd(30_000) }),
      orderPage('2001', { createdAt: '2026-12-01T10:00:30' }),
      orderPage('2002', { total: usd(10_000), createdAt: '2026-12-01T10:00:45' }),
    ]);
    const f = finding(last(pages));
    expect(f?.message).toContain('− your open order placed since #2001 US$25,000');
    expect(f?.message).toContain('= US$5,000 left');
    expect(f?.severity).toBe('critical');

    const older = visit([
      orderPage('2002', { total: usd(30_000), createdAt: '2026-11-01 08:00:00' }),
      supplierPage({ taRemaining: usd(24_363) }),
      orderPage('2002', { total: usd(30_000), createdAt: '2026-11-01 08:00:00' }),
    ]);
    const maybe = finding(last(older));
    expect(maybe?.severity).toBe('warning');
    expect(maybe?.message).toContain('may already count this order');
  });

  it('tells the age of a remembered statement', () => {
    const memoryPages = visit([supplierPage({ taRemaining: usd(40_000) })]);
    expect(memoryPages[0]!.facts.find((l) => l.label === 'Limit still available')?.source).toContain('today');
  });
});

describe('the checklist shows one limit line with both facts', () => {
  it('over the whole limit: one blocker line, which also tells what the open orders hold', () => {
    const pages = visit([supplierPage(), orderPage('2001'), orderPage('2002', { total: usd(48_600) })]);
    const a = last(pages);
    const rules = a.findings.map((f) => f.rule);
    expect(rules).toContain('ta-limit-below-order');
    expect(rules).not.toContain(RULE);
    const checklist = buildChecklist(a.context, a.findings, new Set(), null);
    const limitLines = checklist.auto.filter((i) => i.id === 'ta-limit');
    expect(limitLines).toHaveLength(1);
    expect(limitLines[0]?.status).toBe('blocker');
    expect(limitLines[0]?.detail).toContain('US$6,600 above');
    expect(limitLines[0]?.detail).toContain(
      'What remains: limit US$42,000 − your open order #2001 US$25,000',
    );
    expect(checklist.verdict.blockers).toBeGreaterThanOrEqual(1);
  });

  it('within the whole limit but over what remains: the same line is a blocker with the arithmetic', () => {
    const a = last(visit([supplierPage(), orderPage('2001'), orderPage('2002')]));
    const item = buildChecklist(a.context, a.findings, new Set(), null).auto.find((i) => i.id === 'ta-limit');
    expect(item?.status).toBe('blocker');
    expect(item?.rules).toEqual([RULE]);
    expect(item?.detail).toContain('exceeds it by US$8,000');
  });

  it('fits: ok, and says what is left', () => {
    const a = last(visit([supplierPage(), orderPage('2001', { total: usd(10_000) }), orderPage('2002')]));
    const item = buildChecklist(a.context, a.findings, new Set(), null).auto.find((i) => i.id === 'ta-limit');
    expect(item?.status).toBe('ok');
    expect(item?.detail).toContain('= US$32,000 left');
  });
});

describe('the card and popup facts beside the limit', () => {
  it('count and sum of the open orders, each linked to its order page', () => {
    const a = last(
      visit([supplierPage(), orderPage('2001'), orderPage('2003', { total: usd(5_000) }), orderPage('2002')]),
    );
    const line = a.facts.find((l) => l.label === 'Your open orders with this supplier');
    expect(line?.value).toBe('2 orders · US$30,000');
    expect(line?.links?.map((l) => l.href)).toEqual([
      'https://biz.alibaba.com/ta/detail.htm?orderId=2001',
      'https://biz.alibaba.com/ta/detail.htm?orderId=2003',
    ]);
    expect(line?.links?.[0]?.text).toBe('#2001 US$25,000 (order total, not paid yet)');
  });

  it('on the supplier page too, once an order was seen', () => {
    const pages = visit([orderPage('2001'), supplierPage({ name: SUNRISE, companyId: SUNRISE_ID })]);
    expect(last(pages).facts.find((l) => l.label === 'Your open orders with this supplier')?.value).toBe(
      '1 order · US$25,000',
    );
  });
});
