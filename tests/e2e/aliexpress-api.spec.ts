import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { card, cardView, expect, test } from './harness';

/**
 * The AliExpress order page builds itself from its own order-detail API
 * response. TradeGuard's MAIN-world script sees that response and hands it to
 * the isolated script: the card shows the order's facts from it, with the
 * 16-digit order id exact, though the page's DOM never prints them.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const API_BODY = readFileSync(
  join(ROOT, 'tests/fixtures/pages/aliexpress-order/order-detail-api.json'),
  'utf8',
);
const PAGE_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8212313961591322';
const API_URL =
  'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?jsv=2.7.2&appKey=12574478';
// Our own minimal page: it only fetches its order and says it did (the real page renders it with React).
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Order details</title></head><body>
<div id="root">Loading…</div>
<script>
fetch(${JSON.stringify(API_URL)}, { credentials: 'include' })
  .then((r) => r.json())
  .then(() => { document.getElementById('root').textContent = 'Order loaded'; });
</script></body></html>`;

test('the order the page fetched from its own API shows on the card', async ({ ext }) => {
  await ext.context.route(API_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: API_BODY }),
  );
  await ext.context.route(PAGE_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }),
  );
  const page = await ext.context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#root')).toHaveText('Order loaded');
  await expect(card(page)).toHaveAttribute('data-kind', 'aliexpress:order');
  await expect(card(page)).toHaveAttribute('data-state', 'ready');
  // The card's shadow root is closed: what it says is read from TradeGuard's own world.
  await expect.poll(async () => (await cardView(ext, page)).text).toContain('8212313961591322');
  expect((await cardView(ext, page)).text).toContain('R$132.74');
  await page.close();
});
