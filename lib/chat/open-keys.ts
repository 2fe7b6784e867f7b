import { type GateInfo, gateRarity } from './gate-index';

/**
 * Which words open a pattern for a message (match.ts, candidates), chosen among everything the pattern is known to
 * need: its gate, its second gate, and each condition of its literal program (literal-conditions.ts). Each of these
 * is a key — gate ids one of which the gate walk must have met, or the pattern cannot match — so any one of them may
 * index the pattern. The pattern was indexed by its gate alone, and a gate is reduced to the words its matches START
 * with: a gate whose one alternative opens with a common word ("a filial", "\\.com/", "as a gift") opened its
 * pattern on most messages, and a pattern with no gate, or one the walk cannot reduce (a look-behind over
 * alternatives), was opened on every message, Thai on English text included — only for the literal program to turn
 * it away there. Now the pattern is indexed by its rarest key (gateRarity's guess) and the others are asked before it
 * is opened, a few look-ups in the walk's marks. Which key indexes it never changes an answer: each is necessary.
 */
export interface OpenKeys {
  /** Gate ids the pattern is indexed by (any of them opens it); null: no key, the pattern is tried on every message. */
  index: Int32Array | null;
  /** The other keys, each a set one of whose ids must be met: [keys, then each: [length, ids…]]; null: none. */
  checks: Int32Array | null;
}

/** A key larger than this is not worth checking before opening: the literal program asks it anyway. */
const CHECK_LIMIT = 16;

export function openKeysOf(
  gate: GateInfo | null,
  also: GateInfo | null,
  program: Int32Array | null,
): OpenKeys {
  const keys: Int32Array[] = [];
  if (gate && gate.id >= 0) keys.push(Int32Array.of(gate.id));
  if (also && also.id >= 0) keys.push(Int32Array.of(also.id));
  if (program !== null) keys.push(...conditionKeys(program));
  if (keys.length === 0) return { index: null, checks: null };
  // The rarest key indexes the pattern; on a tie the earlier (the gate, as before).
  let best = 0;
  for (let k = 1; k < keys.length; k++) if (rarity(keys[k]!) > rarity(keys[best]!)) best = k;
  const others = keys.filter((key, k) => k !== best && key.length <= CHECK_LIMIT);
  const checks =
    others.length === 0
      ? null
      : Int32Array.from([others.length, ...others.flatMap((key) => [key.length, ...key])]);
  return { index: keys[best]!, checks };
}

/** A key's rarity: that of its commonest id, as any of them opens the pattern. */
const rarity = (key: Int32Array) => Math.min(...Array.from(key, gateRarity));

/**
 * One key per condition of a literal program: a condition is met by one of its choices, and a choice only when each
 * of its sets has a word met, so the union of one set of each choice (the rarest) must have a word met.
 */
function conditionKeys(program: Int32Array): Int32Array[] {
  const keys: Int32Array[] = [];
  let p = 0;
  const conditions = program[p++]!;
  for (let c = 0; c < conditions; c++) {
    const conditionEnd = p + 1 + program[p]!;
    const choices = program[p + 1]!;
    p += 2;
    const union = new Set<number>();
    for (let a = 0; a < choices; a++) {
      const choiceEnd = p + 1 + program[p]!;
      const sets = program[p + 1]!;
      p += 2;
      let chosen: Int32Array | null = null;
      for (let s = 0; s < sets; s++) {
        const n = program[p++]!;
        const set = program.subarray(p, p + n);
        if (chosen === null || rarity(set) > rarity(chosen)) chosen = set;
        p += n;
      }
      // A choice of no set asks for nothing (literal-conditions.ts drops such a condition; kept safe here).
      if (chosen === null) {
        union.clear();
        break;
      }
      for (const id of chosen) union.add(id);
      p = choiceEnd;
    }
    if (union.size > 0) keys.push(Int32Array.from(union));
    p = conditionEnd;
  }
  return keys;
}
