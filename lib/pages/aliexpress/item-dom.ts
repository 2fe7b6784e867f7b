import { cleanText, leafTexts, textPrefix } from '../dom-text';

/**
 * Where a saved AliExpress item page (built in the browser, hashed class names) keeps the item's heading
 * and the seller's name, when no data object says them. Seen on www.aliexpress.us pages of 2026
 * (strangers' pages, round 8).
 */

/**
 * The 2025–26 pages open with the logo as a heading (`<h1>Aliexpress</h1>`) before the item's own
 * (`<h1 data-pl="product-title">`): a heading that names only the marketplace is the site's, not the item's.
 */
const SITE_NAME = /^ali\s?express(?:\.[a-z.]+)?(?:\s+\d+)?$/i;

export function itemHeading(doc: Document): string | null {
  const marked = doc.querySelector('h1[data-pl="product-title"]');
  for (const h of [marked, ...Array.from(doc.querySelectorAll('h1'))]) {
    const text = cleanText(h ? textPrefix(h, 2_000) : '');
    if (text && !SITE_NAME.test(text)) return text;
  }
  return null;
}

// "/store/1234", and the mobile and older forms "/store/storeHome.htm?sellerAdminSeq=…", "…?storeId=…".
const STORE_LINK =
  /^(?:(?:https?:)?\/\/[^/]*aliexpress\.[a-z.]+)?\/store\/(?:\d+|storeHome\.htm\?[^#]*(?:sellerAdminSeq|storeId)=\d+)|^(?:https?:)?\/\/[^/]*aliexpress\.[a-z.]+\/[^?#]*\?[^#]*\bstoreId=\d+/i;
// The store's credentials page ("…/credential/showcredential.htm?storeNum=1105053770"): an aggregated
// item page names its seller only through it ("The seller of this item is <a>SUMRY … Store</a>").
const CREDENTIAL_LINK =
  /^(?:https?:)?\/\/[^/]*aliexpress\.[a-z.]+\/credential\/[^?#]*\?[^#]*\bstoreNum=(\d+)/i;
// Elements that hold the store's name alone inside a larger link ("Sold by" box: label, name, "(Trader)").
const NAME_ELEMENT =
  '[data-pl="store-name"], [class*="storeName"], [class*="store-name"], [class*="shop-name"]';
// A credentials link's own words when it is a button, not a name ("Business info", "Licence").
const BUTTON_WORDS = /^(?:business\s+info(?:rmation)?|info|licen[cs]e|credentials?|营业执照|資格情報)$/i;

export interface StoreLink {
  href: string;
  /** False for a credentials link: it names the store but is not its page. */
  isStorePage: boolean;
  name: string | null;
  storeId: string | null;
}

/**
 * The store's link and its name. A link marked as the name (`data-pl="store-name"`) or holding a name
 * element comes first; a link that wraps the whole "Sold by" box or the "by <store> (5 | 345 sold)" line
 * under the title gives its name element's words, else its own words less the label before the name and
 * the seller type or counts after it. A link that holds only the block's heading ("Boutique", "المورد",
 * an arrow) next to a "Sold by <store>" line gives the line's name (the 2026 'brand-info' rows). A
 * credentials link stands in only when no store link is there.
 */
export function storeLinkOf(doc: Document): StoreLink | null {
  const anchors = Array.from(doc.querySelectorAll('a[href]'));
  const stores = anchors.filter((a) => STORE_LINK.test(a.getAttribute('href') ?? ''));
  const best =
    stores.find((a) => a.matches('[data-pl="store-name"]')) ??
    stores.find((a) => a.querySelector(NAME_ELEMENT)) ??
    stores[0];
  if (best) {
    const href = best.getAttribute('href') ?? '';
    const inner = best.matches('[data-pl="store-name"]') ? best : best.querySelector(NAME_ELEMENT);
    const name = cleanText(textPrefix(inner ?? best, 2_000));
    return {
      href,
      isStorePage: true,
      // A name element may wrap the seller type too ("storeNameWrap": name, "(Trader)"): words are cleaned
      // the same way whichever element gave them.
      name: (inner ? storeNameFromWords(name) : (soldByBeside(best) ?? nameAmongParts(best))) || null,
      storeId:
        /\/store\/(\d+)/.exec(href)?.[1] ?? /\b(?:storeId|sellerAdminSeq)=(\d+)/.exec(href)?.[1] ?? null,
    };
  }
  for (const a of anchors) {
    const m = CREDENTIAL_LINK.exec(a.getAttribute('href') ?? '');
    const name = cleanText(textPrefix(a, 200));
    if (m && name.length >= 2 && !BUTTON_WORDS.test(name))
      return { href: a.getAttribute('href') ?? '', isStorePage: false, name, storeId: m[1] ?? null };
  }
  return null;
}

// "Sold by" as AliExpress's regional sites write it (the Arabic site: "مباع بواسطة"). The labels of the
// first group were seen glued to the name ("Sold byXia"); the others must be apart from it, as a name
// may begin with the same letters.
const SOLD_BY = 'sold by|vendido por|vendu par|verkauft von|venduto da|verkocht door';
const SOLD_BY_APART = 'sprzedawane przez|satıcı|продавец|مباع بواسطة|يباع بواسطة';
const LABEL_PART = new RegExp(`^(?:${SOLD_BY}|${SOLD_BY_APART}|by):?$`, 'i');

/**
 * The words beside a store link that begin with a "Sold by" label: the link is then the block's heading
 * and the line holds the name. Looks at the next two elements after the link, in the link's row only.
 */
function soldByBeside(link: Element): string | null {
  let next = link.nextElementSibling;
  for (let i = 0; next && i < 2; i++, next = next.nextElementSibling) {
    const words = cleanText(textPrefix(next, 400));
    if (LEADING_LABEL.test(words)) return storeNameFromWords(words) || null;
  }
  return null;
}

/**
 * A link with no name element, read part by part ("by" · "MMS Machinery Store" · " (" · "5" · " | " ·
 * "345 sold" · " )"): the label parts before the name are skipped and the note after it is left, so a
 * page cut short inside the note still gives the name, not the name and half a note.
 */
function nameAmongParts(link: Element): string {
  const parts = leafTexts(link, 400);
  while (parts.length && LABEL_PART.test(parts[0] as string)) parts.shift();
  const end = parts.findIndex((p, i) => i > 0 && /^[(|]/.test(p));
  return storeNameFromWords((end > 0 ? parts.slice(0, end) : parts).join(' '));
}

/**
 * "Sold byXia Yang Store(Trader)" → "Xia Yang Store"; "by MMS Machinery Store (5 | 345 sold )" →
 * "MMS Machinery Store". A label of several words may touch the name ("Sold byXia"); the short "by" the
 * line under the title uses is written in lower case, apart or glued to a capital ("byMMS"), so
 * "By Nature Store" or "Bytech" keep their names; one-word labels of other languages ("da", "von") are left alone, as they begin names.
 */
const LEADING_LABEL = new RegExp(`^(?:(?:${SOLD_BY})\\s*:?\\s*|(?:${SOLD_BY_APART})(?:\\s*:\\s*|\\s+))`, 'i');
const LEADING_BY = /^by(?:\s+|(?=\p{Lu}))/u;
const TRAILING_NOTE =
  /\s*\((?:trader|business|personal|individual|[^()]*\|[^()]*|[^()]*\bsold\b[^()]*)\)\s*$/i;

export function storeNameFromWords(words: string): string {
  return words.replace(LEADING_LABEL, '').replace(LEADING_BY, '').replace(TRAILING_NOTE, '').trim();
}
