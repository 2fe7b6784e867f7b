import { describe, expect, it } from 'vitest';
import { limitShape } from '../../../lib/pages/facts/shapes';

describe('a Trade Assurance limit is one positive amount', () => {
  it('reads the amount with its currency, in any script', () => {
    expect(limitShape('US $36,000')).toEqual({ minor: 3_600_000, currency: 'USD' });
    expect(limitShape('10万美元')).toEqual({ minor: 10_000_000, currency: 'USD' });
    expect(limitShape(42000)).toEqual({ minor: 4_200_000, currency: 'USD' });
  });

  it('a range, a negative or a percentage is not a limit: unknown rather than a guessed end of it', () => {
    for (const text of ['US$ 5-10', 'US $5,000 - 10,000', 'US$ 5,000 to US$ 10,000', '-US$50.00', '30%']) {
      expect(limitShape(text)).toBeNull();
    }
  });
});
