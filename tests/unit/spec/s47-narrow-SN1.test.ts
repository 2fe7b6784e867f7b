import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 47 narrowing (SN1): the colour, packing and size readings added at stop 47 kept to what they mean — a pack's
 * stock neutral without a shade word, a cable jacket only on the cable's own line, a grain's class only when the grain
 * is the goods — and widened where the same fact is written another way: container glass by its type, a bottle
 * shape, bean and kernel classes, instrument scales in brackets or with a sign, numbered standards after a colon or
 * "n.º", a Czech/Slovak packing spec, an estimate that belongs to the count after a volume.
 */

type Case = [line: string, rule: string, quote: string];

const VAGUE: Case[] = [
  // A shade word beside the neutral makes it a chosen shade.
  ['Face cream 30 ml, creamy white PP jar with liner', 'vague-color', 'white'],
  ['Lotion 150 ml, off-white HDPE bottle, 24/410 neck', 'vague-color', 'white'],
  ['Gel 200 ml, frasco PET transparente, tapa PP blanca lechosa', 'vague-color', 'blanca'],
  // The jacket compound names a moulded part, or the cord belongs to another item.
  ['Wireless charger 15 W, 9 V 2 A input, 1 m cable, black TPU shell', 'vague-color', 'black'],
  ['Earbuds case with charging cord, 30 cm, 5 V, 1 A, white TPE', 'vague-color', 'white'],
  // The grain names a material the goods are made from.
  ['Bowls: black rice husk bowls, 15 cm', 'vague-color', 'black'],
  ['Cutlery set: white wheat-straw fibre spoons, 16 cm', 'vague-color', 'white'],
  // A glass colour off a container line is still a colour.
  ['Vase: green glass, 30 cm tall', 'vague-color', 'green'],
  // The glass type named, but the shade left open (red team, stop 47).
  ['Jar: 50 ml amber glass, light or dark as available', 'vague-material', 'glass'],
  // Standards with no number, or only a year.
  ['Kleur: volgens kleurstaal van de leverancier', 'vague-color', 'kleurstaal'],
  ['Balení: dle specifikace balení', 'vague-packaging', 'specifikace balení'],
  // An estimate written after the volume, with nothing after it.
  ['Fill volume 50 ml approx.', 'vague-size', '50 ml approx'],
];

const CLEAR: [line: string, rule: string][] = [
  ['Serum 50 ml, white PP jar, 2 mm wall', 'vague-color'],
  ['USB-C to USB-C, 2 m, 5 A, 20 V, black TPE', 'vague-color'],
  ['Power cord 1.8 m, 250 V 10 A, 3x0.75 mm², white PVC jacket', 'vague-color'],
  ['Adapter 20 W, 1 m cable white TPE jacket, 5 V 3 A', 'vague-color'],
  // Container glass by its type, and a wine bottle's shape.
  ['Bottle colour: green glass 500 ml Burgundy', 'vague-color'],
  ['Bottle colour: amber glass 50 ml Boston round, white PP cap', 'vague-color'],
  ['Bottle colour: amber glass 50 ml Boston round, white PP cap', 'vague-material'],
  ['Dropper bottle 15 ml, cobalt blue glass, black PP cap', 'vague-color'],
  ['Frasco de vidrio ámbar 100 ml, tapa PP negra', 'vague-material'],
  // Classes of pulses and grains by colour.
  ['White pinto beans, 25 kg net, moisture 15% max', 'vague-color'],
  ['Blue corn, whole kernel, moisture 13% max', 'vague-color'],
  ['Black-eyed beans, 25 kg, moisture 15%', 'vague-color'],
  // Instrument colour scales written other ways.
  ['Colour (APHA): 15 max', 'vague-color'],
  ['Saybolt colour: -10 min', 'vague-color'],
  ['Colour: 150 IU max (ICUMSA GS1/3-7)', 'vague-color'],
  // Numbered physical standards.
  ['Cor: conforme padrão de cor n.º 118', 'vague-color'],
  ['Farbe: Farbstandard: FS-07', 'vague-color'],
  ['Kleur: volgens kleurstandaard KS-40', 'vague-color'],
  // Numbered packing spec in cs/sk.
  ['Balenie: podľa špecifikácie balenia BL-07', 'vague-packaging'],
  ['Obal: dle specifikace balení PK-33', 'vague-packaging'],
  // The estimate is the count's.
  ['Jar 50 ml approx. 300 pcs per carton', 'vague-size'],
];

describe('s47 SN1: the narrowed colour, pack and size readings still flag', () => {
  it.each(VAGUE)('%s → %s', (line, rule, quote) => {
    expect(rules(line)).toContain(rule);
    expect(quoteOf(line, rule)).toContain(quote);
  });
  it('keeps shades and chosen colours of the look-alikes', () => {
    expect(rules('Mugs: blue coffee mugs, 350 ml')).toContain('vague-color');
    expect(rules('Purple rice cooker, 1.8 l')).toContain('vague-color');
    expect(rules('Jacket: navy, 100% cotton')).toContain('vague-color');
    expect(rules('Approved samples: 20 pcs before production, colour as sample')).toContain('vague-color');
  });
});

describe('s47 SN1: the precise look-alikes stay clear', () => {
  it.each(CLEAR)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });
});
