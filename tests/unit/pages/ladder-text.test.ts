import { describe, expect, it } from 'vitest';
import { ladderFromText } from '../../../lib/pages/alibaba/product-dom';

const ghs = (minor: number) => ({ minor, currency: 'GHS' });

describe('ladderFromText reads a price ladder from the text alone, whatever its markup', () => {
  it('reads consecutive (quantity range, price) pairs in a local currency', () => {
    const sequence = [
      'Shoes',
      '300 - 1000 pairs',
      'GH₵80.51',
      '1001 - 2000 pairs',
      'GH₵68.99',
      '>',
      '= 5001 pairs',
      'GH₵45.96',
      'Add to cart',
    ];
    expect(ladderFromText(sequence)).toEqual([
      { minQty: 300, maxQty: 1000, price: ghs(8051) },
      { minQty: 1001, maxQty: 2000, price: ghs(6899) },
      { minQty: 5001, maxQty: null, price: ghs(4596) },
    ]);
  });

  it('needs two pairs in a row, so one quantity next to a price is no ladder', () => {
    expect(ladderFromText(['Min. order', '2 pieces', 'US $3.20', 'Shipping'])).toEqual([]);
    expect(ladderFromText(['100 pieces', 'US $3.20', 'Reviews', '200 pieces', 'US $3.00'])).toEqual([]);
  });
});
