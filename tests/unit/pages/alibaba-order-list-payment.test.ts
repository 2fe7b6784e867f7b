import { describe, expect, it } from 'vitest';
import { extractAlibabaOrderList } from '../../../lib/pages/alibaba/order-list';
import { extractAlibabaPayment } from '../../../lib/pages/alibaba/payment';
import { loadPage, usd } from '../../support/fixtures';

describe('extractAlibabaOrderList', () => {
  it('reads both demo orders from the embedded list API JSON', () => {
    const { doc, url } = loadPage('alibaba-order-list/ta-order-list-json.html');
    const orders = extractAlibabaOrderList(doc, url) ?? [];
    expect(orders.map((o) => o.id)).toEqual(['218834501001020304', '218834502005060708']);
    expect(orders[0]).toMatchObject({
      total: usd(48_600),
      initialPayment: usd(14_580),
      shippingMethod: 'sea',
      statusKey: 'awaiting_initial_payment',
    });
    expect(orders[1]).toMatchObject({
      total: usd(2350),
      shippingMethod: 'express',
      statusKey: 'shipped',
      paymentMethod: 'Credit/Debit card',
    });
    expect(orders[0]?.createdAt).toBe('2026-11-18T02:22:31.000Z');
    expect(orders.every((o) => o.via.includes('json'))).toBe(true);
  });

  it('reads one card per orderId= link from the Spanish text-only list', () => {
    const { doc, url } = loadPage('alibaba-order-list/ta-order-list-es-text.html');
    const orders = extractAlibabaOrderList(doc, url) ?? [];
    expect(orders).toHaveLength(2);
    expect(orders[0]).toMatchObject({
      id: '218834501001020304',
      supplierName: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      total: usd(48_600),
      statusKey: 'awaiting_initial_payment',
      shippingMethod: 'sea',
      createdAt: '2026-11-18',
    });
    expect(orders[1]).toMatchObject({
      id: '218834502005060708',
      total: usd(2350),
      statusKey: 'shipped',
      shippingMethod: 'express',
    });
  });
});

describe('extractAlibabaPayment', () => {
  for (const path of ['alibaba-payment/cashier-tt-json.html', 'alibaba-payment/cashier-tt-text.html']) {
    it(`reads amount, method and the Citibank beneficiary from ${path.split('/')[1]}`, () => {
      const { doc, url } = loadPage(path);
      const p = extractAlibabaPayment(doc, url);
      expect(p).toEqual({
        orderId: '218834501001020304',
        amount: usd(14_580),
        method: 'T/T',
        beneficiary: {
          bank: 'Citibank N.A. Hong Kong Branch',
          name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
          accountNumber: '1234 5678 9012 34',
          swift: 'CITIHKHX',
          iban: null,
          address: 'Champion Tower, 3 Garden Road, Central, Hong Kong',
        },
      });
    });
  }

  it('is null on a cashier page that names no amount and no beneficiary', () => {
    const { doc } = loadPage('alibaba-payment/cashier-tt-text.html');
    doc.body.innerHTML = '<div>Loading…</div>';
    expect(extractAlibabaPayment(doc, 'https://cashier.alibaba.com/')).toBeNull();
  });
});
