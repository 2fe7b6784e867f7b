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
  if (canonical?.[1]) return absolute(canonical[1]);
  const og = /<meta\b[^>]*\bproperty=["']og:url["'][^>]*\bcontent=["']([^"']+)["']/i.exec(head);
  if (og?.[1]) return absolute(og[1]);
  return null;
}

function absolute(href: string): string | null {
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
