/**
 * vague-weight: "light weight", "Weight: heavy", a weight without unit or an
 * estimate ("approx. 1.2 kg", "约1公斤").
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { leftToStock, weightAlternatives } from './alternatives';
import type { Clause } from './clauses';
import { openToOther } from './custom-value';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { aboutPackMarks, grossNetFieldOnly, printedOnThePack } from './mark-fields';
import { pointsToNumberedTable } from './numbered-table';
import { openPlusMinus } from './open-plus-minus';
import {
  APPROX_AFTER_WORDS,
  APPROX_BEFORE,
  anyOf,
  cjk,
  convertsTheValueBefore,
  findAll,
  latinWords,
  NUMBER,
  RANGE_SEP,
  regex,
  test,
  WEIGHT_UNIT,
} from './patterns';
import { UNDECIDED } from './reference-lexicon';
import { type VagueHit, vagueFinding } from './spec-finding';
import { WEIGHT_VALUE } from './units';
import { wideMeasureHits } from './wide-measure';

const LIGHT_WORDS = anyOf(
  latinWords([
    'light[- ]?weight',
    '(?:ultra|super|extra)[- ]?light',
    'very light',
    'light enough',
    'as light as possible',
    'heavy[- ]?weight',
    'only a few grams',
    // "leicht" also means "easy" ("leicht zu reinigen"): only read where it is about weight.
    'leichte[sr]? Gewicht',
    '(?:sehr|extrem|super|ultra)[- ]?leicht(?!\\s+(?:zu|zum|zur)\\b)',
    'federleicht',
    'Leichtgewicht',
    '(?:muy |súper |super |ultra)?liger[oa]s?(?: de peso)?',
    'peso ligero',
    '(?:très |ultra[- ]?)légère?s?',
    'poids léger',
    '(?:muito |super )leve',
    'peso leve',
    'levíssim[oa]',
    '(?:molto |super |ultra)?legger(?:[oai]|issim[oa])',
    'peso leggero',
  ]),
  cjk(['轻便', '重量轻', '很轻', '超轻', '轻巧']),
);
/**
 * "150 g/m² (±5%)", "15 kg (±10 %)": a percentage band in brackets is the weight's tolerance, one a scale checks (the
 * size rule reads "1.6 mm ±10%" so). Only a share wider than a tenth ("2 kg (±20%)") is loose enough to be a guess.
 */
const LOOSE_PERCENT = String.raw`(?:\+\/-|±)\s{0,3}(?:1[1-9]|[2-9]\d|\d{3})(?:[.,]\d{1,3})?\s{0,3}%`;
const APPROX_IN_BRACKETS = anyOf(APPROX_AFTER_WORDS, LOOSE_PERCENT);
const APPROX_WEIGHT = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}\\s{0,3}${WEIGHT_UNIT}`,
  // "around 280-300 gsm": a span that is itself a guess, so not even its ends bind.
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}${RANGE_SEP}${NUMBER}\\s{0,3}${WEIGHT_UNIT}`,
  `${NUMBER}\\s{0,3}${WEIGHT_UNIT}\\s{0,3}${APPROX_AFTER_WORDS}`,
  // "2 kg (approx.)", "350 g (circa)": the estimate in brackets after the value, as sizes are read. Not when a figure
  // follows the word: "500 g (approx. 17.6 oz)" is the value converted, the estimate is the conversion's.
  `${NUMBER}\\s{0,3}${WEIGHT_UNIT}\\s{0,3}[(（]\\s{0,3}${APPROX_IN_BRACKETS}(?:[)）]|(?![.:]?\\s{0,3}[~≈]?\\s{0,3}\\d))`,
);
/** Inside a weight-labelled clause even a bare estimate counts: "Weight: about 200", "净重：200左右". */
const APPROX_ANY = anyOf(`${APPROX_BEFORE}\\s{0,3}${NUMBER}`, `${NUMBER}\\s{0,3}${APPROX_AFTER_WORDS}`);

function weightFix(seen: string): Msg {
  const m = new RegExp(`(${NUMBER})\\s{0,3}(${WEIGHT_UNIT})?`, 'iu').exec(seen);
  if (m?.[1]) {
    const value = Number(m[1].replace(',', '.'));
    const unit = m[2] ?? 'g';
    const spread = Math.max(value * 0.02, unit.startsWith('k') || unit.startsWith('l') ? 0.02 : 1);
    const low = Math.round((value - spread) * 100) / 100;
    const high = Math.round((value + spread) * 100) / 100;
    return msg('spec.fix.weightValue', { value: m[1], unit, low: String(low), high: String(high) });
  }
  return msg('spec.fix.weight');
}

