import { parseDateText } from '../alibaba/order-dates';
import { isMinisiteHost } from '../alibaba/supplier-site';
import { countryFromName } from '../labels/countries';
import { blockScope } from '../labels/foreign-blocks';
import {
  IDENTITY_KEYS,
  OTHER_STORES,
  PRODUCT_CONTEXT,
  SKIP_KEYS,
  STORE_REVIEW_HOLDERS,
  SUPPLIER_KEYS,
  type SupplierKeyField,
  TRUSTED_HOLDERS,
} from '../labels/supplier-keys';
import type { DataRoot } from '../sources/page-data';
import type { FactSet } from './fact-set';
import { rowField } from './rows';
import {
  boolShape,
  businessTypeShape,
  countryShape,
  countShape,
  durationShape,
  idShape,
  limitShape,
  nameShape,
  percentShape,
  ratingShape,
  textOf,
  verifiedTypeShape,
  yearsShape,
} from './shapes';

/**
 * Supplier facts from any JSON the page carries, found by their keys
 * (labels/supplier-keys.ts) wherever they sit: `globalData.seller`, a
 * module-data `mds.moduleData.data`, a `companyList[0]`, an AliExpress
 * `sellerComponent`, a label/value row of a company card. The walk keeps to
 * one supplier: the page's own holder (`seller`, `sellerComponent`, `shopSign`…)
 * names it, else the first object that names one; an object naming another
 * supplier (by id, or by name) is skipped whole, and so are recommendation
 * lists (`recommendStores`, `similar…`, a `<script id="reco-data">`), named or not.
 * Product data (its own rating, its SKUs) never feeds supplier facts; its
 * rating and review count go to `product` instead.
 */
export type SupplierField = SupplierKeyField | 'taRemaining';
export type ProductReviewField = 'rating' | 'reviewCount' | 'buyerProtection';

const MAX_NODES = 80_000;

type Ctx = 'supplier' | 'store' | 'product';

export function readSupplierData(
  roots: readonly DataRoot[],
  pageUrl: string,
  facts: FactSet<SupplierField>,
  product?: FactSet<ProductReviewField>,
): void {
  const identity = trustedIdentity(roots);
  let budget = MAX_NODES;
  for (const root of roots) {
    if (OTHER_STORES.test(root.where.replace(/^script#/, ''))) continue;
    const stack: { node: unknown; key: string; ctx: Ctx }[] = [
      { node: root.value, key: '', ctx: 'supplier' },
    ];
    while (stack.length > 0 && budget-- > 0) {
      const { node, key, ctx } = stack.pop() as { node: unknown; key: string; ctx: Ctx };
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], key, ctx });
        continue;
      }
      const obj = node as Record<string, unknown>;
      const named = IDENTITY_KEYS.some((k) => k in obj);
      if (ctx !== 'product' && named && !sameSupplier(obj, identity)) continue;
      const where = `${root.where}${key ? ` › ${key}` : ''}`;
      if (ctx === 'product') readProductReview(obj, key, where, product);
      else readObject(obj, { named, store: ctx === 'store', pageUrl, where }, facts);
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = keys[i] as string;
        if (SKIP_KEYS.has(child) || OTHER_STORES.test(child)) continue;
        const value = obj[child];
        if (value === null || typeof value !== 'object') continue;
        stack.push({ node: value, key: child, ctx: childCtx(ctx, child) });
      }
    }
  }
}

const PRODUCT_KEYS = new Set(PRODUCT_CONTEXT);
const STORE_KEYS = new Set(STORE_REVIEW_HOLDERS);

function childCtx(ctx: Ctx, key: string): Ctx {
  if (ctx === 'product' || PRODUCT_KEYS.has(key)) return 'product';
  if (STORE_KEYS.has(key)) return 'store';
  return ctx === 'store' ? 'store' : 'supplier';
}

interface Identity {
  id: string | null;
  name: string | null;
}

const identityOf = (obj: Record<string, unknown>): Identity => ({
  id: idShape(unwrap(obj.companyId)),
  name: nameShape(unwrap(obj.companyName ?? obj.supplierName ?? obj.storeName)),
});

/**
 * Who the page is about, from its own supplier holder (`globalData.seller`,
 * `sellerComponent`…) wherever it sits: a list of recommended stores placed
 * before it in the data must not decide. Empty when no holder names one.
 */
