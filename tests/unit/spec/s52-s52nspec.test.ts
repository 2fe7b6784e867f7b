import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 52 (s52nspec): the stop's new readings narrowed. A habit-named warranty with its period in native digits or
 * numerals, a pointer under a document label, a named finish checked at production and a pack print without a pick
 * stay clear; an ink or press offered as a choice, a board weight span, a likeness, a runtime hedged after its figure
 * and supplier text approved only in something else are flagged. Our own wording.
 */
const rules = (text: string) => checkSpecLine(text).map((f) => f.rule);
const quotes = (text: string) => checkSpecLine(text).map((f) => f.quote);
const vague = (text: string) => rules(text).filter((r) => r.startsWith('vague-'));

describe('clear look-alikes', () => {
  it.each([
    // Warranty named by habit, with its own period in other digits and numerals.
    'Гарантія: заводська гарантія, 2 роки',
    'वारंटी: 2 साल कंपनी वारंटी',
    'گارانتی: گارانتی کارخانه ۲۴ ماه',
    '质保：工厂质保两年',
    '保修：厂家保修十二个月',
    'ضمان: ضمان المصنع ١٢ شهر',
    // A pointer under a label that is itself a document, procedure or lab.
    'Certs: see COA',
    'Labs: as per lab report',
    'Test reports: see SGS report',
    // The finish named, checked at production against a sample or by QC.
    'Finish: satin lacquer, confirmed before bulk production against approval sample',
    '表面处理：亮光，量产前确认产前样',
    'Surface: powder coat RAL 9005, confirmed in production by QC',
    // Pack print set up fully; a barcode grade floor is no choice of press or board.
    'Gift box print: CMYK offset on 350gsm C1S board, barcode grade C or better',
    // Inks listed as many as counted.
    'Logo: 2-col pad print 40x15 mm, Pantone 072 C / Pantone 123 C',
  ])('leaves %s clear', (text) => {
    expect(vague(text)).toEqual([]);
  });
});

describe('still open', () => {
  it.each(['Гарантія: стандартна гарантія фабрики', 'वारंटी: मानक वारंटी', '质保：厂家质保'])(
    'flags the habit warranty with no period: %s',
    (text) => {
      expect(vague(text)).toContain('vague-performance');
    },
  );

  it.each([
    'Logo print: 1 colour silkscreen 15 x 8 cm, Pantone 485 C or white',
    'Print: 2 colours pad print, Pantone 300 C, Pantone 021 C, black, 25x10 mm',
  ])('flags inks offered as a choice: %s', (text) => {
    expect(vague(text)).toContain('vague-customization');
  });

  it.each([
    'Gift box printing: CMYK offset or digital print on 300g art board',
    'Color box print: 4C offset on 250~300gsm ivory board',
    'Colour box printing: 4C offset, 350g C1S board, colours close to the previous run',
    '彩盒印刷：四色胶印，350克白卡，颜色跟上次类似',
  ])('flags a pack print left open: %s', (text) => {
    expect(vague(text)).toContain('vague-customization');
  });

  it('flags a pointer under a property label', () => {
    expect(quotes('Moisture: see test report')).toContain('see test report');
  });

  it('flags a finish pick put off, even with a sample after it', () => {
    expect(quotes('Finish: satin or high gloss, confirmed at bulk production by PP sample')).toContain(
      'confirmed at bulk production',
    );
    expect(quotes('Surface: matt or gloss, we decide in production')).toContain('we decide in production');
    expect(quotes('Oberfläche: matt oder seidenmatt, bestimmen wir in der Produktion')).toContain(
      'bestimmen wir in der Produktion',
    );
  });

  it.each([
    ['Playing time: 10 hours approx.', '10 hours approx.'],
    ['Autonomie : 6 heures environ', '6 heures environ'],
    ['续航：12小时左右', '12小时左右'],
    ['連続再生時間：5時間程度', '5時間程度'],
  ])('flags a runtime hedged after its figure: %s', (text, quote) => {
    expect(quotes(text)).toContain(quote);
  });

  it('leaves a hedged figure of curing alone', () => {
    expect(vague('Curing time: 6 hours approx.')).toEqual([]);
  });

  it('flags supplier text when the buyer approves only something else', () => {
    expect(quotes('Insert: wording written by the factory; client to confirm box size')).toContain(
      'wording written by the factory',
    );
    expect(
      vague('Insert: wording written by the factory, client to approve the wording before print'),
    ).toEqual([]);
  });
});
