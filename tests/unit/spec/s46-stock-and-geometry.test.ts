import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 46 (B): a value handed to the supply on hand in Vietnamese and Swedish, and a geometric tolerance bounded by
 * a word ("an acceptable band") where the width of its zone goes. Written values stay clear.
 */

describe('a value left to the supply on hand', () => {
  flags([
    ['Màu sắc: đen hoặc xám, tùy theo nguồn hàng', 'vague-color'],
    ['Material: rostfritt stål 304 eller 201, beroende på lagerstatus', 'vague-material'],
    ['Färg: svart, i mån av lager', 'vague-color'],
  ]);
  clear([
    ['Material: rostfritt stål 304 (EN 1.4301)', 'vague-material'],
    ['Chất liệu: nhựa ABS LG HI-121H', 'vague-material'],
  ]);
});

describe('a geometric tolerance bounded by a word', () => {
  flags([
    ['Parallelism: kept within a reasonable band', 'vague-size'],
    ['Planitud: dentro de un rango aceptable', 'vague-size'],
    ['Ebenheit im akzeptablen Bereich', 'vague-size'],
    ['平面度：平面度在合理范围内', 'vague-size'],
  ]);
  clear([
    ['Flatness 0.02 mm within the datum A range', 'vague-size'],
    ['GD&T: flatness 0.05, concentricity Ø0.02 to A', 'vague-size'],
    ['Planitud: 0,03 mm según ISO 1101', 'vague-size'],
  ]);
});
