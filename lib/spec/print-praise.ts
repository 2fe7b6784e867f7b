/**
 * Packaging print praised instead of specified: "color box with good printing, nice look", "belle impression",
 * "hochwertiger Druck", "印刷精美". Nothing says how many colours, which inks, what finish or what proof the print
 * is held to, so a faded or misregistered box is still "good printing". Read only in a clause about packing (see
 * the packaging detector), where the print is the box's.
 */
import { ABOUT_PACKING } from './about-packing';
import { anyOf, cjk, findAll, latinWords } from './patterns';

const PRAISE =
  '(?:good|nice|beautiful|high[- ]quality|excellent|perfect|exquisite|fine|great|attractive|eye[- ]catching|premium|clear|vivid)';

const PRINT_PRAISE = anyOf(
  latinWords([
    `${PRAISE} (?:colou?r )?print(?:ing|s)?(?: quality)?`,
    `print(?:ing)? (?:is |looks? )?(?:very |really |so )?${PRAISE}`,
    '(?:nice|good|beautiful|attractive|premium) (?:look(?:ing)?|appearance|design)(?: for (?:supermarkets?|retail|shelf|display|sale))?',
    'looks? (?:very |really |so )?(?:nice|good|beautiful|premium|attractive)',
    '(?:buena|bonita|excelente|hermosa) impresión|impresión (?:de (?:buena|alta) calidad|bonita|nítida)',
    '(?:belle|bonne|excellente|jolie) impression|impression (?:de (?:bonne|haute) qualité|soignée)',
    '(?:schöne[rn]?|hochwertige[rn]?|gute[rn]?) (?:Druck|Bedruckung)|hochwertig bedruckt',
    '(?:boa|bonita|excelente|linda) impressão|impressão (?:de (?:boa|alta) qualidade|bonita)',
    '(?:bella|ottima|buona) stampa|stampa (?:di (?:alta )?qualità|bella)',
  ]),
  cjk([
    '印刷(?:很|非常)?(?:精美|漂亮|好看|精致|清晰漂亮)',
    '(?:精美|漂亮)(?:的)?印刷',
    '印刷が(?:きれい|綺麗|美しい)',
    '인쇄(?:가)? (?:깔끔|예쁘)',
  ]),
);

/** Chinese, Japanese and Korean boxes and bags ("彩盒", "化粧箱", "박스"), which the Latin packing cue does not read. */
const CJK_PACKING = /盒|袋|箱|박스|상자|パッケージ/u;

/** Print praise in a clause about packing. */
export function printPraise(text: string): { start: number; end: number; text: string }[] {
  return ABOUT_PACKING.test(text) || CJK_PACKING.test(text) ? findAll(PRINT_PRAISE, text) : [];
}
