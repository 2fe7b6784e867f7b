import { placesOf, startWordIds } from './gate-index';
import type { TextContext } from './text-context';

/**
 * Where a pattern's regex can start matching in the message, from the gate walk: most patterns open with a
 * word of a few ("\\b(?:outra|novo|…)\\s+…", "(?<![\\p{L}])(?:ваш|твой)…"), and a message holds that word in one
 * or two places, if at all. Run over the whole message, the regex was tried at every position, and a big one
 * cost tens of microseconds a message on text that had its literals somewhere else ("site" inside "website").
 * Tried sticky at the places its words start, in order, it finds the same matches in the same order.
 *
 * Why no match is lost: gate-index.ts names, alternative by alternative, the words every match of an alternative
 * must start with (the rule the gates' sticky tries already rely on). A leading "\\b" is kept as "the word starts
 * where no ASCII word character precedes", as \\b is read without the i flag; a leading look-behind is
 * zero-width, so the words after it still start the match (found anywhere); an optional group, a class, "\\w*"
 * before the word or any construct not understood names nothing, and the regex is run over the whole message as
 * before. Flags that change what the words mean (i, m, s, v, y) are refused the same way. The walk records every
 * place each word occurs (a trie walk from every position, words that must start a word from every word start).
 * So the set of places holds every position where a match can start; the global regex's next match from
 * lastIndex is the match at the first position at or after it where the regex matches, and a sticky try at a
 * position finds exactly the match the global search finds there (same engine, same start, same backtracking).
 */
const startIds = new WeakMap<RegExp, Int32Array | null>();

/** The ids of the words `re`'s matches start with; null when unknown (run the regex over the whole message). */
export function startWordsOf(re: RegExp): Int32Array | null {
  let ids = startIds.get(re);
  if (ids === undefined) {
    ids = startWordIds(re);
    startIds.set(re, ids);
  }
  return ids;
}

let buffer = new Int32Array(256);

/**
 * The places in the message where a word of `ids` starts, ascending and each once; empty when none occurs (the
 * regex cannot match). The array is shared: read it before the next call.
 */
export function matchStarts(tc: TextContext, ids: Int32Array): Int32Array {
  const text = tc.norm.text;
  let n = 0;
  for (let k = 0; k < ids.length; k++) {
    // Each word occurs at most once per position: room for one more text's worth at most.
    if (buffer.length < n + text.length + 1) {
      const grown = new Int32Array(Math.max(buffer.length * 2, n + text.length + 1));
      grown.set(buffer.subarray(0, n));
      buffer = grown;
    }
    n = placesOf(ids[k]!, text, tc, buffer, n);
  }
  if (n <= 1) return buffer.subarray(0, n);
  const places = buffer.subarray(0, n).sort();
  let m = 1;
  for (let k = 1; k < n; k++) if (places[k] !== places[m - 1]) places[m++] = places[k]!;
  return places.subarray(0, m);
}
