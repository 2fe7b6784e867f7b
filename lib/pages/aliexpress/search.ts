import type { OfferFacts } from '../../model/offer';
import { lazyDeclaredCurrency } from './page-currency';
import { aliexpressOffersFromCards } from './search-cards';
import { aliexpressOffersFromJson } from './search-json';

/**
 * AliExpress search, category and store-list results: the page's data first (it holds every result,
 * with the store's name and id), else its drawn cards (pages that keep the results only in the markup).
 */
export function extractAliexpressSearch(
  doc: Document,
  url: string,
  scripts: readonly string[],
): OfferFacts[] {
  const fromJson = aliexpressOffersFromJson(scripts, url);
  if (fromJson.length > 0) return fromJson;
  return aliexpressOffersFromCards(doc, url, lazyDeclaredCurrency(scripts, url));
}
