/**
 * "Logo position: centre front, 5 cm below collar", "Position du logo : milieu poitrine, 5 cm sous le col",
 * "Logoposition: mittig, 5 cm unter dem Kragen", "Posición del logo: centro, 8 cm bajo el cuello", "LOGO位置：前胸居中，
 * 领口下5cm": a field that names only where the print sits, answered with a place and a measured distance from a
 * landmark, is as checkable as a size. The print's method and colours belong to their own fields. "Logo position:
 * centre front" (no distance), "as sample", "to be confirmed" or an "or" still leave the placement open.
 */

import { test } from './patterns';
import { AS_SAMPLE, UNDECIDED } from './reference-lexicon';

// The placement word anywhere in the label: "Logo position:", "Position du logo :", "Posição do logo:".
const PLACEMENT_LABEL =
  /(?:position|placement|location|posici[oó]n|ubicaci[oó]n|posi[cç][aã]o|posizione|Platzierung|emplacement|positie|pozycja|位置|ポジション|위치)[^:：]{0,24}[:：]\s{0,2}$/iu;
const MEASURED_OFFSET =
  /\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|in(?:ch(?:es)?)?|["″]|厘米|公分|毫米)(?![\p{L}\d])|(?:下|上|左|右|距)\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|厘米|公分|毫米)/iu;
const OPEN_CHOICE =
  /(?<![\p{L}])(?:or|o|ou|oder|of|lub|或|或者|approx\.?|about|around|aprox\.?|env\.?|ca\.?|etwa|circa|ungefähr|左右|约)(?![\p{L}])/iu;

/** A span or the factory's last word leaves the place open: "5-8 cm below collar", "final position per factory". */
const OPEN_SPAN =
  /\d\s{0,2}[-–~～]\s{0,2}\d|\b(?:factory|f[aá]brica|Fabrik|usine|fabbrica|supplier|manufacturer)\b|工厂|工廠|工場|공장/iu;

/** The label names the print's placement only, and the value places it by a measured distance. */
export function placementMeasured(label: string, value: string): boolean {
  if (!PLACEMENT_LABEL.test(label) || !MEASURED_OFFSET.test(value)) return false;
  return (
    !OPEN_CHOICE.test(value) && !OPEN_SPAN.test(value) && !test(UNDECIDED, value) && !test(AS_SAMPLE, value)
  );
}
