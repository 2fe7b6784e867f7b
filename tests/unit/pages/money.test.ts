import { describe, expect, it } from 'vitest';
import { parseCount, parseMoney, parseMoneyRange, parsePercent, parseYears } from '../../../lib/money/parse';

const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('parseMoney reads prices as marketplaces and suppliers write them', () => {
  it.each([
    ['US $1,234.56', usd(123456)],
    ['US$ 30,000', usd(3_000_000)],
    ['$12k', usd(1_200_000)],
    ['US $100K', usd(10_000_000)],
    ['USD 1,200', usd(120_000)],
    ['3,20\u00a0$\u00a0US', usd(320)], // fr_FR search capture, no-break spaces
    ['1 234,56 $ US', usd(123_456)],
    ['US$ 10 mil', usd(1_000_000)], // es/pt "mil" = thousand
    ['1.234,56 €', { minor: 123456, currency: 'EUR' }],
    ['€1 234,56', { minor: 123456, currency: 'EUR' }],
    ['12,5 €', { minor: 1250, currency: 'EUR' }],
    ['1.500 EUR', { minor: 150000, currency: 'EUR' }], // de: one dot + three digits = thousands
    ['R$132,74', { minor: 13274, currency: 'BRL' }], // AliExpress pt-BR order capture
    ['R$ 1.299,90', { minor: 129990, currency: 'BRL' }],
    ['CN¥8,000', { minor: 800000, currency: 'CNY' }],
    ['¥8000', { minor: 800000, currency: 'CNY' }], // supplier chat: renminbi
    ['£2,499.99', { minor: 249999, currency: 'GBP' }],
    ["1'234.50 CHF", { minor: 123450, currency: 'CHF' }],
    ['¥1,500', { minor: 1500, currency: 'JPY' }, 'JPY'],
    ['1.250 KWD', { minor: 1250, currency: 'KWD' }], // three-decimal currency
    ['GH₵80.51', { minor: 8051, currency: 'GHS' }], // alibaba.com shows a Ghana-located buyer cedis
    ['₦12,500', { minor: 1250000, currency: 'NGN' }],
    ['KSh 1,200', { minor: 120000, currency: 'KES' }],
  ] as const)('%s', (text, expected, fallback?: string) => {
    expect(parseMoney(text, fallback)).toEqual(expected);
  });

  it('uses the default currency only when the text names none', () => {
    expect(parseMoney('42,000', 'USD')).toEqual(usd(4_200_000)); // shopSign baoAccountAmount
    expect(parseMoney('42,000')).toBeNull();
    expect(parseMoney('1.234,56 €', 'USD')).toEqual({ minor: 123456, currency: 'EUR' });
  });

  it('takes the amount next to the currency sign, not the first number', () => {
    expect(parseMoney('Min. order: 50 pieces, US $3.26 each')).toEqual(usd(326));
    expect(parseMoney('Pay 30% deposit: US$ 1,500 by T/T')).toEqual(usd(150000));
  });

  it('reads Chinese ten-thousands and currency names ("US$ 10万" is 100,000, not 10)', () => {
    expect(parseMoney('US$ 10万')).toEqual(usd(10_000_000));
    expect(parseMoney('保障额度：10万美元')).toEqual(usd(10_000_000));
    expect(parseMoney('US $12.5 万')).toEqual(usd(12_500_000));
    expect(parseMoney('1.2亿', 'CNY')).toEqual({ minor: 12_000_000_000, currency: 'CNY' });
    expect(parseMoney('3000欧元')).toEqual({ minor: 300_000, currency: 'EUR' });
    expect(parseMoney('5000元')).toEqual({ minor: 500_000, currency: 'CNY' });
  });

  it('a negative amount (a discount or refund line) is not a price, total or limit', () => {
    for (const text of ['-US$50.00', '- US $50.00', 'Coupon: -$5.00', '−€12,50', '(-US$50.00)']) {
      expect(parseMoney(text)).toBeNull();
    }
    expect(parseMoney('US$ 5-10')).toEqual(usd(500)); // a range's dash is not a sign
    expect(parseMoney('Total: US$50.00')).toEqual(usd(5000));
  });

  it('returns null for text without an amount', () => {
    for (const text of ['', 'Negotiable', 'US $', 'Contact supplier', 'x'.repeat(600)]) {
      expect(parseMoney(text, 'USD')).toBeNull();
    }
  });
});

describe('parseMoneyRange', () => {
  it.each([
    ['US $2.98 - 3.26', 298, 326],
    ['$13.29-18.19', 1329, 1819], // 2026 minisite product cards
    ['$1.58 - $2.38', 158, 238], // en search capture
    ['3,20\u00a0$\u00a0US - 4,00\u00a0$\u00a0US', 320, 400], // fr search capture
    ['US $100K − $200K', 10_000_000, 20_000_000], // "Online revenue", U+2212
    ['US$16.40 - 18.50', 1640, 1850],
  ])('%s', (text, min, max) => {
    expect(parseMoneyRange(text)).toEqual({ min: usd(min), max: usd(max) });
  });

  it('reads range words in fr/es/de/pt and single prices', () => {
    expect(parseMoneyRange('de 10 € à 20 €')).toEqual({
      min: { minor: 1000, currency: 'EUR' },
      max: { minor: 2000, currency: 'EUR' },
    });
    expect(parseMoneyRange('10 bis 20 EUR')?.max).toEqual({ minor: 2000, currency: 'EUR' });
    expect(parseMoneyRange('R$ 10,00 até R$ 15,00')?.max).toEqual({ minor: 1500, currency: 'BRL' });
    expect(parseMoneyRange('US $5.00')).toEqual({ min: usd(500), max: usd(500) });
  });

  it('refuses a reversed range rather than guessing', () => {
    expect(parseMoneyRange('$18.19 - 13.29')).toBeNull();
  });
});

describe('parsePercent, parseYears, parseCount', () => {
  it('percentages', () => {
    expect(parsePercent('94.6%')).toBe(94.6);
    expect(parsePercent('100.0%')).toBe(100);
    expect(parsePercent('97,5 %')).toBe(97.5);
    expect(parsePercent('Response rate')).toBeNull();
    expect(parsePercent('250%')).toBeNull();
  });

  it('years on the platform in five languages', () => {
    for (const text of ['7 yrs', '7 ans', '7 años', '7 Jahre', '7 anos', '7', '7 years'])
      expect(parseYears(text)).toBe(7);
    expect(parseYears('1  an')).toBe(1); // fr capture has a double space
    expect(parseYears('25.6d')).toBeNull(); // "Average dispatch time"
    expect(parseYears('7 days')).toBeNull();
  });

  it('counts with grouping marks of any locale', () => {
    expect(parseCount('Min. order: 50 pieces')).toBe(50);
    expect(parseCount('Commande min. : 10 pièces')).toBe(10);
    expect(parseCount('1,000')).toBe(1000);
    expect(parseCount('1.000 Stück')).toBe(1000);
    expect(parseCount('1 000 pièces')).toBe(1000);
    expect(parseCount('≥5000')).toBe(5000);
    expect(parseCount('MOQ:30 pieces')).toBe(30);
    expect(parseCount('Negotiable')).toBeNull();
  });
});
