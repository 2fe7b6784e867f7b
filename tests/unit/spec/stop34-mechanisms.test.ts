import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop 34's spec mechanisms, each on our own lines: start events written in more frames, the trade's habit named as
 * a tolerance, four-digit steel grades, leather and design files named in more languages, a listing link or its
 * photo as the whole spec, and an old bulb's wattage that measures nothing.
 */
const flagged = (line: string) => rules(line).length > 0;

describe('a lead time counted from a recorded event is clear, in more frames', () => {
  it.each([
    'Consegna: 40 giorni dalla data di conferma del campione',
    'Entrega: 25 dias após aprovação da PP sample',
    'Plazo: 35 días después del artwork aprobado',
    '交期：收到定金并且确认产前样后30天内出货',
    'Lead time: 30 days after deposit or sample approval, whichever is later',
    'ระยะเวลาจัดส่ง: 25 วัน หลังจากได้รับเงินมัดจำ',
    'Delivery: not later than 2027-05-20',
  ])('%s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));

  it.each([
    'Consegna: 40 giorni',
    'จัดส่ง: 10-20 วัน',
    'موعد التسليم: في أقرب وقت ممكن',
    'ส่งสินค้า: โดยเร็วที่สุด',
    'Ship date: later',
  ])('still flags %s', (line) => expect(rules(line)).toContain('vague-ship-date'));
});

describe("a tolerance left to the trade's habit", () => {
  it.each([
    'Tolleranza: standard di settore',
    'Tolerancias: las habituales de fábrica',
    '尺寸公差：按照行业标准',
    'Toleranz: Branchenstandard',
    'Tolerans: sektör standardı',
  ])('flags %s', (line) => expect(flagged(line)).toBe(true));

  it('is clear when the class is written beside it', () =>
    expect(flagged('公差：±0.1mm，行业标准 GB/T 1804-m')).toBe(false));
});

describe('grades and kinds named in more languages', () => {
  it.each([
    'Material: 4140 alloy steel, quenched and tempered, HRC 28-32',
    '재질: 5160 스프링강',
    'Material: acero 1045',
    'Material: piel vacuna flor entera 1,2-1,4 mm',
    '로고: 고객 AI 파일 v2 기준, 실크 인쇄 1도 Pantone 485C, 전면 중앙 40×20mm',
    'الشعار: حسب ملف PDF المرفق، طباعة ليزر، 30×10 مم أعلى اليسار',
    '품질: 승인 샘플 QS-07 기준',
  ])('leaves %s clear of the material and logo rules', (line) =>
    expect(rules(line).filter((r) => r === 'vague-material' || r === 'vague-customization')).toEqual([]),
  );

  it.each(['Material: steel', 'Material: piel', '품질: 최상급', '품질: 샘플과 같음'])(
    'still flags %s',
    (line) => expect(flagged(line)).toBe(true),
  );
});

describe('a listing link or its photo held up as the whole spec', () => {
  it.each([
    '款式：跟链接一样',
    'Design: same as the listing',
    'Modèle : identique aux photos de l’annonce',
    'Estilo: igual al enlace',
  ])('flags %s', (line) => expect(flagged(line)).toBe(true));

  it('does not read a numbered model as a reference', () => expect(flagged('Model: HX-5520')).toBe(false));
});

describe("an old bulb's wattage is no measure of the light", () => {
  it('flags the praise beside "equal to 100W"', () =>
    expect(rules('Brightness: very bright, equivalent to 75W')).toContain('vague-performance'));
  it('is clear with lumens in the same piece', () =>
    expect(rules('Brightness: 1100 lm, equivalent to 75W')).not.toContain('vague-performance'));
});

describe('a size or weight given as a wide range for one piece', () => {
  it.each(['Size: 20-35 cm', 'Weight: 2-5 kg', 'Peso: 300 g a 1 kg según modelo', 'Length: 1-2 m'])(
    'flags %s',
    (line) => expect(rules(line).some((r) => r === 'vague-size' || r === 'vague-weight')).toBe(true),
  );

  it.each([
    'Thickness: 1.8-2.0 mm',
    'Weight: 2.4-2.6 kg',
    'Size: adjustable 20-35 cm',
    'Size: fits wrists 15-20 cm',
    'Size: 40 x 30 x 20 cm',
  ])('leaves %s clear', (line) =>
    expect(rules(line).filter((r) => r === 'vague-size' || r === 'vague-weight')).toEqual([]),
  );
});

describe('a label written in two languages around a slash is one label', () => {
  it('reads the value after the second name', () =>
    expect(rules('Вес нетто / net weight: 10.5 kg, Размер / size: 40x30x20 cm')).toEqual([]));
  it('still flags the vague value after it', () =>
    expect(rules('Цвет / colour: синий')).toContain('vague-color'));
  it('still splits the cells of a flattened row', () =>
    expect(rules('Model: T-220 / Colour: blue / Qty: 500 pcs')).toContain('vague-color'));
});
