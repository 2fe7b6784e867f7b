import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 47 (s47specB): values an electronics or toy sheet leaves open — firmware named by its age, a report or
 * certificate promised for later or priced apart, a rating handed to the factory, a colour difference allowed as
 * "normal", a property kept "within safe range", a design still to be defined, a finish praised in one word, a figure
 * held to an unidentified existing product — and the precise look-alikes that must stay clear: a closed list of
 * substitutes in an annex, a capacitor's kind, a packing spec by its Cyrillic code, a cable jacket's stock neutral.
 */

type Case = [line: string, rule: string, quote: string];

const VAGUE: Case[] = [
  // Firmware by its age.
  [
    'Firmware: newest build at the time of shipment',
    'vague-performance',
    'newest build at the time of shipment',
  ],
  ['Software version: current', 'vague-performance', 'current'],
  ['Firmware-Version: neueste Version', 'vague-performance', 'neueste Version'],
  ['固件：最新版', 'vague-performance', '最新版'],
  ['Прошивка: актуальная версия', 'vague-performance', 'актуальная версия'],
  // Papers promised later, priced apart, or made after production.
  ['EN 71 test report: we will send it later', 'vague-material', 'we will send it later'],
  ['UKCA certificate to be issued after mass production', 'vague-material', 'issued after mass production'],
  ['Certification: FCC possible, testing fee extra', 'vague-material', 'possible, testing fee extra'],
  ['证书：FCC可以办，费用另算', 'vague-material', '可以办，费用另算'],
  ['Сертификат ЕАС: оформим позже', 'vague-material', 'оформим позже'],
  // A rating handed to the factory.
  ['容量：20000mAh（实际容量以大货为准）', 'vague-performance', '实际容量以大货为准'],
  [
    'Capacity: 5000 mAh, real capacity as per production',
    'vague-performance',
    'real capacity as per production',
  ],
  // A colour difference allowed with no size.
  ['Shade tolerance: slight variation from lot to lot is acceptable', 'vague-color', 'slight variation'],
  ['Colour: Pantone 300 C, small differences between batches are normal', 'vague-color', 'small differences'],
  // Kept within a range the line never gives.
  ['Surface temperature: runs a bit warm, within normal range', 'vague-performance', 'within normal range'],
  ['Leakage current: within allowable limits', 'vague-performance', 'within allowable limits'],
  ['温升：在正常范围内', 'vague-performance', '在正常范围内'],
  // The design left to be defined.
  ['Astuccio stampato, disegno da stabilire', 'vague-customization', 'disegno da stabilire'],
  ['Diseño: por confirmar', 'vague-customization', 'Diseño: por confirmar'],
  // A finish praised in one word, defects limited by eye.
  ['Acabado: muy bonito', 'vague-material', 'Acabado: muy bonito'],
  ['Finitura: opaca, nessun graffio evidente', 'vague-material', 'nessun graffio evidente'],
  // Likeness to an existing product nobody identifies.
  [
    'Battery life: roughly the same as our previous model',
    'vague-performance',
    'the same as our previous model',
  ],
  ['충전 시간: 이전 모델과 동일', 'vague-performance', '이전 모델과 동일'],
];

const CLEAR: [line: string, rule: string][] = [
  ['Firmware: V3.1.2, latest release at the time of order', 'vague-performance'],
  ['Catalogue: newest edition', 'vague-performance'],
  ['EN 71 report no. SHES2405550101 attached; the bulk sample we ship later', 'vague-material'],
  ['Capacity: 20000 mAh rated (IEC 61960, 0.2C discharge at 25 °C)', 'vague-performance'],
  ['Colour: Pantone 300 C, ΔE ≤ 1.0 between batches', 'vague-color'],
  ['Temperature rise: ≤ 30 K at full load, within safe range', 'vague-performance'],
  ['Temperature rise: within the limits of IEC 60335-1', 'vague-performance'],
  ['Price: within budget', 'vague-performance'],
  ['Design: per drawing PD-31 rev C', 'vague-customization'],
  ['Finitura: verniciatura a polvere RAL 7016, 30 GU', 'vague-material'],
  ['Brightness: same as existing model LX-450', 'vague-performance'],
  ['Adapter: compatible with the existing product line', 'vague-performance'],
  // Closed list of substitutes, in the order's own annex.
  ['Housing resin: PC Makrolon 2405 (or equivalent named in Appendix C only), virgin', 'vague-material'],
  ['Acero: AISI 316L o equivalente listado en el anexo 3', 'vague-material'],
  // A capacitor's kind is no material of the goods.
  [
    'Output ripple: 80 mVp-p, measured with a 10 uF ceramic and 100 uF electrolytic capacitor',
    'vague-material',
  ],
  // A packing spec named by its Cyrillic code.
  ['Стандартная упаковка: согласно спецификации упаковки СУ-204', 'vague-packaging'],
  // A cable's stock neutral jacket, on a line that specifies the cable.
  ['Lead: USB-A to USB-C, 2 m, 3 A, 24AWG power, OD 4.0 mm white PVC jacket', 'vague-color'],
];

describe('s47specB: values an electronics or toy sheet leaves open', () => {
  it.each(VAGUE)('%s → %s', (line, rule, quote) => {
    expect(rules(line)).toContain(rule);
    expect(quoteOf(line, rule)).toContain(quote);
  });
});

describe('s47specB: the precise look-alikes stay clear', () => {
  it.each(CLEAR)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });
  it('still flags an open substitute, a ceramic mug, a bare standard packing and a black housing', () => {
    expect(rules('Housing resin: PC Makrolon 2405 or equivalent')).toContain('vague-material');
    expect(rules('Mug: ceramic')).toContain('vague-material');
    expect(rules('Стандартная упаковка')).toContain('vague-packaging');
    expect(rules('Cable: USB-C, 1 m, black TPE')).toContain('vague-color');
  });
});
