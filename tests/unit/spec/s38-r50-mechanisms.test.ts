import { describe, expect, it } from 'vitest';
import { quotes, rules } from './spec-lines';

/**
 * Stop-38 mechanisms from an independent probe: estimates that void a counted lead time, "whichever later", a French
 * written proof approval, precious metals named with their fineness, numbered sample plates in other languages, wide
 * density and grammage ranges, German fabric labels, efficiency ceilings, tests said to be passed, certificates sent to
 * a website, and habitual sizes in Turkish, Russian and Ukrainian. Our own sentences.
 */

describe('an estimate anywhere in a counted lead time voids it', () => {
  it.each([
    ['Поставка: в течение двух недель после предоплаты, примерно', 'примерно'],
    ['Lieferzeit: voraussichtlich 4 Wochen nach Anzahlung', 'voraussichtlich'],
    ['Delivery: one month after deposit, tentatively', 'tentatively'],
    ['Plazo de entrega: 30 días tras el pago, aproximadamente', 'aproximadamente'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-ship-date')).toContain(quote));
  it.each([
    'Поставка: 20 дней после предоплаты',
    'Shipping: ETD estimated time of departure 30 days after deposit',
    'Delivery: 40 days after receipt of deposit',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
});

describe('a written proof approval is an event; a bare "whichever later" stays open', () => {
  it.each([
    'Délai : livraison 30 jours après validation écrite du BAT réf. B-1120',
    'Délai : expédition 25 jours après approbation par écrit de l’échantillon',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-ship-date'));
  it.each(['Delivery: whichever later', 'Delivery: ASAP, whichever later'])('flagged: %s', (line) =>
    expect(rules(line)).toContain('vague-ship-date'),
  );
});

describe('a precious metal with its fineness is the metal', () => {
  it.each([
    'Gold: 18K, hallmarked, 75% Au min.',
    'Anillo: oro 18 kt, 3,2 g',
    'Silver: 925 sterling, rhodium plated 0.3 µm',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-color'));
  it.each(['Colour: gold', 'Farbe: Silber', 'Red: 14k pcs', 'Farbe nach Musterplatte'])(
    'flagged: %s',
    (line) => expect(rules(line)).toContain('vague-color'),
  );
});

describe('a density or grammage left to a wide range', () => {
  it.each([
    ['Seat foam: density 20-40D', '20-40D'],
    ['Fabric: cotton twill, 150-320 gsm', '150-320 gsm'],
    ['Schaumstoff Raumgewicht 18-35 kg/m³', '18-35 kg/m³'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-material')).toContain(quote));
  it.each([
    'Fabric: cotton twill, 200-210 gsm',
    'Seat foam: 30-32D, HR',
    'Lead time: 3-5 D',
    'Stoff: Baumwolle 200 g/m²',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-material'));
});

describe('German fabric labels are material labels', () => {
  it.each(['Oberstoff: Polyester, ähnliche Qualität wie Muster', 'Bezugsstoff: wie Muster'])(
    'flagged: %s',
    (line) => expect(rules(line)).toContain('vague-material'),
  );
  it('clear: a fabric with its composition and weight', () =>
    expect(rules('Futterstoff: 100% Polyester Taft, 65 g/m²')).not.toContain('vague-material'));
});

describe('an efficiency given only as its ceiling', () => {
  it.each([
    ['Zellwirkungsgrad: bis zu 22,5%', 'bis zu 22,5%'],
    ['Motor efficiency: up to 91%', 'up to 91%'],
    ["Rendement : jusqu'à 20 %", "jusqu'à 20 %"],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-performance')).toContain(quote));
  it.each([
    'Module efficiency: up to 22.8%, min. 21.9% at STC',
    'Module efficiency: 21.6% (STC)',
    'Wirkungsgrad: max. 97,6 %',
    'Discount: up to 15%',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
});

describe('a test said to be passed, or papers sent to the website, with no report', () => {
  it.each([
    'Toys: CE and EN71 passed',
    'Kitchen tools: FDA passed',
    'Certificates: CE, GS (please see our website)',
    'Zertifikate: CE, siehe unsere Webseite',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-material'));
  it.each(['LFGB passed, SGS report no. SH25-88123', 'EN71 test passed per report no. TR-55012'])(
    'clear: %s',
    (line) => expect(rules(line)).not.toContain('vague-material'),
  );
});

describe('habitual sizes and fits to most of an unnamed list, in more languages', () => {
  it.each([
    ['Boyut: standart beden', 'standart beden'],
    ['Розмір: стандартний розмір', 'стандартний розмір'],
    ['Совместимость: подходит для большинства моделей', 'подходит для большинства'],
    ['Passform: passend für die meisten Helme', 'passend für die meisten'],
  ])('flagged: %s', (line, quote) => expect(quotes(line, 'vague-size')).toContain(quote));
  it.each(['Ebat: 50x70 cm', 'Розмір: 42x30 см'])('clear: %s', (line) =>
    expect(rules(line)).not.toContain('vague-size'),
  );
});
