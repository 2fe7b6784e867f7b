import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop 41 narrowed after a red team: the new rules read the clause that makes a line precise (a measured condition,
 * a settings list, a remedy chosen within a fixed warranty, a numbered record) and the clause that re-opens an
 * exemption (a "but" that offers a print, a season after OEM, a quantity in capitals).
 */

describe('a condition bracket that measures its condition is not a disclaimer', () => {
  it.each([
    'Motor 380 V 50 Hz (depends on country: 460 V 60 Hz variant on request)',
    'Capacity 20 L (varies with temperature above 40 °C)',
    'Ausbeute 300 Seiten (je nach Deckung nach ISO/IEC 19798)',
    'Pot life 45 min (depends on humidity below 60 % RH)',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each([
    'Output 150-250 kg/h (depends on the raw material)',
    'Pureza 97% (puede variar según el lote)',
    'Capacity 20000 mAh (depends on 2 factors)',
  ])('a bracket that only names the condition still leaves the figure open: %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
});

describe('a list of settings is not a level claim', () => {
  it.each([
    'Light modes: brightness high, brightness low, SOS',
    'Settings: brightness high / brightness medium / off',
    'Lamp: brightness high, brightness low; 900 lm / 200 lm',
    'Modos: brillo alto, brillo bajo, intermitente',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each(['Torch: brightness high, beam angle wide', 'Lampe: Helligkeit hoch, Abstrahlwinkel breit'])(
    'a level with no settings and no lumens is still read: %s',
    (line) => {
      expect(rules(line)).toContain('vague-performance');
    },
  );
});

describe('warranty terms: the remedy chosen, a floor on the period, the German discretion', () => {
  it.each([
    'Warranty 18 months from delivery; faulty parts repaired or replaced at the supplier’s option',
    'Garantie 24 Monate ab Lieferung; Reparatur oder Austausch nach Ermessen des Herstellers',
    'Warranty 2 years. Service parts stocked for a reasonable period after the model ends (at least 5 years)',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each([
    'Garantie im alleinigen Ermessen des Lieferanten',
    'Gewährleistung nach eigenem Ermessen des Verkäufers',
    'Warranty covered at the manufacturer’s sole discretion',
    'Warranty: parts kept for a reasonable period',
    'Warranty: defects repaired or replaced at the seller’s option',
  ])('terms left to one side are still read: %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
});

describe('quality assurance under a named standard is precise', () => {
  it.each(['ISO 9001:2015に準拠した品質保証', 'ISO 9001 기반 품질 보증'])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each(['品質保証します', '품질 보증'])('quality guaranteed alone is still read: %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
});

describe('"the original" that is a record of the buyer is precise', () => {
  it.each([
    'Shade same as the original swatch signed off last week (ref. C-77)',
    'Reorder: identical to the original, nothing changed (drawing K-204 rev A)',
    'Nachbestellung: wie das Original, Zeichnung Nr. 5521',
    'Colour igual que el original muestra aprobada',
  ])('%s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });

  it.each([
    'Ink cartridge works like the original, yield similar',
    'Spare part same as genuine or equivalent',
    'Filter same as the original, 500 pcs',
  ])('a likeness to a genuine part is still read: %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
});

describe('exemptions that a later clause re-opens', () => {
  it.each([
    'Logo yok ama isterseniz logo basabiliriz',
    'Sin logo pero podemos imprimir el suyo, detalles después',
    'Sans logo mais impression possible sur demande',
  ])('a "but" that offers a print: %s', (line) => {
    expect(rules(line)).toContain('vague-customization');
  });

  it.each(['Logo yok, düz kutu', 'No logo, plain carton'])('no logo alone stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });

  it.each(['OEM 2023-24 collection, your label', 'OEM 2025-2026 new design'])(
    'a season after OEM is no part code: %s',
    (line) => {
      expect(rules(line)).toContain('vague-customization');
    },
  );

  it.each(['OEM 90915-10003 oil filter', 'OEM 16510-61A21 filter'])('a part code still is: %s', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });

  it.each([
    'ORDER QTY AS 1000-2000 CARTONS DEPENDING ON STOCK',
    'QUANTITY IS 500-900 PCS, DEPENDING ON STOCK',
  ])('a quantity in capitals is no standard: %s', (line) => {
    expect(rules(line)).toContain('vague-quantity');
  });

  it.each(['Coating per AS 4680-2006', 'Toys tested to EN 71-3'])('a standard stays one: %s', (line) => {
    expect(rules(line)).not.toContain('vague-quantity');
  });
});
