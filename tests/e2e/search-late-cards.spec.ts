import { card, cardView, expect, test } from './harness';

/**
 * A search page whose embedded offers are incomplete is read whole on the buyer's page (the background
 * asks for it). Cards the site draws after that must still reach the verdict: a watcher that went back to
 * sending only the embedded data would keep judging the offers it saw first (stale count, stale badges).
 */
test('a result card drawn after load is counted on a page whose offer data is incomplete', async ({
  ext,
}) => {
  const page = await ext.open((p) => p.file.includes('air-fryer-fr-ssr-cards'));
  await expect(card(page)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  const count = async () => Number(/Offers read\D*(\d+)/.exec((await cardView(ext, page)).text)?.[1] ?? -1);
  await expect.poll(count, { timeout: 10_000 }).toBeGreaterThan(0);
  const drawn = await count();
  // The site adds its embedded offer data, incomplete (no price, no years): the background asks for the whole page.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent =
      'window.__late__ = {"offerResultData": {"offers": [{"companyName": "Late Data Trading Co., Ltd.", "productId": "1601111111111", "productUrl": "//www.alibaba.com/product-detail/Late-data_1601111111111.html"}]}};';
    document.body.appendChild(script);
  });
  await expect.poll(count, { timeout: 10_000 }).toBe(drawn + 1);
  // Then it draws one more result card, a product neither the data nor the first cards listed.
  await page.evaluate(() => {
    const first = document.querySelector('.fy23-search-card');
    if (!first?.parentElement) throw new Error('no result card to copy');
    const late = first.cloneNode(true) as Element;
    late.setAttribute('data-ctrdot', '1609999999999');
    for (const el of Array.from(late.querySelectorAll('[data-ctrdot]')))
      el.setAttribute('data-ctrdot', '1609999999999');
    for (const a of Array.from(late.querySelectorAll('a[href*="/product-detail/"]')))
      a.setAttribute('href', '//www.alibaba.com/product-detail/Late-drawn-card_1609999999999.html');
    first.parentElement.appendChild(late);
  });
  await expect.poll(count, { timeout: 10_000 }).toBe(drawn + 2);
  await page.close();
});
