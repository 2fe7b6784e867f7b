import type { OfferFacts } from '../../model/offer';
import { parseCount, parseMoneyRange, parseYears } from '../../money/parse';
import { leafTexts } from '../dom-text';
import { limitShape, nameShape } from '../facts/shapes';
import { isActionLabel } from '../labels/action-label';
import { countryFromName } from '../labels/countries';
import { SEARCH_LABELS } from '../labels/search';
import { cleanText, labelKey, labelMatcher } from '../labels/text-sequence';
import { CARD, hasCardWithTaBadge, TA_MARKERS } from './card-ta-badge';
import { cardWords } from './search-card-text';
import { idFromProductUrl } from './search-json';
import { absoluteUrl, countryCode } from './supplier-fields';

/**
 * Server-rendered result cards (fr_FR capture 2024-07: 8 cards). Fields come
 * from the analytics attribute `data-aplus-auto-card-mod="area=<field>&areaContent=<text>"`
 * (area=title|price|moq|companyName|supplierYear|review|verified), which has
 * outlived several card redesigns, then from link shapes (/product-detail/,
 * *.en.alibaba.com) and the card classes listed in research/alibaba-pages.md.
 */

const MOD = 'data-aplus-auto-card-mod';
const MAX_CARDS = 200;

export function offersFromCards(doc: Document, pageUrl: string): OfferFacts[] {
  let cards = Array.from(doc.querySelectorAll(CARD)).filter((el) => !el.parentElement?.closest(CARD));
  if (cards.length === 0) cards = cardsByLinks(doc);
  const out: OfferFacts[] = [];
  const kept = cards.slice(0, MAX_CARDS);
  for (const card of kept) {
    const offer = offerFromCard(card, pageUrl);
    offer.isAd ??= adBesideCard(card, kept);
    if (offer.productUrl || offer.supplierName) out.push(offer); // skeleton placeholders have neither
  }
  return withAbsentBadges(out);
}

/**
 * A card without the Trade Assurance badge says "no" only on a page whose other cards show it: the
 * layout marks covered offers, and this one is not marked. On a page where fewer than two cards have a
 * badge the layout may not draw it at all (one marker may be a hidden tooltip or an icon we misread), so
 * each stays unknown. A card whose supplier is not yet drawn is not judged (a lazily rendered card may
 * lack its badge for now).
 */
const BADGED_CARDS_TO_JUDGE = 2;

function withAbsentBadges(offers: OfferFacts[]): OfferFacts[] {
  if (offers.filter((o) => o.taOffered === true).length < BADGED_CARDS_TO_JUDGE) return offers;
  return offers.map((o) => (o.taOffered === null && o.supplierName ? { ...o, taOffered: false } : o));
}

/**
 * Without known card markup: the nearest ancestor of a product link that also
 * holds a link to the supplier's site whose text is a name (not a "Transaction
 * Level" icon link). A supplier card (2018 supplier tab, Supplier.html) holds
 * several product links and becomes one card.
 */
function cardsByLinks(doc: Document): Element[] {
  // Every ancestor (a few levels up) of a supplier link that names its supplier, marked once:
  // the climb from each product link then stops at the first marked ancestor, without a query per level.
  const named = new Set<Element>();
  for (const a of Array.from(doc.querySelectorAll(SUPPLIER_LINK)).slice(0, 2000)) {
    if (!linkName(a)) continue;
    let node: Element | null = a.parentElement;
    for (let depth = 0; node && depth < 12 && !named.has(node); depth++, node = node.parentElement)
      named.add(node);
  }
  const cards = new Set<Element>();
  for (const link of Array.from(doc.querySelectorAll('a[href*="/product-detail/"]')).slice(0, 600)) {
    let node: Element | null = link.parentElement;
    for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
      if (named.has(node)) {
        cards.add(node);
        break;
      }
    }
  }
  return [...cards].filter((c) => ![...cards].some((o) => o !== c && c.contains(o)));
}

/** A link's text as a supplier's name: never a button's words ("Contact Supplier", "Visit store"). */
function linkName(el: Element | null | undefined): string | null {
  const name = nameShape(cleanText(el?.textContent));
  return name && !isActionLabel(name) ? name : null;
}

const SUPPLIER_LINK =
  'a[href*=".en.alibaba.com"], a[href*=".trustpass.alibaba.com"], a[href*=".fm.alibaba.com"]';

/** The card's link to its supplier whose text is the supplier's name. */
function companyLinkIn(card: Element): Element | null {
  const marked = card.querySelector(`[${MOD}*="area=companyName"], .search-card-e-company`);
  if (marked && linkName(marked)) return marked;
  for (const a of Array.from(card.querySelectorAll(SUPPLIER_LINK)).slice(0, 30)) {
    if (linkName(a)) return a;
  }
  return null;
}

