import { describe, expect, it } from 'vitest';
import { formatAudit } from '../../../lib/cli/audit';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 44: the list price, discount and return promise of an AliExpress item and the supplier's business
 * type and reorder rate are in the JSON contract (added fields, null when the page does not say) and in the
 * text output. Every value is invented for this test; the item follows the 2020–2022 runParams layout.
 */
const ITEM_URL = 'https://www.aliexpress.com/item/1005005544332211.html';

const item = (price: Record<string, unknown>, extra: Record<string, unknown> = {}) => `<html><body>
<script>window.runParams = { data: ${JSON.stringify({
  titleModule: { subject: 'Wool felt slippers' },
  priceModule: price,
  storeModule: { storeName: 'Felt Path Store', storeNum: 1106677889, companyId: 250033445 },
  pageModule: { productId: 1005005544332211 },
  ...extra,
})} };</script></body></html>`;

const eur = (value: number) => ({ value, currency: 'EUR' });
const run = (html: string, url = ITEM_URL) => runAuditFiles([{ file: 'saved.html', html }], [url]);

describe('the new facts in the JSON and the text output', () => {
  it('a discounted item with a local return: JSON fields and the Price / Returns lines', async () => {
    const result = await run(
      item(
        {
          minActivityAmount: eur(16),
          maxActivityAmount: eur(16),
          minAmount: eur(20),
          maxAmount: eur(20),
          discount: 20,
        },
        {
          buyerProtectionModule: {
            returnPolicyGuarantees: { name: 'Local return', brief: 'Within 15 days' },
          },
        },
      ),
    );
    const product = result.pages[0]?.product;
    expect(product?.listPriceMin).toEqual({ amount: 20, currency: 'EUR' });
    expect(product?.discount).toEqual({ percent: 20, stated: true });
    expect(product?.returnPromise).toBe('Local return: Within 15 days');
    const text = formatAudit(result);
    expect(text).toContain('Price: EUR 16, list price EUR 20 (20% off)');
    expect(text).toContain('Returns: Local return: Within 15 days');
  });

  it('an item with no sale and no return promise: the fields are there, null, and no such lines', async () => {
    const result = await run(item({ minAmount: eur(16), maxAmount: eur(18) }));
    const product = result.pages[0]?.product;
    expect(product).toHaveProperty('listPriceMin', null);
    expect(product).toHaveProperty('listPriceMax', null);
    expect(product).toHaveProperty('discount', null);
    expect(product).toHaveProperty('returnPromise', null);
    const text = formatAudit(result);
    expect(text).not.toContain('list price');
    expect(text).not.toContain('Returns:');
  });

  it('a worked-out discount says so in the text', async () => {
    const result = await run(
      item({ minActivityAmount: eur(9), maxActivityAmount: eur(18), minAmount: eur(12), maxAmount: eur(24) }),
    );
    expect(formatAudit(result)).toContain('list price EUR 12–24 (25% off, worked out)');
  });

  it("a supplier's record line: business type, reorder rate, on-time delivery, response time", async () => {
    const html = `<html><body><script>window.detailData = ${JSON.stringify({
      globalData: {
        product: { productId: 1601199887766, subject: 'Bamboo steamer basket' },
        seller: {
          companyName: 'Lakeside Bamboo Co., Ltd.',
          companyId: 250077665,
          companyBusinessType: 'Manufacturer',
          supplierOnTimeDeliveryRate: '96.5%',
          responseTimeText: '≤4h',
        },
      },
      nodeMap: { module_mini_company_card: { privateData: { reorderRateValue: '31%' } } },
    })};</script></body></html>`;
    const result = await run(
      html,
      'https://www.alibaba.com/product-detail/Bamboo-steamer_1601199887766.html',
    );
    expect(result.pages[0]?.supplier).toMatchObject({ businessType: 'Manufacturer', reorderRate: 31 });
    expect(formatAudit(result)).toContain(
      'Supplier record: Manufacturer, reorder rate 31%, on-time delivery 96.5%, response time ≤4h',
    );
  });
});
