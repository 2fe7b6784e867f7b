/**
 * "Capacity: large enough for a 15.6 inch laptop", "Filling: enough filling, not flat", "Relleno: suficiente",
 * "填充：饱满充足": a capacity or a fill answered with "enough" instead of a figure. Enough for what the supplier had
 * in mind: a bag that takes the laptop and nothing else, a cushion stuffed until it looks full. A figure the clause
 * gives for the goods themselves (25 L, 300 g) answers it; the size of what goes in ("for a 15.6 inch laptop") does
 * not, it says what must fit, not how much room there is. "Enough" held to a published standard ("sufficient for a
 * 5 kg load per EN 60456") is no longer the supplier's eye: the standard fixes how the room or the load is measured.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { performanceDetector } from './detect-performance';
import type { AttributeDetector } from './detector';
import { namedStandardSpans } from './named-record';
import { cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { vagueFinding } from './spec-finding';

const ENOUGH = [
  'enough',
  'sufficient(?:ly)?',
  'adequate(?:ly)?',
  'ample',
  'plenty(?: of)?',
  'suficientes?',
  'suficientemente',
  'bastante',
  'suffisant(?:e|es|s)?',
  'suffisamment',
  'assez',
  'ausreichend(?:e|er|es)?',
  'genug',
  'genügend',
  'sufficiente',
  'abbastanza',
  'voldoende',
  'wystarczając\\p{L}*',
  'yeterli',
  'cukup',
  'đủ',
  'достаточн\\p{L}*',
];
const ENOUGH_WORD = `(?:${latinWords(ENOUGH)}|${cjk(['足够', '充足', '充分', '饱满', '十分'])})`;

/** The fill of a cushion, a pillow, a jacket, a toy: what "enough" would otherwise leave to the eye. */
const FILL_NOUN =
  'filling|fill|stuffing|padding|wadding|down fill|relleno|rembourrage|garnissage|Füllung|enchimento|recheio|imbottitura|vulling|wypełnienie|dolgu|isian|ruột|наполнител\\p{L}*';
const FILL_CJK = '填充(?:物|棉)?|充棉|棉量|中綿';
/** A capacity or a fill named as the clause's label: "Capacity:", "Filling:", "容量：". */
const MEASURE_LABEL = new RegExp(
  `^\\s{0,3}(?:(?:\\p{L}+\\s){0,2}(?:capacity|volume|${FILL_NOUN}|capacidad|capacité|Fassungsvermögen|Kapazität|Volumen|capacidade|capacità|capaciteit|inhoud|pojemność|kapasite|kapasitas|dung tích|вместимость|объ[её]м)|容量|${FILL_CJK})\\s{0,2}[:：]`,
  'iu',
);
/**
 * "耐荷重：十分（家庭用）", "Tragfähigkeit: ausreichend", "Load capacity: sufficient for home use": a load rating answered
 * with "enough". Only when the value writes no figure at all: "enough for 150 kg" names the load after all.
 */
const LOAD_LABEL =
  /^\s{0,3}(?:(?:\p{L}+\s){0,2}(?:load(?: capacity| rating| bearing)?|bearing capacity|weight capacity|carrying capacity|Tragkraft|Tragfähigkeit|Belastbarkeit|(?:capacidad de )?carga(?: máxima)?|charge (?:maximale|admissible)|capacité de charge|portata|capacità di carico|capacidade de carga|draagvermogen|nosnost|udźwig|obciążenie|taşıma kapasitesi|tải trọng|daya dukung|нагрузка|грузоподъ[её]мность|навантаження)|耐荷重|承重|载重|承载(?:力|重量)?|荷重|하중)\s{0,2}(?:\([^)]{0,12}\)\s{0,2})?[:：]/iu;
