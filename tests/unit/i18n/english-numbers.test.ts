import { describe, expect, it } from 'vitest';
import {
  ENGLISH_PREFIXED_CURRENCIES,
  englishMoney,
  englishNumber,
  englishPlural,
} from '../../../lib/i18n/english-numbers';
import { formatMoneyIn, formatNumberIn } from '../../../lib/i18n/format';
import { formatMoneyWith } from '../../../lib/model/money-math';

// What Intl's en-GB writes: the written-by-hand English must never differ from it.
const intlMoney = (minor: number, currency: string) =>
  formatMoneyWith((options) => new Intl.NumberFormat('en-GB', options), { minor, currency });
const AMOUNTS = [
  0,
  1,
  5,
  99,
  100,
  101,
  999,
  1000,
  1050,
  99_999,
  4_860_000,
  123_456_789,
  -1,
  -500,
  -123_456,
  2 ** 40,
];

describe('English numbers written without Intl (the card’s first paint loads no ICU data)', () => {
  it.each(ENGLISH_PREFIXED_CURRENCIES)('%s amounts read exactly as Intl en-GB writes them', (currency) => {
    for (const minor of AMOUNTS) expect(englishMoney({ minor, currency })).toBe(intlMoney(minor, currency));
  });

  it('whole numbers read as Intl en-GB writes them; fractions, -0 and huge numbers are left to Intl', () => {
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
    for (const n of [0, 1, 7, 12, 999, 1000, 12_345, 1_000_000, -42, -1_234_567])
      expect(englishNumber(n)).toBe(intl.format(n));
    for (const n of [1.005, 0.5, -0, 1e20, Number.NaN, Number.POSITIVE_INFINITY])
      expect(englishNumber(n)).toBeNull();
    expect(formatNumberIn('en', 1.005)).toBe(intl.format(1.005));
  });

  it('a currency it does not know, or an amount that is not whole minor units, goes to Intl', () => {
    expect(englishMoney({ minor: 100, currency: 'CHF' })).toBeNull();
    expect(englishMoney({ minor: 1.5, currency: 'USD' })).toBeNull();
    expect(formatMoneyIn('en', { minor: 123_456, currency: 'CHF' })).toBe(intlMoney(123_456, 'CHF'));
    expect(formatMoneyIn('en', { minor: 4_860_050, currency: 'USD' })).toBe('US$48,600.50');
  });

  it('plural categories match Intl’s English rules', () => {
    const rules = new Intl.PluralRules('en-GB');
    for (const n of [0, 1, -1, 2, 1.5, 11, 21, 100]) expect(englishPlural(n)).toBe(rules.select(n));
  });
});
