import type { PriceRange, PriceTier } from '../../model/product';
import { parseMoney, parseMoneyRange } from '../../money/parse';
import { parseDateText } from '../alibaba/order-dates';
import { countShape, ratingShape } from '../facts/shapes';
import { yenOrYuan } from './page-currency';

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
export function itemPriceFromDom(
  doc: Document,
  /** The page's declared currency, for the sign the yen and the yuan share (page-currency.ts). */
  declared: () => string | null = () => null,
): PriceRange | null {
  const el = doc.querySelector(
    '[class*="price--current"], [class*="product-price-current"], [class*="price-default--current"], [class*="uniform-banner-box-price"]',
  );
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || text.length > 80) return null;
  const range = parseMoneyRange(text, yenOrYuan(text, declared));
  return range && range.min.minor > 0 ? range : null;
}

/**
 * The price struck through beside the current one and the discount printed with it ("US $5.98" over "US
 * $4.19", "-30%"): the elements whose class names an original price or a discount, as the current price's
 * does ("price--original", "price-default--original", "product-price-original"; "price--discount").
 */
export function itemListPriceFromDom(
  doc: Document,
  declared: () => string | null = () => null,
): { range: PriceRange | null; discountText: string | null } {
  // Only inside the item's own price block: a recommended item further down strikes through its own price.
  const block = doc.querySelector(
    '[data-pl="product-price"], [class*="price-default--wrap"], [class*="price--wrap"], [class*="product-price"]',
  );
  if (!block) return { range: null, discountText: null };
  // The struck-through amount's own element first: its wrapper may hold the "-30%" beside it too.
  const original =
    block.querySelector(
      '[class*="price--originalText"], [class*="product-price-original"], [class*="price-default--original"]',
    ) ?? block.querySelector('[class*="price--original"]');
  const text = original ? wordsWithout(original, '[class*="discount"]') : null;
  const range = text ? parseMoneyRange(text, yenOrYuan(text, declared)) : null;
  const discount = block.querySelector(
    '[class*="price--discount"], [class*="price-default--discount"], [class*="product-price-mark"]',
  );
  return {
    range: range && range.min.minor > 0 ? range : null,
    discountText: discount ? wordsWithout(discount, null) : null,
  };
}

/** An element's words, short as a price is, without the descendants `drop` selects. */
function wordsWithout(el: Element, drop: string | null): string | null {
  const copy = el.cloneNode(true) as Element;
  if (drop) for (const inner of Array.from(copy.querySelectorAll(drop))) inner.remove();
  const text = copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return text && text.length <= 80 ? text : null;
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

/**
 * The bulk price under the current one ("PKR1,200 za szt. min. 5 szt.", "US $1.20 per piece, min. 10
 * pieces", "1,20 € pro Stück ab 10 Stück"): a price, a few words, then the least quantity it starts at,
 * named by an abbreviation of "minimum", "from" in the shop's language, or "10+". With the single
 * current price it makes a two-step ladder: the current price up to one below the bulk quantity, the
 * bulk price from it on. A page whose current price is a range (variants at several prices) makes none:
 * which variant the bulk price is for is not said.
 */
const BULK_FROM =
  /^(.{1,40}?)\s*[,;·]?\s*(?:(?<![\p{L}])(?:min|mín|mind|minimum|mínimo|minimo|от|ab|from|desde|à partir de|a partir de|da)\.?\s*(\d{1,6})(?![\d.,]\d)|(?<![\d.,])(\d{1,6})\s*\+)/iu;

export function bulkTiersFromDom(doc: Document, current: PriceRange | null): PriceTier[] | null {
  if (!current || current.min.minor !== current.max.minor) return null;
  const block = doc.querySelector('[data-pl="product-price"], [class*="product-price"]');
  if (!block) return null;
  for (const el of Array.from(block.querySelectorAll('span, div')).slice(0, 60)) {
    if (el.children.length > 0) continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const m = text.length <= 80 ? BULK_FROM.exec(text) : null;
    if (!m) continue;
    const price = parseMoney(m[1] as string, current.min.currency);
    const from = Number(m[2] ?? m[3]);
    if (!price || price.currency !== current.min.currency || price.minor >= current.min.minor) continue;
    if (!Number.isInteger(from) || from < 2) continue;
    return [
      { minQty: 1, maxQty: from - 1, price: current.min },
      { minQty: from, maxQty: null, price },
    ];
  }
  return null;
}
