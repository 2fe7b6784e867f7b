import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, parse, readPage } from '../../support/fixtures';

/**
 * Layouts that misled the readers on public captures nobody had tuned on (issue 11's second round:
 * ReviewLens' 2026 product pages, YrayPixels' second rendered page, a 2022 search gallery), each as
 * our own fixture modelled on the layout: what the buyer's card would say.
 */
const snap = (path: string) => {
  const page = readPage(join(OWN, path));
  return extractPage(page.document, page.url);
};
const usd = (major: number) => ({ minor: Math.round(major * 100), currency: 'USD' });

describe('product page saved after rendering, with the 2026 mini company card', () => {
  const s = snap('alibaba-product/desk-fan-rendered-mini-card.html');
  const original = () => readPage(join(OWN, 'alibaba-product/desk-fan-rendered-mini-card.html')).html;

  it('reads a metric written above its label, not the next metric below it', () => {
    // "≥71%" / "On-time dispatch rate" / "24%" / "Reorder rate": 24% is the reorder rate.
    expect(s.supplier?.onTimeDeliveryRate).toBe(71);
    expect(s.supplier?.responseTimeText).toBe('≤3h');
  });

  it("never takes the open product tab's score for the store's rating", () => {
    // "Product reviews (3)" "Store reviews (57)" "4.3" "Based on 3 reviews": 4.3 is the product's.
    expect(s.supplier?.rating).toBeNull();
    expect(s.supplier?.reviewCount).toBe(57);
  });

  it("takes the MOQ from the product's own ladder, not a recommended product's card", () => {
    expect(s.product?.moq).toBe(50);
    // No "Min. order" line of its own: the unit is the ladder's.
    expect(s.product?.unit).toBe('pieces');
    expect(s.product?.priceRange).toEqual({ min: usd(5.75), max: usd(6.9) });
  });

  it('keeps the store score when the summary under it counts the store tab', () => {
    // The same strip with the store tab open.
    const html = original().replace(
      '<button>Store reviews (57)</button></div>\n  <div class="score">4.3</div><div>Very satisfied</div><div>Based on 3 reviews for</div>',
      '<button>Store reviews (212)</button></div>\n  <div class="score">4.6</div><div>Very satisfied</div><div>Based on 212 reviews for</div>',
    );
    expect(html).toContain('Store reviews (212)');
    const read = extractPage(parse(html), s.url);
    expect(read.supplier).toMatchObject({ rating: 4.6, reviewCount: 212 });
  });
});

describe('review tab strip saved half-way', () => {
  it('without the summary under the score, the open tab is unknown: no store rating', () => {
    const html = readPage(join(OWN, 'alibaba-product/desk-fan-rendered-mini-card.html')).html.replace(
      '<div>Very satisfied</div><div>Based on 3 reviews for</div>',
      '',
    );
    expect(html).not.toContain('Based on');
    const s = extractPage(parse(html), 'https://www.alibaba.com/product-detail/x_1601900400501.html');
    expect(s.supplier?.rating).toBeNull();
  });
});

describe('2022 search gallery: nested offers', () => {
  it("reads the supplier's country given as an object {id, name} or by name alone", () => {
    const s = snap('alibaba-search/frames-gallery-2022-country-object.html');
    expect(s.kind).toBe('alibaba:search');
    expect(s.offers?.map((o) => [o.supplierName, o.country, o.years, o.rating])).toEqual([
      ['Hangzhou Oakline Crafts Co., Ltd.', 'CN', 6, 4.6],
      // "0.0" from 0 reviews is no rating.
      ['Moradabad Brassworks', 'IN', 4, null],
    ]);
  });
});

describe('2026 product page: two "verified" flags in its data', () => {
  it('the company card that draws "Verified by <assessor>" outweighs the seller record that lacks it', () => {
    const s = snap('alibaba-product/kettle-mini-card-verified.html');
    expect(s.supplier).toMatchObject({ name: 'Chaozhou Brightpot Kitchenware Co., Ltd.', verified: true });
  });

  it('both flags false: not verified', () => {
    const html = readPage(join(OWN, 'alibaba-product/kettle-mini-card-verified.html')).html.replace(
      '"verified": true',
      '"verified": false',
    );
    expect(html).toContain('"verified": false');
    expect(
      extractPage(parse(html), 'https://www.alibaba.com/product-detail/x_1601900400777.html').supplier
        ?.verified,
    ).toBe(false);
  });
});
