import { hasCardWithTaBadge } from './alibaba/card-ta-badge';
import { pageKindFromUrl } from './detect';
import { OFFER_LISTS } from './labels/search';

// No reader here: the marketplace content script runs this on a search page without the page readers
// (entrypoints/marketplace.content/search-elsewhere.ts), and lib/pages/read.ts runs it when it reads a page.

/**
 * A search page whose offers sit in its embedded data (`offerResultData`, the layout of real result pages):
 * the scripts that carry it, for the background to read the offers from (completeOffersFromJson) instead of
 * the buyer's page — the page's dearest read. Undefined on any other page, or a search page without it.
 * Only these scripts hold that anchor, so the background finds what extractAlibabaSearch would.
 */
export function embeddedOfferScripts(
  doc: Document,
  url: string,
  scripts: readonly string[],
): string[] | undefined {
  if (safe(() => pageKindFromUrl(url)) !== 'alibaba:search') return undefined;
  const holding: string[] = [];
  let chars = 0;
  for (const text of scripts) {
    const at = text.indexOf(EMBEDDED_OFFERS_ANCHOR);
    if (at < 0) continue;
    // From the key on (with its quote and the `,` or `{` before it): what comes earlier holds no offer,
    // and the message is serialised on the page's thread (600 KB → 250 KB on the real capture).
    // A quoted key (JSON) is read from there; an unquoted one (a JS object literal, as a prettified page
    // writes it) needs its script from the start, or the background finds nothing and asks for the whole page.
    const part = text[at - 1] === '"' ? text.slice(Math.max(0, at - 2)) : text;
    holding.push(part);
    chars += part.length;
  }
  // The message takes a few, of bounded size (protocol.ts; the browser refuses a message over 64 MiB): a
  // page that repeats the key more often, or embeds more, is read here, as before — a refused message
  // would leave the card without a verdict.
  const fits = holding.length <= MAX_OFFER_SCRIPTS && chars <= MAX_OFFER_SCRIPT_CHARS;
  if (holding.length === 0 || !fits) return undefined;
  // A drawn card's Trade Assurance badge outweighs the data's tradeProduct:false (search.ts), and the
  // background has no cards: such a page is read here (a string search and one selector decide).
  if (holding.some((s) => NOT_TRADE_PRODUCT.test(s)) && safe(() => hasCardWithTaBadge(doc))) return undefined;
  return holding;
}

/** The anchor of the embedded offer list on real result pages (both 2024 captures). */
const EMBEDDED_OFFERS_ANCHOR = OFFER_LISTS[0]![0];
/** As many as the page-seen message carries (lib/messaging/protocol.ts). */
const MAX_OFFER_SCRIPTS = 8;
/** tradeProduct:false, quoted or escaped as the page embeds it. */
const NOT_TRADE_PRODUCT = /tradeProduct\W{0,3}:\s*false/;
/** Their total length: within the message's limit for one script (protocol.ts), and far inside the browser's. */
const MAX_OFFER_SCRIPT_CHARS = 20_000_000;

function safe<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}
