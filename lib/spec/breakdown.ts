/**
 * Exact counts per variant: "500 pcs red, 500 pcs blue", "black 1,200 pcs /
 * navy 800 pcs", "400 black + 600 white", "S 2,000 / M 4,000", "250 pcs each
 * of red, yellow and blue". In such a breakdown the colour words name the
 * variants (their definitions belong on each variant's line) and the total is
 * split, so neither the colour nor the quantity check should object to them.
 */
import { COLOR_AFTER_WORDS, COLOR_NAME, VARIANT_ONLY_COLOURS } from './color-words';
import { anyOf, COUNT_UNIT, findAll, latinWords, NUMBER, test } from './patterns';

/**
 * A variant's name: a colour (with up to two shading words before it and one
 * after it, "azul marino", "grigio chiaro") or a garment size letter. The same
 * in every language read: the colour lexicon carries the names.
 */
const VARIANT = anyOf(
  `(?:${latinWords(['light', 'dark', 'navy', 'heather', 'royal', 'sky', 'bright', 'pale', 'deep', 'matte?', 'hell', 'dunkel'])}\\s){0,2}${anyOf(COLOR_NAME, VARIANT_ONLY_COLOURS)}(?:\\s${latinWords(COLOR_AFTER_WORDS)})?`,
  // Brazil's letters, PP (XS) to EGG, where they cannot be read as anything else.
  String.raw`\b(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL|PP|GG|XG|EG|EGG)\b`,
);
/** The size letters of a colour–size row, with Brazil's single P and G, which only a colour before them makes sizes. */
const ROW_SIZE = '(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL|PP|P|G|GG|XG|EG|EGG)';
/**
 * "Branco mesma grade", "White same split", "Blanco misma distribución": a colour given the split the line has just
 * written out for another, a variant of the breakdown as much as the one with its counts.
 */
const SAME_SPLIT = latinWords([
  '(?:the )?same (?:split|breakdown|ratio|grid|curve|assortment|size split)',
  'mesma (?:grade|distribui[cç][aã]o|propor[cç][aã]o)',
  'misma (?:distribuci[oó]n|proporci[oó]n|curva)',
  'même (?:répartition|grille|proportion)',
  'gleiche (?:Verteilung|Aufteilung)',
  'stessa (?:ripartizione|distribuzione|proporzione)',
]);
const COUNT = `${NUMBER}\\s{0,3}(?:k\\s{0,2})?${COUNT_UNIT}`;
const COUNTED = `${NUMBER}(?:\\s{0,3}(?:k\\s{0,2})?${COUNT_UNIT})?`;

/** One variant bound to its count, either way round. */
const PAIR = anyOf(
  // A colour–size matrix row: "Black S 120 / M 240", "White XS 50".
  `${VARIANT}\\s{1,3}${ROW_SIZE}\\s{0,3}[:：=x×–—-]?\\s{0,3}${COUNTED}`,
  `${VARIANT}\\s{0,3}[:：=–—-]?\\s{0,3}${SAME_SPLIT}`,
  `${COUNTED}\\s{0,3}(?:of\\s|in\\s)?\\s{0,2}${VARIANT}`,
  `${VARIANT}\\s{0,3}[:：=x×–—-]?\\s{0,3}${COUNTED}`,
);
/** One count for every variant listed: "250 pcs each of …", "120 units per colour". */
const PER_VARIANT_COUNT = anyOf(
  `${COUNT}\\s{0,3}(?:each|${latinWords(['per colou?r', 'per style and colou?r', 'for each colou?r', 'de cada colou?r', 'por color'])})`,
  // "1.000 por cor (azul, vermelho, verde)", "500 par couleur", "je Farbe 300": one count per listed colour.
  `${COUNTED}\\s{0,3}${latinWords(['por colou?r', 'por cor', 'par couleur', 'pro Farbe', 'je Farbe', 'per colore', 'para cada cor', 'por cada color'])}`,
  `每(?:个)?(?:颜色|色)\\s{0,3}${NUMBER}`,
);

/** The per-variant count alone ("500pcs each", "300 per colour"), as a label can carry it. */
export function perVariantCount(text: string): boolean {
  return test(PER_VARIANT_COUNT, text);
}

export interface Breakdown {
  /** Ranges of the variant–count pairs (where colour words are variant names). */
  spans: { start: number; end: number }[];
  /** The whole text is a per-variant list (one count for each listed variant). */
  perVariant: boolean;
}

/**
 * The breakdown in `text`, or null when it gives fewer than two variant counts.
 * Bare numbers next to colours count only where the text is about counted
 * goods: a count with its unit in it, or `counted` (a "Qty per colour:" label).
 */