function trustedIdentity(roots: readonly DataRoot[]): Identity {
  let budget = MAX_NODES;
  for (const root of roots) {
    if (OTHER_STORES.test(root.where.replace(/^script#/, ''))) continue;
    const stack: unknown[] = [root.value];
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      const values = Array.isArray(node) ? node : Object.values(node);
      if (!Array.isArray(node)) {
        for (const [key, value] of Object.entries(node)) {
          if (!TRUSTED_HOLDERS.has(key) || !value || typeof value !== 'object' || Array.isArray(value))
            continue;
          const found = identityOf(value as Record<string, unknown>);
          if (found.id || found.name) return found;
        }
      }
      for (const [key, value] of Array.isArray(node) ? values.entries() : Object.entries(node)) {
        if (typeof key === 'string' && (SKIP_KEYS.has(key) || OTHER_STORES.test(key))) continue;
        if (value && typeof value === 'object') stack.push(value);
      }
    }
  }
  return { id: null, name: null };
}

/**
 * The first object naming a supplier sets who the page is about (unless its own
 * holder already did); later ones must agree: by id, and by name whenever both
 * carry one (a list of other companies may carry names only).
 */
function sameSupplier(obj: Record<string, unknown>, identity: Identity): boolean {
  const { id, name } = identityOf(obj);
  if (identity.id && id && id !== identity.id) return false;
  if (identity.name && name && nameKey(name) !== nameKey(identity.name) && !(id && id === identity.id))
    return false;
  identity.id ??= id;
  identity.name ??= name;
  return true;
}

const nameKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** `{fieldName, value}` / `{label, value}` / `{title, value}` wrappers → value. */
export function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in v) {
    const keys = Object.keys(v);
    if (keys.length <= 5) return (v as { value: unknown }).value;
  }
  return v;
}

interface ObjectContext {
  named: boolean;
  store: boolean;
  pageUrl: string;
  where: string;
}

/** Each data key → its fact, once: an object is read by looking up its own (few) keys. */
const KEY_INDEX = new Map<string, { field: SupplierKeyField; weak: boolean; rank: number }>();
for (const field of Object.keys(SUPPLIER_KEYS) as SupplierKeyField[]) {
  SUPPLIER_KEYS[field].forEach((entry, rank) => {
    KEY_INDEX.set(entry.key, { field, weak: 'weak' in entry, rank });
  });
}
const SPECIAL_KEYS = new Set(['tradeAssurance', 'tradeAssuranceInfo', 'taInfo', 'reviews']);

function readObject(obj: Record<string, unknown>, c: ObjectContext, facts: FactSet<SupplierField>): void {
  // Keys in table order (most specific first), whatever order the object lists them in.
  const hits: { key: string; field: SupplierKeyField; rank: number }[] = [];
  let special = false;
  for (const key in obj) {
    const hit = KEY_INDEX.get(key);
    if (hit && (!hit.weak || c.named || c.store)) hits.push({ key, field: hit.field, rank: hit.rank });
    if (SPECIAL_KEYS.has(key)) special = true;
  }
  hits.sort((a, b) => a.rank - b.rank);
  for (const { key, field } of hits) {
    const value = shapeFor(field, key, unwrap(obj[key]), c.pageUrl);
    facts.add(field === 'subDomain' ? 'profileUrl' : field, value, `${c.where}.${key}`);
  }
  if (special) {
    taHolder(obj, c.where, facts);
    shopBizReviews(obj, c.where, facts);
  }
  const row = rowField(obj);
  if (row) for (const [field, value] of row.facts) facts.add(field, value, `${c.where} row "${row.label}"`);
}

function shapeFor(field: SupplierKeyField, key: string, v: unknown, pageUrl: string): unknown {
  switch (field) {
    case 'name':
      return nameShape(v);
    case 'companyId':
    case 'storeId':
      return idShape(v);
    case 'profileUrl':
      return absoluteUrl(v, pageUrl);
    case 'subDomain': {
      const t = textOf(v);
      return t && isMinisiteHost(t) ? `https://${t}/company_profile.html` : null;
    }
    case 'country':
      // A code ("CN"), or a country's name ("China", AliExpress storeModule.countryCompleteName).
      return countryShape(v) ?? countryFromName(textOf(v));
    case 'years':
      return key === 'openedYear' && typeof v === 'number' && v > 60 ? null : yearsShape(v);
    case 'verified':
    case 'taOffered':
      return boolShape(v);
    case 'gold':
      return boolShape(v) === true ? true : null; // "not Gold Plus" says nothing about Gold
    case 'taLimit':
      return limitShape(v);
    case 'taRemaining':
      return remainingShape(v);
    case 'taCreditLevel': {
      const t = textOf(v);
      return t && t.length <= 12 ? t : null;
    }
    case 'responseRate':
    case 'onTime':
    case 'positiveRate':
    case 'reorderRate':
      return percentShape(v, true);
    case 'businessType':
      return businessTypeShape(v);
    case 'verifiedType':
      return verifiedTypeShape(v);
    case 'responseTime':
      return durationShape(v);
    case 'rating':
      return ratingShape(v);
    case 'reviewCount':
    case 'reviewOrderCount':
      return countShape(v);
    case 'openedOn':
      return dateShape(v, pageUrl);
  }
}

/** `tradeAssurance: {amount, balance, service}` (the inquiry form's companyList, HTMLPage1/2). */
function taHolder(obj: Record<string, unknown>, where: string, facts: FactSet<SupplierField>): void {
  for (const key of ['tradeAssurance', 'tradeAssuranceInfo', 'taInfo']) {
    const ta = obj[key];
    if (!ta || typeof ta !== 'object' || Array.isArray(ta)) continue;
    const holder = ta as Record<string, unknown>;
    facts.add('taLimit', limitShape(holder.amount ?? holder.limit), `${where}.${key}.amount`);
    facts.add('taRemaining', remainingShape(holder.balance ?? holder.remaining), `${where}.${key}.balance`);
    facts.add('taOffered', boolShape(holder.service ?? holder.tradeAssurance), `${where}.${key}.service`);
  }
}

