import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 44: an AliExpress item's list price before the discount, beside the price paid, with the discount
 * between them — read from the holder that gives the price paid, in each layout the held pages use. Every
 * value below is invented for this test; each fixture's comment names the public layout it follows.
 */
const ITEM_URL = 'https://www.aliexpress.com/item/1005007766554433.html';

const product = async (html: string, url = ITEM_URL) =>
  (await runAuditFiles([{ file: 'item.html', html }], [url])).pages[0]?.product ?? null;

const store = { storeName: 'Harbour Lamp Store', storeNum: 1103344556, companyId: 250011223 };

/** 2020–2022 runParams: priceModule with the sale range, the regular range and the stated discount. */
const moduleLayout = (price: Record<string, unknown>) => `<html><body>
<script>window.runParams = { data: ${JSON.stringify({
  titleModule: { subject: 'Brass desk lamp with dimmer' },
  priceModule: price,
  storeModule: store,
  pageModule: { productId: 1005007766554433 },
})} };</script></body></html>`;

const usd = (value: number) => ({ value, currency: 'USD' });

describe('list price in the runParams …Module layout', () => {
  it('the regular range beside the sale range is the list price, with the stated discount', async () => {
    const p = await product(
      moduleLayout({
        minActivityAmount: usd(12.6),
        maxActivityAmount: usd(16.1),
        minAmount: usd(18),
        maxAmount: usd(23),
        discount: 30,
      }),
    );
    expect(p?.priceMin).toEqual({ amount: 12.6, currency: 'USD' });
    expect(p?.listPriceMin).toEqual({ amount: 18, currency: 'USD' });
    expect(p?.listPriceMax).toEqual({ amount: 23, currency: 'USD' });
    expect(p?.discount).toEqual({ percent: 30, stated: true });
  });

  it('without a stated figure the discount is worked out when both ends agree on it', async () => {
    const p = await product(
      moduleLayout({
        minActivityAmount: usd(7.5),
        maxActivityAmount: usd(15),
        minAmount: usd(10),
        maxAmount: usd(20),
      }),
    );
    expect(p?.discount).toEqual({ percent: 25, stated: false });
  });

  it('ends that disagree (a teaser option at a cent) give the list price and no single discount', async () => {
    const p = await product(
      moduleLayout({
        minActivityAmount: usd(0.01),
        maxActivityAmount: usd(8),
        minAmount: usd(3),
        maxAmount: usd(11),
      }),
    );
    expect(p?.listPriceMin).toEqual({ amount: 3, currency: 'USD' });
    expect(p?.discount).toBeNull();
  });

  it('a page with only the regular range has no list price: the price paid is not repeated as one', async () => {
    const p = await product(moduleLayout({ minAmount: usd(10), maxAmount: usd(20) }));
    expect(p?.priceMin).toEqual({ amount: 10, currency: 'USD' });
    expect(p?.listPriceMin).toBeNull();
    expect(p?.discount).toBeNull();
  });

  it('a regular range no higher than the sale one is no list price', async () => {
    const p = await product(
      moduleLayout({
        minActivityAmount: usd(9),
        maxActivityAmount: usd(9),
        minAmount: usd(9),
        maxAmount: usd(9),
      }),
    );
    expect(p?.listPriceMin).toBeNull();
  });
});

/** 2023 …Component layout: priceComponent{discountPrice{…Activity…}, origPrice{min/maxAmount}} (airvzxf captures). */
const componentLayout = (discountPrice: Record<string, unknown>, currency = 'EUR') => `<html><body>
<script>window.runParams = { data: ${JSON.stringify({
  productInfoComponent: { subject: 'Ceramic pour-over kettle', idStr: '1005007766554433' },
  priceComponent: {
    discountPrice,
    origPrice: {
      minAmount: { value: 40, currency },
      maxAmount: { value: 52, currency },
    },
  },
  sellerComponent: store,
})} };</script></body></html>`;

describe('list price in the …Component layout', () => {
  it('origPrice beside discountPrice is the list price; the discount is worked out', async () => {
    const p = await product(
      componentLayout({
        minActivityAmount: { value: 30, currency: 'EUR' },
        maxActivityAmount: { value: 39, currency: 'EUR' },
      }),
    );
    expect(p?.priceMin).toEqual({ amount: 30, currency: 'EUR' });
    expect(p?.listPriceMax).toEqual({ amount: 52, currency: 'EUR' });
    expect(p?.discount).toEqual({ percent: 25, stated: false });
  });

  it('an empty discountPrice: the price paid is origPrice, and there is no list price', async () => {
    const p = await product(componentLayout({}));
    expect(p?.priceMin).toEqual({ amount: 40, currency: 'EUR' });
    expect(p?.listPriceMin).toBeNull();
  });
});

/** 2022 item API component map: price_<id>.fields with both ranges and discountTips (kamalbilal layout). */
const componentMap = `{"data":{"data":{
 "titleBanner_2440":{"type":"titleBanner","fields":{"subject":"Set of six enamel mugs"}},
 "price_2256":{"type":"price","fields":{"discountTips":"-20%",
   "minAmount":{"currency":"GBP","value":25},"maxAmount":{"currency":"GBP","value":25},
   "minActivityAmount":{"currency":"GBP","value":20},"maxActivityAmount":{"currency":"GBP","value":20}}},
 "storeHeader_2248":{"type":"storeHeader","fields":{"storeName":"Kettle Corner","storeNum":1105566778}}}}}`;

