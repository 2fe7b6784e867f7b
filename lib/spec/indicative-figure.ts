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
 * "about 2.0 kg for reference, actual 2.00 kg ±0.02 kg", "约2公斤仅供参考，实际 2.00 kg ± 0.02 kg": after the figure marked
 * as a reference the line writes another one with its tolerance. That later figure is what the goods are checked
 * against, as surely as one the line calls binding.
 */
const TOLERANCED_FIGURE = /\d(?:[.,]\d+)?\s{0,2}\p{L}{0,6}\.?\s{0,2}(?:±|\+\s?\/\s?-)\s{0,2}\d/u;

/** Whether the figure ending at `end` is marked indicative on a line that names the binding one. */
export function markedIndicative(line: string, end: number): boolean {
  const after = line.slice(end, end + 60);
  const indicative = INDICATIVE.test(after);
  if (!indicative && !DISCLAIMED.test(after)) return false;
  return (
    BINDING.test(line) ||
    (DISCLAIMED.test(after) && TOLERANCE.test(line)) ||
    (indicative && TOLERANCED_FIGURE.test(line.slice(end)))
  );
}
