import { emptySnapshot } from '../model/empty';
import type { PageSnapshot } from '../model/snapshot';
import { withDecimalPoint } from '../money/number';
import { alibabaOrderConflicts, extractAlibabaOrder } from './alibaba/order';
import { extractAlibabaOrderList } from './alibaba/order-list';
import { extractAlibabaPayment } from './alibaba/payment';
import { extractAlibabaProduct } from './alibaba/product';
import { extractAlibabaSearch } from './alibaba/search';
import { extractAlibabaSupplier } from './alibaba/supplier';
import { extractAliexpressDispute } from './aliexpress/dispute';
import { extractAliexpressItem, showsItsOwnData } from './aliexpress/item';
import { extractAliexpressOrder } from './aliexpress/order';
import { extractAliexpressOrderList } from './aliexpress/order-list';
import { extractAliexpressSearch } from './aliexpress/search';
import { isChallengePage, isGoneItemPage } from './challenge';
import { isOtherMarketplace, pageKindFromUrl } from './detect';
import { pageFromContent } from './detect-content';
import { scriptTexts } from './embedded-json';
import { extractMessages } from './messages/extract';
import { pageUsesDecimalPoint } from './page-locale';
import { embeddedOfferScripts } from './search-offer-scripts';

// Reading only, no zod: what the content script runs on the buyer's page (extract.ts validates).
/**
 * The page's sections as the extractors read them, not yet validated: what the
 * content script sends (the background validates it with {@link validateSnapshot},
 * so the buyer's page does not pay for zod).
 */
export function readPage(
  doc: Document,
  url: string,
  timed = false,
  opts: { searchOffersElsewhere?: boolean } = {},
): { snapshot: RawSnapshot; scriptsMs: number; readMs: number; offerScripts?: string[] } {
  const t0 = timed ? performance.now() : 0;
  const scripts = safe(() => scriptTexts(doc)) ?? [];
  const t1 = timed ? performance.now() : 0;
  const offerScripts = opts.searchOffersElsewhere ? embeddedOfferScripts(doc, url, scripts) : undefined;
  // Money on the page is read in the page's own number style ("US$1.250": 1.25 in English, 1,250 in Spanish).
  const pointPage = safe(() => pageUsesDecimalPoint(doc, url)) ?? false;
  const snapshot = withDecimalPoint(pointPage, () =>
    readSections(doc, url, scripts, offerScripts !== undefined),
  );
  const t2 = timed ? performance.now() : 0;
  return { snapshot, scriptsMs: t1 - t0, readMs: t2 - t1, ...(offerScripts ? { offerScripts } : {}) };
}

/** A snapshot whose sections are as read, unchecked (see {@link validateSnapshot}). */
export type RawSnapshot = { [K in keyof PageSnapshot]: K extends 'kind' | 'url' ? PageSnapshot[K] : unknown };

/**
 * The URL names the kind; content can only demote it to "challenge" (then
 * everything else stays null and TradeGuard stays silent). A section that
 * throws becomes null; nothing ever escapes into the user's page (no throw, no log).
 */
function readSections(doc: Document, url: string, scripts: string[], offersElsewhere = false): RawSnapshot {
  if (safe(() => isChallengePage(doc, scripts))) return emptySnapshot('challenge', url);
  let kind = safe(() => pageKindFromUrl(url)) ?? 'unknown';
  // Saved without its address (or under an odd one): the page says what it is and where it lives.
  let readUrl = url;
  if (kind === 'unknown' && !isOtherMarketplace(url)) {
    const found = safe(() => pageFromContent(doc, scripts, !/^https?:\/\//i.test(url)));
    if (found) {
      kind = found.kind;
      readUrl = found.url ?? url;
    }
  }
  const snapshot: RawSnapshot = emptySnapshot(kind, url);
  switch (kind) {
    case 'alibaba:product': {
      const read = safe(() => extractAlibabaProduct(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      snapshot.product = read?.product ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'alibaba:supplier': {
      const read = safe(() => extractAlibabaSupplier(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'alibaba:search':
      // Left null when the background reads them from the scripts (embeddedOfferScripts).
      if (!offersElsewhere) snapshot.offers = safe(() => extractAlibabaSearch(doc, readUrl, scripts));
      break;
    case 'alibaba:order': {
      const order = safe(() => extractAlibabaOrder(doc, url, scripts));
      snapshot.order = order;
      const conflicts = safe(() => alibabaOrderConflicts(order));
      if (conflicts?.length) snapshot.conflicts = conflicts;
      break;
    }
    case 'alibaba:order-list':
      snapshot.orders = safe(() => extractAlibabaOrderList(doc, url, scripts));
      break;
    case 'alibaba:payment':
      snapshot.payment = safe(() => extractAlibabaPayment(doc, url, scripts));
      break;
    case 'alibaba:messages':
    case 'aliexpress:messages':
      snapshot.messages = safe(() => extractMessages(doc, url));
      break;
    case 'aliexpress:item': {
      // A page that says the item is gone shows nothing of it: silent, as a challenge is. Only when none of the
      // item's own data is there either: a "not-found-" block may be an empty reviews tab on a live item.
      if (safe(() => isGoneItemPage(doc) && !showsItsOwnData(doc, readUrl, scripts)))
        return emptySnapshot('challenge', url);
      const read = safe(() => extractAliexpressItem(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      snapshot.product = read?.product ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'aliexpress:search':
      snapshot.offers = safe(() => extractAliexpressSearch(doc, readUrl, scripts));
      break;
    case 'aliexpress:order':
      snapshot.order = safe(() => extractAliexpressOrder(doc, url, scripts));
      break;
    case 'aliexpress:order-list':
      snapshot.orders = safe(() => extractAliexpressOrderList(doc, url, scripts));
      break;
    case 'aliexpress:dispute':
      snapshot.order = safe(() => extractAliexpressDispute(doc, url, scripts));
      break;
    default:
      break;
  }
  return snapshot;
}

function safe<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}
