/**
 * JSON from an API response, read without losing digits: order ids are 16–19
 * digit integers, and JSON.parse turns 218834501001020304 into
 * 218834501001020300. Integers of 16 digits or more outside strings become
 * strings before parsing (the readers take ids as text). A JSONP wrapper
 * (`mtopjsonp3({...})`) is removed. Linear in the text; null when it is not JSON.
 */
const LONG_INTEGERS = /"(?:[^"\\]|\\.)*"|-?\d{16,}(?![\d.eE])/g;
const JSONP = /^\s*[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/;

export function parseJsonKeepingIds(text: string): unknown {
  if (typeof text !== 'string' || text.length === 0) return null;
  const body = JSONP.exec(text)?.[1] ?? text;
  try {
    return JSON.parse(body.replace(LONG_INTEGERS, (m) => (m.charCodeAt(0) === 34 ? m : `"${m}"`)));
  } catch {
    return null;
  }
}
