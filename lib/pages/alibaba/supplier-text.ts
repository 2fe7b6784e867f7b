import type { FactSet } from '../facts/fact-set';
import {
  businessTypeShape,
  countryShape,
  countShape,
  durationShape,
  kindBadge,
  limitShape,
  nameShape,
  percentShape,
  ratingShape,
  ratingWithCount,
  textOf,
  yearsShape,
} from '../facts/shapes';
import type { SupplierField } from '../facts/supplier-data';
import { isActionLabel } from '../labels/action-label';
import { countryFromName, countryFromPlace } from '../labels/countries';
import { SUPPLIER_BADGES, SUPPLIER_LABELS } from '../labels/supplier';
import { SUPPLIER_KEYS } from '../labels/supplier-keys';
import { type LabelMatcher, labelKey, labelMatcher } from '../labels/text-sequence';
import { COMPANY_SUFFIX, nameFromTitle } from '../labels/titles';
import type { PageText } from '../sources/page-text';

/**
 * Supplier facts from text: labelled visible text (label and value in the same
 * node or in neighbouring ones: tables, definition lists, spans), hidden
 * tooltips, HTML comments ("key: value" or "Label: value" lines), tooltip
 * attributes and the page title. Lower in trust than the page's data; each
 * value must fit its field's shape. Badges count only when present: a missing
 * "Verified" badge leaves `verified` unknown (it may be an image).
 */
const M = {
  years: labelMatcher(SUPPLIER_LABELS.years),
  country: labelMatcher(SUPPLIER_LABELS.country),
  taLimit: labelMatcher(SUPPLIER_LABELS.taLimit),
  taRemaining: labelMatcher(SUPPLIER_LABELS.taRemaining),
  taCreditLevel: labelMatcher(SUPPLIER_LABELS.taCreditLevel),
  responseRate: labelMatcher(SUPPLIER_LABELS.responseRate),
  responseTime: labelMatcher(SUPPLIER_LABELS.responseTime),
  onTime: labelMatcher(SUPPLIER_LABELS.onTimeDelivery),
  reorderRate: labelMatcher(SUPPLIER_LABELS.reorderRate),
  businessType: labelMatcher(SUPPLIER_LABELS.businessType),
  rating: labelMatcher(SUPPLIER_LABELS.rating),
  name: labelMatcher(SUPPLIER_LABELS.name),
};
const BADGES = {
  verified: labelMatcher(SUPPLIER_BADGES.verified),
  gold: labelMatcher(SUPPLIER_BADGES.gold),
  ta: labelMatcher(SUPPLIER_BADGES.tradeAssurance),
};

type Shape = (v: unknown) => unknown;
const SHAPES: [SupplierField, LabelMatcher, Shape][] = [
  ['taLimit', M.taLimit, (v) => limitShape(v)],
  ['taRemaining', M.taRemaining, (v) => limitShape(v)],
  ['responseTime', M.responseTime, durationShape],
  ['responseRate', M.responseRate, (v) => percentShape(v)],
  ['onTime', M.onTime, (v) => percentShape(v)],
  ['reorderRate', M.reorderRate, (v) => percentShape(v)],
  ['businessType', M.businessType, businessTypeShape],
  ['years', M.years, yearsShape],
  ['rating', M.rating, (v) => ratingShape(v) ?? ratingWithCount(v)?.rating ?? null],
  ['reviewCount', M.rating, (v) => ratingWithCount(v)?.count ?? null],
  ['name', M.name, nameShape],
  ['country', M.country, (v) => countryShape(v) ?? countryFromPlace(textOf(v))],
  [
    'taCreditLevel',
    M.taCreditLevel,
    (v) => (textOf(v) && (textOf(v) as string).length <= 12 ? textOf(v) : null),
  ],
];

/**
 * "Trade Assurance limit: US $42,000", "protected by Trade Assurance (limit US$ 50,000)": the limit in a
 * sentence, only when a word for "limit" stands right before the amount. "Orders on Trade Assurance over
 * $30 ship free" names an amount that is no limit.
 */
const TA_SENTENCE =
  /trade\s+assurance[^$€£\d]{0,40}?(?:limit|límite|limite|plafond|obergrenze|höchstbetrag|额度|限额)[^$€£\d]{0,12}((?:US\s?)?\$\s?\d[\d,.]*\s*[kK]?)/i;

