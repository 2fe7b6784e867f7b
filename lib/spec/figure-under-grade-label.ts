/**
 * "Fabric GSM: 200 ± 5%", "Leather thickness: 1.2", "Foam density: 35": the label names the grade's measure (and so
 * its unit), and the value is that measure's one figure, with or without its tolerance. The label's material word
 * ("Fabric", "Leather") is then graded by the figure, not left as a family: it is what the buyer weighs or gauges.
 * A range is not read here (a wide one is unit-named-field.ts's question), nor a figure with words after it.
 */
import { regex } from './patterns';

/** The measure the label names: a fabric's weight, a sheet's thickness, a foam's density or hardness. */
const MEASURE_IN_LABEL =
  /gsm|g\/m[²2]|grammage|weight|thick(?:ness)?|gauge|denier|density|hardness|gramaje|espesor|grosor|épaisseur|grammatura|spessore|gramatura|espessura|Stärke|Dicke|Flächengewicht|gramasi|ketebalan|tebal|厚さ|厚度|克重|密度|硬度|두께|중량/iu;

/** One figure, an optional tolerance (± 5%, +/-0.1), an optional unit of a few letters, and nothing else. */
const ONE_FIGURE = regex(
  String.raw`^\s{0,3}\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:[\p{L}/²³]{1,6}\s{0,2})?(?:(?:±|\+\s?\/\s?-)\s{0,2}\d{1,4}(?:[.,]\d{1,3})?\s{0,2}(?:%|[\p{L}/²³]{1,6})?)?\s{0,3}[.。]?\s{0,2}$`,
  'u',
);

/** Whether `label` names the grade's measure and `value` is that measure's single figure. */
export function figureUnderGradeLabel(label: string, value: string): boolean {
  return MEASURE_IN_LABEL.test(label) && ONE_FIGURE.test(value);
}
