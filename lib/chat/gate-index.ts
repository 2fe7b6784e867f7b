import {
  emptyFlatTrie,
  type FlatTrie,
  GATE_STRIDE,
  GATES,
  START_GATES,
  setFirst,
  setGates,
  setKids,
  step,
  WHOLE_GATES,
} from './flat-trie';

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
  /** Its number in its trie's flat copy (the order nodes were made in, from 1; the root is 0). */
  id: number;
}

const WIDE = 3;
/** A new node of `trie`, numbered in the order nodes are made. */
const newNode = (trie: { nodeCount: number }): TrieNode => ({
  keys: [],
  kids: [],
  ascii: null,
  gates: [],
  startGates: [],
  wholeGates: [],
  id: trie.nodeCount++,
});

function child(node: TrieNode, c: number): TrieNode | undefined {
  if (c < 128 && node.ascii !== null) return node.ascii[c];
  const { keys } = node;
  for (let k = 0; k < keys.length; k++) if (keys[k] === c) return node.kids[k];
  return undefined;
}

function addChild(trie: Trie, node: TrieNode, c: number): TrieNode {
  const kid = newNode(trie);
  node.keys.push(c);
  node.kids.push(kid);
  if (node.ascii === null && node.keys.length >= WIDE) {
    node.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
    node.keys.forEach((k, i) => {
      if (k < 128) node.ascii![k] = node.kids[i];
    });
  } else if (node.ascii !== null && c < 128) node.ascii[c] = kid;
  setKids(
    trie.flat,
    node.id,
    node.keys,
    node.kids.map((k) => k.id),
    node.ascii !== null,
  );
  return kid;
}

