import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/** Stop 55: tools, luggage, fasteners, warranties and solar goods. Lines written for this stop. */
const rules = (line: string) =>
  checkSpecLine(line)
    .map((f) => f.rule)
    .filter((r) => r.startsWith('vague-'));

describe('s55 specgoods: vague lines', () => {
  it.each([
    'Drill torque: high torque for any job',
    'Naden: molto resistenti',
    'Omvormer: hoog rendement',
    'Service life: up to 12 years with normal use',
    'Garantie: 10 ans selon les conditions du fabricant',
    'Zyklen: 5000',
    'Solar panel: 400W mono half-cut',
  ])('flagged: %s', (line) => expect(rules(line).length).toBeGreaterThan(0));
});

describe('s55 specgoods: precise lines stay clear', () => {
  it.each([
    'Spanner: acero Cr-V, 17 mm, chrome matt',
    'Bit set: aço S2, 25 mm, hardness 58-62 HRC',
    'Koffer: 56x36x23 cm, 2,4 kg, Größe Handgepäck',
    'Bolt: M6, 10.9, ISO 4762, Zinklamelle silber, 480 h NSS',
    'Lifespan: 8000 cycles at 80% DoD (up to 20 years)',
    'PV module: 430 Wp, 1762x1134x30 mm',
    'Solar panel: 450 W, tolerance 0/+5 W, STC',
  ])('clear: %s', (line) => expect(rules(line)).toEqual([]));
});

// Red team of stop 55: a yarn count under a thread label in other languages, and a mount sized for a module's watts.
describe('s55 red team: counts and mounts stay clear', () => {
  it.each([
    'Benang jahit: nilon 30/3',
    'Faden: Polyester 40/2',
    'Roof mount: fits 400W modules, aluminium 6005-T5',
  ])('clear: %s', (line) => expect(rules(line)).toEqual([]));
  it.each(['Benang jahit: tebal', 'Panel solar: 400 W monocristalino'])('flagged: %s', (line) =>
    expect(rules(line).length).toBeGreaterThan(0),
  );
});
