import type { Money } from '../../model/money';
import type { Attribute, LeadTime, PriceRange, PriceTier, ProductFacts } from '../../model/product';
import { parseMoney, parseMoneyRange } from '../../money/parse';
import { countShape, nameShape, ratingShape } from '../facts/shapes';
import { asBool, asNumber, asText, isObject, type Loose, pick } from './supplier-fields';

/**
 * Product detail facts from `window.detailData = {globalData:{product, seller,
 * review, trade}, nodeMap:{…}}` (real capture 1600147809763, 2026) and the
 * JSON-LD Product block. Key paths per research/alibaba-pages.md, with the
 * alternate spellings it lists (min/minQuantity, day/processPeriod).
 */

type RawProduct = Omit<ProductFacts, 'supplier'>;

export function productFromGlobalData(globalData: unknown): RawProduct | null {
  if (!isObject(globalData) || !isObject(globalData.product)) return null;
  const product = globalData.product;
  const price = isObject(product.price) ? product.price : {};
  const trade = isObject(globalData.trade) ? globalData.trade : {};
  const tiers = ladderTiers(price.productLadderPrices ?? price.ladderPrices);
  return {
    id: asText(pick(product, ['productId', 'id'])),
    title: asText(pick(product, ['subject', 'title', 'productTitle'])),
    priceTiers: tiers.length ? tiers : null,
    priceRange: rangePrices(price.productRangePrices) ?? rangeOfTiers(tiers),
    moq:
      intOf(pick(product, ['moq', 'minOrderQuantity'])) ??
      intOf(pick(price, ['moq'])) ??
      tiers[0]?.minQty ??
      null,
    unit: asText(pick(price, ['unit', 'unitName'])) ?? asText(pick(product, ['unit'])),
    attributes: attributes(product),
    leadTimes: leadTimes(isObject(trade.leadTimeInfo) ? trade.leadTimeInfo : trade),
    taOffered: asBool(pick(trade, ['globalTradeAssuranceForBuyer', 'tradeAssurance'])),
    // trade.salesVolume as the page words it ("298 sold", 2026 layout).
    soldCount: countShape(trade.salesVolume),
  };
}

function intOf(v: unknown): number | null {
  const n = asNumber(v);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** "No upper bound" is written as -1, 0, null or a missing key. */
const upper = (v: unknown, min: number) => {
  const n = intOf(v);
  return n !== null && n >= min && n > 0 ? n : null;
};

function ladderTiers(list: unknown): PriceTier[] {
  if (!Array.isArray(list)) return [];
  const tiers: PriceTier[] = [];
  for (const item of list) {
    if (!isObject(item)) continue;
    const minQty = intOf(pick(item, ['min', 'minQuantity', 'beginAmount']));
    const price = tierPrice(item);
    if (minQty === null || !price) continue;
    tiers.push({ minQty, maxQty: upper(pick(item, ['max', 'maxQuantity', 'endAmount']), minQty), price });
  }
  return tiers.sort((a, b) => a.minQty - b.minQty);
}

/** dollarPrice is USD by definition; formatPrice carries its symbol; a bare `price` only with a currency code. */
function tierPrice(item: Loose): Money | null {
  const dollar = asNumber(item.dollarPrice);
  if (dollar !== null) {
    const minor = Math.round(dollar * 100);
    // A negative or impossible price is no price: the tier is left out, the others kept.
    return minor > 0 && Number.isSafeInteger(minor) ? { minor, currency: 'USD' } : null;
  }
  const formatted = asText(item.formatPrice);
  if (formatted) return parseMoney(formatted);
  const code = asText(pick(item, ['currency', 'currencyCode']));
  const amount = asText(item.price);
  return code && amount ? parseMoney(`${amount} ${code}`) : null;
}

function rangePrices(v: unknown): PriceRange | null {
  if (!isObject(v)) return null;
  const low = asNumber(v.dollarPriceRangeLow);
  const high = asNumber(v.dollarPriceRangeHigh);
  if (low !== null && high !== null && low <= high) {
    return {
      min: { minor: Math.round(low * 100), currency: 'USD' },
      max: { minor: Math.round(high * 100), currency: 'USD' },
    };
  }
  const text = asText(v.priceRangeText ?? v.formatPrice);
  return text ? parseMoneyRange(text) : null;
}

function rangeOfTiers(tiers: PriceTier[]): PriceRange | null {
  if (tiers.length === 0) return null;
  const prices = tiers.map((t) => t.price).filter((p) => p.currency === tiers[0]?.price.currency);
  const minors = prices.map((p) => p.minor);
  const currency = (tiers[0] as PriceTier).price.currency;
  return { min: { minor: Math.min(...minors), currency }, max: { minor: Math.max(...minors), currency } };
}

const ATTRIBUTE_LISTS = ['productBasicProperties', 'productKeyIndustryProperties', 'productOtherProperties'];

function attributes(product: Loose): Attribute[] | null {
  const out: Attribute[] = [];
  const seen = new Set<string>();
  for (const listKey of ATTRIBUTE_LISTS) {
    const list = product[listKey];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const name = asText(pick(item, ['attrName', 'name']));
      const value = asText(pick(item, ['attrValue', 'value'])) ?? '';
      const key = `${name}\u0000${value}`;
      if (!name || seen.has(key)) continue;
      seen.add(key);
      out.push({ name, value });
    }
  }
  return out.length ? out : null;
}

