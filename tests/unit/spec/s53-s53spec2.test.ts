import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const quotes = (line: string) => vague(line).map((f) => f.quote);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s53spec2: a hedge or a praise beside a figure on the same line', () => {
  it.each([
    'Module efficiency: mono PERC, 22%+ perhaps, varies by lot',
    'Conversion efficiency: 20.5% maybe',
    'Wirkungsgrad: 21 % vielleicht',
    'CCT: 3000-6500K tunable, brightness ultra high',
    'Lamp: 4000K, luminosity super high',
  ])('flagged: %s', flagged);
  it('quotes the hedged figure', () => {
    expect(quotes('Conversion efficiency: 20.5% maybe')).toContain('20.5% maybe');
  });
  it.each([
    'Module efficiency: 22% min., tested per IEC 61215',
    'Runtime: min. 6 h, maybe more',
    'CCT: 3000-6500K tunable, 900 lm',
  ])('stays clean: %s', clean);
});

describe('s53spec2: a choice handed to the factory', () => {
  it.each([
    'Surface: brushed or polished, the factory decides',
    'Finitura: satinata o lucida, la decide la fabbrica',
    'Finition : mate ou satinée, au choix de l’usine',
    'Acabado: mate o satinado, el fabricante lo decide',
    'Oberfläche: matt oder seidenmatt, der Hersteller entscheidet',
    '表面：拉丝或抛光，由厂家决定',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-material'));
  it('a finish named alone stays clean', () => clean('Surface: brushed, Ra ≤ 0.8 µm'));
});

describe('s53spec2: a certificate sent only once the buyer orders', () => {
  it('flagged', () => {
    flagged('Certs: RoHS, FCC available, we will send them after you place the order');
    flagged('Certificates: CE, FCC, provided once the PO is confirmed');
  });
  it('a numbered report, or one due before shipment, stays clean', () => {
    clean('Certificates: CE report no. 44558812 attached');
    clean('Certificates: CE, FCC, sent before shipment for approval');
  });
});

describe('s53spec2: runtime and delivery estimates', () => {
  it.each([
    'Час роботи: приблизно 6 годин',
    'Power bank: 10000mAh, runs about 5 hours',
    'Batería: 3000mAh, dura unas 10 horas',
    'Autonomía: unos 90 minutos',
    'डिलीवरी: 25 दिन के आसपास',
  ])('flagged: %s', flagged);
  it.each([
    'Runtime: min. 6 h',
    'Runtime: approx. 6 h ±0.5 h',
    'Battery: 2000mAh, lasts 6 h minimum',
    'Glue: dries in about 2 hours',
    'Час роботи: 6 годин',
  ])('stays clean: %s', clean);
});

describe('s53spec2: a warranty with no period', () => {
  it.each([
    'Warranty: same as the previous order',
    'Warranty: the usual one',
    'Guarantee: like last time',
    'Garantía: igual que el último pedido',
  ])('flagged: %s', flagged);
  it.each(['Warranty: 18 months from B/L date', 'Warranty: 2 years, parts and labour'])(
    'stays clean: %s',
    clean,
  );
});

describe('s53spec2: a value left to a test result', () => {
  it.each([
    'Assay: will go by the lab result',
    'Moisture: shall be as per COA',
    'Gehalt: gemäß CoA',
    '含量：以COA为准',
    'Teor: de acordo com o resultado da análise',
  ])('flagged: %s', flagged);
  it.each([
    'Assay ≥ 99.0% (COA for each lot attached)',
    'COA: will follow with the shipment documents',
    'Assay: 99.2%, as per COA',
  ])('stays clean: %s', clean);
});

describe('s53spec2: whiteness praised, AQL by habit, manual written by the supplier', () => {
  it.each([
    'Blancura: muy buena',
    'Weißgrad: hervorragend',
    'AQL: international standard',
    'AQL: industry standard level',
    'User manual: our team will write it',
    'Instructions: prepared by us',
  ])('flagged: %s', flagged);
  it.each([
    'Blancura: 82 ISO',
    'AQL 2.5 Level II',
    'AQL: ISO 2859-1, level II, major 2.5',
    'User manual: English, 16 pages, buyer file UM-22',
  ])('stays clean: %s', clean);
});
