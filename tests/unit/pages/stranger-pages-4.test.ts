import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, readPage } from '../../support/fixtures';

/**
 * Layouts that misled the readers on a fourth round of public captures nobody had tuned on
 * (SudilHasitha/AlibabaScraper's 2022 scrapy cache of 18 product pages; Myusico/alibaba-scraper's 2022
 * gallery, read again), each as our own fixture modelled on the layout: what the buyer's card would say.
 */
const snap = (path: string) => {
  const page = readPage(join(OWN, path));
  return extractPage(page.document, page.url);
};

describe('2022 company card whose rows are links to the supplier site', () => {
  const s = snap('alibaba-product/jersey-card-row-links-2022.html');

  it('names the company, not a "Main markets" row that links to its profile', () => {
    expect(s.supplier?.name).toBe('Fuzhou Lakeview Sportswear Co., Ltd.');
    // The row's glued text ("Main marketsWestern Europe,…") is no second name for the buyer to doubt.
    expect(s.conflicts?.filter((c) => c.field === 'supplier.name') ?? []).toEqual([]);
  });
});

describe('2022 search gallery whose titles are the card HTML', () => {
  const s = snap('alibaba-search/ceramics-gallery-2022-escaped-titles.html');

  it('shows "&" and quotes as the card does, not "&amp;" or "&#39;"', () => {
    expect(s.offers?.map((o) => o.title)).toEqual([
      'M&J glazed ceramic vase & tray set',
      "Hand painted 'Blue Garden' ceramic wall plate",
    ]);
  });
});
