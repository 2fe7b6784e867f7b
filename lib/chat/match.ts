import {
  anyGateFound,
  conditionsMet,
  foundOpeners,
  type GateInfo,
  gateInfo,
  gateInfoPasses,
  gatePasses,
  gateWordsFound,
  markOpener,
  topLevelAlternatives,
} from './gate-index';
import { isAnchoredToPlatform, isDescriptiveBrandUse, isMessageAnchored, isNegated } from './guards';
import { literalConditionsOf } from './literal-conditions';
import { matchStarts, startWordsOf } from './match-starts';
import { MessageAnswers } from './message-answers';
import { openKeysOf } from './open-keys';
import { isReportedClaim } from './reported-claim';
import { clauseRange, sentenceRange, type TextContext } from './text-context';

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
   * Where `unless` is looked for: the match's clause (default), its sentence, or the whole message. A sentence
   * keeps an exception to what it is about: "we ship by DHL, track on dhl.com" in another sentence must not
   * excuse "I will send you a payment link" (red team, stop 30).
   */
  unlessIn?: 'clause' | 'sentence' | 'message';
  /**
   * A second exception, for a rule whose `unless` reaches the whole message, that excuses only a match it overlaps:
   * "pay SGS directly" is the inspector's own fee, but neither "… and the balance also directly to us" in the same
   * clause nor the balance in the next sentence is (red team, stop 41: a clause-wide reach let both through).
   */
  clauseUnless?: RegExp;
  /**
   * A phrase anywhere in the message that takes a clause's `unless` back: "we send you a gift to your PayPal" is
   * a reward the buyer receives, but not when the message goes on "…and the balance you can settle with us there
   * too" (red team, stop 45: the exception was judged per clause and cleared the request in the next one).
   */
  unlessUndoneBy?: RegExp;
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
   * Per pattern, the keys it was not indexed by (open-keys.ts), asked before it is opened; null: none. And, per
   * pattern, the last `openRound` that opened it: a pattern indexed by several words is opened once.
   */
  checks: (Int32Array | null)[];
  openedIn: Uint32Array;
  openRound: number;
  /**
   * byGate[gate id] = indices of the patterns that gate opens. Dense (every id up to the list's largest, most
   * undefined): a sparse array filled at scattered ids falls back to a dictionary, slow at every lookup.
   */
  byGate: (Int32Array | undefined)[];
  /** Room for every pattern index once: the open patterns of the message being matched. */
  scratch: Int32Array;
  /**
   * Per pattern, worked out once with the list instead of looked up per pattern and message (three WeakMap and
   * Map look-ups a pattern were a tenth of the scan): its regex with the g flag, the literals its hits need
   * (literal-conditions.ts; null: none can be named), and the ids of the parts of its need and of its message-wide
   * exception.
   */
  globals: RegExp[];
  literalConditions: (Int32Array | null)[];
  needParts: (Int32Array | null)[];
  unlessParts: (Int32Array | null)[];
  /**
   * Per pattern, the words its matches start with (match-starts.ts) and its regex compiled sticky, to be tried
   * only where those words are; null: the regex is run over the whole message.
   */
  startWords: (Int32Array | null)[];
  stickies: (RegExp | null)[];
  /**
   * Per pattern: its need is message-wide and every part of it is found by the walk (no part is a regex the walk
   * cannot reduce), so the need is decided cheaply before the regex runs instead of after each hit's guards.
   */
  needFirst: Uint8Array;
}
const listGates = new WeakMap<readonly ChatPattern[], ListGates>();
function gatesOf(patterns: readonly ChatPattern[]): ListGates {
  let g = listGates.get(patterns);
  if (!g) {
    // Every gate of the list is registered before the first walk, so one walk per message serves them all.
    const infos = patterns.map((p) => (p.gate ? gateInfo(p.gate) : null));
    const alsoInfos = patterns.map((p) => (p.gateAlso ? gateInfo(p.gateAlso) : null));
    const literalConditions = patterns.map(literalConditionsOf);
    // Each pattern is indexed by the rarest of the words it needs (open-keys.ts), not by its gate alone.
    const keys = patterns.map((_, i) => openKeysOf(infos[i]!, alsoInfos[i]!, literalConditions[i]!));
    const always: number[] = [];
    const opens = new Map<number, number[]>();
    keys.forEach(({ index }, i) => {
      if (index === null) always.push(i);
      else
        for (const id of index) {
          // Appended in place: copying the list at every pattern was quadratic in a list's size (a word such as
          // "pay" opens hundreds of the payment list's patterns), most of a session's first messages.
          const indices = opens.get(id);
          if (indices === undefined) opens.set(id, [i]);
          else indices.push(i);
        }
    });
    const byGate = new Array<Int32Array | undefined>(Math.max(-1, ...opens.keys()) + 1).fill(undefined);
    for (const [id, indices] of opens) {
      byGate[id] = Int32Array.from(indices);
      markOpener(id);
    }
    // The parts of the message-wide needs and exceptions are looked for by the same walk (partFound).
    for (const p of patterns) {
      if (p.needs) for (const part of partsOf(p.needs)) partInfos.get(part) ?? partInfoOf(part);
      if (p.unless && p.unlessIn === 'message')
        for (const part of partsOf(p.unless)) partInfos.get(part) ?? partInfoOf(part);
    }
    g = {
      infos,
      alsoInfos,
      always: Int32Array.from(always),
      checks: keys.map((k) => k.checks),
      openedIn: new Uint32Array(patterns.length),
      openRound: 0,
      byGate,
      scratch: new Int32Array(patterns.length),
      globals: patterns.map((p) => globalRe(p.re)),
      literalConditions,
      needParts: patterns.map((p) => (p.needs ? partIdsOf(p.needs) : null)),
      unlessParts: patterns.map((p) => (p.unless && p.unlessIn === 'message' ? partIdsOf(p.unless) : null)),
      startWords: patterns.map((p) => startWordsOf(p.re)),
      needFirst: Uint8Array.from(patterns, (p) =>
        p.needs && p.needsIn === 'message' && partsOf(p.needs).every((part) => partInfoOf(part).id >= 0)
          ? 1
          : 0,
      ),
      stickies: patterns.map((p) =>
        startWordsOf(p.re) === null ? null : new RegExp(p.re.source, `${p.re.flags.replace('g', '')}y`),
      ),
    };
    listGates.set(patterns, g);
  }
  return g;
}

