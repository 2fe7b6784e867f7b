/**
 * Full-width forms typed with a Chinese, Japanese or Korean input method
 * ("Ｐａｎｔｏｎｅ　２８６　Ｃ", "１２０×６０ｃｍ", "５０００ｐｃｓ") read as their
 * ASCII twins, so every pattern written for "Pantone 286 C" or "60cm" matches
 * them too. Only letters, digits and spaces are folded (NFKC), each to one
 * character: the folded text keeps every offset, so spans found on it point at
 * the same characters of the line the buyer typed.
 */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/u;
/**
 * "قطر ۲۵ میلی‌متر", "الوزن ٥٠٠ غ": Persian and Arabic digits are figures as much as "25" is, so a size or weight
 * written in them is read as measured. Each folds to its ASCII digit, and the Arabic decimal separator between two
 * of them ("۴٫۲") to a point: one character for one, so offsets are kept as above.
 */
const ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/u;
/**
 * "ভোল্টেজ: ২২০ ভি", "वज़न: २.५ किलो": Bengali and Devanagari digits are figures too, and fold the same way (their
 * writers use the ASCII point and percent sign between them).
 */
const INDIC_DIGIT = /[\u0966-\u096f\u09e6-\u09ef]/u;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/u;
function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x09e6) return String(code - 0x09e6);
  if (code >= 0x0966) return String(code - 0x0966);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    // Letters, digits, the ideographic space, and a full stop between digits ("０．５"). Full-width commas and
    // semicolons stay: they separate clauses and counts ("OE号04466-06080，200套" is a code, then a count).
    const decimalPoint =
      ch === '\uff0e' && FULL_WIDTH_DIGIT.test(text[i - 1] ?? '') && FULL_WIDTH_DIGIT.test(text[i + 1] ?? '');
    if (ARABIC_DIGIT.test(ch) || INDIC_DIGIT.test(ch)) {
      out += asciiDigit(ch);
      continue;
    }
    if (ch === '\u066b' && ARABIC_DIGIT.test(text[i - 1] ?? '') && ARABIC_DIGIT.test(text[i + 1] ?? '')) {
      out += '.';
      continue;
    }
    // "±۵٪", "٢٠٪": the Arabic percent sign after a figure is the "%" every tolerance and share pattern reads.
    if (ch === '\u066a' && ANY_DIGIT.test(text[i - 1] ?? '')) {
      out += '%';
      continue;
    }
    out += FULL_WIDTH_ALNUM.test(ch) || ch === '\u3000' || decimalPoint ? ch.normalize('NFKC') : ch;
  }
  return out;
}
