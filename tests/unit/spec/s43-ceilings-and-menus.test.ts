import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Stop-43 mechanisms (electronics, lighting, solar, batteries): a runtime, light output, reach, power or efficiency
 * given only as its ceiling; a wattage marked peak or "equivalent"; a chip or certificate named and then made
 * substitutable; certificates yet to be applied for; a menu of ingress ratings; a warranty period as a range; a lead
 * time kept only while raw material lasts. And two false alarms: the quantity keys of a lead-time table, and a
 * factory's output per day. Our own sentences.
 */

describe('a performance figure given only as its ceiling, with no test condition', () => {
  it.each([
    ['Autonomía de la batería: hasta 10 horas', 'hasta 10 horas'],
    ['Doba provozu: až do 8 hodin', 'až do 8 hodin'],
    ['Czas pracy: do 6 godzin', 'do 6 godzin'],
    ['再生時間：最大約30時間', '最大約30時間'],
    ['Helligkeit: bis zu 800 Lumen', 'bis zu 800 Lumen'],
    ['Brightness: max. approx. 1500 lm', 'max. approx. 1500 lm'],
    ['Độ sáng: lên đến 500 lm', 'lên đến 500 lm'],
    ['亮度：最高3000流明', '最高3000流明'],
    ['Reichweite: bis zu 100 m', 'bis zu 100 m'],
    ['Remote control distance: up to 30 m', 'up to 30 m'],
    ['Alcance: hasta 50 metros', 'hasta 50 metros'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));

  it.each([
    'Brightness: 1000 lm (ANSI FL1), up to 1200 lm turbo',
    'Zasięg: od 10 do 50 m',
    'Temperatura pracy: -20 do 50°C',
    'Reichweite: bis zu 100 m, gemessen bei 25 °C',
    'Cable length: up to 2 m',
    'Brightness: 800 lm',
    'Range: 50 m line of sight',
    'Flux : 400 lm (ANSI/PLATO FL 1), portée 90 m, autonomie 4 h en mode max',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
});

describe('a power given only as a ceiling, a peak or an equivalent', () => {
  it.each([
    ['Putere: până la 800 W', 'până la 800 W'],
    ['Výkon: až 500 W', 'až 500 W'],
    ['Công suất: lên tới 1000W', 'lên tới 1000W'],
    ['Leistung: 2000 W (Spitzenleistung)', '2000 W (Spitzenleistung)'],
    ['Power: 1500W (peak power)', '1500W (peak power)'],
    ['Putere: 800 W (putere de vârf)', '800 W (putere de vârf)'],
    ['Power: 2500 W equivalent', '2500 W equivalent'],
    ['Puissance : 1800 W équivalent, moteur silencieux', '1800 W équivalent'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));

  it.each([
    'Power: 800W rated, 1500W (peak power)',
    'LED bulb 9W, 60W equivalent, 806 lm',
    'LED bulb 60W equivalent, 806 lm',
    'Power: 9W (60W equivalent)',
    'Ceiling socket E14, for lamps up to 40W',
    'Charger: up to 65W USB-C PD',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
});

describe('an efficiency ceiling under a label that names whose efficiency it is', () => {
  it.each([
    ['Efficiency of the module: up to 21.5%', 'up to 21.5%'],
    ["Rendement du panneau : jusqu'à 20 %", "jusqu'à 20 %"],
    ['Hiệu suất tấm pin: lên đến 22%', 'lên đến 22%'],
    ['Sprawność modułu: do 21,3%', 'do 21,3%'],
    // A span binds no more than a ceiling: any efficiency bin of the series passes.
    ['Rendement du module : 20 à 22 %', '20 à 22 %'],
    ['Wirkungsgrad: 92-95 %', '92-95 %'],
    ['组件效率：21%~22.5%', '21%~22.5%'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
  it.each([
    'Eficiência do painel: 21,5%',
    'Efficiency of the module: up to 22.8%, min. 21.9% at STC',
    'Eficiência energética classe A, umidade: até 90%',
    'Efficiency: 21%-23% (min. 21% at STC)',
    'Efficiency class A, humidity 30-80%',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
});

describe('a chip or certificate named, then made substitutable', () => {
  it.each([
    ['MCU: STM32F103C8T6 or equivalent', 'or equivalent'],
    ['Chip: CH340G oder ähnlich', 'oder ähnlich'],
    ['Certificat : CE ou similaire', 'ou similaire'],
    ['Certification: CE, RoHS or equivalent', 'or equivalent'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
  it.each(['Main Chip: ESP32-WROOM-32E', 'Certificado: CE', 'Courier: DHL or similar'])('clear: %s', (line) =>
    expect(rules(line)).toEqual([]),
  );
});

describe('certificates the supplier has yet to apply for', () => {
  it.each([
    ['Certificates: UL can be applied for', 'can be applied for'],
    ['Certificación: CE, RoHS (se puede solicitar)', 'se puede solicitar'],
    ['Zertifikate: CE, GS wird beantragt', 'wird beantragt'],
    ['认证：CE、FCC可以申请', '可以申请'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
  it.each(['Certification: CE, RoHS, FCC', 'Application: indoor and outdoor, can apply to walls'])(
    'clear: %s',
    (line) => expect(rules(line)).toEqual([]),
  );
});

describe('several ingress ratings listed, none chosen', () => {
  it.each([
    ['Schutzart: IP54 oder IP65', 'IP54 oder IP65'],
    ['防护等级：IP65/66', 'IP65/66'],
    ['Waterproof: IP67 or IP68', 'IP67 or IP68'],
    ['Protection: IP44, IP54, IP65', 'IP44, IP54, IP65'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
  it.each([
    'IP Rating: IP66/IP67',
    'IP rating: IP68/IP69K',
    'IP Rating: IP65',
    'Housing: IP65, 20 pcs per carton',
  ])('clear: %s', (line) => expect(rules(line)).toEqual([]));
  it('a depth after the rating is no second rating', () =>
    expect(rules('Dry bag: IPX8, 5 m for 1 h, tested per IEC 60529, report attached')).toEqual([]));
});

describe('a warranty period given as a range', () => {
  it.each([
    ['Garantía: 12-24 meses', '12-24 meses'],
    ['质保：1-2年', '1-2年'],
    ['Garantie : 2 à 5 ans', '2 à 5 ans'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
  it.each(['Warranty: 2 years', 'Warranty: 24 months from delivery'])('clear: %s', (line) =>
    expect(rules(line)).toEqual([]),
  );
});

describe('a lead time kept only while raw material lasts', () => {
  it.each([
    'Lead time: 25 days after sample approval, depending on availability of raw materials',
    'Plazo de entrega: 30 días tras el anticipo, según disponibilidad de materia prima',
    'Lieferzeit: 20 Tage nach Anzahlung, vorbehaltlich Rohstoffverfügbarkeit',
    '交期：付款后25天，视原材料供应而定',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-ship-date'));
  it('clear: the same lead time without the condition', () =>
    expect(rules('Lead time: 25 days after sample approval')).not.toContain('vague-ship-date'));
});

describe('a lead-time table by quantity, and a factory output per day, are not the order quantity', () => {
  it.each([
    'Lieferzeit: 1-100 Stück 12 Tage, 101-1000 Stück 25 Tage ab Anzahlung',
    'Plazo de entrega: 1-200 piezas 15 días, 201-1000 piezas 30 días desde el pago',
    'Lieferzeit 30 Tage nach Anzahlung, Kapazität ca. 5000 Stück pro Tag',
    'Plazo: 25 días tras el pago (capacidad aprox. 3000 piezas por día)',
    'Bulk 30 days after deposit, output about 10,000 pcs per month',
    '交期：付款后30天，产能约3000件/天',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-quantity'));
  it.each([
    'Quantity: about 500 pcs per month',
    'Quantity: approx. 2000 pcs',
    'Lead time 20 days; quantity approx. 500-800 pcs',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-quantity'));
});
