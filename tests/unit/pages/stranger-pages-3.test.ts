import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, readPage } from '../../support/fixtures';

/**
 * Layouts that the readers half-read on a third round of public captures nobody had tuned on
 * (kamalbilal/AliExpress-Scraper-Nodejs item pages, jshemas/openGraphScraperPages' AliExpress
 * item, cylixlee/alibaba_crawlerplus' 2024 company profile and supplier search, hasnocool/AlibabaScraper's
 * plain-row product pages), each as our own
 * fixture modelled on the layout: what the buyer's card would say.
 */
const snap = (path: string) => {
  const page = readPage(join(OWN, path));
  return extractPage(page.document, page.url);
};
const usd = (major: number) => ({ minor: Math.round(major * 100), currency: 'USD' });

describe('AliExpress item data that names the seller country in words', () => {
  it('reads storeModule.countryCompleteName "Spain" as ES, not the buyer ship-to country', () => {
    const s = snap('aliexpress-item/store-country-by-name.html');
    expect(s.kind).toBe('aliexpress:item');
    expect(s.supplier).toMatchObject({ name: 'Casa Mimbre Store', country: 'ES', yearsOnPlatform: 4 });
  });
});

describe('2024 company profile whose shop sign offers Trade Assurance without a limit', () => {
  const s = snap('alibaba-supplier/clearline-profile-2024-no-limit.html');

  it('says the supplier takes Trade Assurance orders, and still that no limit is shown', () => {
    expect(s.supplier?.taOffered).toBe(true);
    // The flag is not an amount: coverage stays unconfirmed.
    expect(s.supplier?.taLimit).toBeNull();
  });
});

describe('2024 supplier-tab search: the Verified badge sent as isAssessedSupplier', () => {
  it('reads the badge per card, true and false, with the other card facts', () => {
    const s = snap('alibaba-search/filter-mesh-supplier-tab-assessed.html');
    expect(s.kind).toBe('alibaba:search');
    expect(s.offers?.map((o) => [o.supplierName, o.verified, o.years, o.rating])).toEqual([
      ['Hengshui Clearline Filter Mesh Co., Ltd.', true, 5, 4.8],
      // "0.0" from 0 reviews is no rating.
      ['Qingdao Harborlite Netting Co., Ltd.', false, 1, null],
    ]);
  });
});

describe('product page kept as plain rows: quantity and price in one element', () => {
  const s = snap('alibaba-product/inverter-ladder-rows-jsonld-seller.html');

  it('reads each row of the ladder, the last one too, with the MOQ and unit of its first row', () => {
    expect(s.product?.priceTiers).toEqual([
      { minQty: 5, maxQty: 99, price: usd(148) },
      { minQty: 100, maxQty: 499, price: usd(139.5) },
      { minQty: 500, maxQty: null, price: usd(131) },
    ]);
    expect(s.product).toMatchObject({ moq: 5, unit: 'units' });
  });

  it('names the supplier from the JSON-LD seller when nothing else on the page does', () => {
    expect(s.supplier?.name).toBe('Foshan Brightvolt Power Equipment Co., Ltd.');
  });
});
