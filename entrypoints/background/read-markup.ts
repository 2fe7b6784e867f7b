import { parseHTML } from 'linkedom';
import { readPage } from '../../lib/pages/read';

/**
 * A product, supplier, order or payment page, read here from the markup its content script sent
 * (content/read-page) instead of on the buyer's page: the extractors' code is cold on every new tab
 * (6–8 ms of the page's thread on a small page), and warm here. The markup is parsed by linkedom, the
 * same DOM the command line and the unit tests read pages with; lib/pages reads it as it reads a browser's.
 * Null when it cannot be read here (the page then reads itself, as before).
 */
export function readMarkup(html: string, url: string): { snapshot: unknown } | null {
  try {
    const { document } = parseHTML(html);
    asTheBrowserHasIt(document as unknown as Document);
    return { snapshot: readPage(document as unknown as Document, url).snapshot };
  } catch {
    return null;
  }
}

/**
 * Where a parse of serialised markup differs from the live page the content script would have read:
 * linkedom splits a text at each character reference ("Colour: &lt;img…" became three texts, and an order's
 * spec was read as three lines), where a browser's parser makes one text; a <template>'s content is not
 * among its children in a browser, and a <noscript>'s content is one text (scripting is on). Without this,
 * a selector could find in them what the page's own read never saw.
 */
function asTheBrowserHasIt(doc: Document): void {
  doc.documentElement?.normalize();
  for (const template of Array.from(doc.querySelectorAll('template'))) template.replaceChildren();
  for (const noscript of Array.from(doc.querySelectorAll('noscript')))
    noscript.textContent = noscript.innerHTML;
}
