import { describe, expect, it } from 'vitest';
import { clear, flags, quotes, rules } from './spec-lines';

/**
 * Stop-44 spec mechanisms (sizes, weights, quantities, tolerances): a plus-or-minus with no figure; a minimum order
 * answered with no figure; weight fields named by a compound ("…gewicht") or by grammage, and the Turkish size and
 * the shoe-size fields; and the false alarms: a field that is the weight's tolerance, a conversion after a weight
 * counted per pack, a count per weight (a size grade), an allowance written out as counts, and a food commodity whose
 * colour names its kind. Our own sentences.
 */

describe('a plus-or-minus with no figure after it', () => {
  it.each([
    ['Pack weight 250 g +/- only', 'vague-weight', '250 g +/-'],
    ['Poids net : 2 kg ±, selon le lot', 'vague-weight', '2 kg ±'],
    ['Peso: 750 ±', 'vague-weight', '750 ±'],
    ['Menge: 300 Stück ±', 'vague-quantity', '300 Stück ±'],
    ['Cantidad: 1.000 unidades +/- según producción', 'vague-quantity', '1.000 unidades +/-'],
  ])('flagged: %s', (line, rule, quote) => expect(quotes(line, rule)).toContain(quote));

  clear([
    ['Pack weight 250 g +/- 5 g', 'vague-weight'],
    ['Peso: 750 g ± 2%', 'vague-weight'],
    ['Kumaş: %100 pamuk, 200 g/m² ±%4, 900 adet', 'vague-weight'],
    ['Menge: 300 Stück ± 3 %', 'vague-quantity'],
    ['Cantidad: 1.000 unidades +/- 2%', 'vague-quantity'],
  ]);
});

describe('a minimum order answered with no figure', () => {
  flags([
    ['MOQ: flexible, we accept sample orders', 'vague-quantity'],
    ['Minimum order quantity: to be discussed', 'vague-quantity'],
    ['Pedido mínimo: a combinar com o vendedor', 'vague-quantity'],
    ['Quantité minimale : à discuter', 'vague-quantity'],
    ['起订量：可议', 'vague-quantity'],
  ]);
  clear([
    ['MOQ: 300 pcs, flexible for the first order', 'vague-quantity'],
    ['MOQ: 2 cartons', 'vague-quantity'],
    ['MOQ: none', 'vague-quantity'],
    ['MOQ: 500 pcs (negotiable for repeat orders)', 'vague-quantity'],
  ]);
});

describe('weight fields named by a compound or by grammage, and size fields of other trades', () => {
  flags([
    ['Füllgewicht: 400 (brutto)', 'vague-weight'],
    ['Stukgewicht: ongeveer', 'vague-weight'],
    ['Gramaje: 120-140 g según disponibilidad', 'vague-weight'],
    ['Boyut: 50x70 cm, gramaj: ortalama', 'vague-weight'],
    ['Grammage: heavy', 'vague-weight'],
    ['Ebatlar: normal', 'vague-size'],
    ['Numeración: estándar, horma normal', 'vague-size'],
    ['Pointure : standard', 'vague-size'],
  ]);
  clear([
    ['Füllgewicht: 400 g', 'vague-weight'],
    ['Versandmarke: Inhalt und Nettogewicht auf jeder Kiste', 'vague-weight'],
    ['Gramaje: 180 g/m² ±5%', 'vague-weight'],
    ['Gramatura: 90 g/m²', 'vague-weight'],
    ['Ebat: 60 x 90 cm', 'vague-size'],
    ['Pointure : 38 à 42 (EU)', 'vague-size'],
  ]);
});

describe("a field that is the weight's tolerance, with its band", () => {
  clear([
    ['Coil per BS EN 10130, weight tolerance: ±3%', 'vague-weight'],
    ['Gewichtstoleranz: ±2 %', 'vague-weight'],
    ['لفائف صلب، تفاوت الوزن ±2%', 'vague-weight'],
    ['Tolérance de poids : -1%/+2%', 'vague-weight'],
  ]);
  flags([
    ['Weight tolerance: small', 'vague-weight'],
    ['Weight: ±2%', 'vague-weight'],
  ]);
});

