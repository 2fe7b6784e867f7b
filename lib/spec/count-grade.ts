/**
 * "Shrimp 16-20 pcs per lb", "تمر مجدول: 14-18 حبة لكل 500 غرام", "Pruneaux 44-55 pièces / 500 g": a count range per
 * weight is a size grade (how many pieces make up a pound, a kilo, 500 g), the way fruit, nuts, shrimp and dates are
 * graded and sold. The grade is checked by counting one weighed sample, so it is a measure of the goods, not a vague
 * order quantity. A count per carton or per bag stays a quantity ("10-12 pcs per bag" is still open).
 */
import { NUMBER, regex, WEIGHT_UNIT } from './patterns';

/** "per lb", "/kg", "pro 500 g", "لكل 500 غرام", "每公斤" right after the count. */
const PER_WEIGHT = regex(
  `^\\s{0,3}(?:per|/|a|each|in|pro|je|par|por|pour|para|لكل|في كل|في|每)\\s{0,3}(?:${NUMBER}\\s{0,3})?${WEIGHT_UNIT}`,
  'iu',
);

/** Whether the count ending at `end` is counted per a weight. */
export function countPerWeight(text: string, end: number): boolean {
  return PER_WEIGHT.test(text.slice(end, end + 30));
}
