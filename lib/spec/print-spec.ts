/**
 * A print, engraving or embroidery given completely: how or in which colours,
 * how big (with a unit) and where ("1-colour silk-screen, Pantone 186 C,
 * 40 × 20 mm, centred on the front panel"). The buyer's own logo plus those
 * facts defines what is made, with or without a file name.
 */
import { COLOR_CODE } from './color-codes';
import { COLOR_NAME } from './color-words';
import {
  APPROX_BEFORE,
  anyOf,
  cjk,
  DIM_SEP,
  findAll,
  LENGTH_UNIT,
  latinWords,
  NUMBER,
  regex,
  test,
} from './patterns';

const METHOD = latinWords([
  'silk[- ]?screen(?:ed|ing)?',
  'screen[- ]?print(?:ed|ing)?',
  'pad[- ]?print(?:ed|ing)?',
  'heat[- ]transfer',
  'embroider(?:y|ed)',
  'deboss(?:ed|ing)?',
  'emboss(?:ed|ing)?',
  'laser[- ]?(?:engrav(?:ed|ing|e)|etch(?:ed|ing)?|mark(?:ed|ing)?)',
  'engrav(?:ed|ing)',
  'UV[- ]print(?:ed|ing)?',
  'offset[- ]print(?:ed|ing)?',
  'digital[- ]print(?:ed|ing)?',
  'sublimation',
  'hot[- ]stamp(?:ed|ing)?',
  // "hot-foil Pantone 871 C", "foil-stamped", "laser logo": the method named by its tool.
  'hot[- ]?foil(?:ed|ing)?',
  'foil[- ]?stamp(?:ed|ing)?',
  'laser(?= (?:logo|print|mark))',
  '(?:gold|silver) foil(?:ed)?',
  'woven label',
  'serigraf[ií]a',
  'tampograf[ií]a',
  'bordado',
  'grabado(?: l[aá]ser)?',
  's[ée]rigraphie',
  'tampographie',
  'broderie',
  'gravure(?: laser)?',
  'Siebdruck',
  'Tampondruck',
  'Stickerei',
  'bestickt',
  'Lasergravur',
  'graviert',
  'gravação(?: a laser)?',
]);
const METHOD_CJK = cjk([
  '丝印',
  '丝网印刷',
  '移印',
  '烫金',
  '烫银',
  '激光雕刻',
  '镭雕',
  '镭射',
  '刺绣',
  '印刷',
  '压印',
  '热转印',
  'UV印刷',
  // Japanese: laser marking, engraving, embroidery, foil and blind stamping, transfer ("印刷" above covers シルク印刷).
  'レーザー(?:刻印|マーキング|彫刻)',
  '刻印',
  '刺繍',
  '箔押し',
  '型押し',
  '転写',
]);
/** The colours of the print: codes, names, a count, or process colour. */
const INK = anyOf(
  COLOR_CODE,
  COLOR_NAME,
  String.raw`\b\d[- ]?colou?rs?\b`,
  latinWords([
    'full[- ]colou?r',
    'CMYK',
    '4C',
    '(?:one|two|three|single)[- ]colou?r',
    'no colou?r',
    'blind',
    'tone[- ]on[- ]tone',
    '\\d colou?r',
    '\\d (?:colores|couleurs?|Farben?|cores?)',
    '\\d-farbig',
  ]),
  cjk(['[一二三四1-4]色', '单色', '双色', '四色']),
);
/** A size with a unit: one length or a W × H group. */
const SIZE = anyOf(
  String.raw`\bA[0-6](?:[ \t]size)?\b`,
  `${NUMBER}(?:${DIM_SEP}${NUMBER})?\\s{0,3}${LENGTH_UNIT}`,
  `${NUMBER}\\s{0,3}${LENGTH_UNIT}(?:${DIM_SEP}${NUMBER}\\s{0,3}${LENGTH_UNIT})`,
);
/** Where it goes, as a place on the product or a distance from an edge or seam. */
const POSITION = anyOf(
  latinWords([
    'cent(?:re|er)(?:d)?',
    '(?:left|right|centre|center|top) (?:chest|sleeve|side|pocket|hip|leg|panel|corner)',
    'front(?: panel| side| pocket)?',
    'back(?: panel| side| neck)?',
    'sleeve',
    'lid',
    'collar',
    'hem',
    'handle',
    'strap',
    '(?:top|bottom|side|long|short) (?:edge|panel|face|side)',
    '(?:below|above|under|from|left of|right of) the',
    '(?:on|at) (?:the |each )?(?:front|back|side|top|bottom|lid|cap|body|handle|strap|sleeve|chest|pocket|collar|hem|panel|bottle|box|bag|base|face|cover|neck|gusset|flap|tongue|heel|clip|barrel)',
    'centrado',
    'delante',
    '(?:en el |en la )?(?:frente|espalda|pecho izquierdo|manga)',
    'centr[ée]e?',
    '(?:sur le |au )?(?:devant|dos|poitrine gauche|manche)',
    'mittig',
    '(?:auf der )?(?:Vorderseite|Rückseite|Brust links|linken Brust|Ärmel)',
    'centralizad[oa]',
    '(?:na )?(?:frente|costas|peito esquerdo|manga)',
    // Italian: "al centro del fronte", "sul retro", "petto sinistro".
    'al centro',
    'centrat[oa]',
    '(?:sul |sulla |sul lato )?(?:fronte|retro|petto sinistro|manica|coperchio)',
    'davanti',
  ]),
  cjk(['正面', '背面', '居中', '中间', '左胸', '右胸', '侧面', '盖子', '顶部', '底部', '袖子', '领口']),
  // Japanese: centre, front, back, face, lid, sleeve.
  cjk(['中央', '前面', '表面', '裏面', '蓋', '袖', '胸元']),
  `${NUMBER}\\s{0,3}(?:mm|cm|in|")\\s{0,3}(?:below|above|from|under)`,
);

