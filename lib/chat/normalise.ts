import { newInt32Array } from './int32-pool';
import { ARABIC_PUNCTUATION, plainForm } from './letter-forms';
import { joinSpacedLetters, rewriteDisguisedTokens } from './normalise-tokens';

/**
 * The text rules match against, with a map back to the supplier's own wording.
 *
 * `text` is lower-case and folded: NFKC (full-width → ASCII), Latin letter and digit forms NFKC does not
 * reach (small capitals, squared and parenthesized letters, Arabic-Indic digits: letter-forms.ts), Latin
 * accents removed ("página" → "pagina", "hesabı" → "hesabi", Russian "ё" → "е"; other Cyrillic letters are
 * kept), typographic and Arabic quotes/dashes/punctuation/spaces made ASCII, zero-width and format characters
 * (and the Arabic stretching tatweel) dropped, look-alike letters and leet rewritten inside disguised words,
 * and spaced single letters joined ("p a y p a l" → "paypal"). `cased` is the same text with case kept (wallet
 * addresses are case-sensitive). `starts[i]`/`ends[i]` give the original range of `text[i]`.
 */
export interface NormalisedText {
  original: string;
  text: string;
  cased: string;
  /** null when the text maps one to one onto the original. */
  starts: Int32Array | null;
  ends: Int32Array | null;
}

/**
 * A text under construction: strings plus, per UTF-16 unit, the original range it came from
 * (null maps: character i came from original i, the common all-ASCII case, kept allocation-free).
 */
export interface CharStream {
  lower: string;
  cased: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
}

// Invisible characters used to split words: format chars (ZWSP, ZWJ, LRM, word joiner, BOM, soft hyphen…),
// combining grapheme joiner, Mongolian vowel separator, Hangul fillers and variation selectors.
const FORMAT = /^\p{Cf}$/u;
const isInvisible = (ch: string, cp: number) =>
  FORMAT.test(ch) ||
  cp === 0x034f ||
  cp === 0x180e ||
  cp === 0x115f ||
  cp === 0x1160 ||
  cp === 0x3164 ||
  cp === 0xffa0 ||
  cp === 0x0640 || // Arabic tatweel: stretches a word ("واتـــساب") without changing it
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0100 && cp <= 0xe01ef);
const MARK = /\p{M}/gu;
const LATIN_OR_ASCII = /^[\x20-\x7e]*$/;
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;
const PUNCT_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u0451': '\u0435',
  '\u0401': '\u0415', // ё → е, Ё → Е: Russian writers use both spellings
};

/**
 * Devanagari keeps its vowel signs, virama and anusvara: without them Hindi words collapse into others ("कॉल",
 * call, and "कल", tomorrow; "मेरे", my, and "मर"). Only the spellings writers use interchangeably are made one:
 * the nukta is dropped ("फ़ोन" → "फोन") and the chandrabindu read as the anusvara ("मैँ" → "मैं").
 */
const isDevanagari = (cp: number) => (cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff);
function devanagariForm(ch: string, cp: number): string {
  if (cp === 0x093c) return '';
  if (cp === 0x0901) return '\u0902';
  return ch.normalize('NFKD').replace(/\u093c/g, '');
}

/**
 * Khmer keeps its vowel signs and coeng too: without them "កុំ" (don't) reads as the bare consonant "ក" and a
 * warning ("don't transfer to an agent") cannot be told from a request.
 */
const isKhmer = (cp: number) => (cp >= 0x1780 && cp <= 0x17ff) || (cp >= 0x19e0 && cp <= 0x19ff);

const memo = new Map<number, [cased: string, lower: string]>();

