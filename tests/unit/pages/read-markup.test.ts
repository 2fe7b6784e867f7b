import { describe, expect, it } from 'vitest';
import { readMarkup } from '../../../entrypoints/background/read-markup';
import { pageKindFromUrl } from '../../../lib/pages/detect';
import { readPage } from '../../../lib/pages/read';
import { allOwnFixtures, loadPage, parse } from '../../support/fixtures';

/**
 * Product, supplier and order pages are read in the background from the markup their content script sends
 * (entrypoints/marketplace.content/read-elsewhere.ts). The buyer must get the facts the page's own read gave:
 * the same sections, and where a markup parse differs from a browser's DOM, the browser's reading.
 */
const ORDER = 'alibaba-order/ta-detail-hostile-text.html';
const SPEC_WITH_MARKUP_AS_TEXT = 'Capacity: 5.5L; Colour: <img src=x onerror="window.__tgXss=1"> red';

describe('reading a page in the background from its markup', () => {
  it('reads every page of ours into the sections its own read gives', () => {
    let read = 0;
    for (const { path, html, url } of allOwnFixtures()) {
      if (pageKindFromUrl(url) === 'unknown') continue;
      const answer = readMarkup(html, url);
      const doc = parse(html);
      doc.documentElement.normalize(); // as a browser's parser leaves the texts (see the next test)
      expect(answer?.snapshot, path).toEqual(readPage(doc, url).snapshot);
      read++;
    }
    expect(read).toBeGreaterThan(30);
  });

  it('reads text written with character references as the one text a browser has', () => {
    const { doc, url } = loadPage(ORDER);
    const html = doc.toString();
    expect(html, 'the page writes the markup as text').toContain('Colour: &lt;img');
    const snapshot = readMarkup(html, url)?.snapshot as
      | { order?: { lineItems: { specText: string }[] } }
      | undefined;
    const order = snapshot?.order;
    expect(order?.lineItems[0]?.specText).toContain(SPEC_WITH_MARKUP_AS_TEXT);
  });

  it('does not read what a browser keeps out of the page: a <template>’s content, a <noscript>’s markup', () => {
    const url = 'https://www.alibaba.com/product-detail/Air-Fryer_1600111122223.html';
    const page = (hidden: string) =>
      `<html lang="en"><head><title>Air Fryer 5L - Alibaba.com</title></head><body>
        ${hidden}
        <h1 class="product-title">Air Fryer 5L</h1>
        <div class="price">US$ 20.00 - 25.00</div><div class="moq">Min. order: 500 pieces</div>
      </body></html>`;
    const plain = readMarkup(page(''), url)?.snapshot as { product?: unknown } | undefined;
    expect(plain?.product).toMatchObject({ title: 'Air Fryer 5L' });
    for (const hidden of [
      '<template><div class="module_ta_plus">Trade Assurance</div><h1 class="product-title">Another</h1></template>',
      '<noscript><div class="module_ta_plus">Trade Assurance</div><h1 class="product-title">Another</h1></noscript>',
    ]) {
      expect(readMarkup(page(hidden), url)?.snapshot, hidden).toEqual(plain);
    }
  });

  it('answers with a snapshot, never a throw, for markup that is not a page', () => {
    const url = 'https://www.alibaba.com/product-detail/Air-Fryer_1600111122223.html';
    for (const html of ['', '<', '<<<>>>', '<html><body><div>'.repeat(2000), '\u0000\uffff']) {
      const answer = readMarkup(html, url);
      expect(answer === null || (answer.snapshot as { url: string }).url === url, JSON.stringify(html)).toBe(
        true,
      );
    }
  });
});

describe('the markup the content script sends', () => {
  it("sends a <noscript>'s content as nothing, so no parser with scripting off moves it into the page", async () => {
    const { markupOf } = await import('../../../entrypoints/marketplace.content/read-elsewhere');
    const doc =
      parse(`<html><head><noscript><div class="module_ta_plus">Trade Assurance protects orders up to US$ 999,999</div></noscript></head>
<body><h1>Kettle</h1><div class="module_ta_plus">Trade Assurance protects orders up to US$ 120,000</div></body></html>`);
    const sent = markupOf(doc) ?? '';
    expect(sent).not.toContain('999,999');
    expect(sent).toContain('120,000');
  });
});
