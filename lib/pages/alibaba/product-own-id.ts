/**
 * The product's own id when the address does not give it: a page kept without its address (its <main> copied
 * out of the browser's inspector, a scraper's fragment) still names its product where it speaks of this product
 * alone: the frame that loads this product's description (`…/description/…?productId=N`) and the supplier links
 * the page marks as followed from this detail page (`…?from=detail&productId=N`, `from=detail_company_card`).
 * Other products' cards link their own pages instead (`…_<id>.html`), so they never count here; when the
 * places disagree the id stays unknown rather than guessed.
 */
export function ownProductIdFromLinks(doc: Document): string | null {
  const ids = new Set<string>();
  for (const frame of Array.from(doc.querySelectorAll('iframe[src*="productId="]'))) {
    const src = frame.getAttribute('src') ?? '';
    if (/\/description\//i.test(src)) add(ids, src);
  }
  for (const a of Array.from(doc.querySelectorAll('a[href*="productId="]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/[?&]from=detail(?:_[a-z_]+)?(?:&|$)/i.test(href)) add(ids, href);
  }
  return ids.size === 1 ? ([...ids][0] as string) : null;
}

function add(ids: Set<string>, link: string): void {
  const m = /[?&]productId=(\d{6,})(?:&|$)/.exec(link.replace(/&amp;/g, '&'));
  if (m) ids.add(m[1] as string);
}
