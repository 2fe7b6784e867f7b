import { newInt32Array } from './int32-pool';
import { LATIN_LOOK_ALIKES } from './latin-look-alikes';
import { isDisguisedWord } from './lexicon';
import { MAIL_ENDINGS } from './mail-endings';
import type { CharStream } from './normalise';

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const isAsciiLetter = (c: string) => c >= 'a' && c <= 'z';

/**
 * The single Latin letter a look-alike stands for (its TR39 skeleton, from unhomoglyph's data:
 * latin-look-alikes.ts), or null. A character whose lower case is plain Latin (the Kelvin sign "K") counts too.
 */
function latinLookAlike(c: string): string | null {
  const hit = LATIN_LOOK_ALIKES.get(c.charCodeAt(0));
  if (hit) return hit;
  const lower = c.toLowerCase();
  return lower.length === 1 && isAsciiLetter(lower) ? lower : null;
}

/** Rewrites one token's characters; null when a character has no Latin reading. */
function rewriteToken(token: string, cased: string, oneAs: 'i' | 'l'): string | null {
  let out = '';
  for (let k = 0; k < token.length; k++) {
    const c = token[k]!;
    let r: string | null = c;
    if (isAsciiLetter(c)) {
      // "PayPaI": a capital I standing for l inside a lower-case word.
      if (c === 'i' && oneAs === 'l' && k > 0 && cased[k] === 'I') r = 'l';
    } else if (c in LEET) r = c === '1' ? oneAs : LEET[c]!;
    else if (c > '\x7f')
      r = latinLookAlike(cased[k]!) ?? latinLookAlike(c); // "Τ" (Greek capital) → t
    else r = null;
    if (r === null) return null;
    out += r;
  }
  return out;
}

// Latin letters hidden in Cyrillic words ("cчёт" with a Latin c): mapped back to Cyrillic.
const TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};
const isCyrillic = (c: string) => c >= '\u0400' && c <= '\u04ff';

/** A mostly-Cyrillic token with a few Latin look-alikes reads as Cyrillic. */
function cyrillicWord(token: string): string | null {
  let cyr = 0;
  let latin = 0;
  for (const c of token) {
    if (isCyrillic(c)) cyr++;
    else if (isAsciiLetter(c)) {
      if (!(c in TO_CYRILLIC)) return null;
      latin++;
    }
  }
  if (latin === 0 || cyr < latin) return null;
  return [...token].map((c) => (isAsciiLetter(c) ? TO_CYRILLIC[c]! : c)).join('');
}

// Tokens worth a look: letters/digits/@/$ runs (an "@" before a domain ends the token: e-mails stay intact; so
// does one before an Indian bank's UPI suffix, "shop@okaxis", "98…@ybl": a payment address, not leet).
const TOKEN =
  /[\p{L}\p{N}$]+(?:@(?![a-z0-9-]+\.[a-z]|(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|paytm|upi|apl)\b)[\p{L}\p{N}$]+)*/gu;
// Worth tokenising only when letters touch digits/symbols/other scripts, or a whole word is written in
// Cyrillic/Greek letters that all look Latin ("ѕkуре"). Plain Russian or Chinese text skips the work.
const MAYBE_DISGUISED =
  /[a-z][0-9@$\u0080-\uffff]|[0-9@$\u0080-\uffff][a-z]|(?:^|[^\u0370-\u04ff])[аеорсухіјѕһԁԛԝӏкмтвнαβεικμνορτυχ]{3,12}(?![\u0370-\u04ff])/;
const PLAIN = /^[a-z]*$|^[0-9]*$/;
const EAST_ASIAN = /^[\u2e80-\u9fff\u3000-\u30ff\uac00-\ud7af\uff00-\uffef0-9]+$/; // no Latin look-alikes here

