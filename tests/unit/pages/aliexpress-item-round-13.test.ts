import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * What the thirteenth round of strangers' AliExpress pages showed the item and search readers missing, each
 * written here as our own page of the same construction (the strangers' pages are checked in place by the
 * truth files, tests/fixtures/real-truth/): the item's specification rows in every layout that keeps them,
 * the unit it is sold by, the bulk price under the current one, the store's opening date as printed, an
 * item page that says the item is gone, and the yen sign on the Japanese site. All through the command
 * line's audit, as its public JSON.
 */
type Money = { amount: number; currency: string };
type Audited = {
  kind: string;
  supplier: Record<string, unknown> | null;
  product:
    | (Record<string, unknown> & {
        title: string | null;
        unit: string | null;
        attributes: { name: string; value: string }[] | null;
        priceTiers: { minQty: number; maxQty: number | null; price: Money }[];
        priceMin: Money | null;
      })
    | null;
  offers: { productId: string; priceMin: Money | null }[] | null;
  findings: unknown[];
};

const ITEM = 'https://www.aliexpress.com/item/1005000000123.html';

async function audit(html: string, url = ITEM, file = 'page.html'): Promise<Audited> {
  const { pages } = await runAuditFiles([{ file, html }], url ? [url] : []);
  return pages[0] as unknown as Audited;
}

const page = (script: string, body = '') =>
  `<!DOCTYPE html><html><head><title>Garden hose - AliExpress</title></head><body>${body}<script>${script}</script></body></html>`;

describe("an AliExpress item's specification rows, read in the shape of an Alibaba product's attributes", () => {
  it('reads the …Module layout (specsModule.props) and the unit the item is sold by', async () => {
    const data = {
      titleModule: { subject: 'Expandable garden hose with brass fittings' },
      priceModule: {
        minAmount: { value: 9.5, currency: 'USD' },
        maxAmount: { value: 12, currency: 'USD' },
        multiUnitName: 'Pairs',
      },
      quantityModule: { oddUnitName: 'pair', multiUnitName: 'Pairs', totalAvailQuantity: 300 },
      specsModule: {
        props: [
          { attrName: 'Hose length', attrValue: '15 m' },
          { attrName: 'Fitting material', attrValue: 'Brass' },
          { attrName: 'Origin', attrValue: 'Mainland China' },
        ],
      },
    };
    const got = await audit(page(`window.runParams = {data: ${JSON.stringify(data)}};`));
    expect(got.kind).toBe('aliexpress:item');
    expect(got.product?.attributes).toEqual([
      { name: 'Hose length', value: '15 m' },
      { name: 'Fitting material', value: 'Brass' },
      { name: 'Origin', value: 'Mainland China' },
    ]);
    expect(got.product?.unit).toBe('pair');
  });

  it('reads the …Component layout when the page keeps its data as a script object, not JSON', async () => {
    // Unquoted keys, single quotes and a trailing comma: a page run through a code formatter.
    const script = `window.runParams = {
      data: {
        productInfoComponent: { idStr: '1005000000123', subject: 'Folding camp stool', oddUnitName: 'unit', },
        productPropComponent: {
          props: [
            { attrValue: 'Aluminium alloy', attrName: 'Frame' },
            { attrValue: '120 kg', attrName: 'Load capacity' },
          ],
        },
      },
    };`;
    const got = await audit(page(script));
    expect(got.product?.title).toBe('Folding camp stool');
    expect(got.product?.attributes).toEqual([
      { name: 'Frame', value: 'Aluminium alloy' },
      { name: 'Load capacity', value: '120 kg' },
    ]);
    expect(got.product?.unit).toBe('unit');
  });

  it("reads the item API's component map: title, rows and unit under each component's fields", async () => {
    const api = {
      data: {
        hierarchy: { root: 'root', structure: { root: ['titleBanner_71', 'price_72', 'specsInfo_73'] } },
        data: {
          titleBanner_71: { id: 71, type: 'titleBanner', fields: { subject: 'Set of four ceramic mugs' } },
          price_72: {
            id: 72,
            type: 'price',
            fields: {
              oddUnitName: 'Set',
              multiUnitName: 'Sets',
              minAmount: { currency: 'USD', value: 18 },
              maxAmount: { currency: 'USD', value: 22 },
            },
          },
          specsInfo_73: {
            id: 73,
            type: 'specsInfo',
            fields: { specs: [{ attrValue: '350 ml', attrName: 'Capacity' }] },
          },
        },
      },
    };
    const got = await audit(JSON.stringify(api), ITEM, 'item-api.json');
    expect(got.product?.title).toBe('Set of four ceramic mugs');
    expect(got.product?.attributes).toEqual([{ name: 'Capacity', value: '350 ml' }]);
    expect(got.product?.unit).toBe('Set');
  });

  it('reads the drawn rows of a page built in the browser, two rows to a line', async () => {
    const row = (name: string, value: string) =>
      `<div class="specification--prop--a1"><div class="specification--title--b2"><span>${name}</span></div>` +
      `<div class="specification--desc--c3" title="${value}"><span>${value}</span></div></div>`;
    const body =
      '<h1 data-pl="product-title">Lamp shade in woven rattan</h1>' +
      '<div class="specification--wrap--x9" id="nav-specification" data-pl="product-specs">' +
      '<div class="title--wrap--q"><h2>Specifications</h2></div>' +
      '<ul class="specification--list--z">' +
      `<li class="specification--line--y">${row('Brand Name', 'Hollowlight')}${row('Diameter', '40 cm')}</li>` +
      `<li class="specification--line--y">${row('Material', 'Rattan')}</li>` +
      '</ul><button class="specification--btn--w">View more</button></div>';
    const got = await audit(page('', body));
    expect(got.product?.attributes).toEqual([
      { name: 'Brand Name', value: 'Hollowlight' },
      { name: 'Diameter', value: '40 cm' },
      { name: 'Material', value: 'Rattan' },
    ]);
  });

  it("takes no rows from the item's option lists, nor from a list that is only partly rows", async () => {
    const data = {
      titleModule: { subject: 'Cotton tote bag' },
      skuModule: {
        productSKUPropertyList: [
          { skuPropertyName: 'Color', skuPropertyValues: [{ propertyValueDisplayName: 'Red' }] },
        ],
      },
      otherModule: { entries: [{ attrName: 'Weight', attrValue: '200 g' }, { label: 'promo' }] },
    };
    const got = await audit(page(`window.runParams = {data: ${JSON.stringify(data)}};`));
    expect(got.product?.title).toBe('Cotton tote bag');
    expect(got.product?.attributes).toBeNull();
  });
});

