import { describe, expect, it } from 'vitest';
import { formatAudit } from '../../../lib/cli/audit';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Files saved without their address that name themselves by what they hold (stop 41's held-out pages): an
 * API reply, an item API's answer, a 2018 profile table or result card cut out of its page. And a file that
 * names nothing says so, rather than printing an empty, clean-looking result. Every fixture here is written
 * for this test with invented values; each comment names the public page kind whose structure it follows.
 */
const audit = async (html: string, url?: string) =>
  (await runAuditFiles([{ file: 'saved', html }], url ? [url] : [])).pages[0];

/** An AliExpress buyer order-detail reply (MTOP `…trade.buyer.order.detail`, 2026 layout): invented values. */
const orderReply = (opts: { api?: string; shipping?: string; pageTitle?: string; tags?: boolean } = {}) =>
  JSON.stringify({
    ...(opts.api ? { api: opts.api } : {}),
    data: {
      data:
        opts.tags === false
          ? {}
          : {
              detail_order_status_block_1: {
                tag: 'detail_order_status_block',
                fields: { orderId: '8100200300400500', title: 'Awaiting delivery', intentionCurrency: 'EUR' },
              },
              detail_order_price_block_2: {
                tag: 'detail_order_price_block',
                fields: {
                  priceDetails: [
                    { title: 'Subtotal', value: '€40,00' },
                    { title: 'Shipping', value: opts.shipping ?? 'Free shipping', hide: true },
                  ],
                  totalPrice: { currencyCode: 'EUR', title: 'Total', value: '€40,00' },
                },
              },
              detail_product_block_3: {
                tag: 'detail_product_block',
                fields: {
                  productVOList: [
                    {
                      itemTitle: 'Folding camping lantern, warm light',
                      itemPriceText: '€20,00',
                      quantity: 2,
                      productId: '1005000111222333',
                      currencyCode: 'EUR',
                    },
                  ],
                  sellerVO: {
                    sellerName: 'Lumen Outdoor Shop',
                    storeUrl: '//www.aliexpress.com/store/9990001',
                  },
                },
              },
            },
      global: { pageTitle: opts.pageTitle ?? 'Order Detail' },
    },
  });

describe('an API reply saved on its own is read as the page it fills', () => {
  it('an order-detail reply that names its API is an AliExpress order: total, seller and a free shipping fee', async () => {
    const page = await audit(orderReply({ api: 'mtop.aliexpress.trade.buyer.order.detail' }));
    expect(page?.kind).toBe('aliexpress:order');
    expect(page?.notRecognised).toBeNull();
    expect(page?.order).toMatchObject({
      id: '8100200300400500',
      total: { amount: 40, currency: 'EUR' },
      shippingFee: { amount: 0, currency: 'EUR' },
      supplierName: 'Lumen Outdoor Shop',
    });
  });

  it('the same reply without its API name is known by its order blocks; a fee in words of another language is free too', async () => {
    const page = await audit(orderReply({ shipping: 'Frete grátis' }));
    expect(page?.kind).toBe('aliexpress:order');
    expect(page?.order?.shippingFee).toEqual({ amount: 0, currency: 'EUR' });
  });

  it('a shipping line with an amount keeps the amount; "free over" a sum is a condition, not a free fee', async () => {
    expect((await audit(orderReply({ shipping: '€3,50' })))?.order?.shippingFee).toEqual({
      amount: 3.5,
      currency: 'EUR',
    });
    expect((await audit(orderReply({ shipping: 'Free over €30' })))?.order?.shippingFee).toBeNull();
  });

  it("the API name after the reply's status keys counts too", async () => {
    const reply = orderReply({ api: 'mtop.aliexpress.trade.buyer.order.detail' }).replace(
      /^\{/,
      '{"ret": ["SUCCESS::call succeeded"], "v": "1.0", ',
    );
    expect((await audit(reply))?.kind).toBe('aliexpress:order');
  });

  it('an API name of another service does not make a file an order', async () => {
    const page = await audit(
      JSON.stringify({ api: 'mtop.example.weather.forecast', data: { city: 'Lyon' } }),
    );
    expect(page?.kind).toBe('unknown');
    expect(page?.notRecognised).toMatch(/--url/);
  });
});

/** A scraping API's AliExpress item answer (`item_detail` style, 2024): invented values. */
const itemReply = (wrap: boolean, seller = true) => {
  const body = {
    settings: { currency: 'USD', locale: 'en_US' },
    item: {
      itemId: '3256800011122233',
      title: 'Compact 4K action camera with waterproof case',
      itemUrl: '//www.aliexpress.com/item/3256800011122233.html',
      sku: { def: { price: '41.20 - 55.90', unit: 'piece' } },
      properties: {
        list: [
          { name: 'Brand Name:', value: 'KAMVIEW' },
          { name: 'Material', value: 'ABS' },
        ],
      },
    },
    ...(seller
      ? {
          seller: {
            storeTitle: 'Kamview Gear Store',
            storeId: 7770001,
            storeUrl: '//www.aliexpress.com/store/7770001',
          },
        }
      : {}),
  };
  return JSON.stringify(wrap ? { result: body } : body);
};

describe("an item API's answer is read as the item", () => {
  it.each([true, false])('with the result wrapper: %s', async (wrap) => {
    const page = await audit(itemReply(wrap));
    expect(page?.kind).toBe('aliexpress:item');
    expect(page?.product).toMatchObject({
      id: '3256800011122233',
      title: 'Compact 4K action camera with waterproof case',
      priceMin: { amount: 41.2, currency: 'USD' },
      priceMax: { amount: 55.9, currency: 'USD' },
      unit: 'piece',
    });
    expect(page?.product?.attributes).toEqual([
      { name: 'Brand Name', value: 'KAMVIEW' },
      { name: 'Material', value: 'ABS' },
    ]);
    expect(page?.supplier).toMatchObject({ name: 'Kamview Gear Store', storeId: '7770001' });
  });

  it('an item with no seller beside it is not taken for an item answer', async () => {
    const page = await audit(itemReply(true, false));
    expect(page?.kind).toBe('unknown');
  });
});

/** The 2018 company profile's "Basic Information" table cut from its page: invented values. */
const profileRows = (rows: [string, string][]) =>
  `<div class="widget-supplier-basic-information"><table class="content-table">${rows
    .map(
      ([label, value]) => `<tr><th class="col-title">${label}</th><td class="col-value">${value}</td></tr>`,
    )
    .join('')}</table></div>`;

describe('a fragment cut from a page is known by its markup', () => {
  it('a profile fact table (Business Type, Year Established…) is a supplier profile, in English or French', async () => {
    const en = await audit(
      profileRows([
        ['Business Type:', 'Manufacturer'],
        ['Location:', 'Fujian, China (Mainland)'],
        ['Year Established:', '2011'],
      ]),
    );
    expect(en?.kind).toBe('alibaba:supplier');
    expect(en?.supplier?.country).toBe('CN');
    const fr = await audit(
      profileRows([
        ['Type d’entreprise :', 'Fabricant'],
        ['Année de création :', '2015'],
      ]),
    );
    expect(fr?.kind).toBe('alibaba:supplier');
  });

  it('one such label alone (a spec table that mentions a business type) is not a profile', async () => {
    const page = await audit(
      profileRows([
        ['Business Type:', 'Retail'],
        ['Colour:', 'Blue'],
      ]),
    );
    expect(page?.kind).toBe('unknown');
  });

  /** One 2018 search result card (`.item-content`): invented values. */
  const card = (supplierLink: boolean) => `<div class="item-content"><h2 class="title">
    <a href="//www.alibaba.com/product-detail/Bamboo-Cutting-Board-Set_60900011122.html">Bamboo cutting board set of three</a></h2>
    <div class="price"><b>US $2.10-$3.40</b> / Piece</div><div class="min-order"><b>500 Pieces</b> (Min. Order)</div>
    ${supplierLink ? '<a href="//greenleafhome.en.alibaba.com/company_profile.html">Fujian Greenleaf Home Co., Ltd.</a>' : ''}</div>`;

  it('a result card holding a product link and its supplier is a search result', async () => {
    const page = await audit(card(true));
    expect(page?.kind).toBe('alibaba:search');
    expect(page?.offers?.[0]).toMatchObject({
      productId: '60900011122',
      supplierName: 'Fujian Greenleaf Home Co., Ltd.',
      moq: 500,
    });
  });

  it('a product link with no supplier beside it is not taken for a result card', async () => {
    expect((await audit(card(false)))?.kind).toBe('unknown');
  });

  it('on a page with a web address of its own (a home page with product cards) markup alone decides nothing', async () => {
    expect((await audit(card(true), 'https://www.alibaba.com/'))?.kind).toBe('unknown');
    expect(
      (
        await audit(
          profileRows([
            ['Business Type:', 'Manufacturer'],
            ['Year Established:', '2011'],
          ]),
          'https://www.alibaba.com/',
        )
      )?.kind,
    ).toBe('unknown');
  });
});

describe('a file that cannot be placed says so', () => {
  it('JSON and text output name what was looked for and that --url helps; nothing reads as "No findings"', async () => {
    const result = await runAuditFiles(
      [{ file: 'notes.json', html: '{"shoppingList": ["tea", "rice"]}' }],
      [],
    );
    const page = result.pages[0];
    expect(page?.kind).toBe('unknown');
    expect(page?.notRecognised).toMatch(/no address/);
    expect(page?.notRecognised).toMatch(/--url/);
    const text = formatAudit(result);
    expect(text).toContain('[NOT RECOGNISED]');
    expect(text).not.toContain('No findings.');
  });

  it('an address on another marketplace is named as such', async () => {
    const page = await audit(
      '<html><body><p>hello</p></body></html>',
      'https://detail.1688.com/offer/123.html',
    );
    expect(page?.notRecognised).toMatch(/another marketplace/);
  });

  it('a recognised page carries no such note, and a clean one still says "No findings."', async () => {
    const result = await runAuditFiles(
      [{ file: 'order.json', html: orderReply({ api: 'mtop.aliexpress.trade.buyer.order.detail' }) }],
      [],
    );
    expect(result.pages[0]?.notRecognised).toBeNull();
    expect(formatAudit(result)).not.toContain('[NOT RECOGNISED]');
  });
});
