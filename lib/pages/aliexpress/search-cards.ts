import type { OfferFacts } from '../../model/offer';
import { parseMoneyRange } from '../../money/parse';
import { cleanText, leafTexts } from '../dom-text';
import { yenOrYuan } from './page-currency';
import { itemUrl, storeUrl } from './search-json';

/**
 * AliExpress search results drawn as cards, for pages whose data holds no result list (the 2018 layout
 * keeps them only in the markup: `li.list-item` with `a.product`, `.price .value`, `a.store`,
 * `.star[title="Star Rating: 4.9 out of 5"]`, `a.rate-num` "(170)"). A card is the largest element around
 * a link to one item that holds no other item's link, so newer markups with other class names are read too.
 */
export function aliexpressOffersFromCards(
  doc: Document,
  pageUrl: string,
  /** The page's declared currency, for the sign the yen and the yuan share (page-currency.ts). */
  declared: () => string | null = () => null,
): OfferFacts[] {
  const cards = new Map<string, Element>();
  for (const link of Array.from(doc.querySelectorAll('a[href*="/item/"]'))) {
    const id = itemIdOf(link.getAttribute('href'));
    if (!id || cards.has(id)) continue;
    cards.set(id, cardAround(link, id));
  }
  const offers: OfferFacts[] = [];
  for (const [id, card] of cards) {
    const offer = offerFromCard(card, id, pageUrl, declared);
    if (offer) offers.push(offer);
  }
  return offers;
}

const ITEM_ID = /\/item\/(?:[^/?#]+\/)?(\d{8,20})\.html/;
const itemIdOf = (href: string | null) => (href ? (ITEM_ID.exec(href)?.[1] ?? null) : null);

/** Climb while the parent still links this item only (and stays below the page's body). */
function cardAround(link: Element, id: string): Element {
  let card = link;
  for (let depth = 0; depth < 12; depth++) {
    const parent = card.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    const ids = new Set<string>();
    for (const a of Array.from(parent.querySelectorAll('a[href*="/item/"]'))) {
      const other = itemIdOf(a.getAttribute('href'));
      if (other) ids.add(other);
      if (ids.size > 1) break;
    }
    if (ids.size > 1 || !ids.has(id)) break;
    card = parent;
  }
  return card;
}

function offerFromCard(
  card: Element,
  productId: string,
  pageUrl: string,
  declared: () => string | null,
): OfferFacts | null {
  const price = priceOf(card, declared);
  const title = titleOf(card, productId);
  // A card is a result when it shows what the buyer would pay; a lone image or "similar" link is not.
  if (!price || !title) return null;
  const store = card.querySelector('a[href*="/store/"]');
  const storeHref = store?.getAttribute('href') ?? null;
  const storeName = cleanText(store?.getAttribute('title') || store?.textContent) || null;
  return {
    productId,
    title,
    productUrl: itemUrl(absolute(productLink(card, productId)?.getAttribute('href')), productId, pageUrl),
    supplierName: storeName,
    companyId: null,
    supplierUrl: storeUrl(absolute(storeHref), /\/store\/(\d+)/.exec(storeHref ?? '')?.[1] ?? null, pageUrl),
    years: null,
    verified: null,
    taOffered: null,
    rating: ratingOf(card),
    reviewCount: reviewCountOf(card),
    priceText: price.text,
    price: price.range,
    moq: null,
    isAd: null,
    country: null,
  };
}

const absolute = (href: string | null | undefined) =>
  href ? (href.startsWith('//') ? `https:${href}` : href) : null;

function productLink(card: Element, productId: string): Element | null {
  const links = Array.from(card.querySelectorAll('a[href*="/item/"]'));
  if (card.matches('a[href*="/item/"]')) links.unshift(card);
  return links.find((a) => itemIdOf(a.getAttribute('href')) === productId) ?? null;
}

/** The full title: a heading's link title (the text is cut short and marks matched words), else the heading. */
function titleOf(card: Element, productId: string): string | null {
  const heading = card.querySelector('h1, h2, h3, h4');
  const link = heading?.querySelector('a[title]') ?? card.querySelector('a.product[title]');
  const fromLink = cleanText(link?.getAttribute('title'));
  if (fromLink) return fromLink;
  const fromHeading = cleanText(heading?.textContent);
  if (fromHeading) return fromHeading;
  const alt = cleanText(productLink(card, productId)?.querySelector('img[alt]')?.getAttribute('alt'));
  return alt || null;
}

/** The first price the card shows, from its price element when it marks one (newer cards split it in spans). */
function priceOf(
  card: Element,
  declared: () => string | null,
): { text: string; range: NonNullable<OfferFacts['price']> } | null {
  const marked = PRICE_MARKS.map((sel) => card.querySelector(sel)).find(Boolean);
  const whole = cleanText(marked ? withoutOldPrice(marked) : null);
  const texts = [
    ...(whole ? [whole] : []),
    ...(marked ? leafTexts(marked, 200) : []),
    ...leafTexts(card, 2000),
  ];
  for (const raw of texts) {
    const text = cleanText(raw);
    if (text.length > 60 || !/\d/.test(text)) continue;
    const range = parseMoneyRange(text, yenOrYuan(text, declared));
    if (range) return { text, range };
  }
  return null;
}

/**
 * The sale price first: a card may show the price before its discount beside it. aliexpress.ru's 2025 cards
 * put the struck-out price, the discount and the new price in one `…__price` block, the new one in `…__priceNew`.
 */
const PRICE_MARKS = [
  '[itemprop="price"]',
  '.price .value',
  '[class*="price-sale" i]',
  '[class*="priceNew" i]',
  '[class*="price-current" i]',
  '[class*="price" i]',
];

/** Struck-out or "old" prices inside a price block (with the discount beside them): what the buyer no longer pays. */
const OLD_PRICE =
  'del, s, [class*="priceOld" i], [class*="price-old" i], [class*="old-price" i], [class*="strike" i], [class*="price-origin" i]';

/** A price block's text without its old price and discount ("163.17 GEL -29% 115.84 GEL" → "115.84 GEL"). */
function withoutOldPrice(el: Element): string | null {
  if (!el.querySelector(OLD_PRICE)) return el.textContent;
  const copy = el.cloneNode(true) as Element;
  for (const old of Array.from(copy.querySelectorAll(OLD_PRICE))) old.remove();
  return copy.textContent;
}

function ratingOf(card: Element): number | null {
  const star = card.querySelector('[title*="Star Rating" i]');
  const n = Number(/(\d(?:[.,]\d)?)/.exec(star?.getAttribute('title') ?? '')?.[1]?.replace(',', '.'));
  return Number.isFinite(n) && n > 0 && n <= 5 ? n : null;
}

function reviewCountOf(card: Element): number | null {
  const el = card.querySelector('.rate-num, [title^="Feedback" i]');
  const m = /\(\s*([\d,.]+)\s*\)/.exec(el?.getAttribute('title') || el?.textContent || '');
  const n = m?.[1] ? Number(m[1].replace(/[,.]/g, '')) : Number.NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}
