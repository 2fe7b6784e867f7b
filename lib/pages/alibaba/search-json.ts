import type { OfferFacts } from '../../model/offer';
import { parseCount, parseMoneyRange } from '../../money/parse';
import { findEmbeddedValues } from '../embedded-json';
import {
  boolShape,
  countryShape,
  countShape,
  durationShape,
  idShape,
  limitShape,
  nameShape,
  percentShape,
  ratingShape,
  textOf,
  yearsShape,
} from '../facts/shapes';
import { countryFromName } from '../labels/countries';
import { OFFER_COUNTRY_OBJECTS, OFFER_KEYS, OFFER_LISTS, OFFER_NESTS } from '../labels/search';
import { absoluteUrl, isObject, type Loose } from './supplier-fields';
import { MINISITE_IN_URL as SUPPLIER_SITE_HOST } from './supplier-site';

/**
 * Search offers from embedded JSON, whatever the layout: the product tab's
 * flat offers (`offerResultData.offers[]`, 2024 captures), the supplier tab's
 * `offerList[]`, the supplier-search API's `model.offers[]`, and the older
 * layout whose offer nests its facts in objects (`supplier{supplierName…}`,
 * `tradePrice{price, minOrder}`, `reviews{reviewScore…}`, `information{…}`).
 * Each fact is looked up by the keys of labels/search.ts in the offer, then in
 * its nested objects, and must fit its shape: a label word is never a name.
 */
export function offersFromJson(scripts: readonly string[], pageUrl: string): OfferFacts[] | null {
  for (const [anchor] of OFFER_LISTS) {
    for (const holder of findEmbeddedValues(scripts, anchor, 4)) {
      const list = offerListIn(holder);
      if (!list) continue;
      const items = list.filter(isObject).map(unwrapOffer);
      // The Verified icon's key is only sent when set: if any offer on this page carries it, its absence means "no badge".
      const pageSendsVerified = items.some((o) => 'goldSupplierIcon' in o);
      return items.map((o) => offerFromJson(o, pageUrl, pageSendsVerified));
    }
  }
  // A result list saved on its own as a JSON document, `{"offers": [...]}` at its top level (a scraper's
  // capture of the page's offers). Only at the top: a product's JSON-LD "offers" is no result list.
  for (const script of scripts) {
    if (!SAVED_OFFER_LIST.test(script.slice(0, 200))) continue;
    const list = offerListIn(findEmbeddedValues([script], '"offers"', 1)[0]);
    if (!list) continue;
    const items = list.filter(isObject).map(unwrapOffer);
    const pageSendsVerified = items.some((o) => 'goldSupplierIcon' in o);
    return items.map((o) => offerFromJson(o, pageUrl, pageSendsVerified));
  }
  return null;
}

