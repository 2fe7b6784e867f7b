/**
 * "Power: up to 2000W peak", "Leistung: bis zu 1500 W", "峰值功率3000W": a power given only as its peak or its best
 * case. A peak lasts a moment, and "up to" promises nothing below the figure, so a machine that delivers half of it
 * continuously still meets the words. A plain (rated, continuous, RMS) wattage on the line is what the buyer checks;
 * with one named, the peak is extra information.
 */
import { anyOf, cjk, findAll, latinWords, NUMBER, test } from './patterns';

const WATTS = '(?:k?W|watts?|Watt|ватт|вт)(?![\\p{L}\\d])';
const CEILING =
  "(?:up to|upto|bis zu|hasta|jusqu[’']à|até|fino a|tối đa|lên (?:đến|tới)|până la|hingga|sampai|až(?: do)?|akár|do|до)";
const PEAK =
  '(?:peak|PMPO|Spitze(?:nleistung)?|pico|crête|picco|szczytow\\p{L}{1,2}|pik|пиков\\p{L}{1,3}|đỉnh|de vârf)';
/**
 * "3000W equivalent", "1500 W äquivalent", "相当于3000W": a wattage the goods are said to match (another machine's,
 * an old technology's), not the power they draw or deliver. Like a peak, it leaves the goods' own figure unsaid.
 */
const EQUIVALENT =
  '(?:equivalent|equiv\\.?|equivalente|équivalent|äquivalent|equiwalent\\p{L}{0,2}|tương đương|setara)';
/** A power noun inside the marker's brackets: "(peak power)", "(moc szczytowa)", "(potencia pico)". */
const POWER_NOUN =
  '(?:power|output|moc|potencia|potência|puissance|potenza|Leistung|công suất|putere|мощность)';

/** A figure marked as a peak: "2000W peak", "up to 2000 W PMPO", "peak power 2000W", "峰值功率3000W". */
const PEAK_MARKED = anyOf(
  latinWords([
    // "up to 2000 W peak", "2000W peak", "2000 W PMPO", "1500 W (Spitze)".
    `(?:${CEILING}\\s{1,2})?${NUMBER}\\s{0,2}${WATTS}\\s{0,2}\\(?(?:${POWER_NOUN}\\s)?${PEAK}(?:\\s${POWER_NOUN})?\\)?`,
    // "peak power 2000W", "PMPO: 800 W", "potencia pico 1200 W", "puissance crête : 900 W".
    `(?:${PEAK}|(?:potencia|potência|puissance|potenza|moc|мощность) ${PEAK})(?: (?:power|output|Leistung))?\\s{0,2}[:：]?\\s{0,2}${NUMBER}\\s{0,2}${WATTS}`,
  ]),
  cjk([`(?:峰值|瞬时|瞬間)功率\\s{0,2}[:：]?\\s{0,2}(?:高达|达)?${NUMBER}\\s{0,2}(?:W|瓦)`]),
);

/**
 * A best case with no peak word: "up to 2000W", "bis zu 1500 W", "高达3000W"; or a wattage matched rather than had:
 * "3000W equivalent", "相当于3000W". Read only where the power is what is sold (`POWER_CONTEXT`): a bulb's "60W
 * equivalent" beside its lumens names the light, and a holder's "up to 60W" its rating.
 */
const CEILING_ONLY = anyOf(
  latinWords([
    `${CEILING}\\s{1,2}${NUMBER}\\s{0,2}${WATTS}`,
    `${NUMBER}\\s{0,2}${WATTS}\\s{0,2}\\(?${EQUIVALENT}\\)?`,
  ]),
  cjk([`(?:高达|相当于|等效)\\s{0,2}${NUMBER}\\s{0,2}(?:W|瓦)`]),
);

/** Any wattage: "1000W", "2 kW", "800/1200/2000W" (its last figure), "1500瓦". */
const ANY_WATTS = String.raw`(?<![\p{L}\d.,])\d+(?:[.,]\d+)?\s{0,2}(?:k?W|watts?|Watt|ватт|вт|瓦)(?![\p{L}\d])`;

/**
 * Where "up to" is the power promised rather than a limit the goods accept: under a power or output label, or on a
 * machine sold by its output (speakers, amplifiers, generators, inverters, motors). "Bulbs up to 60W", "LED loads up
 * to 300W", "supports up to 2200W" state the most a holder, dimmer or plug takes: its maximum rating.
 */
const POWER_CONTEXT = anyOf(
  latinWords([
    '(?:power|output|Leistung|potencia|potência|puissance|potenza|moc|công suất|putere|güç|daya|vermogen|výkon|teljesítmény|мощность)(?= ?[:：])',
    'speakers?',
    'soundbar',
    'subwoofer',
    'amplifiers?',
    'amp',
    'boombox',
    'generators?',
    'inverters?',
    'power station',
    'motors?',
    'Lautsprecher',
    'Verstärker',
    'altavoz',
    'altavoces',
    'enceinte',
    'amplificador',
  ]),
  cjk(['功率\\s{0,2}[:：]', '音箱', '音响', '功放', '发电机', '逆变器', '电机']),
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

/**
 * The peak-only power figures of a clause, on a line whose only wattages they are. Any other plain wattage on the line
 * ("Power: 1000W (2000W peak)", "3500W running, 4000W peak", "rated 1000W") is the figure the buyer checks; a "rated"
 * that names something else ("rated voltage 12V") is no such figure.
 */
export function peakOnlyPower(text: string, line: string): { start: number; end: number; text: string }[] {
  const inLine = [...findAll(PEAK_MARKED, line), ...findAll(CEILING_ONLY, line)];
  const plain = findAll(ANY_WATTS, line).some(
    (w) => !inLine.some((p) => p.start <= w.start && w.end <= p.end),
  );
  if (plain) return [];
  const marked = findAll(PEAK_MARKED, text);
  const ceilingOk = !test(CHARGER, line) && test(POWER_CONTEXT, line);
  const ceilings = ceilingOk
    ? findAll(CEILING_ONLY, text).filter((c) => !marked.some((m) => m.start < c.end && c.start < m.end))
    : [];
  return [...marked, ...ceilings].sort((a, b) => a.start - b.start);
}