export { hasCardWithTaBadge };

function offerFromCard(card: Element, pageUrl: string): OfferFacts {
  const mods = areaMap(card);
  const productLinks = Array.from(card.querySelectorAll('a[href*="/product-detail/"]')).slice(0, 40);
  const productIds = new Set(
    productLinks.map((a) => idFromProductUrl(a.getAttribute('href'))).filter(Boolean),
  );
  const ctrdot =
    card
      .closest('[data-ctrdot]')
      ?.getAttribute('data-ctrdot')
      ?.match(/^\d{5,20}$/)?.[0] ?? null;
  // A product card's data-ctrdot is its product; a supplier card (several products, Supplier.html) uses it
  // for the company, and no one product is "the" offer.
  const supplierCard =
    productIds.size > 1 || (ctrdot !== null && productIds.size > 0 && !productIds.has(ctrdot));
  const productLink = supplierCard ? null : productLinks[0];
  const productUrl = absoluteUrl(productLink?.getAttribute('href'), pageUrl);
  const companyLink = companyLinkIn(card);
  const supplierName = linkName(companyLink);
  const ta = card.querySelector(TA_MARKERS);
  const titleEl = supplierCard
    ? null
    : card.querySelector(`[${MOD}*="area=title"], .search-card-e-title, h2`);
  const texts = leafTexts(card, 6000);
  const words = cardWords(texts);
  const priceText =
    mods.get('price') ??
    (cleanText(card.querySelector('.search-card-e-price-main')?.textContent) || null) ??
    (supplierCard ? null : priceFromText(texts));
  const moqText = mods.get('moq') ?? moqFromText(texts);
  const [country, yearsText] = splitYear(mods.get('supplierYear') ?? yearText(card));
  const [ratingText, countText] = (mods.get('review') ?? '').split('@@');
  const reviewCount = numberOrNull(countText);
  return {
    productId: supplierCard ? null : (ctrdot ?? idFromProductUrl(productUrl)),
    title: cleanText(titleEl?.textContent) || (supplierCard ? null : linkTitle(productLinks)),
    productUrl,
    supplierName,
    companyId: supplierCard ? ctrdot : null,
    supplierUrl: absoluteUrl(companyLink?.getAttribute('href'), pageUrl),
    years: yearsText ? parseYears(yearsText) : (words.years ?? goldYearsIcon(card)),
    verified: card.querySelector(`.verified-supplier-icon, [${MOD}*="area=verified"]`) ? true : null,
    // An absent badge is judged against the other cards of the page (withAbsentBadges).
    taOffered: ta || words.taBadge ? true : null,
    taLimit: limitShape(ta?.getAttribute('data-ta-price')),
    rating: reviewCount === 0 ? null : numberOrNull(ratingText),
    reviewCount,
    priceText: priceText || null,
    price: priceText ? parseMoneyRange(priceText) : null,
    moq: moqText ? parseCount(moqText) : null,
    isAd: adOf(card, texts),
    country:
      countryCode(country) ??
      countryCode(card.querySelector('[data-coun]')?.getAttribute('data-coun')) ??
      // The supplier's location line, the country named in words ("China (Mainland)": 2018 cards).
      countryFromName(cleanText(card.querySelector('.location')?.textContent)) ??
      words.country,
    responseRate: words.responseRate,
    responseTimeText: words.responseTimeText,
    onTimeDeliveryRate: words.onTimeDeliveryRate,
  };
}

/** The product link's own words ("12V SMD5050 RGB LED Strip"), when the card has no marked title. */
function linkTitle(links: readonly Element[]): string | null {
  for (const a of links) {
    const text = cleanText(a.textContent);
    if (text.length >= 8 && text.length <= 300 && !isActionLabel(text)) return text;
  }
  return null;
}

/** A short text that is only a price or price range with its currency ("$1.20-2.50", "3,20 $ US"). */
function priceFromText(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (text.length > 40 || /[:：]/.test(text) || !/[$€£¥]|US\s?\$|USD|EUR/.test(text)) continue;
    if (
      /^[^\d]{0,8}\d[\d.,\s]*(?:\s*[-–~]\s*[^\d]{0,6}\d[\d.,\s]*)?[^\d]{0,8}$/.test(text) &&
      parseMoneyRange(text)
    )
      return text;
  }
  return null;
}

/** area → areaContent for every analytics attribute in the card ("supplierYear" → "CN@@7 ans"). */
function areaMap(card: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(card.querySelectorAll(`[${MOD}]`))) {
    const params = new Map<string, string>();
    for (const part of (el.getAttribute(MOD) ?? '').split('&')) {
      const eq = part.indexOf('=');
      if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
    }
    const area = params.get('area');
    const content = params.get('areaContent');
    if (area && content && content !== 'undefined' && !map.has(area)) map.set(area, content.trim());
  }
  return map;
}

