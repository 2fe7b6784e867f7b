/**
 * A drawn result card and its Trade Assurance icon, in a module of their own: the marketplace content script
 * asks this one selector on a search page before it hands the page's offers to the background
 * (lib/pages/search-offer-scripts.ts), and must not carry the card readers to do so.
 */
/** Result cards, server-rendered (fr_FR capture 2024-07) and of the 2023 layout. */
export const CARD = '.searchx-offer-item, .fy23-search-card';

/**
 * Trade Assurance markers on a card, each with where it was seen: the 2018 supplier card's TA icon
 * carries its limit (Supplier.html: a.ico-ta[data-ta-price="159,000"] linking to tradeassurance.alibaba.com).
 */
export const TA_MARKERS =
  '[data-ta-price], .ico-ta, a[href*="tradeassurance.alibaba.com"], [class*="trade-assurance"], img[alt*="Trade Assurance"], [title="Trade Assurance"]';
const CARD_TA_MARKERS = CARD.split(', ')
  .flatMap((card) => TA_MARKERS.split(', ').map((marker) => `${card} ${marker}`))
  .join(', ');

/** Whether a drawn result card shows the Trade Assurance icon (one selector: cheap on the buyer's page). */
export function hasCardWithTaBadge(doc: Document): boolean {
  return doc.querySelector(CARD_TA_MARKERS) !== null;
}