/** "6 yrs", "7 ans" badges next to the company name. */
const YEARS_BADGE = /^\d{1,2}\s?(?:yrs?|years?|ans?|años?|jahre?|anos?)$/i;
const YEAR_WORD = /^(?:yrs?|years?|ans?|años?|jahre?|anos?)$/i;
/** A product attribute whose value is a span of years ("Warranty | 1 Year"), not the supplier's age. */
const YEARS_ATTRIBUTE =
  /warrant|guarantee|garant|shelf|life|vida|durée|lebensdauer|\bage\b|edad|âge|alter|idade/i;
/** "(38 reviews)", "Based on 334 reviews", "38 avis". */
const REVIEWS = /(\d[\d,.]*)\s*(?:reviews?|avis|reseñas|opiniones|bewertungen|avaliações)\b/iu;
const LOCATED_IN = /^(?:located in|situé en|ubicado en|standort|localizado em)\s+(.+)$/i;

export function readSupplierText(text: PageText, facts: FactSet<SupplierField>): void {
  // Another supplier's card says nothing of this one; what the supplier wrote (description, About us,
  // attributes) may contradict the platform's card but never supplies a fact on its own.
  const own = scoped(text, 'page');
  const written = scoped(text, 'supplier-written');
  const seq = own.texts;
  const visible = keyed(seq, own.keys, own.groups);
  const prose = keyed(written.texts, written.keys);
  const tooltips = keyed(text.tooltips.flatMap(splitLines));
  const comments = keyed(text.comments.flatMap(splitLines));
  for (const [field, matcher, shape] of SHAPES) {
    for (const hit of allFitting(visible, matcher, shape))
      facts.add(field, hit.value, `visible text "${hit.label}"`);
    for (const hit of allFitting(prose, matcher, shape))
      facts.note(field, hit.value, `text the supplier wrote "${hit.label}"`);
    for (const [where, lines] of [
      ['tooltip', tooltips],
      ['HTML comment', comments],
    ] as const) {
      const inLine = firstFitting(lines, matcher, shape, true);
      // A comment is markup nobody sees (an A/B note, a template): it may back or contradict a fact, never set one.
      if (inLine && where === 'HTML comment') facts.note(field, inLine.value, `${where} "${inLine.label}"`);
      else if (inLine) facts.add(field, inLine.value, `${where} "${inLine.label}"`);
    }
  }
  taSentence([...seq, ...text.tooltips], facts);
  storeReviews(seq, own.keys, facts);
  yearsBadge(seq, facts);
  kindBesideYears(seq, facts);
  kindWithCountry(seq, facts);
  for (const link of text.supplierLinks) {
    const name = nameShape(link.text);
    // A company's name, not a one-word menu entry nor a button ("Visit company profile", "Contact Supplier Now").
    if (!name || !/\S\s+\S/.test(name) || isActionLabel(name)) continue;
    facts.add('name', name, `link to the supplier's site "${name}"`);
    const host = /^https?:\/\/([^/]+)/i.exec(link.href)?.[1];
    if (host)
      facts.add(
        'profileUrl',
        `https://${host.toLowerCase()}/company_profile.html`,
        "link to the supplier's site",
      );
    break;
  }
  located(seq, facts);
  commentKeys(text.comments, facts);
  // A title may be cut short (a page saved half-way): its name counts when it ends like a company name
  // or the page shows the same name elsewhere.
  const titleName = nameShape(nameFromTitle(text.title));
  if (titleName && (COMPANY_SUFFIX.test(titleName) || seq.includes(titleName)))
    facts.add('name', titleName, `<title> "${text.title.slice(0, 80)}"`);
  const said = (m: LabelMatcher) => own.keys.some((k) => k !== '' && m.keys.has(k));
  if (said(BADGES.verified)) facts.add('verified', true, 'badge "Verified"');
  if (said(BADGES.gold)) facts.add('gold', true, 'badge "Gold Supplier"');
  if (said(BADGES.ta)) facts.add('taOffered', true, 'badge "Trade Assurance"');
}

