import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * s43 narrowing: the exemptions for a factory's output rate, a pack mark's fields, one colour per pack, a size
 * split, a numbered colour card and a one-colour black print each clear only the precise reading they were written
 * for; the same shapes with the choice still open (an order's weekly "output", a brand, random colours, counts "or
 * per stock", a stretch of card codes, black "or" another ink) stay vague.
 */

describe('s43 narrowing: only a capacity word makes a rate the factory’s', () => {
  flags([
    ['PO: output approx. 800 units a day through March', 'vague-quantity'],
    ['Pedido: output aprox. 2000 uds por semana', 'vague-quantity'],
    ['Order line 2: output around 1500 pairs per month for the whole run', 'vague-quantity'],
  ]);
  clear([
    ['Production capacity approx. 2000 pcs/day', 'vague-quantity'],
    ['Monthly output about 40000 units per month', 'vague-quantity'],
    ['Output: about 3000 pcs per day', 'vague-quantity'],
    ['Kapazität ca. 900 Stück pro Tag', 'vague-quantity'],
  ]);
});

describe('s43 narrowing: "marca" is a pack mark only on the pack or shipment', () => {
  flags([
    ['Marca: Lumen; Color: código', 'vague-color'],
    ['Marcas: diversas; Peso: bruto y neto', 'vague-weight'],
    ['Marca: nossa; Peso: bruto/neto', 'vague-weight'],
  ]);
  clear([
    ['Marcas de caja: PO, talla, color; Peso: bruto/neto', 'vague-weight'],
    ['Marcas de embarque: pedido, color: código; peso bruto/neto', 'vague-color'],
    ['Marcas de embarque: pedido, color: código; peso bruto/neto', 'vague-weight'],
  ]);
});

describe('s43 narrowing: one colour per pack with each pack’s colour left open', () => {
  flags([
    ['Colores: aleatorios, un solo color por caja', 'vague-color'],
    ['Couleur : au hasard, un seul coloris par colis', 'vague-color'],
    ['Colour: any colours, one colour per polybag', 'vague-color'],
    ['Colour: randomly packed, single colour per carton', 'vague-color'],
  ]);
  clear([
    ['Couleur : un seul coloris par colis', 'vague-color'],
    ['Colour: navy 19-4024 TCX, one colour per carton', 'vague-color'],
  ]);
});

describe('s43 narrowing: a size split loosened anywhere after its counts', () => {
  flags([
    ['Sizes: S/M/L = 80/160/80, total roughly 320 pcs', 'vague-size'],
    ['Tallas S/M/L/XL = 60/120/120/60, total 360, según disponibilidad', 'vague-size'],
    ['Size: S/M/L = 40/80/40 or as per stock, total 160', 'vague-size'],
  ]);
  clear([
    ['Sizes: S/M/L/XL = 50/100/100/50, total 300 pcs', 'vague-size'],
    ['Size breakdown: S/M/L = 30/60/30, total 120', 'vague-size'],
  ]);
});

describe('s43 narrowing: a colour card as a menu', () => {
  flags([
    ['Colour: thread card TK-2 codes 200 to 480', 'vague-color'],
    ['Colour: yarn card YC-8 codes 110-290', 'vague-color'],
    ['Colour: pick from yarn card YC-8 codes 110/290, buyer decides later', 'vague-color'],
    ['Couleur : au choix sur nuancier n° 34', 'vague-color'],
  ]);
  clear([
    ['Colour: per yarn card SK-YC-8 codes 110/290', 'vague-color'],
    ['Colour: yarn card YC-8 code 214', 'vague-color'],
    ['Colour: thread card TC-4 no. 2207', 'vague-color'],
    ['Farbe nach Farbkarte Nr. 9', 'vague-color'],
  ]);
});

describe('s43 narrowing: a one-colour black print with another ink offered', () => {
  flags([
    ['Print: 1 colour black or navy', 'vague-color'],
    ['Stampa: 1 colore nero oppure blu', 'vague-color'],
    ['Impresión: 1 color negro o rojo, según la fábrica', 'vague-color'],
    ['Nadruk: 1 kolor czarny lub zielony', 'vague-color'],
    ['Impressão: 1 cor preto ou azul', 'vague-color'],
  ]);
  clear([
    ['Impresión: 1 color negro', 'vague-color'],
    ['Druk: 1 kolor czarny', 'vague-color'],
    ['Print: 1C black, on kraft', 'vague-color'],
  ]);
});
