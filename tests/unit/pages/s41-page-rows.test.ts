import { describe, expect, it } from 'vitest';
import { offersFromCards } from '../../../lib/pages/alibaba/search-cards';
import { offersFromJson } from '../../../lib/pages/alibaba/search-json';
import { extractPage } from '../../../lib/pages/extract';
import { mergedAttributeRows } from '../../../lib/pages/facts/attribute-rows';
import { isFreeFeeText } from '../../../lib/pages/labels/free-fee';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { parse } from '../../support/fixtures';

/**
 * Stop 41's held-out pages, the rows a buyer's judgement rests on: attribute rows a product page keeps in
 * several lists or draws under headings, a paid placement the data names by its campaign, the supplier's
 * years in the 2026 profile data. Every fixture is written for this test with invented values; each comment
 * names the public page kind whose structure (keys, nesting, labels) it follows.
 */
const PRODUCT_URL = 'https://www.alibaba.com/product-detail/Seat-Cushion-Set_1600999888777.html';

/** A 2026 product page's data (window.detailData, ReviewLens-style capture): the three attribute lists. */
const productPage = (lists: Record<string, { attrName: string; attrValue: string }[]>) => `<html><head>
<script>window.detailData = ${JSON.stringify({
  globalData: {
    product: { productId: 1600999888777, subject: 'Breathable car seat cushion set', moq: 10, ...lists },
    seller: { companyName: 'Wenzhou Example Auto Parts Co., Ltd.', companyId: 250999888 },
  },
})};</script></head><body></body></html>`;

const auditProduct = async (html: string) =>
  (await runAuditFiles([{ file: 'product.html', html }], [PRODUCT_URL])).pages[0];

describe('attribute rows merged from the product data lists', () => {
  it('a label repeated across the lists with values already said warns once; its values are kept once', async () => {
    const page = await auditProduct(
      productPage({
        productBasicProperties: [
          { attrName: 'Material', attrValue: 'Polyester, Polyester' },
          { attrName: 'Type', attrValue: 'front pair, Rear Bench, Full Set' },
        ],
        productKeyIndustryProperties: [
          { attrName: 'Material', attrValue: 'polyester' },
          { attrName: 'Type', attrValue: 'Full set' },
        ],
        productOtherProperties: [{ attrName: 'Type', attrValue: 'Rear bench, Front pair' }],
      }),
    );
    expect(page?.product?.attributes).toEqual([
      { name: 'Material', value: 'Polyester' },
      { name: 'Type', value: 'front pair, Rear Bench, Full Set' },
    ]);
    expect(page?.findings.filter((f) => f.rule === 'vague-material')).toHaveLength(1);
  });

  it('distinct values under one label stay, and each still counts', async () => {
    const page = await auditProduct(
      productPage({
        productBasicProperties: [{ attrName: 'Material', attrValue: 'Cotton' }],
        productOtherProperties: [{ attrName: 'Material', attrValue: 'Nylon' }],
      }),
    );
    expect(page?.product?.attributes).toEqual([
      { name: 'Material', value: 'Cotton' },
      { name: 'Material', value: 'Nylon' },
    ]);
    expect(page?.findings.filter((f) => f.rule === 'vague-material')).toHaveLength(2);
  });

  it('numbers with a decimal or thousands comma are one value; a trailing colon leaves the label', () => {
    expect(
      mergedAttributeRows([
        { name: 'Thickness', value: '5' },
        { name: 'Thickness', value: '5,5' },
        { name: 'Style:', value: 'Casual' },
        { name: 'Colour：', value: 'Navy; navy; Grey' },
      ]),
    ).toEqual([
      { name: 'Thickness', value: '5' },
      { name: 'Thickness', value: '5,5' },
      { name: 'Style', value: 'Casual' },
      { name: 'Colour', value: 'Navy; Grey' },
    ]);
  });
});