const WHY = msg('spec.why.weight');

/**
 * "side mark: … N.W./G.W. in kg", "Gross weight (kg):": a field of a carton mark or a packing-list template names
 * the unit its figure will be written in; it promises no weight, as an empty cell promises none. The fields may be
 * joined by a word ("peso bruto e líquido (kg)", "gross and net (kg)").
 */
const FIELD_UNIT_ONLY = new RegExp(
  `^(?:(?:[/,&]|(?:and|e|y|et|und)(?=\\s))?\\s{0,2}(?:N\\.?\\s?W\\.?|G\\.?\\s?W\\.?|net|gross|neto|bruto|brut|netto|brutto|l[ií]quido|liquide)\\s{0,2})*(?:[(（]\\s{0,2})?(?:in|en|em|im|单位)?\\s{0,2}${WEIGHT_UNIT}\\s{0,2}[)）]?$`,
  'iu',
);

/**
 * "approx. 1.8 kg per unit, acceptance tolerance ±50 g": the estimate is then bound by a tolerance the line names as
 * one, in grams, kilograms or per cent, so each unit can be weighed and refused. A ± alone may be another item's.
 */
const TOLERANCE_AFTER = regex(
  `^[^;|。；]{0,40}?(?:tolerances?|toleranz|tolérances?|tolerancias?|tolerâncias?|toleranz[ae]|toleranslar|dung sai|公差|允差)\\s{0,2}(?:of\\s|de\\s|von\\s)?[:：]?\\s{0,2}(?:±|\\+/-|\\+-)\\s{0,2}${NUMBER}\\s{0,2}(?:${WEIGHT_UNIT}|%)`,
  'iu',
);

/**
 * A tolerance taken back in the same clause: "±50 g or as per actual production", "subject to actual production",
 * "o según producción real", "ou selon la production", "oder je nach Produktion", "以实际生产为准". The band then binds
 * nothing, and the "approx." before it stays what it was.
 */
const TOLERANCE_TAKEN_BACK = regex(
  `^[^;|。；]{0,80}?(?:\\bor\\s+(?:as\\s+per|according\\s+to|based\\s+on)\\b|\\bsubject\\s+to\\s+(?:the\\s+)?actual|\\bas\\s+per\\s+actual|\\bdepend(?:s|ing)\\s+on|\\bo\\s+seg[uú]n|\\bseg[uú]n\\s+(?:la\\s+)?producci[oó]n|\\bou\\s+selon|\\bselon\\s+(?:la\\s+)?production|\\boder\\s+(?:je\\s+)?nach|\\bje\\s+nach\\s+produktion|\\bou\\s+conforme|\\bo\\s+secondo|\\bили\\s+по|以实际|按实际|视实际)`,
  'iu',
);

/**
 * "Weight tolerance: ±4.5%", "تفاوت الوزن ±4.5%", "Gewichtstoleranz: ±2 %": the field is the weight's tolerance, not the
 * weight, and its figure is the band. Read so only when the label names the tolerance and the value is a signed band
 * with its figure (the tidied value may have lost the "-" of "-1%/+2%"); "Weight: ±4.5%" alone still names no weight.
 */
const TOLERANCE_LABEL = regex(
  `(?:tol[eé]r[aâ]n\\p{L}*|tol\\.|deviation|desvio|desviaci[oó]n|écart|Abweichung|sapma|dung sai|odchyłka|допуск|تفاوت|تسامح|السماحية|انحراف|公差|允差|偏差)`,
  'iu',
);
const SIGNED_BAND = regex(
  // Turkish writes the per cent sign first: "±%5".
  `^(?:±|\\+\\s?/\\s?-|\\+-)\\s{0,2}%\\s{0,2}${NUMBER}$|^(?:(?:±|\\+\\s?/\\s?-|\\+-)\\s{0,2}${NUMBER}|[-−]?\\s{0,2}${NUMBER}\\s{0,2}(?:%|${WEIGHT_UNIT})?\\s{0,2}/\\s{0,2}\\+\\s{0,2}${NUMBER})\\s{0,2}(?:%|${WEIGHT_UNIT})$`,
  'iu',
);

/** "gramaj toleransı ±%5", "weight tolerance ±5%": the tolerance's own word opens the value, then its band. */
const LEADING_TOLERANCE = regex(`^${TOLERANCE_LABEL.source}\\s{0,2}[:：]?\\s{0,2}`, 'iu');

