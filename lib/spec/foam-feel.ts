/**
 * "Insole: memory foam, comfortable", "Seat cushion: high-resilience sponge, soft and comfy": a foam named by its
 * family, with how it feels in place of its grade. A foam is bought by density (kg/m³, "40D") and hardness (ILD,
 * Shore); "comfortable" is the buyer's impression, not something a lab can fail, and any foam of the family passes.
 * Read only when the line praises the feel and gives no density or hardness figure ("65 ILD", "4.5 kPa") and no
 * maker's part: "memory foam 50D, comfortable" is graded, and a foam named without praise is left to the foam-label
 * reading.
 */
import { DENSITY_FIGURE } from './foam-grade';
import { findAll, latinWords, test } from './patterns';

const FOAM_NAME = latinWords([
  '(?:(?:visco-?elastic|slow[- ]rebound|gel[- ]infused|high[- ]resilience|HR|PU|polyurethane|latex|EVA) )?(?:memory )?(?:foam|sponge)',
]);
const FEEL_PRAISE = latinWords([
  '(?:very |super |extra |soft and |soft & )?(?:comfortable|comfy|cozy|cosy|comfort(?:able)? feel(?:ing)?)',
]);
/** Hardness either way round ("ILD 65", "65 ILD"), Shore, Asker, newtons, or a compression stress in kPa. */
const HARDNESS_FIGURE =
  /\b(?:ILD|IFD)\s{0,2}\d|\d\s{0,2}(?:ILD|IFD)\b|\bShore\s{0,2}[A-Z0O0]{0,2}\s{0,2}\d|\d\s{0,2}N\b|\d\s{0,2}kPa\b|\bAsker\s{0,2}[A-Z]?\s{0,2}\d/iu;
/**
 * "Comply T-500 memory foam": a maker's part right before the foam names one product, its foam fixed by the maker;
 * the feel praised after it is the maker's promise about that part, not the grade left open.
 */
const MAKER_PART_BEFORE = /(?<![\p{L}])\p{Lu}[\p{L}&-]{1,20}\s{1,2}\p{Lu}{0,4}-?\d{2,6}\p{Lu}{0,2}\s{1,2}$/u;

export function foamGradedOnlyByFeel(
  clause: string,
  line: string,
): { start: number; end: number; text: string }[] {
  if (!test(FEEL_PRAISE, line) || test(DENSITY_FIGURE, line) || HARDNESS_FIGURE.test(line)) return [];
  return findAll(FOAM_NAME, clause).filter(
    (m) => !MAKER_PART_BEFORE.test(clause.slice(Math.max(0, m.start - 40), m.start)),
  );
}
