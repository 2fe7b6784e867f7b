import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * Stop 42's held-out pages: every AliExpress item and every 2026 Alibaba product page among them says how
 * many were sold ("1248 orders", "2.000+ Vendidos", "298 sold"), and the output dropped it. It is read from
 * the data's own keys; a recommended item's count (in a list, or with its own product id) is not the item's.
 * Every fixture is written for this test with invented values; each comment names the layout it follows.
 */
const AE_URL = 'https://www.aliexpress.com/item/1005007766554433.html';
const ALIBABA_URL = 'https://www.alibaba.com/product-detail/Garden-Stool_1600777666555.html';

const aeItem = (data: Record<string, unknown>) => `<html><head><title>Item</title></head><body>
<script>window.runParams = { data: ${JSON.stringify({
  titleModule: { subject: 'Collapsible silicone water bottle' },
  storeModule: { storeName: 'Blue Ridge Outdoor Store', storeNum: 1103344556 },
  priceModule: {
    minActivityAmount: { value: 6.2, currency: 'USD' },
    maxActivityAmount: { value: 9.9, currency: 'USD' },
  },
  ...data,
})} };</script></body></html>`;

const soldOf = async (html: string, url: string) =>
  (await runAuditFiles([{ file: 'page.html', html }], [url])).pages[0]?.product?.soldCount ?? null;

describe('how many the item sold, read by the data key', () => {
  it('the 2020 module layout: titleModule.tradeCount', async () => {
    const html = aeItem({
      titleModule: {
        subject: 'Collapsible silicone water bottle',
        tradeCount: 356,
        tradeCountUnit: 'orders',
      },
    });
    expect(await soldOf(html, AE_URL)).toBe(356);
  });

  it('the 2023 component layout: "3.000+" on a Spanish shop and "3,000+" on an English one read at least 3000', async () => {
    const es = aeItem({ tradeComponent: { formatTradeCount: '3.000+', tradeCountUnit: 'Vendidos' } });
    expect(await soldOf(es, 'https://es.aliexpress.com/item/1005007766554433.html')).toBe(3000);
    const en = aeItem({ tradeComponent: { formatTradeCount: '3,000+', tradeCountUnit: 'sold' } });
    expect(await soldOf(en, AE_URL)).toBe(3000);
  });

  it("a recommended item's count is not the item's: in a list, or with its own product id", async () => {
    const listed = aeItem({
      recommendModule: { productList: [{ productId: 1005000000000001, tradeCount: 9000 }] },
    });
    expect(await soldOf(listed, AE_URL)).toBeNull();
    const carded = aeItem({ relatedCard: { productId: 1005000000000002, formatTradeCount: '700+' } });
    expect(await soldOf(carded, AE_URL)).toBeNull();
  });

  it('a 2026 Alibaba product: trade.salesVolume "1,204 sold"; no salesVolume, no count', async () => {
    const page = (trade: Record<string, unknown>) =>
      `<html><head><script>window.detailData = ${JSON.stringify({
        globalData: {
          product: { productId: 1600777666555, subject: 'Folding garden stool', moq: 50 },
          seller: { companyName: 'Yongkang Example Leisure Co., Ltd.', companyId: 250777666 },
          trade,
        },
      })};</script></head><body></body></html>`;
    expect(await soldOf(page({ salesVolume: '1,204 sold' }), ALIBABA_URL)).toBe(1204);
    expect(await soldOf(page({ tradeAvailable: true }), ALIBABA_URL)).toBeNull();
  });
});
