import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { describeWithShared, realPath } from '../../support/fixtures';

/**
 * Stop 44's new facts on the shared real captures (read by hand first: the list price in the page's
 * priceComponent.origPrice, the "Devolución gratis" service line, the seller's companyBusinessType and the
 * mini company card's reorder rate). Skipped when the shared material is absent.
 */
const audit = async (file: string, url: string) =>
  (await runAuditFiles([{ file, html: readFileSync(realPath(file), 'utf8') }], [url])).pages[0];

const AIRVZXF = 'aliexpress_item__airvzxf_web-browser-extension-alienhanced__item-';

describeWithShared('stop 44 facts on the real captures', () => {
  it('an item on sale: its list price beside the price paid, the discount worked out', async () => {
    const page = await audit(
      `${AIRVZXF}1005004787627817.js`,
      'https://es.aliexpress.com/item/1005004787627817.html',
    );
    expect(page?.product?.priceMin).toEqual({ amount: 61.19, currency: 'MXN' });
    expect(page?.product?.listPriceMin).toEqual({ amount: 62.41, currency: 'MXN' });
    expect(page?.product?.listPriceMax).toEqual({ amount: 70.58, currency: 'MXN' });
    expect(page?.product?.discount).toEqual({ percent: 2, stated: false });
    expect(page?.product?.returnPromise).toBeNull();
  });

  it('an item with no sale: no list price; its free-return line is read', async () => {
    const page = await audit(
      `${AIRVZXF}1005002724686123.js`,
      'https://es.aliexpress.com/item/1005002724686123.html',
    );
    expect(page?.product?.listPriceMin).toBeNull();
    expect(page?.product?.discount).toBeNull();
    expect(page?.product?.returnPromise).toMatch(/^Devolución gratis: Tienes 15 días/);
  });

  it('an Alibaba product page: business type and reorder rate', async () => {
    const page = await audit(
      'product_detail__komol-chandra_ReviewLens__dz09-smartwatch_1601387573652.html',
      'https://www.alibaba.com/product-detail/DZ09-smartwatch_1601387573652.html',
    );
    expect(page?.supplier?.businessType).toBe('Manufacturer, Trading Company');
    expect(page?.supplier?.reorderRate).toBe(13);
  });
});
