import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 44: an Alibaba supplier's business type and reorder rate, where the page holds them — by the data's
 * keys (`companyBusinessType`, `reorderRateValue`, shopBizData `reorderRate{label, value}`) and by their
 * labels in visible text. Every value is invented for this test; comments name the layout followed.
 */
const supplierOf = async (html: string, url: string) =>
  (await runAuditFiles([{ file: 'page.html', html }], [url])).pages[0]?.supplier ?? null;

const PRODUCT_URL = 'https://www.alibaba.com/product-detail/Bamboo-cutting-board_1601122334455.html';
const PROFILE_URL = 'https://oakridgecrafts.en.alibaba.com/company_profile.html';

/** 2026 product page: window.detailData with globalData.seller and the mini company card's privateData. */
const productPage = (seller: Record<string, unknown>, card: Record<string, unknown> = {}) => `<html><body>
<script>window.detailData = ${JSON.stringify({
  globalData: {
    product: { productId: 1601122334455, subject: 'Bamboo cutting board' },
    seller: { companyName: 'Oakridge Crafts Co., Ltd.', companyId: 250066778, ...seller },
  },
  nodeMap: {
    module_mini_company_card: { privateData: { companyName: 'Oakridge Crafts Co., Ltd.', ...card } },
  },
})};</script></body></html>`;

describe('business type and reorder rate from the page data', () => {
  it("a product page: companyBusinessType and the card's reorderRateValue", async () => {
    const s = await supplierOf(
      productPage({ companyBusinessType: 'Manufacturer,Trading Company' }, { reorderRateValue: '22%' }),
      PRODUCT_URL,
    );
    expect(s?.businessType).toBe('Manufacturer, Trading Company');
    expect(s?.reorderRate).toBe(22);
  });

  it('a minisite record {authenticated, value} and a shopBizData {label, value} reorder rate', async () => {
    const html = `<html><body><script>window.shopBizData = ${JSON.stringify({
      pageModuleMap: [
        {
          moduleName: 'supplierPerformance',
          moduleData: {
            companyName: 'Oakridge Crafts Co., Ltd.',
            companyBusinessType: { authenticated: true, value: 'Trading Company' },
            reorderRate: { label: 'Reorder rate', value: '37.5%' },
          },
        },
      ],
    })};</script></body></html>`;
    const s = await supplierOf(html, PROFILE_URL);
    expect(s?.businessType).toBe('Trading Company');
    expect(s?.reorderRate).toBe(37.5);
  });

  it('a business-type key that names no kind of business (an order scheme) is not one', async () => {
    const s = await supplierOf(productPage({ companyBusinessType: 'trade_assurance' }), PRODUCT_URL);
    expect(s?.businessType).toBeNull();
  });

  it('a page that does not state them leaves both unknown', async () => {
    const s = await supplierOf(productPage({}), PRODUCT_URL);
    expect(s?.businessType).toBeNull();
    expect(s?.reorderRate).toBeNull();
  });
});

describe('business type and reorder rate by their labels', () => {
  it('a 2018 profile table row "Business Type:" and a "Reorder rate" metric', async () => {
    const html = `<html><head><title>Oakridge Crafts Co., Ltd. - Company profile</title></head><body>
<h1>Oakridge Crafts Co., Ltd.</h1>
<table class="content-table">
<tr><th class="col-title">Business Type:</th><td class="col-value">Manufacturer, Agent</td></tr>
<tr><th class="col-title">Year Established:</th><td class="col-value">2011</td></tr></table>
<div class="metric"><div>41%</div><div>Reorder rate</div></div></body></html>`;
    const s = await supplierOf(html, PROFILE_URL);
    expect(s?.businessType).toBe('Manufacturer, Agent');
    expect(s?.reorderRate).toBe(41);
  });

  it('the same rows in Spanish words', async () => {
    const html = `<html><body><h1>Oakridge Crafts Co., Ltd.</h1><dl>
<dt>Tipo de negocio</dt><dd>Fabricante, Empresa comercial</dd>
<dt>Tasa de recompra</dt><dd>18%</dd></dl></body></html>`;
    const s = await supplierOf(html, PROFILE_URL);
    expect(s?.businessType).toBe('Fabricante, Empresa comercial');
    expect(s?.reorderRate).toBe(18);
  });

  it('a "Business Type" row whose value names no business is not read', async () => {
    const html = `<html><body><h1>Oakridge Crafts Co., Ltd.</h1><table>
<tr><th>Business Type:</th><td>Please contact us</td></tr></table></body></html>`;
    const s = await supplierOf(html, PROFILE_URL);
    expect(s?.businessType ?? null).toBeNull();
  });
});
