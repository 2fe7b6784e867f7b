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

describe('a range of ingress ratings, not a depth, a time or a temperature after the rating', () => {
  flags([
    ['Protection class: IP54 up to IP66', 'vague-performance'],
    ['Protección: de IP65 a IP67', 'vague-performance'],
    ['Stopień ochrony: od IP54 do IP65', 'vague-performance'],
    ['Waterproof IP65~67', 'vague-performance'],
  ]);
  clear([
    ['Waterproof: IP68 to 3 m for 1 hour', 'vague-performance'],
    ['Waterproof: IPX8 - 5 m, 120 min', 'vague-performance'],
    ['Rating: IP66 -30~70°C ambient', 'vague-performance'],
  ]);
});

describe('a size run whose split stands in an attached document', () => {
  clear([
    ['Pointure : 40 à 45 selon répartition jointe (annexe C)', 'vague-size'],
    ['Numeração: 35 ao 40 conforme grade anexa', 'vague-size'],
    ['Size: 39-45 as per the attached size breakdown SZ-2', 'vague-size'],
  ]);
  flags([
    ['Pointure : 40 à 45 selon répartition', 'vague-size'],
    ['Size: 39-45 as per breakdown', 'vague-size'],
  ]);
});