/** Method or colours, size and position are all there. */
/** "tamaño aproximado 8 cm", "about 5 cm wide": an estimated print size leaves the artwork's size to the printer. */
const ESTIMATE_BEFORE = regex(`${APPROX_BEFORE}\\s{0,3}$`, 'iu');
function measuredSize(text: string): boolean {
  return findAll(SIZE, text).some(
    (m) => !ESTIMATE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)),
  );
}

/** The print's method named ("hot-foil", "silk-screen", "丝印"). */
export function namesPrintMethod(text: string): boolean {
  return test(METHOD, text) || test(METHOD_CJK, text);
}

export function isCompletePrint(text: string): boolean {
  return (
    measuredSize(text) &&
    test(POSITION, text) &&
    (test(METHOD, text) || test(METHOD_CJK, text) || test(INK, text))
  );
}

/**
 * "Printing: 2 colours, Pantone 186 C + Pantone Black C, 1 side, offset", "Druck: 2-farbig, PMS 286 C / PMS 021 C,
 * einseitig, Offset": a print set up on the press by its ink count, every ink by its code, the sides printed and the
 * press. What is printed is the buyer's art; the printer is left no ink, side or process to choose. The count must
 * be met by codes ("4 colours, Pantone 186 C" leaves three inks open) and the sides and press must both be named.
 */
const INK_COUNT =
  /(?<![\p{L}\d])([1-6])\s?(?:-\s?)?(?:colou?rs?|cols?|clrs?|c(?![\p{L}])|colores|couleurs?|Farben?|farbig|cores|colori|kolor(?:y|ów)?|renk)(?![\p{L}])|([一二三四五六1-6])色/iu;