/** The visible entries of one scope, with their label keys. */
function scoped(
  text: PageText,
  scope: PageText['visibleScopes'][number],
): { texts: string[]; keys: string[]; groups: number[] } {
  const texts: string[] = [];
  const keys: string[] = [];
  const groups: number[] = [];
  text.visible.forEach((t, i) => {
    if ((text.visibleScopes[i] ?? 'page') !== scope) return;
    texts.push(t);
    keys.push(text.visibleKeys[i] ?? '');
    groups.push(text.visibleGroups[i] ?? 0);
  });
  return { texts, keys, groups };
}

/** Every fitting value, in page order (the first is the fact; the others may make a conflict). */
function allFitting(k: Keyed, matcher: LabelMatcher, shape: Shape): { value: unknown; label: string }[] {
  const hits: { value: unknown; label: string }[] = [];
  for (let from = 0; hits.length < 6; ) {
    const hit = firstFitting(k, matcher, shape, false, from);
    if (!hit) break;
    hits.push(hit);
    from = hit.at + 1;
  }
  return hits;
}

/** Texts with their label keys, computed once for every field's lookup: the whole text, and the part before a colon. */
interface Keyed {
  texts: readonly string[];
  keys: string[];
  colonAt: number[];
  colonKeys: string[];
  /** Each text's metric box (PageText.visibleGroups); absent for tooltips and comments. */
  groups?: readonly number[];
}

function keyed(texts: readonly string[], keys?: string[], groups?: readonly number[]): Keyed {
  const out: Keyed = { texts, keys: [], colonAt: [], colonKeys: [], groups };
  texts.forEach((t, i) => {
    const short = t.length <= 120;
    out.keys.push(keys?.[i] ?? (short ? labelKey(t) : ''));
    const colon = short ? t.search(/[:：]/) : -1;
    out.colonAt.push(colon);
    out.colonKeys.push(colon > 0 ? labelKey(t.slice(0, colon)) : '');
  });
  return out;
}

/** The first value after a label that fits the field (a label may also appear as a heading or a link). */
function firstFitting(
  k: Keyed,
  matcher: LabelMatcher,
  shape: Shape,
  sameLineOnly = false,
  from = 0,
): { value: unknown; label: string; at: number } | null {
  const seq = k.texts;
  for (let i = from; i < seq.length; i++) {
    const t = seq[i] as string;
    const colon = k.colonAt[i] as number;
    if (colon > 0 && matcher.keys.has(k.colonKeys[i] as string)) {
      const rest = t.slice(colon + 1).trim();
      const value = shape(rest || (sameLineOnly ? null : seq[i + 1]));
      if (value !== null && value !== undefined) return { value, label: t.slice(0, colon), at: i };
      continue;
    }
    const key = k.keys[i] as string;
    // "Response rate 94.6%", "Trade Assurance Limit US$50,000": label and value in one node, no colon.
    const inline = t.length <= 80 && key.length === t.length ? afterLabelPrefix(t, key, matcher) : null;
    if (inline) {
      const value = shape(inline.rest);
      if (value !== null && value !== undefined) return { value, label: inline.label, at: i };
    }
    if (sameLineOnly) continue;
    const counted = t.endsWith(')') && matcher.keys.has(labelKey(stripCount(t)));
    if (!matcher.keys.has(key) && !counted) continue;
    if (counted && !countAgrees(t, seq, i)) continue;
    const above = valueAbove(k, i) ? shape(seq[i - 1]) : null;
    if (above !== null && above !== undefined) return { value: above, label: t, at: i };
    if (nextMetricsValue(k, i)) continue;
    const value = shape(seq[i + 1]);
    if (value !== null && value !== undefined) return { value, label: t, at: i + 1 };
  }
  return null;
}

/**
 * A value written above its label: the metric's box holds the text before the label and not the one
 * after it ("≥99%" / "On-time dispatch rate" / "29%" / "Reorder rate": the 29% is the next metric's).
 */
function valueAbove(k: Keyed, i: number): boolean {
  const g = k.groups;
  if (!g || i === 0) return false;
  const own = g[i];
  // The box holds exactly the value and its label: in a longer box ("Response rate" "95%" "On-time rate",
  // labels above values, the last one's value missing) the text above is the previous label's value.
  return own !== undefined && own !== 0 && g[i - 1] === own && g[i - 2] !== own && g[i + 1] !== own;
}

