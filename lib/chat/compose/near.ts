import { topLevelAlternatives, WORD_END } from '../gate-index';
import type { Lexicon } from './lexicon';

/**
 * "A near B": an idea of one slot followed, within a few words, by an idea of another. Words are whitespace-
 * separated tokens of at most 40 characters with no clause mark in them, so a gap never crosses a comma or a
 * full stop, and the separator and the word classes do not overlap (no ambiguous backtracking: each attempt
 * costs at most the length of the few words it skips, which keeps a hostile message linear).
 */
// An amount written with separators ("12.480", "3,900.50") is one word: its point or comma ends no clause, and a
// request that names the sum ("die Anzahlung von 12.480 EUR bitte nicht über die Plattform") keeps its words together.
const WORD = '(?:[^\\s.,;:!?。，；：！？]{1,40}|\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?)';
// Scripts written without spaces: the gap is counted in characters and stops at clause marks.
const CHARS = '[^\\s.,;:!?。，；：！？、]';

/** How many words (or characters, for 'chars' scripts) may sit between the two ideas. */
export const WORD_GAP = 3;
export const CHAR_GAP = 8;

// A vowel sign (Devanagari) is a mark, not a letter: a word does not start after one either.
const open = (l: Lexicon) =>
  l.script === 'latin' ? '\\b' : l.script === 'letters' ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
// Latin words may carry an apostrophe suffix: Turkish "Alibaba'dan", "IBAN'a", English "boss's".
const close = (l: Lexicon) => (l.script === 'latin' ? "(?:'[a-z]{1,6})?(?![a-z0-9])" : '');

function gap(l: Lexicon, words: number): string {
  if (l.script === 'chars') return `(?:\\s?${CHARS}){0,${words === WORD_GAP ? CHAR_GAP : words * 3}}?\\s?`;
  // French and Italian elide the article into the next word ("ti mando l'iban", "envoie-moi l'adresse"): the
  // word after it is still the next idea.
  return `(?:\\s+${WORD}){0,${words}}?\\s+${ELIDED}`;
}
const ELIDED = "(?:(?:l|d|dell|dall|nell|sull|all|un|qu)')?";

/** A then B, within `words` words (Latin, Cyrillic, Arabic) or the character gap (CJK). */
export function followedBy(l: Lexicon, a: string, b: string, words = WORD_GAP): string {
  const suffix = l.script === 'latin' ? "(?:'[a-z]{1,6})?" : '';
  return `${open(l)}(?:${a})${suffix}${gap(l, words)}(?:${b})${close(l)}`;
}

/**
 * A, the rest of its clause (up to `words` words or, in scripts without spaces, three characters a word), and B
 * opening the next clause: a phrase that qualifies the whole clause before it, set after a comma ("…überweisen Sie
 * die Anzahlung auf das Konto der Weberei in Shaoxing, nicht über Alibaba", "…打到工厂的账户上，不走阿里").
 */
export function thenNextClause(l: Lexicon, a: string, b: string, words: number): string {
  const suffix = l.script === 'latin' ? "(?:'[a-z]{1,6})?" : '';
  const rest = l.script === 'chars' ? `(?:\\s?${CHARS}){0,${words * 3}}?` : `(?:\\s+${WORD}){0,${words}}?`;
  // A bracket opened after the clause sets its words apart as a comma does ("…a nuestra cuenta en China (no a través
  // de Alibaba)", s53nchat): B must then allow the bracket itself.
  return `${open(l)}(?:${a})${suffix}${rest}(?:\\s*[,;，；、]\\s*|\\s+(?=[(\\[]))(?:${b})${close(l)}`;
}

/**
 * A, when B follows within `words` words, in its clause or opening the next one; only A is matched, so its clause is
 * the one judged (negation, a platform anchor): "pay the balance to the factory's account, not to us" is a request,
 * "the money is paid to Alibaba first, not to us" is the platform's checkout.
 */
export function whenFollowedBy(l: Lexicon, a: string, b: string, words: number): string {
  const suffix = l.script === 'latin' ? "(?:'[a-z]{1,6})?" : '';
  const rest = l.script === 'chars' ? `(?:\\s?${CHARS}){0,${words * 3}}?` : `(?:\\s+${WORD}){0,${words}}?`;
  return `${open(l)}(?:${a})${suffix}(?=${rest}(?:\\s*[,;，；、])?\\s*(?:${b})${close(l)})`;
}

/**
 * A and B near each other, in either order (languages put the modifier on either side of the noun):
 * A…B within `words`, B…A within `back` words.
 */
export function near(l: Lexicon, a: string, b: string, words = WORD_GAP, back = words): string {
  return `${followedBy(l, a, b, words)}|${followedBy(l, b, a, back)}`;
}

/** One slot alone, with the script's word edges. */
export function word(l: Lexicon, a: string): string {
  return `${open(l)}(?:${a})${close(l)}`;
}

// An optional prefix ("[وبلف]?(?:ال)?حساب") names no word; the stem after it must still be there.
const OPTIONAL_LEAD = /^(?:\[[^\]]*\]\?|\(\?:[^()]*\)\?)+/;

/**
 * The words a match must contain, as a gate the gate index can reduce to words (gate-index.ts): every
 * alternative of the slots, with optional prefixes dropped (a necessary condition stays necessary). Latin
 * words must start a word ("\\b"), so a short stem of one language ("ta", "so") does not open patterns
 * inside the words of another ("data", "also").
 */
export function gateOf(l: Lexicon, ...slots: (string | undefined)[]): RegExp {
  return gateFrom(l, slots, true);
}

/**
 * gateOf for a slot whose words may run on into longer words in the pattern (written without the word end
 * that word(), near() and followedBy() put after a Latin word).
 */
export function looseGateOf(l: Lexicon, ...slots: (string | undefined)[]): RegExp {
  return gateFrom(l, slots, false);
}

function gateFrom(l: Lexicon, slots: (string | undefined)[], wholeWords: boolean): RegExp {
  const latin = l.script === 'latin';
  const alternatives = slots
    .filter((s): s is string => Boolean(s))
    .flatMap((s) => topLevelAlternatives(s))
    .map((a) => {
      const alt = a.replace(OPTIONAL_LEAD, '');
      if (!latin) return alt;
      // A plain Latin word is closed in the pattern (close()): the gate may ask for the word end too.
      return wholeWords && /^[a-z0-9]+$/.test(alt) ? `\\b${alt}${WORD_END}` : `\\b${alt}`;
    });
  return new RegExp(alternatives.join('|'), 'u');
}

/** Two gates for "A near B": a match needs a word of each, so a message with only one never runs it. */
export function gates(l: Lexicon, a: (string | undefined)[], b: (string | undefined)[]) {
  return { gate: gateOf(l, ...a), gateAlso: gateOf(l, ...b) };
}

/** The slot as a message-wide test ("is there a payment word anywhere?"). */
export function anywhere(l: Lexicon, ...slots: (string | undefined)[]): RegExp {
  return new RegExp(
    slots
      .filter((s): s is string => Boolean(s))
      .map((s) => word(l, s))
      .join('|'),
    'u',
  );
}

export const either = (...slots: (string | undefined)[]) => slots.filter(Boolean).join('|');

/** Up to n characters of the same sentence (a longer reach than a few words, for "refund … only if … pay"). */
export const within = (n: number) => `[^.!?。！？\\n]{0,${n}}?`;