/** "enough filling", "filling enough", "relleno suficiente", "填充饱满": the fill and the word side by side. */
const ENOUGH_FILL = `(?:${ENOUGH_WORD}\\s{0,2}(?:${FILL_NOUN}|${FILL_CJK})|(?:${FILL_NOUN}|${FILL_CJK})\\s{0,2}(?:is\\s|es\\s|est\\s|ist\\s|é\\s)?${ENOUGH_WORD})`;
/** A figure of the goods' own room or fill: 25 L, 1.5 litres, 300 g, 8 oz, 120 gsm, 50 cm. */
const OWN_FIGURE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:l|L|ltrs?|lit(?:re|er)s?|ml|cl|g|gr|kg|oz|lbs?|gsm|g\/m²|cu\.?\s?ft|升|毫升|克|公斤)(?![\p{L}\d])/u;
/** "for a 15.6 inch laptop", "to fit A4 files", "para portátil de 15,6″": what must fit, cut before figures are read. */
const FIT_COMPLEMENT =
  /\b(?:for|to (?:fit|hold|carry|take)|fits?|para|pour|für|per|voor|dla|için|untuk|cho)\b[^,;，；]{0,60}/giu;

/**
 * "per EN 60456", "according to IEC 60436", "tested to EN 50242", "conforme à la norme EN 60456": a lead-in that holds
 * the clause to the standard right after it. A standard merely mentioned elsewhere (a CE mark's code) is not read.
 */
const HELD_TO =
  /(?<![\p{L}])(?:as per|per|according to|to|under|tested (?:to|per|under|in accordance with)|rated (?:to|per|under)|in accordance with|as defined (?:in|by)|conforming to|según|conforme a|selon|conformément à|gemäß|nach|secondo|volgens|zgodnie z|sesuai)\s{1,3}(?:(?:the\s|la\s|norma\s|norme\s|Norm\s|standard\s){0,2})/giu;

function heldToAStandard(text: string): boolean {
  const standards = namedStandardSpans(text);
  return [...text.matchAll(HELD_TO)].some((m) =>
    standards.some((s) => s.start === (m.index ?? 0) + m[0].length),
  );
}

const WHY = msg('spec.why.performance');
const FIX_CAPACITY = msg('spec.fix.performance', {
  example: 'main compartment 25 L (45 × 30 × 18 cm inside), laptop sleeve 38 × 26 × 3 cm',
});
const FIX_FILL = msg('spec.fix.performance', {
  example: 'filling 300 g ±10 g per cushion, 7D hollow conjugated polyester fibre',
});

/**
 * "Bolts M10 - strong enough for machine use", "suffisamment solide", "abbastanza resistente", "足够结实": a strength
 * praised as enough, on any line. Enough for the use the supplier pictures; the order names no load, class or test.
 */
const STRONG = [
  '(?:strong|sturdy|tough|robust|rigid|stiff|durable|solid|hard)',
  '(?:fuertes?|resistentes?|robust[oa]s?|sólid[oa]s?|rígid[oa]s?|dur[oa]s?)',
  '(?:solides?|résistante?s?|robustes?|rigides?)',
  '(?:stabil|fest|robust|belastbar|steif)(?:e|er|es)?',
  '(?:fort[ie]|forte|resistent[ei]|robust[oi]|rigid[oi]|solid[oi])',
  '(?:mocn|wytrzymał|sztywn|solidn)\\p{L}*',
  '(?:прочн|крепк|жестк|жёстк)\\p{L}*',
];
const STRONG_ENOUGH = `(?:${latinWords([
  `${STRONG[0]} enough`,
  `(?:sufficiently|adequately) ${STRONG[0]}`,
  `(?:lo )?(?:suficientemente|bastante) ${STRONG[1]}`,
  `(?:suffisamment|assez) ${STRONG[2]}`,
  `(?:ausreichend|genügend|genug) ${STRONG[3]}`,
  `${STRONG[3]} genug`,
  `(?:abbastanza|sufficientemente) ${STRONG[4]}`,
  `(?:wystarczająco|dostatecznie) ${STRONG[5]}`,
])}|${scriptWords([`достаточно ${STRONG[6]}`])}|${cjk(['(?:足够|够)(?:结实|牢固|坚固|强|硬)', '强度(?:足够|够用|充足)'])})`;
/**
 * A strength the order can test: a force or stress, a bolt's property class, a load in kilograms, a standard, or a
 * carton board's own strength ("5-ply, 32 ECT", "BCT 450 kgf", "burst 200 psi", "BC flute, double wall").
 */
