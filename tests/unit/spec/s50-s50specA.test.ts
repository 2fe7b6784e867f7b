import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 50 (structural readings): a measured value then "or customized"; a tolerance held to a drawing said not to
 * exist yet; a slight error allowed for hand measuring; likeness to an unnamed sample under a hand-feel label, and a
 * numbered sample reopened by "or similar"; an estimated range wider than a fifth; a layer thickness by the supplier's
 * own standard in Scandinavian words; packing lines whose counts, board and weight ceiling fix the carton; the ink of
 * the shipping marks; a colour card numbered in brackets; a per-colour count list under a "per colour" label; stock as
 * a fact; a thread size after a colour; power ratings that name no models.
 */

describe('a measured value followed by "or customized"', () => {
  it.each([
    ['Inner diameter (mm): >=300, or customised', 'vague-size'],
    ['Panel thickness 12 to 12.5 mm, or custom made', 'vague-size'],
    ['Size: 80x120 cm or customized', 'vague-size'],
    ['Taille : 30x45 cm ou sur mesure', 'vague-size'],
    ['Net weight: 250 g, or customized', 'vague-weight'],
  ])('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it('quotes the figure with the offer', () => {
    expect(quoteOf('Size: 80x120 cm or customized', 'vague-size')).toBe('80x120 cm or customized');
  });
  it.each([
    'Size: 80x120 cm, printed or customized logo',
    'Size: 80x120 cm',
    'Dimensions: 80x120 cm (customized per drawing DWG-31)',
    // "Or on request" after one figure or a narrow band stays as stop 36 read it (the size is given).
    'Breite: 1,5 m oder auf Wunsch',
  ])('%s stays clear of size', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });
});

describe('a drawing referred to and then said not to exist yet', () => {
  it.each([
    ['Diameter (mm): 42 / tolerance per drawing (drawing TBC)', 'vague-size'],
    ['Length: 300 mm, tolerance according to drawing, drawing to follow', 'vague-size'],
    ['Machining: per drawing, drawing will be sent', 'vague-customization'],
    ['Bearbeitung: laut Zeichnung (Zeichnung folgt)', 'vague-customization'],
    ['公差：按图纸（图纸后补）', 'vague-customization'],
  ])('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it.each([
    'Length: 300 mm, tolerance per drawing DWG-77 rev C',
    'Machining: as per drawing DWG-77, packing to follow',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-size');
    expect(rules(line)).not.toContain('vague-customization');
  });
});

describe('a slight error allowed for hand measuring', () => {
  it.each([
    'Size: 60*40*12cm, small difference possible because of manual measurement',
    'Maße: 60x40 cm, leichte Abweichung durch manuelle Messung',
    'Tamaño: 60x40 cm, ligeras diferencias por medición manual',
    '尺寸：60x40cm，手工测量，略有轻微误差',
  ])('%s → vague-size', (line) => {
    expect(rules(line)).toContain('vague-size');
  });
  it.each([
    'Size: 60x40 cm ±0.3 cm, measured by hand at three points',
    'Size: 60x40 cm, no difference allowed due to manual measurement',
    'Size: 60x40 cm, measured by hand; small parts packed separately',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });
});

