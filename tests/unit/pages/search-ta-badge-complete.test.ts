import { describe, expect, it } from 'vitest';
import { withEmbeddedOffers } from '../../../lib/pages/embedded-offers';
import { extractPage } from '../../../lib/pages/extract';
import { readPage } from '../../../lib/pages/read';
import { parse } from '../../support/fixtures';

/**
 * A card the buyer sees with the Trade Assurance badge outweighs the offer data's tradeProduct:false
 * (search.ts fillNulls) — also when the embedded offers are otherwise complete, which is what real result
 * pages send: the buyer must never see "No TA" beside the page's own Trade Assurance badge.
 * Own page, modelled on the 2024 captures' offer keys (see air-fryer-sse10-json.html).
 */
const URL = 'https://www.alibaba.com/trade/search?SearchText=lamp';
const offer = (n: number, tradeProduct: boolean) =>
  `{"companyName":"Lamp Maker ${n} Co., Ltd.","companyId":"2335${n}","goldSupplierYears":"${n + 2} yrs","price":"$3.10 - $4.20","moqV2":"Min. order: 100 pieces","productId":"160000000000${n}","productUrl":"//www.alibaba.com/product-detail/Lamp_160000000000${n}.html","tradeProduct":${tradeProduct}}`;
const card = (n: number, badge: boolean) =>
  `<div class="fy23-search-card" data-ctrdot="160000000000${n}"><a href="//www.alibaba.com/product-detail/Lamp_160000000000${n}.html">Desk lamp ${n}</a>
   <a class="search-card-e-company" href="//lamp${n}.en.alibaba.com/">Lamp Maker ${n} Co., Ltd.</a>${badge ? '<img alt="Trade Assurance" src="//s.alicdn.com/ta.png">' : ''}</div>`;
const page = (cards: string) =>
  parse(
    `<html><head><title>lamp</title></head><body><script>window.__page__data = {"offerResultData":{"offers":[${offer(1, false)},${offer(2, false)},${offer(3, true)}]}};</script>${cards}</body></html>`,
  );

/** The verdict's offers as the background judges them: split read, then the page read again when asked. */
function judgedOffers(doc: Document) {
  const split = readPage(doc, URL, false, { searchOffersElsewhere: true });
  const judged = withEmbeddedOffers(split.snapshot, split.offerScripts, URL) as {
    offers: { taOffered: unknown }[];
  } | null;
  const offers = judged ? judged.offers : (readPage(doc, URL).snapshot.offers as { taOffered: unknown }[]);
  return offers.map((o) => o.taOffered);
}

describe('search: a drawn Trade Assurance badge beside complete offer data', () => {
  it('the card with the badge is covered; the data alone still says no for the one without', () => {
    const doc = page(card(1, true) + card(2, false) + card(3, true));
    expect(extractPage(doc, URL).offers?.map((o) => o.taOffered)).toEqual([true, false, true]);
    expect(judgedOffers(doc)).toEqual([true, false, true]);
    // The background has no cards: this page is read on the buyer's page.
    expect(readPage(doc, URL, false, { searchOffersElsewhere: true }).offerScripts).toBeUndefined();
  });

  it('no cards drawn yet (client-rendered page): the data decides, and the background reads it', () => {
    const doc = page('');
    expect(extractPage(doc, URL).offers?.map((o) => o.taOffered)).toEqual([false, false, true]);
    const split = readPage(doc, URL, false, { searchOffersElsewhere: true });
    expect(split.offerScripts?.length).toBe(1);
    expect(judgedOffers(doc)).toEqual([false, false, true]);
  });
});
