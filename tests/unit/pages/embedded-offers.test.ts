import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEmbeddedOffers } from '../../../lib/pages/embedded-offers';
import { readPage } from '../../../lib/pages/read';
import { describeWithShared, loadPage, OWN, REAL_URLS, readReal } from '../../support/fixtures';

/**
 * A search page's embedded offers are read by the background from the scripts the content script sends
 * (the page's dearest read, off the buyer's page): the verdict must rest on the same offers as before.
 */
function offersBothWays(doc: Document, url: string) {
  const whole = readPage(doc, url).snapshot;
  const split = readPage(doc, url, false, { searchOffersElsewhere: true });
  const judged = withEmbeddedOffers(split.snapshot, split.offerScripts, url) as typeof whole | null;
  return { whole, split, judged };
}

describe('search offers read in the background', () => {
  const files = readdirSync(join(OWN, 'alibaba-search')).filter((f) => f.endsWith('.html'));
  it.each(files)('%s: the same offers, or the whole page read again', (file) => {
    const { doc, url } = loadPage(`alibaba-search/${file}`);
    const { whole, split, judged } = offersBothWays(doc, url);
    if (!split.offerScripts) {
      expect(split.snapshot.offers).toEqual(whole.offers); // read on the page as before
      return;
    }
    expect(split.snapshot.offers).toBeNull(); // left to the background
    // null: the embedded offers were incomplete, the content script reads the whole page and sends it again.
    if (judged !== null) expect(judged.offers).toEqual(whole.offers);
  });

  it('other pages send no scripts and read as before', () => {
    const { doc, url } = loadPage('alibaba-supplier/harbor-conflicting-limits.html');
    const split = readPage(doc, url, false, { searchOffersElsewhere: true });
    expect(split.offerScripts).toBeUndefined();
    expect(split.snapshot).toEqual(readPage(doc, url).snapshot);
  });

  it('a page repeating the key in more scripts than a message carries is read on the page', () => {
    const { doc, url } = loadPage('alibaba-search/air-fryer-sse10-json.html');
    for (let i = 0; i < 9; i++) {
      const script = doc.createElement('script');
      script.textContent = `window.x${i} = {"offerResultData": {}};`;
      doc.body.appendChild(script);
    }
    const split = readPage(doc, url, false, { searchOffersElsewhere: true });
    expect(split.offerScripts).toBeUndefined();
    expect(split.snapshot.offers).toEqual(readPage(doc, url).snapshot.offers);
  });

  it('a snapshot that is not a search page is passed on unchanged', () => {
    const raw = {
      kind: 'alibaba:product',
      url: 'https://www.alibaba.com/product-detail/x_1600000000001.html',
    };
    expect(withEmbeddedOffers(raw, ['{"offerResultData":{}}'], raw.url)).toBe(raw);
    expect(withEmbeddedOffers(raw, undefined, raw.url)).toBe(raw);
  });
});

describeWithShared('search offers read in the background, on the real result page', () => {
  it('the 925 KB capture: its 48 offers are read from the one script sent, as the page would read them', () => {
    const { document } = readReal('searchEn');
    const { whole, split, judged } = offersBothWays(document, REAL_URLS.searchEn);
    expect(split.offerScripts?.length).toBeGreaterThan(0);
    expect(judged).not.toBeNull();
    expect((judged?.offers ?? []) as unknown[]).toHaveLength(48);
    expect(judged?.offers).toEqual(whole.offers);
  });

  it('the French capture (saved prettified): the same offers, or the whole page read again', () => {
    const { document } = readReal('searchFr');
    const { whole, judged } = offersBothWays(document, REAL_URLS.searchFr);
    if (judged !== null) expect(judged.offers).toEqual(whole.offers);
    expect((whole.offers as unknown[]).length).toBeGreaterThan(0);
  });
});