export function breakdownIn(text: string, counted = false): Breakdown | null {
  if (!counted && !test(COUNT, text) && !bareCountList(text)) return null;
  const perVariant = test(PER_VARIANT_COUNT, text);
  let spans = findAll(PAIR, text).map(({ start, end }) => ({ start, end }));
  if (spans.length < 2 && (counted || SPLIT_BY_COLOUR.test(text) || wholeNamedCountList(text)))
    spans = namedCountList(text);
  if (!perVariant && spans.length < 2) return null;
  return { spans, perVariant };
}

/**
 * "Quantité par couleur :", "Qty per colour:", "Menge je Farbe:", "每色数量：": the label says the counts after it are per
 * colour, so each name with its count is a variant, whatever the colour is called ("sable", "anthracite", "greige").
 */
const SPLIT_BY_COLOUR =
  /(?:(?<![\p{L}])(?:per|by|each|par|pour|chaque|por|pro|je|para cada|cada|na)\s{1,2}(?:colou?rs?|couleurs?|teintes?|colou?res|cor(?:es)?|Farben?|Farbe|colori?|kolor\p{L}{0,2}|renk)|每(?:个)?(?:颜色|色)|按颜色)[^:：]{0,10}[:：]/iu;
/** "blanc 400 / sable 350 / anthracite 250": a name and its count, two or more in a list. */
const NAMED_COUNT = String.raw`(?<![\p{L}\d])\p{L}[\p{L}-]{2,20}(?:\s\p{L}{3,12})?\s{0,2}[:：=]?\s{1,3}\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*(?![\d\p{L}])`;
const NAMED_COUNT_LIST = `${NAMED_COUNT}(?:\\s{0,2}[/;,|]\\s{0,2}${NAMED_COUNT}){1,}`;

function namedCountList(text: string): { start: number; end: number }[] {
  return findAll(NAMED_COUNT_LIST, text).flatMap((list) =>
    findAll(NAMED_COUNT, list.text).map((m) => ({ start: list.start + m.start, end: list.start + m.end })),
  );
}

/**
 * "Nude 2,000 / Rose 1,500 / Berry 1,500 pcs", "Sable 400, Ardoise 300 pièces": the whole value is names each with
 * its count, and the counts carry the unit of goods; whatever the names are, they are the variants being counted.
 */
const WHOLE_NAMED_COUNT_LIST = `^[\\s(]{0,3}${NAMED_COUNT_LIST}\\s{0,2}(?:${COUNT_UNIT})?\\s{0,2}[).;]?\\s{0,2}$`;
function wholeNamedCountList(text: string): boolean {
  return test(COUNT, text) && !test(MONEY, text) && test(WHOLE_NAMED_COUNT_LIST, text);
}

/** Money in the text: numbers next to colours are then prices, not counts. */
const MONEY = String.raw`[$€£¥]|\b(?:usd|eur|rmb|cny|us\$|price|preis|precio|prix|价格|單價|单价)\b|\d[.,]\d{1,2}\b(?![.,]?\d)`;
/**
 * A whole number of at least two digits (thousands separators allowed) bound to a colour: "Black 1,200". A
 * number followed by a unit or "%" is a size, weight or share, not a count.
 */
const BARE_PAIR = anyOf(
  String.raw`${VARIANT}\s{0,3}[:：=x×–—-]?\s{0,3}\d{1,3}(?:[,.' ]\d{3})+\b(?!\s{0,2}[%\p{L}"'°])`,
  String.raw`${VARIANT}\s{0,3}[:：=x×–—-]?\s{0,3}\d{2,6}\b(?![.,]\d|\s{0,2}[%\p{L}"'°])`,
  // The count first, as French, Italian, Portuguese and German lists write it: "300 noir, 300 blanc", "600 schwarz".
  String.raw`(?<![\d.,%])\d{2,6}(?:[,.' ]\d{3})*\s{1,3}${VARIANT}`,
);
/**
 * "Black 1,200 / Navy 800 / Olive 400": two or more colours each with a whole number and no money in sight
 * are a per-colour count even without "pcs" (the unit is the order's).
 */
function bareCountList(text: string): boolean {
  return !test(MONEY, text) && findAll(BARE_PAIR, text).length >= 2;
}

/** Whether a range of `text` is a variant name inside its breakdown (spans are sorted: binary search). */
export function insideBreakdown(breakdown: Breakdown | null, start: number, end: number): boolean {
  if (!breakdown) return false;
  if (breakdown.perVariant) return true;
  const { spans } = breakdown;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as { start: number; end: number };
    if (span.start > start) hi = mid - 1;
    else if (span.end < end) lo = mid + 1;
    else return true;
  }
  return false;
}
