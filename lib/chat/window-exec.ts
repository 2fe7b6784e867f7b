import { placesOf } from './gate-index';
import { startWordsOf } from './match-starts';
import type { TextContext } from './text-context';

/**
 * `re.exec(window)` for a window cut from the message being analysed (`window` is text.slice(from, from +
 * window.length)), tried sticky only at the window's first position and where the gate walk met a word its matches
 * start with (match-starts.ts). The guards search big alternations (the frames of a stranger's claim: hundreds of
 * alternatives in 40 languages) in the 120 characters before every hit; run over the window they were tried at every
 * position, and their literals ("any" in "company", "account") are in most messages, so the literal prefilter
 * rarely spared them (issue 14: the largest single regex of a scan).
 *
 * The same answer as `re.exec(window)`: that is the match at the first position where the regex matches the window,
 * found there as a sticky try finds it (same engine, same backtracking), and a match at a position inside the window
 * starts with one of its words, which then lies inside the window and holds the same characters in the message, so
 * the walk met it (with the same character before it, for a word that must start a word). Only the window's first
 * position sees a different character before it than the message (none), so it is always tried. A word the walk
 * finds only when it ends a word (WORD_END) could end at the window's end but not in the message: such a regex, or
 * one with flags or alternatives the walk cannot name words for, is run over the window as before.
 */
interface Search {
  sticky: RegExp;
  ids: Int32Array;
}
const searches = new WeakMap<RegExp, Search | null>();

function searchOf(re: RegExp): Search | null {
  let s = searches.get(re);
  if (s === undefined) {
    const ids = re.global || re.sticky || re.source.includes('(?![a-z0-9])') ? null : startWordsOf(re);
    s = ids === null ? null : { sticky: new RegExp(re.source, `${re.flags}y`), ids };
    searches.set(re, s);
  }
  return s;
}

/**
 * Registers the words of `re` with the walk now (at module load), so that no walk is invalidated in the middle of a
 * message by a first use. Returns `re`.
 */
export function searchedInWindows(re: RegExp): RegExp {
  searchOf(re);
  return re;
}

/** Per regex, the places of its words in the message of `placesFor`, ascending, each once. */
let placesFor: TextContext | null = null;
const placesByRe = new Map<RegExp, Int32Array>();
let buffer = new Int32Array(256);

function placesIn(tc: TextContext, re: RegExp, ids: Int32Array): Int32Array {
  if (placesFor !== tc) {
    placesFor = tc;
    placesByRe.clear();
  }
  let places = placesByRe.get(re);
  if (places === undefined) {
    const text = tc.norm.text;
    let n = 0;
    for (let k = 0; k < ids.length; k++) {
      if (buffer.length < n + text.length + 1) {
        const grown = new Int32Array(Math.max(buffer.length * 2, n + text.length + 1));
        grown.set(buffer.subarray(0, n));
        buffer = grown;
      }
      n = placesOf(ids[k]!, text, tc, buffer, n);
    }
    const sorted = buffer.slice(0, n).sort();
    let m = 0;
    for (let k = 0; k < n; k++) if (m === 0 || sorted[k] !== sorted[m - 1]) sorted[m++] = sorted[k]!;
    places = sorted.subarray(0, m);
    placesByRe.set(re, places);
  }
  return places;
}

/** `re.exec(window)` (non-global `re`), where `window` is the message's text from `from` on. */
export function execInWindow(
  tc: TextContext,
  re: RegExp,
  window: string,
  from: number,
): RegExpExecArray | null {
  const search = searchOf(re);
  if (search === null) return re.exec(window);
  const { sticky } = search;
  sticky.lastIndex = 0;
  let m = sticky.exec(window);
  if (m !== null) return m;
  const places = placesIn(tc, re, search.ids);
  const to = from + window.length;
  // The first place after the window's first position (places are ascending).
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < places.length && places[k]! < to; k++) {
    sticky.lastIndex = places[k]! - from;
    m = sticky.exec(window);
    if (m !== null) return m;
  }
  return null;
}