/** 2026 shopBizData: `reviews: {value: "4.7", count: 39}`. */
function shopBizReviews(obj: Record<string, unknown>, where: string, facts: FactSet<SupplierField>): void {
  const r = obj.reviews;
  if (!r || typeof r !== 'object' || Array.isArray(r) || !('count' in r)) return;
  const reviews = r as Record<string, unknown>;
  facts.add('rating', ratingShape(reviews.value), `${where}.reviews.value`);
  facts.add('reviewCount', countShape(reviews.count), `${where}.reviews.count`);
}

/** The product's own rating: `productReview`, AliExpress `feedbackComponent` / `titleModule.feedbackRating`. */
function readProductReview(
  obj: Record<string, unknown>,
  key: string,
  where: string,
  product: FactSet<ProductReviewField> | undefined,
): void {
  if (!product) return;
  if (!['productReview', 'feedbackComponent', 'feedbackRating'].includes(key)) return;
  const count = countShape(obj.totalReviewCount ?? obj.totalValidNum);
  const rating = ratingShape(obj.averageStar ?? obj.evarageStar);
  product.add('reviewCount', count, `${where}`);
  // "0.0" from no reviews is no rating (AliExpress sends display: false with it).
  if (count !== 0 && obj.display !== false) product.add('rating', rating, `${where}`);
}

function remainingShape(v: unknown) {
  if (v === 0 || v === '0') return { minor: 0, currency: 'USD' };
  return limitShape(v);
}

/**
 * An opening date: "nov 1, 2020", "Oct 8, 2011", "7 11, 2021" (the same "month day, year" pattern on the
 * Japanese site, its month a number), or epoch milliseconds. The page prints the date in the marketplace's
 * own time: the stamp is read on the US Pacific clock, where the printed date falls on every page that
 * carries both (2021-07-12 03:16 UTC is printed "7 11, 2021"; read in UTC, or in China, it would be a
 * day late). That is AliExpress's clock only: an Alibaba supplier's stamp is read in UTC, as it always was.
 */
function dateShape(v: unknown, pageUrl: string): string | null {
  if (typeof v === 'number' && v > 946_684_800_000 && v < 4_102_444_800_000)
    return onAliexpress(pageUrl) ? pacificDate(v) : new Date(v).toISOString().slice(0, 10);
  const t = textOf(v);
  if (!t || t.length > 40) return null;
  const numericMonth = /^\s*(\d{1,2})\s+(\d{1,2}),\s*((?:19|20)\d{2})\s*$/.exec(t);
  if (numericMonth) return parseDateText(`${numericMonth[3]}-${numericMonth[1]}-${numericMonth[2]}`);
  return parseDateText(t);
}

function onAliexpress(pageUrl: string): boolean {
  try {
    return /(?:^|\.)aliexpress\.[a-z.]+$/i.test(new URL(pageUrl).hostname);
  } catch {
    return false;
  }
}

let pacific: Intl.DateTimeFormat | undefined;

function pacificDate(ms: number): string {
  pacific ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(pacific.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function absoluteUrl(v: unknown, base: string): string | null {
  const t = textOf(v);
  if (!t) return null;
  try {
    const url = new URL(t.startsWith('//') ? `https:${t}` : t, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `baoAccountAmount` → `data-bao-account-amount`: how a data key reads as an HTML attribute. */
const kebab = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
const DATA_ATTRIBUTES: [string, SupplierKeyField, string][] = (
  Object.keys(SUPPLIER_KEYS) as SupplierKeyField[]
).flatMap((field) =>
  SUPPLIER_KEYS[field]
    .filter((e) => !('weak' in e))
    .map((e) => [kebab(e.key), field, e.key] as [string, SupplierKeyField, string]),
);
const DATA_SELECTOR = DATA_ATTRIBUTES.map(([attr]) => `[${attr}]`).join(',');

/**
 * Supplier facts kept in data- attributes named after the data keys
 * (`data-bao-account-amount="42,000"`, the 2018 TA icon's `data-ta-price`),
 * on pages that name one supplier. One selector query for all of them.
 */
export function readDataAttributes(doc: Document, pageUrl: string, facts: FactSet<SupplierField>): void {
  for (const el of Array.from(doc.querySelectorAll(DATA_SELECTOR)).slice(0, 50)) {
    if (inOtherSupplierBlock(el)) continue;
    for (const [attr, field, key] of DATA_ATTRIBUTES) {
      const raw = el.getAttribute(attr);
      if (raw === null) continue;
      const value = shapeFor(field, key, raw, pageUrl);
      facts.add(field === 'subDomain' ? 'profileUrl' : field, value, `attribute ${attr}`);
    }
  }
}

/** A "Similar suppliers" card's TA icon carries that company's limit, not this one's. */
function inOtherSupplierBlock(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12; depth++, node = node.parentElement) {
    if (blockScope(node) === 'other-supplier') return true;
  }
  return false;
}
