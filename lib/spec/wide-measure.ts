/**
 * A size or a weight given as a wide range for one item: "Size: 30-50cm", "Weight: 1-3 kg", "Poids : 800 g à 1,5 kg
 * selon modèle". Any piece inside the range passes, so the buyer can hold the supplier to nothing but the far end
 * and may get the near one. A range counts as wide when its far end is more than 1.5 times its near end; a
 * tolerance band ("1.4-1.6 mm", "60-80 µm" stays under it only when narrow) and a range something is made to
 * cover ("adjustable 30-50 cm", "fits wrists 15-20 cm", "load 1-3 kg") are not such a size.
 */
import { msg } from '../i18n/msg';
import type { Clause } from './clauses';
import { valueRange } from './detector';
import { APPROX_BEFORE, findAll, latinWords, type Match, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

/** A figure of a range: "0,3", "1.5", "2000". Shared with wide-power.ts. */
export const RANGE_NUM = String.raw`\d{1,5}(?:[.,]\d{1,3})?`;
const NUM = RANGE_NUM;
/** Units and their factor to a base unit (mm for length, g for weight). */
const LENGTH: [number, string][] = [
  // Russian sheets write the units in Cyrillic: "0,3-3 мм", "30-50 см".
  [1, 'mm|мм'],
  [10, 'cm|см'],
  [1000, 'm|м'],
  [25.4, '(?:inch(?:es)?|in\\.?|")'],
];
const MASS: [number, string][] = [
  [1, 'g|gr|grams?|gramm?[oi]?|г'],
  [1000, 'kg|kgs|kilos?|кг'],
  [453.6, 'lbs?'],
  [28.35, 'oz'],
];
/**
 * Weight per area: a fabric's or a board's grammage. Its own tolerance is about ±5 %, so a range wider than that band
 * ("180-200 gsm", "180~260gsm") lets the mill ship a lighter cloth than the buyer priced.
 */
const AREAL: [number, string][] = [
  [1, 'gsm|g/m²|g/m2|gr/m²|gr/m2|g/sqm|grs?/sqm|г/м²|г/м2|克/平方米|克/m²|克/m2'],
  [33.9, 'oz/yd²|oz/yd2|oz/sq ?yd'],
];
export const isWideAreal = (near: number, far: number): boolean => far > near * 1.1;
/**
 * A coat's or a film's thickness in microns. A band is how such a thickness is specified ("zinc 8-12 µm", "powder
 * coat 60-100 µm": each end is checked by gauge), so only a span of more than three times ("0.3-3 µm", "2-10 micron")
 * leaves the coat anything from a flash to a heavy plate.
 */
const MICRON: [number, string][] = [[1, 'µm|μm|um|microns?|micrones|micras?|mikron|мкм|微米']];
export const isWideMicron = (near: number, far: number): boolean => far > near * 3;
/** The dash or word between a range's ends, in the languages read. Shared with wide-power.ts. */
export const RANGE_SEP = String.raw`\s{0,2}(?:-|–|—|~|～|to|à|a|bis|do|до|到|至)\s{0,2}`;
const SEP = RANGE_SEP;
/** A range is wide when its far end is more than 1.5 times its near end (sizes, weights and rated powers alike). */
export const isWideRange = (near: number, far: number): boolean => far > near * 1.5;
/**
 * "Power: approx. 1500-2000 W", "Putere: aprox. 1500-2000 W", "Gewicht: ca. 8-10 kg": a range the line only estimates.
 * Its ends are no bounds either, so a spread a fifth wide is already more than a spec allows. One cut-off for every
 * hedged range the spec rules read (sizes, weights, rated powers here; hardness and ratings in open-promises.ts):
 * "approx. 220-240 V" (1.09) stays a loosely written band, "approx. 1000-1200 W" (1.2) is a spread that leaves the
 * rating open.
 */
export const HEDGED_RANGE_CUTOFF = 1.15;
export const isWideHedged = (near: number, far: number): boolean =>
  near > 0 && far > near * HEDGED_RANGE_CUTOFF;
export const HEDGE_BEFORE = new RegExp(`(?:${APPROX_BEFORE})\\s{0,2}$`, 'iu');
/** Whether an approximation word stands right before the range starting at `start` in `value`. */
const hedged = (value: string, start: number): boolean =>
  HEDGE_BEFORE.test(value.slice(Math.max(0, start - 30), start));
/**
 * The wide ranges after a clause's label (rated power, battery capacity), with their position in `text`. `range`
 * captures near figure, near unit, far figure, far unit; `factor` scales a unit to the base one. A rated figure
 * outside every wide range (`single`: "1500W (1200-1500W)") is the spec, and `excused` names what a range is for.
 * Shared by wide-power.ts and wide-capacity.ts.
 */
export function wideRangesAfterLabel(
  text: string,
  o: {
    label: string;
    range: string;
    single: string;
    factor: (unit: string | undefined) => number;
    excused?: (value: string, range: Match) => boolean;
  },
): Match[] {
  const label = new RegExp(o.label, 'iu').exec(text);
  if (!label) return [];
  const value = text.slice(label[0].length);
  const wide = findAll(o.range, value).filter((m) => {
    if (o.excused?.(value, m)) return false;
    const parts = new RegExp(o.range, 'iu').exec(m.text);
    if (!parts) return false;
    const near = Number(parts[1]!.replace(',', '.')) * o.factor(parts[2] ?? parts[4]);
    const far = Number(parts[3]!.replace(',', '.')) * o.factor(parts[4]);
    return near > 0 && (isWideRange(near, far) || (hedged(value, m.start) && isWideHedged(near, far)));
  });
  if (wide.length === 0) return [];
  const outside = wide.reduce(
    (v, m) => v.slice(0, m.start) + ' '.repeat(m.end - m.start) + v.slice(m.end),
    value,
  );
  if (test(o.single, outside)) return [];
  return wide.map((m) => ({ ...m, start: m.start + label[0].length, end: m.end + label[0].length }));
}
/** What the range is made to cover, not what one piece measures. */
const COVERS = latinWords([
  'adjustable',
  'extendable',
  'extends?',
  'telescopic',
  'retractable',
  'expandable',
  'stretch(?:able|y)?',
  'elastic',
  'fits?',
  'suitable',
  'for (?:waist|head|wrist|neck|chest|children|kids|ages?|pots?|pipes?|tubes?|screens?|tvs?|phones?)',
  'range',
  'load',
  'capacity',
  'max(?:imum)?',
  'up to',
  'réglable',
  'extensible',
  'ajustable',
  'extensible',
  'verstellbar',
  'ausziehbar',
  'regolabile',
  'allungabile',
  'regulowan[ya]',
  'ayarlanabilir',
  // The same adjustable, telescopic and clamping ranges in the other languages read: "60-110 cm regulable",
  // "1,2-2,4 m telescópico", "60-120 cm bisa diatur", "65-135 cm verstelbaar", "20-32 mm Spannbereich",
  // "16-25 mm (rango de sujeción)", "12-20 mm sıkma aralığı", "16-27 mm faixa de aperto".
  'regulable',
  'regulável',
  'ajustável',
  'telesc[oó]pic[oa]s?',
  'télescopique',
  'telescopic[oa]',
  'teleskop\\p{L}*',
  'extensível',
  '(?:bisa|dapat) (?:diatur|disesuaikan)',
  'verstelbaar',
  'uitschuifbaar',
  'instelbaar',
  '(?:spann|klemm|verstell|einstell)bereich',
  'rango de (?:sujeci[oó]n|ajuste|apriete)',
  'faixa de (?:aperto|ajuste|fixação)',
  '(?:sıkma|sikma|ayar) aral[ıi][gğ][ıi]',
  'regulacj\\p{L}*',
]);
/** Words in scripts the Latin boundaries do not bound: Vietnamese tones, Cyrillic. */
const COVERS_SCRIPT = scriptWords([
  '(?:có thể )?điều chỉnh',
  'co giãn',
  'регулируем\\p{L}*',
  'раздвижн\\p{L}*',
  'телескопическ\\p{L}*',
  'диапазон\\p{L}*',
]);
// "不可调节", "不能调节", "无法调节" (cannot be adjusted) deny the word as "不可调" does: the denial may stand two
// characters before it.
const COVERS_CJK = /(?<!不|不可|不能|无法|無法|没法|不可以|非)(?:可调|伸缩|适用|适合|调节)/u;
/**
 * "no regulable", "not adjustable", "nicht verstellbar", "tidak bisa diatur", "không điều chỉnh được", "不可调": the
 * word denied names no range the goods cover, so the range is one piece's size left open (red team, stop 36).
 */
const DENIED_BEFORE = /(?:\b(?:no|not|non|nicht|niet|não|nao|tidak|kein\p{L}*|nie)|не|không)[\s-]{0,2}$/iu;
const DENIED_AFTER =
  /^\s{0,2}(?:\p{L}+\s{1,2})?(?:niemożliw\p{L}*|not possible|impossible|imposible|không được)/iu;

/** Whether the value says, without denying it, what its range is made to cover. */
export function saysItCovers(value: string): boolean {
  const words = [...findAll(COVERS, value), ...findAll(COVERS_SCRIPT, value)];
  const undenied = words.some(
    (m) =>
      !DENIED_BEFORE.test(value.slice(Math.max(0, m.start - 12), m.start)) &&
      !DENIED_AFTER.test(value.slice(m.end)),
  );
  return undenied || COVERS_CJK.test(value);
}

function unitPattern(table: [number, string][]): string {
  return table.map(([, u]) => u).join('|');
}

function factor(table: [number, string][], unit: string): number | undefined {
  return table.find(([, u]) => new RegExp(`^(?:${u})$`, 'iu').test(unit.trim()))?.[0];
}

function ranges(
  value: string,
  table: [number, string][],
  wide: (near: number, far: number) => boolean = isWideRange,
): Match[] {
  const units = unitPattern(table);
  const re = `(?<![\\d.,])(${NUM})\\s{0,2}(${units})?${SEP}(${NUM})\\s{0,2}(${units})(?![A-Za-zА-я])`;
  return findAll(re, value).filter((m) => {
    const parts = new RegExp(re, 'iu').exec(m.text);
    if (!parts) return false;
    const near = Number(parts[1]!.replace(',', '.'));
    const far = Number(parts[3]!.replace(',', '.'));
    const farUnit = factor(table, parts[4]!);
    const nearUnit = parts[2] ? factor(table, parts[2]) : farUnit;
    if (!farUnit || !nearUnit || near <= 0) return false;
    const [n, f] = [near * nearUnit, far * farUnit];
    return wide(n, f) || (hedged(value, m.start) && isWideHedged(n, f));
  });
}

/** The wide ranges in a size- or weight-labelled value, unless the value says what the range is made to cover. */
export function wideMeasures(value: string, kind: 'size' | 'weight'): Match[] {
  if (saysItCovers(value)) return [];
  if (kind === 'size') return [...ranges(value, LENGTH), ...ranges(value, MICRON, isWideMicron)];
  return [...ranges(value, MASS), ...ranges(value, AREAL, isWideAreal)];
}

/** Grammage ranges wider than a mill's ±5 % ("250-400gsm"), wherever a paper or a board names them (paper-grade.ts). */
export const wideGrammages = (value: string): Match[] => ranges(value, AREAL, isWideAreal);

/** The wide ranges of a size- or weight-labelled clause's value, as findings' hits with their reason and fix. */
export function wideMeasureHits(clause: Clause, kind: 'size' | 'weight'): VagueHit[] {
  const span = valueRange(clause);
  if (!span) return [];
  return wideMeasures(clause.text.slice(span.start, span.end), kind).map((m) => ({
    start: span.start + m.start,
    end: span.start + m.end,
    why: msg('spec.why.measureRange'),
    fix: msg('spec.fix.measureRange', { seen: m.text }),
  }));
}
