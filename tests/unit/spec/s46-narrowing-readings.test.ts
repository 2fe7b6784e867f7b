import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46 narrowing: a reading that looked open but is written down elsewhere on the line — a fastness method in the
 * buyer's or a lab's own document or a retailer's code, an "enough" held to a published standard, a finish requested
 * through an approved and identified shade piece, an "any place" that the clause forbids or makes wait for approval.
 * Each with the open counterpart that stays flagged.
 */

describe('a fastness grade tied to a method the buyer side writes down', () => {
  clear([
    ['Rubbing fastness: grade 3, customer testing protocol QP-12 clause 4', 'vague-performance'],
    ['Light fastness: level 4, per the client test manual revision C', 'vague-performance'],
    ['Wash fastness: 4 or higher, to the retailer lab standard', 'vague-performance'],
    ['Colour fastness: grade 3-4, test procedure per SGS protocol enclosed', 'vague-performance'],
    ['Solidez del color: grado 4, test method attached', 'vague-performance'],
    ['Light fastness: level 4, per M&S P3A', 'vague-performance'],
    ['Colour fastness to rubbing: grade 4 to Next TM21', 'vague-performance'],
  ]);
  flags([
    ['Colour fastness to washing: grade 4, supplier lab method', 'vague-performance'],
    ['Colour fastness: grade 4, buyer standard', 'vague-performance'],
    ['Colour fastness: grade 4, test method per factory lab', 'vague-performance'],
    ['Colour fastness: 4 or above, lab protocol to be agreed', 'vague-performance'],
    ['Colour fastness: grade 4, Next 2 lots', 'vague-performance'],
  ]);
});

describe('"enough" held to a published standard', () => {
  clear([
    ['Capacity: adequate for 8 kg dry laundry, tested to IEC 60456', 'vague-performance'],
    ['Volume: enough for 24 cans according to EN 12546', 'vague-performance'],
    ['Capacity: 14 place settings, sufficient as per BS EN 50242', 'vague-performance'],
  ]);
  flags([
    ['Capacity: sufficient for a family, CE marked', 'vague-performance'],
    ['Capacity: enough, EN 71 compliant', 'vague-performance'],
  ]);
});

describe('a finish requested through an approved, identified shade piece', () => {
  clear([
    ['Garment dye as buyer request, strike-off SO-31 approved', 'vague-material'],
    ['Wash: stone wash as per customer request, wash standard approved on 12 June', 'vague-material'],
    ['Lavado: según instrucciones del cliente, banda de tonos aprobada el 12 de mayo', 'vague-material'],
  ]);
  flags([
    ['Wash: enzyme wash as customer request, lab dip to be approved by 3 May', 'vague-material'],
    ['Wash: as customer request, shade band approved', 'vague-material'],
    ['Dyeing as per buyer request, lab dip L-7 pending', 'vague-material'],
  ]);
});

describe('an "any place" that the clause forbids or makes wait for approval', () => {
  clear([
    [
      'Embroidered logo right sleeve, 5 cm wide; shifting to any position needs written approval',
      'vague-customization',
    ],
    ['Embroidered logo right sleeve, 5 cm wide; a print on any side is forbidden', 'vague-customization'],
    ['Back print 30 x 20 cm; no print anywhere on the sleeves', 'vague-customization'],
    ['Nakış sırt ortası 10 cm; her yere nakış yapılamaz', 'vague-customization'],
  ]);
  flags([
    ['Logo print at any position, no extra cost', 'vague-customization'],
    ['Embroidery at any position; moving it later requires approval', 'vague-customization'],
    ['Nakış her yere yapılır', 'vague-customization'],
    [
      'Embroidered logo right sleeve, 5 cm wide; printing at any position also possible',
      'vague-customization',
    ],
  ]);
});
