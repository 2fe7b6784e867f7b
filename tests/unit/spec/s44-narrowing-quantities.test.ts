import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Narrowing after the stop-44 red team (quantities, weights, sizes, grades): each reading that made a harmless line
 * vague is held to what the line itself says, and the lines the rules were written for stay flagged. Our own
 * sentences.
 */

describe('a ± that points at the numbered place of its figure', () => {
  clear([
    ['Quantity: 8,000 units +/- see allowance clause 4 of the contract', 'vague-quantity'],
    ['Menge: 2.000 Stück ± siehe Toleranztabelle Anlage 3', 'vague-quantity'],
    ['Pack weight 250 g ± see section 4.2', 'vague-weight'],
  ]);
  flags([
    ['Quantity: 8,000 units +/- see below', 'vague-quantity'],
    ['Quantité : 600 pièces +/- selon la production', 'vague-quantity'],
    ['Pack weight 250 g ± see production', 'vague-weight'],
  ]);
});

describe('a minimum order field', () => {
  flags([
    ['MOQ - open to discussion', 'vague-quantity'],
    ['Pedido mínimo – a combinar', 'vague-quantity'],
    ['MOQ: negotiable, no minimum for samples', 'vague-quantity'],
    ['MOQ: to be discussed, quantity later', 'vague-quantity'],
  ]);
  clear([
    ['MOQ: flexible, no minimum, single units accepted', 'vague-quantity'],
    ['Pedido mínimo: sin mínimo, se aceptan piezas sueltas', 'vague-quantity'],
    ['MOQ: to be discussed; order quantity: 4,500 pcs', 'vague-quantity'],
    ['Pedido mínimo: a combinar; quantidade do pedido: 1.200 peças', 'vague-quantity'],
  ]);
});

describe('a weight field answered by a numbered table or sheet', () => {
  clear([
    ['Stückgewicht: siehe Gewichtstabelle Anlage 4', 'vague-weight'],
    ['Poids : selon fiche technique PT-31', 'vague-weight'],
    ['Peso: conforme tabela de pesos nº 7', 'vague-weight'],
    ['Net weight: see data sheet DS-12', 'vague-weight'],
  ]);
  flags([
    ['Stückgewicht: siehe Tabelle', 'vague-weight'],
    ['Net weight: as per data sheet', 'vague-weight'],
    ['Füllgewicht: je nach Modell', 'vague-weight'],
  ]);
});

describe('a run of numbered sizes with each size counted', () => {
  clear([
    ['Numeração: 35 ao 40 (grade 1-2-3-3-2-1)', 'vague-size'],
    ['Pointure : du 38 au 42, une paire par taille', 'vague-size'],
    ['Tallas: del 36 al 40, un par por talla', 'vague-size'],
    ['Size: 39-43, assortment 1-2-2-2-1', 'vague-size'],
  ]);
  flags([
    ['Numeração: 35 ao 40', 'vague-size'],
    ['Numeração: 35 ao 40 (grade 1-2-2-1)', 'vague-size'],
    ['Pointure : du 38 au 42', 'vague-size'],
  ]);
});

describe('a stock remark about the price, after a grade band', () => {
  clear([
    ['Almonds, moisture 4-6%, prices subject to availability', 'vague-material'],
    ['Arroz, quebrados 5-15%, precio según disponibilidad', 'vague-material'],
  ]);
  flags([
    ['Rice, broken 10-20%, subject to availability', 'vague-material'],
    ['Rijst: breuk 5-10% volgens voorraad', 'vague-material'],
  ]);
});

describe('an approximate range in the unit of the value before it', () => {
  flags([
    ['Net weight: 10 kg per carton (approx. 9-10 kg)', 'vague-weight'],
    ['Peso neto: 25 kg por saco (aprox. 24-25 kg)', 'vague-weight'],
  ]);
  clear([
    ['Net weight: 250 g per pack (approx. 8.8 oz)', 'vague-weight'],
    ['Peso neto: 1 kg por bolsa (aprox. 2.2 lb)', 'vague-weight'],
  ]);
});

describe("an allowance spelt out as counts is the count's own", () => {
  flags([
    ['Qty: 1,900-2,100 pcs; carton weight 2000 g ±5%', 'vague-quantity'],
    ['Quantity: 475-525 units, bottle 500 ml +/-5%', 'vague-quantity'],
  ]);
  clear([
    ['Order qty 4,000 pcs; supplier may ship +/-5% (3,800-4,200 pcs)', 'vague-quantity'],
    ['Qty: 2,000 pcs ±5% (1,900-2,100 pcs)', 'vague-quantity'],
  ]);
});

describe('a colour after a food word names the food only when it agrees with it', () => {
  flags([
    ['Molinillo de pimienta blanco, madera, 22 cm', 'vague-color'],
    ['Moedor de pimenta branco, 18 cm', 'vague-color'],
    ['Tarro para arroz negra, 15 cm', 'vague-color'],
    ['Moulin à poivre noire, 20 cm', 'vague-color'],
  ]);
  clear([
    ['Pimienta blanca molida, 250 g', 'vague-color'],
    ['Pimenta preta em grão, 500 g', 'vague-color'],
    ['Arroz negro, 1 kg', 'vague-color'],
    ['Poivre noir en grains, 250 g', 'vague-color'],
  ]);
});