describe("the store's opening date as the page prints it", () => {
  const seller = (fields: Record<string, unknown>) =>
    page(
      `window.runParams = {data: ${JSON.stringify({
        productInfoComponent: { idStr: '1005000000123', subject: 'Bike bell' },
        sellerComponent: { storeName: 'Ring Ring Store', storeNum: 1234567, ...fields },
      })}};`,
    );

  it('reads "month day, year" written with the month as a number (the Japanese site)', async () => {
    const got = await audit(seller({ formatOpenTime: '3 5, 2022', openTime: 1_646_539_200_000 }));
    expect(got.supplier?.openedOn).toBe('2022-03-05');
  });

  it("reads a bare stamp on the marketplace's own clock, not in UTC", async () => {
    // 2022-03-06 04:00 UTC is still the evening of 5 March in California, where the page prints its dates.
    const got = await audit(seller({ openTime: 1_646_539_200_000 }));
    expect(got.supplier?.openedOn).toBe('2022-03-05');
  });
});

describe('the bulk price printed under the current one on a page built in the browser', () => {
  const priced = (current: string, bulk: string) =>
    page(
      '',
      '<h1 data-pl="product-title">Silicone baking mat</h1><div class="price--wrap--a product-price" data-pl="product-price">' +
        `<div class="price--current--b product-price-current"><span class="product-price-value">${current}</span></div>` +
        `<div><span class="promo--text--c"><span>${bulk}</span></span></div></div>`,
    );

  it('makes a two-step ladder: the current price below the quantity, the bulk price from it', async () => {
    const got = await audit(priced('US $4.00', 'US $3.60 per piece, min. 5 pieces'));
    expect(got.product?.priceTiers).toEqual([
      { minQty: 1, maxQty: 4, price: { amount: 4, currency: 'USD' } },
      { minQty: 5, maxQty: null, price: { amount: 3.6, currency: 'USD' } },
    ]);
    expect(got.product?.priceMin).toEqual({ amount: 4, currency: 'USD' });
  });

  it('reads the same line written as "N+" in another language', async () => {
    const got = await audit(
      priced('12,00 €', '10,80 € pro Stück, 3+ Stück'),
      'https://de.aliexpress.com/item/1005000000123.html',
    );
    expect(got.product?.priceTiers?.[1]).toEqual({
      minQty: 3,
      maxQty: null,
      price: { amount: 10.8, currency: 'EUR' },
    });
  });

  it('makes none when the current price is a range, or the other price is not lower', async () => {
    expect(
      (await audit(priced('US $4.00 - 6.00', 'US $3.60 per piece, min. 5 pieces'))).product?.priceTiers,
    ).toEqual([]);
    expect(
      (await audit(priced('US $4.00', 'US $4.40 per piece, min. 5 pieces'))).product?.priceTiers,
    ).toEqual([]);
  });
});

