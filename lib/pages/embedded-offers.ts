import { completeOffersFromJson } from './alibaba/search';

/**
 * A search page's offers, read here from the scripts the content script sent (lib/pages/read.ts), so the
 * buyer's page does not pay for it. The snapshot with its offers; unchanged when no scripts were sent;
 * null when the embedded offers are missing or incomplete — then the page's cards are needed, and the
 * content script reads the whole page and sends it again (PageVerdict.reread).
 */
export function withEmbeddedOffers(raw: unknown, offerScripts: string[] | undefined, url: string): unknown {
  if (offerScripts === undefined) return raw;
  if (!raw || typeof raw !== 'object' || (raw as { kind?: unknown }).kind !== 'alibaba:search') return raw;
  let offers: ReturnType<typeof completeOffersFromJson> = null;
  try {
    offers = completeOffersFromJson(offerScripts, url);
  } catch {
    offers = null; // a hostile script: the page's own reading decides
  }
  return offers ? { ...raw, offers } : null;
}
