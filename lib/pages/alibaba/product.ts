import type { ProductFacts } from '../../model/product';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../../model/supplier';
import { findEmbeddedValue } from '../embedded-json';
import { SUPPLIER_BADGES } from '../labels/supplier';
import { labelMatcher, mentions, textSequence } from '../labels/text-sequence';
import { productFromDom } from './product-dom';
import { productFromGlobalData, productFromJsonLd, supplierFromGlobalData } from './product-json';
import { absoluteUrl, hasAnyFact, isObject, mergeSupplier } from './supplier-fields';
import { supplierFromText } from './supplier-text';

/**
 * Alibaba product detail page → product + seller facts. Order of trust:
 * detailData.globalData (anchor key `globalData`, holding product/seller),
 * JSON-LD, then stable attributes and labelled text (product-dom.ts,
 * supplier-text.ts) for whatever is still unknown.
 */
export function extractAlibabaProduct(
  doc: Document,
  url: string,
  scripts: readonly string[],
): { product: ProductFacts | null; supplier: SupplierFacts | null } {
  const globalData = findGlobalData(scripts);
  const nodeMap = globalData ? findEmbeddedValue(scripts, 'nodeMap') : undefined;
  let raw = productFromGlobalData(globalData);
  let supplier = supplierFromGlobalData(globalData, nodeMap, url) ?? { ...EMPTY_SUPPLIER };

  const ld = productFromJsonLd(doc);
  if (ld) raw = fillNulls(raw ?? emptyProduct(), ld);

  // Visible text only when JSON left gaps: it costs a walk over the page's text nodes.
  if (!raw || Object.values(raw).some((v) => v === null) || Object.values(supplier).some((v) => v === null)) {
    const page = textSequence(doc.body ?? doc);
    const scope = companyScope(doc);
    const fromDom = productFromDom(doc, page);
    raw = fillNulls(raw ?? emptyProduct(), { ...fromDom, taOffered: taBadge(doc, page) });
    supplier = mergeSupplier(supplier, supplierFromText(scope ? textSequence(scope) : page, url));
    supplier = mergeSupplier(supplier, companyLink(doc, url));
  }
  if (!raw.id) raw.id = idFromUrl(url);
  if (raw.taOffered === null && supplier.taOffered !== null) raw.taOffered = supplier.taOffered;
  const product = hasAnyFact(raw) ? { ...raw, supplier: hasAnyFact(supplier) ? supplier : null } : null;
  return { product, supplier: hasAnyFact(supplier) ? supplier : null };
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

/** "…_1600912345678.html" → "1600912345678" (also minisite /product/<id>-<n>/…). */
export function idFromUrl(url: string): string | null {
  const m = /_(\d{6,})\.html/.exec(url) ?? /\/product\/(\d{6,})/.exec(url);
  return m ? (m[1] as string) : null;
}

/** The company card, so that labels elsewhere (reviews of the product) are not read as the supplier's. */
function companyScope(doc: Document): Element | null {
  return doc.querySelector(
    '[data-module-name="module_unifed_company_card"], [data-module-name*="company"], [data-testid*="company"], .module_company_card',
  );
}

function companyLink(doc: Document, url: string): Partial<SupplierFacts> {
  const link = doc.querySelector(
    'a[href*=".en.alibaba.com"][href*="company_profile"], a[href*=".en.alibaba.com"][data-testid*="company"]',
  );
  const name = link?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    name: name && name.length >= 3 && name.length <= 120 ? name : null,
    profileUrl: link ? absoluteUrl(link.getAttribute('href'), url) : null,
  };
}

/** The 2025 layout's TA block (`.module_ta_plus`) or a "Trade Assurance" badge. */
function taBadge(doc: Document, page: readonly string[]): boolean | null {
  if (
    doc.querySelector('.module_ta_plus, [data-module-name="module_ta_plus"], [data-testid="trade-assurance"]')
  )
    return true;
  return mentions(page, TA_BADGE) ? true : null;
}
