import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

const vague = (t: string) => checkSpecLine(t).filter((f) => f.rule.startsWith('vague-'));

describe('s47specC: readings', () => {
  it.each([
    ['Cloth weight: 200~280 gsm', 'vague-weight'],
    ['Bath towel weight: 450 GSM (test method to be confirmed)', 'vague-weight'],
    ['Outer packing: 1 pc per bag, some pieces per carton', 'vague-packaging'],
    ['Tolerances: standard for these kinds of goods', 'vague-size'],
    ['Coating: matt PU, soft hand feel', 'vague-material'],
    ['Buckle: reliable brand buckle', 'vague-material'],
  ])('flags %s', (text, rule) => {
    expect(vague(text).map((f) => f.rule)).toContain(rule);
  });
  it.each([
    'Pallet: standard export wooden pallet 120x100 cm, max 1.5 m high, shrink wrapped',
    'Shipment: 40 days from the later of (a) deposit receipt (b) written PP sample approval',
    '交货期:收到定金并书面确认产前样后30天内出货',
    'Ball size 4: circumference 63-65 cm, FIFA Quality Pro certified',
    'Logo: sablon 1 warna hitam, ukuran 8x4 cm, sesuai berkas desain LG-07',
    'Cloth weight: 200 gsm',
  ])('leaves clear %s', (text) => {
    expect(vague(text)).toEqual([]);
  });
});