/** Same-length rewrites of a stream, joined once at the end: splicing the whole string per token was quadratic. */
class Rewrites {
  private readonly lower: string[] = [];
  private readonly cased: string[] = [];
  private copied = 0;
  constructor(private readonly s: CharStream) {}
  put(at: number, length: number, lower: string, cased: string): void {
    this.lower.push(this.s.lower.slice(this.copied, at), lower);
    this.cased.push(this.s.cased.slice(this.copied, at), cased);
    this.copied = at + length;
  }
  result(): CharStream {
    this.lower.push(this.s.lower.slice(this.copied));
    this.cased.push(this.s.cased.slice(this.copied));
    return { ...this.s, lower: this.lower.join(''), cased: this.cased.join('') };
  }
}

/**
 * Look-alike letters and leet digits, rewritten only inside tokens that then spell a disguised word
 * (lexicon.ts). Russian, Chinese and ordinary codes ("220v", "x100", "trc20") are left as written.
 * Every rewrite is one character for one, so the map to the original does not move.
 */
export function rewriteDisguisedTokens(s: CharStream): CharStream {
  if (!MAYBE_DISGUISED.test(s.lower) && !/[a-z]I/.test(s.cased)) return s;
  let rewrites: Rewrites | undefined; // made on the first rewrite: most tokens are left as they are
  for (const m of s.lower.matchAll(TOKEN)) {
    const token = m[0];
    const tokenCased = s.cased.slice(m.index, m.index + token.length);
    if (token.length < 2 || (PLAIN.test(token) && !/I/.test(tokenCased.slice(1))) || EAST_ASIAN.test(token))
      continue;
    let rewritten = cyrillicWord(token);
    if (rewritten) {
      rewrites ??= new Rewrites(s);
      rewrites.put(m.index, token.length, rewritten, tokenCased);
      continue;
    }
    for (const oneAs of ['i', 'l'] as const) {
      const r = rewriteToken(token, tokenCased, oneAs);
      if (r && r !== token && isDisguisedWord(r)) {
        rewritten = r;
        break;
      }
    }
    if (rewritten) {
      rewrites ??= new Rewrites(s);
      rewrites.put(m.index, token.length, rewritten, rewritten);
    }
  }
  return rewrites ? rewrites.result() : s;
}

// Single letters/digits separated by 1–3 spacing characters, at least three of them: "p a y p a l",
// "p-a-y-p-a-l", "W h a t s A p p". Two dotted letters with a closing dot count too: "w.a.".
const SPACED_RUN = /(?<![\p{L}\p{N}])[a-z0-9](?:[ .\-_*·•|/~+]{1,3}[a-z0-9](?![\p{L}\p{N}])){2,}/gu;
const DOTTED_PAIR = /(?<![\p{L}\p{N}.])[a-z]\.[a-z]\.(?![\p{L}\p{N}])/gu;
const MAYBE_SPACED = /(?:^|[^a-z0-9])[a-z0-9][ .\-_*·•|/~+]{1,3}[a-z0-9](?:$|[^a-z0-9])/;
const SEPARATORS = /[ .\-_*·•|/~+]+/gu;
const ABBREVIATION = /^(?:w\.u|m\.g)\.$/;
/**
 * "T.T to our co. acc", "by T.T": a telegraphic transfer written with one dot and no closing one reads as "t/t", the
 * form every payment phrase knows ("T.T." with its closing dot is already joined into "tt").
 */
const DOTTED_TT = /(?<![\p{L}\p{N}.])t\.t(?![\p{L}\p{N}.])/gu;

/**
 * An e-mail address spelt out with spaces so that filters miss it: "k e v i n 8 8 @ g m a i l . c o m",
 * "lina.ma @ outlook . com", "tom @ gz mail . de". The part after the "@" must end in a known ending (spaced or
 * not) after a dot; the part before is the run of spaced single characters, or the one word, next to the "@".
 * A handle ("my user @ nina_led") has no such ending and is left alone.
 */
const SPACED_DOMAIN = new RegExp(
  `^ {0,2}(?:[a-z0-9-]+(?: [a-z0-9-]+){0,15} ?\\. ?)+(?:${MAIL_ENDINGS.map((t) => t.split('').join(' ?')).join('|')})(?![a-z0-9])`,
);
const SPACED_LOCAL = /(?:(?<![\p{L}\p{N}._-])[a-z0-9._-](?: [a-z0-9._-])+|[a-z0-9._-]+) {0,2}$/u;