/** How one non-ASCII code point reads once normalised: [case kept, lower-case] of equal length. */
function foldCodePoint(ch: string, cp: number): [string, string] {
  const hit = memo.get(cp);
  if (hit) return hit;
  let cased: string;
  const plain = plainForm(ch, cp);
  if (isInvisible(ch, cp)) cased = '';
  else if (PUNCT_MAP[ch]) cased = PUNCT_MAP[ch];
  else if (ARABIC_PUNCTUATION[ch]) cased = ARABIC_PUNCTUATION[ch];
  else if (plain !== null) cased = plain;
  else if (/^\p{Zs}$/u.test(ch)) cased = ' ';
  else if (isDevanagari(cp)) cased = devanagariForm(ch, cp);
  else if (isKhmer(cp)) cased = ch.normalize('NFKC');
  else {
    const stripped = ch.normalize('NFKD').replace(MARK, '');
    // Fold accents only when the base is Latin/ASCII; keep Cyrillic "й", CJK and Hangul whole (NFKC).
    cased = LATIN_OR_ASCII.test(stripped) ? stripped : ch.normalize('NFKC').replace(MARK, '');
  }
  const lower = cased.toLowerCase();
  const pair: [string, string] = [cased, lower.length === cased.length ? lower : cased];
  memo.set(cp, pair);
  return pair;
}

function identityStream(original: string): CharStream {
  return { lower: original.toLowerCase(), cased: original, starts: null, ends: null };
}

function foldCharacters(original: string): CharStream {
  if (ASCII_ONLY.test(original)) return identityStream(original);
  // Pieces joined once at the end, ASCII runs copied whole: per-character concatenation was most of the cost.
  const cased: string[] = [];
  const lower: string[] = [];
  // The maps stay null while every unit so far came from the same position (accents, Cyrillic, Chinese):
  // they are only allocated once the text shifts (a dropped invisible character, an emoji, a ligature).
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  let n = 0;
  const room = (extra: number) => {
    if (starts === null || ends === null) {
      starts = newInt32Array(Math.max(original.length + 8, n + extra));
      ends = newInt32Array(starts.length);
      for (let k = 0; k < n; k++) {
        starts[k] = k;
        ends[k] = k + 1;
      }
    } else if (n + extra > starts.length) {
      const size = Math.max(starts.length * 2, n + extra);
      const grow = (a: Int32Array) => {
        const b = newInt32Array(size);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
  };
  const len = original.length;
  for (let i = 0; i < len; ) {
    let j = i;
    while (j < len && original.charCodeAt(j) < 0x80) j++;
    if (j > i) {
      const run = original.slice(i, j);
      cased.push(run);
      lower.push(run.toLowerCase()); // ASCII only: A–Z → a–z, one for one
      if (starts === null && n === i) n = j;
      else {
        room(j - i);
        for (let k = i; k < j; k++, n++) {
          starts![n] = k;
          ends![n] = k + 1;
        }
      }
      i = j;
      if (i === len) break;
    }
    const full = original.codePointAt(i)!;
    const width = full > 0xffff ? 2 : 1;
    const [c, l] = memo.get(full) ?? foldCodePoint(original.slice(i, i + width), full);
    cased.push(c);
    lower.push(l);
    if (starts === null && n === i && width === 1 && c.length === 1) n++;
    else if (c.length > 0) {
      room(c.length);
      for (let k = 0; k < c.length; k++, n++) {
        starts![n] = i;
        ends![n] = i + width;
      }
    } else if (starts === null) room(0); // a dropped character: later units no longer line up
    i += width;
  }
  const maps = starts === null || ends === null ? null : { s: starts as Int32Array, e: ends as Int32Array };
  return {
    lower: lower.join(''),
    cased: cased.join(''),
    starts: maps ? maps.s.subarray(0, n) : null,
    ends: maps ? maps.e.subarray(0, n) : null,
  };
}

export function normalise(original: string): NormalisedText {
  let stream = foldCharacters(original);
  stream = rewriteDisguisedTokens(stream);
  const joined = joinSpacedLetters(stream);
  if (joined !== stream) stream = rewriteDisguisedTokens(joined); // a joined run may itself be leet ("p 4 y p 4 l")
  return { original, text: stream.lower, cased: stream.cased, starts: stream.starts, ends: stream.ends };
}

/** The original range behind normalised [start, end). */
export function originalRange(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0 || end <= start) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s, Math.min(end, n.text.length) - 1);
  return n.starts && n.ends ? { start: n.starts[s]!, end: n.ends[e]! } : { start: s, end: e + 1 };
}
