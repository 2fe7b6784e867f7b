import { describe, expect, it } from 'vitest';
import { formatAudit } from '../../../lib/cli/audit';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 42's held-out pages: files the command line placed but that gave it nothing to check (a captcha saved
 * in place of an item page, an item page that says the item is gone, a 2025 item page saved before its
 * scripts drew the seller and the price) printed "No findings.", which reads like a clean page. They now say
 * why nothing was checked. Every fixture is written for this test with invented values; each comment names
 * the public page kind whose structure it follows.
 */
const run = async (html: string, url?: string) => runAuditFiles([{ file: 'saved', html }], url ? [url] : []);
const audit = async (html: string, url?: string) => (await run(html, url)).pages[0];
const text = async (html: string, url?: string) => formatAudit(await run(html, url));

const ITEM = 'https://pt.aliexpress.com/item/1005001122334455.html';

/** The anti-bot interstitial (Alibaba's punish page: a <punish-component> at the top of the body). */
const captcha =
  '<html><head><title>Verify</title></head><body><punish-component></punish-component></body></html>';

/** AliExpress's answer for an item taken down (2025 de layout): a not-found block and others' items. */
const goneItem = `<html><head><meta property="og:url" content="//de.aliexpress.com/item/1005001122334455.html">
<meta property="og:title" content="Klappbarer Campinghocker - AliExpress"></head><body>
<div class="not-found-page--box--x1"><p>Die Seite wurde leider nicht gefunden</p></div>
<div class="recommend"><a href="//de.aliexpress.com/item/1005009999888777.html">Regenschirm 0,99 €</a></div></body></html>`;

/** Alibaba's "Product Not Available" page. */
const goneProduct =
  '<html><head><title>Product Not Available</title></head><body><p>The product is no longer available.</p></body></html>';

/** A 2025 item page as served before its scripts ran: only the head names the item (og:title, og:url). */
const itemShell = (data = '') => `<html><head>
<meta property="og:url" content="//pt.aliexpress.com/item/1005001122334455.html">
<meta property="og:title" content="Carrinho dobrável com três prateleiras - AliExpress 15"></head>
<body><div id="root"></div><script>window.runParams = {${data}};</script></body></html>`;

describe('a placed page that gave nothing to check says so', () => {
  it('a captcha saved in place of the page: a security check, no "No findings."', async () => {
    const page = await audit(captcha, ITEM);
    expect(page?.kind).toBe('challenge');
    expect(page?.nothingRead).toMatch(/security check/);
    const out = await text(captcha, ITEM);
    expect(out).toContain('[NOTHING READ]');
    expect(out).not.toContain('No findings.');
  });

  it('an item that is gone is said to be gone, on either marketplace, not a security check', async () => {
    const ae = await audit(goneItem);
    expect(ae?.kind).toBe('challenge');
    expect(ae?.nothingRead).toMatch(/no longer available/);
    expect(ae?.nothingRead).not.toMatch(/security check/);
    const alibaba = await audit(
      goneProduct,
      'https://www.alibaba.com/product-detail/Lamp_1600111222333.html',
    );
    expect(alibaba?.nothingRead).toMatch(/no longer available/);
  });

  it('an item page holding only its name (no seller, no price) says nothing about them was checked', async () => {
    const page = await audit(itemShell());
    expect(page?.kind).toBe('aliexpress:item');
    expect(page?.product?.title).toBe('Carrinho dobrável com três prateleiras');
    expect(page?.nothingRead).toMatch(/neither its seller nor its price/);
    expect(await text(itemShell())).not.toContain('No findings.');
  });

  it('the same page with its price data, or with its seller, is read as usual', async () => {
    const priced = itemShell(
      'data: {priceModule: {minActivityAmount: {value: 89.9, currency: "BRL"}, maxActivityAmount: {value: 99.9, currency: "BRL"}}}',
    );
    expect((await audit(priced))?.nothingRead).toBeNull();
    const sold = itemShell('data: {storeModule: {storeName: "Casa Prática Store", storeNum: 1101999888}}');
    expect((await audit(sold))?.nothingRead).toBeNull();
  });

  it('search results with no offer read say so; results with offers do not', async () => {
    const url = 'https://www.alibaba.com/trade/search?SearchText=stool';
    const empty =
      '<html><head><title>Stool - Alibaba.com</title></head><body><div id="root"></div></body></html>';
    expect((await audit(empty, url))?.nothingRead).toMatch(/no offers were read/);
    const withOffer = `<html><body><script>window.__page__data = {"offerResultData":{"offers":[
      {"companyName":"Ningbo Stool Works","companyId":"1","productUrl":"//www.alibaba.com/product-detail/a_1600000000001.html","title":"Folding stool"}]}};</script></body></html>`;
    expect((await audit(withOffer, url))?.nothingRead).toBeNull();
  });
});
