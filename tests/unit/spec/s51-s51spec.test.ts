import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';
import { isWideHedged } from '../../../lib/spec/wide-measure';

/** Stop 51, spec mechanisms: our own wording, positives and the benign look-alikes that must stay clean. */
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);
const quotes = (line: string) => checkSpecLine(line).map((f) => f.quote);
const vague = (line: string) => rules(line).some((r) => r.startsWith('vague-'));

describe('s51 a rated figure disowned by "the actual one may differ"', () => {
  it.each([
    'Battery: 4000 mAh (rated; actual may differ)',
    'Akku: 3000 mAh (Nennwert, tatsächliche kann abweichen)',
    'Capacidad: 20000 mAh, el valor real puede variar',
    'Ємність: 10000 mAh (номінальна, фактична може відрізнятися)',
    'Ёмкость: 6000 мАч, фактическая может отличаться',
    '容量：8000mAh（标称，实际可能有差异）',
    'Dung lượng: 10000 mAh, thực tế có thể khác',
    'Kapasite: 3000 mAh, gerçek değer farklı olabilir',
  ])('flags %s', (line) => {
    expect(rules(line)).toContain('vague-performance');
  });
  it('keeps a figure with its own band or test condition, and a photo disclaimer, off the performance rule', () => {
    expect(rules('Battery: 4000 mAh nominal, actual may differ by ±3%')).toEqual([]);
    expect(rules('Battery: 4000 mAh (min. 3900 mAh, IEC 61960)')).toEqual([]);
    expect(rules('Power: 900 W, actual may differ at 25 °C')).toEqual([]);
    expect(rules('Length: 40 cm, actual colour may differ slightly from the photo')).not.toContain(
      'vague-performance',
    );
  });
});

describe('s51 a value left to the lot or the production schedule', () => {
  it.each([
    ['Độ dày: 1.5-2.0mm tùy lô', 'vague-size'],
    ['Luminous flux: 1200 lm, depends on LED batch', 'vague-performance'],
    ['Wall thickness: 2 mm, subject to production batch', 'vague-size'],
    ['Colour temperature: 4000K, may vary by lot', 'vague-performance'],
    ['厚度：2.0mm，看批次', 'vague-size'],
  ])('flags %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it.each([
    '交期：付款后20-30个工作日，以排产为准',
    '交期：收到预付款后35天，具体视生产安排而定',
    'Lead time: 35 days after deposit, depends on production schedule',
    'Thời gian giao hàng: 25 ngày, tùy lịch sản xuất',
  ])('flags the ship date left to the schedule: %s', (line) => {
    expect(rules(line)).toContain('vague-ship-date');
  });
  it('keeps a figure with its tolerance, a per-lot test and a plain lead time clean', () => {
    expect(rules('Thickness: 2.0mm ±0.1, tested per batch')).toEqual([]);
    expect(rules('Luminous flux: 1200 lm ±5%, depends on LED bin')).toEqual([]);
    expect(rules('交期：收到定金后30个工作日')).toEqual([]);
  });
});

describe('s51 a speaker praised, not measured', () => {
  it.each([
    ['Sound: powerful and loud and clear', 'loud and clear'],
    ['Audio: rich bass, HiFi sound', 'rich bass'],
    ['Speaker: loud', 'Speaker: loud'],
    ['音质：重低音震撼', '重低音震撼'],
  ])('flags %s', (line, quote) => {
    expect(rules(line)).toContain('vague-performance');
    expect(quotes(line).join(' ')).toContain(quote);
  });
  it('keeps a measured sound and the channel words clean', () => {
    expect(rules('Sound: 88 dB at 1 m, 70 Hz–20 kHz')).toEqual([]);
    expect(rules('Audio: deep bass, 10 W RMS, 60 Hz–18 kHz')).toEqual([]);
    expect(rules('Sound: stereo')).toEqual([]);
    expect(rules('Features: surround sound, Bluetooth 5.3')).toEqual([]);
  });
});

