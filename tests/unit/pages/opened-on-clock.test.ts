import { describe, expect, it } from 'vitest';
import { FactSet } from '../../../lib/pages/facts/fact-set';
import { readSupplierData, type SupplierField } from '../../../lib/pages/facts/supplier-data';

/**
 * A store's opening stamp is read on the clock of the marketplace that prints it: AliExpress prints its dates on
 * the US Pacific clock, so its stamps are read there; an Alibaba supplier page's stamps stay read in UTC, as they
 * always were. A stamp just after midnight China time (the evening before in UTC, and earlier still in California)
 * tells the two apart.
 */
const openedOn = (pageUrl: string, stamp: number) => {
  const facts = new FactSet<SupplierField>();
  const roots = [
    { value: { seller: { storeName: 'Harbour Tools', storeNum: 4455, openTime: stamp } }, where: 'data' },
  ];
  readSupplierData(roots, pageUrl, facts);
  return facts.get<string>('openedOn');
};

// 2023-04-10 00:30 in China = 2023-04-09 16:30 UTC = 2023-04-09 09:30 in California.
const NEAR_MIDNIGHT_CHINA = Date.UTC(2023, 3, 9, 16, 30);
// 2022-03-06 04:00 UTC: still 5 March in California.
const EARLY_UTC = Date.UTC(2022, 2, 6, 4, 0);

describe("a store's opening stamp, on its marketplace's clock", () => {
  it('reads an AliExpress stamp on the Pacific clock', () => {
    expect(openedOn('https://www.aliexpress.com/item/1005000000123.html', EARLY_UTC)).toBe('2022-03-05');
    expect(openedOn('https://ja.aliexpress.com/item/1005000000123.html', EARLY_UTC)).toBe('2022-03-05');
  });

  it('leaves an Alibaba supplier stamp in UTC', () => {
    expect(openedOn('https://harbourtools.en.alibaba.com/company_profile.html', EARLY_UTC)).toBe(
      '2022-03-06',
    );
    expect(openedOn('https://www.alibaba.com/product-detail/x_1600000000000.html', NEAR_MIDNIGHT_CHINA)).toBe(
      '2023-04-09',
    );
  });
});
