/**
 * The literal strings a regex cannot match without: `requiredLiterals(/\bpay\s?pal\b|paypal\.me/u)` is
 * ["pay", "paypal.me"] (or another set of that kind), and every match contains at least one of them. A pattern
 * whose literals are all absent from a message cannot match it, so its regex need not be run there (match.ts).
 *
 * Worked out from the regex's source, node by node, as in a code-search prefilter: each part is either the
 * small finite set of strings it can match ("(?:wechat|wx)" → {"wechat", "wx"}), or a set of which one must
 * occur inside every match, or unknown (anything). Whatever this file does not fully understand — a class with
 * ranges or escapes, \w, \p{…}, ".", a back-reference, a case-insensitive flag — is unknown, which only ever
 * weakens the answer: unknown parts are never relied on, so a literal set is returned only when it is certain.
 */

/** A part of a regex: the strings it can match when few (exact), or literals one of which every match holds. */
interface Info {
  /** Every string the part can match, when it is a small finite set ("" included when it may match nothing). */
  exact: Set<string> | null;
  /** Literals of which every match holds one; null: none known (the part may match anything). */
  required: Set<string> | null;
  /**
   * More sets of the same kind, ALL of which hold (requiredLiteralSets): every text the part matches in holds one
   * literal of each. Besides the sets of `exact` and `required`, these add the sets of the other fixed runs of a
   * sequence and what a positive look-around asks of the text around the match. Absent: none more.
   */
  all?: Set<string>[];
}

const EXACT_LIMIT = 16;
/** More literals than this and testing them costs about as much as running the regex. */
export const LITERAL_LIMIT = 24;

const ANY: Info = { exact: null, required: null };
/** At most this many sets a part keeps (the best ones): more cost a look-up each and rarely turn away more. */
const SETS_LIMIT = 6;
/**
 * A set of requiredLiteralSets may be larger than LITERAL_LIMIT: its literals are looked up in the gate walk (one
 * array read each, match.ts), not searched for, and a pattern of many languages names one word per language (the
 * owned-number half of number-in-picture, about a hundred: its picture half alone opens on "in", "on", "na").
 */
const SET_LITERAL_LIMIT = 128;
const EMPTY = (): Info => ({ exact: new Set(['']), required: null });
const exactly = (...strings: string[]): Info => ({ exact: new Set(strings), required: null });

/** Thrown on any syntax this parser does not model; the caller then knows no literals. */
class Unsupported extends Error {}

/** The literals to rely on from a part: its exact strings when none is empty, else what it requires. */
function requiredOf(info: Info): Set<string> | null {
  if (info.exact) return info.exact.has('') ? null : info.exact;
  return info.required;
}

/** Which of two literal sets filters better: longer shortest literal first, then fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || a.size > LITERAL_LIMIT) return b && b.size <= LITERAL_LIMIT ? b : a;
  if (!b || b.size > LITERAL_LIMIT) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const la = shortest(a);
  const lb = shortest(b);
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

/** Every set a part's texts hold one literal of: its own (requiredOf) and the others it carries. */
function setsOf(info: Info): Set<string>[] {
  const own = requiredOf(info);
  return own ? [own, ...(info.all ?? [])] : (info.all ?? []);
}

/**
 * The best `SETS_LIMIT` of some sets (fewest short Latin words, then better's order), each once and none holding all
 * of another's words; sets too large to test are dropped.
 */
function bestSets(sets: Set<string>[]): Set<string>[] {
  const kept = sets.filter((s) => s.size > 0 && s.size <= SET_LITERAL_LIMIT && !s.has(''));
  // Fewest words of one or two Latin letters first: "so" or "no" is met in most texts (the walk finds a literal
  // anywhere, "also", "not"), so a set holding one turns little away however long its other words.
  kept.sort((a, b) => shortCount(a) - shortCount(b) || (better(a, b) === a ? -1 : 1));
  const out: Set<string>[] = [];
  for (const s of kept) {
    // A set holding all of another's literals is implied by it (a text with one of the other's has one of its
    // own): it turns nothing more away and would only take the place of a set that might.
    if (out.some((o) => subsetOf(o, s)) || kept.some((o) => o !== s && o.size < s.size && subsetOf(o, s)))
      continue;
    out.push(s);
    if (out.length === SETS_LIMIT) break;
  }
  return out;
}

