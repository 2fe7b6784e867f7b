import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Mechanisms probe R25 pointed to, on lines of our own: a colour picked by a numbered entry of a named colour card,
 * a leather named by animal or grain in Polish, Russian or Turkish, Cyrillic units, a packing habit word defined by
 * board and count in the buyer's language, a lead time counted from deposit and sample approval together, a table's
 * header row, and a rounded figure marked indicative beside the binding one.
 */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('probe R25: precise lines stay clear', () => {
  it.each([
    '颜色：按已确认色卡 No.B-204',
    '颜色：深灰，按色卡第35号',
    'Kolor: granat wg wzornika dostawcy nr 7',
    'Цвет: серый по цветовой карте № 21',
    'Farbe: Sand nach Farbkarte Nr. 4',
    'Teinte : taupe selon nuancier n° 18',
  ])('a numbered colour-card entry fixes the colour: %s', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it.each([
    'Materiał: skóra cielęca licowa, grubość 1,2–1,4 mm',
    'Материал: кожа КРС нубук, толщина 1,8 мм',
    'Malzeme: dana derisi, 1,6 mm',
  ])('a leather named by animal or grain with its thickness: %s', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });

  it('a Russian size in centimetres is measured', () => {
    expect(rules('Размер: 50×70 см, допуск ±0,5 см')).not.toContain('vague-size');
  });

  it.each([
    'Emballage : export, carton double cannelure 60 × 40 × 30 cm, 8 pièces par carton',
    'Verpackung: Exportstandard, Karton Doppelwelle 50×30×30 cm, 10 Stück pro Karton',
  ])('an export-standard habit defined by board, size and count: %s', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });

  it.each(['交期：定金到账及样品确认后30天内发货', '交货期：确认产前样和收到40%订金后20个工作日内'])(
    'a lead time counted from deposit and sample approval together: %s',
    (line) => {
      expect(rules(line)).not.toContain('vague-ship-date');
    },
  );

  it('the header row of a pasted table is not a colour', () => {
    expect(rules('Colour\tQuantity\tCode | Navy\t300\tPantone 289 C')).toEqual([]);
  });

  it('a rounded volume marked indicative beside the binding carton count', () => {
    expect(rules('Volume: approx. 8 m³ (for reference only); binding: 300 cartons 50 × 40 × 30 cm')).toEqual(
      [],
    );
  });
});

describe('probe R25: the vague forms are still flagged', () => {
  it('an unnumbered colour card names no colour', () => {
    expect(rules('颜色：按色卡')).toContain('vague-color');
  });
  it('leather named by family alone', () => {
    expect(rules('Materiał: skóra bydlęca')).toContain('vague-material');
  });
  it('"export standard" with nothing defined', () => {
    expect(rules('Emballage : standard export')).toContain('vague-packaging');
  });
  it('a bare lead time with no start', () => {
    expect(rules('交货期：30个工作日内')).toContain('vague-ship-date');
  });
  it('a colour after a tab when the value is a real colour', () => {
    expect(rules('Colour\tdark red')).toContain('vague-color');
  });
  it('a rounded figure alone, with no binding one', () => {
    expect(rules('Volume: about 8 m³ (for reference only)')).toContain('vague-size');
  });
  it('a year written with "г." is not a weight', () => {
    expect(rules('Вес: лёгкий, до 2025 г.')).not.toContain('vague-weight');
  });
});

describe('probe R25: Korean estimates and quality labels in Turkish, Polish and Russian', () => {
  it.each([
    ['수량: 약 2,000개', 'vague-quantity'],
    ['수량: 500세트 정도', 'vague-quantity'],
    ['무게: 2kg 내외', 'vague-weight'],
    ['중량: 약 300g', 'vague-weight'],
    ['Kalite: birinci sınıf olmalı', 'vague-material'],
    ['Jakość: pierwsza klasa', 'vague-material'],
    ['Качество: первый сорт', 'vague-material'],
  ])('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each(['수량: 2,000개', '무게: 1.5kg', 'Качество: по ГОСТ 5364-2016', 'Kalite: ISO 9001 belgeli üretim'])(
    'a stated figure or standard stays clear: %s',
    (line) => {
      expect(checkSpecLine(line)).toEqual([]);
    },
  );
});

describe('probe R25: a Russian logo left to a chat', () => {
  it.each(['Логотип сделать как договорились в WhatsApp', 'Нанести логотип, как обсуждали по телефону'])(
    '%s → vague-customization',
    (line) => {
      expect(rules(line)).toContain('vague-customization');
    },
  );
  it.each([
    'Логотип: не нужен',
    'Без логотипа',
    'Логотип: тампопечать, 1 цвет Pantone 300 C, 25×10 мм, макет logo.pdf',
  ])('no logo, or a logo fully specified, stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });
});
