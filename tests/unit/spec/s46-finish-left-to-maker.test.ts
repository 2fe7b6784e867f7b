import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 46: a finish the maker picks ("at the factory's discretion", "nach Wahl des Herstellers") is a material left
 * open — finishes are filed under material — not a performance value deferred.
 */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a finish left to the maker', () => {
  it.each([
    'Finish: oiled or lacquered, at the manufacturer’s choice',
    'Surface treatment: galvanised or painted, at the factory’s discretion',
    'Acabado: lacado o barnizado, a criterio del fabricante',
  ])('vague material: %s', (line) => {
    expect(rules(line)).toContain('vague-material');
  });
});

describe('a finish written out', () => {
  it.each(['Finish: powder coat RAL 9005, 60-80 µm', 'Surface: hard anodised black, 25±5 µm'])(
    '%s',
    (line) => {
      expect(rules(line)).toEqual([]);
    },
  );
});
