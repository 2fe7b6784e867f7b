/**
 * A performance measured against "ordinary" goods nobody names: "2 times brighter than normal bulb", "3x stronger
 * than ordinary tape", "más brillante que una bombilla normal", "heller als herkömmliche Glühbirnen", "比普通灯泡亮2倍".
 * Which bulb, at what wattage? The reference is in no one's hands, so no delivered piece can be shown to fall short.
 * Left alone when the field writes its own figure (1600 lm, 30 N/cm): the comparison then only sells the figure.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

const ORDINARY_EN =
  // "2x brighter than halogen": a lamp kind with no wattage is as unnamed a reference as "normal bulbs".
  '(?:normal|ordinary|regular|common|traditional|conventional|usual|generic|typical|standard|similar|other|halogen|incandescent)';
const ORDINARY_COMPARED = anyOf(
  latinWords([
    // "stronger than most vacuums", "brighter than many lamps": a majority of goods nobody lists.
    '(?:brighter|stronger|longer|faster|louder|tougher|better|(?:more|less) \\p{L}+) than (?:most|many) (?:other )?\\p{L}+',
    `(?:brighter|stronger|longer|faster|louder|thicker|tougher|harder|softer|lighter|better|bigger|larger|higher|(?:more|less) \\p{L}+) than (?:an? |the |most )?${ORDINARY_EN}(?! (?:samples?|requirements?|values?|specifications?|specs?|tolerances?)\\b)(?: \\p{L}+)?`,
    '(?:más|menos) \\p{L}+ que (?:una? |el |la |los |las )?(?:\\p{L}+ )?(?:normal(?:es)?|común|comunes|convencional(?:es)?|tradicional(?:es)?|ordinari[oa]s?|estándar)',
    '(?:mais|menos) \\p{L}+ (?:do )?que (?:uma? |o |a |os |as )?(?:\\p{L}+ )?(?:normal|normais|comum|comuns|convencional|convencionais|tradicional|tradicionais)',
    "plus \\p{L}+ que (?:les |la |le |une? |l[’'])?(?:\\p{L}+ )?(?:normale?s?|ordinaires?|classiques?|traditionnel(?:le)?s?|standards?)",
    '\\p{L}+er als (?:ein\\p{L}{0,2} |die |der |das )?(?:normal|herkömmlich|gewöhnlich|üblich|konventionell|traditionell|Standard)\\p{L}{0,2}',
    'più \\p{L}+ (?:di|delle?|dei|degli) (?:\\p{L}+ )?(?:normali?|tradizionali?|comuni|standard)',
  ]),
  scriptWords([
    '(?:ярче|сильнее|дольше|прочнее|мощнее|лучше|толще)(?: чем)? (?:у )?(?:обычн|стандартн|традиционн)\\p{L}*',
  ]),
  cjk([
    '比(?:普通|一般|传统|常规|其他|同类|市面)\\p{Script=Han}{0,6}(?:更)?(?:亮|强|长|快|好|耐用|结实|厚|大)',
    // Japanese and Korean: "普通の電球より2倍明るい", "従来品より長持ち", "일반 전구보다 3배 밝음".
    '(?:普通|一般|通常|従来|市販)の?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}より',
    '(?:일반|보통|기존|시중)\\s?\\p{Script=Hangul}{0,6}\\s?보다',
  ]),
);
/**
 * The field's own measured figure: a number with any unit-like token after it (1600 lm, 60 Nm, 1200 cycles, 50 ft,
 * 2000 sq ft, 1.5 denier, 1600流明) or a measure's short name before it (ILD 18, Tex 40, Ne 20). Units are not listed:
 * whichever unit the trade uses, a figure is there to hold the goods to (not the "2 times" of the comparison).
 */
const OWN_FIGURE =
  /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?\s{0,2}(?:%|°|["″′']|[\p{L}µ][\p{L}\d²³/.-]{0,9}(?![\p{L}])|\p{Script=Han})|(?<![\p{L}])\p{Lu}[\p{L}]{0,3}\s{0,2}\d/u;
/** "2 times", "3x", "200%": the multiple of the unnamed reference, not a figure of the goods. */
const MULTIPLE =
  /\d+(?:[.,]\d+)?\s{0,2}(?:x|×|times|veces|fois|mal|volte|vezes|раз|倍|배|%|percent|per ?cent|pour ?cent|por ?ciento|por ?cento|Prozent|процент\p{L}*)(?![\p{L}])/giu;

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', { example: 'luminous flux ≥ 1600 lm at 13 W (LM-79 report)' });

export const ordinaryComparisonDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    // A colour, a size or a material compared so is told by that attribute's rule ("larger than normal").
    if (clause.attribute && clause.attribute !== 'performance') return [];
    if (!/than|que|als|di|del|чем|обычн|比|より|보다/iu.test(text)) return [];
    const hit = findAll(ORDINARY_COMPARED, text)[0];
    if (!hit || OWN_FIGURE.test(line.replace(MULTIPLE, ' '))) return [];
    const range = tidyRange(text, hit.start, hit.end);
    return [vagueFinding('performance', clause, { ...range, why: WHY, fix: FIX })];
  },
};