const STRENGTH_FIGURE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:k?N|MPa|kPa|psi|N\/mm²?|kgf|kg|lbs?|t|ECT|BCT)(?![\p{L}\d])|\b(?:ECT|BCT|burst(?:ing)?(?: strength)?)\s{0,2}[:=]?\s{0,2}\d|(?<![\d.,])[357]\s?-?\s?ply\b|\b(?:[A-E]{1,2} ?flute|double[- ]wall|triple[- ]wall)\b|(?<![\d.])(?:4\.6|4\.8|5\.6|5\.8|6\.8|8\.8|9\.8|10\.9|12\.9)(?![\d.])|\b(?:ISO|EN|DIN|ASTM|GB|JIS|SAE)\s{0,2}\d/iu;
const FIX_STRENGTH = msg('spec.fix.performance', {
  example: 'property class 8.8 per ISO 898-1 (tensile ≥ 800 MPa)',
});

const FIX_LOAD = msg('spec.fix.performance', {
  example: 'static load 150 kg per EN 1728, no permanent deformation',
});

function strongEnough(clause: Clause): Finding[] {
  const text = clause.text;
  const hit = findAll(STRONG_ENOUGH, text)[0];
  if (!hit || STRENGTH_FIGURE.test(text) || heldToAStandard(text)) return [];
  return [
    vagueFinding('performance', clause, { start: hit.start, end: hit.end, why: WHY, fix: FIX_STRENGTH }),
  ];
}

function figureOfItsOwn(value: string): boolean {
  return OWN_FIGURE.test(value.replace(FIT_COMPLEMENT, ' '));
}

export const enoughMeasureDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const load = LOAD_LABEL.exec(text);
    if (load && !/\d/u.test(text.slice(load[0].length)) && !heldToAStandard(text)) {
      const word = findAll(ENOUGH_WORD, text.slice(load[0].length))[0];
      if (word) {
        const at = { start: word.start + load[0].length, end: word.end + load[0].length };
        if (
          !toldByPerformance(
            vagueFinding('performance', clause, { ...at, why: WHY, fix: FIX_STRENGTH }),
            clause,
            line,
          )
        )
          return [vagueFinding('performance', clause, { ...at, why: WHY, fix: FIX_LOAD })];
        return [];
      }
    }
    const labelled = MEASURE_LABEL.exec(text);
    const hits = labelled
      ? findAll(ENOUGH_WORD, text.slice(labelled[0].length)).map((m) => ({
          start: m.start + labelled[0].length,
          end: m.end + labelled[0].length,
        }))
      : findAll(ENOUGH_FILL, text);
    if (hits.length === 0) return strongEnough(clause).filter((f) => !toldByPerformance(f, clause, line));
    if (figureOfItsOwn(text) || heldToAStandard(text)) return [];
    const fill = new RegExp(`${FILL_NOUN}|${FILL_CJK}`, 'iu').test(text);
    const first = hits[0]!;
    // Quote from the size word before "enough" ("large enough") when there is one.
    const before = /(?:[\p{L}-]+\s)$/u.exec(text.slice(Math.max(0, first.start - 20), first.start));
    const start =
      before && !test(ENOUGH_WORD, before[0]) && !labelled?.[0].endsWith(before[0])
        ? first.start - before[0].length
        : first.start;
    // "Capacity: large enough for a laptop" may already be told by the performance rule: the buyer hears it once.
    const at = { start: clause.start + start, end: clause.start + first.end };
    const told = performanceDetector
      .detect(clause, line)
      .some((f) => f.span && f.span.start < at.end && at.start < f.span.end);
    if (told) return [];
    return [
      vagueFinding('performance', clause, {
        start,
        end: first.end,
        why: WHY,
        fix: fill ? FIX_FILL : FIX_CAPACITY,
      }),
    ];
  },
};

/** Whether the performance rule already quotes the stretch the finding covers ("Strength: strong enough"). */
function toldByPerformance(finding: Finding, clause: Clause, line: string): boolean {
  const span = finding.span;
  if (!span) return false;
  return performanceDetector
    .detect(clause, line)
    .some((f) => f.span && f.span.start < span.end && span.start < f.span.end);
}