function toleranceField(text: string, valueStart: number, value: string): boolean {
  if (TOLERANCE_LABEL.test(text.slice(0, valueStart)) && SIGNED_BAND.test(value.trim())) return true;
  // The weight's figure stands in the clause before; this clause only bands it (stop 44).
  const first = value.split(/[,;，；]/u)[0]!.trim();
  const lead = LEADING_TOLERANCE.exec(first);
  return lead !== null && SIGNED_BAND.test(first.slice(lead[0].length));
}

/**
 * "about 2 kg ±0.1 kg", "約2kg ±0.1kg", "около 2 кг ±0,1 кг": a band written straight after the estimated figure is
 * that figure's own tolerance, whatever word stood before it, so the weight can be checked and refused. Only when it
 * touches the figure: a ± further on may be another item's.
 */
const BAND_AT_FIGURE = regex(
  `^\\s{0,3}(?:${WEIGHT_UNIT}\\s{0,3})?[(（]?\\s{0,2}(?:±|\\+\\s?/\\s?-|\\+-)\\s{0,2}${NUMBER}\\s{0,2}(?:${WEIGHT_UNIT}|%)?(?![\\p{L}\\d])`,
  'iu',
);

function boundByTolerance(text: string, end: number): boolean {
  const after = text.slice(end);
  const band = TOLERANCE_AFTER.exec(after) ?? BAND_AT_FIGURE.exec(after);
  return band !== null && !TOLERANCE_TAKEN_BACK.test(after.slice(band[0].length));
}

function hit(start: number, end: number, seen: string): VagueHit {
  return { start, end, why: WHY, fix: weightFix(seen) };
}

export const weightDetector: AttributeDetector = {
  attribute: 'weight',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const labelled = clause.attribute === 'weight';
    const searchable =
      clause.attribute && !labelled ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart) : text;
    const hits: VagueHit[] = [
      ...findAll(LIGHT_WORDS, searchable),
      ...findAll(APPROX_WEIGHT, searchable).filter(
        (m) => !convertsTheValueBefore(searchable, m.start) && !boundByTolerance(searchable, m.end),
      ),
      // "100g+/-": a plus-or-minus with no figure leaves the weight's spread to the supplier.
      ...openPlusMinus(
        searchable,
        labelled ? `${NUMBER}(?:\\s{0,3}${WEIGHT_UNIT})?` : `${NUMBER}\\s{0,3}${WEIGHT_UNIT}`,
      ),
    ].map((m) => hit(m.start, m.end, m.text));
    hits.unshift(...weightAlternatives(searchable));
    if (labelled) {
      hits.unshift(...leftToStock(text));
      // "Weight: 380 g, or customized": the weight given, then the offer to make any other.
      hits.push(...openToOther(clause));
      // "Weight: 1-3 kg": one piece may weigh anything inside a wide range.
      hits.push(...wideMeasureHits(clause, 'weight'));
      // "500 GSM (measuring method to be advised)", "380 g, tolerance TBC": the figure given, but what it is
      // measured by or held to is left for later, so the supplier can still say the figure was met.
      const given = valueRange(clause);
      if (given && test(WEIGHT_VALUE, text.slice(given.start, given.end)))
        for (const m of findAll(UNDECIDED, text.slice(given.start, given.end)))
          hits.push(hit(given.start + m.start, given.start + m.end, m.text));
      for (const m of findAll(APPROX_ANY, text))
        if (!convertsTheValueBefore(text, m.start) && !boundByTolerance(text, m.end))
          hits.push(hit(m.start, m.end, m.text));
      const range = valueRange(clause);
      // "N.W. (kg), CTN x/y": the unit field may be followed by the mark's next fields, none of them a weight.
      const value = range ? text.slice(range.start, range.end) : '';
      // "Etykiety kartonów: …, waga brutto/netto, …": on a pack's mark the two weights are named as its fields.
      const fieldOnly =
        (FIELD_UNIT_ONLY.test(value.split(/[,;，；]/u)[0]!.trim()) ||
          (grossNetFieldOnly(value) && aboutPackMarks(line))) &&
        !test(WEIGHT_VALUE, value);
      if (
        hits.length === 0 &&
        range &&
        !fieldOnly &&
        !test(WEIGHT_VALUE, text) &&
        !toleranceField(text, clause.valueStart, value) &&
        // "Füllgewicht: siehe Größentabelle Anlage 2": the figure is in a numbered table (numbered-table.ts).
        !pointsToNumberedTable(value) &&
        // "Net weight 12.4 kg ±0.3; gross weight printed on each carton": where a figure is written, beside a figure.
        !(
          printedOnThePack(value) &&
          test(WEIGHT_VALUE, line.slice(0, clause.start) + line.slice(clause.start + text.length))
        )
      ) {
        hits.push(hit(range.start, range.end, text.slice(range.start, range.end)));
      }
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('weight', clause, h));
  },
};
