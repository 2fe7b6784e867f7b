import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/**
 * Stop 48, after the red team: a value "left to the customer's need" or "to be agreed" that the same clause then fixes
 * (a figure, a code, a colon and its answer) is settled; a pump's "up to" flow given at its head or against its curve
 * has its duty point in more languages; a colour strength measured by a spectrophotometer to a named standard is a
 * measure. The open neighbours still fire. Our own wording.
 */
const vague = (t: string) => checkSpecLine(t).filter((f) => f.rule.startsWith('vague-'));

describe('a handed-over value settled in the same clause', () => {
  it.each([
    'Presión nominal: 10 bar (según necesidad del cliente, confirmada en PO 7781)',
    'Capacidade: 300 L conforme estoque do modelo TK-300, sem troca',
    'Plug: per customer needs: UK BS 1363, 13 A fuse',
    'Potencia según necesidad del cliente: 1500 W',
    '电源线长度下单后再定为1.5米',
  ])('leaves clear %s', (text) => {
    expect(vague(text)).toEqual([]);
  });
  it.each([
    ['Potenza motore: 0,5-2 kW a scelta del fornitore', 'a scelta del fornitore'],
    ['Pressione: secondo esigenze del cliente', 'secondo esigenze del cliente'],
    ['Kolor obudowy: do ustalenia', 'do ustalenia'],
  ])('still flags %s', (text, quote) => {
    expect(vague(text).map((f) => f.quote)).toContain(quote);
  });
});

describe('a flow ceiling with its duty point', () => {
  it.each([
    'Caudal: hasta 1200 l/h a 8 m de altura manométrica',
    'Vazão: até 900 L/h com 12 m de coluna',
    'Flow: up to 30 m3/h, refer to the pump curve in the datasheet',
  ])('leaves clear %s', (text) => {
    expect(vague(text)).toEqual([]);
  });
  it('still flags a bare "hasta" flow', () => {
    expect(vague('Caudal: hasta 1200 l/h').map((f) => f.rule)).toContain('vague-performance');
  });
});

describe('a colour strength measured by an instrument', () => {
  it('leaves clear a percentage read by a spectrophotometer to a standard', () => {
    expect(vague('Shade tolerance: strength within 2% by spectrophotometer, ISO 105-J01')).toEqual([]);
  });
  it('still flags a percentage nobody measures', () => {
    expect(vague('Colour difference: within 8% is acceptable').map((f) => f.rule)).toContain('vague-color');
  });
});
