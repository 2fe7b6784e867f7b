/**
 * A rated power given as a wide range for one product: "Power: 100W-500W", "Leistung: 1-3 kW", "功率：100-500W".
 * Any unit inside the range meets the words, so the supplier picks the motor or element and the buyer can hold him
 * to nothing but the low end. A range counts as wide when its far end is more than 1.5 times its near end, as sizes
 * and weights do (wide-measure): "1800-2200W" is a heater's usual spread, "100-500W" is five different products.
 *
 * Not read: a range the goods are made to cover ("adjustable 100-500W", "5 power levels", "3 gears", "stepless",
 * "low / high", "dual heating", "with thermostat", "input 100-500W", "load up to"), a wireless charger's output (the
 * phone sets what it draws), a volt range ("100-240V" is the mains input the goods accept, a real spec), a tolerance ("500W ±5%"), and a
 * range beside a single rated wattage ("1500W (1200-1500W)", "rated 300W, 100-500W settings"): the rated figure is
 * the spec and the range describes how it is used.
 */
import { anyOf, cjk, latinWords, type Match, test } from './patterns';
import { RANGE_NUM, RANGE_SEP, wideRangesAfterLabel } from './wide-measure';

/** The label names the power itself: "Power:", "Rated power:", "Leistung:", "Güç:", "Công suất:", "功率：". */
const POWER_LABEL = anyOf(
  `^\\s{0,3}${latinWords([
    '(?:rated |nominal |output |motor |heating |max(?:imum)? )?power(?: output)?',
    'wattage',
    'output',
    '(?:Nenn)?leistung',
    'potencia(?: nominal)?',
    'potência(?: nominal)?',
    'puissance(?: nominale)?',
    'potenza(?: nominale)?',
    'moc(?: znamionowa)?',
    'güç',
    'công suất',
    'daya(?: listrik)?',
    'vermogen',
    // Romanian, Swedish, Czech and Hungarian: "Putere:", "Effekt:", "Výkon:", "Teljesítmény:".
    'putere(?:a)?(?: nominală)?',
    'effekt',
    'výkon',
    'teljesítmény',
  ])}\\s{0,2}[:：]`,
  '^\\s{0,3}(?<![\\p{L}])(?:номинальная\\s+)?мощность\\s{0,2}[:：]',
  `^\\s{0,3}${cjk(['(?:额定|输出)?功率\\s{0,2}[:：]'])}`,
);

/** What the range is made to cover, not the power of one unit. */
const COVERS = anyOf(
  latinWords([
    'adjustable',
    'variable',
    'dimmable',
    'levels?',
    'settings?',
    'steps?',
    'modes?',
    'input',
    'load',
    'supports?',
    'compatible',
    'range',
    'regulable',
    'ajustable',
    'réglable',
    'einstellbar',
    'regelbar',
    'stufenlos',
    'regolabile',
    'regulowan[aey]',
    'ayarlanabilir',
    'điều chỉnh',
  ]),
  // The settings themselves, counted or named, in the languages read: "3 gears", "stepless", "low / high heat",
  // "dual heating", "with thermostat", "3 ступени", "2 velocidades", "3 allures", "2 Heizstufen", "2 kademe",
  // "2 mức nhiệt", "三挡", "2 níveis", "3 stopnie", "2 tingkat". Each says the goods switch between powers.
  // A count must stand before the settings word ("3 gears", "2 kademe"): "gear motor", "stage lighting" or "multiple
  // gears depending on model" name no settings of these goods (red team, stop 36).
  `(?<![\\p{L}\\d])(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier|due|tre|quattro|dwa|trzy|cztery|iki|üç|dört|hai|ba|bốn|dua|tiga|empat)\\s{0,2}-?\\s{0,2}(?:gears?|stages?|speeds|heat settings|settings|levels|velocidades|niveles|allures|niveaux|vitesses|velocità|livelli|(?:heiz|leistungs|temperatur|gebläse|drehzahl)?stufen?|kademe\\p{L}{0,4}|stopni\\p{L}{0,4}|biegi|biegów|tingkat|standen|níveis|mức|chế độ|ступен\\p{L}{0,4}|скорост\\p{L}{0,4}|режим\\p{L}{0,4})(?![\\p{L}])`,
  latinWords([
    'stepless',
    'dual (?:heating|heat|power|mode|element)s?',
    'with thermostat(?:ic control)?',
    'thermostatic(?:ally)? controlled',
    '(?:low\\s{0,2}(?:/|,|and|-|–)\\s{0,2}high|high\\s{0,2}(?:/|,|and|-|–)\\s{0,2}low)(?:\\s{0,2}(?:heat|power|settings?|modes?|speeds?)|\\s{0,2}\\))',
  ]),
  '(?<![\\p{L}])(?:регулируем\\p{L}{0,4}|термостат\\p{L}{0,4})(?![\\p{L}])',
  // "三挡", "2档": a count of settings; 可调, 调节, 无级 (stepless), 温控 (thermostat), 输入 (an input range) name them.
  '[一二两三四五六七八九十\\d]\\s?[档挡]',
  cjk(['可调', '调节', '温控', '输入', '无级']),
  // A wireless charger's output is what the phone draws from it ("5-15W wireless output", "Qi charging, depends on
  // phone"): the range is the phones it serves, not a choice of coil left to the supplier.
  latinWords([
    'wireless (?:output|charging|charger|charge|pad)',
    'Qi (?:output|charging|charger|wireless)',
    'depend(?:s|ing)? on (?:the |your )?(?:phone|smartphone)s?',
  ]),
  cjk(['无线充']),
);

const WATT = '(k?W|watts?|Watt|瓦|вт|Вт)';
const RANGE = `(?<![\\d.,])(${RANGE_NUM})\\s{0,2}${WATT}?${RANGE_SEP}(${RANGE_NUM})\\s{0,2}${WATT}(?![\\p{L}\\d])`;
/** A single wattage, not part of a range: the rated figure. */
const SINGLE = `(?<![\\d.,]\\s{0,2}(?:-|–|~|～)\\s{0,2})(?<![\\d.,])${RANGE_NUM}\\s{0,2}(?:k?W|watts?|Watt|瓦)(?![\\p{L}\\d])(?!\\s{0,2}(?:-|–|~|～|to)\\s{0,2}\\d)`;

const factor = (unit: string | undefined) => (unit && /^k/iu.test(unit) ? 1000 : 1);

/** The wide power ranges of a power-labelled clause, with their position in `text`. */
export function widePowerRanges(text: string): Match[] {
  // "1500W (1200-1500W)": a rated wattage outside the range is the spec (`single`). The settings words are read
  // once for the whole value, not once per range.
  let covered: boolean | undefined;
  return wideRangesAfterLabel(text, {
    label: POWER_LABEL,
    range: RANGE,
    single: SINGLE,
    factor,
    excused: (value) => {
      covered ??= test(COVERS, value);
      return covered;
    },
  });
}
