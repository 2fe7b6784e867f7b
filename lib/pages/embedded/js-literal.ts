import { closingQuote, nextLineEnd } from './brackets';

/**
 * JSON.parse first (fast, the common case); then our JS-literal normaliser, which reads what json5
 * reads in page data (unquoted keys, single quotes, trailing commas, comments, hex, NaN, Infinity, a
 * leading +) at native speed and without json5's weight in the content script.
 */
export function parseLiteral(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    // fall through: prettified or minified JS object literal
  }
  try {
    const json = jsLiteralToJson(source);
    if (json !== null) return JSON.parse(json);
  } catch {
    // not data
  }
  return undefined;
}

/**
 * Turns a JavaScript *data* object literal into JSON text in one pass, so the
 * fast native JSON.parse can read it. Pages are sometimes saved prettified
 * (the fr_FR search capture: unquoted keys, trailing commas) or minified
 * (`!0` for true), and JSON5-style data: hex numbers, NaN and Infinity (as
 * null: no JSON value), a leading +, line continuations in strings. Returns
 * null when the text holds something that is clearly code, not data.
 */

const TOKEN = /["'/,!+]|[A-Za-z_$][\w$]*/g;
/** Names JSON has no value for, read as null (json5 reads NaN and Infinity as numbers no fact can use). */
const NO_VALUE = new Set(['undefined', 'NaN', 'Infinity']);

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
    } else if (c === 43) {
      const prev = source.charCodeAt(i - 1);
      if (prev === 101 || prev === 69) continue; // an exponent's sign: 1e+5
      if (!/[\d.I]/.test(source[i + 1] ?? '')) return null; // a concatenation: code
      out.push(source.slice(copied, i)); // a leading + is JSON5, not JSON
      copied = i + 1;
    } else if (c === 33) {
      const bit = source[i + 1];
      if (bit !== '0' && bit !== '1') return null;
      out.push(source.slice(copied, i), bit === '0' ? 'true' : 'false');
      copied = i + 2;
      TOKEN.lastIndex = i + 2;
    } else {
      const prev = source.charCodeAt(i - 1);
      if (prev === 48 && /^[xX][0-9a-fA-F]+$/.test(token) && !/[\w.$]/.test(source[i - 2] ?? '')) {
        out.push(source.slice(copied, i - 1), String(Number.parseInt(token.slice(1), 16))); // 0x1F
        copied = i + token.length;
        continue;
      }
      if ((prev >= 48 && prev <= 57) || prev === 46) continue; // exponent or suffix inside a number
      const after = nextSignificant(source, i + token.length);
      if (source.charCodeAt(after) === 58) {
        out.push(source.slice(copied, i), `"${token}"`);
        copied = i + token.length;
      } else if (NO_VALUE.has(token)) {
        out.push(source.slice(copied, i).replace(/[-+]\s*$/, ''), 'null');
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
