import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { offerBadges } from '../../../lib/analysis/offer-badges';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { pageKindFromUrl } from '../../../lib/pages/detect';
import { extractPage } from '../../../lib/pages/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { OWN, parse, readPage } from '../../support/fixtures';

const usd = (major: number) => ({ minor: Math.round(major * 100), currency: 'USD' });
const read = (file: string, url?: string) => {
  const page = readPage(join(OWN, 'aliexpress-search', file));
  return extractPage(page.document, url ?? page.url);
};

describe('AliExpress search, category and store-list pages', () => {
  it.each([
    'https://www.aliexpress.com/w/wholesale-desk-lamp.html',
    'https://www.aliexpress.us/wholesale?SearchText=kitchen+scale',
    'https://es.aliexpress.com/category/200003482/desk-lamps.html',
    'https://www.aliexpress.com/store/1101234567/search?SearchText=lamp',
  ])('%s is read as a search page', (url) => {
    expect(pageKindFromUrl(url)).toBe('aliexpress:search');
  });

  it.each([
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://www.aliexpress.com/store/1101234567',
    'http://www.aliexpress.com/w/wholesale-desk-lamp.html',
    'https://aliexpress.com.evil.example/w/wholesale-desk-lamp.html',
  ])('%s is not', (url) => {
    expect(pageKindFromUrl(url)).not.toBe('aliexpress:search');
  });

  it('2018 cards: every result with its store, price, rating and reviews; the recommendation strip is no result', () => {
    // Saved without its address: the canonical link names it.
    const s = read('cards-2018.html', '');
    expect(s.kind).toBe('aliexpress:search');
    expect(s.offers?.map((o) => o.productId)).toEqual(['32900000101', '32900000102', '32900000103']);
    expect(s.offers?.[0]).toMatchObject({
      title: 'Folding LED Desk Lamp with Touch Dimmer and USB Port',
      productUrl: 'https://www.aliexpress.com/item/Folding-LED-Desk-Lamp-Touch-Dimmer/32900000101.html',
      supplierName: 'Brightnook Lighting Store',
      supplierUrl: 'https://www.aliexpress.com/store/4410021',
      price: { min: usd(7.35), max: usd(7.35) },
      rating: 4.8,
      reviewCount: 212,
      // An AliExpress store has none of Alibaba's badges: unsaid, never "no".
      taOffered: null,
      verified: null,
    });
    expect(s.offers?.[1]).toMatchObject({ price: { min: usd(3.1), max: usd(4.45) }, reviewCount: 1048 });
    expect(s.offers?.[2]).toMatchObject({
      supplierName: 'Oakfield Home Store',
      rating: null,
      reviewCount: null,
    });
  });

  it('the current layout: results from itemList.content in the page data, on aliexpress.us', () => {
    const s = read('itemlist-2024.html');
    expect(s.kind).toBe('aliexpress:search');
    expect(s.offers?.map((o) => [o.productId, o.supplierName])).toEqual([
      ['1005007000000111', 'Pantry Measure Store'],
      ['1005007000000222', 'Bean Balance Official Store'],
      ['1005007000000333', 'Tiny Weights Store'],
    ]);
    expect(s.offers?.[0]).toMatchObject({
      title: 'Digital Kitchen Scale 5kg Stainless Platform',
      productUrl: 'https://www.aliexpress.us/item/1005007000000111.html',
      supplierUrl: 'https://www.aliexpress.us/store/1103400500',
      // The sale price, not the struck-through one beside it.
      price: { min: usd(8.49), max: usd(8.49) },
      rating: 4.7,
    });
    // Numbers only, no written price: the range from minPrice/maxPrice.
    expect(s.offers?.[2]?.price).toEqual({ min: usd(3.2), max: usd(4.1) });
    // Paid placements are marked as such ("ad"), the others not; a layout that does not say stays unsaid.
    expect(s.offers?.map((o) => o.isAd)).toEqual([false, true, null]);
  });

  it('the 2021 layout on a category page: items[] with paid placements marked', () => {
    const s = read('items-2021-category.html');
    expect(s.kind).toBe('aliexpress:search');
    expect(s.offers).toHaveLength(3);
    expect(s.offers?.[0]).toMatchObject({
      productId: '4000555000101',
      title: 'Swing Arm Architect Lamp Metal Clamp',
      productUrl: 'https://www.aliexpress.com/item/4000555000101.html',
      supplierName: 'Glowline Factory Store',
      price: { min: usd(14.2), max: usd(18.75) },
      rating: 4.7,
      isAd: false,
    });
    expect(s.offers?.[1]).toMatchObject({ supplierName: 'Nightowl Desk Store', isAd: true });
  });

  it('a result list drawn with other class names is still read from its cards', () => {
    const doc = parse(`<html><body><div id="card-list">
      <div class="card"><a class="multi--container" href="//www.aliexpress.com/item/1005008000000001.html">
        <h3 class="multi--titleText">Silicone Spatula Set</h3>
        <div class="multi--price-sale"><span>US $</span><span>4</span><span>.</span><span>99</span></div>
        <div class="multi--price-original">US $9.98</div></a>
        <span class="cards--store"><a href="//www.aliexpress.com/store/1102223334">Spoonful Store</a></span></div>
      <div class="card"><a class="multi--container" href="//www.aliexpress.com/item/1005008000000002.html">
        <h3 class="multi--titleText">Whisk</h3><div class="multi--price-sale">US $1.25</div></a></div>
    </div></body></html>`);
    const s = extractPage(doc, 'https://www.aliexpress.com/w/wholesale-spatula.html');
    expect(s.offers?.map((o) => [o.productId, o.title, o.price?.min, o.supplierName])).toEqual([
      ['1005008000000001', 'Silicone Spatula Set', usd(4.99), 'Spoonful Store'],
      ['1005008000000002', 'Whisk', usd(1.25), null],
    ]);
  });

  it('an Alibaba search page is still read as one', () => {
    expect(pageKindFromUrl('https://www.alibaba.com/trade/search?SearchText=desk+lamp')).toBe(
      'alibaba:search',
    );
  });

  it('the card counts the results read and claims no Alibaba badge for them', () => {
    const s = read('itemlist-2024.html');
    const memory = new TradeMemory();
    const analysis = analysePage(s, memory, DEFAULT_SETTINGS, '2026-01-05T10:00:00.000Z');
    expect(analysis.facts.map((f) => [f.label, f.value])).toEqual([['Offers read', '3']]);
    expect(offerBadges(s, memory)).toEqual([]);
  });
});
