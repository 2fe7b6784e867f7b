import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, readPage } from '../../support/fixtures';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const snap = (dir: string, file: string) => {
  const { document, url } = readPage(join(OWN, dir, file));
  return extractPage(document, url);
};

const SUNRISE = {
  name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
  profileUrl: 'https://sunrisekitchen.en.alibaba.com/company_profile.html',
  country: 'CN',
  yearsOnPlatform: 3,
  verified: true,
  gold: true,
  taOffered: true,
  taLimit: usd(4_200_000),
  taCreditLevel: 'A',
  responseRate: 94.6,
  responseTimeText: '≤4h',
  onTimeDeliveryRate: 97.5,
  rating: 4.6,
  reviewCount: 38,
};

describe('product pages', () => {
  it.each(['air-fryer-detaildata.html', 'air-fryer-visible-text.html'])(
    '%s: the air fryer and its seller',
    (file) => {
      const s = snap('alibaba-product', file);
      expect(s.kind).toBe('alibaba:product');
      expect(s.product).toMatchObject({
        id: '1600912345678',
        title: 'Digital Air Fryer 5.5L Oil-Free Touch Screen',
        moq: 500,
        taOffered: true,
        priceRange: { min: usd(1640), max: usd(1850) },
        priceTiers: [
          { minQty: 500, maxQty: 1999, price: usd(1850) },
          { minQty: 2000, maxQty: 4999, price: usd(1720) },
          { minQty: 5000, maxQty: null, price: usd(1640) },
        ],
        leadTimes: [
          { minQty: 500, maxQty: 2000, days: 30 },
          { minQty: 2001, maxQty: 5000, days: 45 },
        ],
      });
      const attrs = Object.fromEntries((s.product?.attributes ?? []).map((a) => [a.name, a.value]));
      expect(attrs).toMatchObject({
        Color: 'Black, Red',
        Material: 'Plastic',
        Packing: 'Standard export carton',
        'Payment term': 'T/T, Western Union, Trade Assurance',
      });
      expect(s.supplier).toMatchObject(SUNRISE);
    },
  );

  it('only the JSON variant knows the companyId; the text variant says unknown, not a guess', () => {
    expect(snap('alibaba-product', 'air-fryer-detaildata.html').supplier?.companyId).toBe('250123456');
    expect(snap('alibaba-product', 'air-fryer-visible-text.html').supplier?.companyId).toBeNull();
  });

  it('French visible-text page: labels, "12,80 $ US" prices, "1 000" groups, no TA limit', () => {
    const s = snap('alibaba-product', 'earbuds-fr-visible-text.html');
    expect(s.product?.priceTiers?.[1]).toEqual({ minQty: 1000, maxQty: 4999, price: usd(1190) });
    expect(s.product?.moq).toBe(100);
    expect(s.product?.leadTimes).toEqual([
      { minQty: 1, maxQty: 1000, days: 7 },
      { minQty: 1001, maxQty: 5000, days: 15 },
    ]);
    // The site header links "Trade Assurance" on every page: that is not this supplier's badge.
    expect(s.product?.taOffered).toBeNull();
    expect(s.supplier).toMatchObject({
      name: 'Shenzhen Quickship Electronics Co., Ltd.',
      yearsOnPlatform: 1,
      country: 'CN',
      verified: null,
      taLimit: null,
      responseRate: 71,
      onTimeDeliveryRate: 82,
    });
  });
});

describe('supplier pages', () => {
  it('older icbu-pc-shopSign module-data ({fieldName,value} wrappers): TA limit US$42,000', () => {
    const s = snap('alibaba-supplier', 'sunrise-shopsign-module-data.html');
    expect(s.kind).toBe('alibaba:supplier');
    expect(s.supplier).toMatchObject({ ...SUNRISE, companyId: '250123456' });
  });

  it('2026 window.shopBizData: no TA limit in this shape → null ("limit not shown")', () => {
    const s = snap('alibaba-supplier', 'sunrise-shopbizdata-2026.html');
    expect(s.supplier).toMatchObject({
      name: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      profileUrl: 'https://sunrisekitchen.en.alibaba.com/company_profile.html',
      yearsOnPlatform: 3,
      rating: 4.6,
      reviewCount: 38,
      responseTimeText: '≤4h',
      taLimit: null,
      taOffered: null,
    });
  });

  it('visible text only: Quickship, 1 yr, not shown as Verified, 71% / 82%', () => {
    const s = snap('alibaba-supplier', 'quickship-visible-text.html');
    expect(s.supplier).toMatchObject({
      name: 'Shenzhen Quickship Electronics Co., Ltd.',
      profileUrl: 'https://quickship.en.alibaba.com/company_profile.html',
      country: 'CN',
      yearsOnPlatform: 1,
      verified: null,
      taLimit: null,
      responseRate: 71,
      onTimeDeliveryRate: 82,
    });
  });
});

describe('search pages', () => {
  it('2025/26 __page__data_sse10._offer_list JSON: both story suppliers, one ad', () => {
    const s = snap('alibaba-search', 'air-fryer-sse10-json.html');
    expect(s.kind).toBe('alibaba:search');
    expect(s.offers).toHaveLength(6);
    const sunrise = s.offers?.find((o) => o.companyId === '250123456');
    const quick = s.offers?.find((o) => o.companyId === '260987654');
    expect(sunrise).toMatchObject({
      supplierName: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      title: 'Digital Air Fryer 5.5L Oil-Free Touch Screen',
      productId: '1600912345678',
      years: 3,
      verified: true,
      isAd: false,
      moq: 500,
      price: { min: usd(1640), max: usd(1850) },
    });
    expect(quick).toMatchObject({
      supplierName: 'Shenzhen Quickship Electronics Co., Ltd.',
      years: 1,
      verified: false,
      isAd: true,
    });
    expect(s.offers?.filter((o) => o.isAd)).toHaveLength(1);
  });

  it('fr server-rendered cards without JSON: same offers, read from markup', () => {
    const s = snap('alibaba-search', 'air-fryer-fr-ssr-cards.html');
    expect(s.offers).toHaveLength(6);
    expect(s.offers?.[0]).toMatchObject({
      supplierName: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      productId: '1600912345678',
      years: 3,
      verified: true,
      price: { min: usd(1640), max: usd(1850) },
      moq: 500,
      companyId: null,
    });
    expect(s.offers?.[1]).toMatchObject({
      supplierName: 'Shenzhen Quickship Electronics Co., Ltd.',
      years: 1,
      isAd: true,
    });
    expect(s.offers?.[4]?.moq).toBe(1000); // "Commande min. : 1 000 pièces"
  });
});
