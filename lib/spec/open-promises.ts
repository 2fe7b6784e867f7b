/**
 * Promises a supplier writes in place of a figure, of four kinds:
 * - a defect said to be absent: "no flicker", "no opening problem", "no fake capacity". Absent by what test, at
 *   what limit? (Flicker has IEEE 1789 percentages; sole bonding a peel strength in N/mm.)
 * - acceptance left to someone's eye: "accepted if it looks ok to our agent", "a few minor defects are acceptable".
 *   How many, of which class, is what an AQL table says and this does not.
 * - terms that follow something settled later: "price according to market", "packing list will follow the actual
 *   loading". Whatever the day brings is the term.
 * - a measured property given as an estimate: "hardness around HRC 50", "output about 12 V". A hardness or a
 *   voltage is checked against limits; "around" sets none (sizes and weights are their own rules' to read).
 * Modelled on supplier answers in sourcing guides and buyers' complaint threads (see the round-21b case file).
 */

import { msg } from '../i18n/msg';
import { ASCII_FIGURE_START, anyOf, FIGURE_START, findAll, latinWords, regex, test } from './patterns';
import { RATING_ESTIMATE_AFTER, RATING_ESTIMATE_BEFORE } from './rating-estimate';
import type { VagueHit } from './spec-finding';
import { isWideHedged } from './wide-measure';

const DEFECT_ABSENT = latinWords([
  'no (?:flicker(?:ing)?|fading|leak(?:ing|age)?|rust(?:ing)?|smell|odou?r|peeling|cracking|shrinking|pilling|deformation)(?= *(?:$|[,;.!]| (?:at all|problems?|issues?)))',
  'no (?:fake|false|virtual) (?:capacity|power|mAh|specs?|data)',
  '(?:no|without) (?:any )?(?:opening|leaking|fading|quality|glue|gluing|stitching|welding|bonding|peeling|breaking|cracking|rust|colou?r) (?:problems?|issues?)',
]);
const BY_EYE = latinWords([
  '(?:if|when|as long as|once) (?:it |they |the (?:goods|lot|items?|products?) )?looks? (?:ok|okay|good|fine|acceptable|nice|alright)',
  '(?:a few|some|few|small|minor|little) (?:minor |small |little |slight )?(?:defects?|flaws?|imperfections?|scratches|marks|blemishes) (?:are |is )?(?:acceptable|allowed|ok|okay|accepted|permitted|tolerated)',
  // The same allowance, adjective before or after the defect, in the other languages a QC line is written in:
  // "petits défauts tolérés", "pequeños defectos aceptables", "kleine Fehler zulässig", "lievi difetti ammessi".
  '(?:de |quelques )?(?:petits|légers|menus) (?:défauts|imperfections) (?:sont )?(?:tolérés|acceptés|acceptables|admis|autorisés)',
  '(?:des )?(?:défauts|imperfections) (?:mineurs|légers) (?:sont )?(?:tolérés|acceptés|acceptables|admis|autorisés)',
  '(?:pequeños|leves|ligeros|algunos) (?:defectos|fallos|imperfecciones) (?:son )?(?:aceptables|aceptados|tolerados|permitidos|admitidos)',
  '(?:defectos|imperfecciones) (?:menores|leves) (?:son )?(?:aceptables|aceptados|tolerados|permitidos|admitidos)',
  '(?:pequenos|leves|alguns) (?:defeitos|imperfeições) (?:são )?(?:aceitáveis|aceitos|tolerados|permitidos)',
  '(?:piccoli|lievi|leggeri|alcuni) (?:difetti|imperfezioni) (?:sono )?(?:accettabili|accettati|tollerati|ammessi|consentiti)',
  '(?:kleine|kleinere|leichte|geringe|einige) (?:Fehler|Mängel|Defekte|Unregelmäßigkeiten) (?:sind )?(?:zulässig|akzeptabel|erlaubt|toleriert|tolerierbar)',
  '(?:drobne|małe|niewielkie) (?:wady|defekty|usterki) (?:są )?(?:dopuszczalne|akceptowalne|tolerowane|dozwolone)',
]);
const FOLLOWS_LATER = latinWords([
  'prices? (?:is |are |will be )?(?:according to|follows?|following|based on|subject to|depends? on|as per|will follow|floats? with) (?:the )?(?:current |actual |real-?time )?market(?: prices?| situation| conditions?)?',
  '(?:according to|follows?|following|will follow|as per|based on) (?:the )?actual (?:loading|shipment|shipping|production|packing|quantity|quantities|weight)',
]);
/** Property scales and units that sizes and weights do not read. */
// The units as each script writes them too: "450 Вт", "12 В", "450 واط", "450 وات", "450 וואט", "450 वाट", "450 วัตต์",
// "450와트", "450瓦": an estimate of a rating reads the same whatever script names its unit ("около 800 лм" too), and
// so does a unit spelt out ("ca. 1000 Lumen", "environ 1000 lumens", "约1000流明", "約1000ルーメン").
const SCALE_UNIT =
  '(?:V|kV|W|kW|A|mA|Ah|mAh|Wh|lm|lumens?|lúmen(?:es|s)?|lumenów|lx|lux|dB|Hz|rpm|psi|bar|MPa|N|Nm|°C|℃|Вт|кВт|В|кВ|А|мА·?ч|Гц|лм|лк|люкс|дБ|бар|МПа|кПа|об/мин|واط|وات|فولت|וואט|וולט|वाट|वोल्ट|วัตต์|โวลต์|와트|볼트|루멘|瓦|千瓦|伏|流明|ルーメン|میلی[\u200c ]?آمپر[\u200c ]?ساعت|ملی[\u200c ]?آمپر[\u200c ]?ساعت|م(?:ل|لل)ي ?أمبير(?: ساعة)?|मिली ?एम्पियर(?: घंटा)?)';
