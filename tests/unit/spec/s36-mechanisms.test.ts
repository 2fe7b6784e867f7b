import { describe, expect, it } from 'vitest';
import { runCheckSpec } from '../../../lib/cli/check-spec';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 36: a steel grade left to "or equivalent" or "or better"; a dotted digit run read in linear time; a claim
 * cleared only by a figure of its own measure; a delivery counted from an approval with no count; a customisation
 * offer in the other languages; a destination named by its city after the country.
 */

describe('s36: a carbon or alloy steel grade left to the supplier', () => {
  it.each([
    ['Material: S45C or better', 'or better'],
    ['Shaft: 42CrMo4 or equivalent', 'or equivalent'],
    ['Gear blank 42CrMo4 or equivalent, Q+T', 'or equivalent'],
    ['Werkstoff: 42CrMo4 oder gleichwertig', 'oder gleichwertig'],
    ['材质：40Cr或同等', '40Cr或同等'],
    ['Material: AISI 4140 or higher grade', 'or higher grade'],
    ['材质：45#钢或以上', '或以上'],
    ['Bracket: 6061-T6 aluminium or better', 'or better'],
  ])('"%s" is vague-material quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });
  it.each([
    'Material: S45C',
    '40Cr, quenched and tempered',
    'Shaft: 42CrMo4, quenched and tempered to 28-32 HRC',
    // A stainless floor stands on the corrosion ladder every trader shares (real-5 set): a 201 part fails it.
    'Material: SS304 or better',
    'Sink: AISI 316 o superior',
    // A property class and a grade letter are ranks: everything below fails.
    'Bolts: property class 8.8 or higher',
    'Plywood: grade B or better',
    // The substitute is the buyer's to approve.
    'Shaft: 42CrMo4 or equivalent approved by buyer in writing',
    // A floor on a measured figure is a minimum, not a grade left open.
    'Material: S45C, hardness 28 HRC or higher',
  ])('"%s" is not vague-material', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });
});

describe('s36: a long dotted or comma digit run is read to its end', () => {
  // Growth with length is printed by scripts/bench/spec-adversarial.ts ("comma digits after brightness", "dotted
  // count before pallets"); a test asserts no time. Here: the clause after the run is still read.
  it.each([`Brightness: ${'1.'.repeat(6000)}`, `Brightness: ${'1,'.repeat(6000)}`])(
    'the colour after the run is still told',
    (run) => {
      const found = runCheckSpec(`${run}; Colour: nice`).lines.flatMap((l) => l.findings.map((f) => f.rule));
      expect(found).toContain('vague-color');
    },
  );
  it('a nested count of pallets and cartons still clears the container filler', () => {
    expect(rules('Loading: 20 pallets of 48 cartons, one 40HQ')).not.toContain('vague-quantity');
  });
});

describe('s36: a claim is cleared only by a figure of its own measure', () => {
  it.each([
    ['Silent running, alarm 90 dB', 'Silent'],
    ['Low noise motor, buzzer 80 dB', 'Low noise'],
    ['静音设计，报警声85分贝', '静音'],
    ['Quick charge, music time 12 h', 'Quick charge'],
    ['32 GB card, high speed', 'high speed'],
    ['内存16GB，高速', '高速'],
  ])('"%s" is vague-performance quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
  it.each([
    'Silent running, 38 dB(A) at 1 m',
    'Low noise, noise level ≤ 42 dB',
    'Low noise preamp, S/N ratio ≥ 95 dB',
    'Quick charge, 25 W PD',
    'Quick charge, 0-50% in 30 min',
    'Quick charge, full charge in 1.5 hours',
    '32 GB card, high speed, read 90 MB/s',
    'Cooling fan: high speed, 4500 rpm',
    'High Speed HDMI cable, 1.5 m, 18 Gbps',
    '高速读写，读取速度100MB/s',
  ])('"%s" is not vague-performance', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
});

describe('s36: a delivery counted from an approval with no count', () => {
  it.each([
    ['Teslimat: onaydan sonra', 'onaydan sonra'],
    ['Delivery: after approval', 'after approval'],
    ['Отгрузка: после утверждения', 'после утверждения'],
    ['Lead time: after the deposit', 'after the deposit'],
    ['交货期：确认后', '确认后'],
  ])('"%s" is vague-ship-date quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
  it.each([
    'Teslimat: numune onayından sonra 25 gün',
    'Delivery: 35 days after approval',
    'Delivery: 35 days after buyer’s approval',
    'Отгрузка: 20 дней после утверждения',
    'Поставка: 30 дней после оплаты',
    '交货期：确认后20天',
    'Delivery: within three weeks after the deposit',
  ])('"%s" is not vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('s36: service lines — a customisation offer is customisation left open, a support line is not', () => {
  it.each([
    ['Dienstleistung: OEM-Dienstleistung verfügbar', 'OEM'],
    ['Dienstleistung: Individualisierung möglich', 'Individualisierung'],
    ['Servicio: personalización disponible', 'personalización'],
  ])('"%s" is vague-customization quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-customization')).toBe(quote);
  });
  it.each([
    'Kundendienst: Online-Support',
    'Kundendienst: Ersatzteile kostenlos',
    'Dienstleistung: Montage verfügbar',
    'After-sales service: video technical support',
    // The customisation fixed by a named file, size and place.
    'Personalisierung: Logo lasergraviert nach Datei LG-07, 25 x 8 mm, mittig auf dem Deckel',
    'Logo: laser engraved per file LG-07, 25 x 8 mm, centred on lid',
  ])('"%s" is not vague-customization', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });
});

describe('s36: a destination named by its city after the country', () => {
  it.each([
    'Destination: CIF USA, LA',
    'CIF USA, Long Beach',
    'CFR USA, NYC',
    'CIF USA, USLGB',
    '目的港：美国，洛杉矶',
    'CIF 德国，汉堡',
    'DDP USA, door address as per PO',
  ])('"%s" names the place and is not vague-ship-date', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
  it.each([
    ['CIF USA, West Coast', 'CIF USA'],
    ['CIF USA East Coast', 'CIF USA East Coast'],
    ['Port of destination: USA West Coast', 'USA West Coast'],
    ['CIF Europe, main port', 'CIF Europe'],
    ['CIF USA, Any port', 'CIF USA'],
    ['CIF USA, TBD', 'CIF USA'],
    ['目的港：美国西海岸', '美国西海岸'],
    ['目的港：美国，待定', '美国'],
  ])('"%s" is only a region: vague-ship-date quoting "%s"', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });
});
