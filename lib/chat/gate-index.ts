/**
 * All pattern gates checked in one pass. Testing ~45 gate regexes one by one costs ~45 scans of every message
 * (most of a 10,000-message scan); instead each gate is reduced to the literal words its matches must start
 * with ("off-?line" → "off", "(?:wechat|wx) ?pay" → "wechat", "wx"), all words go into one trie, and each
 * message is walked once. A gate whose words are absent cannot match and is skipped; a gate made only of
 * plain words is decided by the walk alone; any other gate is still tested exactly, so skipping never hides
 * a hit. A gate that cannot be reduced (flags, look-behind, classes first…) is always tested.
 */

/**
 * Children as parallel arrays scanned linearly (most nodes have one or two); a node with many children also
 * gets a direct table for ASCII, which is where a Map lookup per character would cost the most.
 */
interface TrieNode {
  keys: number[];
  kids: TrieNode[];
  ascii: (TrieNode | undefined)[] | null;
  /** Ids of the gates one of whose words ends here. */
  gates: number[];
  /** Same, for words that must start a word (the gate wrote "\\b" before them): not inside another word. */
  startGates: number[];
  /** Same, for words that must also end a word (no [a-z0-9] after them): "mi" is not found in "minimum". */
  wholeGates: number[];
}

const WIDE = 3;
const newNode = (): TrieNode => ({
  keys: [],
  kids: [],
  ascii: null,
  gates: [],
  startGates: [],
  wholeGates: [],
});

function child(node: TrieNode, c: number): TrieNode | undefined {
  if (c < 128 && node.ascii !== null) return node.ascii[c];
  const { keys } = node;
  for (let k = 0; k < keys.length; k++) if (keys[k] === c) return node.kids[k];
  return undefined;
}

function addChild(node: TrieNode, c: number): TrieNode {
  const kid = newNode();
  node.keys.push(c);
  node.kids.push(kid);
  if (node.ascii === null && node.keys.length >= WIDE) {
    node.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
    node.keys.forEach((k, i) => {
      if (k < 128) node.ascii![k] = node.kids[i];
    });
  } else if (node.ascii !== null && c < 128) node.ascii[c] = kid;
  return kid;
}

export interface GateInfo {
  /** Gate id (index into the marks); -1 when the gate could not be reduced to words (always test it). */
  id: number;
  /** True when the gate is a plain alternation of words: finding one is the same as the gate matching. */
  exact: boolean;
}

// The first character is looked up at every position of every message: a table for ASCII, and a map
// behind a 64 KB "starts some word" bitmap for the rest (Chinese and Cyrillic words start in many places).
/**
 * Two tries: words that may start anywhere (looked up at every position) and words that must start a word
 * ("\\bpay"; looked up only where a word starts). Most gate words are of the second kind, so most positions
 * of a Latin text (inside words) only visit the small first trie.
 */
interface Trie {
  root: TrieNode;
  other: Map<number, TrieNode>;
  /** Which first characters start some word of this trie. */
  starts: Uint8Array;
}
const newTrie = (): Trie => {
  const root = newNode();
  root.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
  return { root, other: new Map(), starts: new Uint8Array(0x10000) };
};
const anywhereTrie = newTrie();
const wordStartTrie = newTrie();
const infos = new WeakMap<RegExp, GateInfo>();
let gateCount = 0;

function addWord(word: string, gate: number, atWordStart: boolean, atWordEnd: boolean): void {
  const trie = atWordStart ? wordStartTrie : anywhereTrie;
  const c0 = word.charCodeAt(0);
  let node = c0 < 128 ? trie.root.ascii![c0] : trie.other.get(c0);
  if (!node) {
    node = newNode();
    if (c0 < 128) trie.root.ascii![c0] = node;
    else trie.other.set(c0, node);
    trie.starts[c0] = 1;
  }
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    node = child(node, c) ?? addChild(node, c);
  }
  const list = atWordStart ? (atWordEnd ? node.wholeGates : node.startGates) : node.gates;
  if (!list.includes(gate)) list.push(gate);
}

