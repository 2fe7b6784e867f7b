import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { visibleText } from '../../../lib/spec/invisible-marks';

/**
 * Stop 31's red team: misses, double reports and false alarms of the spec checker, each fixed at its mechanism.
 * Sentences of our own, written after the constructions the review named.
 */
function quotes(line: string, rule: string): string[] {
  return checkSpecLine(line)
    .filter((f) => f.rule === rule)
    .map((f) => f.quote);
}

describe('quality "as before" or praised, in the languages read', () => {
  for (const [line, quote] of [
    // Russian "as before", with and without the "и".
    ['Как и раньше.', 'Как и раньше'],
    ['Качество: как прежде', 'как прежде'],
    ['Качество: как и раньше', 'как и раньше'],
    // "Качество:" is a quality label like "Quality:".
    ['Качество: отличное', 'отличное'],
    // French "according to sample", no sample named, alone on the line.
    ['Suivant échantillon.', 'Suivant échantillon'],
    // French "identical to the previous order", no order named.
    ['Qualité identique à la commande précédente', 'identique à la commande précédente'],
    // The praise written as a sentence with "to be".
    ['La qualità deve essere ottima', 'qualità deve essere ottima'],
    ['La calidad es excelente', 'calidad es excelente'],
    ['A qualidade é muito boa', 'qualidade é muito boa'],
    // Japanese 品質 is the quality label, as Chinese 品质 is.
    ['品質：高い', '高い'],
  ] as const) {
    it(`flags ${line} as vague-material, quoting «${quote}»`, () => {
      expect(quotes(line, 'vague-material')).toEqual([quote]);
    });
  }

  it('"Quality: good" stays flagged', () => {
    expect(quotes('Quality: fine', 'vague-material')).toEqual(['fine']);
  });
});

describe('a hedged month and a two-part CJK date', () => {
  it('flags a Russian "approximately" before the month', () => {
    expect(quotes('Дата отгрузки: приблизительно август', 'vague-ship-date')).toEqual([
      'приблизительно август',
    ]);
  });

  it('reports 再来月上旬 once, quoting both words', () => {
    expect(quotes('発送日：再来月上旬', 'vague-ship-date')).toEqual(['再来月上旬']);
  });
});

describe('false alarms cleared', () => {
  it('the white cloth of a rubbing test is not the colour of the goods', () => {
    const line = 'Crock fastness: grade 4-5 wet, white cotton crocking cloth as in ISO 105-X12';
    expect(quotes(line, 'vague-color')).toEqual([]);
    expect(quotes('Body colour: white', 'vague-color')).toEqual(['white']);
  });

  it('quality praised as the condition of a later order is not a spec', () => {
    expect(checkSpecLine('If the quality is good, we will place a repeat order of 2000 units')).toEqual([]);
    expect(checkSpecLine('Если качество хорошее, закажем ещё 3000 штук')).toEqual([]);
  });

  for (const line of [
    'Качество как в прошлый раз (заказ № 20417)',
    '品質は前回と同じ（発注番号 55012）',
    '质量和上次一样（订单号 77120）',
    'Calidad como la última vez (pedido n.º 40871)',
    'Quality same as last order (PO 31877)',
    'Qualité identique à la dernière commande (commande n° 30177)',
    'Качество как и раньше (ГОСТ 31410-2010)',
  ]) {
    it(`a named order or standard after the reference clears it: ${line}`, () => {
      expect(quotes(line, 'vague-material')).toEqual([]);
    });
  }

  it('an order quantity is not an order number', () => {
    expect(quotes('Quality same as last order, then order 5000 more', 'vague-material')).not.toEqual([]);
  });
});

describe('direction marks between two words', () => {
  it('part the words as a space would', () => {
    expect(visibleText('vert\u200Ejaune').text).toBe('vert jaune');
    expect(visibleText('أحمر\u061Cأزرق').text).toBe('أحمر أزرق');
    expect(quotes('Ship date: soon\u200Fthank you', 'vague-ship-date')).toEqual(['soon']);
  });

  it('are dropped at a word edge, and soft hyphens inside a word are still read through', () => {
    expect(visibleText('red\u200F, blue').text).toBe('red, blue');
    expect(quotes('Ship date: Sep\u00ADtember', 'vague-ship-date')).toEqual(['Sep\u00ADtember']);
  });
});

describe('a sample reference that is negated', () => {
  for (const line of [
    'Not as sample; follow drawing DWG-310 rev C',
    'Colour: not the same as sample, Pantone 7621 C',
    'No need to follow sample, see drawing DWG-77',
  ]) {
    it(`is not held to the sample: ${line}`, () => {
      expect(checkSpecLine(line)).toEqual([]);
    });
  }
});