/**
 * 2024+ PRICE component, in the item API reply the page's scripts fetch and a scraper saves as JSON
 * (`data.result{PRODUCT_TITLE, PRICE{targetSkuPriceInfo}, SHOP_CARD_PC}`, public scrapers' code and tests).
 */
const priceComponent = (info: Record<string, unknown>) =>
  JSON.stringify({
    api: 'mtop.aliexpress.pdp.pc.query',
    data: {
      result: {
        PRODUCT_TITLE: { text: 'Walnut phone stand' },
        PRICE: { targetSkuPriceInfo: info },
        SHOP_CARD_PC: { storeName: 'Grain Works', storeNum: 1107788990 },
      },
    },
  });

describe('list price in the 2022 component map and the 2024+ PRICE component', () => {
  it('the component map: the stated "-20%" and the regular price', async () => {
    const p = await product(`<html><body><script>window.runParams = ${componentMap};</script></body></html>`);
    expect(p?.listPriceMin).toEqual({ amount: 25, currency: 'GBP' });
    expect(p?.discount).toEqual({ percent: 20, stated: true });
  });

  it('targetSkuPriceInfo: sale and original amounts, and the stated discount', async () => {
    const p = await product(
      priceComponent({
        salePrice: { value: 8.4, currency: 'CAD' },
        originalPrice: { value: 12, currency: 'CAD' },
        discount: '30',
      }),
    );
    expect(p?.priceMin).toEqual({ amount: 8.4, currency: 'CAD' });
    expect(p?.listPriceMin).toEqual({ amount: 12, currency: 'CAD' });
    expect(p?.discount).toEqual({ percent: 30, stated: true });
  });

  it('targetSkuPriceInfo with a sale price only: no list price', async () => {
    const p = await product(priceComponent({ salePrice: { value: 8.4, currency: 'CAD' } }));
    expect(p?.priceMin).toEqual({ amount: 8.4, currency: 'CAD' });
    expect(p?.listPriceMin).toBeNull();
  });
});

/** An item page built in the browser and saved (2025–26 hashed class names, no data object). */
const drawn = (price: string) => `<html><head><title>Linen apron - AliExpress 1</title>
<link rel="canonical" href="${ITEM_URL}"></head><body>
<a href="//www.aliexpress.com/store/1109900112">Apron Atelier</a>
<div class="price-default--wrap--k1">${price}</div></body></html>`;

describe('list price drawn beside the current one', () => {
  it('the struck-through price and the worked-out discount', async () => {
    const p = await product(
      drawn(
        '<span class="price-default--current--a1">$4.50</span><span class="price-default--original--b2"><bdi>$9.00</bdi></span>',
      ),
    );
    expect(p?.priceMin).toEqual({ amount: 4.5, currency: 'USD' });
    expect(p?.listPriceMin).toEqual({ amount: 9, currency: 'USD' });
    expect(p?.discount).toEqual({ percent: 50, stated: false });
  });

  it('a printed "35% off" is the stated discount; its figure never joins the price', async () => {
    const p = await product(
      drawn(
        '<span class="price--current--c3">€13,00</span><div class="price--original--d4"><span class="price--originalText--e5">€20,00</span><span class="price--discount--f6">35% off</span></div>',
      ),
    );
    expect(p?.listPriceMin).toEqual({ amount: 20, currency: 'EUR' });
    expect(p?.listPriceMax).toEqual({ amount: 20, currency: 'EUR' });
    expect(p?.discount).toEqual({ percent: 35, stated: true });
  });

  it("a recommended item's struck-through price below is not this item's list price", async () => {
    const p = await product(
      `${drawn('<span class="price-default--current--a1">$4.50</span>').replace('</body>', '')}
<div class="recommend"><span class="price--original--z9">$12.00</span></div></body></html>`,
    );
    expect(p?.priceMin).toEqual({ amount: 4.5, currency: 'USD' });
    expect(p?.listPriceMin).toBeNull();
  });

  it('a drawn page with a current price only has no list price', async () => {
    const p = await product(drawn('<span class="price-default--current--a1">$4.50</span>'));
    expect(p?.priceMin).toEqual({ amount: 4.5, currency: 'USD' });
    expect(p?.listPriceMin).toBeNull();
    expect(p?.discount).toBeNull();
  });
});

describe('item API reply', () => {
  const reply = (def: Record<string, unknown>) =>
    JSON.stringify({
      result: {
        settings: { currency: 'USD' },
        item: { itemId: '3256801122334455', title: 'Trail running vest', sku: { def } },
        seller: { storeTitle: 'Ridge Outfitters', storeId: 1101122334 },
      },
    });

  it('a promotion price makes the regular price the list price', async () => {
    const p = await product(reply({ price: '40.00 - 50.00', promotionPrice: '30.00 - 37.50' }));
    expect(p?.priceMin).toEqual({ amount: 30, currency: 'USD' });
    expect(p?.listPriceMin).toEqual({ amount: 40, currency: 'USD' });
    expect(p?.discount).toEqual({ percent: 25, stated: false });
  });

  it('no promotion price: no list price', async () => {
    const p = await product(reply({ price: '40.00 - 50.00', promotionPrice: null }));
    expect(p?.listPriceMin).toBeNull();
  });
});
