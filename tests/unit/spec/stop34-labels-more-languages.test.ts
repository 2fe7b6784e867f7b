import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * A performance label with a plain level word after it ("Lifespan: long") promises nothing an inspector can measure;
 * the labels and level words are now read in Italian, Polish, Dutch, Turkish and Russian too. A figure after the
 * same label, or the level word on a line with no such label, is not this claim.
 */

describe('a performance label with a plain level word, in five more languages', () => {
  it.each([
    'Vita utile: molto lunga',
    'Luminosità: elevata',
    'Trwałość: bardzo dobra',
    'Głośność: niska',
    'Levensduur: lang',
    'Vermogen: hoog',
    'Raf ömrü: uzun',
    'Parlaklık: yüksek',
    'Срок эксплуатации: длительный',
    'Яркость: высокая',
    'Daya tahan: sangat awet',
    'Độ bền: tốt',
    // A service life in years with no condition of use, as 'Service life: 5 years' is in English (stop 56).
    'Срок службы: 5 лет',
  ])('flags %s', (line) => expect(rules(line)).toContain('vague-performance'));

  it.each([
    'Vita utile: 25.000 ore a 25 °C',
    'Potenza: 1200 W ±5%',
    'Moc: 2000 W',
    'Vermogen: 60 W',
    'Güç: 750 W',
    'Uzun kollu tişört, beden M, %100 pamuk 180 g/m²',
    'Kolor: niebieski Pantone 2935 C',
    'Ketahanan: IP67, uji rendam 1 m selama 30 menit',
  ])('leaves %s to the other rules', (line) => expect(rules(line)).not.toContain('vague-performance'));
});
