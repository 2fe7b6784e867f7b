import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

describe('rt35: "natural" is a bare metal\'s colour only on a metal line with its finish', () => {
  it.each([
    'Leather wallet, 430 stainless clasp, colour: natural',
    'Bamboo tray with SUS304 handles, colour: natural',
    'Hemp shopping bag 304 g, colour: natural',
    'Cotton twine 316 m per spool, colour: natural',
    'Walnut shelf, brackets 45# steel, colour: natural',
    'SUS304 sheet 1 mm, colour: natural',
  ])('"%s" stays a vague colour', (line) => {
    expect(rules(line)).toContain('vague-color');
  });
  it.each([
    'SUS316 plate 2 mm, colour: natural, brushed',
    'Material: 304 stainless, colour: natural polished',
    'Aluminium 6063-T5 tube, colour: 本色抛光',
  ])('"%s" is not a vague colour', (line) => {
    expect(rules(line)).not.toContain('vague-color');
  });
});

describe('rt35: a bare steel number under a material label stands in for the grade only', () => {
  it.each([
    'Material: 4140 or equivalent',
    'Material: 1045 approx',
    'Werkstoff: 4140, gute Qualität',
    '材质：45号或同等材料',
    'Material: 1030 sacks of recycled resin',
    'Material: 1050 units, premium alloy',
    'Material: 4140 EUR per tonne',
    'Material: 1060 series, nice finish',
    'Material: 12# canvas, strong',
    '材质：20#',
    '材料：40#，耐用',
    '材质：40Cr或其他',
  ])('"%s" is a material finding', (line) => {
    expect(rules(line)).toContain('vague-material');
  });
  it.each([
    'Material: 4140',
    'Material: 1045 steel, induction hardened',
    'Werkstoff: 4140, vergütet',
    '材质：45#钢，调质',
    'Material: SAE 8620, carburized',
  ])('"%s" is not a material finding', (line) => {
    expect(rules(line)).not.toContain('vague-material');
  });
});

describe('rt35: an alloy code needs its element symbols and a second element (or is 40Cr)', () => {
  it.each(['Material: good metal, guarantee 24mo', 'Material: 45mn', 'Material: 30Ni', 'Material: 60Ti'])(
    '"%s" is a material finding',
    (line) => {
      expect(rules(line)).toContain('vague-material');
    },
  );
  it.each(['Material: 35CrMo', 'Material: 20Cr', 'Material: 18CrNiMo7-6', 'Material: 20MnCr5'])(
    '"%s" names a grade',
    (line) => {
      expect(rules(line)).not.toContain('vague-material');
    },
  );
});

describe('rt35: a numbered link is a pick only when the number is the whole answer', () => {
  it.each([
    'Design: same as link 50%',
    'Design: as per link 2:1',
    '款式：同链接1比2',
    'Design: same as link 4 or 5',
    '款式：同链接4或5',
    'Design: as per link 6 or similar',
    'Diseño: igual al enlace 3 o parecido',
    'Design: as per link 2 but a bit longer',
    'Design: same as link 7, specs may change',
    'Design: same as link 8848',
    'Design: as per listing 2023 version',
    'Design: as per listing 15 days ago',
  ])('"%s" is flagged', (line) => {
    expect(rules(line).length).toBeGreaterThan(0);
  });
  it.each(['Style: as per link no. 6', 'Model: same as link #12', '款式：同链接5号'])(
    '"%s" is not flagged',
    (line) => {
      expect(rules(line)).toEqual([]);
    },
  );
});

describe('rt35: only a bare OEM answers a brand field', () => {
  it.each([
    'Brand Name: customised',
    'Brand: private label',
    'Brand: white-label',
    'Brand: OEM (your logo printed)',
    'Brand: OEM available',
    'Brand Name: OEM is welcome',
  ])('"%s" stays open customisation', (line) => {
    expect(rules(line)).toContain('vague-customization');
  });
  it.each(['Brand: OEM', '品牌：OEM'])('"%s" is not flagged', (line) => {
    expect(rules(line)).not.toContain('vague-customization');
  });
});

describe('rt35: pallet facts count only on a pallet fixed by footprint or standard', () => {
  it.each([
    'Packing: cartons on pallet, shrink film',
    '包装：纸箱，托盘，拉伸膜',
    'Verpackung: Karton auf Palette, Stretchfolie',
    'Packing: colour box, max 2 m high',
  ])('"%s" stays vague packing', (line) => {
    expect(rules(line)).toContain('vague-packaging');
  });
  it.each([
    'Packing: EPAL pallet, stretch film, corner boards',
    'Packing: pallet 1100x1100 mm, max height 1.5 m, stretch wrap',
  ])('"%s" is not vague packing', (line) => {
    expect(rules(line)).not.toContain('vague-packaging');
  });
});
