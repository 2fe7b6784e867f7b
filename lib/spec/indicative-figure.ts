/**
 * "circa 12 m³ (solo indicativo); vincolante: 420 cartoni…", "approx. 12 CBM (for reference only), binding: …": a
 * rounded figure the writer marks as indicative, on a line that also says which figure binds, is not the promise.
 * The binding figure is, and it is checked on its own.
 */
import { regex } from './patterns';

const INDICATIVE = regex(
  String.raw`^[^;；.]{0,24}?[(（]?\s{0,2}(?:(?:for )?(?:(?:freight|shipping|CBM|volume|customs|logistics) )?(?:reference|information|estimat(?:e|ion|ing))(?: (?:purposes?|use))?(?: only)?|indicative(?: only)?|(?:solo |puramente )?indicativ[oa]|(?:à titre |a título |a titolo )?(?:indicatif|indicativo|orientativo)|nur zur (?:Orientierung|Information)|unverbindlich|orientacyjn\p{L}{0,3}|справочно|ориентировочно|bilgi amaçlı|仅供参考|参考值|참고용|参考値)`,
  'iu',
);
/**
 * "(…, not an acceptance criterion)", "(not binding)": the writer says in so many words that this figure is no term
 * of the order. Enough on its own when the line also holds a figure with its tolerance, which is the one that binds.
 */
const DISCLAIMED = regex(
  String.raw`\bnot (?:an? )?(?:acceptance|inspection|binding|contractual) (?:criteri(?:on|a)|figure|value|term)|\bnot binding\b|\bnon[- ]binding\b|` +
    // "no es criterio de aceptación", "kein Abnahmekriterium", "不作为验收指标", "不作验收依据": the same words elsewhere.
    String.raw`\b(?:no (?:es|constituye) (?:un )?criterio de (?:aceptación|inspección)|(?:n['’]est )?pas (?:un )?critère d['’](?:acceptation|inspection)|kein(?:e)? (?:Abnahme|Prüf)kriteri\p{L}{1,3}|não (?:é|constitui) critério de (?:aceitação|inspeção))|不(?:作|作为|列为|属于)(?:验收|检验|合同)(?:指标|标准|依据|条件)|非验收(?:指标|标准)`,
  'iu',
);
const TOLERANCE = /±|\+\s?\/\s?-/u;
const BINDING = regex(
  String.raw`\b(?:binding|govern(?:s|ing)|vincolante|verbindlich|contractuel(?:le)?|vinculante|vinculativ[oa]|wiążąc\p{L}{0,3}|обязательн\p{L}{0,3}|bağlayıcı)\b|以此为准|为准|` +
    // "actual weighing prevails", "the measured figures prevail": a measurement wins, not anyone's judgement.
    String.raw`\b(?:actual|measured|weighed|weighing|measurement|scale|figures?|readings?|(?:actual |gross |net |measured )(?:weight|volume|dimensions?))(?:\s(?:at|on|in|of|by)(?:\s\p{L}+){1,3})?\s(?:shall\s|will\s)?prevails?\b`,
  'iu',
);

/**
 * Whether the figure ending at `end` is marked indicative on a line that names the binding one. "about 2.0 kg for
 * reference, actual 2.00 kg ±0.02 kg", "约2公斤仅供参考，实际 2.00 kg ± 0.02 kg": after the figure marked as a reference
 * the line writes another one with its tolerance. That later figure is what the goods are checked against, as surely
 * as one the line calls binding.
 */
export function markedIndicative(line: string, end: number): boolean {
  const after = line.slice(end, end + 60);
  const indicative = INDICATIVE.test(after);
  if (!indicative && !DISCLAIMED.test(after)) return false;
  return (
    BINDING.test(line) ||
    (DISCLAIMED.test(after) && TOLERANCE.test(line)) ||
    (indicative && tolerancedAgain(line, end))
  );
}

/** The unit written right after the figure that ends at `end`: "kg" in "about 2.0 kg". */
const UNIT_BEFORE_END = /\d(?:[.,]\d+)?\s{0,2}(\p{L}{1,6})\.?\s{0,2}$/u;
/** Every toleranced figure, with the unit before or after its tolerance: "2.00 kg ±0.02", "2.00 ± 0.02 kg". */
const TOLERANCED_WITH_UNIT =
  /\d(?:[.,]\d+)?\s{0,2}(\p{L}{0,6})\.?\s{0,2}(?:±|\+\s?\/\s?-)\s{0,2}\d(?:[.,]\d+)?\s{0,2}(\p{L}{0,6})/gu;
/** What a unit measures, for the units a reference figure is written in. */
const DIMENSIONS: readonly (readonly [string, RegExp])[] = [
  ['mass', /^(?:kgs?|g|gr|grams?|lbs?|oz|公斤|千克|克|斤)$/iu],
  ['length', /^(?:mm|cm|m|km|in|inch|inches|ft|毫米|厘米|米)$/iu],
  ['volume', /^(?:ml|l|cl|ltrs?|litres?|liters?|毫升|升)$/iu],
  ['time', /^(?:h|hrs?|hours?|min|mins|s|sec|小时|分钟|秒)$/iu],
];
const dimensionOf = (unit: string) => DIMENSIONS.find(([, re]) => re.test(unit))?.[0];

/**
 * The later toleranced figure must measure the same thing: "about 2 kg for reference, carton 40x30x20 cm ±0.5 cm"
 * binds the carton, not the weight (stop 54 review), while "约2公斤仅供参考，实际 2.00 kg ± 0.02 kg" binds it. A unit not
 * in the table, on either side, is given the benefit of the doubt.
 */
function tolerancedAgain(line: string, end: number): boolean {
  const rest = line.slice(end);
  const wanted = dimensionOf(UNIT_BEFORE_END.exec(line.slice(0, end))?.[1] ?? '');
  for (const m of rest.matchAll(TOLERANCED_WITH_UNIT)) {
    const found = dimensionOf(m[1] || m[2] || '');
    if (!wanted || !found || found === wanted) return true;
  }
  return false;
}
