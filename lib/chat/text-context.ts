import type { NormalisedText } from './normalise';
import { originalRange } from './normalise';

/**
 * Where a match sits: its clause (negation and platform anchors are judged there) and its sentence (what
 * the finding quotes). Boundaries are found in the normalised text and mapped back to the original.
 */
// ASCII marks end a sentence/clause before a space, the end, or non-ASCII text (NFKC turns the full-width
// "，" of Chinese into ","); "2.35", "2,35" and "t/t," inside Latin text stay whole.
const SENTENCE_END = /[.!?]+(?=\s|$|[\u0080-\uffff])|[。！？\n]+/g;
// "Pay half by Alibaba and the other half in cash to our agent": "and the rest/the other half/the balance"
// opens a second payment, which the first one's platform does not cover — and so does "e o restante / y el resto /
// et le reste / e il resto / und den Rest" ("abrimos o pedido só com uma parte e o restante vai para outra conta").
// "…we cannot put it in the order, so just send it by …": "so just / so please" opens a request of its own, which
// the "not" of the reason before it does not refuse. Only after a "not": "the account name is Mrs Zhou so please pay…"
// keeps the payee and the request in one clause.
// A comma typed with no space ("…the old account,i will send you…", "…under auditing,please…") still ends a clause
// when a new subject or a request opens after it; a glued list ("paypal,western union or wechat") stays whole,
// so one refusal still covers every item of it. A Japanese act made a topic ("お送りすることは、…ありません", sending
// it is something we never do) keeps its predicate past the "、": that comma ends no clause (stop 43).
// An emoji standing alone between words ends a clause ("no me llegan 😅 mejor escribime"), but not one between a
// refusing verb and what it refuses ("we do not accept 🙅 PayPal", "nous n'acceptons pas ❌ PayPal", "не принимаем 🚫
// PayPal"): the verb's object comes after it, and the negation must reach it (stop 47).
/** An emoji, as a UTF-16 unit or a surrogate pair (the regex has no u flag). */
const EMOJI = String.raw`(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF]|\uFE0F|\u200D)`;
/** "…we cannot…, so please …": the words that open a request of its own after a refusal. */
const SO_THEN = String.raw`\s(?:so|then)\s`;
/**
 * A look-behind, then what the alternative consumes: the same matches as `lookBehind` + `consumed` (look-arounds
 * at one position all hold or not, in any order), but the look-behind, which reads backwards (up to 100
 * characters for "not … so"), is tried only where the consumed part is there, not at every position of every
 * message: that was most of the time of cutting a message into clauses (stop 48).
 */
const behindThen = (lookBehind: string, consumed: string, after = '') =>
  `(?=${consumed})${lookBehind}${consumed}${after}`;
const CLAUSE_END = new RegExp(
  [
    String.raw`[.!?,;:]+(?=\s|$|[\u0080-\uffff])`,
    behindThen(
      String.raw`(?<=\s)(?<!\b(?:not|never|don'?t|no|nunca|jamas|nao|nie|non|mai|ne|n'|nicht|ani)\s+(?:\w+\s+)?(?:accept\w*|take|takes|use|support\w*|receive|acept\w*|admit\w*|aceit\w*|accett\w*|akzeptier\w*|nehm\w*|przyjmuj\w*|akceptuj\w*|prend\w*|usamos|usa|utiliz\w*|do|work\s+with|deal\s+with|trabaj\w*\s+con)\s|\b(?:pas|nicht|kein\w*|not)\s|(?:^|\s)не\s+(?:принима|бер|бері|использу|працю\S*\s+з|работа\S*\s+с)[а-яёіїє]*\s)`,
      `${EMOJI}+`,
      String.raw`(?=\s|$)`,
    ),
    String.raw`(?<=[a-z]),(?=(?:i|we|pls|plz|please|kindly|you|u|contact|add|call|text)\b)`,
    String.raw`[。！？，；：\n]+`,
    behindThen('(?<!(?:こと|事)[はも])', '、+'),
    String.raw`\s[-–]\s|\s\|\s|\s(?:and|but|while|then)\s(?=(?:the\s+)?(?:other\s+half|rest|remaining|remainder|balance|second\s+half)\b)|\s(?:e|y|et|und)\s(?=(?:o|a|el|la|le|il|lo|den|die|das)\s+(?:restante|resto|reste|rest|saldo|solde|outra\s+metade|otra\s+mitad|autre\s+moitie|altra\s+meta|restbetrag|restzahlung)\b)`,
    behindThen(
      String.raw`(?<=\b(?:not|cannot|can'?t|don'?t|no)\b[^.!?,;:\n]{0,100})`,
      SO_THEN,
      String.raw`(?=(?:just|please|pls|plz|kindly)\s)`,
    ),
  ].join('|'),
  'g',
);
/** The clause cuts' source: a test checks it cuts as it does without the look-aheads `behindThen` adds. */
export const CLAUSE_END_SOURCE = CLAUSE_END.source;

/**
 * The cuts `re` (global, never empty) makes in `text`. An exec loop on the shared regex, not matchAll, which
 * builds a new regex object at every call (once per message and kind of cut).
 */
function boundaries(text: string, re: RegExp): number[] {
  const cuts = [0];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    cuts.push(end);
    if (end === m.index) re.lastIndex = end + 1; // never taken: each cut holds a mark; kept as matchAll steps
  }
  re.lastIndex = 0;
  cuts.push(text.length);
  return cuts;
}

