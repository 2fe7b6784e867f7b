import { currencyExponent, type Money, moneyFromMajor } from '../../model/money-math';
import { parseMoney } from '../../money/parse';
import { findEmbeddedValue, findEmbeddedValues } from '../embedded-json';

/**
 * Small, forgiving accessors over JSON that a page (or a page's API
 * response) handed us. Nothing here trusts a type: every read checks it.
 */

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The value at a dotted path ("contractVO.terms.payment.advanceAmount"), or undefined. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (!isRecord(cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

/** First path whose value is present (not null/undefined/""). */
export function pick(obj: unknown, ...paths: string[]): unknown {
  for (const path of paths) {
    const v = at(obj, path);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

/** A readable string: strings as-is, numbers as digits, `{value}` / `{displayName}` / `{name}` wrappers unwrapped. */
export function text(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return Number.isSafeInteger(v) ? String(v) : null;
  if (isRecord(v)) return text(pick(v, 'displayName', 'value', 'text', 'label', 'name', 'desc'));
  return null;
}

/** Like `text`, but keeps line breaks (remarks and specs are written one item per line). */
export function longText(v: unknown): string | null {
  if (typeof v !== 'string') return text(v);
  const lines = v
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : null;
}

/**
 * Money as these pages send it: `{number, numberStr}` (Alibaba TA),
 * `{amount, currency}`, `{cent, currency}` (AliExpress), "US $1,234.00", or a bare number.
 */
export function money(v: unknown, currency: string | null): Money | null {
  const m = moneyOf(v, currency);
  // A page's amount is never negative or beyond counting: a refund line or a broken value is unknown.
  return m && m.minor >= 0 && Number.isSafeInteger(m.minor) ? m : null;
}

function moneyOf(v: unknown, currency: string | null): Money | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return parseMoney(v, currency ?? undefined);
  if (typeof v === 'number') return currency && Number.isFinite(v) ? moneyFromMajor(v, currency) : null;
  if (!isRecord(v)) return null;
  const own = text(pick(v, 'currency', 'currencyCode', 'currencyType'));
  const cur = own && /^[A-Z]{3}$/.test(own) ? own : currency;
  const cent = v.cent;
  if (typeof cent === 'number' && Number.isSafeInteger(cent) && cur && currencyExponent(cur) === 2) {
    return { minor: cent, currency: cur };
  }
  // A JSON number is unambiguous; a display string such as "10.825" is not (grouping or decimals?).
  const num = pick(v, 'number', 'amount', 'value');
  if (typeof num === 'number' && cur) return money(num, cur);
  const str = pick(v, 'numberStr', 'formatAmount', 'formatMoney', 'amountStr', 'valueStr');
  if (typeof str === 'string') {
    const parsed = parseMoney(str, cur ?? undefined);
    if (parsed) return parsed;
  }
  return money(num, cur);
}

/** "2026-11-18 10:22:31", "Nov 18, 2026" or epoch milliseconds → ISO-ish local text; null when unreadable. */
export function dateValue(v: unknown, parse: (s: string) => string | null): string | null {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d{12,13}$/.test(v))) {
    const ms = Number(v);
    if (!Number.isFinite(ms) || ms < 631152000000) return null; // before 1990: not an order date
    return new Date(ms).toISOString();
  }
  const s = text(v);
  return s ? parse(s) : null;
}

/** Depth-first visit of every object inside `root` (bounded, cycle-free because JSON). */
export function walk(root: unknown, visit: (obj: Json) => void, budget = 50_000): void {
  const stack: unknown[] = [root];
  let steps = 0;
  while (stack.length > 0 && steps++ < budget) {
    const cur = stack.pop();
    if (Array.isArray(cur)) {
      for (let i = cur.length - 1; i >= 0; i--) stack.push(cur[i]);
    } else if (isRecord(cur)) {
      visit(cur);
      for (const v of Object.values(cur)) if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
}

/** Keys under which pages and API envelopes wrap their data (`data.list[]`, `module.orderList`…). */
const CONTAINER_KEYS = [
  'orderList',
  'list',
  'dataList',
  'resultList',
  'orders',
  'data',
  'result',
  'model',
  'module',
  'orderDetail',
  'detail',
];

/**
 * Every object in the page's inline JSON that has `markerKey` as its own key
 * (e.g. every order that has a `baseInfo`), deduplicated by `idOf`.
 */
export function embeddedObjectsWithKey(
  scripts: readonly string[],
  markerKey: string,
  idOf: (o: Json) => string | null,
): Json[] {
  const found = new Map<string, Json>();
  for (const anchor of CONTAINER_KEYS) {
    for (const value of findEmbeddedValues(scripts, anchor, 10)) {
      walk(value, (obj) => {
        if (!(markerKey in obj)) return;
        const id = idOf(obj) ?? `#${found.size}`;
        if (!found.has(id)) found.set(id, obj);
      });
    }
  }
  return [...found.values()];
}

/** One object built from separate anchors, for pages that keep each block in its own variable. */
export function embeddedBlocks(scripts: readonly string[], anchors: readonly string[]): Json | null {
  const out: Json = {};
  for (const anchor of anchors) {
    const v = findEmbeddedValue(scripts, anchor);
    if (v !== undefined) out[anchor] = v;
  }
  return Object.keys(out).length > 0 ? out : null;
}
