/**
 * "Power: up to 2000W peak", "Leistung: bis zu 1500 W", "峰值功率3000W": a power given only as its peak or its best
 * case. A peak lasts a moment, and "up to" promises nothing below the figure, so a machine that delivers half of it
 * continuously still meets the words. A rated (continuous, RMS, nominal) figure on the line is what the buyer
 * checks; with one named, the peak is extra information.
 */
import { anyOf, cjk, findAll, latinWords, NUMBER, test } from './patterns';

const WATTS = '(?:k?W|watts?|Watt|ватт|вт)(?![\\p{L}\\d])';
const CEILING = "(?:up to|upto|bis zu|hasta|jusqu[’']à|até|fino a|tối đa|hingga|do|до)";
const PEAK = '(?:peak|PMPO|Spitze(?:nleistung)?|pico|crête|picco|szczytow\\p{L}{1,2}|pik|пиков\\p{L}{1,3})';

const PEAK_ONLY = anyOf(
  latinWords([
    // "up to 2000W", "up to 2000 W peak", "bis zu 1500 W".
    `${CEILING}\\s{1,2}${NUMBER}\\s{0,2}${WATTS}(?:\\s{0,2}\\(?${PEAK}\\)?)?`,
    // "2000W peak", "2000 W PMPO", "1500 W (Spitze)".
    `${NUMBER}\\s{0,2}${WATTS}\\s{0,2}\\(?${PEAK}\\)?`,
    // "peak power 2000W", "PMPO: 800 W", "potencia pico 1200 W", "puissance crête : 900 W".
    `(?:${PEAK}|(?:potencia|potência|puissance|potenza|moc|мощность) ${PEAK})(?: (?:power|output|Leistung))?\\s{0,2}[:：]?\\s{0,2}${NUMBER}\\s{0,2}${WATTS}`,
  ]),
  cjk([
    `(?:峰值|瞬时|瞬間)功率\\s{0,2}[:：]?\\s{0,2}(?:高达|达)?${NUMBER}\\s{0,2}(?:W|瓦)`,
    `高达${NUMBER}\\s{0,2}(?:W|瓦)`,
  ]),
);

/** A rated figure named on the line: "rated 1000 W", "1000 W continuous", "RMS", "Nennleistung", "额定功率". */
const RATED = anyOf(
  latinWords([
    'rated',
    'continuous',
    'RMS',
    'nominal',
    'Nenn(?:leistung)?',
    'Dauer(?:leistung)?',
    'nominale?',
    'continu[ae]?',
    'nominalna',
    'номинальн\\p{L}{1,3}',
    'sürekli',
    'định mức',
  ]),
  cjk(['额定', '持续功率', '定格']),
);

/**
 * A charger or power supply: "up to 65W USB-C PD" is the most it will hand a device, the rating such adapters are
 * sold and certified by, not a peak.
 */
const CHARGER = anyOf(
  latinWords([
    'USB(?:-C)?',
    'PD',
    'QC ?\\d(?:\\.\\d)?',
    'charg(?:er|ing)',
    'adapt(?:er|or)',
    'power supply',
    'PSU',
    'Netzteil',
    'Ladegerät',
    'cargador',
    'chargeur',
    'carregador',
  ]),
  cjk(['充电', '快充', '适配器', '电源适配器']),
);

/** The peak-only power figures of a clause on a line that names no rated power. */
export function peakOnlyPower(text: string, line: string): { start: number; end: number; text: string }[] {
  if (test(RATED, line) || test(CHARGER, line)) return [];
  return findAll(PEAK_ONLY, text);
}