/** Splits a regex source at its top-level "|" (not inside groups or classes). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

const QUANTIFIER_MAY_DROP = new Set(['?', '*', '{']);

/**
 * The literal text every match of `alt` starts with, whether `alt` is nothing but that text, and whether a
 * space (\\s) must follow it ("a\\s+nombre": the word "a" ends there, it is not the start of "account").
 */
function literalPrefix(alt: string): { prefix: string; whole: boolean; spaceNext?: boolean; stem?: boolean } {
  const bounded = alt.startsWith('\\b'); // a leading word boundary is zero-width, but the gate is then stricter
  let i = bounded ? 2 : 0;
  let prefix = '';
  while (i < alt.length) {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      // "pay\\w*" to the end matches exactly when "pay" is there: the trailing letters are optional.
      if (e === 'w' && alt[i + 2] === '*' && i + 3 === alt.length && prefix)
        return { prefix, whole: !bounded, stem: true };
      if (e === 's' && alt[i + 2] !== '*' && alt[i + 2] !== '?' && alt[i + 2] !== '{')
        return { prefix, whole: false, spaceNext: true };
      if (/[0-9A-Za-z]/.test(e)) return { prefix, whole: false };
      prefix += e;
      i += 2;
    } else if (QUANTIFIER_MAY_DROP.has(c)) return { prefix: prefix.slice(0, -1), whole: false };
    else if ('+.()[]^$|'.includes(c)) return { prefix, whole: false };
    else {
      prefix += c;
      i++;
    }
  }
  return { prefix, whole: !bounded, stem: bounded };
}

interface GateWord {
  word: string;
  /** The alternative starts with "\\b": the word must begin a word (no [A-Za-z0-9_] before it, as JS's \\b). */
  atWordStart: boolean;
  /** The alternative ends with WORD_END: the word must also end a word. */
  atWordEnd: boolean;
}

/**
 * What a gate writes after a whole word that must end a word ("\\bmi(?![a-z0-9])"): gateOf in compose/near.ts
 * adds it to plain Latin words, so a short word of one language ("mi", "du", "de") does not open patterns on
 * every longer word it starts ("minimum", "during", "design").
 */
export const WORD_END = '(?![a-z0-9])';

/** Words a match of one alternative must start with; null when none can be named. */
function wordsOf(alt: string, bounded = false): { words: GateWord[]; whole: boolean } | null {
  if (alt.startsWith('\\b(?:')) return wordsOf(alt.slice(2), true);
  if (alt.startsWith('\\b') && alt.endsWith(WORD_END)) {
    const body = alt.slice(2, -WORD_END.length);
    // The walk checks both edges exactly as \\b and WORD_END do: finding the word is matching it.
    if (/^[a-z0-9]+$/.test(body))
      return { words: [{ word: body, atWordStart: true, atWordEnd: true }], whole: true };
  }
  if (alt.startsWith('(?:')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < alt.length && end < 0; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) end = i;
    }
    if (end < 0 || '?*{'.includes(alt[end + 1] ?? '')) return null; // an optional group names nothing
    const words: GateWord[] = [];
    for (const inner of topLevelAlternatives(alt.slice(3, end))) {
      const got = wordsOf(inner, bounded);
      if (!got) return null;
      words.push(...got.words);
    }
    return { words, whole: false };
  }
  const { prefix, whole, spaceNext, stem } = literalPrefix(alt);
  if (!prefix) return null;
  // Only an ASCII word character can be told apart from what precedes it the way \\b does.
  const atWordStart = (bounded || alt.startsWith('\\b')) && /^[a-z0-9_]/i.test(prefix);
  // A space after a whole word is also a word end (no [a-z0-9] can follow it).
  const atWordEnd = atWordStart && spaceNext === true && /^[a-z0-9]+$/.test(prefix);
  // "\\bpay\\w*" and "\\bpay" are found exactly by the walk when it checks the word start as \\b does.
  const exactStem = stem === true && alt.startsWith('\\b') && atWordStart && !bounded;
  return { words: [{ word: prefix, atWordStart, atWordEnd }], whole: (whole && !bounded) || exactStem };
}