/** An AliExpress item's runParams (2021 …Module layout): spec labels drawn with their colon. */
describe('AliExpress spec labels', () => {
  it('"Style:" and a full-width "Material：" lose their colon', () => {
    const runParams = {
      data: {
        titleModule: { subject: 'Slim leather phone wallet case' },
        pageModule: { productId: 1005000777666555 },
        specsModule: {
          props: [
            { attrName: 'Style:', attrValue: 'Business' },
            { attrName: 'Material：', attrValue: 'Leather' },
            { attrName: 'Brand Name', attrValue: 'NOVACASE' },
          ],
        },
      },
    };
    const snap = extractPage(
      parse(
        `<html><head><script>window.runParams = ${JSON.stringify(runParams)};</script></head><body></body></html>`,
      ),
      'https://www.aliexpress.com/item/1005000777666555.html',
    );
    expect(snap.product?.attributes?.map((a) => a.name)).toEqual(['Style', 'Material', 'Brand Name']);
  });
});

/** The 2025 drawn detail page (data-testid attribute module, YrayPixels-style <main>): a heading over groups. */
const drawnAttributes = (packagingTitle: string) => `<html><body><main>
<div data-module-name="module_title"><h1 data-testid="product-title">Kids smart watch with GPS</h1></div>
<div data-module-name="module_attribute"><div data-testid="module-attribute">
  <h2 data-testid="module-attribute-title">Key attributes</h2>
  <div data-testid="module-attribute-group-list">
    <div data-testid="module-attribute-group"><h3></h3><div>
      <div data-testid="module-attribute-row"><div><div>Strap material</div></div><div><div><div>Silicone</div></div></div></div>
      <div data-testid="module-attribute-row"><div><div>Screen size</div></div><div><div><div>1.4 inch</div></div></div></div>
    </div></div>
    <div data-testid="module-attribute-group"><h3>${packagingTitle}</h3><div>
      <div data-testid="module-attribute-row"><div><div>Selling units</div></div><div><div><div>Single item</div></div></div></div>
      <div data-testid="module-attribute-row"><div><div>Packaging</div></div><div><div><div>Standard export carton</div></div></div></div>
    </div></div>
  </div></div></div></main></body></html>`;

describe('drawn attribute blocks', () => {
  it.each(['Packaging and delivery', 'Emballage et livraison'])(
    'no row glues the block heading to every row; rows under "%s" are kept apart',
    (title) => {
      const snap = extractPage(parse(drawnAttributes(title)), PRODUCT_URL);
      expect(snap.product?.attributes).toEqual([
        { name: 'Strap material', value: 'Silicone' },
        { name: 'Screen size', value: '1.4 inch' },
      ]);
      expect(snap.product?.packaging).toEqual([
        { name: 'Selling units', value: 'Single item' },
        { name: 'Packaging', value: 'Standard export carton' },
      ]);
    },
  );

  it('a group heading that is not about packaging keeps its rows among the attributes', () => {
    const snap = extractPage(parse(drawnAttributes('Other attributes')), PRODUCT_URL);
    expect(snap.product?.attributes?.map((a) => a.name)).toEqual([
      'Strap material',
      'Screen size',
      'Selling units',
      'Packaging',
    ]);
    expect(snap.product?.packaging ?? null).toBeNull();
  });

  it('the spec checks still read the packaging rows', async () => {
    const page = (
      await runAuditFiles(
        [{ file: 'p.html', html: drawnAttributes('Packaging and delivery') }],
        [PRODUCT_URL],
      )
    ).pages[0];
    expect(page?.findings.some((f) => f.rule === 'vague-packaging')).toBe(true);
  });
});

const SEARCH_URL = 'https://www.alibaba.com/trade/search?SearchText=tractor';