/** [start, end) of each spaced address in the text (only those with a space inside). */
function spacedEmails(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!/ @|@ /.test(text) && !/@[a-z0-9-]+(?: [a-z0-9-]+)+ ?\./.test(text)) return spans;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const domain = SPACED_DOMAIN.exec(text.slice(at + 1, at + 120));
    if (!domain) continue;
    const local = SPACED_LOCAL.exec(text.slice(Math.max(0, at - 80), at));
    if (!local || (local[0].match(/[a-z]/g)?.length ?? 0) < 2) continue;
    // "5 x 3 @ 20 pcs. com…", "@ 2 usd. co…": a number among words is a price or a count, not a mail host.
    const hostWords = domain[0].split(/[ .]+/).filter(Boolean);
    if (hostWords.some((w) => w.length > 1) && hostWords.some((w) => /^\d+$/.test(w))) continue;
    const start = at - local[0].length;
    const end = at + 1 + domain[0].length;
    if (text.slice(start, end).includes(' ')) spans.push([start, end]);
  }
  return spans;
}

/** Joins spaced single letters, dropping the separators (the map keeps each letter's original position). */
export function joinSpacedLetters(s: CharStream): CharStream {
  const text = s.lower;
  const addresses = text.includes('@') ? spacedEmails(text) : [];
  if (addresses.length === 0 && !MAYBE_SPACED.test(text)) return s;
  const drop = new Set<number>();
  for (const m of text.matchAll(SPACED_RUN)) {
    const run = m[0];
    if ((run.match(/[a-z]/g)?.length ?? 0) < 2) continue; // digits alone are numbers, handled by extract.ts
    // "w h a t s a p p  8 6 1 5 …": a gap wider than the run's narrowest one parts two words, and keeps one space
    // ("whatsapp 8615…"), so the app and the number read as themselves (stop 52); "p  a  y  p  a  l" stays one word.
    const gaps = [...run.matchAll(SEPARATORS)];
    const narrowest = Math.min(...gaps.map((g) => g[0].length));
    for (const g of gaps) {
      const wide = g[0].length > narrowest && g[0].includes(' ');
      for (let k = 0; k < g[0].length; k++)
        if (!(wide && k === g[0].indexOf(' '))) drop.add(m.index + g.index! + k);
    }
  }
  // Inside a spaced address only the spaces go: its dots, dashes and "@" stay, so the address reads whole.
  for (const [start, end] of addresses)
    for (let k = start; k < end; k++) {
      if (text[k] === ' ') drop.add(k);
      else drop.delete(k);
    }
  // "W.U." and "M.G." are remittance services, not the surname Wu or milligrams: they keep a slash ("w/u").
  const slash = new Set<number>();
  for (const m of text.matchAll(DOTTED_PAIR)) {
    if (ABBREVIATION.test(m[0])) slash.add(m.index + 1);
    else drop.add(m.index + 1);
    drop.add(m.index + 3);
  }
  // "T.T a la cuenta": the dotted pair stays itself even when a one-letter word follows (not "tta").
  for (const m of text.matchAll(DOTTED_TT)) {
    slash.add(m.index + 1);
    drop.delete(m.index + 1);
    drop.delete(m.index + 3);
  }
  if (drop.size === 0 && slash.size === 0) return s;
  const keep = text.length - drop.size;
  const starts = newInt32Array(keep);
  const ends = newInt32Array(keep);
  let lower = '';
  let cased = '';
  let j = 0;
  for (let k = 0; k < text.length; k++) {
    if (drop.has(k)) continue;
    lower += slash.has(k) ? '/' : text[k];
    cased += slash.has(k) ? '/' : s.cased[k];
    starts[j] = s.starts ? s.starts[k]! : k;
    ends[j] = s.ends ? s.ends[k]! : k + 1;
    j++;
  }
  return { lower, cased, starts, ends };
}
