import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Stop-38 red-team fixes: a bare "whichever later" stays open, a counted lead time left open at its far end, numbered
 * colour cards that are a year or only resembled, efficiency ceilings that belong to another measure, tests passed
 * beside a numbered report, the foam trade's "D" beside yarns and days, thousands commas in density ranges, and
 * habitual sizes followed by their own dimensions. Our own sentences.
 */

describe('"whichever later" after an event nobody records stays open', () => {
  it.each([
    'Shipment: 40 days after deposit or after the fabric arrives, whichever later',
    'Lead time: 25 days from deposit or mill availability, whichever later',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-ship-date'));
});

describe('a counted lead time left open at its far end', () => {
  it.each([
    ['Expédition : 20 jours après réception de l’acompte ou plus tard si besoin', 'ou plus tard si besoin'],
    ['Shipping: 25 days after signed PO or later if needed', 'or later if needed'],
    ['Envío: 20 días tras el pago o más tarde', 'o más tarde'],
    ['Versand: 20 Tage nach Anzahlung oder später', 'oder später'],
    ['Spedizione: 20 giorni dopo approvazione del campione o più tardi', 'o più tardi'],
    ['Отгрузка: 20 дней после предоплаты или позже', 'или позже'],
    ['发货：收到定金后20天或更晚', '或更晚'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-ship-date')).toContain(quote));
  it.each([
    'Отгрузка: 20 дней после предоплаты, не позже',
    'Spedizione: 20 giorni dopo approvazione del campione',
    'Versand: 20 Tage nach Anzahlung',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});

describe('a colour card numbered by a year, or only resembled, fixes no colour', () => {
  it.each([
    'Farbe: beige, ähnlich Farbmuster FM-31',
    'Color: verde, según carta de colores 44 o similar',
    'Kleur: grijs volgens kleurkaart 2024 van de leverancier',
    'Colour: close to shade card SC-19',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-color'));
});

describe('an efficiency ceiling must be the efficiency’s own value', () => {
  it.each([
    'Efficiency class B (EU 2019/2016), ambient humidity up to 80%',
    'Motor: IE2 efficiency, supply voltage tolerance up to 5%',
    'Wirkungsgrad: IE3, Luftfeuchte bis zu 90 %',
    'LED efficacy and efficiency 140 lm/W, dimming up to 100%',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
  it.each([
    ['Inverter efficiency: up to 97%', 'up to 97%'],
    ['Modulwirkungsgrad bis zu 21,8 %', 'bis zu 21,8 %'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
});

describe('a test said to be passed beside a numbered report', () => {
  it.each([
    'Test report: Intertek SH240567812 issued 2024-05-02, FDA passed',
    'Papers: CE (TÜV report CN24998877), REACH passed',
    'Certificates: CE DoC no. CE-2023-558, for dimensions refer to page 2 of the drawing',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-material'));
  it.each(['Mugs: LFGB passed', 'Certificates: CE, RoHS - please refer to our product page'])(
    'flagged: %s',
    (line) => expect(rules(line)).toContain('vague-material'),
  );
});

describe('the foam trade’s "D" is a density only beside foam or density words', () => {
  it.each([
    'Shell fabric: polyester 150D-300D blend, warp and weft differ',
    'Filling: 3-15D siliconised fibre, foam 35D',
    'Cloth: cotton canvas 280 gsm, strike-off approval 2-4 D',
    'Block density 1,100-1150 kg/m³',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-material'));
  it.each([
    ['Cushion foam density: 18-40D', '18-40D'],
    ['Mousse : densité 20-45D', '20-45D'],
    ['EVA block density 1,100-1900 kg/m³', '1,100-1900 kg/m³'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
});

describe('a habitual size followed by its own dimensions', () => {
  it.each([
    'Yatak: standart ölçü 160×200 cm',
    'Formaat: standaard formaat A5 (148 × 210 mm)',
    'Простыня: подходит для большинства матрасов 160x200 см',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-size'));
  it.each([
    ['Yatak: standart ölçü', 'standart ölçü'],
    ['Простыня: подходит для большинства матрасов', 'подходит для большинства'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-size')).toContain(quote));
});

describe('an estimate voids a counted lead time only when it is about the time', () => {
  it.each([
    ['Versand: 3 Wochen nach Zahlungseingang, ungefähr', 'ungefähr'],
    ['Shipping: 25 days after PO (tentative)', 'tentative'],
    ['Dispatch: roughly 20 days after sample approval', 'roughly 20 days'],
    ['Liefertermin: voraussichtlich zwei Wochen nach Anzahlung', 'voraussichtlich'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-ship-date')).toContain(quote));
  it.each([
    'Dispatch: 20 days after deposit, estimated sea freight EUR 900',
    'Shipping: 35 days after PO, roughly 60 cartons per container',
    'Versand 25 Tage nach Anzahlung, voraussichtlich ab Hafen Qingdao',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});
