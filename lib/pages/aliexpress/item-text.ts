import type { PriceRange } from '../../model/product';
import { parseMoneyRange } from '../../money/parse';
import { parseDateText } from '../alibaba/order-dates';
import { countShape, ratingShape } from '../facts/shapes';

/**
 * What an AliExpress item page says in words when no data object carries it: pages built in the browser
 * and saved, with hashed class names ("price--current--H7"), in the shop's language. Each reader takes the
 * page's visible words (or its title) and returns null when the words do not say it plainly.
 */

/** "Magnetic blocks 64 pcs - AliExpress 26" → "Magnetic blocks 64 pcs"; other titles say nothing. */
export function itemTitleFromTitle(title: string | null | undefined): string | null {
  const m = /^(.{3,300}?)\s+[-–|]\s+AliExpress(?:\s+\d+)?\s*$/i.exec(
    (title ?? '').replace(/\s+/g, ' ').trim(),
  );
  return m?.[1]?.trim() ?? null;
}

/**
 * The item's stars beside its review count: "4.8 ★ 1,203 Reviews", "4,8 1.203 reseñas", "4.7 (36 avis)",
 * "4,7 | 36 avaliações", "4.9 2.345 Bewertungen", "5.0 9 Recenzje", "4.8 1203 条评价". The count must be named as reviews, so
 * "4.8 | 3,000+ sold" or a "4.8" alone is nothing. The stars are written with a decimal ("4.8", "5.0") or
 * named as stars ("4 stars"): a bare digit before a count ("Pack of 2 | 1,203 reviews") is no rating, and
 * a count's own digits ("1,203 Reviews") never split into stars and a count.
 */
const STARS_WORD = '(?:★|stars?|étoiles?|estrellas?|estrelas|sterne)';
const STARS_AND_REVIEWS = new RegExp(
  `(?<![\\d.,])(?:([0-5][.,]\\d{1,2})(?!\\d)\\s*${STARS_WORD}?|([0-5])\\s*${STARS_WORD})` +
    '\\s*[|·•(]?\\s*(\\d{1,3}(?:[.,\\s]\\d{3})*|\\d+)\\s*(?:reviews?|ratings?|avis|évaluations?|reseñas|opiniones|valoraciones|avaliações|comentários|bewertungen|recensioni|recensies|opinie|opinii|recenzj[aei]|отзыв(?:ов|а)?|değerlendirme|yorum|件评价|条评价|个评价|评价|評価|리뷰)(?![\\p{L}])',
  'iu',
);

export function itemReviewsFromWords(words: string): { rating: number | null; reviewCount: number } | null {
  const m = STARS_AND_REVIEWS.exec(words);
  if (!m) return null;
  const reviewCount = countShape((m[3] as string).replace(/\s/g, ''));
  if (reviewCount === null) return null;
  // "0.0 (0 reviews)" is no rating: a store or item without reviews has none.
  return { rating: reviewCount === 0 ? null : ratingShape(m[1] ?? m[2]), reviewCount };
}

/**
 * The price the page shows as current: the first element whose class names a current price (AliExpress
 * keeps "price--current", "product-price-current" and "price-default--current" across its hashed names).
 */
export function itemPriceFromDom(doc: Document): PriceRange | null {
  const el = doc.querySelector(
    '[class*="price--current"], [class*="product-price-current"], [class*="price-default--current"], [class*="uniform-banner-box-price"]',
  );
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || text.length > 80) return null;
  const range = parseMoneyRange(text);
  return range && range.min.minor > 0 ? range : null;
}

/**
 * "Store opened: Nov 1, 2020", "Abierta desde: 12 abr 2020", "Ouverte depuis : 7 juil. 2014" → the date.
 * Only words that name the store's opening (the page's words may run together, so no word boundary is
 * asked): "Rückseite 12.03.2021" (a bare "seit" inside a word) or
 * "package opened on arrival, 2 Jan 2023" is no opening date.
 */
const OPENED =
  /(?:store opened|open since|abierta desde|tienda abierta desde|ouverte depuis|boutique ouverte le|aberta desde|loja aberta desde|geöffnet seit)\s*[:：]?\s*([^|]{6,24})/iu;

export function openedOnFromWords(words: string): string | null {
  const m = OPENED.exec(words);
  return m ? parseDateText(m[1]) : null;
}
