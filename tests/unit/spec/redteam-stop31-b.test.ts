import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Stop 31's second red team: an order number excused praise, and any "if"-like opening excused a demand. Sentences
 * of our own, written after the constructions the review named.
 */
function quotes(line: string, rule = 'vague-material'): string[] {
  return checkSpecLine(line)
    .filter((f) => f.rule === rule)
    .map((f) => f.quote);
}

describe('an order number says which order, not what grade', () => {
  for (const [line, quote] of [
    ['Quality: top quality, order no. 77310', 'top quality'],
    ['Material: excellent quality, PO 90412', 'excellent quality'],
    ['Qualité: très bonne qualité, commande n° 6120', 'bonne qualité'],
    ['Quality: high quality, same as last order (PO 45821)', 'high quality'],
  ] as const) {
    it(`praise beside a number is still praise: ${line}`, () => {
      expect(quotes(line)).toContain(quote);
    });
  }

  it('a Chinese order number beside praise does not excuse it', () => {
    expect(quotes('质量：要好，订单号：66012')).not.toEqual([]);
  });

  it('a count after "Order:" is a quantity, not an order number', () => {
    expect(quotes('Quality: nice quality, Order: 800 pcs')).not.toEqual([]);
    expect(quotes('Material: first-class quality, order: 3000')).not.toEqual([]);
  });

  it('a number tied to something else is not the earlier order', () => {
    expect(quotes('Material: as last time, pack by invoice no. 310')).not.toEqual([]);
    expect(quotes('Quality same as last time, order no. 5512 (new order)')).not.toEqual([]);
  });

  for (const line of [
    'Quality same as previous order, order no. 55120',
    'Material: same as last order (PO 61200)',
    'Quality: same as PO 61200',
    'Качество как в прошлый раз, заказ № 31770',
    '品質は前回と同じ（注文番号 41277）',
    'Qualité identique à la dernière commande (commande n° 8841)',
  ] as const) {
    it(`the earlier order named by its number answers the reference: ${line}`, () => {
      expect(quotes(line)).toEqual([]);
    });
  }

  it('a standard by its number still answers praise', () => {
    expect(quotes('Quality: first grade, ГОСТ 5364-2016')).toEqual([]);
  });
});

describe('only a later order depending on the quality excuses praise in a condition', () => {
  for (const [line, quote] of [
    ['Se possibile qualità alta', 'qualità alta'],
    ['Si es posible calidad excelente', 'calidad excelente'],
    ['Если можно, качество хорошее', 'качество хорошее'],
    ['Once confirmed top quality for the whole lot', 'top quality'],
    ['As long as high quality fabric is used', 'high quality'],
    ['If possible top quality cotton', 'top quality'],
    ['Wenn möglich beste Qualität', 'beste Qualität'],
  ] as const) {
    it(`a request worded as a condition is still a request: ${line}`, () => {
      expect(quotes(line).join(' ')).toContain(quote);
    });
  }

  for (const line of [
    'If the quality is fine we will reorder 3000 sets next month',
    'Wenn die Qualität gut ist, bestellen wir weitere 2000 Stück',
    'Si la calidad es buena, pediremos 4000 unidades más',
    'Если качество хорошее, дозакажем 1000 штук',
    '如果质量好，我们下个月再订2000件',
  ] as const) {
    it(`praise as the condition of a later order is not a spec: ${line}`, () => {
      expect(quotes(line)).toEqual([]);
    });
  }
});
