/**
 * Hindi and Arabic praise of the cloth or the material: "कपड़े की क्वालिटी बढ़िया", "बेहतरीन क्वालिटी का कपड़ा",
 * "خامة ممتازة جدا", "القماش فاخر". The noun (cloth, material, quality) governs a praise word, in either order, with
 * nothing (composition, weight, a sample) a dispute could measure the goods against. Marks (matras, harakat) are
 * part of a word here, so the word edges look past them.
 */
const EDGE_BEFORE = '(?<![\\p{L}\\p{M}])';
const EDGE_AFTER = '(?![\\p{L}\\p{M}])';

/** Cloth, material, goods, quality ("कपड़ा", "मटेरियल", "माल", "क्वालिटी", "गुणवत्ता"), with an optional "की/का क्वालिटी". */
const HI_NOUN =
  '(?:कपड़े|कपड़ा|कपड़ों|कपडे|कपडा|मटेरियल|मटीरियल|सामग्री|माल|फैब्रिक|क्वालिटी|गुणवत्ता)(?:\\s(?:की|का|के)\\s(?:क्वालिटी|गुणवत्ता))?';
// "निर्यात योग्य" (fit for export), "एक्सपोर्ट क्वालिटी": the market the goods are said to suit, no grade of it.
const HI_PRAISE =
  '(?:बहुत\\s|एकदम\\s|सबसे\\s)?(?:बढ़िया|बढ़िया|अच्छी|अच्छा|अच्छे|बेहतरीन|उम्दा|शानदार|टॉप|प्रीमियम|हाई|उत्तम|उच्च|(?:निर्यात|एक्सपोर्ट)\\s(?:योग्य|लायक|स्तरीय|स्तर|क्वालिटी|गुणवत्ता))';
/** Between the noun and its praise: a space, or a label's colon ("गुणवत्ता: अच्छी"). */
const HI_JOIN = '(?:\\s{0,2}[:：]\\s{0,3}|\\s)';
/** "कपड़े की क्वालिटी बढ़िया", "गुणवत्ता: अच्छी", "माल एकदम बढ़िया है", "बढ़िया क्वालिटी", "उच्च गुणवत्ता वाला कपड़ा". */
const HINDI = `${EDGE_BEFORE}(?:${HI_NOUN}${HI_JOIN}(?:(?:है|हो|होगी|होगा)\\s)?${HI_PRAISE}|${HI_PRAISE}\\s(?:क्वालिटी|गुणवत्ता)(?:\\s(?:का|की|के|वाला|वाली|वाले)\\s(?:कपड़ा|कपड़े|माल|मटेरियल))?)${EDGE_AFTER}`;

/** Cloth, raw material, fabric, material: "خامة", "الخامات", "القماش", "المادة", "النسيج". */
const AR_NOUN = '(?:[وب])?(?:ال)?(?:خامة|خامات|قماش|أقمشة|مادة|مواد|نسيج)';
const AR_PRAISE =
  '(?:ال)?(?:ممتاز(?:ة)?|فاخر(?:ة)?|رائع(?:ة)?|جيد(?:ة)?|عالي(?:ة)?|ممتازة|فائق(?:ة)?|ممتع(?:ة)?|أصلي(?:ة)?)(?:\\s(?:جدا|جداً|للغاية))?';
/** "خامة ممتازة جدا", "قماش فاخر", "الخامة الجيدة". */
const ARABIC = `${EDGE_BEFORE}${AR_NOUN}\\s(?:(?:هي|هو)\\s)?${AR_PRAISE}${EDGE_AFTER}`;

/** The Hindi and Arabic praise of a material, as one alternation for the quality-word lexicon. */
export const PRAISE_HI_AR = `(?:${HINDI}|${ARABIC})`;

/** Hindi or Arabic cloth praise, alone: to tell it from the other quality words when the line answers it. */
const CLOTH_PRAISE = new RegExp(`^${PRAISE_HI_AR}$`, 'u');
const DIGIT = '[\\d\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F]';
/** A fibre share: "100٪", "65% पॉलिएस्टर", "١٠٠%". */
const COMPOSITION = new RegExp(`${DIGIT}{1,3}\\s{0,2}[%٪]`, 'u');
/** A cloth weight: "150 جم/م²", "160 GSM", "180 ग्राम", "200 g/m2". */
const CLOTH_WEIGHT = new RegExp(
  `${DIGIT}{2,4}\\s{0,2}(?:gsm|g\\/m(?:²|2)|جم\\s{0,2}\\/\\s{0,2}م|غ\\s{0,2}\\/\\s{0,2}م|غرام|جرام|ग्राम|जीएसएम)`,
  'iu',
);
/** An approved or numbered sample: "حسب العينة المعتمدة", "العينة رقم 12", "अप्रूव्ड सैंपल के अनुसार". */
const APPROVED_SAMPLE =
  /(?:العينة|عينة)\s{0,2}(?:المعتمدة|المعتمده|الموافق عليها|رقم)|(?:अप्रूव्ड|स्वीकृत|मंजूर)\s(?:सैंपल|नमूना|नमूने)|(?:सैंपल|नमूना)\s(?:नंबर|नं\.?|संख्या)/u;

/** The Hindi or Arabic praise of the cloth, as a whole match of the quality words. */
export const isClothPraise = (praise: string): boolean => CLOTH_PRAISE.test(praise);

/**
 * "القماش: بوليستر 100٪ 150 جم/م² - قماش ممتاز حسب العينة المعتمدة": the praise beside the cloth's composition and
 * weight, or beside an approved sample, adds a word to what the figures already hold the goods to.
 */
export function clothPraiseAnswered(praise: string, line: string): boolean {
  if (!CLOTH_PRAISE.test(praise)) return false;
  return APPROVED_SAMPLE.test(line) || (COMPOSITION.test(line) && CLOTH_WEIGHT.test(line));
}
