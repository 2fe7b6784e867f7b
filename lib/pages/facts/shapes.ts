import type { Money } from '../../model/money';
import { decimalToNumber, findNumbers } from '../../money/number';
import { parseCount, parseMoney, parseMoneyRange, parsePercent, parseYears } from '../../money/parse';
import { LABEL_WORDS } from '../labels/label-words';

/**
 * Each fact declares its shape; a value that does not fit is unknown, never
 * passed on. This is what keeps a page's neighbouring numbers from being
 * misread: an on-time rate ("98.5%") is not a response time, a supplier level
 * ("6") is not a star rating, "Supplier" is a label, not a name.
 * Every reader (JSON, visible text, comments, tooltips) goes through these.
 */

/** Text a value would be read as: strings trimmed and collapsed, numbers written out. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== 'string') return null;
  const t = decodeReferences(v.replace(/<[^>]{0,200}>/g, ''))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/ⓘ/g, '')
    .trim();
  return t || null;
}

/** The character references markup leaves in a data string ("K&amp;B", "&#39;"), written out as the page shows them. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeReferences(t: string): string {
  if (!t.includes('&')) return t;
  return t.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (whole, dec, hex, name) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = dec ? Number(dec) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** A company or store name: letters, a sensible length, not a label word or a link. */
export function nameShape(v: unknown): string | null {
  const t = textOf(v);
  if (!t || t.length < 2 || t.length > 160) return null;
  if (!/\p{L}/u.test(t) || /^(?:https?:|\/\/|www\.)/i.test(t) || /[{}<>]/.test(t)) return null;
  if (LABEL_WORDS.has(labelWordKey(t))) return null;
  return t;
}

export const labelWordKey = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s:：.]+$/u, '')
    .trim();

/**
 * What kind of business a supplier is, as its record names it: "Manufacturer", "Trading Company",
 * "Manufacturer,Trading Company" (written with a space after the comma), "Buying Office", "Agent", in the
 * site's language. The value must name a kind of business: an order's `businessType: "trade_assurance"` or
 * a label does not.
 */
const KINDS =
  '(?:manufacturer|factory|trading company|trader|distributor|wholesaler|retailer|agent|buying office|service provider|fabricant|usine|société (?:de )?commerce|société commerciale|distributeur|grossiste|fabricante|fábrica|empresa comercial|empresa de comercio|comerciante|mayorista|distribuidor|atacadista|hersteller|fabrik|handelsunternehmen|handelsfirma|großhändler|生产厂家|工厂|制造商|贸易公司|经销商|批发商)';
const BUSINESS_KIND = new RegExp(`(?<![\\p{L}])${KINDS}(?![\\p{L}])`, 'iu');

export function businessTypeShape(v: unknown): string | null {
  const t = textOf(v);
  if (!t || t.length > 80 || !BUSINESS_KIND.test(t)) return null;
  return t.replace(/\s*,\s*/g, ', ');
}

/**
 * A text that is wholly a kind of business, as a company card shows it with no label beside the supplier's
 * years ("Trading Company", "Manufacturer, Trading Company"), or the platform's verified identity badge
 * ("Custom Manufacturer": a kind the platform had checked, under a word that says so).
 */
const KIND_BADGE = new RegExp(
  `^(?:(custom|verified|certified|geprüfter|定制|认证)\\s*)?${KINDS}(?:\\s*[,/&]\\s*${KINDS})*(?:\\s+(personalizad[oa]|personnalisée?|sur mesure|verificad[oa]|vérifiée?))?$`,
  'iu',
);

export function kindBadge(text: string): { kind: string; verified: boolean } | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = t.length <= 60 ? KIND_BADGE.exec(t) : null;
  return m ? { kind: t.replace(/\s*,\s*/g, ', '), verified: !!(m[1] || m[2]) } : null;
}

/** The platform's verified identity of a supplier by its data key (`identityName: "Custom Manufacturer"`). */
export function verifiedTypeShape(v: unknown): string | null {
  const t = textOf(v);
  return t ? (kindBadge(t)?.kind ?? null) : null;
}

/** Whole years on the platform, 0–60 ("6 yrs", "6", 6). */
export function yearsShape(v: unknown): number | null {
  const n = typeof v === 'number' ? v : textOf(v) ? parseYears(textOf(v) as string) : null;
  return n !== null && Number.isInteger(n) && n >= 0 && n <= 60 ? n : null;
}

/**
 * A percentage 0–100. Text must carry its "%" ("88.9%", "≥98%", "99.6% Quick Response Rate");
 * a bare number is accepted only from a data key that names a rate (`bare`), and a fraction
 * below 1 there is a share (0.946 → 94.6).
 */
export function percentShape(v: unknown, bare = false): number | null {
  if (typeof v === 'number') {
    if (!bare || !Number.isFinite(v)) return null;
    const n = v > 0 && v < 1 && !Number.isInteger(v) ? v * 100 : v;
    return n >= 0 && n <= 100 ? round(n) : null;
  }
  const t = textOf(v);
  if (!t || t.length > 60) return null;
  const p = parsePercent(t);
  if (p !== null) return round(p);
  if (bare && /^\d{1,3}(?:[.,]\d+)?$/.test(t)) return percentShape(Number(t.replace(',', '.')), true);
  return null;
}

