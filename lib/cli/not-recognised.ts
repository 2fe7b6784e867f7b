import type { PageKind } from '../model/page-kind';
import { isOtherMarketplace } from '../pages/detect';

/**
 * Why a page came back with nothing read, in words: a file TradeGuard could not place as any marketplace page
 * would otherwise print as an empty result with no findings, which reads like a clean page. Null when the page
 * was recognised (a recognised page with nothing wrong is a different answer).
 */
export function notRecognisedNote(kind: PageKind, url: string | null): string | null {
  if (kind !== 'unknown') return null;
  if (url && isOtherMarketplace(url))
    return `Not read: ${url} is on another marketplace; TradeGuard reads alibaba.com and AliExpress pages only.`;
  if (url)
    return `Not recognised: ${url} is not an Alibaba or AliExpress page TradeGuard reads (a product, supplier profile, search results, order, order list, payment, dispute or messages page), and nothing in the file named another. Nothing was checked.`;
  return 'Not recognised: the file names no address (no --url, "saved from" comment, canonical link or og:url), its title names no marketplace page, and no page data or markup TradeGuard knows (product, supplier, search, order or item data) was found in it. Nothing was checked. If you know the page\'s address, give it with --url <address>.';
}
