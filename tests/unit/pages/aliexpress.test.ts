import { describe, expect, it } from 'vitest';
import { extractAliexpressDispute } from '../../../lib/pages/aliexpress/dispute';
import { extractAliexpressItem } from '../../../lib/pages/aliexpress/item';
import { extractAliexpressOrder, extractAliexpressOrderFromApi } from '../../../lib/pages/aliexpress/order';
import {
  extractAliexpressOrderList,
  extractAliexpressOrderListFromApi,
} from '../../../lib/pages/aliexpress/order-list';
import { loadJson, loadPage, usd } from '../../support/fixtures';

const DETAIL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8212313961591322';
const STATED = [
  'If there are any problems, you can apply for a return/refund within 7 days of confirming receipt.',
  'If the item you received is defective or not as described, you can open a dispute within 90 days after order was placed.',
  'Refund if no delivery before Sep 4, 2026',
  'Send it back within 15 days after delivery.',
];

describe('AliExpress order detail', () => {
  it('reads the real API shape handed over by the MAIN-world script', () => {
    const o = extractAliexpressOrderFromApi(loadJson('aliexpress-order/order-detail-api.json'), DETAIL_URL);
    expect(o).toMatchObject({
      id: '8212313961591322',
      status: 'Completed',
      statusKey: 'completed',
      supplierName: 'Vega Store',
      supplierCompanyId: '1105843321',
      total: { minor: 13_274, currency: 'BRL' },
      paymentMethod: 'Credit/Debit card',
      payTime: 'Jul 15, 2026',
      shipTime: 'Jul 16, 2026',
      paidAt: '2026-07-15',
      deliverBy: '2026-08-03',
    });
    expect(o?.statedDeadlines).toEqual(expect.arrayContaining(STATED));
    expect(o?.dates).toContainEqual({ type: 'receipt_confirmed', at: '2026-07-28' });
    expect(o?.via).toContain('api');
  });

  it('finds the same JSON embedded in the page', () => {
    const { doc, url } = loadPage('aliexpress-order/order-detail-api.html');
    const fromPage = extractAliexpressOrder(doc, url);
    const fromApi = extractAliexpressOrderFromApi(
      loadJson('aliexpress-order/order-detail-api.json'),
      DETAIL_URL,
    );
    expect({ ...fromPage, via: [] }).toEqual({ ...fromApi, via: [] });
  });

  it('rejects anything that is not an order response', () => {
    for (const junk of [
      null,
      42,
      'x',
      { data: { data: { a: { tag: 'evil' } } } },
      [{ tag: 'detail_order_status_block' }],
    ]) {
      expect(extractAliexpressOrderFromApi(junk, DETAIL_URL)).toBeNull();
    }
  });

  it('reads the rendered text of a US $ order, with its own deadline sentences', () => {
    const { doc, url } = loadPage('aliexpress-order/order-detail-text.html');
    const o = extractAliexpressOrder(doc, url);
    expect(o).toMatchObject({
      id: '8213002558014471',
      statusKey: 'shipped',
      supplierName: 'ZETA Store',
      total: usd(61.69),
      shippingFee: usd(4.99),
      paymentMethod: 'PayPal',
      createdAt: '2026-11-10',
      shippedAt: '2026-11-12',
    });
    expect(o?.lineItems[0]).toMatchObject({
      unitPrice: usd(18.9),
      quantity: 3,
      productId: '1005525676232238',
    });
    expect(o?.protectionText).toMatch(/^Buyer protection ends in 23 days/);
    expect(o?.statedDeadlines).toEqual([
      'If you have not received your package, you can open a dispute before Dec 14, 2026.',
      'Refund if no delivery before Dec 20, 2026',
      'Send it back within 15 days after delivery.',
    ]);
  });
});

describe('AliExpress order list, dispute and item', () => {
  it('order list from the embedded API and from text cards', () => {
    const api = loadPage('aliexpress-order-list/order-list-api.html');
    const rows = extractAliexpressOrderList(api.doc, api.url) ?? [];
    expect(rows.map((r) => [r.id, r.total?.minor, r.statusKey])).toEqual([
      ['8212313961591322', 13_274, 'completed'],
      ['8211748238135282', 8782, 'completed'],
    ]);
    expect(
      extractAliexpressOrderListFromApi(loadJson('aliexpress-order-list/order-list-api.json')),
    ).toHaveLength(2);
    const text = loadPage('aliexpress-order-list/order-list-text.html');
    const cards = extractAliexpressOrderList(text.doc, text.url) ?? [];
    expect(cards.map((r) => [r.id, r.supplierName, r.total?.minor, r.statusKey])).toEqual([
      ['8213002558014471', 'ZETA Store', 6169, 'shipped'],
      ['8212977100223344', 'Vega Store', 1490, 'completed'],
    ]);
  });

  it('dispute from the reverse-order list JSON picks the line named in the URL', () => {
    const { doc, url } = loadPage('aliexpress-dispute/reverse-list-json.html');
    const d = extractAliexpressDispute(doc, url);
    expect(d).toMatchObject({
      id: '8213002558014471',
      statusKey: 'in_dispute',
      supplierCompanyId: '912255364',
    });
    expect(d?.dates).toContainEqual({ type: 'dispute_opened', at: '2026-11-21T09:14' });
    expect(d?.lineItems[0]).toMatchObject({ unitPrice: usd(18.9), quantity: 3 });
  });

  it('dispute from German visible text', () => {
    const { doc, url } = loadPage('aliexpress-dispute/dispute-detail-de-text.html');
    const d = extractAliexpressDispute(doc, url);
    expect(d).toMatchObject({
      id: '8213002558014471',
      statusKey: 'in_dispute',
      total: usd(61.69),
      createdAt: '2026-11-10',
    });
    expect(d?.dates).toContainEqual({ type: 'dispute_opened', at: '2026-11-21T09:14' });
    expect(d?.statedDeadlines).toContain('Der Verkäufer muss innerhalb von 5 Tagen antworten.');
  });

  it('item: store facts from runParams and from visible text', () => {
    const json = loadPage('aliexpress-item/item-runparams.html');
    const a = extractAliexpressItem(json.doc, json.url);
    expect(a.product).toMatchObject({
      id: '1005525676232238',
      title: 'Portable silicone kitchen scale 5kg with tare function',
    });
    expect(a.supplier).toMatchObject({
      name: 'ZETA Store',
      profileUrl: 'https://www.aliexpress.com/store/912255364',
    });
    expect(a.store).toEqual({ storeId: '912255364', positiveRate: 96.5, openedYear: 2019, topRated: false });
    const text = loadPage('aliexpress-item/item-text.html');
    const b = extractAliexpressItem(text.doc, text.url);
    expect(b.supplier?.name).toBe('Vega Store');
    expect(b.store).toMatchObject({ storeId: '1105843321', positiveRate: 96.1, openedYear: 2021 });
  });
});
