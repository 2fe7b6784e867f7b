import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Mechanisms probe R28 pointed to, on lines of our own: lead times hedged by stock or by order size, a hedge before a
 * one-word duration, Korean earliest/latest and rough counts; Indonesian labels and picture references; an acceptance
 * criterion "no big difference"; pack artwork settled after the deposit; a runtime given only as "up to"; a part
 * shown by a picture. And what stays clear: figures disclaimed as freight estimates, a colour menu the buyer picks
 * from on the order, black-named finish processes, chrome-vanadium steel, an abrasion class, a unit header with its
 * tolerance, and a Chinese lead time counted from a deposit with its share.
 */
const findings = (line: string) => checkSpecLine(line);
const rules = (line: string) => findings(line).map((f) => f.rule);
const quoteOf = (line: string, rule: string) => findings(line).find((f) => f.rule === rule)?.quote;

describe('probe R28: vague lines are told', () => {
  it.each([
    ['Shipping: 10-20 days after the PO, depending on our stock', 'depending on our stock'],
    ['Delivery: 25 days from deposit, it depends on inventory', 'it depends on inventory'],
    ['Sample lead: 5 days; mass production time: depends on order quantity', 'depends on order quantity'],
    ['Lieferung: normalerweise in einer Woche nach Zahlung', 'normalerweise in einer Woche'],
    ['Spedizione: prima possibile', 'prima possibile'],
    ['Delivery: usually within a month of the order', 'usually within a month'],
  ])('a lead time left to stock, size or habit: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    ['납기: 발주 후 빠르면 10일', '빠르면 10일'],
    ['납기: 계약 후 3주 정도', '3주 정도'],
    ['납기: 약 두 달', '약 두 달'],
  ])('Korean earliest / rough lead times: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    ['Warna: seperti foto', 'vague-color'],
    ['Warna: putih', 'vague-color'],
    ['Ukuran: sama dengan contoh', 'vague-size'],
    ['Bahan: sesuai sampel', 'vague-material'],
  ])('Indonesian labels read as the English ones: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it('a colour held to "no big difference" with an unnamed sample', () => {
    expect(quoteOf('Final check: colour no obvious difference from sample', 'vague-color')).toBe(
      'colour no obvious difference from sample',
    );
    expect(quoteOf('Colour: no visible difference with sample', 'vague-color')).toBe(
      'no visible difference with sample',
    );
    expect(rules('Colour: no difference to approved sample, ΔE ≤ 1.5')).not.toContain('vague-color');
    expect(rules('Logo: no')).toEqual([]);
  });

  it('pack artwork left to a talk after the deposit', () => {
    const line =
      'Goods to be made per the signed sample; gift box artwork and sticker wording shall be agreed between the two parties after the order.';
    expect(quoteOf(line, 'vague-packaging')).toBe(
      'gift box artwork and sticker wording shall be agreed between the two parties after the order',
    );
  });

  it.each([
    ['Runtime: up to 12 hours', 'up to 12 hours'],
    ['Power bank 10000 mAh, standby up to 6 months', 'up to 6 months'],
  ])('a runtime given only as its best case: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });

  it('a runtime with its test condition is measured', () => {
    expect(rules('Runtime: up to 12 hours at 30% brightness')).not.toContain('vague-performance');
  });

  it('a made part shown by a picture', () => {
    expect(quoteOf('Jar 200 ml, Lid: like the photo', 'vague-customization')).toBe('Lid: like the photo');
  });
});

describe('probe R28: precise lines stay clear', () => {
  it.each([
    'Net weight 1.20 kg ±0.03 kg; gross weight approx. 1.6 kg (shipping estimate only, not an inspection criterion)',
    'Outer carton about 50x30x30 cm (for freight reference only); binding: 12 pcs per carton, carton max. 52x32x32 cm',
  ])('a figure disclaimed beside a binding one: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });

  it('a figure called approximate with no binding one beside it is still told', () => {
    expect(rules('Gross weight approx. 9 kg (not an acceptance criterion)')).toContain('vague-weight');
  });

  it('a colour menu the buyer picks from on each order', () => {
    expect(rules('Colour options: Sand / Olive / Rust (customer chooses per style on the PO)')).not.toContain(
      'vague-color',
    );
    expect(rules('Colour: sand or olive')).toContain('vague-color');
  });

  it.each([
    'Socket set 12 pcs, Cr-V steel, HRC 48-52, black phosphate finish',
    'Washers M6, carbon steel C45, black zinc plated',
  ])('a finish process whose name holds "black": %s', (line) => {
    expect(rules(line)).toEqual([]);
  });

  it('a bare "black" beside a zinc-plated part is still a colour', () => {
    expect(rules('Housing: black, zinc plated screws')).toContain('vague-color');
  });

  it('upholstery by its abrasion class', () => {
    expect(rules('Cover fabric: boucle, Martindale 60,000 cycles')).not.toContain('vague-material');
  });

  it('a size chart whose unit bracket states the tolerance', () => {
    expect(rules('Measurements (cm, tolerance ±1.5): S waist 70 / hip 92; M 74 / 96; L 78 / 100')).toEqual(
      [],
    );
    expect(rules('Box 30*20*10 (cm, approx.)')).toContain('vague-size');
  });

  it('a Chinese lead time counted from a deposit with its share', () => {
    expect(rules('交期：收到50%预付款后25个工作日内发货')).toEqual([]);
  });
});

describe('red team 2: a unit bracket and a colour menu excuse only what they state', () => {
  it.each([
    ['Dimensions: 80 x 120 (cm, may change slightly)', 'vague-size'],
    ['Mat size 50 x 70 (cm, final size after sampling)', 'vague-size'],
    ['Size: 45 x 90 (cm, give or take)', 'vague-size'],
  ])('a bracket adding something other than a tolerance leaves the figures open: %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });

  it.each([
    'Dimensions: 80 x 120 (cm, ±0.5)',
    'Mat size 50 x 70 (mm, tol. 2)',
    'Board 45 x 90 (cm, tolerance +/-1)',
  ])('a bracket with a tolerance figure is a unit header: %s', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });

  it('a hedge on the figures is told even when the bracket gives a tolerance', () => {
    expect(quoteOf('Dimensions: roughly 80 x 120 (cm, ±0.5)', 'vague-size')).toBe('roughly 80 x 120');
  });

  it.each([
    'Colour: brownish, customer picks on the PO',
    'Colour: like the photo, you select in your order',
    'Colour: nearest match, buyer specifies per order',
    'Colour: mixed, the client chooses on each order',
  ])('a vague colour stays vague beside "the buyer picks on the order": %s', (line) => {
    expect(rules(line)).toContain('vague-color');
  });

  it.each([
    'Colours: grey, navy and khaki, customer picks on the PO',
    'Colour: red / green / yellow (client selects per order)',
  ])('a list of named colours the buyer picks from is a menu: %s', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });

  it('a menu with an open entry is not a menu', () => {
    expect(rules('Colour: grey / any other you like, customer picks on the PO')).toContain('vague-color');
  });
});