/** How many literals of a set are Latin words of two letters or fewer ("so", "no"): met inside most texts. */
function shortCount(set: Set<string>): number {
  let n = 0;
  for (const x of set) if (x.length <= 2 && x.charCodeAt(0) < 0x80) n++;
  return n;
}

/** Whether every literal of `a` is in `b`. */
function subsetOf(a: Set<string>, b: Set<string>): boolean {
  if (a.size > b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Sets that hold for "A|B|…": a text one alternative matches in holds one literal of each of that alternative's sets,
 * so of every union that takes one set from each alternative. An alternative with no set leaves none.
 */
function eitherSets(perPart: Set<string>[][]): Set<string>[] {
  let out: Set<string>[] = [new Set()];
  for (const sets of perPart) {
    if (sets.length === 0) return [];
    const next: Set<string>[] = [];
    for (const a of out) for (const b of sets) next.push(new Set([...a, ...b]));
    out = bestSets(next);
    if (out.length === 0) return [];
  }
  return out;
}

/**
 * Whether two parts' strings are joined into one set of strings: a few by a few, or one fixed string before or after
 * up to LITERAL_LIMIT ("\\." then twenty top-level domains: ".com", ".top"… are rare where "co" and "top" are not).
 */
function joinable(a: Info, b: Info): boolean {
  if (!a.exact || !b.exact) return false;
  const product = a.exact.size * b.exact.size;
  return product <= EXACT_LIMIT || (Math.min(a.exact.size, b.exact.size) === 1 && product <= LITERAL_LIMIT);
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && joinable(a, b)) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return { exact: out, required: null, all: bestSets([...(a.all ?? []), ...(b.all ?? [])]) };
  }
  return {
    exact: null,
    required: better(requiredOf(a), requiredOf(b)),
    all: bestSets([...setsOf(a), ...setsOf(b)]),
  };
}

function alternation(parts: Info[]): Info {
  // Up to LITERAL_LIMIT strings: a list of words ("top|xyz|…|store") stays words, to be joined to a fixed string.
  if (parts.every((p) => p.exact) && parts.reduce((n, p) => n + p.exact!.size, 0) <= LITERAL_LIMIT) {
    const out = new Set<string>();
    for (const p of parts) for (const s of p.exact!) out.add(s);
    // A part's own strings count as a set too: "(?:https?://|www\\.|(?=…\\.com))" may match nothing, yet needs one of them.
    return { exact: out, required: null, all: eitherSets(parts.map(setsOf)) };
  }
  const all = eitherSets(parts.map(setsOf));
  const out = new Set<string>();
  for (const p of parts) {
    const r = requiredOf(p);
    if (!r) return { ...ANY, all };
    for (const s of r) out.add(s);
  }
  return { exact: null, required: out, all };
}

