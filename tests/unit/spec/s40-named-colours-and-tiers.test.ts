import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Readings of independently written product tables: a colour named by its supplier code or a sample both sides keep,
 * colour words inside a material's or a commodity's name, sieve-screen sizes, a table's section heading, a figure
 * declared not to be an acceptance criterion, lead-time tiers with the ordered quantity; and the vague lines that
 * were missed: a lead time set by stock, Thai runs without a colon, a level word after a performance noun, and a
 * piece-to-piece variance with no bound.
 */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a colour named by its own code or a twin sample', () => {
  it.each([
    'Bottle 500 ml, colour Olive Green (factory code OG-7), weight 420 g ±10 g',
    'Ghế gỗ sồi, sơn màu Cherry mã C-12 theo mẫu đã duyệt',
    'Curtain fabric 240 gsm, colour Ivory code IV-03 per swatch posted 12 June',
    'Kubek 300 ml, kolor Granat (kod dostawcy GR-14)',
    '颜色：樱桃木色（Pantone 7526 C 色卡，双方留样各一）',
    'Cushion cover, colour Sand, one swatch kept by each party',
  ])('%s → no vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each([
    'Bottle 500 ml, colour Olive Green, product code OG-7',
    'Curtain fabric 240 gsm, colour Ivory',
    'Kubek 300 ml, kolor granatowy',
  ])('%s → vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
});

describe('colour words that name a material or a commodity', () => {
  it.each([
    'Shipping carton, B-flute, 250 g/m² white coated liner, 400×300×200 mm',
    'Gift box, white-top kraft liner 200 g/m², 220×160×60 mm',
    'Dropper bottle 50 ml amber glass, 18/410 neck, with black PE neck ring, weight 60 g ±3 g',
    'Café verde robusta, criba 15, humedad máx. 12,5 %',
    'Green coffee beans, screen 17/18, moisture 11%',
  ])('%s → no vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each(['Mug 350 ml, white coated', 'White PP bottle, 500 ml', 'Café, color verde'])(
    '%s → vague-color',
    (line) => {
      expect(rules(line)).toContain('vague-color');
    },
  );
});

describe('a size given by a sieve screen', () => {
  it.each([
    'Bean size: screen 15 and above',
    'ukuran biji: saringan 16 ke atas, kadar air 12%',
    'tamaño del grano: criba 17 arriba',
    'Powder particle size: 80目',
  ])('%s → no vague-size', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });

  it.each(['Bean size: big, moisture 12%', 'ukuran biji: besar'])('%s → vague-size', (line) => {
    expect(rules(line)).toContain('vague-size');
  });
});

describe('a section heading of a pasted table', () => {
  it.each([
    'Packaging & Delivery | Package size: 40x30x20 cm | Gross weight: 2 kg',
    'Verpackung und Lieferung | Paketgröße: 30x20x10 cm',
  ])('%s → no vague-packaging', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });

  it('a packing value that only joins a topic is still read', () => {
    expect(rules('Packaging: and delivery by sea')).toContain('vague-packaging');
  });
});

describe('an approximate figure declared not to be an acceptance criterion', () => {
  it.each([
    '纸箱尺寸 50×40×30 cm，每箱12只，净重约8 kg（以实际称重为准，不作验收依据）',
    'Carton 60x40x35 cm, 24 pcs, gross weight approx. 12 kg (actual weighing governs, not an acceptance criterion)',
  ])('%s → no vague-weight', (line) => {
    expect(rules(line)).not.toContain('vague-weight');
  });

  it.each(['外箱：每箱24只，毛重约12 kg', '毛重约12 kg（以实际称重为准）'])('%s → vague-weight', (line) => {
    expect(rules(line)).toContain('vague-weight');
  });
});

describe('lead-time tiers with the ordered quantity', () => {
  it.each([
    'Lead time: 1-100 pcs 15 days, 101-500 pcs 25 days; order quantity 300 pcs',
    'Lieferzeit 1-10 Stück: 20 Tage, 11-50 Stück: 35 Tage. Bestellmenge 8 Stück',
  ])('%s → no vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });

  it.each([
    'lead time 1-5 sets: 30 days, 6-20 sets: 45 days',
    'lead time 1-5 sets: 30 days, >5 sets: negotiable, we order 8 sets',
  ])('%s → vague-ship-date', (line) => {
    expect(rules(line)).toContain('vague-ship-date');
  });
});

describe('vague lines that were missed', () => {
  it.each([
    ['Lieferzeit je nach Verfügbarkeit', 'vague-ship-date'],
    ['plazo de entrega según existencias', 'vague-ship-date'],
    ['กระเป๋า วัสดุดีมาก', 'vague-material'],
    ['กางเกง สีเหมือนรูป ไซส์ M-XL', 'vague-color'],
    ['Capping machine, output high', 'vague-performance'],
    ['Abfüllmaschine, Genauigkeit hoch', 'vague-performance'],
    ['mesin pengemas, kecepatan tinggi', 'vague-performance'],
    ['Hand-thrown bowls, dimensions may vary slightly', 'vague-size'],
    ['Handgefertigte Tassen, jede kann in der Größe leicht abweichen', 'vague-size'],
  ])('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each([
    'Lieferzeit 14 Tage ab Auftragsbestätigung',
    'filling machine, speed 40 bottles/min, accuracy ±0.5%',
    'Shipping speed fast',
    'Handmade mugs, 350 ml, size may vary ±3 mm',
    'เสื้อยืด ผ้าคอตตอน 100% 180 แกรม',
  ])('%s → no vague-performance, vague-size, vague-material', (line) => {
    const found = rules(line);
    for (const rule of ['vague-performance', 'vague-size', 'vague-material'])
      expect(found).not.toContain(rule);
  });
});
