import { PAGE_READER_GLOBAL, type PageReader } from '../../lib/messaging/injected-scripts';
import { readPage } from '../../lib/pages/read';

/**
 * The page readers (every marketplace's extractors and their label tables), injected by the background into
 * the marketplace content script's world only on a page that reads itself: a search page's cards, a chat page,
 * or a page the background could not read from its markup. Product, supplier and order pages never load it.
 * No zod here: the background validates what the page sends.
 */
export default defineUnlistedScript(() => {
  const reader: PageReader = { readPage };
  (globalThis as Record<string, unknown>)[PAGE_READER_GLOBAL] = reader;
});