/** The cuts around [start, end): the last cut ≤ start and the first ≥ end (binary search: O(log cuts)). */
function enclosing(cuts: number[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cuts[mid]! <= start) lo = mid;
    else hi = mid - 1;
  }
  const a = cuts[lo]!;
  lo = 0;
  hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // An empty span (a point, as `negationInside` asks about) at a cut belongs to the clause that begins there: a match
    // at the message's start otherwise got the empty clause before it and no negation was ever read.
    if (end > start ? cuts[mid]! >= end : cuts[mid]! > end) hi = mid;
    else lo = mid + 1;
  }
  return [a, Math.max(cuts[lo]!, end)];
}

/**
 * How far a clause reaches on each side of a match. Negations and platform anchors are read next to the
 * words they qualify; capping the reach bounds the work per match, so a hostile message made of one endless
 * clause ("pay pal pay pal …", 20,000 characters) costs linear, not quadratic, time.
 */
export const CLAUSE_REACH = 160;

export interface TextContext {
  norm: NormalisedText;
  /** Clause and sentence boundaries, computed on first use (most messages never need them). */
  readonly clauseCuts: number[];
  readonly sentenceCuts: number[];
  /** Per-message results shared by rules (extracted numbers, e-mails…), computed once. A plain object: a Map per message cost more than what it saved. */
  memo: Record<string, unknown>;
  /** Stamp of this message's walk in gate-index.ts (0: not walked yet). */
  gateWalk: number;
}

/** A class, not an object literal with getters: literal accessors are rebuilt for every message (slow). */
class LazyTextContext implements TextContext {
  memo: Record<string, unknown> = {};
  gateWalk = 0;
  private clauses: number[] | undefined = undefined;
  private sentences: number[] | undefined = undefined;
  constructor(readonly norm: NormalisedText) {}
  get clauseCuts(): number[] {
    this.clauses ??= boundaries(this.norm.text, CLAUSE_END);
    return this.clauses;
  }
  get sentenceCuts(): number[] {
    this.sentences ??= boundaries(this.norm.text, SENTENCE_END);
    return this.sentences;
  }
}

export function textContext(norm: NormalisedText): TextContext {
  return new LazyTextContext(norm);
}

/** Computes `make()` once per message and key. */
export function once<T>(tc: TextContext, key: string, make: () => T): T {
  if (!(key in tc.memo)) tc.memo[key] = make();
  return tc.memo[key] as T;
}

/** The normalised clause around [start, end), with the match itself blanked so its own words don't count. */
export function clauseWithout(ctx: TextContext, start: number, end: number): string {
  // The guards of one hit (negation, anchor, description) ask for the same clause in a row.
  const key = start * 65536 + end;
  if (ctx.memo.clauseKey === key) return ctx.memo.clause as string;
  ctx.memo.clauseKey = key;
  ctx.memo.clause = clauseWithoutUncached(ctx, start, end);
  return ctx.memo.clause as string;
}

function clauseWithoutUncached(ctx: TextContext, start: number, end: number): string {
  const [a, b] = clauseRange(ctx, start, end);
  const t = ctx.norm.text;
  return `${t.slice(a, start)} ~ ${t.slice(end, b)}`; // an ASCII mark: the guards test non-Latin words only where there are non-Latin letters
}

/** The clause around [start, end), at most CLAUSE_REACH characters on each side of the match. */
export function clauseRange(ctx: TextContext, start: number, end: number): [number, number] {
  const [a, b] = enclosing(ctx.clauseCuts, start, end);
  return [Math.max(a, start - CLAUSE_REACH), Math.min(b, end + CLAUSE_REACH)];
}

/** The sentence around a match, in the normalised text: where a sentence-wide exception is looked for. */
export function sentenceRange(ctx: TextContext, start: number, end: number): [number, number] {
  return enclosing(ctx.sentenceCuts, start, end);
}

/** The supplier's original sentence around a match: what the finding quotes, with its span in the original. */
export function quoteOf(ctx: TextContext, start: number, end: number) {
  const [a, b] = enclosing(ctx.sentenceCuts, start, end);
  const range = originalRange(ctx.norm, a, b);
  let { start: s, end: e } = range;
  const o = ctx.norm.original;
  while (s < e && /\s/.test(o[s]!)) s++;
  while (e > s && /\s/.test(o[e - 1]!)) e--;
  if (e - s > 280) {
    // A very long sentence: quote the matched words with some context instead.
    const m = originalRange(ctx.norm, start, end);
    s = Math.max(s, m.start - 100);
    e = Math.min(e, m.end + 100);
  }
  return { quote: o.slice(s, e), span: { start: s, end: e } };
}

/**
 * Where the sentence holding position `at` starts, looking back at most `reach` characters: after the last ". ",
 * "! ", "? ", "。" or line break (a cheap cut over raw text, for readings that look at the words before a number).
 */
export function sentenceStartBefore(text: string, at: number, reach: number): number {
  return Math.max(
    0,
    text.lastIndexOf('. ', at),
    text.lastIndexOf('\n', at),
    text.lastIndexOf('! ', at),
    text.lastIndexOf('? ', at),
    text.lastIndexOf('。', at),
    at - reach,
  );
}
