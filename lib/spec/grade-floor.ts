/**
 * "S45C or better", "42CrMo4 or higher grade", "6061-T6 oder besser", "45#钢或以上": a carbon or alloy steel, or a
 * non-ferrous alloy, followed by "or better" names no floor a lab can hold the goods to. Those grades are not ranked
 * on one scale: a harder steel machines and welds worse, a stronger one may rust sooner, so "better" is whatever the
 * supplier says it is, and the grade is his to pick as with "or equivalent".
 * Stainless grades are the exception the real-5 set decided (tests/fixtures/spec/real-5/README.md): "SS304 or
 * better", "1.4301 oder höherwertig", "AISI 304 o superiore" sit on the corrosion ladder every trader shares (201 <
 * 304 < 316), so a 304 mill certificate passes and a 201 part fails. So do a property class or a grade letter
 * ("bolts class 8.8 or higher", "grade A or better"), which are never read here.
 * Stainless is known by more names than "304": the A2/A4 bolt classes ("A2-70 or better": A2 is 304, A4 is 316,
 * -70 the tensile class), the precipitation-hardening 17-4PH ("SUS630"), the old Chinese names with one carbon digit
 * ("0Cr18Ni9", "1Cr18Ni9Ti") and the GOST names in Cyrillic ("12Х18Н10Т"): a chromium-nickel code is stainless in
 * any script.
 * Structural steels are named by their minimum yield strength ("A36", "S355JR", "Q345B", "SS400"): like a bolt's
 * property class, "or higher" after one is a known order (S235 < S275 < S355 < S460; Q235 < Q345 < Q390), and the
 * mill certificate's yield figure shows whether the grade shipped is at or above the floor. Those clear too.
 */
import { METAL_GRADE, STEEL_WORD } from './grades';
import { anyOf, cjk, findAll, latinWords, type Match } from './patterns';

const OR_BETTER = anyOf(
  latinWords([
    'or (?:better|higher|superior|above)(?: (?:grade|quality|material))?',
    'or (?:a )?(?:better|higher|superior) (?:grade|quality|material)',
    'oder (?:besser|höher(?:wertig)?|hochwertiger)',
    'o (?:mejor|superior)',
    'ou (?:mieux|supérieur|melhor)',
    'o (?:migliore|superiore)',
    'или (?:лучше|выше)',
  ]),
  cjk(['或(?:更好|更高|以上|更优)', '(?:及|或)其以上', '以上']),
);

/** The grade right before the floor, with its family word ("45#钢", "6061-T6 aluminium", "SUS304 stainless steel"). */
const GRADE_BEFORE = new RegExp(
  String.raw`(?:${METAL_GRADE})(?:\s{0,2}(?:stainless\s{1,2})?(?:${STEEL_WORD})|\s{0,2}(?:不锈钢|不銹鋼|stainless|alumin(?:i)?um(?: alloy)?|alloy|铝合金|铝))?\s{0,2}$`,
  'iu',
);

/** A stainless grade, or the stainless word, in the text before the floor: its floor is on a shared scale. */
const STAINLESS =
  /(?<![\d.])(?:20[12]|30[1-9]L?|31[0-7]L?|321|347|4[1-4]\dC?|904L|2205|2507|630|631)(?![\d.])|\b1\.4\d{3}\b|\bX\d{1,3}Cr(?:Ni|Mo)|\d{0,2}Cr1\dNi|\d{0,2}Х1\dН|\bA[24]-?(?:50|70|80)\b|\b17-?4 ?PH\b|\b18\/(?:8|10)\b|stainless|inox|Edelstahl|нерж|不[锈銹]钢|ステンレス/iu;

/** A structural steel named by its minimum yield strength: ASTM A36/A572, EN S235-S960, GB Q195-Q690, JIS SS400/SM490. */
const STRENGTH_GRADE =
  /(?<![\p{L}\d])(?:A36|A572(?: ?Gr(?:ade|\.)? ?\d{2})?|S(?:185|2[3-9]\d|3[0-9]\d|4[2-6]0|[5-9][05]0)(?:[A-Z]{1,2}\d?[A-Z]?)?|Q(?:195|215|235|275|3[4-9][05]|4[2-6]0|[5-6][05]0|690)[A-E]?|SS[34]\d0|SM[45]\d0[A-C]?)(?![\p{L}\d])/u;

/**
 * The "or better" phrases in `text` that follow the grade code of a carbon or alloy steel or a non-ferrous alloy.
 */
export function gradeLeftToBetter(text: string): Match[] {
  return findAll(OR_BETTER, text).filter((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    return GRADE_BEFORE.test(before) && !STAINLESS.test(before) && !STRENGTH_GRADE.test(before);
  });
}
