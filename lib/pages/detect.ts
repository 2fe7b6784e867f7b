import type { KnownPageKind, PageKind } from '../model/page-kind';
import { minisiteOf } from './alibaba/supplier-site';

/**
 * Which marketplace page is this, from its URL alone? One check per page kind,
 * each a small predicate over a parsed URL (github-url-detection style). The
 * URL shapes come from research/alibaba-pages.md (shared material); the lists in
 * detect-urls.ts are tested both ways (own list true, every other list false).
 */

function parse(url: string | URL): URL | null {
  try {
    return typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
}

/** https only: a plain-http page can come from anyone on the network (issue 12, finding 11). */
const onHost = (u: URL, domain: string) =>
  u.protocol === 'https:' && (u.hostname === domain || u.hostname.endsWith(`.${domain}`));
const isAlibaba = (u: URL) => onHost(u, 'alibaba.com');
// aliexpress.ru is AliExpress's Russian storefront (the same sellers and items; a 2025 result list in lari).
const isAliexpress = (u: URL) =>
  onHost(u, 'aliexpress.com') || onHost(u, 'aliexpress.us') || onHost(u, 'aliexpress.ru');
const path = (u: URL) => u.pathname.toLowerCase();
/**
 * Supplier minisites live on <name>.en.alibaba.com (optionally with a /fr_FR/ style locale folder),
 * and on the older hosts <name>.trustpass.alibaba.com (a 2024 search offer links one) and
 * <name>.fm.alibaba.com (free members: the Contact.html capture), and <name>.m.en.alibaba.com (mobile),
 * and on the localised marketplaces below <language>.alibaba.com/supplier_<token>.
 * The path is the one inside the site, lower-cased.
 */
const minisitePath = (u: URL): string | null => minisiteOf(u)?.path.toLowerCase() ?? null;
const isMinisiteUrl = (u: URL) => minisitePath(u) !== null;
const MESSAGE_HOSTS = new Set([
  'message.alibaba.com',
  'msg.alibaba.com',
  'messagemanager.alibaba.com',
  'onetalk.alibaba.com',
]);

export function isAlibabaProduct(u: URL): boolean {
  if (!isAlibaba(u)) return false;
  // www./french./m. …alibaba.com/product-detail/<slug>_<id>.html, the localised marketplaces' shorter
  // /p-detail/<word>-<id>.html (their result lists link those), and minisite /product/<id>-<n>/<slug>.html
  const site = minisitePath(u);
  return (
    /\/p(?:roduct)?-detail\/[^/]*_?\d{6,}\.html$/.test(path(u)) ||
    (site !== null && /\/product\/\d{6,}/.test(site))
  );
}

export function isAlibabaSupplier(u: URL): boolean {
  if (!isAlibaba(u)) return false;
  // The "Contact supplier" inquiry form names one supplier and its Trade Assurance (HTMLPage1/2 captures).
  if (u.hostname === 'message.alibaba.com' && path(u) === '/msgsend/contact.htm') return true;
  const site = minisitePath(u);
  if (site === null) return false;
  const p = site.replace(/^\/[a-z]{2}_[a-z]{2}(?=\/|$)/, ''); // drop a locale folder such as /fr_FR
  return (
    p === '/' ||
    p === '' ||
    p === '/index.html' ||
    /^\/company_profile(\.html|\/[\w-]+\.html)$/.test(p) ||
    /^\/(contactinfo|feedback|trade_history|credit|videoshow)\.html$/.test(p) ||
    /^\/(?:feature)?product(list|grouplist)[-\w]*(?:\/[\w-]+)?\.html$/.test(p)
  );
}

export function isAlibabaSearch(u: URL): boolean {
  if (!isAlibaba(u) || isMinisiteUrl(u)) return false;
  const p = path(u);
  return (
    p === '/trade/search' ||
    /^\/showroom\/[^/]+\.html$/.test(p) ||
    // 'products/<words>.html', and the older paged and 'F0' forms ('products/3D_Wall_Panel/2.html',
    // 'products/F0/cotton_fabric.html') that saved 2018 result lists carry.
    /^\/products\/(?:f0\/)?[^/]+(?:\/\d+)?\.html$/i.test(p)
  );
}

export function isAlibabaOrderList(u: URL): boolean {
  if (!isAlibaba(u)) return false;
  const p = path(u);
  return (
    (u.hostname === 'biz.alibaba.com' && (p === '/order/list.htm' || p.startsWith('/ta/list/'))) ||
    (u.hostname === 'trade.alibaba.com' && p === '/order_list.htm')
  );
}

export function isAlibabaOrder(u: URL): boolean {
  if (!isAlibaba(u)) return false;
  const p = path(u);
  return (
    (u.hostname === 'biz.alibaba.com' && (p === '/ta/detail.htm' || p === '/order/detail.htm')) ||
    (u.hostname === 'trade.alibaba.com' && p === '/order_detail.htm')
  );
}

export function isAlibabaPayment(u: URL): boolean {
  return isAlibaba(u) && u.hostname === 'cashier.alibaba.com';
}

export function isAlibabaMessages(u: URL): boolean {
  return isAlibaba(u) && MESSAGE_HOSTS.has(u.hostname) && !path(u).startsWith('/msgsend/');
}

export function isAliexpressItem(u: URL): boolean {
  return isAliexpress(u) && /^\/item\/(\d+\/)?\d+\.html$/.test(path(u));
}

/**
 * Result lists: keyword search (/w/wholesale-<words>.html, /wholesale?SearchText=, the older /af/<words>.html),
 * category lists (/category/<id>/<slug>.html, page n at /category/<id>/<slug>/<n>.html), and a store's own product list
 * (/store/<id>/search, /store/all-wholesale-products/<id>.html, /store/group/<name>/<id>_<id>.html), and the
 * 'popular' lists of a query (/popular/<words>.html; aliexpress.ru writes /popular/<words>).
 */
export function isAliexpressSearch(u: URL): boolean {
  if (!isAliexpress(u)) return false;
  const p = path(u);
  return (
    /^\/w\/wholesale-[^/]+\.html$/.test(p) ||
    p === '/wholesale' ||
    /^\/af\/[^/]+\.html$/.test(p) ||
    /^\/popular\/[^/]+?(?:\.html)?$/.test(p) ||
    /^\/category\/\d+\/[^/]+(?:\/\d+)?\.html$/.test(p) ||
    /^\/store\/\d+\/search$/.test(p) ||
    /^\/store\/all-wholesale-products\/\d+\.html$/.test(p) ||
    /^\/store\/group\/[^/]+\/\d+_\d+\.html$/.test(p)
  );
}

export function isAliexpressOrderList(u: URL): boolean {
  if (!isAliexpress(u)) return false;
  const p = path(u);
  return p === '/p/order/index.html' || (u.hostname === 'trade.aliexpress.com' && p === '/orderlist.htm');
}

export function isAliexpressOrder(u: URL): boolean {
  if (!isAliexpress(u)) return false;
  const p = path(u);
  return p === '/p/order/detail.html' || (u.hostname === 'trade.aliexpress.com' && p === '/order_detail.htm');
}

export function isAliexpressDispute(u: URL): boolean {
  if (!isAliexpress(u)) return false;
  const p = path(u);
  return (
    p.startsWith('/p/reverse-pages/') || (u.hostname === 'trade.aliexpress.com' && p.startsWith('/issue/'))
  );
}

export function isAliexpressMessages(u: URL): boolean {
  if (!isAliexpress(u)) return false;
  return u.hostname === 'msg.aliexpress.com' || path(u).startsWith('/p/message/');
}

export const PAGE_CHECKS: Record<KnownPageKind, (u: URL) => boolean> = {
  'alibaba:product': isAlibabaProduct,
  'alibaba:supplier': isAlibabaSupplier,
  'alibaba:search': isAlibabaSearch,
  'alibaba:order-list': isAlibabaOrderList,
  'alibaba:order': isAlibabaOrder,
  'alibaba:payment': isAlibabaPayment,
  'alibaba:messages': isAlibabaMessages,
  'aliexpress:item': isAliexpressItem,
  'aliexpress:search': isAliexpressSearch,
  'aliexpress:order-list': isAliexpressOrderList,
  'aliexpress:order': isAliexpressOrder,
  'aliexpress:dispute': isAliexpressDispute,
  'aliexpress:messages': isAliexpressMessages,
};

/** The page kind a URL names, or 'unknown'. Content decides 'challenge' (see challenge.ts). */
export function pageKindFromUrl(url: string | URL): PageKind {
  // One read of a page asks up to four times for the same address; parsing it and asking the URL for its
  // parts cost ~0.5 ms of the buyer's page each cold time. The answer depends on the address alone.
  if (typeof url === 'string' && url === lastUrl) return lastKind;
  const kind = kindOf(url);
  if (typeof url === 'string') {
    lastUrl = url;
    lastKind = kind;
  }
  return kind;
}

let lastUrl: string | null = null;
let lastKind: PageKind = 'unknown';

function kindOf(url: string | URL): PageKind {
  const u = parse(url);
  if (!u) return 'unknown';
  for (const [kind, check] of Object.entries(PAGE_CHECKS) as [KnownPageKind, (u: URL) => boolean][]) {
    if (check(u)) return kind;
  }
  return 'unknown';
}

/**
 * Alibaba Group's domestic sites and another B2B marketplace: their pages carry the same data keys as
 * alibaba.com's (a 2026 s.1688.com search holds an `offerList`), but TradeGuard reads none of them (no Trade
 * Assurance, domestic prices and years), so an address there is never read by what the page is made of.
 */
const OTHER_MARKETPLACES = ['1688.com', 'taobao.com', 'tmall.com', 'made-in-china.com'];

export function isOtherMarketplace(url: string | URL): boolean {
  const u = parse(url);
  return !!u && /^https?:$/.test(u.protocol) && OTHER_MARKETPLACES.some((domain) => onAnyScheme(u, domain));
}

const onAnyScheme = (u: URL, domain: string) => u.hostname === domain || u.hostname.endsWith(`.${domain}`);

export function marketplaceOf(kind: PageKind): 'alibaba' | 'aliexpress' | null {
  if (kind.startsWith('alibaba:')) return 'alibaba';
  if (kind.startsWith('aliexpress:')) return 'aliexpress';
  return null;
}
