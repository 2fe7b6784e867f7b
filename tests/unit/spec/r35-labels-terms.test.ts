import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';

/**
 * Round 35: Thai, Dutch and Vietnamese field labels; Polish labels declined after another noun; a trade term with
 * no place under its own label, and a loading port left open; a capacity with no unit; a named resin said to be
 * virgin, or measured by its wall, is a material specification. Sentences of our own.
 */
const found = (line: string) => checkSpecLine(line).map((f) => `${f.rule}«${f.quote}»`);
const rules = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('Thai labels and their values', () => {
  it('a colour held to the picture', () => expect(found('สีสินค้า: ตามภาพ')).toEqual(['vague-color«ตามภาพ»']));
  it('a material praised as good quality quotes the praise', () =>
    expect(found('วัสดุ: สแตนเลสคุณภาพสูง')).toEqual(['vague-material«คุณภาพสูง»']));
  it('a lead time set by the order size', () =>
    expect(found('กำหนดส่ง: ตามจำนวนการสั่งซื้อ')).toEqual(['vague-ship-date«ตามจำนวนการสั่งซื้อ»']));
  it('a mixed-colour lot', () => expect(rules('สี: คละสี')).toEqual(['vague-color']));
  it('sizes and weights in Thai units are measured', () => {
    expect(rules('ขนาด: 42 x 28 ซม.')).toEqual([]);
    expect(rules('น้ำหนัก: 750 กรัม')).toEqual([]);
    expect(rules('วัสดุ: สแตนเลส 316')).toEqual([]);
  });
  it('an estimated weight is still an estimate', () =>
    expect(rules('น้ำหนัก: ประมาณ 2 กก.')).toEqual(['vague-weight']));
  it('a colour word that begins with the label letters is no label', () =>
    expect(rules('สีแดงสด ขนาด 12 ซม')).not.toContain('vague-size'));
});

describe('Dutch and Vietnamese labels', () => {
  it('a colour left to the supplier as a mix', () =>
    expect(found('Kleuren: gemengde kleuren')).toEqual(['vague-color«gemengde kleuren»']));
  it('a colour held to the photo', () => expect(rules('Kleur: volgens foto')).toEqual(['vague-color']));
  it('a family word for the material', () => {
    expect(found('Materiaal: metaal')).toEqual(['vague-material«metaal»']);
    expect(found('Vật liệu: nhựa')).toEqual(['vague-material«nhựa»']);
  });
  it('a grade or a composition is a specification', () => {
    expect(rules('Materiaal: RVS 316')).toEqual([]);
    expect(rules('Stof: 100% katoen, 220 gsm')).toEqual([]);
    expect(rules('Chất liệu: inox 304')).toEqual([]);
  });
  it('a lead time that hangs on the quantity', () =>
    expect(rules('Levertijd: afhankelijk van het aantal')).toEqual(['vague-ship-date']));
  it('Dutch counts and estimates', () => {
    expect(rules('Aantal: 1200 stuks')).toEqual([]);
    expect(rules('Aantal: ongeveer 1200 stuks')).toEqual(['vague-quantity']);
  });
});

describe('Polish labels declined after another noun', () => {
  it('packing details left to the client', () =>
    expect(rules('Rodzaj opakowania: pudełko lub zgodnie z życzeniem klienta')).toEqual(['vague-packaging']));
  it('a colour choice', () => expect(rules('Wybór koloru: różne kolory')).toEqual(['vague-color']));
  it('a timing that depends on the amount', () =>
    expect(rules('Termin realizacji: zależy od ilości')).toEqual(['vague-ship-date']));
});

describe('a trade term or a loading port with no place', () => {
  it('a bare term under a trade-term label', () => {
    expect(found('Price terms: CIF')).toEqual(['vague-ship-date«CIF»']);
    expect(found('Lieferbedingungen: EXW (Incoterms 2020)')).toEqual([
      'vague-ship-date«EXW (Incoterms 2020)»',
    ]);
    expect(rules('价格条款：FOB')).toEqual(['vague-ship-date']);
  });
  it('a term with its place is left alone', () => {
    expect(rules('Price terms: CIF Rotterdam')).toEqual([]);
    expect(rules('Incoterms: FCA Xiamen (Incoterms 2020)')).toEqual([]);
  });
  it('a menu of terms a listing quotes is not read as the order term', () =>
    expect(rules('Price terms: FOB, CIF, EXW')).toEqual([]));
  it('an open loading port', () => {
    expect(found('Port of loading: main port of China')).toEqual(['vague-ship-date«main port of China»']);
    expect(found('Loading port: any Chinese seaport')).toEqual(['vague-ship-date«any Chinese seaport»']);
    expect(rules('起运港：任意港口')).toEqual(['vague-ship-date']);
  });
  it('a named port, or a port that is a socket, is left alone', () => {
    expect(rules('Port of loading: Xiamen')).toEqual([]);
    expect(rules('Port: Tianjin, China')).toEqual([]);
    expect(rules('Charging port: USB Type-C')).toEqual([]);
  });
});

describe('a capacity with no unit', () => {
  it('flags the bare figure', () => {
    expect(found('Capacity: 750')).toEqual(['vague-size«750»']);
    expect(found('Inhoud: 330 / 500')).toEqual(['vague-size«330 / 500»']);
    expect(rules('容积：1.5')).toEqual(['vague-size']);
  });
  it('a unit in the value or the label answers it', () => {
    expect(rules('Capacity: 750 ml')).toEqual([]);
    expect(rules('Capacity (L): 20')).toEqual([]);
  });
  it('a production rate or a load is not a volume', () => {
    expect(rules('Production capacity: 20000')).toEqual([]);
    expect(rules('Supply capacity: 8000 pieces per week')).toEqual([]);
    expect(rules('Load capacity: 120')).not.toContain('vague-size');
  });
});

describe('a named resin, virgin or measured, is a material specification', () => {
  it('virgin or free of regrind', () => {
    expect(rules('Material: virgin HDPE')).toEqual([]);
    expect(rules('Material: polietileno (PE) virgen, sin material reciclado')).toEqual([]);
    expect(rules('Материал: первичный ПЭНД')).toEqual([]);
  });
  it('a Russian resin with its wall thickness', () =>
    expect(rules('Материал: полиэтилен, толщина стенки 0,8 мм')).toEqual([]));
  it('the family or a recycled resin stays open', () => {
    expect(rules('Material: virgin plastic')).toEqual(['vague-material']);
    expect(rules('Material: recycled PET')).toEqual(['vague-material']);
    expect(rules('Материал: полипропилен')).toEqual(['vague-material']);
  });
  it('a label word after a negation names nothing', () =>
    expect(rules('Tampa de PP 2 mm, sem material reciclado')).not.toContain('vague-material'));
});
