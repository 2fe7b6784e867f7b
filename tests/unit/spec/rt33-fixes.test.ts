import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { runCheckSpec } from '../../../lib/cli/check-spec';
import { findings, quoteOf, rules } from './spec-lines';

/**
 * What the stop-33 red team found in the spec checker, on its own inputs and on ours: an approval number clears only
 * the friction class it approves; a bare Italian "durata" is a runtime, not a life rating; a limit or a freight word
 * binds only its own field; a range of weeks is as open as one, and only a year tied to the week names it; "n."
 * before a new label ends the value; a long comma list is read in linear time.
 */

describe('an approval number clears only the friction class it approves', () => {
  it.each([
    ['Material: premium alloy, E-mark approval no. E4-123', 'premium alloy, E-mark approval no. E4-123'],
    ['Brake pad: premium alloy, approval no. E11 90R-02A1107/0456', 'alloy'],
    ['Lamp housing: plastic, approval no. E4 123456', 'plastic'],
    ['Material: zinc alloy, type approval number E9-55821', 'zinc alloy, type approval number E9-55821'],
    ['Brake shoe: semi-metallic, premium quality, approval no. E2 90R-01234/567', 'premium quality'],
    // Red team 33b: the class left open beside the number.
    [
      'Friction material: ceramic as per customer, approval no. E4 90R-01234',
      'ceramic as per customer, approval no. E4 90R-01234',
    ],
    [
      'Brake pad material: ceramic or semi-metallic, approval no. E4 90R-01234',
      'ceramic or semi-metallic, approval no. E4 90R-01234',
    ],
  ])('a material the number does not approve is still told: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-material')).toBe(quote);
  });

  it.each([
    'Friction material: ceramic, approval no. E4 90R-02A0389/1120 stamped on the plate',
    'Bremsbelag: Keramik, Genehmigungsnummer E1 90R-01234/567',
    'Brake pads, friction material ceramic, KBA 12345',
    '刹车片：陶瓷配方，认证号 E11 90R-02A1107/0456',
  ])('the approved friction class stays clear: %s', (line) => {
    expect(findings(line)).toEqual([]);
  });
});

describe('a runtime is not a life rating', () => {
  it.each(['Durata: 2 ore', 'Durata: 8 h di autonomia', 'Durata della batteria: 6 ore'])(
    'a bare "durata" is not read as a life: %s',
    (line) => {
      expect(rules(line)).not.toContain('vague-performance');
    },
  );

  it.each([
    ['Durata di vita: 30000 ore', 'Durata di vita: 30000 ore'],
    ['Vita utile: 25000 h', 'Vita utile: 25000 h'],
    ['Durata in cicli: 2000', 'Durata in cicli: 2000'],
  ])('the Italian life still is: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });
});

describe('a limit or a freight word binds only its own field', () => {
  it.each([
    ['Assay: 98-99% (typical value), Moisture: max 0.5%', '98-99% (typical value)'],
    ['Moisture: max 0.5%, Assay: 98-99% (typical value)', '98-99% (typical value)'],
    ['Viscosity: 3500 mPa·s (typical), Density: 1.05 ± 0.02 g/cm³', '3500 mPa·s (typical)'],
    ['Gehalt: 98 % (Richtwert); Wasser: max. 0,5 %', '98 % (Richtwert)'],
    ['Volume: 500 ml (typical value)', '500 ml (typical value)'],
    ['Volumen: 250 ml (Richtwert)', '250 ml (Richtwert)'],
  ])('a disclaimed figure is told: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-performance')).toBe(quote);
  });

  it.each([
    'Purity: ≥ 99.0% (titration), typical 99.4%',
    'Purity: 99.5% typical; min 99.0%',
    'Approx. 8 CBM for the whole order, for reference only',
    'Price: EUR 3.10/pc FOB Xiamen (for reference only, final on PI)',
    'Volume: approx. 8 m³ (for reference only); binding: 300 cartons 50 × 40 × 30 cm',
  ])('a limit in the same field or a freight figure stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
});

describe('week numbers', () => {
  it.each([
    ['ETD: week 14-15', 'week 14-15'],
    ['Versand in KW 31-32', 'KW 31-32'],
    ['Delivery: week 14, price valid until 31 Dec 2026', 'week 14'],
    ['Versand: KW 31, Angebot gültig bis 30.06.2027', 'KW 31'],
    ['Quote date 3 Jan 2026; ETD week 14', 'week 14'],
  ])('a week or a range with no year of its own is told: %s', (line, quote) => {
    expect(quoteOf(line, 'vague-ship-date')).toBe(quote);
  });

  it.each([
    'ETD: CW14/2026',
    'ETD: 2026-KW 14',
    'ETD: week 14-15/2026',
    'ETD: week 14 (3 Apr 2026)',
    'Ship date: 03.04.2026 (week 14)',
    'Shipment: wk 14, 2026',
  ])('a week tied to its year or spelt out by a date stays clear: %s', (line) => {
    expect(rules(line)).not.toContain('vague-ship-date');
  });
});

describe('"n." before a new label ends the value', () => {
  it.each([
    ['Material: as approved sample n. Color: nice', 'nice'],
    ['Materiale: buono n. Colore: bello', 'bello'],
  ])('the next field is still read: %s', (line, colour) => {
    expect(quoteOf(line, 'vague-color')).toBe(colour);
  });

  it.each([
    'Lacca: poliuretanica opaca 30 gloss, colore come campione approvato n. CP-221 del 10/03/2027',
    'Material: as approved sample n. CS-0312',
  ])('"n." before a code is still a number: %s', (line) => {
    expect(findings(line)).toEqual([]);
  });
});

describe('a long comma list under one label', () => {
  // Its growth with length is measured by `npx tsx scripts/bench/spec-adversarial.ts` (family "comma pieces under a
  // label", printed as ratios); a test asserts no time. Here: a long list is still read to its end.
  it('is read to its end: the disclaimer after 3,200 pieces is still told', () => {
    const text = `Assay: ${'9, '.repeat(3200)} typical value, for reference only`;
    expect(runCheckSpec(text).lines.flatMap((l) => l.findings.map((f) => f.rule))).toContain(
      'vague-performance',
    );
  });
});
