import { moneyFromMajor } from '../../model/money-math';
import type { OfferFacts } from '../../model/offer';
import type { PriceRange } from '../../model/product';
import { parseMoneyRange } from '../../money/parse';
import { asNumber, asText, isObject, type Loose } from '../alibaba/supplier-fields';
import { findEmbeddedValues } from '../embedded-json';
import { lazyDeclaredCurrency, yenOrYuan } from './page-currency';

/**
 * AliExpress search results as the page's own data carries them, in the two layouts seen:
 * - 2023 on: `window._dida_config_._init_data_` / `runParams` with `mods.itemList.content[]`, each item
 *   {productId, title{displayTitle}, prices{salePrice{formattedPrice, minPrice, currencyCode}},
 *   store{storeName, storeId}, trade{tradeDesc}, evaluation{starRating}};
 * - 2020–2021: `runParams` with `items[]`, each {productId, title, price "US $1.66 - 3.78",
 *   productDetailUrl, store{storeName, storeId, storeUrl}, starRating, productType "ad_product"}.
 * An AliExpress store has no Trade Assurance, verification or years: those stay null, as does the
 * minimum order (sold by the piece, never shown on the card).
 */
export function aliexpressOffersFromJson(scripts: readonly string[], pageUrl: string): OfferFacts[] {
  // Read once, and only for a price written with the sign the yen and the yuan share.
  const pageCurrency = lazyDeclaredCurrency(scripts, pageUrl);
  // The current layout's list first; the older `items` key (a common word) is only looked for without it.
  for (const lists of [itemListContents, olderItemLists]) {
    for (const list of lists(scripts)) {
      const offers = list.flatMap((item) => {
        const offer = isObject(item) ? offerFromItem(item, pageUrl, pageCurrency) : null;
        return offer ? [offer] : [];
      });
      if (offers.length > 0) return dedupe(offers);
    }
  }
  return [];
}

function itemListContents(scripts: readonly string[]): unknown[][] {
  return findEmbeddedValues(scripts, 'itemList', 10).flatMap((value) => {
    const content = isObject(value) ? value.content : value;
    return Array.isArray(content) && content.some(isItem) ? [content] : [];
  });
}

function olderItemLists(scripts: readonly string[]): unknown[][] {
  return findEmbeddedValues(scripts, 'items', 20).flatMap((value) =>
    Array.isArray(value) && value.some(isItem) ? [value] : [],
  );
}

/** A result item names its product and either a title or a price (recommendation strips name neither). */
const isItem = (v: unknown): boolean =>
  isObject(v) &&
  productIdOf(v) !== null &&
  (v.title !== undefined || v.prices !== undefined || v.price !== undefined);

function productIdOf(item: Loose): string | null {
  const id = asText(item.productId ?? item.itemId);
  return id && /^\d{5,20}$/.test(id) ? id : null;
}

function offerFromItem(item: Loose, pageUrl: string, pageCurrency: () => string | null): OfferFacts | null {
  const productId = productIdOf(item);
  if (!productId) return null;
  const store = isObject(item.store) ? item.store : {};
  const storeId = asText(store.storeId);
  const priceText = priceTextOf(item);
  return {
    productId,
    title: titleOf(item),
    productUrl: itemUrl(asText(item.productDetailUrl), productId, pageUrl),
    supplierName: asText(store.storeName),
    companyId: null,
    supplierUrl: storeUrl(asText(store.storeUrl), storeId, pageUrl),
    years: null,
    verified: null,
    taOffered: null,
    rating: ratingOf(item),
    reviewCount: null,
    priceText,
    price:
      (priceText ? parseMoneyRange(priceText, signCurrency(item, priceText, pageCurrency)) : null) ??
      priceFromNumbers(item),
    moq: null,
    isAd: adOf(item),
    country: null,
  };
}

function titleOf(item: Loose): string | null {
  const title = item.title;
  if (isObject(title)) return asText(title.displayTitle) ?? asText(title.seoTitle);
  return asText(title);
}

/** The price the buyer pays now: the sale price, as the page writes it. */
function salePrice(item: Loose): Loose | null {
  const prices = isObject(item.prices) ? item.prices : isObject(item.umpPrices) ? item.umpPrices : null;
  if (!prices) return null;
  const sale = prices.salePrice ?? prices.sale_price;
  return isObject(sale) ? sale : null;
}

function priceTextOf(item: Loose): string | null {
  return asText(salePrice(item)?.formattedPrice) ?? asText(item.price);
}

/** "￥ 380": the item's own currency code first, then the page's declared currency (page-currency.ts). */
function signCurrency(item: Loose, priceText: string, pageCurrency: () => string | null): string | undefined {
  return yenOrYuan(priceText, () => {
    const own = asText(salePrice(item)?.currencyCode);
    return own && /^[A-Z]{3}$/.test(own) ? own : pageCurrency();
  });
}

function priceFromNumbers(item: Loose): PriceRange | null {
  const sale = salePrice(item);
  const currency = asText(sale?.currencyCode);
  const min = asNumber(sale?.minPrice);
  if (!currency || !/^[A-Z]{3}$/.test(currency) || min === null) return null;
  const max = asNumber(sale?.maxPrice) ?? min;
  return max >= min ? { min: moneyFromMajor(min, currency), max: moneyFromMajor(max, currency) } : null;
}

function ratingOf(item: Loose): number | null {
  const evaluation = isObject(item.evaluation) ? item.evaluation : {};
  const rating = asNumber(evaluation.starRating ?? item.starRating ?? item.averageStar);
  return rating !== null && rating > 0 && rating <= 5 ? rating : null;
}

/** Paid placement: productType "ad" (current layout; "natural" otherwise), "ad_product" or an "AD" tag (2021). */
function adOf(item: Loose): boolean | null {
  if (item.adTag !== undefined || item.productType === 'ad' || item.productType === 'ad_product') return true;
  return typeof item.productType === 'string' ? false : null;
}

/**
 * The item's address on the marketplace (its own when the data has one), never a click-tracking link. The
 * variant the card was showing (sku_id) is kept: it is the price and picture the buyer chose from the list.
 */
export function itemUrl(href: string | null, productId: string, pageUrl: string): string {
  const own = marketplaceUrl(href);
  const sku = own?.searchParams.get('sku_id');
  if (own?.pathname.includes(productId))
    return `${own.origin}${own.pathname}${sku && /^\d{1,20}$/.test(sku) ? `?sku_id=${sku}` : ''}`;
  return `${marketplaceOrigin(pageUrl)}/item/${productId}.html`;
}

export function storeUrl(href: string | null, storeId: string | null, pageUrl: string): string | null {
  const own = marketplaceUrl(href);
  if (own && /\/store\/\d+/.test(own.pathname)) return `${own.origin}${own.pathname}`;
  return storeId && /^\d{3,20}$/.test(storeId) ? `${marketplaceOrigin(pageUrl)}/store/${storeId}` : null;
}

function marketplaceUrl(href: string | null): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href.startsWith('//') ? `https:${href}` : href);
    if (url.protocol === 'http:') url.protocol = 'https:';
    return /(^|\.)aliexpress\.(com|us|ru)$/.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** The page's own AliExpress host (aliexpress.us stays .us, aliexpress.ru .ru), else the main one. */
function marketplaceOrigin(pageUrl: string): string {
  return marketplaceUrl(pageUrl)?.origin ?? 'https://www.aliexpress.com';
}

/** One offer per product: the data repeats a product across its modules. */
function dedupe(offers: OfferFacts[]): OfferFacts[] {
  const seen = new Set<string>();
  return offers.filter((o) => {
    const key = o.productId ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