/** Escapes that stand for one known character. */
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported('trailing');
    return info;
  }

  /** The top-level alternatives, each on its own ("A|B" → [A, B]). */
  parseAlternatives(): Info[] {
    const parts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      parts.push(this.sequence());
    }
    if (this.i !== this.src.length) throw new Unsupported('trailing');
    return parts;
  }

  private alternation(): Info {
    const parts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      parts.push(this.sequence());
    }
    return parts.length === 1 ? parts[0]! : alternation(parts);
  }

  /**
   * Consecutive exact parts are joined first ("a", "c", "c"… → "account"), so a sequence's literals are its
   * longest fixed runs, not its single letters; a part that is not exact ends the run.
   */
  private sequence(): Info {
    let run = EMPTY();
    let required: Set<string> | null = null;
    // Every run and part of the sequence must match, so the sets of all of them hold at once (requiredLiteralSets).
    const all: Set<string>[] = [];
    let ended = false;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const part = this.quantified();
      if (joinable(run, part)) {
        run = concat(run, part);
        continue;
      }
      ended = true;
      required = better(required, requiredOf(run));
      all.push(...setsOf(run));
      if (part.exact) run = part;
      else {
        required = better(required, requiredOf(part));
        all.push(...setsOf(part));
        run = EMPTY();
      }
    }
    if (!ended) return run;
    all.push(...setsOf(run));
    return { exact: null, required: better(required, requiredOf(run)), all: bestSets(all) };
  }

  private quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let quantified = false;
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      quantified = true;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        quantified = true;
        this.i += m[0].length;
      }
    }
    if (!quantified) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    if (min === 0) {
      if (atom.exact && atom.exact.size < EXACT_LIMIT && c === '?')
        return { exact: new Set(['', ...atom.exact]), required: null };
      return ANY;
    }
    // At least one copy: whatever one copy requires, the whole does.
    return { exact: null, required: requiredOf(atom), all: atom.all };
  }

  private atom(): Info {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if ('*+?{})]'.includes(c)) throw new Unsupported(`stray ${c}`);
    const cp = s.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += this.unicode ? ch.length : 1;
    return exactly(this.unicode ? ch : c);
  }

  private group(): Info {
    const s = this.src;
    this.i++; // (
    let lookaround = false;
    let positive = false;
    if (s[this.i] === '?') {
      const kind = s.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        positive = kind.startsWith('?=');
        this.i += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        positive = kind === '?<=';
        this.i += 3;
        lookaround = true;
      } else if (kind.startsWith('?<')) {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Unsupported('group name');
        this.i = close + 1;
      } else throw new Unsupported('group kind');
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // A look-around is zero-width: it narrows where a match may be, and adds no characters to it. A positive one
    // ("(?=[^]*refund)") still asks the text around the match for what it matches: its sets hold for the text.
    if (!lookaround) return inner;
    return positive ? { exact: new Set(['']), required: null, all: setsOf(inner) } : EMPTY();
  }

  /** A class of a few plain characters ("[ושכ]", "[.,]") is their set; anything else is one unknown character. */
  private charClass(): Info {
    const s = this.src;
    let j = this.i + 1;
    const negated = s[j] === '^';
    if (negated) j++;
    const members: string[] = [];
    let plain = !negated;
    // The first "]" may be a member in some dialects; JS ends the class there: "[]" matches nothing.
    while (j < s.length && s[j] !== ']') {
      if (s[j] === '\\') {
        const e = s[j + 1] ?? '';
        if (/[0-9A-Za-z]/.test(e) || e === '') plain = false;
        else members.push(e);
        j += 2;
        continue;
      }
      if (s[j] === '-' || s[j] === '[') plain = false;
      const cp = s.codePointAt(j)!;
      const ch = this.unicode ? String.fromCodePoint(cp) : s[j]!;
      members.push(ch);
      j += ch.length;
    }
    if (j >= s.length) throw new Unsupported('unclosed class');
    this.i = j + 1;
    if (!plain || members.length === 0 || members.length > EXACT_LIMIT) return ANY;
    return exactly(...members);
  }

  private escape(): Info {
    const s = this.src;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return EMPTY();
    }
    if (e === 'p' || e === 'P') {
      if (!this.unicode) throw new Unsupported('\\p without u');
      const close = s.indexOf('}', this.i);
      if (s[this.i + 2] !== '{' || close < 0) throw new Unsupported('\\p');
      this.i = close + 1;
      return ANY;
    }
    if ('dDwWsS'.includes(e)) {
      this.i += 2;
      return ANY;
    }
    if (e === 'k' || /[1-9]/.test(e)) throw new Unsupported('back-reference');
    if (CONTROL[e] !== undefined) {
      if (e === '0' && /[0-9]/.test(s[this.i + 2] ?? '')) throw new Unsupported('octal');
      this.i += 2;
      return exactly(CONTROL[e]!);
    }
    if (e === 'x') {
      const m = /^[0-9A-Fa-f]{2}/.exec(s.slice(this.i + 2));
      if (!m) throw new Unsupported('\\x');
      this.i += 4;
      return exactly(String.fromCharCode(Number.parseInt(m[0], 16)));
    }
    if (e === 'u') {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(s.slice(this.i + 2));
      if (braced && this.unicode) {
        this.i += 2 + braced[0].length;
        return exactly(String.fromCodePoint(Number.parseInt(braced[1]!, 16)));
      }
      const m = /^[0-9A-Fa-f]{4}/.exec(s.slice(this.i + 2));
      if (!m) throw new Unsupported('\\u');
      this.i += 6;
      const unit = Number.parseInt(m[0], 16);
      // A lone surrogate escape may pair with the next one under u: not modelled.
      if (unit >= 0xd800 && unit <= 0xdfff) throw new Unsupported('surrogate escape');
      return exactly(String.fromCharCode(unit));
    }
    if (/[0-9A-Za-z]/.test(e)) throw new Unsupported(`\\${e}`);
    // An escaped mark ("\\.", "\\(", "\\/"): the mark itself.
    this.i += 2;
    return exactly(e);
  }
}

