/**
 * The address a saved page came from: Chrome's "Save as" comment
 * `<!-- saved from url=(0060)https://… -->`, else the canonical link, else
 * og:url. Reads only the head of the file, so a 1 MB page costs nothing.
 */
export function urlFromSavedPage(html: string): string | null {
  const head = html.slice(0, 200_000);
  const saved = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(head);
  if (saved?.[1] && isHttpUrl(saved[1])) return secure(saved[1]);
  const canonical =
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']([^"']+)["']/i.exec(head) ??
    /<link\b[^>]*\bhref=["']([^"']+)["'][^>]*\brel=["']?canonical["']?/i.exec(head);
  // Either attribute order: a page re-written by a parser (BeautifulSoup's prettify sorts attributes)
  // puts content before property.
  const og =
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i.exec(head) ??
    /<meta\b[^>]*\bcontent=["']([^"']+)["'][^>]*\bproperty=["']og:url["']/i.exec(head);
  const canonicalUrl = canonical?.[1] ? absolute(canonical[1]) : null;
  const ogUrl = og?.[1] ? absolute(og[1]) : null;
  // AliExpress's regional sites (aliexpress.us) point the canonical link at the global listing, another
  // item number; og:url keeps the page's own, the one its data and the address bar carry.
  if (canonicalUrl && ogUrl && itemNumber(ogUrl) && itemNumber(canonicalUrl) !== itemNumber(ogUrl))
    return ogUrl;
  return canonicalUrl ?? ogUrl;
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
