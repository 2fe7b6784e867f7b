import type { Discount, PriceRange } from '../../model/product';
import { parseMoneyRange } from '../../money/parse';
import { textOf } from '../facts/shapes';
import type { DataRoot } from '../sources/page-data';
import { amountOf, firstIn, rangeIn } from './item-data';

/**
 * The list price an AliExpress item shows struck through beside the price paid, and the discount between
 * them. The data keeps both under one holder in every layout seen:
 * - …Module (2020–2022 runParams) and the 2022 item API's `price_<id>.fields`: one object with the sale
 *   range (`minActivityAmount`/`maxActivityAmount`), the regular range (`minAmount`/`maxAmount`) and the
 *   stated `discount` (30) or `discountTips` ("-30%");
 * - …Component (2023): `priceComponent{discountPrice{minActivityAmount…}, origPrice{minAmount…}}`, two
 *   sibling objects under one holder;
 * - the 2024+ PRICE component: `targetSkuPriceInfo{salePrice|salePriceString, originalPrice|originalPriceString,
 *   discount}` (public scrapers' code and fixtures).
 * The regular range is a list price only beside a sale range that is the price the page reads as paid,
 * and only when it is higher: a page with no sale shows no list price, and none is made up for it.
 */
export interface ListPrice {
  range: PriceRange;
  discount: Discount | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

const saleIn = (obj: Obj) => rangeIn(obj, 'minActivityAmount', 'maxActivityAmount');
const regularIn = (obj: Obj) => rangeIn(obj, 'minAmount', 'maxAmount');

/** A 2024+ `targetSkuPriceInfo` price: its amount object, else its written string in the amount's currency. */
function skuPrice(obj: Obj, key: 'sale' | 'original', currency: string | null): PriceRange | null {
  const money = amountOf(obj[`${key}Price`]);
  if (money) return { min: money, max: money };
  const text = textOf(obj[`${key}PriceString`]);
  return text ? parseMoneyRange(text, currency ?? undefined) : null;
}

/** The sale and regular prices one holder gives, with the object whose keys may state the discount. */
function pairIn(obj: Obj, key: string): { sale: PriceRange; list: PriceRange; holder: Obj } | null {
  if (key === 'targetSkuPriceInfo') {
    const original = skuPrice(obj, 'original', null);
    const sale = skuPrice(obj, 'sale', original?.min.currency ?? null);
    return sale && original ? { sale, list: original, holder: obj } : null;
  }
  const sale = saleIn(obj);
  const list = regularIn(obj);
  if (sale && list) return { sale, list, holder: obj };
  if (sale || list) return null;
  // The 2023 holder: the sale range in one child, the regular range in another.
  let childSale: { range: PriceRange; holder: Obj } | null = null;
  let childList: PriceRange | null = null;
  for (const child of Object.values(obj)) {
    if (!isObj(child)) continue;
    const s = saleIn(child);
    const r = regularIn(child);
    if (s && !r && !childSale) childSale = { range: s, holder: child };
    else if (r && !s && !childList) childList = r;
  }
  return childSale && childList ? { sale: childSale.range, list: childList, holder: childSale.holder } : null;
}

/** The 2024+ PRICE component's price paid (`targetSkuPriceInfo.salePrice`), where no older key gave one. */
export function skuSalePriceOf(roots: readonly DataRoot[]): PriceRange | null {
  return firstIn(roots, (obj, key) =>
    key === 'targetSkuPriceInfo'
      ? skuPrice(obj, 'sale', skuPrice(obj, 'original', null)?.min.currency ?? null)
      : null,
  );
}

const same = (a: PriceRange, b: PriceRange) =>
  a.min.currency === b.min.currency && a.min.minor === b.min.minor && a.max.minor === b.max.minor;

export function listPriceOf(roots: readonly DataRoot[], paid: PriceRange | null): ListPrice | null {
  if (!paid) return null;
  return firstIn(roots, (obj, key) => {
    const pair = pairIn(obj, key);
    // Only the holder of the price the page reads as paid: a recommended item's prices say nothing here.
    if (!pair || !same(pair.sale, paid)) return null;
    return listPriceBeside(paid, pair.list, statedDiscount(pair.holder, obj));
  });
}

/**
 * The list price beside the price paid, checked: the same currency, and higher at one end at least and
 * lower at neither (a regular price equal to the sale one is no discount). `stated` is the page's own
 * percentage; otherwise the discount is worked out where both ends of the ranges agree on it within a
 * point ("US $0.01 - 6.48" against "US $2.38 - 9.48" is a teaser option, not one discount).
 */
export function listPriceBeside(
  paid: PriceRange,
  list: PriceRange | null,
  stated: number | null,
): ListPrice | null {
  if (!list || list.min.currency !== paid.min.currency) return null;
  if (list.min.minor < paid.min.minor || list.max.minor < paid.max.minor) return null;
  if (list.min.minor === paid.min.minor && list.max.minor === paid.max.minor) return null;
  if (stated !== null) return { range: list, discount: { percent: stated, stated: true } };
  const low = 100 * (1 - paid.min.minor / list.min.minor);
  const high = 100 * (1 - paid.max.minor / list.max.minor);
  const percent = Math.round(low);
  const agrees = Math.abs(low - high) <= 1 && percent >= 1;
  return { range: list, discount: agrees ? { percent: Math.min(percent, 99), stated: false } : null };
}

/** `discount: 30`, `discount: "30"`, `discountTips: "-30%"`: the page's own percentage, 1–99. */
export function statedDiscount(...holders: Obj[]): number | null {
  for (const holder of holders) {
    for (const key of ['discount', 'discountRatioTips', 'discountTips']) {
      const v = holder[key];
      const text = typeof v === 'number' ? String(v) : textOf(v);
      const m = text ? /^\s*-?\s*(\d{1,2})(?:[.,]\d+)?\s*%?\s*(?:off)?\s*$/i.exec(text) : null;
      const percent = m ? Number(m[1]) : Number.NaN;
      if (percent >= 1 && percent <= 99) return percent;
    }
  }
  return null;
}
