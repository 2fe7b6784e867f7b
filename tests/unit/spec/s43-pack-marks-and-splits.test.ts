import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * s43 (spec B): the fields a carton mark or label carries, a split of the order written size by size or colour by
 * colour, one colour per pack, a colour held to a numbered yarn card or an approved drawdown, a one-colour black
 * print, and packing held to a sealed, numbered bulk sample are not vague; the same words with no field, split or
 * standard behind them still are.
 */

describe('s43: a pack mark listed by its fields', () => {
  clear([
    ['Etiquetas de caja: pedido, talla, color, peso bruto/neto, medidas en cm.', 'vague-size'],
    ['Etiquetas de caja: pedido, talla, color, peso bruto/neto, medidas en cm.', 'vague-weight'],
    ['Side mark: PO, style, colour, size, qty, G.W./N.W., measurement in cm.', 'vague-weight'],
    ['Koli etiketi: sipariş no 12, renk kodu ve beden asortisi.', 'vague-color'],
    ['Outer carton label: PO no., colour code and size, EAN-13.', 'vague-color'],
    ['Etykieta na pudełku: indeks, wymiary w cm, waga brutto/netto, kraj pochodzenia.', 'vague-size'],
  ]);
  flags([
    // No mark: the weight is named and never given.
    ['Weight: gross/net', 'vague-weight'],
    // A mark whose size is left to a sample, not a field.
    ['Carton marks: order no., size as per sample', 'vague-size'],
    ['Carton marks: PO no.; colour: as photo', 'vague-color'],
  ]);
});

describe('s43: a split of the order by size or colour', () => {
  clear([
    ['Size split: S/M/L/XL = 100/200/200/100, total 600 pcs.', 'vague-size'],
    ['Tallas S/M/L/XL = 50/100/100/50; total 300 uds.', 'vague-size'],
    ['Sizes per colour: XS/S/M = 30/60/30, Pantone 19-3921 TCX, total 120 pcs', 'vague-size'],
    [
      'Grade por cor: Azul PP 40 / P 80 / M 120 / G 80 / GG 40; Vermelho mesma grade; total 720 peças.',
      'vague-color',
    ],
    ['Split per colour: Navy S 20 / M 40 / L 20; Grey same split; total 160 pcs.', 'vague-color'],
  ]);
  flags([
    // Counts after the letters with nothing saying they are counts: they may be chest widths.
    ['Size: S/M/L = 50/52/54', 'vague-size'],
    ['size ratio S:M:L:XL = 1:2:2:1 roughly', 'vague-size'],
    // A colour with no split behind it is still a colour by name.
    ['Colour: Vermelho, same shade as last year', 'vague-color'],
  ]);
});

describe('s43: one colour per pack', () => {
  clear([
    ['Solid colour per carton, 24 pcs/ctn.', 'vague-color'],
    ['Un solo color por caja, 12 unidades por caja.', 'vague-color'],
    ['Eine Farbe pro Karton, 20 Stück je Karton.', 'vague-color'],
  ]);
  flags([
    ['Colour: dark, one per carton', 'vague-color'],
    ['Un solo color por caja: azul bonito', 'vague-color'],
  ]);
});

describe('s43: colour held to a numbered card or drawdown, and a one-colour black print', () => {
  clear([
    ['Thread colours per thread card TC-9 codes 1801/1802.', 'vague-color'],
    ['Colour per approved drawdown DD-112, ΔE ≤ 2.0.', 'vague-color'],
    ['Ink colour to match approved draw-down no. 45.', 'vague-color'],
    ['Impresión 1 color negro sobre kraft, 20 x 10 cm, archivo CAJA-v2.pdf.', 'vague-color'],
    ['Druk 1 kolor czarny na kartonie, 15 x 10 cm, plik KARTON-v1.pdf.', 'vague-color'],
  ]);
  flags([
    ['Thread colours per thread card, nice bright shades.', 'vague-color'],
    ['Colour close to drawdown DD-112.', 'vague-color'],
    ['Ink colour: black, like the old box.', 'vague-color'],
  ]);
});

describe('s43: packing held to a sealed, numbered sample', () => {
  clear([
    [
      'Packing: unchanged from last order, as per sealed counter sample CS-221 kept by both parties.',
      'vague-packaging',
    ],
    ['Embalaje: igual que la muestra sellada n.º 45.', 'vague-packaging'],
  ]);
  flags([
    ['Packing: same as sample.', 'vague-packaging'],
    ['包装：同上次。', 'vague-packaging'],
  ]);
});
