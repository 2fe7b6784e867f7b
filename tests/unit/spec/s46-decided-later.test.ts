import { describe, expect, it } from 'vitest';
import { clear, flags, quoteOf } from './spec-lines';

/**
 * Stop 46 (B): a technical value handed to a later decision or to the supplier's say ("set by our technician",
 * "tolerances fixed after the trial run", "ask the sales rep"), and a hardness reading with an estimate word after
 * it. The same lines with the value written stay clear.
 */

describe('a value settled later or by the supplier side', () => {
  flags([
    ['Number of cavities: 4 or 8, set by our technician', 'vague-performance'],
    ['Positional tolerances: to be finalised after the trial run', 'vague-performance'],
    ['Runout: dimensions confirmed after sampling', 'vague-performance'],
    ['Draft angles: a criterio de nuestro ingeniero', 'vague-performance'],
    ['Toleranze: saranno definite più avanti', 'vague-performance'],
    ['Passungen: werden nach dem Muster festgelegt', 'vague-performance'],
    ['Garantie moteur : conditions seront convenues plus tard', 'vague-performance'],
    ['Гарантия: условия уточняйте у менеджера', 'vague-performance'],
    ['公差：由我方工程师决定', 'vague-performance'],
    ['Service terms: please contact our sales team', 'vague-performance'],
    ['Finish: polished to the buyer’s satisfaction', 'vague-performance'],
  ]);
  clear([
    ['Number of cavities: 8, per mould drawing M-2231 rev B', 'vague-performance'],
    ['Positional tolerances: ±0.05 mm per ISO 2768-f, agreed in drawing rev C', 'vague-performance'],
    ['Runout: ≤ 0.02 mm TIR, measured on the first article', 'vague-performance'],
    ['Tolerancias: ±0,1 mm según plano 4410-A', 'vague-performance'],
    ['公差：±0.05mm，按图纸', 'vague-performance'],
  ]);
  it('quotes the deferral itself', () => {
    expect(quoteOf('Cavity count: exact number decided by the factory', 'vague-performance')).toBe(
      'decided by the factory',
    );
  });
});

describe('a hardness reading with an estimate word after it', () => {
  flags([
    ['Härte: 58 HRC ca.', 'vague-performance'],
    ['Dureza: Shore A 70 (aproximadamente)', 'vague-performance'],
    ['Dureté : HRC 55 environ', 'vague-performance'],
  ]);
  clear([
    ['Hardness: HRC 58-62', 'vague-performance'],
    ['Hardness: 450 HV min.', 'vague-performance'],
    ['Dureza: Shore A 70 ±5', 'vague-performance'],
  ]);
});
