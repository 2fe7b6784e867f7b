/**
 * A supplier's own site on alibaba.com ("minisite"): <name>.en.alibaba.com,
 * and the same site in the buyer's language (<name>.fr.alibaba.com,
 * <name>.es.alibaba.com …, linked from the localised marketplaces such as
 * french.alibaba.com), plus the older <name>.trustpass / <name>.fm hosts.
 * The localised marketplaces themselves (french.alibaba.com) have one label
 * before alibaba.com and never match.
 */
const LANGUAGES = 'en|m\\.en|fr|es|pt|de|it|ru|ja|ko|ar|tr|vi|th|id|nl|he|hi|pl';
// The platform's own hosts under a language label (www.fr…, m.en…, login…, message…) are not a supplier's site.
const RESERVED =
  '(?!(?:www|m|i|my|login|passport|message|messages|msg|sale|sourcing|offer|help|service|rfq|trade|buyer|seller)\\.)';
const HOST = `${RESERVED}[a-z0-9-]+\\.(?:${LANGUAGES}|trustpass|fm)\\.alibaba\\.com`;

export const MINISITE_HOST = new RegExp(`^${HOST}$`, 'i');
/** Anywhere in a link: "//acme.fr.alibaba.com/company_profile.html". */
export const MINISITE_IN_URL = new RegExp(`//${HOST}(?:[/?#:]|$)`, 'i');
/** A link to a supplier's home or company profile (not its product groups, whose text is a category). */
export const MINISITE_HOME = new RegExp(
  `^(?:https?:)?//${HOST}(?:/(?:[a-z]{2}_[a-z]{2}/)?(?:index\\.html|company_profile\\.html)?)?(?:[?#].*)?$`,
  'i',
);

export function isMinisiteHost(host: string): boolean {
  return MINISITE_HOST.test(host);
}

/**
 * The same minisite on a localised marketplace: <language>.alibaba.com/supplier_<token> (the platform's own
 * multi-language minisite address, e.g. //german.alibaba.com/supplier_wc4B…, one per language it serves), and
 * its mobile host m.<language>.alibaba.com, with the site's pages below the token. The token is one word: a
 * list of suppliers (/supplier_list.htm) or a platform host (message., login.) is no supplier's site.
 */
const MARKET_HOST = new RegExp(`^(?:m\\.)?${RESERVED}[a-z]+\\.alibaba\\.com$`, 'i');
const MARKET_SITE_PATH = /^\/supplier_([a-z0-9_-]{6,})(?=\/|$)/i;

/**
 * The minisite a URL is on, as its root (https://acme.en.alibaba.com, https://french.alibaba.com/supplier_x)
 * and the path inside it; null when the URL is on no supplier's site.
 */
export function minisiteOf(u: URL): { root: string; path: string } | null {
  if (u.protocol !== 'https:') return null;
  if (isMinisiteHost(u.hostname)) return { root: `https://${u.hostname}`, path: u.pathname };
  const site = MARKET_HOST.test(u.hostname) ? MARKET_SITE_PATH.exec(u.pathname) : null;
  if (!site) return null;
  return { root: `https://${u.hostname}${site[0]}`, path: u.pathname.slice(site[0].length) || '/' };
}
