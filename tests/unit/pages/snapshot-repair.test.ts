import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../../lib/model/snapshot';
import { isRawSnapshot, validateSnapshot } from '../../../lib/pages/extract';

/**
 * The content script sends what it read unvalidated; the background repairs it
 * with validateSnapshot. One odd value must cost only that value, as it did
 * when the page's thread validated.
 */
describe('a snapshot read on the page and checked in the background', () => {
  it('keeps an offer whose years are odd, with years unknown and the supplier kept', () => {
    const raw = {
      ...emptySnapshot('alibaba:search', 'https://www.alibaba.com/trade/search?SearchText=bags'),
      offers: [
        { productId: '1600123456789', supplierName: 'Ningbo Bags Co.', years: 'ten', taOffered: true },
      ],
    };
    const offer = validateSnapshot(raw).offers?.[0];
    expect(offer?.supplierName).toBe('Ningbo Bags Co.');
    expect(offer?.taOffered).toBe(true);
    expect(offer?.years).toBeNull();
  });

  it('drops an order that fails its schema, and conflicts that are not a list', () => {
    const raw = {
      ...emptySnapshot('alibaba:order', 'https://biz.alibaba.com/ta/detail.htm?orderId=1'),
      order: { id: 42 },
      conflicts: 'not a list',
    };
    const snapshot = validateSnapshot(raw);
    expect(snapshot.order).toBeNull();
    expect(snapshot.conflicts).toBeUndefined();
  });

  it('keeps the good tiers of a price ladder when one tier is odd, so the order value is not lost', () => {
    const usd = (minor: number) => ({ minor, currency: 'USD' });
    const raw = {
      ...emptySnapshot('alibaba:product', 'https://www.alibaba.com/product-detail/Lamp_1600123456789.html'),
      product: {
        id: '1600123456789',
        title: 'Desk lamp',
        priceTiers: [
          { minQty: 100, maxQty: 499, price: usd(520) },
          { minQty: 500, maxQty: 999, price: usd(-1) },
          { minQty: 1000, maxQty: null, price: usd(450) },
        ],
        attributes: [
          { name: '', value: 'odd' },
          { name: 'Material', value: 'ABS' },
        ],
        supplier: null,
      },
    };
    const product = validateSnapshot(raw).product;
    expect(product?.title).toBe('Desk lamp');
    expect(product?.priceTiers?.map((t) => t.minQty)).toEqual([100, 1000]);
    expect(product?.attributes).toEqual([{ name: 'Material', value: 'ABS' }]);

    // Without its first tier the ladder would start above the minimum order: it is unknown instead.
    const firstOdd = structuredClone(raw);
    firstOdd.product.priceTiers[0] = { minQty: 100, maxQty: 499, price: usd(0) };
    expect(validateSnapshot(firstOdd).product?.priceTiers).toBeNull();
    expect(validateSnapshot(firstOdd).product?.title).toBe('Desk lamp');
  });

  it('is only offered what has a kind and an address', () => {
    expect(isRawSnapshot({ kind: 'alibaba:search', url: 'https://www.alibaba.com/' })).toBe(true);
    expect(isRawSnapshot('alibaba:search')).toBe(false);
    expect(isRawSnapshot({ kind: 1, url: 'x' })).toBe(false);
  });
});
