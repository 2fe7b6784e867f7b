/**
 * A pack's print set up by its process and its board: "Color box printing: standard 4C offset on 300g ivory board,
 * EAN-13 barcode grade B per ISO/IEC 15416", "Impression boîte : CMYK offset sur carton 350 g/m² SBS", "彩盒印刷：四色
 * 胶印，350克白卡". The printer is told the press, the inks by their process and the board by grade and weight; what
 * goes on the box is the buyer's retail artwork, as with any colour box, and the line leaves the printer nothing to
 * choose. Read only on a pack print's label, and only when the value names both the press set-up and the board
 * (a process alone, "Color box: 4C printing", still leaves the board open), and nothing is left to a sample or later.
 */
import { anyOf, cjk, latinWords, test } from './patterns';
import { AS_SAMPLE, UNDECIDED } from './reference-lexicon';

/** The label of a print on a pack: "color box printing", "gift box print", "impression boîte", "彩盒印刷". */
const PACK_PRINT_LABEL = anyOf(
  latinWords([
    '(?:colou?r|gift|retail|display|inner|outer|paper|printed) ?box(?:es)?(?: print(?:ing)?| artwork| printing spec)?',
    '(?:box|carton|packaging|package|sleeve|hang ?tag|header card|blister card|backing card) print(?:ing)?',
    'impression (?:de la |du |des )?(?:bo[iî]tes?|étui|emballage|fourreau)',
    '(?:impresi[oó]n|impress[aã]o) (?:de la |da |del |do )?(?:cajas?|caixas?|estuche|embalaje|embalagem)',
    '(?:Karton|Verpackungs|Faltschachtel)druck',
    'stampa (?:della )?(?:scatola|astuccio|confezione)',
    // Polish and Turkish: "nadruk na pudełku", "druk opakowania", "renkli kutu baskısı".
    '(?:nadruk|druk) (?:na )?(?:pudeł\\p{L}{0,3}|opakowani\\p{L}{0,2}|kartoni?\\p{L}{0,2})',
    '(?:renkli |hediye )?kutu bask\\p{L}{0,3}',
  ]),
  // Russian and Ukrainian: "Печать цветной коробки", "печать на упаковке", "друк коробки".
  String.raw`(?<![\p{L}])(?:печать|друк)\s(?:на\s)?(?:(?:цветн|подарочн|кольоров|подарунков)\p{L}{1,3}\s)?(?:коробк|упаковк|короб)\p{L}{0,2}(?![\p{L}])`,
  cjk(['彩盒(?:印刷)?', '包装盒印刷', '纸盒印刷', '外箱印刷', 'カラーボックス印刷', '化粧箱印刷']),
);
/** The press set-up: process colour or a press. */
const PRESS_SETUP = anyOf(
  latinWords([
    'CMYK',
    '[1-6]C',
    '[1-6]\\+[0-6]',
    '[1-6]/[0-6]',
    '(?:four|4)[- ]colou?r(?: process)?',
    'offset',
    'flexo(?:graphic)?',
    'litho(?:graphic)?',
    'Offsetdruck',
    'quadricromia',
    'quadrichromie',
    'cuatricrom[ií]a',
    'Pantone',
    'PMS',
  ]),
  // "CMYK офсет", "офсетная печать", "флексо", "повнокольоровий друк".
  String.raw`(?<![\p{L}])(?:офсет\p{L}{0,4}|флексо\p{L}{0,6}|полноцвет\p{L}{0,4}|повнокольоров\p{L}{0,3})(?![\p{L}])`,
  cjk(['四色', '胶印', '柯式', '专色', '潘通']),
);
/** The board by its grade and weight: "300g ivory board", "350 g/m² SBS", "C1S 400gsm", "350克白卡". */
const BOARD = anyOf(
  String.raw`\d{2,4}\s?(?:g|gsm|g/m²|g/m2|gr|grs)(?![\p{L}\d])`,
  // "картон 350 г/м²": the grammage in Cyrillic.
  String.raw`\d{2,4}\s?(?:г|гр)(?:\s?/\s?м[²2])?(?![\p{L}\d])`,
  latinWords([
    'ivory board',
    'art (?:paper|card|board)',
    'C[12]S',
    'SBS',
    'FBB',
    'GC[12]',
    'duplex(?: board)?',
    '(?:E|B|F|BE|EB)[- ]flute',
    'kraft(?: paper| board)?',
    'coated (?:paper|board|card)',
    'carton ivoire',
    'cartón (?:estucado|folding)',
  ]),
  cjk(['\\d{2,4}克', '白卡', '铜版纸', '灰底白', '白板纸', '牛皮纸', '瓦楞']),
);

