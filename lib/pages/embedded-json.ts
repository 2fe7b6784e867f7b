import JSON5 from 'json5';

/**
 * Marketplace pages carry their data as object literals inside inline
 * `<script>` text (`window.__page__data = {...}`, `window.detailData = {...}`).
 * Variable names change between releases; the keys inside have held since
 * ~2021, so we look for an anchor *key* and brace-match the value after it
 * instead of evaluating anything. This runs inside the user's page, so it must
 * be cheap (indexOf + one regex jump per structural character) and never throw.
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

export function findEmbeddedValue(scripts: readonly string[], anchorKey: string): unknown {
  return findEmbeddedValues(scripts, anchorKey, 1)[0];
}

/** All parseable values stored under `anchorKey`, in document order, at most `limit`. */
export function findEmbeddedValues(scripts: readonly string[], anchorKey: string, limit = 50): unknown[] {
  const found: unknown[] = [];
  if (!anchorKey) return found;
  try {
    for (const text of scripts) {
      let from = 0;
      while (found.length < limit) {
        const at = text.indexOf(anchorKey, from);
        if (at < 0) break;
        from = at + anchorKey.length;
        const valueStart = valueStartAfterKey(text, at, anchorKey.length);
        if (valueStart < 0) continue;
        const end = matchingClose(text, valueStart);
        if (end < 0) continue;
        const value = parseLiteral(text.slice(valueStart, end + 1));
        if (value !== undefined) {
          found.push(value);
          from = end + 1; // nested repeats of the key belong to this value
        }
      }
      if (found.length >= limit) break;
    }
  } catch {
    // A hostile or truncated page must never break the caller.
  }
  return found;
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

const STRUCTURAL = /["'{}[\]/]/g;

/** Index of the bracket closing the one at `start`, respecting strings, escapes and comments; -1 if unbalanced. */
export function matchingClose(text: string, start: number): number {
  let depth = 0;
  STRUCTURAL.lastIndex = start;
  for (let m = STRUCTURAL.exec(text); m; m = STRUCTURAL.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i;
    } else if (c === 34 || c === 39) {
      const close = closingQuote(text, i);
      if (close < 0) return -1;
      STRUCTURAL.lastIndex = close + 1;
    } else {
      const next = text.charCodeAt(i + 1); // "/": only comments matter in data literals
      if (next === 47) STRUCTURAL.lastIndex = nextLineEnd(text, i);
      else if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) return -1;
        STRUCTURAL.lastIndex = close + 2;
      }
    }
  }
  return -1;
}

/** Index of the quote ending the string opened at `open`, skipping escaped quotes. */
export function closingQuote(text: string, open: number): number {
  const quote = text[open] as string;
  let from = open + 1;
  for (;;) {
    const at = text.indexOf(quote, from);
    if (at < 0) return -1;
    let slashes = 0;
    for (let k = at - 1; text.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 0) return at;
    from = at + 1;
  }
}

function nextLineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** JSON.parse first (fast, the common case); then our JS-literal normaliser; json5 last. */
function parseLiteral(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // fall through: prettified or minified JS object literal
  }
  try {
    const json = jsLiteralToJson(source);
    if (json !== null) return JSON.parse(json);
  } catch {
    // fall through
  }
  try {
    return JSON5.parse(source);
  } catch {
    return undefined;
  }
}

/**
 * Turns a JavaScript *data* object literal into JSON text in one pass, so the
 * fast native JSON.parse can read it. Pages are sometimes saved prettified
 * (the fr_FR search capture: unquoted keys, trailing commas) or minified
 * (`!0` for true). json5 can read all of that too, but is ~20× slower on a
 * 200 KB literal; it remains the fallback for anything this does not cover
 * (hex numbers, NaN, line continuations). Returns null when the text holds
 * something that is clearly code, not data.
 */

const TOKEN = /["'/,!]|[A-Za-z_$][\w$]*/g;

export function jsLiteralToJson(source: string): string | null {
  const out: string[] = [];
  let copied = 0; // source[copied..] has not been written yet
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const i = m.index;
    const token = m[0];
    const c = token.charCodeAt(0);
    if (c === 34 || c === 39) {
      const close = closingQuote(source, i);
      if (close < 0) return null;
      out.push(source.slice(copied, i), toJsonString(source.slice(i + 1, close), token));
      copied = close + 1;
      TOKEN.lastIndex = close + 1;
    } else if (c === 47) {
      const next = source.charCodeAt(i + 1);
      if (next !== 47 && next !== 42) return null; // a division or regex: code, not data
      const end = next === 47 ? nextLineEnd(source, i) : source.indexOf('*/', i + 2) + 2;
      if (end < 2) return null;
      out.push(source.slice(copied, i));
      copied = end;
      TOKEN.lastIndex = end;
    } else if (c === 44) {
      const next = nextSignificant(source, i + 1);
      const n = source.charCodeAt(next);
      if (n === 125 || n === 93) {
        out.push(source.slice(copied, i)); // drop the trailing comma
        copied = i + 1;
      }
    } else if (c === 33) {
      const bit = source[i + 1];
      if (bit !== '0' && bit !== '1') return null;
      out.push(source.slice(copied, i), bit === '0' ? 'true' : 'false');
      copied = i + 2;
      TOKEN.lastIndex = i + 2;
    } else {
      const prev = source.charCodeAt(i - 1);
      if ((prev >= 48 && prev <= 57) || prev === 46) continue; // exponent or suffix inside a number
      const after = nextSignificant(source, i + token.length);
      if (source.charCodeAt(after) === 58) {
        out.push(source.slice(copied, i), `"${token}"`);
        copied = i + token.length;
      } else if (token === 'undefined') {
        out.push(source.slice(copied, i), 'null');
        copied = i + token.length;
      } else if (token !== 'true' && token !== 'false' && token !== 'null') {
        return null; // a variable or call: not plain data
      }
    }
  }
  out.push(source.slice(copied));
  return out.join('');
}

/** A JS string body (between its quotes) as a JSON string literal. */
function toJsonString(body: string, quote: string): string {
  // Fast path: the usual double-quoted string is already valid JSON.
  if (!NEEDS_WORK.test(body) && (quote === '"' || !body.includes('"'))) return `"${body}"`;
  return `"${body.replace(FIXES, fixOne)}"`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what must be escaped
const NEEDS_WORK = /\\[^"\\/bfnrtu]|\\u(?![0-9a-fA-F]{4})|[\u0000-\u001f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const FIXES = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])|"|[\u0000-\u001f]/g;

/** JS escapes JSON lacks (\' \xHH \v \0, a backslash before an ordinary letter), bare " and control characters. */
function fixOne(whole: string, esc: string | undefined): string {
  if (esc === undefined) {
    return whole === '"' ? '\\"' : `\\u${whole.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  if (esc.length === 3) return `\\u00${esc.slice(1)}`;
  if (esc.length === 5 || '"\\/bfnrt'.includes(esc)) return whole;
  if (esc === 'v') return '\\u000b';
  if (esc === '0') return '\\u0000';
  if (esc === '\n' || esc === '\r') return ''; // line continuation
  return esc.charCodeAt(0) < 32 ? fixOne(esc, undefined) : esc;
}

function nextSignificant(source: string, from: number): number {
  let i = from;
  for (;;) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else if (c === 47 && source.charCodeAt(i + 1) === 47) i = nextLineEnd(source, i);
    else if (c === 47 && source.charCodeAt(i + 1) === 42) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) return source.length;
      i = end + 2;
    } else return i;
  }
}
