import { emptySnapshot } from '../../lib/model/empty';
import { isChallengePage } from '../../lib/pages/challenge';
import { scriptTexts } from '../../lib/pages/embedded-json';
import type { RawSnapshot } from '../../lib/pages/read';
import { embeddedOfferScripts } from '../../lib/pages/search-offer-scripts';

export interface SearchElsewhere {
  snapshot: RawSnapshot;
  /** The scripts that embed the page's offers: the background reads the offers from them. */
  offerScripts: string[];
  /** The page's thread: reading the inline scripts' texts. */
  scriptsMs: number;
}

/**
 * A search page whose offers sit in its embedded data, sent as readPage would send it (an empty search
 * snapshot and the scripts holding the offers) but without the page readers, which this script no longer
 * carries: the background reads the offers. Null when the page must read itself (a security check, no
 * embedded offers, too many of them, or data the drawn cards contradict): the page readers are then injected.
 */
export function searchOffersElsewhere(doc: Document, url: string): SearchElsewhere | null {
  try {
    const started = performance.now();
    const scripts = scriptTexts(doc);
    const scriptsMs = performance.now() - started;
    if (isChallengePage(doc, scripts)) return null;
    const offerScripts = embeddedOfferScripts(doc, url, scripts);
    if (!offerScripts) return null;
    return { snapshot: emptySnapshot('alibaba:search', url), offerScripts, scriptsMs };
  } catch {
    return null;
  }
}
