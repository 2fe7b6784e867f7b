/**
 * "IP Rating: IP65/IP66/IP67", "Schutzart: IP54 oder IP65", "防护等级：IP65/66": several ingress ratings listed for
 * one product, none of them chosen. The supplier lists what the range can be built to; the order is held only to the
 * lowest, and that one ships at the price of the highest.
 *
 * Not read: a dual rating the goods hold at once, one against jets (IPX5, IPX6) and one against immersion (IPX7,
 * IPX8), or immersion and steam jets (IPX9K): "IP66/IP67", "IP68/IP69K" name two tests a housing passes, neither implying the
 * other (IEC 60529). Two ratings of the same kind ("IP65/IP66"), three or more, or any joined by "or" are a menu.
 */
import { findAll, type Match } from './patterns';

const CODE = String.raw`IP\s?[0-6X][0-9X]K?`;
// A code after a comma or a word keeps its "IP" ("IP54 oder IP65"); only a slash or a range mark may shorten it
// ("IP65/66", "IP65~67", "IP65 to IP67": a range of ratings is a menu too, stop 44), so "IPX8, 10 m for 30 min" reads a
// depth after the rating, not a second rating. A shortened code after a range mark is no depth, time or temperature
// ("IP68 to 10 m", "IPX8 - 10 m", "IP67 -40~85°C": a minus glued to its figure is a sign).
const MORE = String.raw`(?:\s{0,2}(?:,|\bor\b|\bo\b|\bou\b|\boder\b|\blub\b|\bhoặc\b|\batau\b|或|或者|\bup\s+to\b|\ba\b|\bdo\b|\baž\b|\bbis\b|\bto\b)\s{0,2}IP\s?[0-6X][0-9X]K?|\s{0,2}\/\s{0,2}(?:IP\s?)?[0-6X][0-9X]K?|(?:\s{0,2}(?:~|～|至|到)|[-–]|\s[-–]\s)\s{0,2}(?:IP\s?[0-6X][0-9X]K?|[0-6X][0-9X]K?(?![\d.,~～°℃-]|\s{0,2}(?:m\b|cm\b|mm\b|min\b|h\b|hours?\b|米|分))))`;
const LIST = String.raw`(?<![\p{L}\d])${CODE}(?:${MORE}){1,5}(?![\p{L}\d])`;
const CHOICE_WORD = /\b(?:or|o|ou|oder|lub|hoặc|atau)\b|或/iu;
/** A range of ratings ("IP65~IP67", "IP65 to 67") leaves every rating between its ends to the supplier. */
const RANGE_MARK = /\d\s{0,2}(?:~|～|–|-|to\b|bis\b|up\s+to\b|a\b|do\b|až\b|至|到)/iu;

/**
 * "(all three tested, report TR-2291)", "both certified": the clause says every listed rating is held at once, so the
 * list is the housing's ratings, not a menu. The word must say all of them ("all", "both", "each") and a test or
 * certificate must back it.
 */
const ALL_HELD =
  /\b(?:all(?: (?:three|four|ratings|of them))?|both(?: ratings)?|each(?: rating)?)\s(?:(?:are|is|were)\s)?(?:tested|certified|passed|verified|approved)\b|(?:全部|均|都)(?:已)?(?:通过|测试|认证)/iu;

/**
 * "IP6X/IPX8", "IP5X/IPX4": one code gives only the dust digit, the other only the water digit; together they are one
 * rating written in two halves, nothing left to choose.
 */
function halves(codes: RegExpMatchArray[]): boolean {
  if (codes.length !== 2) return false;
  const [a, b] = codes.map((c) => [(c[1] ?? '').toUpperCase() === 'X', (c[2] ?? '').toUpperCase() === 'X']);
  return !!a && !!b && a[0] !== a[1] && b[0] !== b[1] && a[0] !== b[0];
}

/** Water digits of a jets test (5, 6, and the steam jets of 9K) against those of an immersion test (7, 8). */
const jets = (digit: string) => digit === '5' || digit === '6' || digit === '9';

export function ratingMenus(text: string): Match[] {
  return findAll(LIST, text).filter((m) => {
    const codes = [...m.text.matchAll(/([0-6X])([0-9X])(K?)/giu)];
    if (CHOICE_WORD.test(m.text) || RANGE_MARK.test(m.text)) return true;
    if (halves(codes) || ALL_HELD.test(text.slice(m.end))) return false;
    if (codes.length >= 3) return true;
    const [a, b] = codes.map((c) => c[2] ?? '');
    return jets(a ?? '') === jets(b ?? '');
  });
}
