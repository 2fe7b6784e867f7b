import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 52 (s52specA): pack prints set up by press and board, rating-plate markings, per-colour counts in the label,
 * "whichever later" without its verb stay clear; estimated runtimes, Persian mAh estimates, finishes put off to
 * production or praised as luxurious, habit-only tests, AQL and warranties, supplier-written manual text and Hindi
 * packing praise are flagged. Our own wording.
 */
const rules = (text: string) => checkSpecLine(text).map((f) => f.rule);
const quotes = (text: string) => checkSpecLine(text).map((f) => f.quote);

describe('clear look-alikes', () => {
  it.each([
    'Gift box print: CMYK offset on 350gsm C1S art board, UPC-A barcode grade A per ISO/IEC 15416',
    '彩盒印刷：四色胶印，350克白卡',
    'Rating label: 110-120V~ 60Hz 900W, UL mark, FCC logo, IP44',
    'Marquage plaque signalétique : 230V~ 50Hz 2000W, logo CE + poubelle barrée DEEE, IPX4',
    'Bottle sleeve, colours 300 pcs each: white/clear/black',
    'Battery life: min. 8 h at 50% volume',
    'Curing time: about 8 hours',
    'Finish: matte, 10 GU',
    'Warranty: standard warranty 2 years from B/L date',
    'Hi-pot test: 1500 V AC for 3 s on every unit',
    'AQL: normal level II, 2.5 major / 4.0 minor',
    'Manual: content drafted by us, for buyer approval before print',
  ])('leaves %s clear', (text) => {
    expect(rules(text).filter((r) => r.startsWith('vague-'))).toEqual([]);
  });
});

describe('still open', () => {
  it('flags a pack print that leaves the artwork to the buyer only by a logo cue', () => {
    expect(rules('Colour box printing: CMYK offset on 300g board, your logo')).toContain(
      'vague-customization',
    );
  });
  it('flags a rating plate that adds the buyer brand', () => {
    expect(quotes('Rating plate: 220V 50Hz 800W, our logo')).toContain('our logo');
  });
  it('flags a per-colour count over an assortment', () => {
    expect(rules('Colours 400pcs each: assorted')).toContain('vague-color');
  });
  it.each([
    ['Durée de fonctionnement : environ 6 heures', 'environ 6 heures'],
    ['Run time: around 5 hours', 'around 5 hours'],
    ['連続使用時間：約10時間', '約10時間'],
    ['ظرفیت باتری: حدود ۴۰۰۰ میلی‌آمپر ساعت', 'حدود ۴۰۰۰ میلی‌آمپر ساعت'],
  ])('flags the estimated runtime or capacity in %s', (text, quote) => {
    expect(quotes(text)).toContain(quote);
  });
  it.each([
    ['Surface: satin or gloss, decide during bulk production', 'decide during bulk production'],
    ['Finition : brillant ou mat, à décider en production', 'à décider en production'],
    ['表面：亮光或哑光，大货时再定', '大货时再定'],
  ])('flags the finish put off in %s', (text, quote) => {
    expect(quotes(text)).toContain(quote);
  });
  it.each(['表面仕上げ：高級感がある光沢', '마감: 고급스러운 무광'])('flags luxury praise in %s', (text) => {
    expect(rules(text)).toContain('vague-material');
  });
  it.each(['Insulation resistance test: carried out as normal', 'Dielectric strength test: as usual'])(
    'flags a test done by habit in %s',
    (text) => {
      expect(rules(text).some((r) => r.startsWith('vague-'))).toBe(true);
    },
  );
  it('flags an AQL answered by habit words', () => {
    expect(rules('AQL: standard general level')).toContain('vague-material');
  });
  it.each([
    'Гарантия: стандартная гарантия завода',
    'Warranty: manufacturer standard warranty',
    'Garantie : garantie constructeur',
  ])('flags the warranty named only by habit in %s', (text) => {
    expect(rules(text)).toContain('vague-performance');
  });
  it('flags instruction text written by the supplier', () => {
    expect(rules('Instruction leaflet: German, we will prepare the content')).toContain(
      'vague-customization',
    );
  });
  it('flags Hindi packing praise', () => {
    expect(rules('पैकिंग: मजबूत पैकिंग, टूटे नहीं चाहिए')).toContain('vague-packaging');
  });
});