export interface GateInfo {
  /** Gate id (index into the marks); -1 when the gate could not be reduced to words (always test it). */
  id: number;
  /** True when the gate is a plain alternation of words: finding one is the same as the gate matching. */
  exact: boolean;
  /**
   * The gate compiled sticky, for a gate that is more than words: every match starts where one of its words
   * was found, so it is tried there only instead of scanning the whole message.
   */
  sticky?: RegExp;
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
  /** The trie as typed arrays for the walk (flat-trie.ts), updated with every word added. */
  flat: FlatTrie;
  nodeCount: number;
}
const newTrie = (): Trie => {
  const counter = { nodeCount: 0 };
  const root = newNode(counter); // id 0: "none" in the flat copy, which reaches the first nodes by `first`
  root.ascii = new Array<TrieNode | undefined>(128).fill(undefined);
  return { root, other: new Map(), starts: new Uint8Array(0x10000), flat: emptyFlatTrie(), ...counter };
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
    node = newNode(trie);
    if (c0 < 128) trie.root.ascii![c0] = node;
    else trie.other.set(c0, node);
    trie.starts[c0] = 1;
    setFirst(trie.flat, c0, node.id);
  }
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    node = child(node, c) ?? addChild(trie, node, c);
  }
  const list = atWordStart ? (atWordEnd ? node.wholeGates : node.startGates) : node.gates;
  if (list.includes(gate)) return;
  list.push(gate);
  setGates(trie.flat, node.id, node.gates, node.startGates, node.wholeGates);
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
  /** A match may start before the word ("\\w*uberweis"): the word's place is not where to try the gate. */
  loose?: true /**
   * Characters a match may hold, any number of them, before the word ("(?<![^\\n])[ \\t]*wa", "[وبلف]?واتس"): the match
   * starts at the word's place or at any place of the run of these characters just before it.
   */;
  lead?: string;
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
  // "\\b(?<!…)receiver": both are zero-width, so the words after them start every match (found anywhere).
  if (alt.startsWith('\\b(?<!') || alt.startsWith('\\b(?<=')) return wordsOf(alt.slice(2));
  const behind = leadingLookBehind(alt);
  if (behind > 0) {
    // "(?<![\\p{L}])(?:ваш|твой)…": a look-behind is zero-width and only narrows where a match may start, so the
    // words after it still start every match; found anywhere (no \\b), and never exact (the look-behind is tested).
    const got = wordsOf(alt.slice(behind));
    if (!got) return null;
    return { words: got.words.map((w) => ({ ...w, atWordStart: false, atWordEnd: false })), whole: false };
  }
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
    if (end < 0) return null;
    // A group that may be skipped ("(?:el\\s+)?(?:titular|nombre)", "(?:ال)?جمارك", "(?:x){0,2}y"): a match starts
    // with one of its words or, when it is skipped, with a word of what follows it, under the same leading \\b
    // (`bounded`). At least one copy ("+", "{1,…}") starts with its words alone.
    const skippable = /^(?:[?*]|\{0(?:,\d*)?\})\??/.exec(alt.slice(end + 1));
    if (!skippable && alt[end + 1] === '{' && !/^\{[1-9]\d*(?:,\d*)?\}/.test(alt.slice(end + 1))) return null;
    const words: GateWord[] = [];
    for (const inner of topLevelAlternatives(alt.slice(3, end))) {
      const got = wordsOf(inner, bounded);
      if (!got) return null;
      words.push(...got.words);
    }
    if (skippable) {
      const rest = wordsOf(alt.slice(end + 1 + skippable[0].length), bounded);
      if (!rest) return null;
      words.push(...rest.words);
    }
    return { words, whole: false };
  }
  // A leading "\\b" only narrows where a match may start: the characters after it still start every match.
  const first = leadingWords(alt.startsWith('\\b') ? alt.slice(2) : alt);
  if (first)
    return {
      words: first.words.map((word) => ({ word, atWordStart: false, atWordEnd: false })),
      // Found anywhere, the words are the whole alternative only when no "\\b" narrows where it starts.
      whole: first.whole && !alt.startsWith('\\b'),
    };
  const run = leadingRun(alt.startsWith('\\b') ? alt.slice(2) : alt);
  if (run) {
    // "[ \\t]*wa", "[وبلف]?واتس": a match starts in the run of these characters before the words of what follows.
    const rest = wordsOf(alt.slice(alt.length - run.rest.length));
    if (!rest) return null;
    const lead = (w: GateWord) => [...new Set([...(w.lead ?? ''), ...run.chars])].join('');
    return {
      words: rest.words.map((w) => ({ ...w, atWordStart: false, atWordEnd: false, lead: lead(w) })),
      whole: false,
    };
  }
  const inside = /^(?:\\b)?\\w\*/.exec(alt);
  if (inside) {
    // "\\b\\w*uberweis\\w*": the word may sit anywhere inside a longer one, and the match starts before it.
    const got = literalPrefix(alt.slice(inside[0].length));
    return got.prefix
      ? { words: [{ word: got.prefix, atWordStart: false, atWordEnd: false, loose: true }], whole: false }
      : null;
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

/** Escapes that stand for one character inside a class of a run (leadingRun). */
const RUN_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

/**
 * A small class of plain characters that may be absent or repeated ("[ \\t]*", "[وبلف]?") opening `alt`: its characters
 * and what follows it; null when `alt` opens otherwise (or the class holds ranges, negation, \\w-like escapes).
 */
function leadingRun(alt: string): { chars: string; rest: string } | null {
  if (!alt.startsWith('[') || alt[1] === '^') return null;
  let chars = '';
  let i = 1;
  while (i < alt.length && alt[i] !== ']') {
    const c = alt[i]!;
    if (c === '\\') {
      const e = alt[i + 1] ?? '';
      if (RUN_ESCAPES[e] !== undefined) chars += RUN_ESCAPES[e];
      else if (e !== '' && !/[0-9A-Za-z]/.test(e)) chars += e;
      else return null;
      i += 2;
    } else if (c === '-' || c === '[' || /[\ud800-\udfff]/.test(c)) return null;
    else {
      chars += c;
      i++;
    }
  }
  if (i >= alt.length || chars === '') return null;
  const quantifier = alt[i + 1];
  if (quantifier !== '?' && quantifier !== '*') return null;
  const after = alt[i + 2] === '?' ? i + 3 : i + 2; // lazy: the same characters
  return { chars, rest: alt.slice(after) };
}

/** The length of a look-behind ("(?<![\\p{L}])", "(?<!能)") that opens `alt`; 0 when there is none. */
function leadingLookBehind(alt: string): number {
  if (!alt.startsWith('(?<!') && !alt.startsWith('(?<=')) return 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return 0;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The characters a match of `alt` may start with when it opens with a digit (\\d) or a small class of plain
 * characters ("[اأ]حد", "[13]…"), each a one-character word found anywhere. Without this one such alternative
 * left its whole gate unreduced, and the gate was then tested on every message (Arabic and CJK gates on
 * Latin text). Null when the set cannot be named exactly (ranges, escapes, negation) or may be skipped.
 */
function leadingCharacters(alt: string): string[] | null {
  if (alt.startsWith('\\d')) return '?*{'.includes(alt[2] ?? '') && alt.length > 2 ? null : DIGITS;
  if (!alt.startsWith('[') || alt[1] === '^') return null;
  const close = alt.indexOf(']', 1);
  if (close < 2) return null;
  const members = [...alt.slice(1, close)];
  if (members.length > 16 || members.some((c) => c === '\\' || c === '-' || c === '[')) return null;
  if ('?*{'.includes(alt[close + 1] ?? '') && close + 1 < alt.length) return null;
  return members;
}

/** At most this many words from the characters an alternative opens with (their cross product). */
const LEADING_WORDS_LIMIT = 64;

/**
 * The words a match of `alt` may start with when it opens with a digit or a small class (leadingCharacters),
 * carried on through the plain characters, digits and small classes that follow ("\\d[oli]" → "0o", "0l"…, "[13]x"
 * → "1x", "3x"), while there are at most LEADING_WORDS_LIMIT of them; `whole` when they are the whole alternative.
 * A one-character word such as "o" or "l" is met at almost every position of a Latin text: the gate was marked on
 * nearly every message and then tried at each of those letters, where two characters are found only where a
 * match can start (and an alternative made only of such characters needs no trying at all).
 */
function leadingWords(alt: string): { words: string[]; whole: boolean } | null {
  const first = leadingCharacters(alt);
  if (!first) return null;
  let words = first;
  let i = alt.startsWith('\\d') ? 2 : alt.indexOf(']', 1) + 1;
  if (alt[i] === '+') return { words, whole: false };
  while (i < alt.length) {
    let set: string[] | null = null;
    let length = 1;
    const c = alt[i]!;
    if (alt.startsWith('\\d', i)) {
      set = DIGITS;
      length = 2;
    } else if (c === '[') {
      const members = alt[i + 1] === '^' ? null : classMembers(alt, i);
      if (members) {
        set = members;
        length = alt.indexOf(']', i + 1) + 1 - i;
      }
    } else if (c === '\\') {
      const e = alt[i + 1] ?? '';
      if (e !== '' && !/[0-9A-Za-z]/.test(e)) {
        set = [e];
        length = 2;
      }
    } else if (!'.()|^$+*?{}]'.includes(c) && !/[\ud800-\udfff]/.test(c)) set = [c];
    if (set === null) break;
    const quantifier = alt[i + length];
    if (quantifier === '?' || quantifier === '*' || quantifier === '{') break; // the character may be absent
    if (words.length * set.length > LEADING_WORDS_LIMIT) break;
    words = words.flatMap((w) => set.map((x) => w + x));
    i += length;
    if (quantifier === '+') return { words, whole: false }; // one copy is certain, more may follow
  }
  // A first character outside the BMP (a class under the u flag) may be read as two units without it: not exact.
  return { words, whole: i === alt.length && first.every((c) => c.length === 1) };
}

/** The members of the small plain class at `alt[at]` ("[oli]"), or null (ranges, escapes, too many). */
function classMembers(alt: string, at: number): string[] | null {
  const close = alt.indexOf(']', at + 1);
  if (close < at + 2) return null;
  const members = [...alt.slice(at + 1, close)];
  if (members.length > 16 || members.some((c) => c === '\\' || c === '-' || c === '[' || c.length > 1))
    return null;
  return members;
}

/**
 * Gates by flags and source: the languages' patterns build their own copies of the same gate (one "there"
 * gate is written 32 times; 1,969 gates, 1,557 different), and each copy was a gate of its own, marked
 * again by the walk at every one of its words and tried again where they start. Copies now share one id.
 */
const infoBySource = new Map<string, GateInfo>();

function infoOf(gate: RegExp): GateInfo {
  let info = infos.get(gate);
  if (info) return info;
  const key = `${gate.flags}/${gate.source}`;
  info = infoBySource.get(key);
  if (info) {
    infos.set(gate, info);
    return info;
  }
  info = { id: -1, exact: false };
  const got = /[gimsvy]/.test(gate.flags) ? null : wordsOfSource(gate.source);
  if (got) {
    const { words, exact } = got;
    info = { id: newGateId(), exact };
    if (!exact && !words.some((w) => w.loose || w.lead)) {
      info.sticky = new RegExp(gate.source, `${gate.flags}y`);
    }
    for (const w of words) addWord(w.word, info.id, w.atWordStart, w.atWordEnd);
    if (info.sticky) placed[info.id] = 1;
    rarities.set(info.id, Math.min(...words.map((w) => rarityOf(w.word))));
  }
  infos.set(gate, info);
  infoBySource.set(key, info);
  return info;
}

/**
 * How seldom a gate's words are likely met, by its commonest word: a longer word is rarer, and a word outside ASCII
 * (Thai, Chinese, Cyrillic) is absent from most messages, which are Latin. A guess for choosing which of a pattern's
 * necessary conditions to index it by (open-keys.ts), never for deciding whether it may match.
 */
const rarities = new Map<number, number>();
const rarityOf = (word: string) =>
  [...word].some((c) => c.charCodeAt(0) > 127) ? word.length + 4 : word.length;

/** gate id → rarity (rarityOf its commonest word); 0 for an id that is no gate of words. */
export const gateRarity = (id: number): number => rarities.get(id) ?? 0;

/** The words every match of `source` starts with, alternative by alternative; null when some names none. */
function wordsOfSource(source: string): { words: GateWord[]; exact: boolean } | null {
  const words: GateWord[] = [];
  let exact = true;
  for (const alt of topLevelAlternatives(source)) {
    const got = wordsOf(alt);
    if (!got) return null;
    words.push(...got.words);
    exact &&= got.whole;
  }
  return words.length ? { words, exact } : null;
}

/** A new gate id, with room for it in the walk's buffers; earlier walks did not look for it. */
function newGateId(): number {
  const id = gateCount++;
  if (marks.length < gateCount) {
    marks = grow(marks, gateCount);
    heads = growInt(heads, marks.length);
    placed = growBytes(placed, marks.length);
    passedIn = grow(passedIn, marks.length);
    passes = growBytes(passes, marks.length);
    opener = growBytes(opener, marks.length);
  }
  walked = 0;
  return id;
}

/**
 * Where a match of a pattern's regex may start (match-starts.ts): the ids of the words every match starts with,
 * each word a gate of its own whose places the walk keeps, shared by every regex that starts with it (so a word
 * that opens two hundred patterns is marked once where it occurs, not two hundred times). Null when some
 * alternative names no such word, when a match may start before its word ("\\w*uberweis"), or when a flag
 * changes what the words mean (i, m, s, v, y): the regex is then run over the whole message as before.
 */
export function startWordIds(re: RegExp): Int32Array | null {
  if (/[imsvy]/.test(re.flags)) return null;
  const got = wordsOfSource(re.source);
  if (!got || got.words.some((w) => w.loose)) return null;
  const ids = new Set<number>();
  for (const w of got.words) ids.add(placedWordId(w));
  return Int32Array.from(ids);
}

const placedWords = new Map<string, number>();
function placedWordId(w: GateWord): number {
  const key = `${w.atWordStart ? 1 : 0}${w.atWordEnd ? 1 : 0}${w.lead ?? ''}\u0000${w.word}`;
  let id = placedWords.get(key);
  if (id === undefined) {
    id = newGateId();
    addWord(w.word, id, w.atWordStart, w.atWordEnd);
    placed[id] = 1;
    if (w.lead) leads.set(id, w.lead);
    placedWords.set(key, id);
  }
  return id;
}

/** The run characters a placed word may have before it where a match starts (GateWord.lead), by word id. */
const leads = new Map<number, string>();

/**
 * Appends to out[n..] every place the latest walk of `text` met a word of gate `id` (latest first; the same
 * place may come twice when two of its words start there); returns the new count. Only for placed gates. A word with a lead (GateWord.lead) also gives each place of the run of
 * those characters just before it, latest first, each place once.
 */
export function placesOf(
  id: number,
  text: string,
  seen: { gateWalk: number },
  out: Int32Array,
  n: number,
): number {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  if (marks[id] !== seen.gateWalk) return n;
  const lead = leads.get(id);
  if (lead === undefined) {
    for (let k = heads[id]!; k >= 0; k = nextOf[k]!) out[n++] = atOf[k]!;
    return n;
  }
  // Each place of the run before the word too, each once: the places come latest first, so a run that reached
  // below the next place has already given every place down to where it ended.
  let lowest = text.length + 1;
  for (let k = heads[id]!; k >= 0; k = nextOf[k]!) {
    const at = atOf[k]!;
    if (at >= lowest) continue;
    out[n++] = at;
    let j = at - 1;
    while (j >= 0 && j < lowest && lead.includes(text[j]!)) out[n++] = j--;
    lowest = j + 1;
  }
  return n;
}

/**
 * One walk's result lives in a shared buffer: marks[gate] === stamp of the walk that saw one of its words.
 * A message keeps only its stamp; when another message was walked since, it simply walks again (messages
 * are analysed one at a time, so that is rare) — no buffer per message.
 */
let marks: Uint32Array = new Uint32Array(64);
/**
 * Where the latest walk met each gate's words: heads[gate] is its latest occurrence (valid when marks[gate]
 * is the walk's stamp), atOf[k] the position of occurrence k and nextOf[k] the one met before it (-1: none).
 */
let heads: Int32Array = new Int32Array(64);
let atOf: Int32Array = new Int32Array(256);
let nextOf: Int32Array = new Int32Array(256);
let occurrences = 0;
/** placed[gate] = 1 when the walk keeps where the gate's words start (gates tried sticky); others skip it. */
let placed: Uint8Array = new Uint8Array(64);
/** The gates the latest walk marked, each once, in the order their words were met. */
let found: Int32Array = new Int32Array(256);
let foundCount = 0;
/**
 * opener[gate] = 1 when some list of patterns is indexed by the gate (match.ts opens its patterns by it). A message
 * marks ~190 gates (placed words, literals, parts of needs…) and each of the ~5 lists it is matched against looked up
 * every one of them, though only a few dozen open any pattern: the walk also keeps those apart, in the same order.
 */
let opener: Uint8Array = new Uint8Array(64);
let openers: Int32Array = new Int32Array(64);
let openerCount = 0;
let stamp = 0;
/**
 * A gate tried where its words start, once per walk: passedIn[gate] is the stamp of the walk whose text it
 * was tried on, passes[gate] the answer (1: it matches). Several patterns and lists ask the same gate.
 */
let passedIn: Uint32Array = new Uint32Array(64);
let passes: Uint8Array = new Uint8Array(64);
/** Stamp of the latest walk still valid for its text (0: none). */
let walked = 0;

function grow(a: Uint32Array, min: number): Uint32Array {
  const b = new Uint32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array, min: number): Uint8Array {
  const b = new Uint8Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

function growInt(a: Int32Array, min: number): Int32Array {
  const b = new Int32Array(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Marks gates ids[from .. to) as found in this walk, and that one of their words starts at `at`. The walk's state is read
 * into locals once per call, not at every gate (about 190 gates a message).
 */
function mark(ids: Int32Array, from: number, to: number, at: number): void {
  const now = stamp;
  const seen = marks;
  const head = heads;
  const place = placed;
  let count = occurrences;
  let where = atOf;
  let next = nextOf;
  for (let k = from; k < to; k++) {
    const g = ids[k]!;
    if (seen[g] !== now) {
      seen[g] = now;
      if (foundCount === found.length) found = growInt(found, foundCount + 1);
      found[foundCount++] = g;
      head[g] = -1;
      if (opener[g] === 1) {
        if (openerCount === openers.length) openers = growInt(openers, openerCount + 1);
        openers[openerCount++] = g;
      }
    }
    if (place[g] === 0) continue;
    if (count === where.length) {
      where = atOf = growInt(where, count + 1);
      next = nextOf = growInt(next, where.length);
    }
    where[count] = at;
    next[count] = head[g]!;
    head[g] = count++;
  }
  occurrences = count;
}

/** What JS's \\b counts as a word character. */
const isAsciiWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** What WORD_END refuses after a word (the normalised text is lower-case). */
const isLowerAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** Marks every gate one of whose words occurs in `text`; returns the walk's stamp. */
export function walkGates(text: string): number {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) {
    marks.fill(0);
    passedIn.fill(0);
  }
  foundCount = 0;
  openerCount = 0;
  occurrences = 0;
  const any = anywhereTrie.flat;
  const starting = wordStartTrie.flat;
  const anyFirst = any.first;
  const anyFrom = any.gatesFrom;
  const anyIds = any.gateIds;
  const startFirst = starting.first;
  const startFrom = starting.gatesFrom;
  const startIds = starting.gateIds;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c0 = text.charCodeAt(i);
    let node = anyFirst[c0]!;
    if (node !== 0) {
      for (let j = i + 1; ; j++) {
        // Most nodes end no word: test before calling.
        const from = anyFrom[GATE_STRIDE * node + GATES]!;
        const to = anyFrom[GATE_STRIDE * node + GATES + 1]!;
        if (from !== to) mark(anyIds, from, to, i);
        if (j === n) break;
        node = step(any, node, text.charCodeAt(j));
        if (node === 0) break;
      }
    }
    node = startFirst[c0]!;
    if (node === 0 || (i > 0 && isAsciiWordChar(text.charCodeAt(i - 1)))) continue;
    for (let j = i + 1; ; j++) {
      const at = GATE_STRIDE * node;
      const startTo = startFrom[at + START_GATES + 1]!;
      if (startFrom[at + START_GATES] !== startTo) mark(startIds, startFrom[at + START_GATES]!, startTo, i);
      const wholeTo = startFrom[at + WHOLE_GATES + 1]!;
      if (startTo !== wholeTo && (j === n || !isLowerAlnum(text.charCodeAt(j))))
        mark(startIds, startTo, wholeTo, i);
      if (j === n) break;
      node = step(starting, node, text.charCodeAt(j));
      if (node === 0) break;
    }
  }
  walked = stamp;
  return stamp;
}

/**
 * The ids of the gates whose words occur in `text` (walking it if its walk is not the current one). The
 * array belongs to the walk: read it before the next message is walked.
 */
export function foundGates(text: string, seen: { gateWalk: number }): Int32Array {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  return found.subarray(0, foundCount);
}

/** Marks gate `id` as one that opens patterns: foundOpeners gives it when the walk meets its words. */
export function markOpener(id: number): void {
  if (id < 0 || opener[id] === 1) return;
  opener[id] = 1;
  walked = 0; // the latest walk did not keep it apart
}

/** The gates of foundGates that markOpener marked, in the same order (same lifetime as foundGates). */
export function foundOpeners(text: string, seen: { gateWalk: number }): Int32Array {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  return openers.subarray(0, openerCount);
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

/**
 * False when none of the gate's words occurs in `text`: the walk's answer alone, without testing the gate
 * where its words start. A pattern with two gates asks this of both before testing either exactly.
 */
export function gateWordsFound(info: GateInfo, text: string, seen: { gateWalk: number }): boolean {
  if (info.id < 0) return true;
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  return marks[info.id] === seen.gateWalk;
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
  if (info.exact) return true;
  const id = info.id;
  if (passedIn[id] === seen.gateWalk) return passes[id] === 1;
  const sticky = info.sticky;
  let pass = false;
  if (sticky === undefined) pass = gate.test(text);
  // Tried only where its words start (the same answer as gate.test(text): no match starts anywhere else).
  else
    for (let k = heads[id]!; k >= 0 && !pass; k = nextOf[k]!) {
      sticky.lastIndex = atOf[k]!;
      pass = sticky.test(text);
    }
  passedIn[id] = seen.gateWalk;
  passes[id] = pass ? 1 : 0;
  return pass;
}

/** Whether the latest walk of `text` met a word of any gate in ids[from .. to). */
export function anyGateFound(
  ids: Int32Array,
  from: number,
  to: number,
  text: string,
  seen: { gateWalk: number },
): boolean {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  const now = seen.gateWalk;
  for (let k = from; k < to; k++) if (marks[ids[k]!] === now) return true;
  return false;
}

/**
 * Whether the latest walk of `text` met the words a program of conditions asks for (literal-conditions.ts lays it out):
 * every condition met, a condition by one of its choices, a choice when each of its sets has a word found. Read
 * straight from the walk's marks in one loop: asked of every pattern the walk opens (~170,000 a scan), nested
 * arrays of gate infos and a call per literal cost about as much as the regexes they spared.
 */
export function conditionsMet(program: Int32Array, text: string, seen: { gateWalk: number }): boolean {
  if (seen.gateWalk === 0 || seen.gateWalk !== walked) seen.gateWalk = walkGates(text);
  const now = seen.gateWalk;
  const seenIn = marks;
  let p = 0;
  const conditions = program[p++]!;
  for (let c = 0; c < conditions; c++) {
    const conditionEnd = p + 1 + program[p]!;
    const choices = program[p + 1]!;
    p += 2;
    let met = false;
    for (let a = 0; a < choices && !met; a++) {
      const choiceEnd = p + 1 + program[p]!;
      const sets = program[p + 1]!;
      p += 2;
      let every = true;
      for (let s = 0; s < sets && every; s++) {
        const n = program[p++]!;
        let found = false;
        for (let k = p; k < p + n && !found; k++) found = seenIn[program[k]!] === now;
        p += n;
        every = found;
      }
      met = every;
      p = choiceEnd;
    }
    if (!met) return false;
    p = conditionEnd;
  }
  return true;
}