describe('likeness to a sample nobody names', () => {
  it.each([
    'Hand feel: smooth and cool, similar like the sample',
    'Texture: close to the sample',
    'Handfeel: similar as sample',
  ])('%s is flagged', (line) => {
    expect(rules(line).length).toBeGreaterThan(0);
  });
  it.each([
    ['Colour: per sample C-4 or similar', 'vague-color'],
    ['Colour: to match approved sample ref CS-30 or equivalent', 'vague-color'],
  ])('%s → %s ("or similar" reopens the numbered sample)', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it.each(['Colour: per sample C-4', 'Handfeel: peach finish per approved sample ref S-30'])(
    '%s stays clear',
    (line) => {
      expect(rules(line)).toEqual([]);
    },
  );
});

describe('an estimated range too wide to be a spec', () => {
  it.each([
    'Power: approx. 1200-1600 W, 230 V',
    'Leistung: ca. 900-1200 W',
    'Putere: aprox. 1200-1600 W',
    'Length: about 50-65 cm',
  ])('%s is flagged', (line) => {
    expect(rules(line).length).toBeGreaterThan(0);
  });
  it.each(['Power: 1200-1400 W, 230 V', 'Power: approx. 1900-2100 W'])('%s stays clear', (line) => {
    expect(rules(line)).toEqual([]);
  });
});

describe("a layer thickness by the supplier's own standard", () => {
  it.each([
    'Ytbehandling: varmförzinkad, skikttjocklek enligt tillverkarens standard',
    'Overfladebehandling: forzinket, lagtykkelse efter leverandørens standard',
    'Ytbehandling: pulverlackerad enligt fabriksstandard',
  ])('%s → vague-material', (line) => {
    expect(rules(line)).toContain('vague-material');
  });
  it('a figure stays clear', () => {
    expect(rules('Ytbehandling: förzinkad, skikttjocklek 12 µm')).toEqual([]);
  });
});

describe('packing fixed by its counts, board and weight ceiling', () => {
  it.each([
    'Ambalaj: her parça ayrı PE poşette 25x35 cm, koli başına 36 adet',
    'Συσκευασία: χαρτοκιβώτιο 3 στρώσεων, 12 τεμ./κιβώτιο, μέγ. μικτό βάρος 15 kg',
    'Packing: standard export carton, 7-ply, 48 pcs/ctn in 6 inner boxes of 8',
    'Standardverpackung: 20 Stk./PE-Beutel, 80 Stk./3-lagiger Karton, max. 12 kg brutto',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });
  it.each([
    'Packing: standard export carton, 5-ply',
    'Packing: standard export carton, 24 pcs/ctn',
    'Ambalaj: sağlam koli',
    'Standardverpackung',
  ])('%s is still flagged', (line) => {
    expect(rules(line)).toContain('vague-packaging');
  });
});

describe('colour words that are no colour of the goods, or a colour fixed', () => {
  it.each([
    'Carton marks: ACME / PO 2290 / C/No. 1-60, stencilled in black ink on two sides',
    'Shipping marks: printed in blue ink',
    '颜色：按双方确认的色卡（编号PK-12）生产，色差ΔE≤1.0',
    'Quantité par couleur : ivoire 300 / taupe 200 / ardoise 100 (total 600 pcs)',
  ])('%s stays clear of colour', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
  it('a per-colour count list is no open total', () => {
    expect(rules('Quantité par couleur : ivoire 300 / taupe 200 / ardoise 100 (total 600 pcs)')).toEqual([]);
  });
  it.each(['Colour: black ink', 'Pen: blue ink, 0.7 mm', '颜色：按色卡生产'])(
    '%s is still flagged',
    (line) => {
      expect(rules(line)).toContain('vague-color');
    },
  );
});

describe('a thread size after a colour', () => {
  it('the colour is quoted alone', () => {
    expect(quoteOf('色: ブルー、ネジ: M6', 'vague-color')).toBe('ブルー');
    expect(rules('色: ブルー、ネジ: M6')).not.toContain('vague-size');
    expect(rules('颜色：蓝色，螺纹：M10')).not.toContain('vague-size');
  });
  it('a thread left to a word is still flagged', () => {
    expect(rules('螺纹：标准')).toContain('vague-size');
  });
});

describe('stock as a fact', () => {
  it.each([
    'Fabric: in stock',
    'Lining fabric in stock, ready to ship',
    'Packing: 4 pcs in stock per carton',
  ])('%s stays clear', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each(['Fabric: as per stock', 'Fabric: if in stock', 'Fabric: whatever in stock'])(
    '%s is still flagged',
    (line) => {
      expect(rules(line)).toContain('vague-material');
    },
  );
});

describe('power ratings are no list of models', () => {
  it.each(['Fits most notebooks: PD 45W and PD 90W', 'Charger: fits most phones: QC 18W / PD 20W'])(
    '%s → vague-size',
    (line) => {
      expect(rules(line)).toContain('vague-size');
    },
  );
  it('a named model list still answers "most"', () => {
    expect(rules('Adapter: fits most notebooks: Dell XPS 15, HP X360')).toEqual([]);
  });
});