/**
 * Literals one of which occurs in every match of `re` on any text, or null when none can be named (or too
 * many to be worth testing). Never throws.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (/[iv]/.test(re.flags)) return null;
  try {
    const info = new Parser(re.source, re.unicode).parse();
    const set = requiredOf(info);
    if (!set || set.size === 0 || set.size > LITERAL_LIMIT || set.has('')) return null;
    return shortestOf(set);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** A set's literals, less those that hold another (implied by it: "pay" covers "paypal"). */
function shortestOf(set: Set<string>): string[] {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** One ASCII character ("a", "."): met at almost every place of a text, it turns nothing away and slows the walk. */
const tooCommon = (set: string[]) => set.some((literal) => literal.length === 1 && literal < '\u0080');

/**
 * For each top-level alternative of `re`, sets of literals ALL of which every text the alternative matches in holds
 * one of ("pay\\s+(?:link|page)|lien\\s+de\\s+paiement" → [[["pay"], ["link", "page"]], [["paiement"], ["lien"], ["de"]]]),
 * best first (better's order), at most SETS_LIMIT an alternative: `re` can match a text only if, for some
 * alternative, every set has a literal in it. Null when some alternative names none. Unlike requiredLiterals a
 * literal may lie outside the match, in the text a positive look-around reads ("(?=[^]*refund)"): for telling
 * whether a regex may match a text, not where. Alternative by alternative because a regex of many languages
 * needs one word of each language's phrase, and the union of those over the languages is too large to test.
 */
export function requiredLiteralChoices(re: RegExp): string[][][] | null {
  // The languages' patterns build their own copies of the same regex (about one in six asked): worked out once.
  const key = `${re.flags}/${re.source}`;
  let choices = choicesBySource.get(key);
  if (choices === undefined) {
    choices = choicesOf(re);
    choicesBySource.set(key, choices);
  }
  return choices;
}

/** requiredLiteralChoices by flags and source; callers only read the arrays. */
const choicesBySource = new Map<string, string[][][] | null>();

function choicesOf(re: RegExp): string[][][] | null {
  if (/[iv]/.test(re.flags)) return null;
  try {
    const choices: string[][][] = [];
    for (const alternative of new Parser(re.source, re.unicode).parseAlternatives()) {
      const sets = bestSets(setsOf(alternative).filter((set) => !tooCommon([...set]))).map(shortestOf);
      if (sets.length === 0) return null;
      choices.push(sets);
    }
    return choices;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
