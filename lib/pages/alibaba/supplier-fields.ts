import type { Money } from '../../model/money';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../../model/supplier';
import { parseCount, parseMoney, parsePercent, parseYears } from '../../money/parse';

/**
 * Reading supplier facts out of loosely shaped page JSON. The same facts
 * appear under different key spellings on the product page
 * (globalData.seller), the minisite (icbu-pc-shopSign `{fieldName,value}`
 * wrappers; 2026 shopBizData `{label,value}` objects) and search offers, so
 * every fact lists the spellings seen (research/alibaba-pages.md) and the
 * readers unwrap both wrapper shapes.
 */

export type Loose = Record<string, unknown>;

export const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{fieldName, value}` / `{label, value}` wrappers → value; anything else unchanged. */
export function unwrap(v: unknown): unknown {
  return isObject(v) && 'value' in v ? v.value : v;
}

/** The first of `keys` present on `obj` (unwrapped), else undefined. */
export function pick(obj: unknown, keys: readonly string[]): unknown {
  if (!isObject(obj)) return undefined;
  for (const key of keys) {
    const v = unwrap(obj[key]);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

export function asText(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const text = decodeEntities(v.replace(/<[^>]{0,200}>/g, '')) // search titles wrap matched words in <b>
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ⓘ/g, '')
    .trim();
  return text || null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON strings sometimes carry HTML entities ("Men&#39;s"); decoded as text, never parsed as markup. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

export function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const text = asText(v);
  if (!text || !/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

export function asBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1' || v === 'Y' || v === 'y') return true;
  if (v === 'false' || v === 0 || v === '0' || v === 'N' || v === 'n') return false;
  return null;
}

export function asPercent(v: unknown): number | null {
  if (typeof v === 'number') return v >= 0 && v <= 1 && !Number.isInteger(v) ? v * 100 : v;
  const text = asText(v);
  return text ? (parsePercent(text) ?? (/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null)) : null;
}

export function asYears(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const text = asText(v);
  return text ? parseYears(text) : null;
}

/** A TA limit: "42,000", 42000, "US $42,000" — Alibaba states TA limits in US dollars. */
export function asLimit(v: unknown, currency = 'USD'): Money | null {
  if (typeof v === 'number')
    return Number.isFinite(v) && v > 0 ? { minor: Math.round(v * 100), currency } : null;
  const text = asText(v);
  const money = text ? parseMoney(text, currency) : null;
  return money && money.minor > 0 ? money : null;
}

/** Protocol-relative and root-relative links made absolute against the page. */
export function absoluteUrl(v: unknown, base: string): string | null {
  const text = asText(v);
  if (!text) return null;
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function countryCode(v: unknown): string | null {
  const text = asText(v);
  return text && /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : null;
}

/** Key spellings per fact, most specific first. */
const KEYS = {
  name: ['companyName', 'supplierName', 'companyNameEn'],
  companyId: ['companyId', 'supplierId', 'companyIdStr'],
  profileUrl: ['companyProfileUrl', 'supplierHref', 'profileUrl', 'supplierHomeHref', 'homeUrl'],
  subDomain: ['subDomain', 'esiteSubDomain'],
  country: ['companyRegisterCountry', 'countryCode', 'country', 'registerCountry'],
  years: [
    'companyJoinYears',
    'localCompanyJoinYears',
    'goldSupplierYears',
    'goldYears',
    'years',
    'joinYears',
  ],
  verified: ['companyHasPassAssessment', 'isVerified', 'verifiedSupplier', 'verified', 'isAssessedSupplier'],
  gold: ['isGoldSupplier', 'goldSupplier', 'accountIsGoldPlusSupplier', 'isGoldPlusSupplier'],
  taOffered: ['baoAccountIsService', 'tradeAssurance', 'isTradeAssurance', 'taSupplier'],
  taLimit: ['baoAccountAmount', 'tradeAssuranceLimit', 'taLimit', 'tradeAssuranceAmount'],
  taCreditLevel: ['baoAccountCreditLevel', 'creditLevel'],
  responseRate: ['sesameFirstReplyRate', 'responseRate', 'replyRate', 'supplierResponseRate'],
  responseTime: ['responseTimeText', 'responseTime', 'replyAvgTime', 'avgResponseTime'],
  onTime: ['supplierOnTimeDeliveryRate', 'onTimeDeliveryRate', 'onTimeDelivery', 'onTimeDispatchRate'],
  rating: ['averageStar', 'reviewScore', 'storeRating', 'rating', 'supplierRating', 'reviews'],
  reviewCount: ['totalReviewCount', 'totalReviewOrderCount', 'reviewCount', 'reviewsCount'],
} as const;

/** Nested objects that carry rating fields on some shapes. */
const REVIEW_HOLDERS = ['supplierRatingReviews', 'storeReview', 'productReview', 'reviews'];

/** Raw (not yet validated) supplier facts from one JSON object; unknown facts null. */
export function supplierFromJson(obj: unknown, pageUrl: string): SupplierFacts {
  if (!isObject(obj)) return { ...EMPTY_SUPPLIER };
  const review = REVIEW_HOLDERS.map((k) => obj[k]).find(isObject);
  const sub = asText(pick(obj, KEYS.subDomain));
  const taLimit = asLimit(pick(obj, KEYS.taLimit));
  const taFlag = asBool(pick(obj, KEYS.taOffered));
  return {
    name: asText(pick(obj, KEYS.name)),
    companyId: asText(pick(obj, KEYS.companyId)),
    profileUrl:
      absoluteUrl(pick(obj, KEYS.profileUrl), pageUrl) ??
      (sub && /^[a-z0-9-]+\.en\.alibaba\.com$/i.test(sub) ? `https://${sub}/company_profile.html` : null),
    country: countryCode(pick(obj, KEYS.country)),
    yearsOnPlatform: asYears(pick(obj, KEYS.years)),
    verified: asBool(pick(obj, KEYS.verified)),
    gold: asBool(pick(obj, KEYS.gold)) === true ? true : null, // "not Gold Plus" says nothing about Gold
    taOffered: taLimit ? true : taFlag,
    taLimit,
    taCreditLevel: asText(pick(obj, KEYS.taCreditLevel)),
    responseRate: asPercent(pick(obj, KEYS.responseRate)),
    responseTimeText: asText(pick(obj, KEYS.responseTime)),
    onTimeDeliveryRate: asPercent(pick(obj, KEYS.onTime)),
    rating: asNumber(pick(obj, KEYS.rating)) ?? asNumber(pick(review, KEYS.rating)),
    reviewCount:
      countOf(pick(obj, KEYS.reviewCount)) ??
      countOf(pick(review, KEYS.reviewCount)) ??
      countOf(reviewsCount(obj)),
  };
}

function countOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) ? v : null;
  const text = asText(v);
  return text ? parseCount(text) : null;
}

/** 2026 shape: reviews {value:"4.7", count:39}. */
function reviewsCount(obj: Loose): unknown {
  return isObject(obj.reviews) ? obj.reviews.count : undefined;
}

/** Fills the null fields of `base` from `more` (earlier sources are more trusted). */
export function mergeSupplier(base: SupplierFacts, more: Partial<SupplierFacts>): SupplierFacts {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(more)) {
    if (out[key] === null || out[key] === undefined) out[key] = value ?? null;
  }
  return out as SupplierFacts;
}

export const hasAnyFact = (facts: object) => Object.values(facts).some((v) => v !== null && v !== undefined);
