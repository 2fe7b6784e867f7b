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
}

const EXACT_LIMIT = 16;
/** More literals than this and testing them costs about as much as running the regex. */
export const LITERAL_LIMIT = 24;

const ANY: Info = { exact: null, required: null };
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

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= EXACT_LIMIT) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return { exact: out, required: null };
  }
  return { exact: null, required: better(requiredOf(a), requiredOf(b)) };
}

function alternation(parts: Info[]): Info {
  if (parts.every((p) => p.exact) && parts.reduce((n, p) => n + p.exact!.size, 0) <= EXACT_LIMIT) {
    const out = new Set<string>();
    for (const p of parts) for (const s of p.exact!) out.add(s);
    return { exact: out, required: null };
  }
  const out = new Set<string>();
  for (const p of parts) {
    const r = requiredOf(p);
    if (!r) return ANY;
    for (const s of r) out.add(s);
  }
  return { exact: null, required: out };
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
    let ended = false;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const part = this.quantified();
      if (run.exact && part.exact && run.exact.size * part.exact.size <= EXACT_LIMIT) {
        run = concat(run, part);
        continue;
      }
      ended = true;
      required = better(required, requiredOf(run));
      if (part.exact) run = part;
      else {
        required = better(required, requiredOf(part));
        run = EMPTY();
      }
    }
    return ended ? { exact: null, required: better(required, requiredOf(run)) } : run;
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
    return { exact: null, required: requiredOf(atom) };
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
    if (s[this.i] === '?') {
      const kind = s.slice(this.i, this.i + 3);
      if (kind.startsWith('?:')) this.i += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
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
    // A look-around is zero-width: it narrows where a match may be, and adds no characters to it.
    return lookaround ? EMPTY() : inner;
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
    // A literal that holds another is implied by it: keep the shorter only ("pay" covers "paypal").
    const sorted = [...set].sort((a, b) => a.length - b.length);
    const kept: string[] = [];
    for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
    return kept;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
