import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * "Pantone 286 C or equivalent", "SUS304 or similar": the precise value names what the buyer wants and the
 * open side lets the supplier deliver something else, chosen after payment. An importer cannot show in a
 * dispute that "equivalent" was not met. Only a substitute the buyer must approve keeps the choice hers.
 */
const rulesOf = (line: string) => checkSpecLine(line).map((f) => f.rule);

describe('a precise value with an open alternative', () => {
  it.each([
    ['Color: Pantone 286 C or equivalent', 'vague-color'],
    ['Color: Pantone 286 C or similar', 'vague-color'],
    ['Couleur : Pantone 286 C ou équivalent', 'vague-color'],
    ['颜色：潘通286C或同等', 'vague-color'],
    ['Material: SUS304 or similar', 'vague-material'],
    ['Material: 304 stainless steel or equivalent', 'vague-material'],
    ['Material: acero inoxidable 304 o equivalente', 'vague-material'],
    ['材质：304不锈钢或同等', 'vague-material'],
  ])('%s is flagged', (line, rule) => {
    expect(rulesOf(line)).toEqual([rule]);
  });

  it.each([
    'Color: Pantone 286 C or equivalent approved by buyer in writing',
    'Color: Pantone 286 C or equivalent, to be confirmed by buyer before production',
    'Material: 304 stainless steel or an equivalent grade agreed in writing',
    'Color: Pantone 286 C',
    'Material: SUS304',
    'Material: 304 or better',
  ])('%s is not', (line) => {
    expect(rulesOf(line)).toEqual([]);
  });
});