describe('paid placements on search pages', () => {
  const offer = (extra: object) => ({
    title: 'Compact farm tractor 25 hp',
    productUrl: '//www.alibaba.com/product-detail/Compact-Farm-Tractor_1600111222333.html',
    companyName: 'Weifang Example Machinery Co., Ltd.',
    isP4P: false,
    ...extra,
  });
  const read = (offers: object[]) =>
    offersFromJson([`window._list = ${JSON.stringify({ offerResultData: { offers } })};`], SEARCH_URL);

  it('an offer carrying an ad campaign is an ad although its isP4P says false (2024 "Top sponsor listing")', () => {
    const offers = read([
      offer({ adInfo: { campaignId: '301234567', creativeInfo: { tpText: 'Top sponsor listing' } } }),
      offer({ adInfo: { adgroupId: '10111222333' } }),
    ]);
    expect(offers?.map((o) => o.isAd)).toEqual([true, true]);
  });

  it('no campaign, or an empty one, leaves the offer as its flag says', () => {
    const offers = read([offer({}), offer({ adInfo: { campaignId: '0' } }), offer({ isP4P: true })]);
    expect(offers?.map((o) => o.isAd)).toEqual([false, false, true]);
  });

  /** A 2024 server-rendered card (.fy23-search-card) with its badge text. */
  const card = (badge: string, title = 'Compact farm tractor 25 hp') => `<html><body>
    <div class="fy23-search-card"><h2 class="search-card-e-title"><a href="//www.alibaba.com/product-detail/Tractor_1600111222333.html">${title}</a></h2>
    <a class="search-card-e-company" href="//weifangexample.en.alibaba.com/company_profile.html">Weifang Example Machinery Co., Ltd.</a>
    <div class="search-card-e-popper__trigger"><div>${badge}</div></div></div></body></html>`;

  it.each(['Top sponsor listing', 'Annonce sponsorisée', 'Anuncio patrocinado'])(
    'a card badge "%s" marks an ad',
    (badge) => {
      expect(offersFromCards(parse(card(badge)), SEARCH_URL)[0]?.isAd).toBe(true);
    },
  );

  it('a product named with the word is not an ad', () => {
    const offers = offersFromCards(parse(card('', 'Sponsor backdrop banner stand')), SEARCH_URL);
    expect(offers[0]?.isAd).not.toBe(true);
    expect(offersFromCards(parse(card('Sponsor wall')), SEARCH_URL)[0]?.isAd).not.toBe(true);
  });
});

/** A 2026 company profile's window.shopBizData (vct-connect-style capture): pageModuleMap modules. */
const profile = (years: unknown, named = true) =>
  `<html><head><script>window.shopBizData = ${JSON.stringify({
    globalData: { esiteSubDomain: { fieldName: 'esiteSubDomain', value: 'examplewear.en.alibaba.com' } },
    pageModuleMap: [
      {
        moduleName: 'supplierPerformance',
        moduleData: {
          ...(named ? { companyName: 'Quanzhou Example Garments Co., Ltd.' } : {}),
          years,
          reviews: { label: 'reviews', value: '4.5', count: 12 },
        },
      },
    ],
  })};</script></head><body></body></html>`;

describe("the supplier's years in the 2026 profile data", () => {
  it.each([
    [{ label: 'years', value: '9 yrs' }, 9],
    [{ label: 'years', value: '1 yr' }, 1],
  ])('%j → %d', (years, expected) => {
    const snap = extractPage(
      parse(profile(years)),
      'https://examplewear.en.alibaba.com/company_profile.html',
    );
    expect(snap.supplier?.yearsOnPlatform).toBe(expected);
  });

  it('a bare "years" in an object that names no supplier is not read as its years', () => {
    const snap = extractPage(
      parse(profile({ label: 'years', value: '9 yrs' }, false)),
      'https://examplewear.en.alibaba.com/company_profile.html',
    );
    expect(snap.supplier?.yearsOnPlatform ?? null).toBeNull();
  });
});

describe('a free fee in words', () => {
  it.each([
    'Free shipping',
    'Frete grátis',
    'Envío gratis',
    'Livraison gratuite',
    'Kostenloser Versand',
    'Free',
  ])('"%s" is free', (text) => expect(isFreeFeeText(text)).toBe(true));
  it.each(['Free over US $10', 'Shipping', 'R$5,00', 'Freedom Express'])('"%s" is not', (text) =>
    expect(isFreeFeeText(text)).toBe(false),
  );
});
