/**
 * The address a saved page came from: Chrome's "Save as" comment
 * `<!-- saved from url=(0060)https://… -->`, else a saving tool's comment at the top of the file that
 * names it, else the canonical link, else og:url. Reads only the head of the file, so a 1 MB page costs
 * nothing.
 */
export function urlFromSavedPage(html: string): string | null {
  const head = html.slice(0, 200_000);
  const saved = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(head);
  if (saved?.[1] && isHttpUrl(saved[1])) return secure(saved[1]);
  const byTool = urlFromSaverComment(head);
  if (byTool) return byTool;
  const canonical =
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"']+)["']/i.exec(head) ??
    /<link\b[^>]*\bhref=["']([^"']+)["'][^>]*\brel=["']?canonical["']?/i.exec(head);
  // Either attribute order: a page re-written by a parser (BeautifulSoup's prettify sorts attributes)
  // puts content before property.
  const og =
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i.exec(head) ??
    /<meta\b[^>]*\bcontent=["']([^"']+)["'][^>]*\bproperty=["']og:url["']/i.exec(head);
  const canonicalUrl = canonical?.[1] ? absolute(canonical[1]) : null;
  const ogUrl = og?.[1] ? absolute(undoubled(og[1])) : null;
  // AliExpress's regional sites (aliexpress.us) point the canonical link at the global listing, another
  // item number; og:url keeps the page's own, the one its data and the address bar carry.
  if (canonicalUrl && ogUrl && itemNumber(ogUrl) && itemNumber(canonicalUrl) !== itemNumber(ogUrl))
    return ogUrl;
  return canonicalUrl ?? ogUrl;
}

/**
 * A comment a saving tool writes before the page, naming where it came from: a scraper's
 * `<!-- Dumped 2026-06-26T08:40:09 from https://… -->`, SingleFile's `url: https://…` line. Only a
 * comment that opens the file counts: a comment inside the page may quote any address.
 */
function urlFromSaverComment(head: string): string | null {
  const comment = /^\s*(?:<!doctype[^>]*>\s*)?<!--([\s\S]{0,4000}?)-->/i.exec(head)?.[1];
  if (!comment) return null;
  const named = /(?:^|\s)(?:from|url:)\s*(https?:\/\/\S+)/i.exec(comment)?.[1];
  return named && isHttpUrl(named) ? secure(named.replace(/&amp;/g, '&')) : null;
}

/**
 * An address written twice over by the page's own script ("https://campaign.aliexpress.comhttps://
 * campaign.aliexpress.com/wow/…"): the second, whole address is the page's.
 */
function undoubled(raw: string): string {
  const again = raw.slice(1).search(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i);
  return /^(?:https?:)?\/\/[^/]+$/i.test(raw.slice(0, again + 1)) ? raw.slice(again + 1) : raw;
}

/** The item number of a marketplace item address ("/item/3256804657680445.html"), else null. */
function itemNumber(url: string): string | null {
  return /\/item\/(\d{6,})\.html/.exec(url)?.[1] ?? null;
}

function absolute(raw: string): string | null {
  const href = raw.replace(/&amp;/g, '&'); // an attribute's escaped "&"
  const url = href.startsWith('//') ? `https:${href}` : href;
  return isHttpUrl(url) ? secure(url) : null;
}

/**
 * A saved file that names its address with http:// (an old canonical link) was
 * the https page: the marketplaces serve nothing else, and detection reads https only.
 */
function secure(url: string): string {
  return url.replace(/^http:/i, 'https:');
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