const SIDES =
  /(?<![\p{L}\d])(?:(?:1|one|single|2|two|both|double)[- ]?sides?d?|[1-6]\s?\/\s?[0-6]|recto(?:[- ]verso)?|einseitig|beidseitig|(?:una|dos|ambas) caras?|une face|deux faces|(?:um|dois|ambos) lados?|(?:1|un|due) lat[oi]|jednostronn\p{L}{0,3}|dwustronn\p{L}{0,3})(?![\p{L}\d])|单面|双面|一面/iu;
const PRESS = latinWords([
  'offset',
  'flexo(?:graph(?:ic|y))?',
  '(?:roto)?gravure',
  'litho(?:graph(?:ic|y))?',
  'digital(?: print(?:ing)?)?',
  'Offsetdruck',
  'Flexodruck',
  'offset(?:druck)?',
]);
const CJK_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

export function printSetUpByCodes(text: string, codes: number): boolean {
  const count = INK_COUNT.exec(text);
  if (!count) return false;
  const digit = count[1] ?? count[2] ?? '';
  const inks = CJK_DIGIT[digit] ?? Number(digit);
  return (
    inks > 0 &&
    codes >= inks &&
    SIDES.test(text) &&
    (test(PRESS, text) || test(METHOD, text) || test(METHOD_CJK, text))
  );
}

/**
 * "1-col screen print logo 20x15cm PMS 355 C", "2 colours pad print, PMS 286 C + Black C, 30 x 10 mm": the print's
 * method, every ink by its code and its size in a unit. The print is the buyer's logo in those inks at that size;
 * where a single print sits on a plain face is the maker's habit, not a choice of what is made. The count must be met
 * by codes ("2-col, PMS 355 C" leaves one ink open).
 */
export function printSizedByCodes(text: string): boolean {
  // The size and the codes are the print's only after its method: "Jute tote 40x35cm, bag PMS 186 C, 1-col screen
  // print logo" gives the bag's size and colour, and the print's are still open.
  const method = [...findAll(METHOD, text), ...findAll(METHOD_CJK, text)].sort(
    (a, b) => a.start - b.start,
  )[0];
  if (!method) return false;
  const print = text.slice(Math.max(0, method.start - 12));
  const count = INK_COUNT.exec(print);
  if (!count) return false;
  const digit = count[1] ?? count[2] ?? '';
  const inks = CJK_DIGIT[digit] ?? Number(digit);
  const after = text.slice(method.end);
  return (
    inks > 0 &&
    findAll(COLOR_CODE, after).length >= inks &&
    measuredSize(after) &&
    !inksLeftAsChoice(after, inks)
  );
}

/** Between two inks of one list: a comma, slash, plus or "and"; an "or" offers them as alternatives. */
const INK_JOIN = /^\s{0,2}(?:[/,+&、]|and|y|et|und|e|和|及)?\s{0,2}$/iu;
const INK_OR =
  /^\s{0,2}(?:or|o|ou|oder|oppure|или|або|或者?|または)\s{0,2}$|^\s{0,2}(?:[/,]\s{0,2})?(?:or|o|ou|oder)\s{0,2}$/iu;

/**
 * "1-col … PMS 355 C or black", "2-col … PMS 286 C / PMS 186 C / black": the inks offered as a menu, so the print's
 * colour is still to pick. An "or" between two inks, or more inks listed together than the count, leaves it open.
 */
function inksLeftAsChoice(after: string, inks: number): boolean {
  const codes = findAll(COLOR_CODE, after);
  const names = findAll(COLOR_NAME, after).filter(
    (n) => !codes.some((c) => n.start < c.end && c.start < n.end),
  );
  const tokens = [...codes, ...names].sort((a, b) => a.start - b.start);
  let run = 1;
  for (const [i, token] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (!prev) continue;
    const gap = after.slice(prev.end, token.start);
    if (INK_OR.test(gap)) return true;
    run = INK_JOIN.test(gap) ? run + 1 : 1;
    if (run > inks) return true;
  }
  return false;
}
