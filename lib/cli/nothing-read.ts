import type { PageSnapshot } from '../model/snapshot';
import { isGonePage } from '../pages/challenge';

/**
 * Why a page TradeGuard placed gave it nothing to check, in words. Without it the command line printed
 * "No findings." for a captcha saved in place of the page, for an item page that says the item is gone and
 * for an item page saved before its scripts drew the seller and the price (a 2025 pt.aliexpress capture kept
 * only the item's name): each read like a clean page. Null when the page gave what its checks rest on.
 * (An unrecognised file has its own note, notRecognisedNote.)
 */
export function nothingReadNote(snapshot: PageSnapshot, doc: Document): string | null {
  switch (snapshot.kind) {
    case 'challenge':
      return isGonePage(doc)
        ? 'Nothing to check: the page says the item is no longer available (no seller, price or terms of it are on the page). If you meant another listing, save that one.'
        : "Not read: the file is the marketplace's security check (a captcha or slider page), not the page you meant to save. Nothing was checked. Open the page in your browser, pass the check and save it again.";
    case 'alibaba:product':
    case 'aliexpress:item':
      return sellerOrPriceRead(snapshot)
        ? null
        : 'Nothing to check: the saved page names the item but holds neither its seller nor its price (it was saved before its scripts drew them, or they were cut out). Nothing about the seller, the price or the terms was checked. Save the page again once it has fully loaded.';
    case 'alibaba:search':
    case 'aliexpress:search':
      return snapshot.offers && snapshot.offers.length > 0
        ? null
        : 'Nothing to check: no offers were read from these search results (the results may be drawn by scripts after the page was saved). Save the page again once the results show.';
    default:
      return null;
  }
}

/** A seller named (by name or id) or a price given (a range or a tier): what a product page's checks rest on. */
function sellerOrPriceRead(snapshot: PageSnapshot): boolean {
  const seller = snapshot.supplier;
  const product = snapshot.product;
  return Boolean(
    seller?.name ||
      seller?.companyId ||
      seller?.storeId ||
      product?.priceRange ||
      (product?.priceTiers && product.priceTiers.length > 0),
  );
}
