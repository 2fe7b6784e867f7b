/**
 * "Insole: memory foam, comfortable", "Seat cushion: high-resilience sponge, soft and comfy": a foam named by its
 * family, with how it feels in place of its grade. A foam is bought by density (kg/m³, "40D") and hardness (ILD,
 * Shore); "comfortable" is the buyer's impression, not something a lab can fail, and any foam of the family passes.
 * Read only when the line praises the feel and gives no density or hardness figure: "memory foam 50D, comfortable"
 * is graded, and a foam named without praise is left to the foam-label reading.
 */
import { DENSITY_FIGURE } from './foam-grade';
import { findAll, latinWords, test } from './patterns';

const FOAM_NAME = latinWords([
  '(?:(?:visco-?elastic|slow[- ]rebound|gel[- ]infused|high[- ]resilience|HR|PU|polyurethane|latex|EVA) )?(?:memory )?(?:foam|sponge)',
]);
const FEEL_PRAISE = latinWords([
  '(?:very |super |extra |soft and |soft & )?(?:comfortable|comfy|cozy|cosy|comfort(?:able)? feel(?:ing)?)',
]);
const HARDNESS_FIGURE =
  /\bILD\s{0,2}\d|\bIFD\s{0,2}\d|\bShore\s{0,2}[A-Z0O0]{0,2}\s{0,2}\d|\d\s{0,2}N\b|\bAsker\s{0,2}[A-Z]?\s{0,2}\d/iu;

export function foamGradedOnlyByFeel(
  clause: string,
  line: string,
): { start: number; end: number; text: string }[] {
  if (!test(FEEL_PRAISE, line) || test(DENSITY_FIGURE, line) || HARDNESS_FIGURE.test(line)) return [];
  return findAll(FOAM_NAME, clause);
}
