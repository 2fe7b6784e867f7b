import {
  foundGates,
  type GateInfo,
  gateInfo,
  gateInfoPasses,
  gatePasses,
  gateWordsFound,
} from './gate-index';
import { isAnchoredToPlatform, isDescriptiveBrandUse, isMessageAnchored, isNegated } from './guards';
import { isReportedClaim } from './reported-claim';
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
  /** Where `unless` is looked for: the match's clause (default) or the whole message. */
  unlessIn?: 'clause' | 'message';
  /**
   * A brand name (PayPal, WhatsApp, Zalo…) that may be a description rather than a request: "logo in PayPal
   * blue", "WhatsApp green icons", "Western Union style counter". Such a use is dropped (guards.ts).
   */
  brandWord?: boolean;
  /** When one mention is negated, every mention is: "Your PayPal question: PayPal is not supported". */
  negationSpreads?: boolean;
  /** The phrase never carries its own "not", so a negation inside the match counts too ("has not changed"). */
  negationInside?: boolean;
  /** Urgency: the "not" of a condition ("if you do not pay by tomorrow") is the threat, not a refusal. */
  threat?: boolean;
  /**
   * Where a platform anchor cancels a contextual phrase: its clause (default), or anywhere in the message for
   * phrases whose request sits in another sentence ("Our Hong Kong company issues the invoice, but the
   * payment stays in the Alibaba order").
   */
  anchorIn?: 'clause' | 'message';
  /**
   * Cheap necessary condition (plain stems, no look-arounds): when it does not match, the pattern cannot,
   * and is skipped. Keeps a 10,000-message scan inside its time budget; tests check gates never hide a hit.
   */
  gate?: RegExp;
  /** A second necessary condition, checked the same way ("A near B" needs a word of A and one of B). */
  gateAlso?: RegExp;
}

/** Off in the gate-equivalence test, to prove every gate is only a shortcut. */
export const gateSwitch = { enabled: true };

export interface PatternHit {
  start: number;
  end: number;
  what: string;
  /** Which pattern of the list matched. */
  index: number;
}

/**
 * A list's gates, worked out once: which patterns must always be tried (no gate, or one that is not plain
 * words), and which patterns each gate word opens. A message then visits only the patterns whose words it
 * contains, instead of every pattern of every list (most messages open few of ~150).
 */
interface ListGates {
  infos: (GateInfo | null)[];
  alsoInfos: (GateInfo | null)[];
  always: Int32Array;
  /**
   * byGate[gate id] = indices of the patterns that gate opens. Dense (every id up to the list's largest, most
   * undefined): a sparse array filled at scattered ids falls back to a dictionary, slow at every lookup.
   */
  byGate: (Int32Array | undefined)[];
  /** Room for every pattern index once: the open patterns of the message being matched. */
  scratch: Int32Array;
}
const listGates = new WeakMap<readonly ChatPattern[], ListGates>();
function gatesOf(patterns: readonly ChatPattern[]): ListGates {
  let g = listGates.get(patterns);
  if (!g) {
    // Every gate of the list is registered before the first walk, so one walk per message serves them all.
    const infos = patterns.map((p) => (p.gate ? gateInfo(p.gate) : null));
    const alsoInfos = patterns.map((p) => (p.gateAlso ? gateInfo(p.gateAlso) : null));
    const always: number[] = [];
    const opens = new Map<number, number[]>();
    infos.forEach((info, i) => {
      if (!info || info.id < 0) always.push(i);
      else opens.set(info.id, [...(opens.get(info.id) ?? []), i]);
    });
    const byGate = new Array<Int32Array | undefined>(Math.max(-1, ...opens.keys()) + 1).fill(undefined);
    for (const [id, indices] of opens) byGate[id] = Int32Array.from(indices);
    g = {
      infos,
      alsoInfos,
      always: Int32Array.from(always),
      byGate,
      scratch: new Int32Array(patterns.length),
    };
    listGates.set(patterns, g);
  }
  return g;
}

/** Indices of the patterns this message can match, in list order (the order findings give their reasons). */
function candidates(tc: TextContext, patterns: readonly ChatPattern[], g: ListGates): Int32Array {
  if (!gateSwitch.enabled) return Int32Array.from(patterns, (_, i) => i);
  const found = foundGates(tc.norm.text, tc);
  // A message finds ~40 gate words and opens dozens of a list's patterns: collect them in the list's own
  // buffer and let the typed array sort them (native, numeric). Keeping the list sorted while inserting
  // was a fifth of the whole scan. The buffer is read before this list is matched again.
  const open = g.scratch;
  let n = 0;
  const byGate = g.byGate;
  for (let f = 0; f < found.length; f++) {
    const id = found[f]!;
    if (id >= byGate.length) continue;
    const indices = byGate[id];
    if (indices === undefined) continue;
    for (let k = 0; k < indices.length; k++) open[n++] = indices[k]!;
  }
  if (n === 0) return g.always;
  for (let k = 0; k < g.always.length; k++) open[n++] = g.always[k]!;
  // Usually a few dozen, mostly in order already: an insertion sort in place beats a native call.
  for (let k = 1; k < n; k++) {
    const v = open[k]!;
    let at = k;
    while (at > 0 && open[at - 1]! > v) {
      open[at] = open[at - 1]!;
      at--;
    }
    open[at] = v;
  }
  return open.subarray(0, n);
}

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

