import { expect, it } from 'vitest';
import { offersFromCards } from '../../../lib/pages/alibaba/search-cards';
import { offersFromJson } from '../../../lib/pages/alibaba/search-json';
import { scriptTexts } from '../../../lib/pages/embedded-json';
import { extractPage } from '../../../lib/pages/extract';
import { describeWithShared, REAL_URLS, type RealKey, readReal } from '../../support/fixtures';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const read = (key: RealKey) => extractPage(readReal(key).document, REAL_URLS[key]);

describeWithShared('real en search capture (2024-09, 925 KB, cards rendered in the browser)', () => {
  const snapshot = read('searchEn');

  it('yields all 48 offers with supplier names, company ids and years', () => {
    expect(snapshot.kind).toBe('alibaba:search');
    expect(snapshot.offers).toHaveLength(48);
    for (const offer of snapshot.offers ?? []) {
      expect(offer.supplierName).toMatch(/\w{3}/);
      expect(offer.companyId).toMatch(/^\d+$/);
      expect(offer.years).toBeGreaterThan(0);
    }
  });

  it('reads the first offer as the buyer sees it', () => {
    expect(snapshot.offers?.[0]).toMatchObject({
      supplierName: 'Dingxing Huahui Bag Manufacture Co., Ltd.',
      companyId: '239585938',
      years: 8,
      verified: true,
      title: 'Custom Plush Multi Size Cute Kids Backpack Winter Warm Teddy Velvet School Backpack',
      price: { min: usd(158), max: usd(238) },
      moq: 50,
      rating: 4.7,
      reviewCount: 91,
      country: 'CN',
      isAd: false,
      supplierUrl: 'https://dxhh.en.alibaba.com/company_profile.html',
    });
  });
});

describeWithShared(
  'real fr search capture (2024-07, prettified JS literal + 8 server-rendered cards)',
  () => {
    const { document } = readReal('searchFr');

    it('reads the 8 server-rendered cards from their markup alone', () => {
      const cards = offersFromCards(document, REAL_URLS.searchFr);
      expect(cards).toHaveLength(8);
      expect(cards[0]).toMatchObject({
        productId: '62408841676',
        supplierName: 'Shenzhen Anthy Electronics Co., Ltd.',
        years: 7,
        country: 'CN',
        verified: true,
        rating: 5,
        reviewCount: 1,
        moq: 10,
        price: { min: usd(320), max: usd(400) },
      });
      expect(cards.every((c) => c.supplierName && c.productUrl && c.years)).toBe(true);
    });

    it('reads the JSON offers ("7 ans", "3,20 $ US - 4,00 $ US") and merges the cards into them', () => {
      const json = offersFromJson(scriptTexts(document), REAL_URLS.searchFr);
      expect(json).toHaveLength(48);
      expect(json?.[0]).toMatchObject({
        companyId: '239558684',
        years: 7,
        price: { min: usd(320), max: usd(400) },
      });
      expect(json?.find((o) => o.productId === '62384995844')?.years).toBe(5);
      const snapshot = extractPage(document, REAL_URLS.searchFr);
      expect(snapshot.offers).toHaveLength(48); // the 8 cards are the first 8 JSON offers, not extra ones
    });
  },
);

describeWithShared('real product capture 1600147809763', () => {
  const snapshot = read('product');

  it('reads the product', () => {
    expect(snapshot.kind).toBe('alibaba:product');
    const product = snapshot.product;
    expect(product).toMatchObject({
      id: '1600147809763',
      title: '100% Cotton 180gsm T Shirts Men High Quality Fashion Cheap Wholesale Custom Logo Blank T Shirt',
      moq: 2,
      unit: 'piece',
      priceRange: { min: usd(326), max: usd(459) },
    });
    const attr = (name: string) => product?.attributes?.find((a) => a.name === name)?.value;
    expect(attr('Material')).toBe('100% Cotton');
    expect(attr('Packing')).toBe('1pc/polybag');
    expect(attr('Payment term')).toBe('Paypal.Western Union.TT.Trade Assurance');
    expect(attr('Size')).toBe('XS-5XL');
    expect(attr('Colors')).toBe('36 colors');
    expect(product?.leadTimes?.map((t) => t.days)).toEqual([7, 15, 25]);
    expect(product?.leadTimes?.[0]).toEqual({ minQty: 1, maxQty: 50, days: 7 });
  });

  it('reads the seller, and reports the TA limit as not shown (null), never 0', () => {
    expect(snapshot.supplier).toMatchObject({
      name: 'Lanxi Beauty Clothing Firm',
      country: 'CN',
      yearsOnPlatform: 6,
      onTimeDeliveryRate: 100,
      responseTimeText: '≤3h',
      rating: 4.7,
      reviewCount: 214,
      profileUrl: 'https://beautiy.en.alibaba.com/company_profile.html',
      taLimit: null,
    });
    expect(snapshot.product?.supplier?.name).toBe('Lanxi Beauty Clothing Firm');
  });
});

describeWithShared('real challenge captures', () => {
  it.each(['challenge', 'captcha'] as const)('%s → kind challenge and nothing else', (key) => {
    const snapshot = read(key);
    expect(snapshot).toEqual({
      kind: 'challenge',
      url: REAL_URLS[key],
      supplier: null,
      product: null,
      offers: null,
      order: null,
      orders: null,
      payment: null,
      messages: null,
    });
  });
});
