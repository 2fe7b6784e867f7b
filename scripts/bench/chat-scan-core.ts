import { analyseMessage } from '../../lib/chat/analyse';
import { foundGates, walkGates } from '../../lib/chat/gate-index';
import { type ChatPattern, patternProfile } from '../../lib/chat/match';
import type { NormalisedText } from '../../lib/chat/normalise';
import { normalise } from '../../lib/chat/normalise';
import { OFFPLATFORM_PAYMENT_PATTERNS } from '../../lib/chat/patterns/offplatform-payment';
import { CHAT_RULES } from '../../lib/chat/rules';
import { createChatScanner } from '../../lib/chat/scanner';
import { quoteOf, textContext } from '../../lib/chat/text-context';
import type { ChatMessageInput } from '../../lib/chat/types';
import { english } from '../../lib/i18n/translate';

/**
 * The chat-scan speed measurement itself, free of Node APIs so the same code
 * runs in Node (chat-scan-speed.ts) and bundled into a Chromium page
 * (chromium-benches.ts).
 */
export interface SpeedResult {
  messages: number;
  initialMs: number;
  /** The floor in the same run: a bare loop reading every message once (`toLowerCase`), averaged around the scan. */
  floorMs: number;
  added: number;
  perAddedMs: number;
  maxAddedMs: number;
  /**
   * The 99th percentile of the added messages' times: a worst case far above it is one call caught by the
   * scheduler or the collector on a busy machine, not a message that costs that much.
   */
  p99AddedMs: number;
  analysedAfterInitial: number;
  analysedForAdded: number;
  analysedEqualsAdded: boolean;
}

export function syntheticConversation(
  seed: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  count: number,
) {
  const out: ChatMessageInput[] = [];
  for (let i = 0; i < count; i++) {
    const m = seed[i % seed.length]!;
    out.push({ id: `m${i}`, from: m.from, text: `${m.text} (${i})` });
  }
  return out;
}

/** How long the floor is read around each scan (half before, half after). */
const FLOOR_SPAN = 200;