describe('s51 inspections with no standard', () => {
  it.each([
    'QC: carried out by our own quality department',
    'Inspection: standard inspection level',
    'Inspection level: general',
    'Inspección: nivel de inspección normal',
    '验货：一般检验水平',
  ])('flags %s', (line) => {
    expect(vague(line)).toBe(true);
  });
  it('keeps an AQL with its ISO 2859 level clean', () => {
    expect(rules('Inspection: AQL 1.5/4.0, general inspection level II')).toEqual([]);
    expect(rules('Inspection: by our QC team, AQL 2.5 major / 4.0 minor, level II')).toEqual([]);
  });
});

describe('s51 a sample named only by its kind', () => {
  it.each([
    'Stitching quality: as per approved PP sample',
    'Finish: as pre-production sample',
    'Workmanship: per pre-production sample',
  ])('flags %s', (line) => {
    expect(vague(line)).toBe(true);
  });
  it('keeps a numbered or dated sample clean', () => {
    expect(rules('Workmanship: as PP sample no. 2 approved 3 June')).toEqual([]);
    expect(rules('Workmanship: as per counter sample dated 2026-04-18')).toEqual([]);
    expect(rules('Workmanship: as per approved PP sample approved on 14 Feb 2026')).toEqual([]);
  });
});

describe("s51 the factory's own practice", () => {
  it.each([
    'Toleranser: enligt leverantörens praxis',
    'Tolerancer: efter fabrikkens sædvanlige praksis',
    'Toleranzen: gemäß Werkspraxis',
    'Tolerancias: según la práctica habitual de la fábrica',
    'Tolerances: selon la pratique de l’usine',
  ])('flags %s', (line) => {
    expect(vague(line)).toBe(true);
  });
  it('keeps a figure written beside the practice clean', () => {
    expect(rules('Toleranser: ±0,3 mm enligt fabrikens praxis')).toEqual([]);
  });
});

describe('s51 the more-or-less clause on an estimated count', () => {
  it.each([
    'Quantity: approx. 6,000 pcs, 3% more or less at seller’s option',
    'Quantity: around 2,500 sets (more or less 5% allowed)',
    'Qty: about 900 pcs, over/short shipment 2% acceptable',
    'Cantidad: aprox. 3000 unidades, 5% más o menos',
    '数量：约3000件，允许±3%溢短装',
  ])('keeps %s clean', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it('still flags an estimate with no figured allowance, or a range', () => {
    expect(rules('Quantity: about 6,000 pcs, more or less allowed')).toContain('vague-quantity');
    expect(rules('Quantity: about 6,000 pcs, 5% discount')).toContain('vague-quantity');
    expect(rules('Quantity: approx. 5000-6000 pcs, 3% more or less')).toContain('vague-quantity');
  });
});

describe('s51 delivery time in Persian, Urdu, Bengali and Hindi', () => {
  it.each([
    'زمان تحویل: هر چه زودتر',
    'ارسال: پس از پیش‌پرداخت به زودی',
    'ڈیلیوری: جلد از جلد',
    'ڈیلیوری: ایڈوانس کے بعد جلد ہی',
    'ডেলিভারি: যত দ্রুত সম্ভব',
    'ডেলিভারি: অগ্রিমের পর শীঘ্রই',
    'डिलीवरी: जितनी जल्दी हो सके',
    'डिलीवरी का समय: एडवांस के बाद जल्द ही',
  ])('flags %s', (line) => {
    expect(rules(line)).toContain('vague-ship-date');
  });
  it('keeps a chat "reply soon" in Hindi and a Hindi colour clean of the date rule', () => {
    expect(rules('जल्द ही जवाब दें')).toEqual([]);
  });
});

describe('s51 one hedged-range cut-off', () => {
  it('reads a loosely written mains band as narrow and a fifth-wide spread as wide', () => {
    expect(isWideHedged(220, 240)).toBe(false);
    expect(isWideHedged(1000, 1200)).toBe(true);
    expect(rules('Power: approx. 1000-1200 W')).toContain('vague-performance');
    expect(rules('Power: 1200 W, approx. 220-240 V')).toEqual([]);
  });
});
