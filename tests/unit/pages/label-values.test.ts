import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { offersFromJson } from '../../../lib/pages/alibaba/search-json';
import { extractPage } from '../../../lib/pages/extract';
import { ratingWithCount } from '../../../lib/pages/facts/shapes';

/**
 * Values a profile table or a search offer writes in a way the first readers
 * missed: a rating with its review count in one cell, an entity that splits a
 * label across text nodes, the Verified icon sent as a plain flag. Our own
 * minimal pages, modelled on the label/value tables of company_profile.html.
 */
const profile = (rows: string) => {
  const html = `<html><head><title>Company Overview - Acme Tools Co., Ltd.</title></head><body>
    <h1>Acme Tools Co., Ltd.</h1><table>${rows}</table></body></html>`;
  const { document } = parseHTML(html);
  return extractPage(
    document as unknown as Document,
    'https://acmetools.en.alibaba.com/company_profile.html',
  );
};

describe('a rating and its review count written together', () => {
  it.each([
    ['4.6/5 (57 reviews)', { rating: 4.6, count: 57 }],
    ['4.6 / 5 · 57 reviews', { rating: 4.6, count: 57 }],
    ['4,8 (1.203 reseñas)', { rating: 4.8, count: 1203 }],
    ['4.9 (1,966)', { rating: 4.9, count: 1966 }],
  ])('reads %s', (text, expected) => {
    expect(ratingWithCount(text)).toEqual(expected);
  });

  it.each(['4.6', '4.6 5 yrs', '4.6/5 57', '95.2% (57 reviews)', '7.5 (57 reviews)'])(
    'finds no pair in %s',
    (text) => expect(ratingWithCount(text)).toBeNull(),
  );

  it('a profile table row "Ratings & reviews | 4.6/5 (57 reviews)" gives both facts', () => {
    const s = profile('<tr><th>Ratings &amp; reviews</th><td>4.6/5 (57 reviews)</td></tr>');
    expect(s.supplier).toMatchObject({ rating: 4.6, reviewCount: 57 });
  });

  it('a rating row without a count leaves the count unknown, never another number', () => {
    const s = profile(
      '<tr><th>Supplier rating</th><td>4.6/5</td></tr><tr><th>Main markets</th><td>57 countries</td></tr>',
    );
    expect(s.supplier).toMatchObject({ rating: 4.6, reviewCount: null });
  });
});

describe('search offers: the Verified icon under any rendering', () => {
  const page = (offers: object[]) => [
    `window._offer_list = ${JSON.stringify({ offerResultData: { offers } })};`,
  ];
  const base = { companyName: 'Alpha Kitchen Co., Ltd.', companyId: '111222333' };
  it('a plain true/false flag is the badge itself', () => {
    const offers = offersFromJson(
      page([
        { ...base, goldSupplierIcon: true, companyAuthProvider: 'SGS' },
        { ...base, companyName: 'Beta Home Co., Ltd.', goldSupplierIcon: false },
      ]),
      'https://www.alibaba.com/trade/search?SearchText=x',
    );
    expect(offers?.map((o) => o.verified)).toEqual([true, false]);
  });
  it('an icon address counts as the badge; its absence beside offers that carry it means no badge', () => {
    const offers = offersFromJson(
      page([{ ...base, goldSupplierIcon: 'https://sc01.alicdn.com/kf/icon.png' }, { ...base }]),
      'https://www.alibaba.com/trade/search?SearchText=x',
    );
    expect(offers?.map((o) => o.verified)).toEqual([true, false]);
  });
});
