/**
 * Small readers for loosely shaped page JSON (`{fieldName, value}` /
 * `{label, value}` wrappers, numbers written as text). The supplier facts
 * themselves are read by facts/supplier-data.ts from the key tables in
 * labels/supplier-keys.ts.
 */

export type Loose = Record<string, unknown>;

export const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{fieldName, value}` / `{label, value}` wrappers → value; anything else unchanged. */
export function unwrap(v: unknown): unknown {
  return isObject(v) && 'value' in v ? v.value : v;
}

/** The first of `keys` present on `obj` (unwrapped), else undefined. */
export function pick(obj: unknown, keys: readonly string[]): unknown {
  if (!isObject(obj)) return undefined;
  for (const key of keys) {
    const v = unwrap(obj[key]);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

export function asText(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const text = decodeEntities(v.replace(/<[^>]{0,200}>/g, '')) // search titles wrap matched words in <b>
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/ⓘ/g, '')
    .trim();
  return text || null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON strings sometimes carry HTML entities ("Men&#39;s"); decoded as text, never parsed as markup. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

export function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const text = asText(v);
  if (!text || !/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

export function asBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1' || v === 'Y' || v === 'y') return true;
  if (v === 'false' || v === 0 || v === '0' || v === 'N' || v === 'n') return false;
  return null;
}

/** Protocol-relative and root-relative links made absolute against the page. */
export function absoluteUrl(v: unknown, base: string): string | null {
  const text = asText(v);
  if (!text) return null;
  try {
    const url = new URL(text.startsWith('//') ? `https:${text}` : text, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function countryCode(v: unknown): string | null {
  const text = asText(v);
  return text && /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : null;
}

export const hasAnyFact = (facts: object) => Object.values(facts).some((v) => v !== null && v !== undefined);
