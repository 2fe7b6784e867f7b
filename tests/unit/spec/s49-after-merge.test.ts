import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/**
 * Stop 49, after merging the helpers' branches: a "Pantone:" field is a colour label only as the whole label, not
 * the code after a "Colour:" label; a stock condition hands a value over only when there is a figure to change; lengths
 * in Persian, Hindi and Bengali units are measures once their digits are read. Our own wording.
 */
const vague = (t: string) => checkSpecLine(t).filter((f) => f.rule.startsWith('vague-'));

describe('a Pantone code after a colour label', () => {
  it.each([
    'Colour: dark grey, Pantone Cool Gray 11 C',
    'Housing colour: navy, Pantone 19-4024 TCX',
    'Ink: black, Pantone Black 7 C, 8 pt minimum',
  ])('leaves clear %s', (text) => {
    expect(vague(text)).toEqual([]);
  });
  it('still reads a Pantone field left to likeness', () => {
    expect(vague('PMS: near to the buyer’s swatch, small deviation is ok').map((f) => f.rule)).toContain(
      'vague-color',
    );
  });
});

describe('a stock condition with and without a figure', () => {
  it('says an open wood once, as the material rule', () => {
    expect(vague('Holz: Hartholz, je nach Verfügbarkeit').map((f) => f.rule)).toEqual(['vague-material']);
  });
  it('flags a wattage the stock may change', () => {
    expect(vague('Wattage: 40-60 W depending on the driver in stock').map((f) => f.rule)).toContain(
      'vague-performance',
    );
  });
});

describe('lengths in Persian, Hindi and Bengali units', () => {
  it.each(['কার্টন: ৬০×৪৫×৩৫ সেমি, ৫ প্লাই', 'کارتن: ۶۰×۴۵×۳۵ سانتی‌متر', 'डिब्बा: ६०×४५×३५ सेमी'])(
    'leaves clear %s',
    (text) => {
      expect(vague(text)).toEqual([]);
    },
  );
  it('still asks for the unit of bare dimensions', () => {
    expect(vague('কার্টন: ৬০×৪৫×৩৫').map((f) => f.rule)).toContain('vague-size');
  });
});
