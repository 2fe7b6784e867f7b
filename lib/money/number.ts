/**
 * Locale-agnostic number reading for marketplace text ("1,234.56", "1.234,56",
 * "1 234,56", "1'234.50", "42,000", "3,20", "12k").
 *
 * The separator rule (documented because it decides money):
 * 1. Both "." and "," present → the one that comes last is the decimal mark.
 * 2. One kind of mark, appearing more than once ("1,234,567") → grouping.
 * 3. One mark, once, followed by exactly three digits and not after a lone
 *    "0" ("42,000", "1.000") → grouping; unless the caller says the value has
 *    three decimals (KWD, BHD), then it is the decimal mark.
 * 4. Otherwise ("3,20", "2.98", "0,500", "1.5") → decimal mark.
 * Spaces (normal, no-break, narrow) and apostrophes only ever group digits,
 * and only when followed by exactly three digits.
 * Rule 3 has one exception: on a page written in a language whose decimal mark
 * is "." (English, Chinese…), the reader says so (withDecimalPoint) and a lone
 * "." is the decimal mark there ("US$1.250" is 1.25, not 1,250). A lone ","
 * keeps rule 3 everywhere: data values ("178,000") use it whatever the page's language.
 */

/** A decimal number kept as digits, so money never passes through a float. */
export interface Decimal {
  /** Integer digits with the decimal point removed ("123456" for 1234.56). */
  digits: string;
  /** How many of `digits` are after the decimal point (2 for 1234.56). */
  scale: number;
}

export interface NumberMatch {
  value: Decimal;
  /** Index of the match in the searched text, and the index just after it (suffix included). */
  start: number;
  end: number;
}

