import type { OfferFacts } from '../../model/offer';
import { offersFromCards } from './search-cards';
import { offersFromJson } from './search-json';

/**
 * Search result offers: embedded JSON first (all offers, with companyId),
 * then server-rendered cards, merged by product id. A card fills what its
 * JSON offer lacks; a card with no JSON twin is appended. Cards are only read
 * when the page has them, so the 925 KB client-rendered page costs one JSON
 * extraction, and cards are skipped when the JSON offers are complete.
 */
export function extractAlibabaSearch(doc: Document, url: string, scripts: readonly string[]): OfferFacts[] {
  const fromJson = offersFromJson(scripts, url) ?? [];
  // A DOM walk over a 1 MB page is the dearest step: skip it when the JSON already has what a card could add.
  if (isComplete(fromJson)) return fromJson;
  const fromCards = offersFromCards(doc, url);
  if (fromCards.length === 0) return fromJson;
  if (fromJson.length === 0) return fromCards;
  const byId = new Map(fromJson.filter((o) => o.productId).map((o) => [o.productId, o] as const));
  const merged = [...fromJson];
  for (const card of fromCards) {
    const twin = card.productId ? byId.get(card.productId) : undefined;
    if (!twin) merged.push(card);
    else merged[merged.indexOf(twin)] = fillNulls(twin, card);
  }
  return merged;
}

/**
 * The offers of the page's embedded data when they are all a search page can say (then its cards add
 * nothing: extractAlibabaSearch would return exactly these), else null. Needs no document: the
 * background reads them from the scripts the content script sends (lib/pages/read.ts).
 */
export function completeOffersFromJson(scripts: readonly string[], url: string): OfferFacts[] | null {
  const fromJson = offersFromJson(scripts, url) ?? [];
  return isComplete(fromJson) ? fromJson : null;
}

const isComplete = (offers: OfferFacts[]) => offers.length > 0 && offers.every(complete);

const complete = (o: OfferFacts) =>
  o.productUrl !== null && o.supplierName !== null && o.years !== null && o.price !== null && o.moq !== null;

function fillNulls(base: OfferFacts, more: OfferFacts): OfferFacts {
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(more)) if (out[k] === null) out[k] = v;
  // A badge the buyer sees on the card outweighs the data's "cannot be ordered online" (tradeProduct: false).
  if (more.taOffered === true) out.taOffered = true;
  return out as OfferFacts;
}
