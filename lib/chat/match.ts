import { gatePasses, registerGates } from './gate-index';
import { isAnchoredToPlatform, isDescriptiveBrandUse, isNegated } from './guards';
import { clauseRange, type TextContext } from './text-context';

/**
 * One phrase a rule looks for, in normalised text (lower-case, accents folded, "ё" → "е").
 * - `explicit`: wrong in itself ("pay outside Alibaba", "Trade Assurance is not needed"); a negation in the
 *   rest of the clause still cancels it ("we never ask you to pay outside Alibaba").
 * - `contextual`: only wrong away from the platform ("pay to our company account"); a platform anchor in the
 *   clause ("…shown on your Alibaba order page") cancels it too.
 * `needs`: a second phrase that must appear in the same clause (e.g. a payment verb next to "our account"), or
 * anywhere in the message when `needsIn` is 'message' (an ask and its reason often sit in two sentences).
 * `unless`: a phrase that, in the same clause, makes the match harmless ("your phone number" for the courier).
 */
export interface ChatPattern {
  re: RegExp;
  kind: 'explicit' | 'contextual';
  /** What was seen, for the finding's message: "a personal or third-party account". */
  what: string;
  needs?: RegExp;
  needsIn?: 'clause' | 'message';
  unless?: RegExp;
  /**
   * A brand name (PayPal, WhatsApp, Zalo…) that may be a description rather than a request: "logo in PayPal
   * blue", "WhatsApp green icons", "Western Union style counter". Such a use is dropped (guards.ts).
   */
  brandWord?: boolean;
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

const registered = new WeakSet<readonly ChatPattern[]>();
/** False only when `gate` cannot match this message (gate-index.ts walks the message once for all gates). */
export function gateOpen(tc: TextContext, gate: RegExp): boolean {
  return gatePasses(gate, tc.norm.text, tc);
}

const globalCopies = new WeakMap<RegExp, RegExp>();
/** The pattern's regex with the g flag, compiled once (not per message). */
function globalRe(re: RegExp): RegExp {
  if (re.global) return re;
  let copy = globalCopies.get(re);
  if (!copy) {
    copy = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, copy);
  }
  return copy;
}

export function matchPatterns(tc: TextContext, patterns: readonly ChatPattern[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const text = tc.norm.text;
  const gated = gateSwitch.enabled;
  if (gated && !registered.has(patterns)) {
    // Every gate of the list is known before the first walk, so one walk per message serves them all.
    registerGates(patterns.map((p) => p.gate));
    registered.add(patterns);
  }
  for (const p of patterns) {
    if (gated && p.gate && !gateOpen(tc, p.gate)) continue;
    if (p.needs) {
      p.needs.lastIndex = 0;
      if (!p.needs.test(text)) continue; // needed in the clause, so at least somewhere in the text
    }
    // exec in a loop rather than matchAll: matchAll clones the regex on every call.
    const re = globalRe(p.re);
    re.lastIndex = 0;
    let found: PatternHit | null = null;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === end) re.lastIndex = nextIndex(text, end, re.unicode); // as matchAll does on empty matches
      if ((p.needs && p.needsIn !== 'message') || p.unless) {
        const clause = text.slice(...clauseRange(tc, start, end));
        if (p.needs && p.needsIn !== 'message' && !testFrom0(p.needs, clause)) continue;
        if (p.unless && testFrom0(p.unless, clause)) continue;
      }
      // Negation first: a refused mention ("PayPal is not supported") cancels the others even if it reads
      // like a description.
      if (p.negationInside ? isNegated(tc, start, start) : isNegated(tc, start, end)) {
        if (p.negationSpreads) {
          found = null;
          break;
        }
        continue;
      }
      if (p.brandWord && isDescriptiveBrandUse(tc, start, end)) continue;
      if (p.kind === 'contextual' && isAnchoredToPlatform(tc, start, end)) continue;
      found ??= { start, end, what: p.what };
      if (!p.negationSpreads) break; // one hit per pattern is enough to explain a finding
    }
    if (found) hits.push(found);
  }
  return hits;
}

/** `re.test(s)` from the start of `s`, whatever a global regex's lastIndex says. */
function testFrom0(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? at + 2 : at + 1;
}

/** Builds a case-insensitive, Unicode-aware regex from alternatives (joined with |). */
export const anyOf = (...alternatives: string[]) => new RegExp(alternatives.join('|'), 'gu');
