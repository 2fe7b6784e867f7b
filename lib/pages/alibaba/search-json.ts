import type { OfferFacts } from '../../model/offer';
import { parseCount, parseMoneyRange } from '../../money/parse';
import { findEmbeddedValues } from '../embedded-json';
import {
  absoluteUrl,
  asBool,
  asNumber,
  asText,
  asYears,
  countryCode,
  isObject,
  type Loose,
  pick,
} from './supplier-fields';

/**
 * Search offers from embedded JSON: `offerResultData.offers[]` in
 * `window.__page__data` (2024, both real captures) and
 * `window.__page__data_sse10._offer_list` (late 2024–2026); the supplier tab's
 * `offerResultData.offerList[]`. Found by the anchor key, whatever the
 * variable. The same key also appears in a destructuring line
 * (`const {offerResultData = {}} = …`), which the key matcher skips.
 */

export function offersFromJson(scripts: readonly string[], pageUrl: string): OfferFacts[] | null {
  for (const result of findEmbeddedValues(scripts, 'offerResultData', 4)) {
    if (!isObject(result)) continue;
    const list = [result.offers, result.offerList, result.list].find((l) => Array.isArray(l) && l.length > 0);
    if (!Array.isArray(list)) continue;
    const items = list.filter(isObject);
    // The Verified icon's key is only sent when set: if any offer on this page carries it, its absence means "no badge".
    const pageSendsVerified = items.some((o) => 'goldSupplierIcon' in o);
    return items.map((o) => offerFromJson(o, pageUrl, pageSendsVerified));
  }
  return null;
}

export function offerFromJson(o: Loose, pageUrl: string, pageSendsVerified: boolean): OfferFacts {
  const priceText = asText(pick(o, ['price', 'priceV2', 'promotionPrice']));
  const productUrl = absoluteUrl(pick(o, ['productUrl', 'productHref', 'detailUrl']), pageUrl);
  return {
    productId: asText(pick(o, ['productId', 'id'])) ?? idFromProductUrl(productUrl),
    title: asText(pick(o, ['title', 'enPureTitle', 'subject'])),
    productUrl,
    supplierName: asText(pick(o, ['companyName', 'supplierName'])),
    companyId: asText(pick(o, ['companyId'])),
    supplierUrl: absoluteUrl(pick(o, ['supplierHref', 'companyProfileUrl', 'supplierHomeHref']), pageUrl),
    years: asYears(pick(o, ['goldSupplierYears', 'goldYears', 'supplierYears', 'companyJoinYears'])),
    verified: verifiedOf(o, pageSendsVerified),
    // tradeProduct false may only mean "not orderable online"; it is no evidence that TA is absent.
    taOffered: asBool(pick(o, ['tradeProduct', 'tradeAssurance', 'isTradeAssurance'])) === true ? true : null,
    rating: asNumber(pick(o, ['reviewScore', 'supplierRating', 'rating'])),
    reviewCount: asNumber(pick(o, ['reviewCount', 'reviewsCount'])),
    priceText,
    price: priceText ? parseMoneyRange(priceText) : null,
    moq: moqOf(pick(o, ['moqV2', 'moq', 'minOrder'])),
    isAd: asBool(pick(o, ['isP4P', 'isAd', 'p4p'])),
    country: countryCode(pick(o, ['countryCode', 'country'])),
  };
}

function verifiedOf(o: Loose, pageSendsVerified: boolean): boolean | null {
  const flag = asBool(pick(o, ['verifiedSupplier', 'isVerified', 'verified']));
  if (flag !== null) return flag;
  if (asText(o.goldSupplierIcon)) return true;
  return pageSendsVerified ? false : null;
}

function moqOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const text = asText(v);
  const n = text ? parseCount(text) : null;
  return n !== null && Number.isInteger(n) ? n : null;
}

export function idFromProductUrl(url: string | null): string | null {
  const m = url ? /_(\d{6,})\.html/.exec(url) : null;
  return m ? (m[1] as string) : null;
}
