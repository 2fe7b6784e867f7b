import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './spec-lines';

/**
 * Stop 48 (s48specA): grade-spanning hardness ranges, factory-standard finishes, tolerance fields left to a later
 * agreement, ship dates "when ready", spares counted by "some", a shade held to an unnamed sample and a pH with no
 * figure now flag; Munsell neutrals, German/Polish counts per carton and a Polish ship date counted from a written
 * sample approval stay clear.
 */

type Case = [line: string, rule: string, quote: string];

const VAGUE: Case[] = [
  // A Rockwell or Shore range wider than ten points crosses grades.
  ['Blade hardness: 45-62 HRC after quench', 'vague-material', '45-62 HRC'],
  ['Härte nach Vergütung: HRC 30-50', 'vague-material', 'HRC 30-50'],
  ['Roller cover hardness: Shore A 55-80', 'vague-material', 'Shore A 55-80'],
  // The factory's own standard for a finish, with or without the article.
  ['Acabamento da superfície: padrão fábrica', 'vague-material', 'padrão fábrica'],
  ['Finition des pièces : standard usine', 'vague-material', 'standard usine'],
  ['Finitura: secondo standard della fabbrica', 'vague-material', 'standard della fabbrica'],
  // A tolerance field answered by a later agreement.
  ['Toleranz der Bohrungen: nach Vereinbarung', 'vague-size', 'nach Vereinbarung'],
  ['Допуск на размеры: по договорённости', 'vague-size', 'по договорённости'],
  ['尺寸公差：双方协商', 'vague-size', '协商'],
  ['Tolerancia dimensional: a convenir', 'vague-size', 'a convenir'],
  // Shipment when the supplier says the goods are ready.
  ['Отгрузка: по мере готовности партии', 'vague-ship-date', 'по мере готовности'],
  ['Термін відвантаження: по готовності', 'vague-ship-date', 'по готовності'],
  ['Lieferzeit: sobald die Ware fertig ist', 'vague-ship-date', 'sobald die Ware fertig'],
  ['Plazo de entrega: cuando esté lista la mercancía', 'vague-ship-date', 'cuando esté lista'],
  // Spares counted by a word.
  [
    'Spare parts: a few easy-wear parts supplied with each unit',
    'vague-quantity',
    'a few easy-wear parts supplied',
  ],
  ['Ersatzteile: einige Verschleißteile im Lieferumfang', 'vague-quantity', 'einige Verschleißteile'],
  ['Запчасти: несколько запчастей в комплекте', 'vague-quantity', 'несколько запчастей'],
  // A shade held to a sample nobody numbered.
  ['Nail polish shade: soft pink, close to the sample', 'vague-color', 'close to the sample'],
  // A pH with no figure.
  ['pH: neutral', 'vague-performance', 'neutral'],
  ['pH value: skin-neutral', 'vague-performance', 'neutral'],
  ['pH-Wert: neutral', 'vague-performance', 'neutral'],
  ['pH值：中性', 'vague-performance', '中性'],
];

const CLEAR: [line: string, rule: string][] = [
  // Hardness bands a heat-treat spec holds.
  ['Blade hardness: 58-62 HRC', 'vague-material'],
  ['Shaft: 42CrMo4, HRC 28-34', 'vague-material'],
  ['Wheel tread: PU, Shore A 88-95', 'vague-material'],
  // A tolerance written with its figure, a deviation agreed only beyond it, or a drawing named.
  ['Toleranz: ±0,1 mm, engere Toleranzen nach Absprache', 'vague-size'],
  ['Tolerance: per drawing DWG-118 rev C', 'vague-size'],
  ['Farbtoleranz: nach Absprache', 'vague-size'],
  // A Polish ship date counted from a written approval of the pre-production sample.
  ['Termin wysyłki: 30 dni od pisemnego zatwierdzenia próbki', 'vague-ship-date'],
  ['Realizacja: 21 dni po formalnej akceptacji projektu', 'vague-ship-date'],
  // Payment on readiness is no ship date.
  ['Оплата: 30% аванс, 70% по готовности товара', 'vague-ship-date'],
  // Spares counted, or merely stocked.
  ['Spare parts: 2 sets of wear parts (belts, blades) included', 'vague-quantity'],
  ['Some spare parts are stocked locally for service', 'vague-quantity'],
  // A Munsell neutral named with its system is a colour code.
  ['外装：ABS、色：マンセル N8.5、肉厚 2.5 mm', 'vague-color'],
  ['Housing colour: Munsell N 7', 'vague-color'],
  ['Housing colour: N9 (Munsell), matt', 'vague-color'],
  // Shades that are not colours.
  ['Shade cloth: 70% HDPE, 3 x 50 m', 'vague-color'],
  ['Lamp shade: linen, 30 cm, E27', 'vague-color'],
  // Counts per carton in German and Polish.
  [
    'Verpackung: 6 Stk. je Innenkarton, 36 Stk. je Umkarton, Etiketten laut Anlage 3 zur Bestellung 118',
    'vague-packaging',
  ],
  ['Opakowanie: 10 szt. na karton zbiorczy', 'vague-packaging'],
  // A pH with its figure.
  ['pH 5.5 ± 0.5', 'vague-performance'],
  ['pH: neutral (6.5–7.5 at 25 °C)', 'vague-performance'],
];

describe('s48specA: open values flag', () => {
  it.each(VAGUE)('%s → %s', (line, rule, quote) => {
    expect(rules(line)).toContain(rule);
    expect(quoteOf(line, rule)).toContain(quote);
  });
});

describe('s48specA: precise look-alikes stay clear', () => {
  it.each(CLEAR)('%s stays clear of %s', (line, rule) => {
    expect(rules(line)).not.toContain(rule);
  });
});
