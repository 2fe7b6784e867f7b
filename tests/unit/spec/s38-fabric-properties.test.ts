import { describe, expect, it } from 'vitest';
import { rules } from './spec-lines';

/**
 * Stop 38: a fabric's stretch, breathability or absorbency answered with a quality word is a claim no laboratory
 * report backs ("Elasticity: good", "Atmungsaktivität: sehr gut", "透气性：好"); elongation and recovery in %, air
 * permeability and wicking times are what the bulk can be held to. Our own lines, modelled on sportswear and towel
 * attribute tables.
 */

describe('a fabric property answered with a quality word', () => {
  it.each([
    'Stretch: great elasticity',
    'Elasticity: very good',
    'Breathability: excellent',
    'Absorbency: high',
    'Atmungsaktivität: sehr gut',
    'Elastyczność: wysoka',
    'Эластичность: высокая',
    '透气性：好',
  ])('flagged: %s', (line) => expect(rules(line)).toContain('vague-performance'));

  it.each([
    'Elasticity: 4-way stretch, elongation 200%, recovery 92% (ASTM D2594)',
    'Stretch: 4-way',
    'Recovery: 95% after 1 h',
    'Air permeability: 120 mm/s (ISO 9237)',
    'Fabric: 88% nylon 12% spandex, 4-way stretch, 220 gsm',
  ])('clear: %s', (line) => expect(rules(line)).not.toContain('vague-performance'));
});