/** A figure in Western, Arabic-Indic or Persian digits: "450", "٤٥٠", "۴۵۰". */
const SCALE_FIGURE = String.raw`[\d٠-٩۰-۹]+(?:[.,٫][\d٠-٩۰-۹]+)?`;
const SCALE = String.raw`(?:HRC|HRB|HRA|HV|HB|Shore ?[AD]|${FIGURE_START}${SCALE_FIGURE}\s{0,2}${SCALE_UNIT})`;
/** A hardness reading, scale first or figure first: "HRC 60", "58 HRC", "Shore A 70", "450 HV". */
const HARDNESS_READING = String.raw`(?:(?:HRC|HRB|HRA|HV|HB|Shore ?[AD])\s{0,2}\d+(?:[.,]\d+)?|${ASCII_FIGURE_START}\d+(?:[.,]\d+)?\s{0,2}(?:HRC|HRB|HRA|HV|HB|Shore ?[AD]))`;
// Estimate words before or after the figure, in every language read: "około 400 W", "5000mAh (approx.)".
const ESTIMATE = RATING_ESTIMATE_BEFORE;
const APPROX_SCALE = regex(
  String.raw`(?:${ESTIMATE})\s{0,2}(?:HRC|HRB|HRA|HV|HB|Shore ?[AD])\s{0,2}\d+(?:[.,]\d+)?|(?:${ESTIMATE})\s{0,2}${SCALE}(?![\p{L}\d])|${SCALE}${RATING_ESTIMATE_AFTER}|${HARDNESS_READING}${RATING_ESTIMATE_AFTER}`,
  'giu',
);
/**
 * "approx. 1500-2000 W", "aprox. 1500–2000 W, 220 V", "приблизно 1500–2000 Вт": an estimate word before a range hedges
 * both ends, so the range bounds nothing and neither figure is the rating. Read only for a range wide by the cut-off
 * the size and weight rules use (isWideHedged): "approx. 220-240 V" is the mains band the goods accept, written loosely.
 */
const APPROX_RANGE = regex(
  String.raw`(?:${ESTIMATE})\s{0,2}(${SCALE_FIGURE})\s{0,2}${SCALE_UNIT}?\s{0,2}(?:-|–|—|~|～|to)\s{0,2}(${SCALE_FIGURE})\s{0,2}${SCALE_UNIT}(?![\p{L}\d])`,
  'giu',
);
/**
 * Volts and hertz in a range are the supply the goods accept ("approx. 100-240 V AC universal", "approx. 50-60 Hz"),
 * not a rating left open.
 */
