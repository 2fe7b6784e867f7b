import { durationShape, percentShape, yearsShape } from '../facts/shapes';
import { isCountryCode } from '../labels/country-codes';
import { SUPPLIER_BADGES, SUPPLIER_LABELS } from '../labels/supplier';
import { labelKey, labelMatcher } from '../labels/text-sequence';

/**
 * What a result card says in words when it carries no data attributes (the
 * server-rendered cards of 2017–2020, and any redesign that drops the
 * analytics attributes): "5 YRS" beside "CN", a "Trade Assurance" badge,
 * "Response Rate 93.1%", "On-time delivery 99.1%", "≤2h". Read from the card's
 * leaf texts, which the caller collects once per card.
 */
export interface CardWords {
  years: number | null;
  country: string | null;
  /** A Trade Assurance badge in words (the icon alone is looked for by the caller). */
  taBadge: boolean;
  responseRate: number | null;
  responseTimeText: string | null;
  onTimeDeliveryRate: number | null;
}

const YEARS = /^\d{1,2}\s*(?:\+\s*)?(?:yrs?|years?|ans?|años?|anos?|jahre?|年)$/i;
const PLATFORM_YEARS = /^\d{1,2}\s*(?:\+\s*)?yrs?$/i;
const TA = labelMatcher(SUPPLIER_BADGES.tradeAssurance);
const FIGURES = [
  ['responseRate', labelMatcher(SUPPLIER_LABELS.responseRate)],
  ['responseTime', labelMatcher(SUPPLIER_LABELS.responseTime)],
  ['onTime', labelMatcher(SUPPLIER_LABELS.onTimeDelivery)],
] as const;
type Figure = (typeof FIGURES)[number][0];

export function cardWords(texts: readonly string[]): CardWords {
  const out: CardWords = {
    years: null,
    country: null,
    taBadge: false,
    responseRate: null,
    responseTimeText: null,
    onTimeDeliveryRate: null,
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    if (text.length > 80) continue;
    if (out.years === null && YEARS.test(text) && !isLabelled(texts[i - 1])) {
      // The country code sits beside the years ("5 YRS · CN"), never alone elsewhere on the card.
      const country = upperCode(texts[i + 1]) ?? upperCode(texts[i - 1]);
      // "5 YRS" is how the platform writes a supplier's years; "1 year" alone could be a warranty or a
      // shelf life, and counts only beside the country it comes with.
      if (country || PLATFORM_YEARS.test(text)) {
        out.years = yearsShape(text);
        out.country ??= country;
        continue;
      }
    }
    if (!out.taBadge && TA.keys.has(labelKey(text))) {
      out.taBadge = true;
      continue;
    }
    const figure = labelledFigure(text, texts[i + 1]);
    if (!figure) continue;
    if (figure.field === 'responseRate') out.responseRate ??= percentShape(figure.value);
    else if (figure.field === 'onTime') out.onTimeDeliveryRate ??= percentShape(figure.value);
    else out.responseTimeText ??= durationShape(figure.value);
  }
  return out;
}

/**
 * "Response Rate 93.1%", "Response rate: 93.1%", or the label alone with the
 * value in the next text. The label is what comes before the first digit or
 * comparison sign, so no label list needs every spelling of the separator.
 */
function labelledFigure(text: string, next: string | undefined): { field: Figure; value: string } | null {
  const cut = text.search(/[\d≤≥<>]/);
  const label = labelKey(cut >= 0 ? text.slice(0, cut) : text);
  if (label.length < 3) return null;
  const hit = FIGURES.find(([, m]) => m.keys.has(label));
  if (!hit) return null;
  const value = cut >= 0 ? text.slice(cut) : next;
  return value ? { field: hit[0], value } : null;
}

/** "CN" as written on a card: a country's two capitals ("XL" is a size, "CE" a mark, "to" a word). */
function upperCode(text: string | undefined): string | null {
  return text && /^[A-Z]{2}$/.test(text) && isCountryCode(text) ? text : null;
}

/** "Warranty" / "2 years", "Garantie:" / "1 an": years after a label are that label's, not the supplier's. */
const OTHER_YEARS =
  /(?:[:：]$|warranty|guarantee|garantie|garantía|garantia|gewährleistung|质保|保修|life\s*span|lifetime|durée|vida útil)/i;
function isLabelled(previous: string | undefined): boolean {
  return previous !== undefined && previous.length <= 40 && OTHER_YEARS.test(previous);
}
