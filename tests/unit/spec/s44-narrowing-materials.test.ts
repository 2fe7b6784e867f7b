import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop-44 narrowing (materials, finishes, stone, samples): readings that the red team showed firing where the
 * buyer's text already pins the point, and ones that let an open choice through. Our own sentences.
 */

describe('a substitute gated on the buyer written approval, in Dutch, Polish and Vietnamese', () => {
  clear([
    [
      'Materiaal: RVS 304 (1.4301) of gelijkwaardig, uitsluitend met schriftelijke toestemming van de opdrachtgever',
      'vague-material',
    ],
    ['Materiał: stal 1.4301, lub równoważny tylko po pisemnej akceptacji kupującego', 'vague-material'],
    ['Vật liệu: inox SUS304 hoặc tương đương, chỉ khi khách hàng phê duyệt bằng văn bản', 'vague-material'],
  ]);
  flags([
    ['Materiaal: RVS 304 of gelijkwaardig', 'vague-material'],
    [
      'Materiaal: RVS 304 of gelijkwaardig, schriftelijke goedkeuring van de klant niet vereist',
      'vague-material',
    ],
    ['Vật liệu: inox SUS304 hoặc tương đương, không cần khách hàng phê duyệt bằng văn bản', 'vague-material'],
  ]);
});

describe('a document number is no grade beside Dutch "of"', () => {
  clear([
    ['Material: aluminium 6063, PO 7710 of 2025', 'vague-material'],
    ['Material: steel 1.4301, invoice no. 3307 of 2023', 'vague-material'],
  ]);
  flags([['Materiaal: RVS 316L of 304L', 'vague-material']]);
});

describe('a finish answered by a texture reference or polish grade', () => {
  clear([
    ['Finish: smooth, No.8 mirror', 'vague-material'],
    ['Surface: smooth; mould texture SPI B2', 'vague-material'],
    ['Surface finish: even, Mold-Tech MT-11020', 'vague-material'],
    ['Finish: smooth, texture VDI 3400 Ref 24', 'vague-material'],
  ]);
  flags([
    ['Surface: completely smooth, shiny', 'vague-material'],
    ['Finish - smooth, without burrs', 'vague-material'],
    ['Bề mặt: mịn, không ba via', 'vague-material'],
    ['Finish: bright, brushed', 'vague-material'],
  ]);
});

describe('wood by its species and glass by its kind, with a thickness', () => {
  clear([
    ['Hout: eiken, 22 mm', 'vague-material'],
    ['Drewno: sosna skandynawska, grubość 18 mm', 'vague-material'],
    ['Madera: haya, 15 mm', 'vague-material'],
    ['Szkło hartowane, grubość 6 mm', 'vague-material'],
  ]);
  flags([
    ['Hout: eiken', 'vague-material'],
    ['Wood: beech or pine, 18 mm', 'vague-material'],
    ['Szkło, grubość 6 mm', 'vague-material'],
  ]);
});

describe('a leather or glass kind left to an alternative, a preference or the stock', () => {
  flags([
    ['Leder: Rindleder oder Kunstleder, 1,6 mm', 'vague-material'],
    ['Glass: laminated or plain, 8 mm', 'vague-material'],
    ['Glass: toughened preferred, 8 mm', 'vague-material'],
    ['Vidrio: laminado según disponibilidad, 8 mm', 'vague-material'],
  ]);
  clear([
    ['Glass: toughened, 8 mm', 'vague-material'],
    ['Leather: cowhide, 1.6 mm', 'vague-material'],
  ]);
});

describe('natural stone: a named variety or a stone word in another name', () => {
  clear([
    ['Granite: Nero Assoluto, flamed, 30 mm', 'vague-material'],
    ['Vanity top: marble (Calacatta), 20 mm', 'vague-material'],
    ['Kerb: granite G654, 100x300 mm', 'vague-material'],
    ['Ubin: Granit 80x80 merek Garuda, KW1', 'vague-material'],
    ['Frame colour: RAL 7016 Anthracite Grey; sheet: RAL 9006 Granite Silver', 'vague-material'],
    ['Wok: aluminium 3003, 2.5 mm; coating: granite coated, Whitford Xylan', 'vague-material'],
  ]);
  flags([
    ['Tiles: Spanish Beige marble, 60x60 cm', 'vague-material'],
    ['Slab: Chinese granite, 20 mm', 'vague-material'],
  ]);
});

describe('a sample whose signature is denied or whose number is another document', () => {
  flags([
    ['Colour: as per sample, not yet signed off', 'vague-color'],
    ['Couleur : selon échantillon, pas encore signé', 'vague-color'],
    ['Farbe: wie Muster, Muster nicht unterschrieben', 'vague-color'],
    ['Color: igual a muestra, ver pedido nº 5521', 'vague-color'],
    ['Màu: như mẫu, hợp đồng số 88', 'vague-color'],
  ]);
  clear([
    ['Couleur : selon échantillon signé par les deux parties', 'vague-color'],
    ['Màu: như mẫu số 88', 'vague-color'],
  ]);
});

describe('rust red as a paint shade', () => {
  flags([['塗料の色：黒錆色', 'vague-color']]);
  clear([['塩水噴霧試験：赤錆なし', 'vague-color']]);
});
