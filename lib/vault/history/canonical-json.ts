/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte sequence a JSON
 * value hashes as, so anyone can recompute a history entry's hash in any
 * language with a JCS library.
 *
 * - Object members sorted by their names' UTF-16 code units (JavaScript's
 *   default string order), arrays kept in order, no whitespace.
 * - Strings and numbers written exactly as ECMAScript's JSON.stringify writes
 *   them (RFC 8785 §3.2.2 adopts that serialisation: shortest round-trip
 *   numbers, -0 as 0, the JSON escapes, everything else as raw UTF-8).
 * - Input must be I-JSON (RFC 7493): no NaN/Infinity, no lone surrogates, so
 *   those throw instead of producing bytes another implementation would refuse.
 * - `undefined` members are left out (they are not JSON); `undefined` in an
 *   array, functions, symbols and bigints throw.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

function string(value: string, where: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(`${where}: a lone surrogate is not I-JSON`);
  return JSON.stringify(value);
}

function serialise(value: unknown, where: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`${where}: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'string':
      return string(value, where);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value
          .map((v, i) => {
            if (v === undefined) throw new CanonicalJsonError(`${where}[${i}]: undefined in an array`);
            return serialise(v, `${where}[${i}]`);
          })
          .join(',')}]`;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw new CanonicalJsonError(`${where}: only plain objects are JSON`);
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort()
        .map((k) => `${string(k, where)}:${serialise(record[k], `${where}.${k}`)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`${where}: a ${typeof value} is not JSON`);
  }
}

/** The JCS text of `value`; hash its UTF-8 bytes. */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}

/** Replaces lone surrogates with U+FFFD so text typed or pasted by anyone can enter a history entry. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