const SAVED_OFFER_LIST = /^\s*\{\s*"offers"\s*:\s*\[/;

function offerListIn(holder: unknown): unknown[] | null {
  if (Array.isArray(holder)) return holder.length > 0 && holder.every((x) => isObject(x)) ? holder : null;
  if (!isObject(holder)) return null;
  for (const key of ['offers', 'offerList', 'list', 'itemList']) {
    const list = holder[key];
    if (Array.isArray(list) && list.length > 0) return list;
  }
  return null;
}

/** `{offer: {...}}` wrappers (late-2024 `_offer_list` items). */
const unwrapOffer = (o: Loose): Loose => (isObject(o.offer) && Object.keys(o).length <= 3 ? o.offer : o);

/** The offer, its nested objects (OFFER_NESTS order), and theirs (supplier.supplierCountry). */
function holdersOf(o: Loose): Loose[] {
  const first = OFFER_NESTS.map((n) => o[n]).filter(isObject);
  const second = first.flatMap((h) => OFFER_NESTS.map((n) => h[n]).filter(isObject));
  return [o, ...first, ...second];
}

/** The first value under `keys` in the offer, then in its nested objects (holdersOf, computed once per offer). */
const HOLDERS = new WeakMap<Loose, Loose[]>();
function look(o: Loose, keys: readonly string[]): unknown {
  let holders = HOLDERS.get(o);
  if (!holders) {
    holders = holdersOf(o);
    HOLDERS.set(o, holders);
  }
  for (const holder of holders) {
    for (const key of keys) {
      let v = holder[key];
      if (isObject(v) && 'value' in v && Object.keys(v).length <= 5) v = v.value;
      if (v !== undefined && v !== null && v !== '') return v;
    }
  }
  return undefined;
}

export function offerFromJson(o: Loose, pageUrl: string, pageSendsVerified: boolean): OfferFacts {
  const priceText = textOf(look(o, OFFER_KEYS.price));
  const productUrl = productUrlOf(o, pageUrl);
  const reviewCount = countShape(look(o, OFFER_KEYS.reviewCount));
  const rating = ratingShape(look(o, OFFER_KEYS.rating));
  return {
    productId: idShape(look(o, OFFER_KEYS.productId)) ?? idFromProductUrl(productUrl),
    title: textOf(look(o, OFFER_KEYS.title)),
    productUrl,
    supplierName: nameShape(look(o, OFFER_KEYS.supplierName)) ?? nestedName(o),
    companyId: idShape(look(o, OFFER_KEYS.companyId)),
    supplierUrl: supplierUrlOf(o, pageUrl),
    years: yearsOf(o),
    verified: verifiedOf(o, pageSendsVerified),
    taOffered: taOf(o),
    // "0.0" from 0 reviews is no rating.
    rating: reviewCount === 0 ? null : rating,
    reviewCount,
    priceText,
    price: priceText ? parseMoneyRange(priceText) : null,
    moq: moqOf(look(o, OFFER_KEYS.moq)),
    isAd: paidPlacement(o) || boolShape(look(o, OFFER_KEYS.isAd)),
    country: countryOf(o),
    taLimit: limitShape(look(o, OFFER_KEYS.taLimit)),
    responseRate: percentShape(look(o, OFFER_KEYS.responseRate), true),
    responseTimeText: durationShape(look(o, OFFER_KEYS.responseTime)),
    onTimeDeliveryRate: percentShape(look(o, OFFER_KEYS.onTimeDelivery), true),
  };
}

/**
 * An offer the marketplace placed for a fee carries its campaign (`adInfo: {campaignId, adgroupId,
 * creativeId…}`: the 2024 "Top sponsor listing" offer, whose `isP4P` says false). Null when there is no
 * campaign, so the offer's own flag decides.
 */
function paidPlacement(o: Loose): true | null {
  const ad = o.adInfo;
  if (!isObject(ad)) return null;
  const ids = [ad.campaignId, ad.adgroupId, ad.creativeId].map((v) => textOf(v));
  return ids.some((id) => id && /^\d+$/.test(id) && /[1-9]/.test(id)) ? true : null;
}

function productUrlOf(o: Loose, pageUrl: string): string | null {
  const url = absoluteUrl(look(o, OFFER_KEYS.productUrl), pageUrl);
  if (url) return url;
  const action = absoluteUrl(o.action, pageUrl);
  return action && /\/product-detail\//.test(action) ? action : null;
}

function supplierUrlOf(o: Loose, pageUrl: string): string | null {
  const url = absoluteUrl(look(o, OFFER_KEYS.supplierUrl), pageUrl);
  if (url) return url;
  // Supplier-tab offers link the company profile as `action` (public supplier-search spec).
  const action = absoluteUrl(o.action, pageUrl);
  return action && SUPPLIER_SITE_HOST.test(action) ? action : null;
}

/**
 * A two-letter code under a country key, else a country given as an object: the 2022 gallery's
 * `supplier.supplierCountry = {id: "CN", name: "China"}` (Myusico/alibaba-scraper sample_page.html).
 */
function countryOf(o: Loose): string | null {
  const code = countryShape(look(o, OFFER_KEYS.country));
  if (code) return code;
  const holders = HOLDERS.get(o) ?? holdersOf(o);
  for (const holder of holders) {
    for (const key of OFFER_COUNTRY_OBJECTS) {
      const v = holder[key];
      if (!isObject(v)) continue;
      const found = countryShape(v.id) ?? countryShape(v.code) ?? countryFromName(textOf(v.name));
      if (found) return found;
    }
  }
  return null;
}

/** "8 yrs", goldYearsNumber "2", supplierYear "5" + supplierYearUnit "YRS". */
function yearsOf(o: Loose): number | null {
  return yearsShape(look(o, OFFER_KEYS.years));
}

function verifiedOf(o: Loose, pageSendsVerified: boolean): boolean | null {
  const flag = boolShape(look(o, OFFER_KEYS.verified));
  if (flag !== null) return flag;
  // The Verified icon: an image address on the 2024 captures, a plain flag on other renderings.
  const icon = o.goldSupplierIcon;
  const iconFlag = boolShape(icon);
  if (iconFlag !== null) return iconFlag;
  if (textOf(icon)) return true;
  return pageSendsVerified ? false : null;
}

/** A supplier object's own `name` / `title` (`supplier: {name: …}`), when no named key carries it. */
function nestedName(o: Loose): string | null {
  for (const nest of ['supplier', 'company', 'companyInfo', 'seller']) {
    const holder = o[nest];
    if (isObject(holder)) {
      const name = nameShape(holder.name ?? holder.title ?? holder.displayName);
      if (name) return name;
    }
  }
  return null;
}

/** Any key that names Trade Assurance: tradeAssurance, isTradeAssurance, taIcon, hasTA, taFlag… */
const TA_KEY = /trade.?assurance|^(?:is|has|show)?ta(?:flag|icon|logo|service|supplier|tag)?$/i;

/**
 * The TA flag from whatever field the layout uses: a boolean, a nested
 * `{tradeAssurance: true}` object, an icon address, under any key that names
 * Trade Assurance (the table's keys first). `tradeProduct: false` says this
 * product cannot be ordered online under Trade Assurance: it counts as "no"
 * only when no other key says the offer is covered.
 */
function taOf(o: Loose): boolean | null {
  const keys: string[] = [...OFFER_KEYS.taOffered];
  for (const holder of holdersOf(o))
    for (const key of Object.keys(holder)) if (TA_KEY.test(key)) keys.push(key);
  let notTradeProduct = false;
  for (const key of keys) {
    const v = look(o, [key]);
    if (v === undefined) continue;
    const flag = isObject(v)
      ? boolShape(v.tradeAssurance ?? v.isTradeAssurance ?? v.value ?? v.show ?? v.enabled)
      : /icon|logo|tag/i.test(key)
        ? textOf(v)
          ? true
          : null
        : boolShape(v);
    if (flag === true) return true;
    if (flag === false && key !== 'tradeProduct') return false;
    if (flag === false) notTradeProduct = true;
  }
  return notTradeProduct ? false : null;
}

/** "Min. order: 50 pieces", "Commande min. : 1 pièce", 50. */
function moqOf(v: unknown): number | null {
  if (typeof v === 'number') return countShape(v);
  const t = textOf(v);
  const n = t && t.length <= 80 ? parseCount(t) : null;
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function idFromProductUrl(url: string | null): string | null {
  const m = url ? /_(\d{6,})\.html/.exec(url) : null;
  return m ? (m[1] as string) : null;
}
