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

  it('is only offered what has a kind and an address', () => {
    expect(isRawSnapshot({ kind: 'alibaba:search', url: 'https://www.alibaba.com/' })).toBe(true);
    expect(isRawSnapshot('alibaba:search')).toBe(false);
    expect(isRawSnapshot({ kind: 1, url: 'x' })).toBe(false);
  });
});