const OR = anyOf(
  latinWords(['or', 'o', 'ou', 'oder', 'oppure', 'and/or', 'lub', 'albo', 'veya', 'ya da']),
  String.raw`(?<![\p{L}])(?:или|або)(?![\p{L}])`,
);
/**
 * What keeps the set-up open though press and board are named: "4C offset or flexo", "250-350g board" (a pick or a
 * span left to the printer), "colours similar to last time", "close to the previous run" (a likeness, no target).
 */
const LEFT_OPEN = anyOf(
  // The "or" must join presses or boards: "grade B or better" of a barcode picks neither.
  String.raw`(?:${PRESS_SETUP}|${BOARD})[^,;]{0,12}?${OR}|${OR}\s{0,3}(?:[\p{L}\d]+\s){0,1}(?:${PRESS_SETUP}|${BOARD})`,
  String.raw`\d{2,4}\s?(?:g|gsm|gr)?\s?(?:-|–|~|to|a|à|bis)\s?\d{2,4}\s?(?:g|gsm|g/m²|g/m2|gr|grs)(?![\p{L}\d])`,
  latinWords([
    'similar',
    'close to',
    'like (?:the )?(?:last|previous|before)',
    '(?:as|same as) (?:the )?(?:last|previous|before|usual)(?: (?:time|order|run|batch))?',
    'last time',
    'similaire',
    'comme (?:la )?(?:dernière|derniere) fois',
    'parecid[oa]s?',
    'como (?:la )?(?:última|ultima) vez',
    'ähnlich',
    'wie (?:beim )?(?:letzten|letztes) Mal',
    'simil[ei]',
    // The colours of an earlier run, in any language: "as before", "wie zuvor", "como antes", "jak poprzednio".
    '(?:as|like) (?:before|usual|always)',
    "comme (?:avant|d[’']habitude|toujours)",
    'wie (?:zuvor|vorher|bisher|immer|gehabt)',
    'como (?:antes|siempre|sempre|de costumbre)',
    "come (?:prima|sempre|l[’']ultima volta)",
    '(?:tak )?jak (?:poprzednio|ostatnio|wcześniej|zawsze|w poprzednim zamówieniu)',
    '(?:önceki|geçen sefer(?:ki)?|öncekiler) gibi',
  ]),
  String.raw`(?<![\p{L}])(?:как|як) (?:раньше|прежде|в прошлый раз|раніше|минулого разу)(?![\p{L}])`,
  cjk([
    '或(?!以上|更[好高])',
    '类似',
    '相似',
    '接近',
    '同上次',
    '跟上次',
    '和上次',
    '如上次',
    '同以前',
    '和以前一样',
    '照旧',
    '前回同様',
    '前回と同じ',
    '[~～]\\d{2,4}克',
  ]),
);

/** True when a pack print's value gives the press set-up and the board, with nothing left to a sample or later. */
export function imprintByProcess(label: string, value: string): boolean {
  return (
    test(PACK_PRINT_LABEL, label) &&
    test(PRESS_SETUP, value) &&
    test(BOARD, value) &&
    !test(UNDECIDED, value) &&
    !test(AS_SAMPLE, value) &&
    !test(LEFT_OPEN, value)
  );
}
