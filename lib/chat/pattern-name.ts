import type { MessageKey } from '../i18n/keys';
import type { Msg } from '../i18n/msg';

/**
 * A chat pattern's name ("a request to pay by Western Union") as a message the buyer reads in their own
 * language. Patterns carry no id and new ones keep arriving, so the key is made from the English name itself:
 * a readable start plus a hash of the whole name ("chatPattern.requestToPayOutside_1x9k2a0"). Only letters,
 * digits and "_": the browser refuses any other character in a message name. Locales hold the texts under
 * `chatPattern` (scripts/i18n/chat-patterns.ts writes the English ones); a unit test fails on a name that
 * any language lacks.
 */
export function patternKey(what: string): string {
  let key = keys.get(what);
  if (key === undefined) {
    key = keyOf(what);
    keys.set(what, key);
  }
  return key;
}

/** Names come from a fixed set of patterns: each key is worked out once, not for every finding that names it. */
const keys = new Map<string, string>();

function keyOf(what: string): string {
  const words = (what.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !ARTICLES.has(w));
  const start = words
    .slice(0, 4)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
    .slice(0, 24);
  return `chatPattern.${start || 'pattern'}_${fnv1a(what).toString(36)}`;
}

/** The name as a message; the English name stands in where no catalog has the key (never a raw key). */
export const patternName = (what: string): Msg => ({
  key: patternKey(what) as MessageKey,
  fallback: what,
});

const ARTICLES = new Set(['a', 'an', 'the']);

/** FNV-1a, 32 bits: tiny, stable across runtimes, and spreads short phrases well. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
