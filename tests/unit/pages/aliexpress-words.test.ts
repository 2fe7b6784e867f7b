import { describe, expect, it } from 'vitest';
import {
  itemReviewsFromWords,
  itemTitleFromTitle,
  openedOnFromWords,
} from '../../../lib/pages/aliexpress/item-text';
import { extractPage } from '../../../lib/pages/extract';
import { parse } from '../../support/fixtures';

/**
 * An AliExpress item saved after the browser built it: hashed class names, no data object, the shop's
 * language and number format. Written for this test after the layout the research notes describe
 * (class names like "price--current--…", the store block's "since" line).
 */
const SPANISH_ITEM = `<!DOCTYPE html><html lang="es"><head><title>Lámpara de escritorio LED plegable - AliExpress 39</title></head>
<body><div class="title--wrap--Xy1"><span>Lámpara de escritorio LED plegable con carga USB</span></div>
<div class="reviewer--box--k2"><b>4,7</b> <a href="#reviews">2.318 reseñas</a> <span>| 5.000+ vendidos</span></div>
<div class="price--current--Zq8"><span>12,49 €</span></div>
<div class="store-detail--wrap"><a href="//es.aliexpress.com/store/912345">Casa Luz Store</a>
<div><b>96,1%</b> Comentarios positivos</div><div>Abierta desde: 3 feb 2019</div></div></body></html>`;

describe('AliExpress item read from its words', () => {
  it('reads title, price, stars and reviews, positive rate and opening date of a saved Spanish page', () => {
    const s = extractPage(parse(SPANISH_ITEM), 'https://es.aliexpress.com/item/1005001112223334.html');
    expect(s.kind).toBe('aliexpress:item');
    expect(s.product).toMatchObject({
      title: 'Lámpara de escritorio LED plegable',
      rating: 4.7,
      reviewCount: 2318,
      priceRange: { min: { minor: 1249, currency: 'EUR' }, max: { minor: 1249, currency: 'EUR' } },
    });
    expect(s.supplier).toMatchObject({ name: 'Casa Luz Store', positiveRate: 96.1, openedOn: '2019-02-03' });
  });

  it('takes stars only beside a count named as reviews', () => {
    expect(itemReviewsFromWords('4.8 ★ 1,203 Reviews | 3,000+ sold')).toEqual({
      rating: 4.8,
      reviewCount: 1203,
    });
    expect(itemReviewsFromWords('4,9 (57 avis)')).toEqual({ rating: 4.9, reviewCount: 57 });
    expect(itemReviewsFromWords('4.6 1203 条评价')).toEqual({ rating: 4.6, reviewCount: 1203 });
    expect(itemReviewsFromWords('0.0 0 reviews')).toEqual({ rating: null, reviewCount: 0 });
    expect(itemReviewsFromWords('4.8 | 3,000+ sold')).toBeNull();
    expect(itemReviewsFromWords('Rated 4.8 by buyers')).toBeNull();
  });

  it('takes the title only from an AliExpress page title', () => {
    expect(itemTitleFromTitle('USB Desk Fan - AliExpress 1420')).toBe('USB Desk Fan');
    expect(itemTitleFromTitle('AliExpress')).toBeNull();
    expect(itemTitleFromTitle('USB Desk Fan - Buy Product on Alibaba.com')).toBeNull();
  });

  it('reads the opening date in several languages, and nothing from a year alone', () => {
    expect(openedOnFromWords('Store opened: Nov 1, 2020 | 12.3K Followers')).toBe('2020-11-01');
    expect(openedOnFromWords('Ouverte depuis : 7 juil. 2014')).toBe('2014-07-07');
    expect(openedOnFromWords('Open since 2014')).toBeNull();
  });
});
