import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/**
 * Stop 49, after the red team: "fits most" is cleared by a list only when the line names it as the models fitted
 * (power ratings and bolt sizes are no model list); a lead time spelt in words is counted only when it is one count
 * with no condition after it; a numbered lab dip or swatch still "to follow" holds the colour to nothing. Our own wording.
 */
const vague = (t: string) => checkSpecLine(t).filter((f) => f.rule.startsWith('vague-'));

describe('"fits most" and a list', () => {
  it.each([
    'Fits most phones, fast charging PD 20W and PD 30W',
    'Fits most trailers, M10 and M14 nuts supplied',
  ])('still flags %s', (text) => {
    expect(vague(text).map((f) => f.rule)).toContain('vague-size');
  });
  it.each([
    'Fits most vans; compatible models: VT-20, VT-24, VT-30',
    'Fits most scooters: Xiaomi M365, Ninebot G30, Segway F40',
  ])('leaves the named model list clear in %s', (text) => {
    expect(vague(text)).toEqual([]);
  });
});

describe('a lead time spelt in words', () => {
  it.each([
    'Lead time: three or four weeks after deposit',
    'Liefertermin: drei bis vier Wochen nach Anzahlung',
    'Lead time: three weeks after deposit, depending on the factory load',
  ])('still flags %s', (text) => {
    expect(vague(text).map((f) => f.rule)).toContain('vague-ship-date');
  });
  it('leaves one spelt count from a named event clear', () => {
    expect(vague('Lead time: three weeks after deposit')).toEqual([]);
  });
});

describe('a numbered lab dip not yet made', () => {
  it('flags a lab dip still to follow', () => {
    expect(vague('Colour: as per sample, lab dip LD-7 to follow').map((f) => f.rule)).toContain(
      'vague-color',
    );
  });
  it('leaves an approved lab dip clear', () => {
    expect(vague('Colour: olive, lab dip LD-7 approved 14 March 2025')).toEqual([]);
  });
});