/**
 * The text after a label that sits alone in its box is the first of the next metric's own box of two
 * ("On-time dispatch rate" with its value missing, then "24%" "Reorder rate"): that value is the next
 * label's, so nothing is read for this one.
 */
function nextMetricsValue(k: Keyed, i: number): boolean {
  const g = k.groups;
  if (!g) return false;
  const own = g[i];
  const next = g[i + 1];
  return (
    own !== undefined &&
    own !== 0 &&
    g[i - 1] !== own &&
    next !== undefined &&
    next !== 0 &&
    next !== own &&
    g[i + 2] === next &&
    g[i + 3] !== next
  );
}

/**
 * "Store reviews (0)" then "5.0" then "Based on 1 reviews": a tab strip ("Product reviews (1)" beside it)
 * shows the open tab's score, here the product's. A score counts for the labelled tab only when the tab
 * counts some reviews and the summary under the score counts the same number; in a strip without that
 * summary (a page saved half-way) the open tab is unknown, so the score is not read.
 */
function countAgrees(label: string, seq: readonly string[], i: number): boolean {
  const count = countShape(TRAILING_COUNT.exec(label)?.[1]);
  if (count === 0) return false;
  for (const next of seq.slice(i + 2, i + 5)) {
    const m = next.length <= 80 ? REVIEWS.exec(next) : null;
    if (m) return countShape(m[1]) === count;
  }
  const inStrip = TRAILING_COUNT.test(seq[i - 1] ?? '') || TRAILING_COUNT.test(seq[i + 1] ?? '');
  return !inStrip;
}

const TRAILING_COUNT = /\((\d[\d,.]*)\)\s*$/;

function afterLabelPrefix(
  t: string,
  key: string,
  matcher: LabelMatcher,
): { label: string; rest: string } | null {
  for (const prefix of matcher.prefixes) {
    if (key.length > prefix.length + 1 && key.startsWith(prefix) && key[prefix.length] === ' ')
      return { label: t.slice(0, prefix.length), rest: t.slice(prefix.length + 1).trim() };
  }
  return null;
}

const stripCount = (t: string) => t.replace(/\s*\(\d[\d,.]*\)\s*$/, '');
/** Lines of a comment or tooltip; "note: Label: value" also yields "Label: value". */
const splitLines = (t: string) =>
  t
    .split(/\s*(?:\n|\||;|•)\s*/)
    .flatMap((line) => {
      const colon = line.search(/[:：]/);
      const rest = colon > 0 ? line.slice(colon + 1).trim() : '';
      return /[:：]/.test(rest) ? [line, rest] : [line];
    })
    .filter((s) => s.length > 0);

function taSentence(texts: readonly string[], facts: FactSet<SupplierField>): void {
  for (const t of texts) {
    const m = t.length <= 300 ? TA_SENTENCE.exec(t) : null;
    if (!m) continue;
    facts.add('taLimit', limitShape(m[1]), `sentence "${t.slice(0, 80)}"`);
    return;
  }
}

/** "Store reviews (334)" then "4.9"; "Store rating" "4.7/5" "(1966)"; "Based on 334 reviews". */
function storeReviews(seq: readonly string[], keys: readonly string[], facts: FactSet<SupplierField>): void {
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i] as string;
    const labelled = /^(.*?)\s*\((\d[\d,.]*)\)$/.exec(t);
    if (labelled && M.rating.keys.has(labelKey(labelled[1] as string))) {
      facts.add('reviewCount', countShape(labelled[2]), `visible text "${t}"`);
      return;
    }
    if (!M.rating.keys.has(keys[i] ?? '')) continue;
    // The count a step or two after the rating: "(1966)", "(38 reviews)".
    for (const next of [seq[i + 2], seq[i + 3]]) {
      const m = next ? (/^\((\d[\d,.]*)\)$/.exec(next) ?? REVIEWS.exec(next)) : null;
      if (m && next && next.length <= 40) {
        facts.add('reviewCount', countShape(m[1]), `visible text "${t}" … "${next}"`);
        return;
      }
    }
  }
  for (const t of seq) {
    const m = t.length <= 80 ? REVIEWS.exec(t) : null;
    if (m && /based on|store|boutique|tienda|shop/i.test(t)) {
      facts.add('reviewCount', countShape(m[1]), `visible text "${t}"`);
      return;
    }
  }
}

