import { describe, expect, it } from 'vitest';
import { ownProductIdFromLinks } from '../../../lib/pages/alibaba/product-own-id';
import { parse } from '../../support/fixtures';
import { describeStrangerPages, strangerRound } from '../../support/stranger-round';

/**
 * An eleventh round of public captures nobody had tuned on: 2026 Alibaba product pages kept as their <main>
 * element alone (no address, no head, no page data), priced in Ghanaian cedis. What misled the reader: the
 * product's id, which such a page names only in links about itself. First our own markup, written for the
 * mechanism; then the strangers' pages, read where their repository snapshot was fetched (skipped, and said so,
 * when it is not here), against the facts written down by hand before the first run
 * (strangers-round-11/expected.json).
 */
const page = (body: string) => parse(`<main>${body}</main>`);

describe("a product page kept without its address: the product's id from links about this product", () => {
  it("reads the id from the frame that loads this product's description", () => {
    const doc = page(
      '<iframe src="/product-detail/description/descIframe.html?productId=1600000000111"></iframe>',
    );
    expect(ownProductIdFromLinks(doc)).toBe('1600000000111');
  });

  it('reads the id from the supplier links followed from this detail page', () => {
    const doc = page(
      '<a href="https://kettles.en.alibaba.com/index.html?from=detail&amp;productId=1600000000222">Kettle Works Ltd.</a>' +
        '<a href="https://kettles.m.en.alibaba.com/?productId=1600000000222&amp;from=detail_company_card">logo</a>',
    );
    expect(ownProductIdFromLinks(doc)).toBe('1600000000222');
  });

  it("takes no id from other products' cards, nor from links that disagree", () => {
    const cards = page(
      '<a href="https://www.alibaba.com/product-detail/Steel-Kettle_1600000000333.html">Steel kettle</a>' +
        '<a href="https://www.alibaba.com/x?productId=1600000000444">similar</a>',
    );
    expect(ownProductIdFromLinks(cards)).toBeNull();
    const split = page(
      '<iframe src="/product-detail/description/descIframe.html?productId=1600000000555"></iframe>' +
        '<a href="https://kettles.en.alibaba.com/index.html?from=detail&amp;productId=1600000000666">shop</a>',
    );
    expect(ownProductIdFromLinks(split)).toBeNull();
  });
});

type Amount = { amount: number; currency: string };
type AuditPage = {
  kind: string;
  supplier: Record<string, unknown> | null;
  product: (Record<string, unknown> & { priceMin: Amount | null; priceMax: Amount | null }) | null;
};

describeStrangerPages<Record<string, unknown>, AuditPage>(strangerRound(11), (stranger, audit) => {
  const want = stranger.expected;

  it(`is read as ${String(want.kind)} from its content alone`, async () => {
    expect((await audit()).kind).toBe(want.kind);
  });

  it('reads the product, its cedi price ladder and its supplier as written down by hand', async () => {
    const got = await audit();
    const sup = got.supplier ?? {};
    expect(got.product?.id).toBe(want.productId);
    expect(String(got.product?.title).startsWith(want.titleStartsWith as string)).toBe(true);
    expect([got.product?.priceMin, got.product?.priceMax]).toEqual([want.priceMin, want.priceMax]);
    expect(got.product?.moq).toBe(want.moq);
    expect(sup.name).toBe(want.supplierName);
    expect(sup.country).toBe(want.country);
    expect(sup.years).toBe(want.years);
    expect(sup.onTimeDeliveryRate).toBe(want.onTimeDeliveryRate);
    expect(sup.responseTime).toBe(want.responseTime);
    expect(sup.rating ?? null).toBe(want.supplierRating);
    if (want.supplierReviewCount !== undefined) expect(sup.reviewCount).toBe(want.supplierReviewCount);
  });
});
