/**
 * Latin letters and decimal digits written in forms that Unicode compatibility normalisation (NFKC) leaves
 * alone, so "ᴘᴀʏᴘᴀʟ", "🅿🅰🆈🅿🅰🅻", "⒫⒜⒴⒫⒜⒧", "🇼🇺" or an Arabic-Indic phone number "٠٠٩٦٦…" would
 * otherwise never read as the words and numbers they show. NFKC itself (full-width, mathematical,
 * circled, superscript forms) is applied by normalise.ts; unhomoglyph covers look-alikes from other
 * scripts inside disguised words.
 */

const A = 0x61;
const letterAt = (offset: number, upper: boolean) => {
  const c = String.fromCharCode(A + offset);
  return upper ? c.toUpperCase() : c;
};

/** Small capitals (phonetic extensions and IPA): letters with no decomposition at all. */
const SMALL_CAPITALS: Record<number, string> = {
  7424: 'a',
  665: 'b',
  7428: 'c',
  7429: 'd',
  7431: 'e',
  42800: 'f',
  610: 'g',
  668: 'h',
  618: 'i',
  7434: 'j',
  7435: 'k',
  671: 'l',
  7437: 'm',
  628: 'n',
  7439: 'o',
  7448: 'p',
  42927: 'q',
  640: 'r',
  42801: 's',
  7451: 't',
  7452: 'u',
  7456: 'v',
  7457: 'w',
  655: 'y',
  7458: 'z',
};

/**
 * Latin letters whose stroke is not a combining mark, so stripping accents leaves them as they are:
 * Turkish dotless ı, Polish ł, Vietnamese đ, Nordic ø, and the ligatures œ, æ, ß. Folded like the other accents ("hesabı" →
 * "hesabi", "przelał" → "przelal", "đặt cọc" → "dat coc").
 */
const STROKED: Record<number, string> = {
  305: 'i',
  322: 'l',
  321: 'L',
  273: 'd',
  272: 'D',
  248: 'o',
  216: 'O',
  // Ligatures written as two letters by everyone who types without them: "sœur" → "soeur", "Straße" → "strasse".
  339: 'oe',
  338: 'OE',
  230: 'ae',
  198: 'AE',
  223: 'ss',
};

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** The value of a non-ASCII decimal digit: Unicode lays each digit set out as ten consecutive code points. */
function digitValue(cp: number): string {
  let zero = cp;
  while (zero > 0 && cp - zero < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/**
 * The plain letter or digit one code point stands for, when NFKC would not say it; null otherwise.
 * Called once per distinct code point (normalise.ts memoises).
 */
export function plainForm(ch: string, cp: number): string | null {
  const small = SMALL_CAPITALS[cp] ?? STROKED[cp];
  if (small) return small;
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return letterAt(cp - 0x1f1e6, false); // regional indicators 🇦…🇿
  if (cp >= 0x1f150 && cp <= 0x1f169) return letterAt(cp - 0x1f150, true); // negative circled 🅐…🅩
  if (cp >= 0x1f170 && cp <= 0x1f189) return letterAt(cp - 0x1f170, true); // negative squared 🅰…🆉
  if (cp >= 0x249c && cp <= 0x24b5) return letterAt(cp - 0x249c, false); // parenthesized ⒜…⒵ (NFKC: "(a)")
  if (cp > 0x7f && DECIMAL_DIGIT.test(ch)) {
    const nfkc = ch.normalize('NFKC');
    return /^[0-9]$/.test(nfkc) ? nfkc : digitValue(cp); // Arabic-Indic, Devanagari, Thai… digits
  }
  return null;
}

/** Arabic (and Devanagari) punctuation read as its Latin counterpart, so clauses and sentences end where a reader sees them. */
export const ARABIC_PUNCTUATION: Record<string, string> = {
  '\u060C': ',', // ، comma
  '\u061B': ';', // ؛ semicolon
  '\u061F': '?', // ؟ question mark
  '\u066A': '%', // ٪ percent sign
  '\u066B': '.', // ٫ decimal separator
  '\u066C': ',', // ٬ thousands separator
  '\u06D4': '.', // ۔ full stop (Urdu)
  // Devanagari's danda and double danda end a Hindi sentence: "…नहीं आ सकता। अपना व्हाट्सएप नंबर दीजिए" is two sentences,
  // and the "not" of the first no longer cancels the second.
  '\u0964': '.', // । danda
  '\u0965': '.', // ॥ double danda
};
