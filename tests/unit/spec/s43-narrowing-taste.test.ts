import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop-43 narrowing of the supplier's-taste, tone-difference, end-of-season, size-split and labels-to-be-specified
 * readings: each stays on the open line and clears when the same clause fixes the fact (a measured place, a numbered
 * style, a process-only discretion with coded colours, a dB/tonne figure, a dated week, a followed sheet, a numbered
 * document). Our own sentences.
 */

describe('the look left to the supplier, unless the clause fixes it', () => {
  it.each([
    'Backpack, logo in a prominent place, screen print Pantone 300 C',
    'Polo shirt, logo at a visible spot, embroidered, thread Madeira 1147',
    "Sweatshirt, style per manufacturer's style, colour 18-1663 TCX",
    "Labels, printing at the factory's discretion; colour Pantone 021 C, ΔE ≤ 1.5 against drawdown",
    "Labels, printing at the factory's discretion as to method",
    'ショッパー、ロゴは目立つ位置でお願いします',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-customization'));

  it.each([
    'Backpack, logo in a prominent place: right panel, 40 mm below the zip, 50 mm across, screen print Pantone 300 C',
    'Polo shirt, logo embroidered at a visible spot: left chest, 7 cm under the shoulder seam, 5 cm wide, thread Madeira 1147',
    "Sweatshirt, style per manufacturer's style no. MS-880 (their 2027 lookbook p. 22), colour 18-1663 TCX",
    "Labels, printing at the factory's discretion as to method; colour Pantone 021 C, ΔE ≤ 1.5 against drawdown",
    'ショッパー、ロゴは目立つ位置に：側面中央、底から40mm、幅50mm',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-customization'));
});

describe('a tone difference, unless it is a sound level or a weight', () => {
  it.each([
    'Amplifier housing, tone deviation allowed',
    'Cotton twill, variazioni di tono ammesse',
    'Kumaş, ton farkı olabilir',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-color'));

  it.each([
    'Amplifier, tone deviation ±2 dB across channels',
    'Altoparlante, variazioni di tono entro ±1 dB',
    'Vinç 12 ton kapasite, ton farkı ±0,3 ton',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-color'));
});

describe('the end of the season, unless a week with its year is given', () => {
  it.each([
    'Shipment: before the end of the season',
    'Versand: vor Saisonende',
    'Envío: antes de fin de temporada',
    'Shipment: week 12, before the end of the season',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-ship-date'));

  it.each([
    'Shipment: CW 12/2027, before the end of the season',
    'Versand: KW 10/2027, vor Saisonende',
    'Expédition : semaine 10 / 2027, avant la fin de saison',
    'Envío: semana 9 de 2027, antes de fin de temporada',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});

describe('a size split "to follow", unless it follows a sheet or the figures', () => {
  it.each([
    'Size split: to follow',
    'Size breakdown to follow after deposit',
    'Size breakdown: to follow in 10 days',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-size'));

  it.each([
    'Size split: to follow sheet SS-9 (S 50 / M 80 / L 80)',
    'Size distribution: to follow the enclosed chart SD-12 (XS 20 / S 40 / M 40)',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-size'));
});

describe('labels "to be specified", unless a numbered document specifies them', () => {
  it.each([
    'Hangtags to be specified',
    'Warning labels to be determined later',
    'Hangtags to be specified by the buyer',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-packaging'));

  it.each([
    'Hangtags to be specified in order PO-2210 (attached): 40x80 mm, 300 g card',
    'Warning labels to be determined by lab report LR-55 (attached)',
  ])('not flagged: %s', (line) => expect(rules(line)).not.toContain('vague-packaging'));
});
