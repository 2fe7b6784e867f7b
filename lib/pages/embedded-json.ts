import { type BracketMemo, matchingClose as matchAt, newBracketMemo } from './embedded/brackets';
import { parseLiteral } from './embedded/js-literal';

export { closingQuote, matchingClose } from './embedded/brackets';
export { jsLiteralToJson } from './embedded/js-literal';

/**
 * Marketplace pages carry their data as object literals inside inline
 * `<script>` text (`window.__page__data = {...}`, `window.detailData = {...}`,
 * `<script type="application/json" id="…">{...}</script>`). Variable names
 * change between releases; the keys inside have held since ~2021, so we look
 * for an anchor *key* and brace-match the value after it instead of
 * evaluating anything. This runs inside the user's page, so it must be cheap
 * and never throw: the scripts of one read share one bracket record and one
 * parse cache (keyed by the array extractPage reads once), so twenty anchors
 * cost about one pass, and hostile repetition costs at most a few passes.
 */

/** Inline script texts (scripts with a src= have no text worth reading). */
export function scriptTexts(doc: Document): string[] {
  const texts: string[] = [];
  // document.scripts in browsers; getElementsByTagName (no selector matching) where it is missing.
  const scripts =
    (doc.scripts as HTMLCollectionOf<HTMLScriptElement> | undefined) ?? doc.getElementsByTagName('script');
  for (const script of Array.from(scripts)) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent;
    if (text && text.length > 2) texts.push(text);
  }
  return texts;
}

interface TextState {
  memo: BracketMemo;
  /** Parsed values by start position (undefined: did not parse). */
  parsed: Map<number, unknown>;
  parsedChars: number;
}

/** Per scripts array: one state per text. Texts outside such an array get a throwaway state. */
const STATES = new WeakMap<readonly string[], TextState[]>();

function stateOf(scripts: readonly string[], index: number): TextState {
  let list = STATES.get(scripts);
  if (!list) {
    list = [];
    STATES.set(scripts, list);
  }
  let state = list[index];
  if (!state) {
    const text = scripts[index] as string;
    state = { memo: newBracketMemo(text), parsed: new Map(), parsedChars: 0 };
    list[index] = state;
  }
  return state;
}

/** Characters scanned and parsed so far for this scripts array (the benchmark's and tests' measure of work). */
export function embeddedReadCost(scripts: readonly string[]): number {
  return (STATES.get(scripts) ?? []).reduce((sum, s) => sum + (s ? s.memo.scanned + s.parsedChars : 0), 0);
}

export function findEmbeddedValue(scripts: readonly string[], anchorKey: string): unknown {
  return findEmbeddedValues(scripts, anchorKey, 1)[0];
}

/** All parseable values stored under `anchorKey`, in document order, at most `limit`. */
export function findEmbeddedValues(scripts: readonly string[], anchorKey: string, limit = 50): unknown[] {
  const found: unknown[] = [];
  if (!anchorKey) return found;
  try {
    for (let t = 0; t < scripts.length && found.length < limit; t++) {
      const text = scripts[t] as string;
      let from = 0;
      let state: TextState | null = null;
      while (found.length < limit) {
        const at = text.indexOf(anchorKey, from);
        if (at < 0) break;
        from = at + anchorKey.length;
        const valueStart = valueStartAfterKey(text, at, anchorKey.length);
        if (valueStart < 0) continue;
        state ??= stateOf(scripts, t);
        const value = valueAt(text, valueStart, state);
        if (value.end < 0) continue;
        if (value.value !== undefined) {
          found.push(value.value);
          from = value.end + 1; // nested repeats of the key belong to this value
        }
      }
    }
  } catch {
    // A hostile or truncated page must never break the caller.
  }
  return found;
}

/**
 * The value literal opening at `start` of `text`, parsed (cached per start).
 * `end` is its closing bracket, -1 when unbalanced.
 */
function valueAt(text: string, start: number, state: TextState): { value: unknown; end: number } {
  const end = matchAt(text, start, state.memo);
  if (end < 0) return { value: undefined, end };
  if (state.parsed.has(start)) return { value: state.parsed.get(start), end };
  // Parsing costs too: a page of nested, unparseable values gets a budget like the scan's.
  const size = end + 1 - start;
  if (state.parsedChars + size > state.memo.budget) return { value: undefined, end };
  state.parsedChars += size;
  const value = parseLiteral(text.slice(start, end + 1));
  state.parsed.set(start, value);
  return { value, end };
}

const isIdentChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * Is the match at `at` used as an object key ("key": / 'key': / key:)? If so,
 * the index of the `{` or `[` that opens its value, else -1.
 */
function valueStartAfterKey(text: string, at: number, length: number): number {
  let before = at - 1;
  let after = at + length;
  const quote = text.charCodeAt(before);
  if (quote === 34 || quote === 39) {
    if (text.charCodeAt(after) !== quote) return -1;
    after++;
    before--;
  } else if (isIdentChar(quote) || isIdentChar(text.charCodeAt(after))) {
    return -1; // part of a longer identifier such as "myoffers"
  }
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  // Keys follow `{` or `,`; this rejects `a ? key : b` and "text key: text" inside strings most of the time.
  const prev = text.charCodeAt(before);
  if (prev !== 123 && prev !== 44) return -1;
  while (isSpace(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) !== 58) return -1;
  after++;
  while (isSpace(text.charCodeAt(after))) after++;
  const open = text.charCodeAt(after);
  return open === 123 || open === 91 ? after : -1;
}
