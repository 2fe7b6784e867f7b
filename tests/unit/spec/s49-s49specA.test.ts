import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 49 (structural readings): a Pantone field held only to a likeness; a drawing named by nobody, whatever remark
 * follows it; a habit packing word defined by the counts at each pack level and marks by a named file; a lettered
 * lab dip with one digit; a value handed to the stock with the goods named in between; a fit to "most" models with
 * the models listed; a carton's strength by its board; a lead time spelt in words after a named event.
 */

describe('a Pantone field answered with a likeness or an open allowance', () => {
  it.each([
    ['Pantone: near the buyer reference, small deviation OK', 'vague-color'],
    ['PMS: approx. client swatch', 'vague-color'],
    ['Pantone: close to customer reference', 'vague-color'],
  ])('%s → %s', (line, rule) => {
    expect(rules(line)).toContain(rule);
  });
  it.each([
    'Pantone: 286 C',
    'PMS: 2945 C / 186 C',
    'Pantone: 18-1662 TPX',
    'Pantone: per approved lab dip LD-41',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
});

describe('a drawing nobody names', () => {
  it('a bracketed remark does not name it', () => {
    expect(quoteOf('Drawing: according to client drawing (newest revision)', 'vague-customization')).toBe(
      'according to client drawing',
    );
    expect(rules('Machining: per your drawing')).toContain('vague-customization');
  });
  it.each([
    'Drawing: according to client drawing (rev. D)',
    'Drawing: per buyer drawing DWG-5512 rev B',
    'Drawing: per drawing no. 8812 (current issue)',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });
});

describe('a habit packing word defined by the pack levels and marks on file', () => {
  it.each([
    'Regular packing: 6 pcs/inner box, 36 pcs/master carton, carton marks per file SM-14.ai',
    'Standard export packing: 20 pcs per polybag, 100 pcs per carton, shipping marks as per artwork CM-3.pdf',
    'Ambalare standard: 5 buc/cutie, 40 buc/bax, marcaj conform fișier ET-07',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });
  it.each([
    'Regular packing: 6 pcs/inner box, 36 pcs/master carton',
    'Standard packing: 36 pcs/carton',
    'Standard packing, carton marks per file SM-14.ai',
  ])('%s → vague-packaging', (line) => {
    expect(rules(line)).toContain('vague-packaging');
  });
});

describe('marks left to habit', () => {
  it.each([
    'Carton markings: same as the previous order',
    'Side marks: like the last order',
    'Versandmarkierung: wie immer',
    "Marquage carton : comme d'habitude",
    'Marcatura cartoni: come sempre',
  ])('%s → vague-packaging', (line) => {
    expect(rules(line)).toContain('vague-packaging');
  });
  it.each([
    'Carton markings: same as last order PO-88123',
    'Shipping marks: as usual, see file SM-2.pdf',
    'Kartonbeschriftung: "Made in Germany / PO 88123"',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });
});

describe('a lab dip named by a lettered code with one digit', () => {
  it('is a colour standard', () => {
    expect(rules('Colour: ecru, undyed, to lab dip LD-7 approved 3 June 2025')).not.toContain('vague-color');
    expect(rules('Colour: grey, lab dip L/D-4')).not.toContain('vague-color');
  });
  it('a bare digit or a likeness is not', () => {
    expect(rules('Colour: grey, lab dip 4')).toContain('vague-color');
    expect(rules('Colour: grey, similar to lab dip LD-7')).toContain('vague-color');
  });
});

describe('a value handed to the stock', () => {
  it.each([
    ['GSM: 200-240 depending on fabric stock availability', 'depending on fabric stock availability'],
    ['Weight per m²: 150-200 g according to the yarn in stock', 'according to the yarn in stock'],
    ['Щільність: 200–240 г/м² залежно від наявності пряжі', 'залежно від наявності'],
    ['ظرفیت: ۵ لیتر، بسته به موجودی انبار', 'بسته به موجودی'],
  ])('%s quotes the stock condition', (line, quote) => {
    expect(rules(line).length).toBeGreaterThan(0);
    expect(rules(line).some((r) => quoteOf(line, r)?.includes(quote))).toBe(true);
  });
  it.each([
    'Colour: depending on the target market',
    'Weight: 200 gsm, in stock now',
    'Material: according to the approved sample S-14',
  ])('%s is not a stock condition', (line) => {
    for (const r of rules(line)) expect(quoteOf(line, r) ?? '').not.toMatch(/stock|موجود|наявност/iu);
  });
});

describe('a fit to most models, with the models listed', () => {
  it.each([
    'Adatto alla maggior parte dei modelli; lista: K20, K25, M30',
    'Fits most vans - list of models: Transit T8, Sprinter W906',
    'Pasuje do większości modeli: A4 B8 / A6 C7',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-size');
  });
  it.each(['Fits most vans', 'Fits most vans, 12V/24V', 'Adatto alla maggior parte dei modelli'])(
    '%s → vague-size',
    (line) => {
      expect(rules(line)).toContain('vague-size');
    },
  );
});

describe("a carton's strength by its board", () => {
  it('ply and edge crush answer it', () => {
    expect(rules('Carton: strong enough, 7-ply, 44 ECT')).toEqual([]);
  });
  // The packaging rule may still ask for the carton's size or count; the strength itself is no longer open.
  it.each([
    'Master carton: sturdy enough, double wall, BC flute',
    'Outer carton: sturdy enough, BCT 600 kgf',
  ])('%s is no performance claim', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
  it.each(['Carton: sturdy enough', 'Carton: sturdy', 'Master carton: durable'])('%s is flagged', (line) => {
    expect(rules(line).length).toBeGreaterThan(0);
  });
  it('a rated load and standard answer strong enough', () => {
    expect(rules('Bench: beech, strong enough for a 200 kg rated load to EN 581-2')).toEqual([]);
    expect(rules('Shelf: strong enough for heavy loads')).toContain('vague-performance');
  });
});

describe('a lead time spelt in words after a named event', () => {
  it.each([
    'Lead time: three weeks after deposit',
    'Lead time: forty-five days after receipt of deposit',
    'Production time: one month after sample approval',
    'Lieferzeit: drei Wochen nach Anzahlung',
  ])('%s stays clear', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
  it.each([
    ['Lead time: three weeks', 'three weeks'],
    ['Lead time: a few weeks after deposit', 'a few weeks'],
    ['Lead time: roughly three weeks after deposit', 'roughly'],
  ])('%s → vague-ship-date', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toContain(quote);
  });
});
