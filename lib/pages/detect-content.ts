import type { KnownPageKind } from '../model/page-kind';
import { isOtherMarketplace, pageKindFromUrl } from './detect';
import { kindFromTitle } from './labels/titles';

/**
 * Which page is this, when its address is missing or unusual (a page saved by
 * someone else, a bare data file)? The page's own addresses first — canonical
 * link, og:url, the browser's "saved from" comment, the addresses its data
 * carries (`ogurl`, `canonicalTag`, `globalSeoUrl`) — then its title, then
 * what its data and markup are made of. Each signature notes its capture.
 */
export function pageFromContent(
  doc: Document,
  scripts: readonly string[],
): { kind: KnownPageKind; url: string | null } | null {
  for (const url of addressesIn(doc, scripts)) {
    // A page that names itself on 1688.com or another marketplace is that site's page, whatever its data holds.
    if (isOtherMarketplace(url)) return null;
    const kind = pageKindFromUrl(url);
    if (kind !== 'unknown' && kind !== 'challenge') return { kind, url };
  }
  const title = doc.querySelector('title')?.textContent ?? '';
  const byTitle = kindFromTitle(title);
  if (byTitle) return { kind: byTitle, url: null };
  const bySignature = kindFromSignature(doc, scripts);
  return bySignature ? { kind: bySignature, url: null } : null;
}

function addressesIn(doc: Document, scripts: readonly string[]): string[] {
  const out: string[] = [];
  const add = (href: string | null | undefined) => {
    const url = absolute(href);
    if (url && !out.includes(url)) out.push(url);
  };
  // The head only: a page-wide selector query costs a walk of a 1 MB page.
  for (const el of Array.from(doc.head?.children ?? [])) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'LINK' && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
      add(el.getAttribute('href'));
    if (tag === 'META' && el.getAttribute('property') === 'og:url') add(el.getAttribute('content'));
  }
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 8) add(/saved from url=\(\d+\)\s*(\S+)/i.exec(node.nodeValue ?? '')?.[1]);
  }
  for (const text of scripts) {
    if (text.length > 5_000_000) continue;
    // AliExpress runParams metaDataComponent/pageModule ogurl and canonicalTag (airvzxf captures);
    // detailData globalData.seo.globalSeoUrl (json_pdp capture).
    for (const [needle, re] of ADDRESS_KEYS) if (text.includes(needle)) add(re.exec(text)?.[1]);
    if (out.length > 6) break;
  }
  return out;
}

/** Addresses a page's data carries, each behind a cheap `includes` check. */
const ADDRESS_KEYS: readonly [string, RegExp][] = [
  ['ogurl', /["']?ogurl["']?\s*:\s*["']([^"']{6,300})["']/],
  ['canonical', /rel=\\?["']canonical\\?["']\s+href=\\?["']([^"'\\]{6,300})/],
  ['globalSeoUrl', /["']?globalSeoUrl["']?\s*:\s*\{[^}]{0,200}?["']english["']\s*:\s*["']([^"']{6,300})["']/],
];

function absolute(href: string | null | undefined): string | null {
  if (!href) return null;
  const text = href.trim();
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text);
    // An old page names itself with http://; the marketplaces serve https only, and detection reads https.
    if (url.protocol === 'http:') url.protocol = 'https:';
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** What the page is made of, for pages whose address and title say nothing. */
function kindFromSignature(doc: Document, scripts: readonly string[]): KnownPageKind | null {
  const found = needlesIn(scripts);
  const has = (needle: string) => found.has(needle);
  // Minisite modules: module-data attributes (QwayInc 2018 captures) or a saved module list (json_store).
  if (has('"icbu-pc-shopSign"')) return 'alibaba:supplier';
  if (has('pageModuleMap') && has('supplierPerformance')) return 'alibaba:supplier';
  // The "Contact supplier" inquiry form: one supplier's companyList with its TA (HTMLPage1/2).
  if (has('companyList') && has('tradeAssurance')) return 'alibaba:supplier';
  // AliExpress item data, …Component (airvzxf captures) and …Module (2020 public layout).
  if (has('storeHeaderComponent') || has('sellerComponent') || has('storeModule') || has('SHOP_CARD_PC'))
    return 'aliexpress:item';
  if (has('offerResultData') || has('offerList')) return 'alibaba:search';
  if (has('globalData') && (has('"seller"') || has('seller:'))) return 'alibaba:product';
  // The supplier-search API's {success, model: {offers: [{companyName…}]}} saved on its own.
  if (has('"offers"') && has('"companyName"')) return 'alibaba:search';
  // Page-wide queries last: they walk the whole page.
  if (doc.querySelector('[module-name="icbu-pc-shopSign"]')) return 'alibaba:supplier';
  // The rendered detail page: module_* sections and a price ladder (YrayPixels-style saved <main>).
  if (
    doc.querySelector('[data-module-name^="module_"]') &&
    doc.querySelector(
      'a[href*="/product-detail/"], [data-module-name*="price"], [data-module-name*="company"]',
    )
  )
    return 'alibaba:product';
  return null;
}

/** Every signature word in the page's data, found in one pass over each script (not one per word). */
const NEEDLES = [
  '"icbu-pc-shopSign"',
  'pageModuleMap',
  'supplierPerformance',
  'companyList',
  'tradeAssurance',
  'storeHeaderComponent',
  'sellerComponent',
  'storeModule',
  'SHOP_CARD_PC',
  'offerResultData',
  'offerList',
  'globalData',
  '"seller"',
  'seller:',
  '"offers"',
  '"companyName"',
];
const NEEDLE_RE = new RegExp(NEEDLES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

function needlesIn(scripts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of scripts) {
    for (const m of text.matchAll(NEEDLE_RE)) found.add(m[0]);
    if (found.size === NEEDLES.length) break;
  }
  return found;
}
