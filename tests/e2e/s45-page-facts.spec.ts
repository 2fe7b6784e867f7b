import { LOCALISED_SITE_DATA } from '../unit/pages/localised-site-data';
import { card, cardView, expect, test } from './harness';

/**
 * Stop 45, in the browser with the shipped extension: the card on an item shows the price paid with the list
 * price and the discount beside it and the return promise; on a product page the supplier's business type,
 * the kind the platform verified and the reorder rate; and a supplier's site on a localised marketplace
 * (<language>.alibaba.com/supplier_<token>) gets the supplier card — the manifest's *.alibaba.com reaches it.
 * Pages are our own (tests/fixtures/pages, and one written here); names and numbers are invented.
 */
test('an item: the list price, the discount and the return promise', async ({ ext }) => {
  const item = await ext.open((p) => p.file.endsWith('item-list-price-return-2021.html'));
  await expect(card(item)).toHaveAttribute('data-state', 'ready');
  const { text } = await cardView(ext, item);
  expect(text).toContain('US$9.10 – US$11.20, list price US$13 – US$16 (30% off)');
  expect(text).toContain('Free return: Within 15 days of delivery');
  await item.close();
});

test('a product: business type, verified identity and reorder rate', async ({ ext }) => {
  const product = await ext.open((p) => p.file.endsWith('walnut-tray-business-type-2026.html'));
  await expect(card(product)).toHaveAttribute('data-state', 'ready');
  const { text } = await cardView(ext, product);
  expect(text).toContain('Business type');
  expect(text).toContain('Manufacturer, Trading Company');
  expect(text).toContain('Verified by the platform as');
  expect(text).toContain('Custom Manufacturer');
  expect(text).toContain('Reorder rate');
  expect(text).toContain('18%');
  await product.close();
});

const SITE_URL = 'https://spanish.alibaba.com/supplier_Qm7rKd3WfXn8/company_profile.html';
const SITE = `<!doctype html><html><head><meta charset="utf-8"><title>Perfil de la empresa</title></head><body>
<h1>Larchmont Ceramics Co., Ltd.</h1>
<script>window.shopBizData = ${JSON.stringify(LOCALISED_SITE_DATA)};</script></body></html>`;

test("a supplier's site on a localised marketplace gets the supplier card", async ({ ext }) => {
  await ext.context.route(SITE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: SITE }),
  );
  const site = await ext.context.newPage();
  await site.goto(SITE_URL, { waitUntil: 'domcontentloaded' });
  await expect(card(site)).toHaveAttribute('data-kind', 'alibaba:supplier');
  await expect(card(site)).toHaveAttribute('data-state', 'ready');
  const { text } = await cardView(ext, site);
  expect(text).toContain('Larchmont Ceramics Co., Ltd.');
  expect(text).toContain('26%');
  await site.close();
});