function yearsBadge(seq: readonly string[], facts: FactSet<SupplierField>): void {
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i] as string;
    if (YEARS_ATTRIBUTE.test(seq[i - 1] ?? '')) continue;
    const joined = /^\d{1,2}$/.test(t) && YEAR_WORD.test(seq[i + 1] ?? '') ? `${t} ${seq[i + 1]}` : t;
    if (YEARS_BADGE.test(joined) || /^\d{1,2}\s?yrs? on alibaba/i.test(t)) {
      facts.add('years', yearsShape(joined), `badge "${joined}"`);
      // "3 yrs · CN": a two-letter code right after the years badge is the supplier's country.
      const next = seq[i + (joined === t ? 1 : 2)];
      if (next && /^[A-Z]{2}$/.test(next)) facts.add('country', next, `badge "${joined} ${next}"`);
      for (const beside of [seq[i - 1], next])
        if (beside) cardKind(beside, `beside the badge "${joined}"`, facts);
      return;
    }
  }
}

/**
 * The company card names the supplier's kind of business with no label, in its line of badges: beside the
 * years ("Trading Company · 6 yrs on Alibaba.com", "12 yrs · Custom Manufacturer") or with the country code
 * after it ("Custom Manufacturer CN"). The whole text must be kinds of business; a verified identity
 * ("Custom Manufacturer") is the platform's word, any other kind the supplier's own business type.
 */
function cardKind(text: string, where: string, facts: FactSet<SupplierField>): boolean {
  const badge = kindBadge(text);
  if (!badge) return false;
  facts.add(badge.verified ? 'verifiedType' : 'businessType', badge.kind, `company card "${text}" ${where}`);
  return true;
}

/** Any years badge of the card (the header's "6 yrs" may stand apart from the card that names the kind). */
function kindBesideYears(seq: readonly string[], facts: FactSet<SupplierField>): void {
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i] as string;
    if (!(YEARS_BADGE.test(t) || /^\d{1,2}\s?yrs? on alibaba/i.test(t))) continue;
    for (const beside of [seq[i - 1], seq[i + 1]])
      if (beside && cardKind(beside, `beside the badge "${t}"`, facts)) return;
  }
}

function kindWithCountry(seq: readonly string[], facts: FactSet<SupplierField>): void {
  for (const t of seq) {
    const m = t.length <= 60 ? /^(.+?)\s+([A-Z]{2})$/u.exec(t) : null;
    if (m && cardKind(m[1] as string, `before the country code ${m[2]}`, facts)) return;
  }
}

/** "Located in CN" on the company card. */
function located(seq: readonly string[], facts: FactSet<SupplierField>): void {
  for (const t of seq) {
    const m = t.length <= 60 ? LOCATED_IN.exec(t) : null;
    if (!m) continue;
    const last = (m[1] as string).split(/,\s*/).pop() ?? '';
    facts.add('country', countryShape(last) ?? countryFromName(last), `visible text "${t}"`);
    return;
  }
}

/** Strong data keys a comment may carry as text (`<!-- baoAccountAmount: 84,000 -->`), per field. */
const COMMENT_FIELDS: [SupplierField, Shape][] = [
  ['taLimit', (v) => limitShape(v)],
  ['responseRate', (v) => percentShape(v, true)],
  ['responseTime', durationShape],
  ['years', yearsShape],
  ['name', nameShape],
];

function commentKeys(comments: readonly string[], facts: FactSet<SupplierField>): void {
  for (const comment of comments) {
    if (comment.length > 2000 || !/[:=]/.test(comment)) continue;
    for (const [field, shape] of COMMENT_FIELDS) {
      for (const entry of SUPPLIER_KEYS[field as keyof typeof SUPPLIER_KEYS]) {
        if ('weak' in entry || !comment.includes(entry.key)) continue;
        const m = new RegExp(`["']?${entry.key}["']?\\s*[:=]\\s*["']?([^"'\\n;}]{1,60})`).exec(comment);
        const value = m ? shape((m[1] as string).trim()) : null;
        facts.note(field, value, `HTML comment ${entry.key}`);
      }
    }
  }
}