/** "CN@@7 ans" → ["CN", "7 ans"]; plain "7 yrs" → [null, "7 yrs"]. */
function splitYear(text: string | null): [string | null, string | null] {
  if (!text) return [null, null];
  const [a, b] = text.split('@@');
  return b === undefined ? [null, a ?? null] : [a ?? null, b];
}

function yearText(card: Element): string | null {
  const el = card.querySelector('.search-card-e-supplier__year');
  if (!el) return null;
  const parts = Array.from(el.querySelectorAll('span')).map((s) => cleanText(s.textContent));
  const country = parts.find((p) => /^[A-Z]{2}$/.test(p)) ?? null;
  const years = parts.find((p) => /^\d/.test(p)) ?? null;
  return years ? (country ? `${country}@@${years}` : years) : null;
}

/**
 * The 2018 cards drew a supplier's years as a Gold Supplier medal whose digit is only in its class
 * ("ui2-icon-gs-year ico-year" holding "ui2-icon-gs-year-num2"): no text says "2 YRS".
 */
function goldYearsIcon(card: Element): number | null {
  const icon = card.querySelector('.ico-year [class*="gs-year-num"], [class*="gs-year-num"]');
  const n = /\bui2-icon-gs-year-num(\d{1,2})\b/.exec(icon?.getAttribute('class') ?? '')?.[1];
  return n && Number(n) > 0 ? Number(n) : null;
}

const MOQ = labelMatcher(SEARCH_LABELS.moq);
const AD = labelMatcher(SEARCH_LABELS.ad);

/**
 * "Min. order: 10 pieces" among the card's texts (read once per card: leafTexts), or the quantity written
 * first with the label after it in brackets, in one text or two ("10 Pieces (Min. Order)": 2018 cards).
 */
function moqFromText(texts: readonly string[]): string | null {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (text.length > 80) continue;
    const colon = text.search(/[:：]/);
    if (colon > 0 && MOQ.keys.has(labelKey(text.slice(0, colon)))) return text;
    const after = /^(.*?)\s*[(（]([^()（）]{2,30})[)）]$/.exec(text);
    if (!after || !MOQ.keys.has(labelKey(after[2] as string))) continue;
    const quantity = (after[1] as string).trim() || (texts[i - 1] ?? '');
    if (/^\d[\d.,\s]*\s*\p{L}/u.test(quantity) && quantity.length <= 40) return quantity;
  }
  return null;
}

/**
 * A card found by its links is the smallest block holding them; the 2018 cards keep their action row
 * ("Add to Compare", "Sponsored Listing") in a sibling block under the same offer wrapper. That wrapper
 * counts only when it holds no other card.
 */
function adBesideCard(card: Element, cards: readonly Element[]): boolean | null {
  const wrapper = card.parentElement;
  if (!wrapper || cards.some((other) => other !== card && wrapper.contains(other))) return null;
  for (const sibling of Array.from(wrapper.children).slice(0, 8)) {
    if (sibling === card) continue;
    if (leafTexts(sibling, 400).some((t) => t.length <= 20 && AD.keys.has(labelKey(t)))) return true;
  }
  return null;
}

/** data-spm marks organic cards ("normal_offer") and paid ones ("p4p…"); an "Ad" badge also counts. */
function adOf(card: Element, texts: readonly string[]): boolean | null {
  const spm = card.getAttribute('data-spm') ?? '';
  if (/p4p|_ad\b|^ad_/i.test(spm)) return true;
  if (texts.some((t) => (t.length <= 20 && AD.keys.has(labelKey(t))) || isSponsorLabel(t))) return true;
  return spm === 'normal_offer' ? false : null;
}

/**
 * A badge made only of advertising words with a "sponsor" among them: "Top sponsor listing" (2024 cards),
 * "Sponsored listing", "Annonce sponsorisée", "Anuncio patrocinado", "Gesponserte Anzeige". A title that
 * merely holds the word ("Sponsor backdrop banner") has other words and is not one.
 */
const SPONSOR = /^(?:sponsor\p{L}*|patrocinad\p{L}*|gesponsert\p{L}*)$/iu;
const AD_WORD = /^(?:top|premium|ads?|listing|annonces?|anuncios?|anzeigen?|an[uú]ncios?|publicit\p{L}*)$/iu;

function isSponsorLabel(text: string): boolean {
  if (text.length > 40) return false;
  const words = text.trim().split(/\s+/);
  return words.some((w) => SPONSOR.test(w)) && words.every((w) => SPONSOR.test(w) || AD_WORD.test(w));
}

function numberOrNull(text: string | undefined): number | null {
  if (!text || !/^\d+(?:[.,]\d+)?$/.test(text.trim())) return null;
  return Number(text.trim().replace(',', '.'));
}
