import { isAnchoredToPlatform, isNegated } from './guards';
import { clauseRange, type TextContext } from './text-context';

/**
 * One phrase a rule looks for, in normalised text (lower-case, accents folded, "ё" → "е").
 * - `explicit`: wrong in itself ("pay outside Alibaba", "Trade Assurance is not needed"); a negation in the
 *   rest of the clause still cancels it ("we never ask you to pay outside Alibaba").
 * - `contextual`: only wrong away from the platform ("pay to our company account"); a platform anchor in the
 *   clause ("…shown on your Alibaba order page") cancels it too.
 * `needs`: a second phrase that must appear in the same clause (e.g. a payment verb next to "our account").
 */
export interface ChatPattern {
  re: RegExp;
  kind: 'explicit' | 'contextual';
  /** What was seen, for the finding's message: "a personal or third-party account". */
  what: string;
  needs?: RegExp;
  /** When one mention is negated, every mention is: "Your PayPal question: PayPal is not supported". */
  negationSpreads?: boolean;
  /** The phrase never carries its own "not", so a negation inside the match counts too ("has not changed"). */
  negationInside?: boolean;
  /**
   * Cheap necessary condition (plain stems, no look-arounds): when it does not match, the pattern cannot,
   * and is skipped. Keeps a 10,000-message scan inside its time budget; tests check gates never hide a hit.
   */
  gate?: RegExp;
}

/** Off in the gate-equivalence test, to prove every gate is only a shortcut. */
export const gateSwitch = { enabled: true };

export interface PatternHit {
  start: number;
  end: number;
  what: string;
}

const unionGates = new WeakMap<readonly ChatPattern[], RegExp | null>();
/** One regex for a whole list: when no pattern's gate can match, none of the patterns is tried. */
function unionGate(patterns: readonly ChatPattern[]): RegExp | null {
  let gate = unionGates.get(patterns);
  if (gate === undefined) {
    gate = patterns.every((p) => p.gate) ? new RegExp(patterns.map((p) => p.gate!.source).join('|')) : null;
    unionGates.set(patterns, gate);
  }
  return gate;
}

export function matchPatterns(tc: TextContext, patterns: readonly ChatPattern[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const text = tc.norm.text;
  const gate = gateSwitch.enabled ? unionGate(patterns) : null;
  if (gate && !gate.test(text)) return hits;
  for (const p of patterns) {
    if (gateSwitch.enabled && p.gate && !p.gate.test(text)) continue;
    if (p.needs) {
      p.needs.lastIndex = 0;
      if (!p.needs.test(text)) continue; // needed in the clause, so at least somewhere in the text
    }
    const re = p.re.global ? p.re : new RegExp(p.re.source, `${p.re.flags}g`);
    let found: PatternHit | null = null;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (p.needs) {
        const [a, b] = clauseRange(tc, start, end);
        p.needs.lastIndex = 0;
        if (!p.needs.test(text.slice(a, b))) continue;
      }
      if (p.negationInside ? isNegated(tc, start, start) : isNegated(tc, start, end)) {
        if (p.negationSpreads) {
          found = null;
          break;
        }
        continue;
      }
      if (p.kind === 'contextual' && isAnchoredToPlatform(tc, start, end)) continue;
      found ??= { start, end, what: p.what };
      if (!p.negationSpreads) break; // one hit per pattern is enough to explain a finding
    }
    if (found) hits.push(found);
  }
  return hits;
}

/** Builds a case-insensitive, Unicode-aware regex from alternatives (joined with |). */
export const anyOf = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'gu');
