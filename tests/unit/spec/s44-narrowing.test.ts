import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 44's narrowing, our own lines: a weight's tolerance written after the weight's own clause ("…, 500 g/m²,
 * gramaj toleransı ±%5"), and the Turkish per cent sign written before its figure. A tolerance with no figure, or
 * taken back, still reads as open.
 */
describe("a weight's tolerance in the clause after its figure", () => {
  clear([
    ['Bath towel 70x140 cm, 480 g/m², gramaj toleransı ±%4', 'vague-weight'],
    ['Hand towel 50x90, 400 gsm, weight tolerance ±5%', 'vague-weight'],
    ['Ağırlık toleransı: ±%3', 'vague-weight'],
  ]);
  flags([
    ['Gramaj: ±%5', 'vague-weight'],
    ['Towel 500 gsm, gramaj toleransı normal', 'vague-weight'],
    ['Towel 500 gsm, weight tolerance ±5% or as per production', 'vague-weight'],
  ]);
});
