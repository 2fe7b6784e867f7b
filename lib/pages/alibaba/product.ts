import type { Conflict } from '../../model/conflict';
import { EMPTY_SUPPLIER } from '../../model/empty';
import type { ProductFacts } from '../../model/product';
import type { SupplierFacts } from '../../model/supplier';
import { findEmbeddedValue } from '../embedded-json';
import { SUPPLIER_BADGES } from '../labels/supplier';
import { labelMatcher, mentions } from '../labels/text-sequence';
import { productTitleFromTitle } from '../labels/titles';
import { pageDataRoots } from '../sources/page-data';
import { pageText } from '../sources/page-text';
import { productFromDom } from './product-dom';
import { productFromGlobalData, productFromJsonLd, sellerNameFromJsonLd } from './product-json';
import { ownProductIdFromLinks } from './product-own-id';
import { readSupplierFacts } from './supplier';
import { isObject } from './supplier-fields';

/**
 * Alibaba product detail page → product + seller facts. The product from
 * detailData.globalData (anchor key `globalData`), JSON-LD, then stable
 * attributes and labelled text for whatever is still unknown; the seller from
 * every place the page keeps it (supplier.ts), which also yields the
 * product's own rating (never taken for the store's).
 */
export function extractAlibabaProduct(
  doc: Document,
  url: string,
  scripts: readonly string[],
): { product: ProductFacts | null; supplier: SupplierFacts | null; conflicts: Conflict[] } {
  const globalData = findGlobalData(scripts);
  const text = pageText(doc);
  const read = readSupplierFacts(doc, url, scripts, {
    roots: pageDataRoots(scripts, text),
    text,
  });
  let raw = productFromGlobalData(globalData);
  const ld = productFromJsonLd(text.jsonScripts);
  if (ld) raw = fillNulls(raw ?? emptyProduct(), ld);
  // The rendered page only when data left a gap a buyer needs: it costs queries over the page's elements.
  if (!raw || raw.title === null || raw.priceRange === null || raw.moq === null || raw.attributes === null) {
    // Another product's card ("Other recommendations for your business": its price, "MOQ: 1 piece") is not this one's.
    const own = text.visible.filter((_, i) => text.visibleScopes[i] !== 'other-supplier');
    const fromDom = productFromDom(doc, own);
    raw = fillNulls(raw ?? emptyProduct(), { ...fromDom, taOffered: taBadge(doc, own) });
  }
  if (!raw.id) raw.id = idFromUrl(url) ?? ownProductIdFromLinks(doc);
  if (!raw.title) raw.title = productTitleFromTitle(text.title);
  if (raw.taOffered === null && read.supplier?.taOffered != null) raw.taOffered = read.supplier.taOffered;
  // Trade Assurance is a supplier's service: a product sold under it (the page's TA block) says the seller offers it.
  let supplier =
    read.supplier && read.supplier.taOffered === null && raw.taOffered === true
      ? { ...read.supplier, taOffered: true }
      : read.supplier;
  // A page whose only word on the seller is its JSON-LD (`Product.seller`, an Organization).
  const ldSeller = supplier?.name ? null : sellerNameFromJsonLd(text.jsonScripts);
  if (ldSeller) supplier = { ...(supplier ?? EMPTY_SUPPLIER), name: ldSeller };
  raw.rating = read.productReview.get('rating');
  raw.reviewCount = read.productReview.get('reviewCount');
  const product = Object.values(raw).some((v) => v !== null && v !== undefined) ? { ...raw, supplier } : null;
  return { product, supplier, conflicts: read.conflicts };
}

type RawProduct = Omit<ProductFacts, 'supplier'>;

const TA_BADGE = labelMatcher(SUPPLIER_BADGES.tradeAssurance);

const emptyProduct = (): RawProduct => ({
  id: null,
  title: null,
  priceTiers: null,
  priceRange: null,
  moq: null,
  unit: null,
  attributes: null,
  leadTimes: null,
  taOffered: null,
});

function fillNulls<T extends object>(base: T, more: Partial<T>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(more)) if (out[k] === null || out[k] === undefined) out[k] = v ?? null;
  return out as T;
}

/** The detailData object is found by its contents (product + seller), not by the variable name. */
function findGlobalData(scripts: readonly string[]): unknown {
  const globalData = findEmbeddedValue(scripts, 'globalData');
  return isObject(globalData) && (isObject(globalData.product) || isObject(globalData.seller))
    ? globalData
    : undefined;
}

/**
 * "…_1600912345678.html" → "1600912345678" (also minisite /product/<id>-<n>/…, and the number that ends a
 * /product-detail/ or /p-detail/ address after a hyphen, as the localised marketplaces write them).
 */
export function idFromUrl(url: string): string | null {
  const m =
    /_(\d{6,})\.html/.exec(url) ??
    /\/product\/(\d{6,})/.exec(url) ??
    /\/p(?:roduct)?-detail\/[^/?#]*-(\d{6,})\.html/.exec(url);
  return m ? (m[1] as string) : null;
}

/** The 2025 layout's TA block (`.module_ta_plus`) or a "Trade Assurance" badge. */
function taBadge(doc: Document, page: readonly string[]): boolean | null {
  if (
    doc.querySelector('.module_ta_plus, [data-module-name="module_ta_plus"], [data-testid="trade-assurance"]')
  )
    return true;
  return mentions(page, TA_BADGE) ? true : null;
}
