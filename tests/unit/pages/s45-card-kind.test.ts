import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { describeWithShared, realPath } from '../../support/fixtures';

/**
 * Stop 45: the kind of business a supplier is, where the page names it without a label — the platform's
 * verified identity (`identityName` in the data, the "Custom Manufacturer" badge) kept beside the type the
 * supplier states, and the company card's badge line ("Trading Company · 6 yrs on Alibaba.com", a kind with
 * the country code after it). Own pages follow the 2026 detailData layout and the 2025 company card markup
 * (the YrayPixels and ReviewLens captures); every name and figure is invented.
 */
const PRODUCT_URL = 'https://www.alibaba.com/product-detail/Oak-cheese-board_1601199887766.html';

const supplierOf = async (html: string, url = PRODUCT_URL) =>
  (await runAuditFiles([{ file: 'page.html', html }], [url])).pages[0]?.supplier ?? null;

const dataPage = (seller: Record<string, unknown>, identity?: Record<string, unknown>) => `<html><body>
<script>window.detailData = ${JSON.stringify({
  globalData: {
    product: { productId: 1601199887766, subject: 'Oak cheese board' },
    seller: { companyName: 'Brookfield Timber Goods Co., Ltd.', companyId: 250044556, ...seller },
    ...(identity ? { identityInfo: identity } : {}),
  },
})};</script></body></html>`;

/** The company card of a product page: the supplier's link, then its line of badges. */
const cardPage = (...badges: string[]) => `<html><body>
<h1>Oak cheese board with slate insert</h1>
<div class="company-card">
  <a href="https://brookfieldtimber.en.alibaba.com/?from=detail_company_card">Brookfield Timber Goods Co., Ltd.</a>
  <div>${badges.map((b) => `<span>${b}</span>`).join('<div class="dot"></div>')}</div>
</div></body></html>`;

describe("the platform's verified identity", () => {
  it('is kept beside the business type the supplier states', async () => {
    const s = await supplierOf(
      dataPage(
        { companyBusinessType: 'Manufacturer,Trading Company' },
        { identityKey: 'strengthFactory', identityName: 'Custom Manufacturer' },
      ),
    );
    expect(s?.businessType).toBe('Manufacturer, Trading Company');
    expect(s?.verifiedType).toBe('Custom Manufacturer');
  });

  it('is the business type when the page states no other', async () => {
    const s = await supplierOf(dataPage({}, { identityName: 'Custom Manufacturer' }));
    expect(s?.businessType).toBe('Custom Manufacturer');
    expect(s?.verifiedType).toBe('Custom Manufacturer');
  });

  it('an identity that names no kind of business is none', async () => {
    const s = await supplierOf(dataPage({}, { identityName: 'Verified Supplier' }));
    expect(s?.verifiedType).toBeNull();
    expect(s?.businessType).toBeNull();
  });
});

describe("the company card's badge line", () => {
  it('an unlabelled kind beside the years on the platform', async () => {
    const s = await supplierOf(cardPage('Trading Company', '9 yrs on Alibaba.com'));
    expect(s?.businessType).toBe('Trading Company');
    expect(s?.verifiedType).toBeNull();
  });

  it('two kinds, one of them written with a slash, after the years', async () => {
    const s = await supplierOf(cardPage('4 yrs', 'Manufacturer,Distributor/Wholesaler'));
    expect(s?.businessType).toBe('Manufacturer, Distributor/Wholesaler');
  });

  it('the verified badge beside the years, and the same in Spanish words', async () => {
    expect((await supplierOf(cardPage('Custom Manufacturer', '11 yrs on Alibaba.com')))?.verifiedType).toBe(
      'Custom Manufacturer',
    );
    const es = await supplierOf(cardPage('Fabricante personalizado', '11 años'));
    expect(es?.verifiedType).toBe('Fabricante personalizado');
    expect(es?.businessType).toBe('Fabricante personalizado');
  });

  it('a kind with the country code after it', async () => {
    const s = await supplierOf(cardPage('Custom Manufacturer CN'));
    expect(s?.verifiedType).toBe('Custom Manufacturer');
  });

  it('is not a kind: a product title that contains one, a kind far from the years, a sentence', async () => {
    expect(
      (await supplierOf(cardPage('Oak Boards Manufacturer Custom Logo Wholesale Kitchen Set', '9 yrs')))
        ?.businessType,
    ).toBeNull();
    expect(
      (await supplierOf(cardPage('Manufacturer', 'Sample available', 'Ships in 7 days')))?.businessType,
    ).toBeNull();
    expect(
      (await supplierOf(cardPage('We are a manufacturer since 2008', '9 yrs on Alibaba.com')))?.businessType,
    ).toBeNull();
    expect((await supplierOf(cardPage('Gold Supplier CN')))?.verifiedType).toBeNull();
  });
});

const audit = async (file: string, url: string) =>
  (await runAuditFiles([{ file, html: readFileSync(realPath(file), 'utf8') }], [url])).pages[0];

describeWithShared('stop 45 facts on the real captures', () => {
  it("the card's unlabelled 'Trading Company' beside the years", async () => {
    const page = await audit(
      'product_detail__YrayPixels_alibaba-scraper__productexample.html',
      'https://www.alibaba.com/product-detail/Shoes_1600691082191.html',
    );
    expect(page?.supplier?.businessType).toBe('Trading Company');
  });

  it('the verified identity beside the stated type, which stays', async () => {
    const page = await audit(
      'product_detail__komol-chandra_ReviewLens__dz09-smartwatch_1601387573652.html',
      'https://www.alibaba.com/product-detail/DZ09-smartwatch_1601387573652.html',
    );
    expect(page?.supplier?.businessType).toBe('Manufacturer, Trading Company');
    expect(page?.supplier?.verifiedType).toBe('Custom Manufacturer');
  });
});