/**
 * A list's hits on the message being analysed: two rules match the same list (the payment rule reads the
 * chat apps too), and the answer depends on the message alone. A copy each time: callers add to what they get.
 */
let matchedFor: TextContext | null = null;
const matched = new Map<readonly ChatPattern[], PatternHit[]>();

export function matchPatterns(tc: TextContext, patterns: readonly ChatPattern[]): PatternHit[] {
  if (matchedFor !== tc) {
    matchedFor = tc;
    matched.clear();
  }
  let hits = matched.get(patterns);
  if (hits === undefined) {
    hits = matchList(tc, patterns);
    matched.set(patterns, hits);
  }
  return hits.slice();
}

function matchList(tc: TextContext, patterns: readonly ChatPattern[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const text = tc.norm.text;
  const g = gatesOf(patterns);
  const open = candidates(tc, patterns, g);
  const infos = g.infos;
  for (let c = 0; c < open.length; c++) {
    const i = open[c]!;
    const p = patterns[i]!;
    const info = infos[i];
    const also = g.alsoInfos[i];
    if (gateSwitch.enabled) {
      // The walk found one of the gate's words; the second gate's words must be there too (one look-up)
      // before either gate is tested exactly where its words start: most messages that open a pattern by its
      // first gate hold no word of its second ("our" without any word of paying).
      if (also && !gateWordsFound(also, text, tc)) continue;
      // A gate that is more than words is still tested exactly.
      if (info && !gateInfoPasses(info, p.gate!, text, tc)) continue;
      if (also && !gateInfoPasses(also, p.gateAlso!, text, tc)) continue;
    }
    // Needed in the clause, so at least somewhere in the text; a message-wide need is checked after a hit.
    if (p.needs && p.needsIn !== 'message' && !testMessage(tc, p.needs)) continue;
    if (p.unless && p.unlessIn === 'message' && testMessage(tc, p.unless)) continue;
    // exec in a loop rather than matchAll: matchAll clones the regex on every call.
    const re = globalRe(p.re);
    re.lastIndex = 0;
    let found: PatternHit | null = null;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === end) re.lastIndex = nextIndex(text, end, re.unicode); // as matchAll does on empty matches
      const unlessInClause = p.unless !== undefined && p.unlessIn !== 'message';
      if ((p.needs && p.needsIn !== 'message') || unlessInClause) {
        const clause = text.slice(...clauseRange(tc, start, end));
        if (p.needs && p.needsIn !== 'message' && !testFrom0(p.needs, clause)) continue;
        if (unlessInClause && testFrom0(p.unless!, clause)) continue;
      }
      // Negation first: a refused mention ("PayPal is not supported") cancels the others even if it reads
      // like a description.
      if (p.negationInside ? isNegated(tc, start, start, p.threat) : isNegated(tc, start, end, p.threat)) {
        if (p.negationSpreads) {
          found = null;
          break;
        }
        continue;
      }
      // "If anyone says our account changed, ask me here": a stranger's claim, quoted as a warning.
      if (isReportedClaim(tc, start)) continue;
      if (p.kind === 'contextual' && isAnchoredToPlatform(tc, start, end)) continue;
      if (p.kind === 'contextual' && p.anchorIn === 'message' && isMessageAnchored(tc)) continue;
      if (p.brandWord && isDescriptiveBrandUse(tc, start, end)) continue;
      if (p.needs && p.needsIn === 'message') {
        if (!testMessage(tc, p.needs)) break; // the same text for every hit: no later hit can pass either
      }
      found ??= { start, end, what: p.what, index: i };
      if (!p.negationSpreads) break; // one hit per pattern is enough to explain a finding
    }
    if (found) hits.push(found);
  }
  return hits;
}

/**
 * `re.test` on the whole message, once per message and regex: many patterns share a need or an exception
 * (a payment verb, "paid to the courier"), and a list asked it again for every pattern its gates opened.
 */
let testedFor: TextContext | null = null;
const tested = new Map<RegExp, boolean>();
function testMessage(tc: TextContext, re: RegExp): boolean {
  if (testedFor !== tc) {
    testedFor = tc;
    tested.clear();
  }
  let result = tested.get(re);
  if (result === undefined) {
    result = testFrom0(re, tc.norm.text);
    tested.set(re, result);
  }
  return result;
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
