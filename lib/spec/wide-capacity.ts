/**
 * A battery capacity given as a wide range for one product: "Battery capacity: 5000-20000mAh", "Capacidad: 2-6 Ah",
 * "电池容量：5000-20000mAh". Any pack inside the range meets the words, so the supplier picks the cells; a range
 * counts as wide as sizes and power do (far end more than 1.5 times the near end). "3000-3200mAh" (a typical and a
 * minimum rating) is not wide. A range beside one rated figure ("10000mAh (9000-10000mAh typical)") leaves the rated
 * figure as the spec.
 */
import { anyOf, cjk, latinWords, type Match } from './patterns';
import { RANGE_NUM, RANGE_SEP, wideRangesAfterLabel } from './wide-measure';

/** The label names the capacity itself: "Battery capacity:", "Capacity:", "Akkukapazität:", "电池容量：". */
const CAPACITY_LABEL = anyOf(
  `^\\s{0,3}${latinWords([
    '(?:(?:rated|nominal|battery|cell|power bank) )?capacity',
    'battery',
    'capacidad(?: (?:de (?:la )?)?bater[ií]a)?',
    'bater[ií]a',
    'capacité(?: (?:de (?:la )?)?batterie)?',
    '(?:Akku|Batterie)?[Kk]apazität',
    'capacità(?: (?:della )?batteria)?',
    'capacidade(?: (?:da )?bateria)?',
    'pojemność(?: (?:baterii|akumulatora))?',
    '(?:batarya|pil) kapasitesi',
    'kapasite',
    'dung lượng(?: pin)?',
    'kapasitas(?: baterai)?',
  ])}\\s{0,2}[:：]`,
  '^\\s{0,3}(?<![\\p{L}])(?:[её]мкость(?:\\s+аккумулятора|\\s+батареи)?)\\s{0,2}[:：]',
  `^\\s{0,3}${cjk(['(?:电池|電池|バッテリー|배터리\\s?)?(?:容量|용량)\\s{0,2}[:：]'])}`,
);

const UNIT = '(mAh|Ah|Wh|毫安时?)';
const RANGE = `(?<![\\d.,])(${RANGE_NUM})\\s{0,2}${UNIT}?${RANGE_SEP}(${RANGE_NUM})\\s{0,2}${UNIT}(?![\\p{L}\\d])`;
/** A single capacity, not part of a range: the rated figure. */
const SINGLE = `(?<![\\d.,]\\s{0,2}(?:-|–|~|～)\\s{0,2})(?<![\\d.,])${RANGE_NUM}\\s{0,2}(?:mAh|Ah|Wh)(?![\\p{L}\\d])(?!\\s{0,2}(?:-|–|~|～|to)\\s{0,2}\\d)`;

/**
 * "fits 2.0-6.0Ah packs", "compatible 1.5-6.0Ah", "for 12V 4-100Ah batteries", "charger": a range of packs that a
 * tool or charger takes is what it works with, not a capacity the goods have.
 */
const COMPATIBILITY =
  /\b(?:fits?|fitting|compatible|compatibility|works?\s{1,2}with|for(?=[^,;]{0,24}\b(?:batter|pack|cells?\b|Akku))|suits?|suitable|accepts?|supports?|charg(?:es|er|ers|ing)|para|pour|für|passend|kompatibel|compatível|compatibile)\b|适用|兼容|充电器|対応/iu;

/** The comma- or semicolon-delimited piece of `value` that holds the match. */
function pieceAround(value: string, m: Match): string {
  const before = value.slice(0, m.start);
  const start =
    Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf('，'),
      before.lastIndexOf('；'),
    ) + 1;
  const end = value.slice(m.end).search(/[,;，；]/u);
  return value.slice(start, end < 0 ? value.length : m.end + end);
}

const factor = (unit: string | undefined) => (unit && /^m/u.test(unit) ? 1 : 1000);

/** The wide capacity ranges of a capacity-labelled clause, with their position in `text`. */
export function wideCapacityRanges(text: string): Match[] {
  return wideRangesAfterLabel(text, {
    label: CAPACITY_LABEL,
    range: RANGE,
    single: SINGLE,
    factor,
    // Only the range's own piece says what it is for: "5000-20000mAh, fast charging" praises the charge in another.
    excused: (value, m) => COMPATIBILITY.test(pieceAround(value, m)),
  });
}