const ACCEPTED_BAND = /(?:V|kV|Hz|В|кВ|Гц|فولت|וולט|वोल्ट|โวลต์|볼트|伏)$/u;
const figure = (s: string) =>
  Number(
    s
      .replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x6f0))
      .replace(/[,٫]/u, '.'),
  );
/** What bounds a property: a tolerance, a range or a limit word. */
const BOUNDED = anyOf(
  String.raw`±|\+/-|\d\s{0,2}(?:-|–|to)\s{0,2}\d`,
  latinWords(['min(?:imum)?\\.?', 'max(?:imum)?\\.?', 'not (?:less|more) than', 'at least', 'no more than']),
);
/**
 * A figure, a standard or a named test next to a defect claim: the claim is measured after all, or is the test's
 * pass line ("torque test 15 in-lb, no leak").
 */
const MEASURED = anyOf(
  String.raw`\d`,
  latinWords(['test(?:ed|ing)?']),
  String.raw`\d\s{0,2}(?:%|N|N/mm|h|hours?|cycles?)(?![\p{L}])`,
  String.raw`\b(?:IEEE|ISO|EN|IEC|ASTM|GB(?:/T)?|SATRA)\s{0,2}\d`,
);
/** Contract wording, the same in every language. */
const EXAMPLE =
  'flicker < 5 % at 100 Hz (IEEE 1789); sole peel strength ≥ 4 N/mm (SATRA TM 411); hardness 48-52 HRC';
const AQL_FIGURE = String.raw`AQL\s{0,3}[:：]?\s{0,3}\d`;

function pieceOf(text: string, at: number): string {
  const before = text.slice(0, at).search(/[,;][^,;]*$/u);
  const after = text.slice(at).search(/[,;]/u);
  return text.slice(before < 0 ? 0 : before + 1, after < 0 ? text.length : at + after);
}

/** For the performance rule: defects said to be absent, and estimated properties. */
export function promisedWithoutFigure(text: string): VagueHit[] {
  const absent = findAll(DEFECT_ABSENT, text)
    .filter((m) => !test(MEASURED, pieceOf(text, m.start)))
    .map((m) => ({ start: m.start, end: m.end, why: msg('spec.why.performance') }));
  const hedgedRanges = [...text.matchAll(APPROX_RANGE)].filter(
    (m) => isWideHedged(figure(m[1]!), figure(m[2]!)) && !ACCEPTED_BAND.test(m[0]),
  );
  // The hedged range itself is no bound: blank it before looking for one elsewhere in its piece ("±5 %", "max.").
  const blanked = hedgedRanges.reduce(
    (t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length),
    text,
  );
  const estimated = [
    ...hedgedRanges.filter((m) => !test(BOUNDED, pieceOf(blanked, m.index))),
    ...[...text.matchAll(APPROX_SCALE)].filter(
      (m) => !test(BOUNDED, pieceOf(blanked, m.index)) && !hedgedRanges.some((r) => r.index === m.index),
    ),
  ].map((m) => ({ start: m.index, end: m.index + m[0].length, why: msg('spec.why.performance') }));
  return [...absent, ...estimated].map((h) => ({
    ...h,
    fix: msg('spec.fix.performance', { example: EXAMPLE }),
  }));
}

/** For the material rule: acceptance left to someone's eye. */
export function acceptedByEye(text: string, line: string): VagueHit[] {
  if (test(AQL_FIGURE, line)) return [];
  return findAll(BY_EYE, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.checkOpen'),
    fix: msg('spec.fix.checkOpen', { seen: m.text }),
  }));
}

/** For any rule: terms that follow the market or the actual loading. */
export function followsLater(text: string): VagueHit[] {
  if (/\d/u.test(text)) return [];
  return findAll(FOLLOWS_LATER, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.leftOpen'),
    fix: msg('spec.fix.offRecord', { seen: m.text }),
  }));
}
