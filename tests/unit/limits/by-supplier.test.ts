import { describe, expect, it } from 'vitest';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { supplierExposures } from '../../../lib/limits/by-supplier';
import { supplierLimitView } from '../../../lib/present/supplier-limit-view';
import { orderPage, supplierPage, usd } from './trade';

const NOW = '2026-12-01T12:00:00.000Z';

describe("the side panel's limit per supplier", () => {
  it('lists each supplier with open orders: limit, open orders linked, and what a new order could use', () => {
    const memory = new TradeMemory();
    memory.observe(supplierPage(), '2026-12-01T10:00:00.000Z');
    memory.observe(orderPage('2001', { statusKey: 'shipped' }), '2026-12-01T10:01:00.000Z');
    memory.observe(orderPage('2002'), '2026-12-01T10:02:00.000Z');
    memory.observe(orderPage('2003', { statusKey: 'completed' }), '2026-12-01T10:03:00.000Z');
    memory.observe(
      orderPage('3001', {
        supplierName: 'Dongguan Everfit Garments Co., Ltd.',
        supplierCompanyId: null,
        total: usd(8_000),
      }),
      '2026-12-01T10:04:00.000Z',
    );
    const views = supplierExposures(memory, []).map((e) => supplierLimitView(e, NOW));
    expect(views.map((v) => v.name)).toEqual([
      'Ningbo Sunrise Kitchenware Co., Ltd.',
      'Dongguan Everfit Garments Co., Ltd.',
    ]);
    const [sunrise, everfit] = views;
    expect(sunrise).toMatchObject({
      limit: 'US$42,000 (seen 2026-12-01)',
      openOrders: '2 orders · US$50,000',
      left: 'nothing left (US$8,000 over) for a new order',
      tone: 'bad',
    });
    expect(sunrise?.orders.map((o) => o.href)).toEqual([
      'https://biz.alibaba.com/ta/detail.htm?orderId=2001',
      'https://biz.alibaba.com/ta/detail.htm?orderId=2002',
    ]);
    expect(everfit).toMatchObject({
      limit: "not seen yet: open the supplier's profile",
      openOrders: '1 order · US$8,000',
      left: 'unknown until TradeGuard reads the limit',
    });
  });
});
