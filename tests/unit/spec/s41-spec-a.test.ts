import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * s41 (spec A): figures a bracket makes conditional, light levels by word, warranties left to one side's judgement,
 * parity with the genuine part; and the clear readings of zinc passivation and rust colours, absence words after
 * "logo", record ages counted back from shipment, Polish lead times counted from a dated event, Persian digits.
 */

type Flagged = [line: string, rule: string];

const flags = (cases: Flagged[]) =>
  it.each(cases)('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
const clear = (cases: [line: string, rule: string][]) =>
  it.each(cases)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });

describe('a figure whose bracket makes it conditional', () => {
  flags([
    ['Output: 500 pcs/h (depending on the mould)', 'vague-performance'],
    ['Leistung: 80-120 kg/h (je nach Rohstoff)', 'vague-performance'],
    ['产量：200公斤/小时（视原料而定）', 'vague-performance'],
    ['Material: 95% polyester (may include recycled content)', 'vague-material'],
    ['Luminous flux: 1200 lm (nominal lumens not guaranteed)', 'vague-performance'],
  ]);
  clear([
    ['Capacity: 200 kg/h (min 180 kg/h guaranteed)', 'vague-performance'],
    ['Material: 100% cotton (OEKO-TEX certified)', 'vague-material'],
    ['Photos for reference only', 'vague-performance'],
    ['Lead time: 30 days after deposit, depends on nothing else', 'vague-performance'],
  ]);
});

describe('a lamp’s light given a level word', () => {
  flags([
    ['Ceiling light, luminosity high, dimmable', 'vague-performance'],
    ['Focos LED, brillo alto, ángulo de haz amplio', 'vague-performance'],
    ['Lampu sorot LED, kecerahan tinggi', 'vague-performance'],
  ]);
  clear([
    ['Lamp: brightness very high, 3000 lm', 'vague-performance'],
    ['Spotlight, beam angle wide, 120°', 'vague-performance'],
  ]);
});

describe('a warranty whose terms are left to one side', () => {
  flags([
    ['Warranty: 12 months on parts, exclusions as determined by the supplier.', 'vague-performance'],
    ['Warranty: the seller repairs defects within a reasonable time.', 'vague-performance'],
    ['Garantie : 2 ans, exclusions à la discrétion du fabricant.', 'vague-performance'],
    ['الضمان سنتان، والاستبدال حسب تقدير المورد', 'vague-performance'],
    ['Garantia: o fornecedor cobre defeitos por um prazo razoável', 'vague-performance'],
    ['내구성: 오래 써도 괜찮음, 품질 보증합니다', 'vague-performance'],
  ]);
  clear([
    ['Warranty: 12 months from delivery date, replacement within 30 days of claim.', 'vague-performance'],
    ['품질 보증 12개월, 배송일로부터', 'vague-performance'],
    ['Price: reasonable period of validity 30 days', 'vague-performance'],
  ]);
});

describe('a part said to match the genuine one', () => {
  flags([
    ['IC: works like the original, brand new', 'vague-performance'],
    ['Cartucho compatible, rendimiento igual que el original', 'vague-performance'],
    ['芯片：全新，性能等同原装', 'vague-performance'],
    ['Sensor module, function same as OEM or similar', 'vague-performance'],
  ]);
  clear([['Chip: STM32F103C8T6, genuine ST, date code 2025+', 'vague-performance']]);
});

describe('colour words that name a zinc passivation or rust', () => {
  clear([
    ['Hex bolt M8, zinc plated yellow 8 µm, salt spray 72 h no white rust', 'vague-color'],
    ['Tornillo M6 cincado negro, 48 h sin óxido rojo', 'vague-color'],
    ['Vis M5 zinguée blanche, 72 h sans rouille blanche', 'vague-color'],
  ]);
  flags([
    ['Bracket, powder coated white', 'vague-color'],
    ['Écrou M10, couleur blanc', 'vague-color'],
  ]);
});

describe('the absence word after "logo"', () => {
  clear([
    ['Kubek ceramiczny 350 ml, 2000 szt., logo: brak', 'vague-customization'],
    ['Mok keramik 350 ml, 2000 pcs, logo tidak ada', 'vague-customization'],
    ['Paspas 300 set, logo yoktur', 'vague-customization'],
  ]);
  flags([
    ['Paspas 300 set, logo yok ya da lazer logo', 'vague-customization'],
    ['Paspas 300 set, logo var', 'vague-customization'],
  ]);
});

describe('a record’s age counted back from shipment', () => {
  clear([
    ['Calibration certificate dated within 6 months of shipment.', 'vague-ship-date'],
    ['Lab report: issued within 90 days prior to shipment, by SGS.', 'vague-ship-date'],
  ]);
  flags([
    ['Goods shipped within 30 days.', 'vague-ship-date'],
    ['Goods: 500 pcs, ship within 6 months of shipment', 'vague-ship-date'],
  ]);
});

describe('a Polish lead time counted from a dated event', () => {
  clear([
    ['Termin wysyłki: 30 dni od dnia podpisania umowy.', 'vague-ship-date'],
    ['Wysyłka do 60 dni od daty zamówienia', 'vague-ship-date'],
  ]);
  flags([
    ['Termin wysyłki: 30 dni od daty.', 'vague-ship-date'],
    ['Termin wysyłki: w ciągu 30 dni.', 'vague-ship-date'],
  ]);
});

describe('sizes written in Persian or Arabic digits', () => {
  clear([
    ['طول ۶ متر، قطر ۳۲ میلی‌متر', 'vague-size'],
    ['الطول: ٤ متر، العرض: ٢ متر', 'vague-size'],
  ]);
  flags([['لوله PVC، طول بلند', 'vague-size']]);
});
