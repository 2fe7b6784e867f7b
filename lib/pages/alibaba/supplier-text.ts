import { EMPTY_SUPPLIER, type SupplierFacts } from '../../model/supplier';
import { decimalToNumber, findNumbers } from '../../money/number';
import { parseCount, parseMoney, parsePercent, parseYears } from '../../money/parse';
import { SUPPLIER_BADGES, SUPPLIER_LABELS } from '../labels/supplier';
import { labelMatcher, mentions, valueAfterLabel } from '../labels/text-sequence';
import { absoluteUrl, countryCode } from './supplier-fields';

/**
 * Supplier facts from visible text only (the last resort, and the only path
 * on pages that render in the browser). Badges count only when present:
 * a missing "Verified" badge leaves `verified` null, because the badge may
 * simply be rendered as an image we cannot read.
 */

const M = {
  name: labelMatcher(SUPPLIER_LABELS.name),
  years: labelMatcher(SUPPLIER_LABELS.years),
  country: labelMatcher(SUPPLIER_LABELS.country),
  taLimit: labelMatcher(SUPPLIER_LABELS.taLimit),
  taCreditLevel: labelMatcher(SUPPLIER_LABELS.taCreditLevel),
  responseRate: labelMatcher(SUPPLIER_LABELS.responseRate),
  responseTime: labelMatcher(SUPPLIER_LABELS.responseTime),
  onTime: labelMatcher(SUPPLIER_LABELS.onTimeDelivery),
  rating: labelMatcher(SUPPLIER_LABELS.rating),
  verified: labelMatcher(SUPPLIER_BADGES.verified),
  gold: labelMatcher(SUPPLIER_BADGES.gold),
  ta: labelMatcher(SUPPLIER_BADGES.tradeAssurance),
};

/** "7 yrs" / "7 ans" badges next to the company name. */
const YEARS_BADGE = /^\d{1,2}\s?(?:yrs?|years?|ans?|años?|jahre?|anos?)$/i;
/** A product attribute whose value is a span of years ("Warranty | 1 Year"), not the supplier's age. */
const YEARS_ATTRIBUTE =
  /warrant|guarantee|garant|shelf|life|vida|durée|lebensdauer|age|edad|âge|alter|idade/i;
/** "(38 reviews)", "38 avis", "38 Bewertungen". */
const REVIEWS = /(\d[\d,.]*)\s*(?:reviews?|avis|reseñas|opiniones|bewertungen|avaliações|avaliacoes)\b/iu;
/** "Trade Assurance up to US $42,000" written as one sentence. */
const TA_SENTENCE = /trade\s+assurance[^$€\d]{0,40}((?:US\s?)?\$\s?\d[\d,.]*\s*[kK]?)/i;

export function supplierFromText(sequence: readonly string[], pageUrl: string): SupplierFacts {
  const facts: SupplierFacts = { ...EMPTY_SUPPLIER };
  const limitText = valueAfterLabel(sequence, M.taLimit);
  facts.taLimit = positive(limitText ? parseMoney(limitText, 'USD') : null) ?? taFromSentence(sequence);
  facts.taOffered = facts.taLimit || mentions(sequence, M.ta) ? true : null;
  facts.taCreditLevel = shortValue(valueAfterLabel(sequence, M.taCreditLevel), 12);
  facts.name = shortValue(valueAfterLabel(sequence, M.name), 120);
  const yearsText =
    valueAfterLabel(sequence, M.years) ??
    sequence.find((t, i) => YEARS_BADGE.test(t) && !YEARS_ATTRIBUTE.test(sequence[i - 1] ?? '')) ??
    null;
  facts.yearsOnPlatform = yearsText ? parseYears(yearsText) : null;
  facts.country = countryCode(valueAfterLabel(sequence, M.country)) ?? countryBadge(sequence, yearsText);
  facts.verified = mentions(sequence, M.verified) ? true : null;
  facts.gold = mentions(sequence, M.gold) ? true : null;
  facts.responseRate = percentOf(valueAfterLabel(sequence, M.responseRate));
  facts.responseTimeText = shortValue(valueAfterLabel(sequence, M.responseTime), 40);
  facts.onTimeDeliveryRate = percentOf(valueAfterLabel(sequence, M.onTime));
  const ratingText = valueAfterLabel(sequence, M.rating);
  facts.rating = ratingOf(ratingText);
  const reviews = sequence.map((t) => REVIEWS.exec(t)).find((m) => m);
  facts.reviewCount = reviews ? parseCount(reviews[1] as string) : null;
  facts.profileUrl = minisiteProfile(pageUrl);
  return facts;
}

/** "3 yrs · CN": a two-letter code right after the years badge is the supplier's country. */
function countryBadge(sequence: readonly string[], yearsText: string | null): string | null {
  if (!yearsText) return null;
  const at = sequence.indexOf(yearsText);
  const next = at >= 0 ? sequence[at + 1] : undefined;
  return next && /^[A-Z]{2}$/.test(next) ? next : null;
}

/** On a minisite the page itself names the supplier: its company_profile.html. */
export function minisiteProfile(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (!/^[a-z0-9-]+\.en\.alibaba\.com$/i.test(url.hostname)) return null;
    return absoluteUrl(`https://${url.hostname}/company_profile.html`, pageUrl);
  } catch {
    return null;
  }
}

function taFromSentence(sequence: readonly string[]) {
  for (const text of sequence) {
    const m = TA_SENTENCE.exec(text);
    if (m) return positive(parseMoney(m[1] as string, 'USD'));
  }
  return null;
}

const positive = <T extends { minor: number } | null>(m: T): T | null => (m && m.minor > 0 ? m : null);

function shortValue(text: string | null, max: number): string | null {
  return text && text.length <= max ? text : null;
}

function percentOf(text: string | null): number | null {
  return text ? parsePercent(text) : null;
}

/** "4.6/5", "4,6 / 5.0", "4.6" → 4.6. */
function ratingOf(text: string | null): number | null {
  const first = text ? findNumbers(text)[0] : undefined;
  if (!first) return null;
  const value = decimalToNumber(first.value);
  return value >= 0 && value <= 5 ? value : null;
}