export function runChatScanSpeed(
  seed: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  now: () => number,
  { initial = 10_000, added = 200 } = {},
): SpeedResult {
  const all = syntheticConversation(seed, initial + added);
  const scanner = createChatScanner();
  let sink = 0;
  // One pass of the floor takes about a millisecond: its best of five finds a quiet moment that a scan of
  // hundreds of milliseconds on a busy machine never gets. So the floor here is the average pass over at least
  // FLOOR_SPAN ms, measured right before and right after the scan: load slows both alike and the ratio holds.
  const floorPass = () => {
    const f0 = now();
    let passes = 0;
    do {
      for (let i = 0; i < initial; i++) sink += all[i]!.text.toLowerCase().length;
      passes++;
    } while (now() - f0 < FLOOR_SPAN / 2);
    return (now() - f0) / passes;
  };
  const before = floorPass();
  const t0 = now();
  scanner.scan(all.slice(0, initial));
  const initialMs = now() - t0;
  const floorMs = Math.max((before + floorPass()) / 2, 1e-3);
  if (sink === -1) console.log(sink);
  const analysedAfterInitial = scanner.analysedCount();
  let total = 0;
  let max = 0;
  const times: number[] = [];
  for (let k = 1; k <= added; k++) {
    const list = all.slice(0, initial + k); // what a page reader hands over: the whole conversation so far
    const t = now();
    scanner.scan(list);
    const ms = now() - t;
    total += ms;
    max = Math.max(max, ms);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const analysedForAdded = scanner.analysedCount() - analysedAfterInitial;
  return {
    messages: initial,
    initialMs,
    floorMs,
    added,
    perAddedMs: total / added,
    maxAddedMs: max,
    p99AddedMs: times[Math.floor(0.99 * (times.length - 1))] ?? 0,
    analysedAfterInitial,
    analysedForAdded,
    analysedEqualsAdded: analysedAfterInitial === initial && analysedForAdded === added,
  };
}

/**
 * Where a scan's time goes, on the same messages as the speed run, in the same process (issue 14): a floor
 * (a bare loop that reads every character of every message once: `toLowerCase`), normalisation alone,
 * the gate walk over the normalised text, and the whole analysis; matching (rules, guards, quoting) is the
 * analysis less the two before it. Each part is the best of `rounds` so a busy machine moves it less.
 */
export interface ScanProfile {
  messages: number;
  floorMs: number;
  normaliseMs: number;
  gatingMs: number;
  matchingMs: number;
  analyseMs: number;
  /**
   * Matching split by rule, in the order analyseMessage runs them (a rule that reads another's memo — the
   * payment rule reads the bank-change hits — pays for it when it runs first), after the gate walk. Per-rule
   * clock reads add a little to the sum.
   */
  perRuleMs: { rule: string; ms: number }[];
  /**
   * Quoting and rendering the findings (the original sentence, the English message and fix), timed alone over
   * the hits the rules found. It was the matching less the rules, a residual of four separate best-of-5
   * figures of hundreds of ms each: in one page it read 0 to 294 ms on the same messages while this part
   * itself is about 5 ms (corpus mix) — the residual is `unattributedMs` now.
   */
  findingsMs: number;
  findings: number;
  /** Matching less the rules and the quoting: the noise of the separate bests (may be negative), not a part. */
  unattributedMs: number;
  /**
   * The payment rule's list, pattern by pattern (one extra pass with a clock around each pattern, so the sum
   * is a little above the rule's own time): the costliest first, with gates, regex and guards apart.
   */
  paymentPatterns: PatternCost[];
  /** The whole list's time in that pass (every pattern's gates, regex and guards). */
  paymentListMs: number;
  /** The same pass, guard by guard over every rule's lists: which guard the hits' time goes to. */
  guardMs: { guard: string; ms: number }[];
}

export interface PatternCost {
  index: number;
  what: string;
  /** The start of the regex's source, to tell patterns with the same `what` apart. */
  source: string;
  gateMs: number;
  regexMs: number;
  guardMs: number;
  opened: number;
  run: number;
  hits: number;
}

/** One pass over the messages with the per-pattern clock on; the list's patterns, costliest first. */
function patternCosts(
  judged: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  now: () => number,
  list: readonly ChatPattern[],
): { costs: PatternCost[]; totalMs: number; guardMs: { guard: string; ms: number }[] } {
  patternProfile.lists.clear();
  patternProfile.guardMs.clear();
  patternProfile.now = now;
  try {
    for (const m of judged) analyseMessage(m, {});
  } finally {
    patternProfile.now = null;
  }
  const t = patternProfile.lists.get(list);
  const guardMs = [...patternProfile.guardMs]
    .map(([guard, ms]) => ({ guard, ms }))
    .sort((a, b) => b.ms - a.ms);
  patternProfile.lists.clear();
  patternProfile.guardMs.clear();
  if (!t) return { costs: [], totalMs: 0, guardMs };
  const costs = list.map((p, index) => ({
    index,
    what: p.what,
    source: p.re.source.slice(0, 48),
    gateMs: t.gateMs[index]!,
    regexMs: Math.max(0, t.regexMs[index]!),
    guardMs: t.guardMs[index]!,
    opened: t.opened[index]!,
    run: t.run[index]!,
    hits: t.hits[index]!,
  }));
  const cost = (c: PatternCost) => c.gateMs + c.regexMs + c.guardMs;
  const totalMs = costs.reduce((a, c) => a + cost(c), 0);
  return { costs: costs.sort((a, b) => cost(b) - cost(a)), totalMs, guardMs };
}

export function profileChatScan(
  seed: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  now: () => number,
  { count = 10_000, rounds = 5 } = {},
): ScanProfile {
  const all = syntheticConversation(seed, count);
  // The scanner judges only the other side's messages; the floor reads the same ones.
  const judged = all.filter((m) => m.from !== 'buyer' && m.from !== 'system');
  const best = (f: () => void) => {
    let min = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds; r++) {
      const t = now();
      f();
      min = Math.min(min, now() - t);
    }
    return min;
  };
  let sink = 0;
  const floorMs = best(() => {
    for (const m of judged) sink += m.text.toLowerCase().length;
  });
  const normaliseMs = best(() => {
    for (const m of judged) sink += normalise(m.text).text.length;
  });
  const normAndGateMs = best(() => {
    for (const m of judged) sink += walkGates(normalise(m.text).text);
  });
  const analyseMs = best(() => {
    for (const m of judged) sink += analyseMessage(m, {}).length;
  });
  // Per rule: the same messages, normalised and walked outside the clock, each rule's detect timed alone.
  const ruleMs = CHAT_RULES.map(() => Number.POSITIVE_INFINITY);
  // The hits of the first round, to time their quoting and rendering alone below.
  const hit: {
    norm: NormalisedText;
    found: {
      rule: (typeof CHAT_RULES)[number];
      start: number;
      end: number;
      message: Parameters<typeof english.render>[0];
    }[];
  }[] = [];
  for (let r = 0; r < rounds; r++) {
    const round = CHAT_RULES.map(() => 0);
    for (const m of judged) {
      if (m.text.trim() === '') continue;
      const norm = normalise(m.text);
      const tc = textContext(norm);
      sink += foundGates(norm.text, tc).length;
      const found = [];
      for (let k = 0; k < CHAT_RULES.length; k++) {
        const t = now();
        const h = CHAT_RULES[k]!.detect({ norm, tc, ctx: {} });
        round[k]! += now() - t;
        if (h) found.push({ rule: CHAT_RULES[k]!, start: h.start, end: h.end, message: h.message });
      }
      if (r === 0 && found.length > 0) hit.push({ norm, found });
    }
    round.forEach((ms, k) => {
      ruleMs[k] = Math.min(ruleMs[k]!, ms);
    });
  }
  // What analyseMessage does with each hit, on a fresh context per message as it has (sentence cuts included).
  const findingsMs = best(() => {
    for (const { norm, found } of hit) {
      const tc = textContext(norm);
      for (const f of found)
        sink +=
          quoteOf(tc, f.start, f.end).quote.length +
          english.render(f.message).length +
          english.render(f.rule.fix).length;
    }
  });
  if (sink === -1) console.log(sink); // keeps the loops from being optimised away
  const payment = patternCosts(judged, now, OFFPLATFORM_PAYMENT_PATTERNS);
  const gatingMs = Math.max(0, normAndGateMs - normaliseMs);
  const matchingMs = Math.max(0, analyseMs - normAndGateMs);
  const rulesMs = ruleMs.reduce((a, b) => a + b, 0);
  return {
    messages: judged.length,
    floorMs,
    normaliseMs,
    gatingMs,
    matchingMs,
    analyseMs,
    perRuleMs: CHAT_RULES.map((rule, k) => ({ rule: rule.id, ms: ruleMs[k]! })),
    findingsMs,
    findings: hit.reduce((a, h) => a + h.found.length, 0),
    unattributedMs: matchingMs - rulesMs - findingsMs,
    paymentPatterns: payment.costs,
    paymentListMs: payment.totalMs,
    guardMs: payment.guardMs,
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const ratio = (x: number, floor: number) => `${(x / floor).toFixed(0)}× floor`;

/** How many of the payment list's costliest patterns the profile names. */
const PATTERNS_SHOWN = 12;

/** One line per part, each beside the floor measured in the same run. */
export function formatProfile(p: ScanProfile): string {
  return [
    `  profile over ${p.messages} judged messages (best of 5 each): floor (bare loop, toLowerCase) ${ms(p.floorMs)}`,
    `    normalisation ${ms(p.normaliseMs)} (${ratio(p.normaliseMs, p.floorMs)}), gating ${ms(p.gatingMs)} (${ratio(p.gatingMs, p.floorMs)}), matching ${ms(p.matchingMs)} (${ratio(p.matchingMs, p.floorMs)}); whole analysis ${ms(p.analyseMs)} (${ratio(p.analyseMs, p.floorMs)})`,
    `    matching by rule: ${p.perRuleMs.map((r) => `${r.rule} ${ms(r.ms)} (${ratio(r.ms, p.floorMs)})`).join(', ')}; quoting and rendering ${p.findings} findings ${ms(p.findingsMs)} (timed alone); matching less all these ${p.unattributedMs.toFixed(1)} ms (the separate bests' noise, not a part)`,
    `    offplatform-payment patterns (${p.paymentPatterns.length}; one clocked pass, ${ms(p.paymentListMs)} in all; gate = required literals, gates and message-wide needs/exceptions, guards = clause needs, negation, anchors…):`,
    ...p.paymentPatterns
      .slice(0, PATTERNS_SHOWN)
      .map(
        (c) =>
          `      #${c.index} ${ms(c.gateMs + c.regexMs + c.guardMs)}: gate ${ms(c.gateMs)}, regex ${ms(c.regexMs)}, guards ${ms(c.guardMs)}; opened ${c.opened}, run ${c.run}, hits ${c.hits} — ${c.what} /${c.source}…/`,
      ),
    `      the other ${Math.max(0, p.paymentPatterns.length - PATTERNS_SHOWN)} patterns: ${ms(
      p.paymentPatterns.slice(PATTERNS_SHOWN).reduce((a, c) => a + c.gateMs + c.regexMs + c.guardMs, 0),
    )}`,
    `    guards, every rule's lists, same pass: ${p.guardMs.map((g) => `${g.guard} ${ms(g.ms)}`).join(', ')}`,
  ].join('\n');
}