function infoOf(gate: RegExp): GateInfo {
  let info = infos.get(gate);
  if (info) return info;
  info = { id: -1, exact: false };
  if (!/[gimsvy]/.test(gate.flags)) {
    const words: GateWord[] = [];
    let exact = true;
    for (const alt of topLevelAlternatives(gate.source)) {
      const got = wordsOf(alt);
      if (!got) {
        words.length = 0;
        break;
      }
      words.push(...got.words);
      exact &&= got.whole;
    }
    if (words.length) {
      info = { id: gateCount++, exact };
      for (const w of words) addWord(w.word, info.id, w.atWordStart, w.atWordEnd);
      if (marks.length < gateCount) marks = grow(marks, gateCount);
      walked = 0; // earlier walks did not look for this gate
    }
  }
  infos.set(gate, info);
  return info;
}

/**
 * One walk's result lives in a shared buffer: marks[gate] === stamp of the walk that saw one of its words.
 * A message keeps only its stamp; when another message was walked since, it simply walks again (messages
 * are analysed one at a time, so that is rare) — no buffer per message.
 */
let marks: Uint32Array = new Uint32Array(64);
/** The gates the latest walk marked, each once, in the order their words were met. */
let found: number[] = [];
let stamp = 0;
/** Stamp of the latest walk still valid for its text (0: none). */
let walked = 0;

function grow(a: Uint32Array, min: number): Uint32Array {
  const b = new Uint32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function mark(gates: number[]): void {
  for (let k = 0; k < gates.length; k++) {
    const g = gates[k]!;
    if (marks[g] !== stamp) {
      marks[g] = stamp;
      found.push(g);
    }
  }
}

/** What JS's \\b counts as a word character. */
const isAsciiWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What WORD_END refuses after a word (the normalised text is lower-case). */
const isLowerAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** Marks every gate one of whose words occurs in `text`; returns the walk's stamp. */
export function walkGates(text: string): number {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) marks.fill(0);
  found = [];
  const n = text.length;
  const any = anywhereTrie;
  const starting = wordStartTrie;
  for (let i = 0; i < n; i++) {
    const c0 = text.charCodeAt(i);
    if (any.starts[c0] !== 0) {
      let node = c0 < 128 ? any.root.ascii![c0] : any.other.get(c0);
      for (let j = i + 1; node !== undefined; j++) {
        // Most nodes end no word: test before calling.
        if (node.gates.length !== 0) mark(node.gates);
        if (j === n) break;
        node = child(node, text.charCodeAt(j));
      }
    }
    if (starting.starts[c0] === 0 || (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    let node = c0 < 128 ? starting.root.ascii![c0] : starting.other.get(c0);
    for (let j = i + 1; node !== undefined; j++) {
      if (node.startGates.length !== 0) mark(node.startGates);
      if (node.wholeGates.length !== 0 && (j === n || !isLowerAlnum(text.charCodeAt(j))))
        mark(node.wholeGates);
      if (j === n) break;
      node = child(node, text.charCodeAt(j));
    }
  }
  walked = stamp;
  return stamp;
}

/**
 * The ids of the gates whose words occur in `text` (walking it if its walk is not the current one). The
 * array belongs to the walk: read it before the next message is walked.
 */
export function foundGates(text: string, seen: { gateWalk: number }): readonly number[] {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  return found;
}

/** A gate's place in the index (registering it on first use); callers keep it to skip the lookup. */
export const gateInfo = (gate: RegExp): GateInfo => infoOf(gate);

/**
 * False only when `gate` certainly does not match `text`. `seen.gateWalk` is the stamp this text got from
 * its last walk (0: none yet); it is renewed here when that walk is no longer the current one.
 */
export function gatePasses(gate: RegExp, text: string, seen: { gateWalk: number }): boolean {
  return gateInfoPasses(infoOf(gate), gate, text, seen);
}

/** gatePasses with the gate's info already at hand (a list of patterns keeps its gates' infos). */
export function gateInfoPasses(
  info: GateInfo,
  gate: RegExp,
  text: string,
  seen: { gateWalk: number },
): boolean {
  if (info.id < 0) return gate.test(text);
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  if (marks[info.id] !== seen.gateWalk) return false;
  return info.exact || gate.test(text);
}