// A run of digits with inner marks; a trailing scale suffix (k, M, mil, Mio) is read separately.
const NUMBER = /\d(?:[\d.,'’\u00a0\u202f\u2009 ]*\d)?/g;
const SUFFIX =
  /^\s?(?:(k|K|M|mn|Mio\.?|million|millions|mil|millones|milhões|milhoes)(?![\p{L}\d])|(万|萬|亿|億)(?![\p{Script=Han}])|(万|萬|亿|億)(?=美元|美金|元|人民币|人民幣|欧元|歐元|港元|日元|英镑|件|个|個|只|套|台|双|米|$))/u;
// "mil" is "thousand" in Spanish and Portuguese ("US$ 10 mil"); the other words mean million.
// Chinese and Japanese count in ten-thousands: "US$ 10万" is 100,000 and "1.2亿" 120 million. They are
// written straight before the unit ("10万美元"), so no word boundary is asked of them.
const SUFFIX_POWER: Record<string, number> = { k: 3, K: 3, mil: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Set while a page written with "." as its decimal mark is read (withDecimalPoint). */
let decimalPointPage = false;

/**
 * Runs `read` (synchronous) with rule 3's exception on when `pageUsesDecimalPoint`:
 * the page's language writes "." as its decimal mark. Restored afterwards, even on a throw.
 */
export function withDecimalPoint<T>(pageUsesDecimalPoint: boolean, read: () => T): T {
  const before = decimalPointPage;
  decimalPointPage = pageUsesDecimalPoint;
  try {
    return read();
  } finally {
    decimalPointPage = before;
  }
}

/** Every number in `text`, left to right. `threeDecimals` flips rule 3 for KWD-style currencies. */
export function findNumbers(text: string, threeDecimals = false): NumberMatch[] {
  const found: NumberMatch[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    for (const piece of splitLooseSpaces(m[0], m.index)) {
      const value = readDecimal(piece.text, threeDecimals);
      if (!value) continue;
      const end = piece.start + piece.text.length;
      const suffix = SUFFIX.exec(text.slice(end, end + 12));
      if (suffix) {
        const word = ((suffix[1] ?? suffix[2] ?? suffix[3]) as string).replace(/\.$/, '');
        const power = SUFFIX_POWER[word] ?? 6;
        found.push({ value: shift(value, power), start: piece.start, end: end + suffix[0].length });
        continue;
      }
      found.push({ value, start: piece.start, end });
    }
  }
  return found;
}

/** First number in `text` as a plain JS number (for counts, percentages, years), or null. */
export function firstNumber(text: string): number | null {
  const match = findNumbers(text)[0];
  return match ? decimalToNumber(match.value) : null;
}

export function decimalToNumber(value: Decimal): number {
  return Number(value.digits) / 10 ** value.scale;
}

/** Integer count of minor units for a currency with `exponent` decimals, rounded half away from zero. */
export function decimalToMinor(value: Decimal, exponent: number): number | null {
  const shiftBy = exponent - value.scale;
  let minor: number;
  if (shiftBy >= 0) minor = Number(value.digits) * 10 ** shiftBy;
  else {
    const cut = value.digits.length + shiftBy;
    const whole = cut > 0 ? value.digits.slice(0, cut) : '0';
    const firstDropped = cut >= 0 ? value.digits.charCodeAt(cut) - 48 : 0;
    minor = Number(whole) + (firstDropped >= 5 ? 1 : 0);
  }
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * A space is a grouping mark only before exactly three digits ("1 234,56");
 * otherwise ("2 3", "2024 100") it separates two numbers.
 */
function splitLooseSpaces(run: string, offset: number): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  const spaces = /[\u00a0\u202f\u2009 ]+/g;
  for (let m = spaces.exec(run); m; m = spaces.exec(run)) {
    const after = run.slice(m.index + m[0].length);
    // "1 234 567" groups; "2024 100" (a 4-digit head) and "5 10" are two numbers.
    const head = run.slice(start, m.index);
    const groupOfThree =
      m[0].length === 1 &&
      /^\d{3}(?!\d)/.test(after) &&
      /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*$/.test(head);
    if (!groupOfThree) {
      pieces.push({ text: run.slice(start, m.index), start: offset + start });
      start = m.index + m[0].length;
    }
  }
  pieces.push({ text: run.slice(start), start: offset + start });
  return pieces.map((p) => trimMarks(p)).filter((p) => /\d/.test(p.text));
}

function trimMarks(piece: { text: string; start: number }): { text: string; start: number } {
  const lead = /^[^\d]*/.exec(piece.text)?.[0].length ?? 0;
  const text = piece.text.slice(lead).replace(/[^\d]+$/, '');
  return { text, start: piece.start + lead };
}

function readDecimal(raw: string, threeDecimals: boolean): Decimal | null {
  const text = raw.replace(/[\u00a0\u202f\u2009 '’]/g, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]{2}/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalMark: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const count = text.split(mark).length - 1;
    const after = text.length - text.lastIndexOf(mark) - 1;
    const loneZero = /^0[.,]/.test(text);
    const pointByLanguage = mark === '.' && decimalPointPage;
    const grouping = count > 1 || (after === 3 && !loneZero && !threeDecimals && !pointByLanguage);
    decimalMark = grouping ? null : mark;
  }
  if (decimalMark === null) {
    const digits = text.replace(/[.,]/g, '');
    return { digits, scale: 0 };
  }
  const at = text.lastIndexOf(decimalMark);
  const intPart = text.slice(0, at);
  // Grouping marks must be the other kind, in groups of three ("1.234,5" yes, "1,2,3.4" no), or the
  // Indian lakh/crore grouping: threes last, twos before ("₹1,09,988.64", "12,34,567.00").
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3) && !indianGroups(groups)) return null;
  if (intPart.includes(decimalMark)) return null;
  const fraction = text.slice(at + 1);
  return { digits: (groups.join('') || '0') + fraction, scale: fraction.length };
}

/** "1,09,988": a head of one or two digits, groups of two, a last group of three. */
function indianGroups(groups: string[]): boolean {
  const head = groups[0] ?? '';
  const last = groups[groups.length - 1] ?? '';
  return (
    groups.length > 2 &&
    /^\d{1,2}$/.test(head) &&
    last.length === 3 &&
    groups.slice(1, -1).every((g) => g.length === 2)
  );
}

function shift(value: Decimal, power: number): Decimal {
  if (value.scale >= power) return { digits: value.digits, scale: value.scale - power };
  return { digits: value.digits + '0'.repeat(power - value.scale), scale: 0 };
}
