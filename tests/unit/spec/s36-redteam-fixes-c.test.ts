import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * The second spec red team of stop 36, in both directions: settings words that must count something of the goods,
 * adjustable and clamping words that must name the range, foam codes that must read as a density, "high speed
 * charging" as a charging claim, and a state followed by its city. Lines written in our own words.
 */
describe('a power range is a choice of settings only when the settings are counted or named', () => {
  it.each([
    'Power: 800-2000W, 3 gears',
    'Leistung: 1000-2000 W, 2 Heizstufen',
    '功率：800-2000W，三挡',
    'Power: 1000W-2000W dual heating',
    'Power: 300-1500W (low / high heat)',
    'Power: 5-15W wireless output',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
  it.each([
    'Power: 100-2000W, multiple gears depending on model',
    'Power: 100-2000W, gear motor',
    'Power: 100-2000W dual voltage',
    'Power: 300-3000W, with or without thermostat',
    'Power: 500-5000W, low or high end models',
    'Leistung: 100-2000 W, Qualitätsstufen nach Wahl',
    'Rated power: 200-2000W, wireless remote control',
    'Power: 100-3000W depending on the device',
  ])('still flagged: %s', (line) => expect(rules(line)).toContain('vague-performance'));
});

describe('a size range is a clamping or adjusting range only when its words say so', () => {
  it.each(['Durchmesser: 20-32 mm Spannbereich', 'Diámetro: 16-25 mm (rango de sujeción)'])(
    'clear: %s',
    (line) => expect(rules(line)).not.toContain('vague-size'),
  );
  it.each(['Größe: 10-100 cm, Preisbereich', 'Tamaño: 10-100 cm, rango amplio'])(
    'still flagged: %s',
    (line) => expect(rules(line)).toContain('vague-size'),
  );
});

describe('foam codes read as a density only in the shape of one', () => {
  it('a Russian foam mark clears "high density"', () =>
    expect(rules('Поролон высокой плотности HL 4065')).not.toContain('vague-material'));
  it.each(['Foam: high density foam mattress, HS 9404.21', 'Foam: high density, ST 2024'])(
    'a tariff code or a year does not: %s',
    (line) => expect(rules(line).some((r) => r.startsWith('vague-'))).toBe(true),
  );
});

describe('"high speed charging" is a charging claim', () => {
  it.each(['High speed charging', '高速充电'])('flagged without a rate: %s', (line) =>
    expect(rules(line)).toContain('vague-performance'),
  );
  it('cleared by watts', () => expect(rules('High speed charging, 18W')).not.toContain('vague-performance'));
});

describe('a state followed by its city names the place', () => {
  it.each(['CIF USA, CA, Los Angeles', '目的港：美国，加州，洛杉矶', 'CIF Canada, Victoria'])(
    'clear: %s',
    (line) => expect(rules(line)).not.toContain('vague-ship-date'),
  );
  it.each(['CIF USA, CA', 'CIF USA, CA, TX', 'CIF USA, West Coast'])('still flagged: %s', (line) =>
    expect(rules(line)).toContain('vague-ship-date'),
  );
});