describe('a weight converted into another unit after what it is counted per', () => {
  clear([
    ['Net weight 1 kg per pouch (approx. 2.2 lb)', 'vague-weight'],
    ['Peso neto 250 g por bolsa (aprox. 8.8 oz)', 'vague-weight'],
    ['Poids net 400 g par boîte (env. 14 oz)', 'vague-weight'],
    ['Net weight 340 g (approx. 12 oz)', 'vague-weight'],
  ]);
  flags([
    ['Net weight approx. 1 kg per pouch', 'vague-weight'],
    ['Weight 3 kg (approx.)', 'vague-weight'],
    ['Net weight about 1 kg per pouch (approx. 2.2 lb)', 'vague-weight'],
  ]);
});

describe('a count per weight is a size grade, not an open quantity', () => {
  clear([
    ['Frozen prawns 21-25 pcs per lb, IQF', 'vague-quantity'],
    ['Pruneaux 33-44 pièces / 500 g', 'vague-quantity'],
    ['Walnut kernels 70-80 pcs/kg', 'vague-quantity'],
    ['Ciruelas 50-60 piezas por 500 g', 'vague-quantity'],
  ]);
  flags([
    ['Socks 6-8 pairs per bag', 'vague-quantity'],
    ['Order 300-500 pcs, packed 25 pcs per carton', 'vague-quantity'],
  ]);
});

describe('an allowance written out as the counts it allows', () => {
  clear([
    ['Quantity 8,000 pcs, over/short +/-5% (7,600-8,400 pcs) at seller option', 'vague-quantity'],
    ['Cantidad 5.000 unidades ±2% (4.900-5.100 unidades)', 'vague-quantity'],
    ['Quantité 6 000 pièces, tolérance ± 5 % soit 5 700 à 6 300 pièces', 'vague-quantity'],
    ['Qty 2,000 pcs ±100 pcs (1,900-2,100 pcs)', 'vague-quantity'],
  ]);
  flags([
    ['Quantity 8,000 pcs, +/-5% (7,000-9,000 pcs)', 'vague-quantity'],
    ['Quantity 8,000 pcs (7,600-8,400 pcs)', 'vague-quantity'],
  ]);
});

describe('a food commodity whose colour names its kind', () => {
  clear([
    ['Parboiled white rice, broken 4% max, 50 kg bags', 'vague-color'],
    ['Arroz branco tipo 1, quebrados até 4%, fardos de 30 kg', 'vague-color'],
    ['Brown sugar ICUMSA 800, 50 kg PP bags', 'vague-color'],
    ['Black pepper 500 g/l, moisture 12% max', 'vague-color'],
    ['Weißer Reis, Langkorn, Säcke 25 kg', 'vague-color'],
  ]);
  it.each(['White rice cooker 1.8 L', 'Black pepper grinder, 20 cm', 'Rice storage box, colour: white'])(
    'the colour of goods is still read: %s',
    (line) => expect(rules(line)).toContain('vague-color'),
  );
});

describe("a grade's band whose end is left to the supplier's stock", () => {
  flags([
    ['Parboiled rice, broken 10-30% (grade per availability)', 'vague-material'],
    ['Arroz, quebrados 5-15% según existencias', 'vague-material'],
    ['Maize, moisture 12-15% depending on stock', 'vague-material'],
  ]);
  clear([
    ['Parboiled rice, broken 10% max, moisture 14% max', 'vague-material'],
    ['Maize, moisture 12-15%, aflatoxin 20 ppb max', 'vague-material'],
  ]);
  it('a range of days before a stock condition stays a lead time', () =>
    expect(rules('dispatched 3-5 days if in stock')).not.toContain('vague-material'));
});
