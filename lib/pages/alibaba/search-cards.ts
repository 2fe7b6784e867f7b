import type { OfferFacts } from '../../model/offer';
import { parseCount, parseMoneyRange, parseYears } from '../../money/parse';
import { SEARCH_LABELS } from '../labels/search';
import { cleanText, labelKey, labelMatcher } from '../labels/text-sequence';
import { idFromProductUrl } from './search-json';
import { absoluteUrl, countryCode } from './supplier-fields';

/**
 * Server-rendered result cards (fr_FR capture 2024-07: 8 cards). Fields come
 * from the analytics attribute `data-aplus-auto-card-mod="area=<field>&areaContent=<text>"`
 * (area=title|price|moq|companyName|supplierYear|review|verified), which has
 * outlived several card redesigns, then from link shapes (/product-detail/,
 * *.en.alibaba.com) and the card classes listed in research/alibaba-pages.md.
 */

const CARD = '.searchx-offer-item, .fy23-search-card';
const MOD = 'data-aplus-auto-card-mod';
const MAX_CARDS = 200;

export function offersFromCards(doc: Document, pageUrl: string): OfferFacts[] {
  let cards = Array.from(doc.querySelectorAll(CARD)).filter((el) => !el.parentElement?.closest(CARD));
  if (cards.length === 0) cards = cardsByLinks(doc);
  const out: OfferFacts[] = [];
  for (const card of cards.slice(0, MAX_CARDS)) {
    const offer = offerFromCard(card, pageUrl);
    if (offer.productUrl || offer.supplierName) out.push(offer); // skeleton placeholders have neither
  }
  return out;
}

/** Without known card markup: the nearest ancestor of a product link that also links to a minisite. */
function cardsByLinks(doc: Document): Element[] {
  const cards = new Set<Element>();
  for (const link of Array.from(doc.querySelectorAll('a[href*="/product-detail/"]')).slice(0, 400)) {
    let node: Element | null = link.parentElement;
    for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
      if (node.querySelector('a[href*=".en.alibaba.com"]')) {
        cards.add(node);
        break;
      }
    }
  }
  return [...cards].filter((c) => ![...cards].some((o) => o !== c && c.contains(o)));
}

function offerFromCard(card: Element, pageUrl: string): OfferFacts {
  const mods = areaMap(card);
  const productLink = card.querySelector('a[href*="/product-detail/"]');
  const productUrl = absoluteUrl(productLink?.getAttribute('href'), pageUrl);
  const companyLink = card.querySelector(
    `[${MOD}*="area=companyName"], .search-card-e-company, a[href*=".en.alibaba.com"]`,
  );
  const supplierName = cleanText(companyLink?.textContent) || null;
  const titleEl = card.querySelector(`[${MOD}*="area=title"], .search-card-e-title, h2`);
  const priceText =
    mods.get('price') ?? (cleanText(card.querySelector('.search-card-e-price-main')?.textContent) || null);
  const moqText = mods.get('moq') ?? moqFromText(card);
  const [country, yearsText] = splitYear(mods.get('supplierYear') ?? yearText(card));
  const [ratingText, countText] = (mods.get('review') ?? '').split('@@');
  return {
    productId: card.getAttribute('data-ctrdot')?.match(/^\d{5,20}$/)?.[0] ?? idFromProductUrl(productUrl),
    title: cleanText(titleEl?.textContent) || null,
    productUrl,
    supplierName,
    companyId: null,
    supplierUrl: absoluteUrl(companyLink?.getAttribute('href'), pageUrl),
    years: yearsText ? parseYears(yearsText) : null,
    verified: card.querySelector(`.verified-supplier-icon, [${MOD}*="area=verified"]`) ? true : null,
    taOffered: null,
    rating: numberOrNull(ratingText),
    reviewCount: numberOrNull(countText),
    priceText: priceText || null,
    price: priceText ? parseMoneyRange(priceText) : null,
    moq: moqText ? parseCount(moqText) : null,
    isAd: adOf(card),
    country: countryCode(country),
  };
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

const MOQ = labelMatcher(SEARCH_LABELS.moq);
const AD = labelMatcher(SEARCH_LABELS.ad);

function moqFromText(card: Element): string | null {
  for (const el of Array.from(card.querySelectorAll('div, span')).slice(0, 300)) {
    if (el.children.length > 0) continue;
    const text = cleanText(el.textContent);
    const colon = text.search(/[:：]/);
    if (colon > 0 && MOQ.keys.has(labelKey(text.slice(0, colon)))) return text;
  }
  return null;
}

/** data-spm marks organic cards ("normal_offer") and paid ones ("p4p…"); an "Ad" badge also counts. */
function adOf(card: Element): boolean | null {
  const spm = card.getAttribute('data-spm') ?? '';
  if (/p4p|_ad\b|^ad_/i.test(spm)) return true;
  for (const el of Array.from(card.querySelectorAll('span, div, i')).slice(0, 300)) {
    if (el.children.length === 0 && AD.keys.has(labelKey(el.textContent ?? ''))) return true;
  }
  return spm === 'normal_offer' ? false : null;
}

function numberOrNull(text: string | undefined): number | null {
  if (!text || !/^\d+(?:[.,]\d+)?$/.test(text.trim())) return null;
  return Number(text.trim().replace(',', '.'));
}
