import type { KnownPageKind } from '../model/page-kind';
import { CARD } from './alibaba/card-ta-badge';
import { parseJsonKeepingIds } from './aliexpress/api-json';
import { itemApiParts } from './aliexpress/item-api';
import { isOtherMarketplace, pageKindFromUrl } from './detect';
import { labelKey } from './labels/text-sequence';
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
  /** The page came with no web address (a saved file): fragments cut from a page are judged too. */
  addressless = false,
): { kind: KnownPageKind; url: string | null } | null {
  for (const url of addressesIn(doc, scripts)) {
    // A page that names itself on 1688.com or another marketplace is that site's page, whatever its data holds.
    if (isOtherMarketplace(url)) return null;
    const kind = pageKindFromUrl(url);
    if (kind !== 'unknown' && kind !== 'challenge') return { kind, url };
  }
  const byReply = kindFromReply(scripts);
  if (byReply) return byReply;
  const title = doc.querySelector('title')?.textContent ?? '';
  const byTitle = kindFromTitle(title);
  if (byTitle) return { kind: byTitle, url: null };
  const bySignature = kindFromSignature(doc, scripts, addressless);
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

/**
 * An API reply saved as a file names what it answers: the MTOP API it came from (`"api":
 * "mtop.aliexpress.trade.buyer.order.detail"`, the AliExpress order page's own data call), the page title
 * its `global` block gives the page it fills (`"pageTitle": "Order Detail"`), or, for an item-detail API's
 * reply, an item with its id beside the seller selling it (aliexpress/item-api.ts; its own `itemUrl` is the
 * page's address). Read from the start of a bare JSON text only: a page's scripts mention API names in passing.
 */
const MTOP_KINDS: readonly [RegExp, KnownPageKind][] = [
  // mtop.aliexpress.trade.buyer.order.detail (maxwellmezadre aliexpress-mcp fixture, 2026)
  [/^mtop\.aliexpress\.[\w.]*\border\.detail\b/i, 'aliexpress:order'],
];
const ORDER_PAGE_TITLE = /"pageTitle"\s*:\s*"Order Details?"/i;

function kindFromReply(scripts: readonly string[]): { kind: KnownPageKind; url: string | null } | null {
  for (const text of scripts) {
    const head = text.trimStart();
    if (!head.startsWith('{') || text.length > 5_000_000) continue;
    // The reply's own top keys come first ("api", "v", "ret"); a name deeper in its data is another call's.
    const api = /"api"\s*:\s*"(mtop\.[\w.]{4,120})"/.exec(head.slice(0, 400))?.[1];
    if (api) for (const [re, kind] of MTOP_KINDS) if (re.test(api)) return { kind, url: null };
    if (/mtop\.aliexpress\.|aliexpress\.com/i.test(text) && ORDER_PAGE_TITLE.test(text))
      return { kind: 'aliexpress:order', url: null };
    if (/"itemId"/.test(text) && /"store(?:Title|Id)"/.test(text)) {
      const parts = itemApiParts(parseJsonKeepingIds(text));
      if (!parts) continue;
      const own = absolute(typeof parts.item.itemUrl === 'string' ? parts.item.itemUrl : null);
      return { kind: 'aliexpress:item', url: own && pageKindFromUrl(own) === 'aliexpress:item' ? own : null };
    }
  }
  return null;
}

/** What the page is made of, for pages whose address and title say nothing. */
function kindFromSignature(
  doc: Document,
  scripts: readonly string[],
  addressless: boolean,
): KnownPageKind | null {
  const found = needlesIn(scripts);
  const has = (needle: string) => found.has(needle);
  // Minisite modules: module-data attributes (QwayInc 2018 captures) or a saved module list (json_store).
  if (has('"icbu-pc-shopSign"')) return 'alibaba:supplier';
  if (has('pageModuleMap') && has('supplierPerformance')) return 'alibaba:supplier';
  // The "Contact supplier" inquiry form: one supplier's companyList with its TA (HTMLPage1/2).
  if (has('companyList') && has('tradeAssurance')) return 'alibaba:supplier';
  // The order page's data components, whatever wraps them (the reader's own keys: order-from-api.ts).
  if (has('detail_order_status_block') || has('detail_order_price_block')) return 'aliexpress:order';
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
  // A fragment's markup alone is judged only in a file with no address: a page the buyer has open has one, and
  // a marketplace page of another kind (a home page with product cards) must not be read as a result list.
  if (addressless && showsProfileRows(doc)) return 'alibaba:supplier';
  if (addressless && showsResultCards(doc)) return 'alibaba:search';
  return null;
}

/**
 * A company profile's fact table kept without its page (the 2018 "Basic Information" widget: `th.col-title`
 * "Business Type:" beside `td.col-value`): two or more of a profile's own row labels in label cells.
 */
const PROFILE_ROW_LABELS = new Set(
  [
    'Business Type',
    'Year Established',
    'Total Employees',
    'Total Annual Revenue',
    'Main Products',
    'Top 3 Markets',
    'Main Markets',
    'Export Percentage',
    'Type d’entreprise',
    "Type d'entreprise",
    'Année de création',
    'Tipo de negocio',
    'Año de fundación',
    'Geschäftsart',
    'Gründungsjahr',
  ].map(labelKey),
);

function showsProfileRows(doc: Document): boolean {
  let seen = 0;
  for (const cell of Array.from(doc.querySelectorAll('th, .col-title, dt')).slice(0, 300)) {
    const text = (cell.textContent ?? '').trim();
    if (text.length <= 40 && PROFILE_ROW_LABELS.has(labelKey(text)) && ++seen >= 2) return true;
  }
  return false;
}

/**
 * Result cards kept without their page (a 2018 `.item-content` card cut from a list, or a current card): a
 * card that links one product page and its supplier's site. A product page's recommendations are cards too,
 * but such a page is known before this point by its data or its module sections.
 */
function showsResultCards(doc: Document): boolean {
  for (const card of Array.from(doc.querySelectorAll(`.item-content, ${CARD}`)).slice(0, 50)) {
    if (
      card.querySelector('a[href*="/product-detail/"]') &&
      card.querySelector('a[href*=".en.alibaba.com"], a[href*=".trustpass.alibaba.com"]')
    )
      return true;
  }
  return false;
}

/** Every signature word in the page's data, found in one pass over each script (not one per word). */
const NEEDLES = [
  'detail_order_status_block',
  'detail_order_price_block',
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