describe('an item page that says the item is gone', () => {
  const gone =
    '<!DOCTYPE html><html><head><title>Brass door knocker - AliExpress</title>' +
    '<meta property="og:title" content="Brass door knocker - AliExpress 13"></head><body><div id="root">' +
    '<div class="not-found--wrap--k1"><img src="x.png" alt=""><div class="not-found--desc--k2">This item can no longer be found</div></div>' +
    '<div class="recommend--wrap--r"><h2>More to love</h2><a href="https://www.aliexpress.com/item/1005000000999.html">Hinge set US $3.10</a>' +
    '<a href="https://www.aliexpress.com/store/7654321">Other Hardware Store</a></div></div></body></html>';

  it('stays silent: no product from the head, no seller from the recommendations', async () => {
    const got = await audit(gone);
    expect(got.kind).toBe('challenge');
    expect(got.product).toBeNull();
    expect(got.supplier).toBeNull();
    expect(got.findings).toEqual([]);
  });

  it('is still an item page when the item itself is drawn beside a not-found block', async () => {
    const shown = gone.replace(
      '<div id="root">',
      '<div id="root"><h1 data-pl="product-title">Brass door knocker</h1>',
    );
    const got = await audit(shown);
    expect(got.kind).toBe('aliexpress:item');
    expect(got.product?.title).toBe('Brass door knocker');
  });

  // An older layout without the data-pl marks: its item lives in the data object, and a "not-found-" class is
  // the empty reviews tab, not an apology for the item.
  const live = (extra: string) =>
    page(
      `window.runParams = {data: ${JSON.stringify({
        titleModule: { subject: 'Brass door knocker, lion head' },
        priceModule: {
          minAmount: { value: 14.2, currency: 'USD' },
          maxAmount: { value: 14.2, currency: 'USD' },
        },
      })}};`,
      `<div class="reviews"><div class="not-found-reviews--empty--x1">No reviews yet</div></div>${extra}`,
    );

  it('is still an item page when only an empty reviews tab carries a not-found class', async () => {
    const got = await audit(live(''));
    expect(got.kind).toBe('aliexpress:item');
    expect(got.product?.title).toBe('Brass door knocker, lion head');
  });

  it('is still an item page when its price is drawn and the Q&A tab is empty', async () => {
    const shown = gone
      .replace(
        '<div id="root">',
        '<div id="root"><div class="product-price-current"><span>US $14.20</span></div>',
      )
      .replace('not-found--wrap--k1', 'not-found-qa--wrap--k1');
    const got = await audit(shown);
    expect(got.kind).toBe('aliexpress:item');
  });
});

describe('the yen sign on AliExpress search results', () => {
  const results = (prices: string[], extra: Record<string, unknown> = {}) =>
    page(
      `window._dida_config_._init_data_ = { data: ${JSON.stringify({
        data: {
          root: {
            fields: {
              ...extra,
              mods: {
                itemList: {
                  content: prices.map((p, i) => ({
                    productId: `100500000000${i}`,
                    title: { displayTitle: `Wiper blade ${i}` },
                    prices: { salePrice: { formattedPrice: p } },
                    store: { storeName: 'Wipers Store', storeId: 555 },
                  })),
                },
              },
            },
          },
        },
      })} };`,
    );
  const SEARCH = 'https://www.aliexpress.com/w/wholesale-wiper.html';

  it("is the yen where the page declares it serves prices in yen (its environment's currency)", async () => {
    const got = await audit(results(['￥ 1,980'], { env: { currency: 'JPY', locale: 'ja_JP' } }), SEARCH);
    expect(got.offers?.[0]?.priceMin).toEqual({ amount: 1980, currency: 'JPY' });
  });

  it("is the yen on the Japanese site's address when the page declares nothing", async () => {
    const got = await audit(results(['￥ 1,980']), 'https://ja.aliexpress.com/w/wholesale-wiper.html');
    expect(got.offers?.[0]?.priceMin).toEqual({ amount: 1980, currency: 'JPY' });
  });

  it('stays the yuan elsewhere, and for an amount with a fractional part whatever is declared', async () => {
    expect((await audit(results(['￥ 19.80']), SEARCH)).offers?.[0]?.priceMin).toEqual({
      amount: 19.8,
      currency: 'CNY',
    });
    const fractional = await audit(results(['￥ 19.80'], { env: { currency: 'JPY' } }), SEARCH);
    expect(fractional.offers?.[0]?.priceMin).toEqual({ amount: 19.8, currency: 'CNY' });
  });

  it('reads drawn cards and a drawn item price the same way on the Japanese site', async () => {
    const cards =
      '<!DOCTYPE html><html><body><ul>' +
      '<li><h3><a class="product" title="Rubber wiper blade" href="//ja.aliexpress.com/item/1005000000201.html">Rubber wiper blade</a></h3><span class="price">￥ 1,980</span></li>' +
      '<li><h3><a class="product" title="Wiper arm cover" href="//ja.aliexpress.com/item/1005000000202.html">Wiper arm cover</a></h3><span class="price">￥ 640</span></li>' +
      '</ul></body></html>';
    const search = await audit(cards, 'https://ja.aliexpress.com/w/wholesale-wiper.html');
    expect(search.offers?.map((o) => o.priceMin)).toEqual([
      { amount: 1980, currency: 'JPY' },
      { amount: 640, currency: 'JPY' },
    ]);
    const item = page(
      '',
      '<h1 data-pl="product-title">Rubber wiper blade</h1><div data-pl="product-price">' +
        '<div class="price--current--a"><span>￥2,480</span></div></div>',
    );
    const got = await audit(item, 'https://ja.aliexpress.com/item/1005000000201.html');
    expect(got.product?.priceMin).toEqual({ amount: 2480, currency: 'JPY' });
  });
});