function leadTimes(info: Loose): LeadTime[] | null {
  const list = info.ladderPeriodList ?? info.leadTimeList;
  if (!Array.isArray(list)) return null;
  const out: LeadTime[] = [];
  for (const item of list) {
    const minQty = intOf(pick(item, ['minQuantity', 'min']));
    const days = intOf(pick(item, ['processPeriod', 'day', 'days']));
    if (minQty === null || days === null) continue;
    out.push({ minQty, maxQty: upper(pick(item, ['maxQuantity', 'max']), minQty), days });
  }
  return out.length ? out.sort((a, b) => a.minQty - b.minQty) : null;
}

/** Each JSON-LD `Product` object on the page, in script order (a script that is not JSON is skipped). */
function* jsonLdProducts(
  scripts: readonly { type: string; text: string }[],
): Generator<Record<string, unknown>> {
  for (const script of scripts) {
    if (!script.type.includes('ld+json')) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.text);
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    const product = items.find((item) => isObject(item) && item['@type'] === 'Product');
    if (isObject(product)) yield product;
  }
}

/** JSON-LD `Product` (name, sku, offers.price/lowPrice/highPrice + priceCurrency). */
export function productFromJsonLd(
  scripts: readonly { type: string; text: string }[],
): Partial<RawProduct> | null {
  for (const product of jsonLdProducts(scripts)) {
    const offers = Array.isArray(product.offers) ? product.offers[0] : product.offers;
    const currency = asText(pick(offers, ['priceCurrency'])) ?? undefined;
    const low = asText(pick(offers, ['lowPrice', 'price']));
    const high = asText(pick(offers, ['highPrice', 'price']));
    const min = low && currency ? parseMoney(`${low} ${currency}`) : null;
    const max = high && currency ? parseMoney(`${high} ${currency}`) : null;
    const title = asText(product.name)?.replace(/\s+-\s+Buy .*$/i, '') ?? null; // "... - Buy  Product on Alibaba.com"
    // The item's score and how many reviews it rests on ("aggregateRating": {"ratingValue": "4.8",
    // "reviewCount": "81"}); a score with no review behind it is none.
    const rated = isObject(product.aggregateRating) ? product.aggregateRating : {};
    const reviewCount = countShape(pick(rated, ['reviewCount', 'ratingCount']));
    return {
      id: asText(product.sku),
      title,
      priceRange: min && max && min.minor <= max.minor ? { min, max } : null,
      rating: reviewCount ? ratingShape(rated.ratingValue) : null,
      reviewCount,
    };
  }
  return null;
}

/**
 * The seller JSON-LD names on a `Product` (`seller` or `offers.seller`, an Organization):
 * used only when no other place on the page names the supplier.
 */
export function sellerNameFromJsonLd(scripts: readonly { type: string; text: string }[]): string | null {
  for (const product of jsonLdProducts(scripts)) {
    const offers = Array.isArray(product.offers) ? product.offers[0] : product.offers;
    const seller = isObject(product.seller) ? product.seller : isObject(offers) ? offers.seller : null;
    if (isObject(seller) && seller['@type'] !== 'Person') {
      const name = nameShape(seller.name);
      if (name) return name;
    }
  }
  return null;
}
