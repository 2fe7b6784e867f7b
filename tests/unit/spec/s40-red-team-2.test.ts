import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * The readings of stop 40 narrowed after a second attack: a colour code clears a named colour only when nothing leaves
 * it open; a sieve number sizes a commodity, not a phone or a vague size; lead-time tiers drop only the tiers the
 * order does not fall in; table headings are a short list; "prevails" binds only for a measurement; a level word is
 * measured by a figure later in the clause; a Thai "colour as the design" is pinned by a Pantone or a sample number.
 */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a colour code that does not fix the colour', () => {
  it.each([
    'Colour: olive, card code OL-4 or nearest shade',
    'Màu: đỏ đô, mã R-22 hoặc tương tự',
    'Farbe: Sandbeige, Lieferantencode SB-3 oder ähnlich',
    'Color: gris perla, código GP-9 aproximado',
    'Colour: mixed, article code AR-55',
    'Colour: as the buyer likes, PO code PO-778',
    'Colour: per the photo, code Z9',
    'Colour: burgundy, batch code BT-14',
  ])('%s → vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });

  it.each([
    'Colour: Forest Green, supplier card code FG-12',
    'Kleur: Zandbeige (leverancierscode ZB-5)',
    'Colour: slate blue, one chip kept by each party',
  ])('%s → no vague-color', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
});

describe('a sieve number as the size of a commodity only', () => {
  it.each([
    'Mosquito net size: normal, mesh 20',
    'Size: usual, sieve 2 layers',
    'Size: fits most tablets, screen 10',
    'Size: roughly big, screen 14 up',
  ])('%s → vague-size', (line) => {
    expect(rules(line)).toContain('vague-size');
  });

  it.each(['Cocoa beans: screen 15 and above, moisture 7%', 'Arena de sílice: tamiz 40, humedad 0,5 %'])(
    '%s → no vague-size',
    (line) => {
      expect(rules(line)).not.toContain('vague-size');
    },
  );
});

describe('lead-time tiers: only the tiers not chosen are dropped', () => {
  it.each([
    'Lead time 1-50 sets: 25 days approx., 51-200 sets: 35 days; we order 30 sets',
    'Lead time 1-10 units: 20-60 days, 11-50 units: 70 days; order 5 units',
    'Lieferzeit 1-10 Stück: 20 Tage, Bestellmenge etwa 8 Stück, 11-50 Stück: 35 Tage',
    'Minimum order 100 pcs; lead time 1-500 pcs: 20 days, >500 pcs: to be confirmed. We order 900 pcs.',
  ])('%s → still flagged', (line) => {
    expect(rules(line).some((r) => r === 'vague-ship-date' || r === 'vague-quantity')).toBe(true);
  });

  it.each([
    'Lead time: 1-50 pcs 12 days, 51-300 pcs 20 days; order quantity 120 pcs',
    'Lieferzeit 1-20 Stück: 10 Tage, 21-80 Stück: 18 Tage. Bestellmenge 40 Stück',
  ])('%s → no vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('a section heading is one of the known headings', () => {
  it('a known heading before its fields is no packing value', () => {
    expect(rules('Packaging & Delivery | Carton size: 40x30x20 cm | Gross weight: 5 kg')).not.toContain(
      'vague-packaging',
    );
  });
  it.each(['Packing and plain | Weight: 3 kg', 'Packaging and custom | Size: 20x10 cm'])(
    '%s → vague-packaging',
    (line) => {
      expect(rules(line)).toContain('vague-packaging');
    },
  );
});

describe('"prevails" binds only for a measurement', () => {
  it('the seller deciding leaves the figure open', () => {
    expect(rules("Gross weight approx. 8 kg (indicative); the seller's opinion prevails")).toContain(
      'vague-weight',
    );
  });
  it('actual weighing prevailing makes the rounded figure indicative', () => {
    expect(rules('Gross weight approx. 8 kg (indicative); actual weighing prevails')).not.toContain(
      'vague-weight',
    );
  });
});

describe('a level word measured later in the clause', () => {
  it.each([
    'Mixer speed high, medium, low (3 steps: 900/600/300 rpm)',
    'Tank capacity big, 25 L, 40 x 30 x 30 cm',
    'Copier speed fast, 45 pages/min',
  ])('%s → no vague-performance', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
  it.each(['Blender speed fast, 2 years warranty', 'Sealing machine, output high, 220 V'])(
    '%s → vague-performance',
    (line) => {
      expect(rules(line)).toContain('vague-performance');
    },
  );
});

describe('a Thai colour as the design pinned by a code or a numbered sample', () => {
  it.each(['สีตามแบบ (Pantone 294 C) ผ้าฝ้าย 100%', 'สีตามตัวอย่างที่เซ็นอนุมัติ หมายเลข T-33'])(
    '%s → no vague-color',
    (line) => {
      expect(rules(line)).not.toContain('vague-color');
    },
  );
  it.each(['เสื้อโปโล สีตามแบบ', 'สีเหมือนตัวอย่าง ผ้าคอตตอน'])('%s → vague-color', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
});