/** Indices of the patterns this message can match, in list order (the order findings give their reasons). */
function candidates(tc: TextContext, patterns: readonly ChatPattern[], g: ListGates): Int32Array {
  if (!gateSwitch.enabled) return Int32Array.from(patterns, (_, i) => i);
  // Only the gates that open some list's patterns (the walk keeps them apart), not every gate it marked.
  const found = foundOpeners(tc.norm.text, tc);
  // A message finds ~40 gate words and opens dozens of a list's patterns: collect them in the list's own
  // buffer and let the typed array sort them (native, numeric). Keeping the list sorted while inserting
  // was a fifth of the whole scan. The buffer is read before this list is matched again.
  const open = g.scratch;
  let n = 0;
  const byGate = g.byGate;
  const checks = g.checks;
  const openedIn = g.openedIn;
  g.openRound = g.openRound === 0xffffffff ? 1 : g.openRound + 1;
  const round = g.openRound;
  if (round === 1) openedIn.fill(0);
  const text = tc.norm.text;
  for (let f = 0; f < found.length; f++) {
    const id = found[f]!;
    if (id >= byGate.length) continue;
    const indices = byGate[id];
    if (indices === undefined) continue;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      if (openedIn[i] === round) continue; // indexed by several words, opened by an earlier one
      openedIn[i] = round;
      // "A near B": a pattern whose other keys (its second gate, the words its hits need) have no word in the
      // message is not opened at all ("a" or "our" in most messages, with no word of paying): it could only be
      // turned away by mayRun or its literal program.
      const more = checks[i];
      if (more !== null && more !== undefined && !keysFound(more, text, tc)) continue;
      open[n++] = i;
    }
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

/** Whether every key of a pattern's checks (open-keys.ts) has a word the walk met in this message. */
function keysFound(checks: Int32Array, text: string, tc: TextContext): boolean {
  let p = 1;
  for (let c = checks[0]!; c > 0; c--) {
    const n = checks[p]!;
    if (!anyGateFound(checks, p + 1, p + 1 + n, text, tc)) return false;
    p += 1 + n;
  }
  return true;
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

/**
 * Where a list's time goes, pattern by pattern, for the benchmark's profile (scripts/bench/chat-scan-core.ts):
 * off (no clock) in the product, where it costs one test per list and message. Per pattern: time in its required
 * literals (looked up in the gate walk, which the profile's gating part times), gates and message-wide
 * needs/exceptions, in its regex, and in the guards of its hits (clause needs, negation,
 * reported claims, anchors, descriptions); how often it was opened by the gate walk and run.
 */
export interface PatternTimes {
  gateMs: Float64Array;
  regexMs: Float64Array;
  guardMs: Float64Array;
  opened: Uint32Array;
  run: Uint32Array;
  hits: Uint32Array;
}
export const patternProfile: {
  now: (() => number) | null;
  lists: Map<readonly ChatPattern[], PatternTimes>;
  /** Guard by guard, over every list: where the guards' time goes. */
  guardMs: Map<string, number>;
} = { now: null, lists: new Map(), guardMs: new Map() };

/** Adds `ms` to a guard's total; returns the clock's reading for the next guard. */
function book(guard: string, ms: number, now?: () => number): number {
  const g = patternProfile.guardMs;
  g.set(guard, (g.get(guard) ?? 0) + ms);
  return now ? now() : 0;
}

function timesOf(patterns: readonly ChatPattern[]): PatternTimes {
  let t = patternProfile.lists.get(patterns);
  if (!t) {
    const n = patterns.length;
    t = {
      gateMs: new Float64Array(n),
      regexMs: new Float64Array(n),
      guardMs: new Float64Array(n),
      opened: new Uint32Array(n),
      run: new Uint32Array(n),
      hits: new Uint32Array(n),
    };
    patternProfile.lists.set(patterns, t);
  }
  return t;
}

function matchList(tc: TextContext, patterns: readonly ChatPattern[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const text = tc.norm.text;
  const g = gatesOf(patterns);
  const open = candidates(tc, patterns, g);
  const infos = g.infos;
  const now = patternProfile.now;
  const times = now === null ? null : timesOf(patterns);
  for (let c = 0; c < open.length; c++) {
    const i = open[c]!;
    if (times !== null) {
      times.opened[i]!++;
      const t0 = now!();
      const hit = matchOne(tc, text, patterns, g, i, infos[i], times);
      if (hit) {
        hits.push(hit);
        times.hits[i]!++;
      }
      // Gate and guard time were booked inside; the rest is the regex.
      times.regexMs[i]! += now!() - t0;
      continue;
    }
    const hit = matchOne(tc, text, patterns, g, i, infos[i], null);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Pattern `i` on the message: its first hit that every guard lets through, or null. */
function matchOne(
  tc: TextContext,
  text: string,
  patterns: readonly ChatPattern[],
  g: ListGates,
  i: number,
  info: GateInfo | null | undefined,
  times: PatternTimes | null,
): PatternHit | null {
  const now = patternProfile.now;
  const tGate = times === null ? 0 : now!();
  const p = patterns[i]!;
  // A pattern whose hits need literals the message lacks cannot hit it (literal-conditions.ts): asked first, as it is
  // the cheapest test (one look-up per literal, shared by every list) and turns away about two thirds of the
  // patterns the walk opens, most of which the gates and the message-wide needs would then have tested in vain.
  // Booked with the gates.
  const conditions = g.literalConditions[i]!;
  if (gateSwitch.enabled && conditions !== null && !conditionsMet(conditions, text, tc)) {
    if (times !== null) {
      const spent = now!() - tGate;
      times.gateMs[i]! += spent;
      times.regexMs[i]! -= spent;
    }
    return null;
  }
  if (!mayRun(tc, text, p, g, i, info)) {
    if (times !== null) {
      // The caller books the whole call as regex time: the gates' share is taken back out of it.
      const spent = now!() - tGate;
      times.gateMs[i]! += spent;
      times.regexMs[i]! -= spent;
    }
    return null;
  }
  let tGuard = 0;
  if (times !== null) {
    const t = now!();
    times.gateMs[i]! += t - tGate;
    times.run[i]!++;
    // The caller books the whole call as regex time: gates and guards are taken back out of it.
    times.regexMs[i]! -= t - tGate;
  }
  // A message-wide need that fails fails for every hit: each would end in 'stop' (guardsLetThrough) or earlier, and
  // none is kept, so the answer is null whatever the regex finds. Asked first only where the walk decides it (its
  // parts are reducible: words absent, or tried where they start), and once per message whichever pattern asks.
  if (gateSwitch.enabled && g.needFirst[i] === 1 && !testMessage(tc, g.needParts[i]!)) return null;
  // exec in a loop rather than matchAll: matchAll clones the regex on every call.
  const re = g.globals[i]!;
  const unicode = re.unicode;
  // Where the regex can start (match-starts.ts): tried sticky there only, in order; none, and it cannot match.
  const startWords = gateSwitch.enabled ? g.startWords[i]! : null;
  const places = startWords === null ? null : matchStarts(tc, startWords);
  if (places !== null && places.length === 0) return null;
  const sticky = g.stickies[i]!;
  let place = 0;
  let from = 0;
  let found: PatternHit | null = null;
  // Where the sentence of a spreading refusal ends: the refusal cancels the later hits too, but not a later
  // sentence's own ask with a number or address to pay to ("Bawal ang GCash. Sa GCash ko na lang 0917… mag send").
  let refusedUntil = -1;
  let payeeSentenceEnd = -1;
  let payeeInSentence = false;
  for (;;) {
    let m: RegExpExecArray | null = null;
    if (places === null) {
      re.lastIndex = from;
      m = re.exec(text);
    } else
      while (m === null && place < places.length) {
        const at = places[place++]!;
        if (at < from) continue;
        sticky!.lastIndex = at;
        m = sticky!.exec(text);
      }
    if (m === null) break;
    const start = m.index;
    const end = start + m[0].length;
    from = start === end ? nextIndex(text, end, unicode) : end; // as matchAll does on empty matches
    if (start < refusedUntil) continue;
    // A refusal spreads over the message, except to a later sentence that gives something to pay to.
    if (refusedUntil >= 0) {
      // One test per sentence, not per hit: a long sentence of many hits stays linear.
      if (start >= payeeSentenceEnd) {
        const [a, b] = sentenceRange(tc, start, end);
        payeeSentenceEnd = Math.max(b, end);
        payeeInSentence = PAYEE_GIVEN.test(text.slice(a, b));
      }
      if (!payeeInSentence) continue;
    }
    if (times !== null) tGuard = now!();
    const verdict = guardsLetThrough(tc, text, p, g, i, start, end);
    if (times !== null) {
      const spent = now!() - tGuard;
      times.guardMs[i]! += spent;
      times.regexMs[i]! -= spent;
    }
    if (verdict === 'skip') continue;
    if (verdict === 'none') {
      found = null;
      refusedUntil = sentenceRange(tc, start, end)[1];
      continue;
    }
    if (verdict === 'stop') break;
    found ??= { start, end, what: p.what, index: i };
    if (!p.negationSpreads) break; // one hit per pattern is enough to explain a finding
  }
  return found;
}

/**
 * Which message the per-message answers below belong to: a new stamp per message, so the answers are kept in
 * typed arrays by id (literal, part) and never cleared (a Map per message, cleared and hashed, cost more).
 */
let stampedFor: TextContext | null = null;
let messageStamp = 0;
function stampOf(tc: TextContext): number {
  if (stampedFor !== tc) {
    stampedFor = tc;
    messageStamp = messageStamp === 0xffffffff ? 1 : messageStamp + 1;
    if (messageStamp === 1) partAnswers.reset();
  }
  return messageStamp;
}

/** The pattern's gates and message-wide needs/exceptions: false when it cannot match this message. */
function mayRun(
  tc: TextContext,
  text: string,
  p: ChatPattern,
  g: ListGates,
  i: number,
  info: GateInfo | null | undefined,
): boolean {
  const also = g.alsoInfos[i];
  if (gateSwitch.enabled) {
    // The walk found one of the gate's words; the second gate's words must be there too (one look-up)
    // before either gate is tested exactly where its words start: most messages that open a pattern by its
    // first gate hold no word of its second ("our" without any word of paying).
    if (also && !gateWordsFound(also, text, tc)) return false;
    // A gate that is more than words is still tested exactly.
    if (info && !gateInfoPasses(info, p.gate!, text, tc)) return false;
    if (also && !gateInfoPasses(also, p.gateAlso!, text, tc)) return false;
  }
  // Needed in the clause, so at least somewhere in the text; a message-wide need is checked after a hit.
  if (p.needs && p.needsIn !== 'message' && !testMessage(tc, g.needParts[i]!)) return false;
  const unlessParts = g.unlessParts[i];
  if (unlessParts !== null && unlessParts !== undefined && testMessage(tc, unlessParts)) return false;
  return true;
}

/**
 * The guards' answers on the message being matched, by guard and span. Patterns of several languages and lists
 * often hit the same words ("PayPal", "our account"), and each asked every guard again about the same span;
 * the guards read only the message and the span, so one answer serves them all.
 */
const NEGATED = 0;
const NEGATED_THREAT = 1; // NEGATED + 1 when the phrase is a threat: the two answers differ
const REPORTED = 2;
const ANCHORED = 3;
const DESCRIBED = 4;
let guardedFor: TextContext | null = null;
const guarded = new Map<number, boolean>();
function guardOnce(tc: TextContext, guard: number, start: number, end: number, threat: boolean): boolean {
  if (guardedFor !== tc) {
    guardedFor = tc;
    guarded.clear();
  }
  const which = guard === NEGATED_THREAT && !threat ? NEGATED : guard;
  // Spans within 2^22 characters (messages are far shorter) and five guards: a unique key below 2^53.
  const key = end < 4194304 ? (start * 4194304 + end) * 8 + which : -1;
  let answer = key < 0 ? undefined : guarded.get(key);
  if (answer === undefined) {
    answer =
      which === NEGATED || which === NEGATED_THREAT
        ? isNegated(tc, start, end, which === NEGATED_THREAT)
        : which === REPORTED
          ? isReportedClaim(tc, start)
          : which === ANCHORED
            ? isAnchoredToPlatform(tc, start, end)
            : isDescriptiveBrandUse(tc, start, end);
    if (key >= 0) guarded.set(key, answer);
  }
  return answer;
}

/** A number, an address or a link to pay to: what a sentence asking for payment gives. */
const PAYEE_GIVEN = /\d{7,}|\d{3,}[\s-]\d{3,}[\s-]?\d{3,}|@\w|https?:\/\/|www\./u;

/**
 * What the guards make of one hit: 'keep' it, 'skip' it (try the next), 'none' (a spreading negation cancels
 * every hit of the pattern) or 'stop' (a message-wide need is missing: no later hit can pass either).
 */
function guardsLetThrough(
  tc: TextContext,
  text: string,
  p: ChatPattern,
  g: ListGates,
  i: number,
  start: number,
  end: number,
): 'keep' | 'skip' | 'none' | 'stop' {
  const now = patternProfile.now;
  const unlessInClause = p.unless !== undefined && (p.unlessIn ?? 'clause') === 'clause';
  if (p.unless !== undefined && p.unlessIn === 'sentence') {
    const sentence = text.slice(...sentenceRange(tc, start, end));
    if (testFrom0(p.unless, sentence)) return 'skip';
  }
  if (
    p.clauseUnless !== undefined &&
    overlapsMatch(p.clauseUnless, text, clauseRange(tc, start, end), start, end)
  )
    return 'skip';
  if ((p.needs && p.needsIn !== 'message') || unlessInClause) {
    const t = now === null ? 0 : now();
    const clause = text.slice(...clauseRange(tc, start, end));
    const skip =
      (p.needs && p.needsIn !== 'message' && !testFrom0(p.needs, clause)) ||
      (unlessInClause &&
        testFrom0(p.unless!, clause) &&
        !(p.unlessUndoneBy !== undefined && testFrom0(p.unlessUndoneBy, text)));
    if (now !== null) book('clause needs/exceptions', now() - t);
    if (skip) return 'skip';
  }
  // Negation first: a refused mention ("PayPal is not supported") cancels the others even if it reads
  // like a description.
  let t = now === null ? 0 : now();
  const negated = p.negationInside
    ? guardOnce(tc, NEGATED_THREAT, start, start, p.threat === true)
    : guardOnce(tc, NEGATED_THREAT, start, end, p.threat === true);
  if (now !== null) t = book('negation', now() - t, now);
  if (negated) return p.negationSpreads ? 'none' : 'skip';
  // "If anyone says our account changed, ask me here": a stranger's claim, quoted as a warning.
  const reported = guardOnce(tc, REPORTED, start, start, false);
  if (now !== null) t = book('reported claim', now() - t, now);
  if (reported) return 'skip';
  if (p.kind === 'contextual') {
    const anchored = guardOnce(tc, ANCHORED, start, end, false);
    if (now !== null) t = book('platform anchor', now() - t, now);
    if (anchored) return 'skip';
    if (p.anchorIn === 'message' && isMessageAnchored(tc)) return 'skip';
  }
  if (p.brandWord) {
    const described = guardOnce(tc, DESCRIBED, start, end, false);
    if (now !== null) t = book('brand as description', now() - t, now);
    if (described) return 'skip';
  }
  if (p.needs && p.needsIn === 'message') {
    if (!testMessage(tc, g.needParts[i]!)) return 'stop'; // the same text for every hit
  }
  return 'keep';
}

/**
 * `re.test` on the whole message, as the ids of its parts (partsOf): each part is decided once per message,
 * whichever pattern asks. Many patterns share a need or an exception (a payment verb, "paid to the courier"),
 * and a list asked it again for every pattern its gates opened. "A|B" matches somewhere exactly when A or B does.
 */
function testMessage(tc: TextContext, parts: Int32Array): boolean {
  return partAnswers.any(tc, stampOf(tc), parts);
}

/** Every part of every need and exception, by id, and its answer for the message being matched. */
const partAnswers = new MessageAnswers<RegExp>((part, tc) => partFound(tc, part));
function partIdsOf(re: RegExp): Int32Array {
  return Int32Array.from(partsOf(re), (part) => partAnswers.idOf(part));
}

/**
 * A message-wide need or exception, as the regexes that decide it: the languages' patterns each build their
 * own copy of the same exceptions (the buyer's own forwarder paid directly, duties paid to the courier) and
 * join them with their own words, and each copy scanned the whole message again (most of some patterns' time).
 * Split at the top-level "|" and keyed by source, every part is tested once per message, whichever pattern
 * asks: "A|B" matches somewhere exactly when A or B does.
 */
const partsByRe = new WeakMap<RegExp, RegExp[]>();
const partBySource = new Map<string, RegExp>();
function partsOf(re: RegExp): RegExp[] {
  let parts = partsByRe.get(re);
  if (parts) return parts;
  const flags = re.flags.replace(/[gy]/g, '');
  const canonical = (source: string): RegExp => {
    const key = `${flags}/${source}`;
    let part = partBySource.get(key);
    if (!part) {
      part = new RegExp(source, flags);
      partBySource.set(key, part);
    }
    return part;
  };
  const alternatives = topLevelAlternatives(re.source);
  // A back-reference ties an alternative to a group numbered across the whole regex: keep such a regex whole.
  const splittable = alternatives.length > 1 && !/\\(?:[1-9]|k<)/.test(re.source);
  parts = [];
  try {
    parts = splittable ? alternatives.map(canonical) : [canonical(re.source)];
  } catch {
    parts = [canonical(re.source)];
  }
  partsByRe.set(re, parts);
  return parts;
}

/**
 * One part of a need or exception on the whole message, decided by the gate walk where it can be: most parts'
 * words (a payment verb of one language, "your forwarder") are absent from most messages, and the walk has
 * already looked for them; a part whose words are there is tried only where they start (gate-index.ts gives
 * the same answer as `part.test(text)`). Off with the gates, to prove it is only a shortcut.
 */
function partFound(tc: TextContext, part: RegExp): boolean {
  if (!gateSwitch.enabled) return testFrom0(part, tc.norm.text);
  const info = partInfos.get(part) ?? partInfoOf(part);
  return gateInfoPasses(info, part, tc.norm.text, tc);
}
const partInfos = new Map<RegExp, GateInfo>();
function partInfoOf(part: RegExp): GateInfo {
  const info = gateInfo(part);
  partInfos.set(part, info);
  return info;
}

/** Whether a match of `re` inside `range` of `text` overlaps `start`..`end` (a hit's own words). */
function overlapsMatch(
  re: RegExp,
  text: string,
  range: readonly [number, number],
  start: number,
  end: number,
): boolean {
  const g = globalRe(re);
  g.lastIndex = range[0];
  for (let m = g.exec(text); m !== null && m.index < range[1]; m = g.exec(text)) {
    if (m.index < end && m.index + m[0].length > start) return true;
    if (m[0].length === 0) g.lastIndex++;
  }
  return false;
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