/** A star rating 0–5 ("4.7", "4.7/5", "4,7 / 5.0", 4.7); a percentage is never a rating. */
export function ratingShape(v: unknown): number | null {
  if (typeof v === 'number') return v >= 0 && v <= 5 ? round(v) : null;
  const t = textOf(v);
  if (!t || t.length > 30 || t.includes('%')) return null;
  const m =
    /^(\d(?:[.,]\d{1,2})?)\s*(?:\/\s*5(?:[.,]0)?)?(?:\s*(?:stars?|étoiles?|estrellas?|sterne|estrelas))?$/i.exec(
      t,
    );
  if (!m) return null;
  const n = Number((m[1] as string).replace(',', '.'));
  return n >= 0 && n <= 5 ? n : null;
}

/**
 * A rating and its review count written together: "4.6/5 (57 reviews)",
 * "4.6 / 5 · 57 reviews", "4,8 (1.203 reseñas)". The count must be named as
 * reviews (or sit in brackets right after the rating), so "4.6 5 yrs" is nothing.
 */
export function ratingWithCount(v: unknown): { rating: number; count: number } | null {
  const t = textOf(v);
  if (!t || t.length > 60 || t.includes('%')) return null;
  const m =
    /^(\d(?:[.,]\d{1,2})?)\s*(?:\/\s*5(?:[.,]0)?)?\s*(?:stars?|étoiles?|estrellas?|sterne|estrelas)?\s*[·•|,-]?\s*\(?\s*(\d[\d,.\s]*?)\s*(reviews?|ratings?|avis|évaluations?|reseñas|opiniones|valoraciones|bewertungen|avaliações|recensioni)?\s*\)?$/iu.exec(
      t,
    );
  if (!m) return null;
  const bracketed = /\(\s*\d[\d,.\s]*?\s*[^)]*\)$/.test(t);
  if (!m[3] && !bracketed) return null;
  const rating = ratingShape(m[1]);
  const count = countShape((m[2] as string).replace(/\s/g, ''));
  return rating !== null && count !== null ? { rating, count } : null;
}

/** A whole count ≥ 0: 1966, "1,966", "(1966)", "1966 reviews". */
export function countShape(v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  const t = textOf(v);
  if (!t || t.length > 40 || /[%/]/.test(t)) return null;
  const n = parseCount(t);
  return n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

const DURATION =
  /^(≤|<|≥|>|within|less than|under|moins de|menos de|en moins de|innerhalb von|unter)?\s*(\d{1,3}(?:[.,]\d)?)\s*(h|hrs?|hours?|heures?|horas?|std\.?|stunden|mins?|minutes?|minutos?|d|days?|jours?|d[ií]as?|tage?)$/i;

/** A response time is a duration ("≤3h", "<24h", ">72h", "within 24 hours"); written out without inner spaces. */
export function durationShape(v: unknown): string | null {
  const t = textOf(v)?.replace(/<=/g, '≤').replace(/>=/g, '≥');
  if (!t || t.length > 40) return null;
  const m = DURATION.exec(t);
  if (!m) return null;
  const [, cmp, num, unit] = m;
  return /^[≤<≥>]$/.test(cmp ?? '') ? `${cmp}${num}${unit}` : t;
}

/** A Trade Assurance limit: a positive amount with its currency (USD unless the text names one). */
export function limitShape(v: unknown, currency = 'USD'): Money | null {
  if (typeof v === 'number')
    return Number.isFinite(v) && v > 0 && v < 1e9 ? { minor: Math.round(v * 100), currency } : null;
  const t = textOf(v);
  if (!t || t.length > 60 || /%/.test(t)) return null;
  // A limit is one amount: "US$ 5-10" or "5,000 - 10,000" is not a limit (a price ladder or a made-up figure).
  const range = parseMoneyRange(t, currency);
  if (range && range.min.minor !== range.max.minor) return null;
  const money = parseMoney(t, currency);
  return money && money.minor > 0 && money.minor < 1e11 ? money : null;
}

export function boolShape(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 1 || v === '1' || v === 'Y' || v === 'y') return true;
  if (v === 'false' || v === 0 || v === '0' || v === 'N' || v === 'n') return false;
  return null;
}

/** ISO 3166 alpha-2 ("CN"); country names are left to the caller. */
export function countryShape(v: unknown): string | null {
  const t = textOf(v);
  return t && /^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : null;
}

/** A numeric id ("250123456", 250123456). */
export function idShape(v: unknown): string | null {
  const t = typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : textOf(v);
  return t && /^\d{3,20}$/.test(t) ? t : null;
}

/** The first number of a text, as a plain number (a rating inside "4.7/5 (1966)"). */
export function firstNumberOf(text: string): number | null {
  const first = findNumbers(text)[0];
  return first ? decimalToNumber(first.value) : null;
}

const round = (n: number) => Math.round(n * 100) / 100;
