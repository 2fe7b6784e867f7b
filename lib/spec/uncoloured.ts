/**
 * A colour left as the material's own: "colore naturale non pigmentato", "natural (unpigmented)", "PP natural",
 * "本色（不加色母）", "ungefärbt". No pigment, dye or masterbatch is added, so there is no shade for the supplier to
 * choose; the resin's or fibre's own colour is what the order asks for, as "undyed anodising" is for aluminium.
 * "Natural" alone is such a state only for a polymer or a graded metal named on the line ("PA66, colour natural",
 * "SUS304 0.8 mm, colour: natural, brushed" — the bare metal's own colour, its finish named beside it): on wood,
 * leather or fabric it is a shade word ("natural beige", "natural wood") and stays vague.
 */
import { METAL_GRADE } from './grades';
import { anyOf, cjk, latinWords, regex, scriptWords, test } from './patterns';
import { POLYMER } from './polymers';

/** Words that say no colourant is added. */
const UNCOLOURED = anyOf(
  latinWords([
    'un-?pigmented',
    'non[- ]?pigmented',
    'no pigments?(?: added)?',
    'no (?:colou?rants?|masterbatch|dyes?|colou?r) added',
    'no (?:colou?rants?|masterbatch|dyes?)',
    'without (?:any )?(?:pigments?|colou?rants?|masterbatch|dyes?)',
    'un-?colou?red',
    'un-?dyed',
    'non[- ]dyed',
    'non pigmentat[oaie]',
    'non colorat[oaie]',
    'senza (?:pigmenti|coloranti|masterbatch)',
    'sin pigmentar',
    'sin (?:pigmentos?|colorantes?|masterbatch)',
    'no pigmentad[oa]s?',
    'sin teñir',
    'non pigmentée?s?',
    'non teinte?s?',
    'non colorée?s?',
    'sans (?:pigments?|colorants?|masterbatch)',
    'ungefärbt',
    'unpigmentiert',
    'nicht eingefärbt',
    'ohne (?:Pigmente?|Farbstoffe?|Masterbatch)',
    'sem (?:pigmentos?|corantes?|masterbatch)',
    'não pigmentad[oa]s?',
    'não tingid[oa]s?',
    'niepigmentowan\\p{L}{1,2}',
    'niebarwion\\p{L}{1,2}',
    'bez (?:pigmentu|barwnika|barwników)',
    'pigmentsiz',
    'boyasız',
    'không (?:pha màu|nhuộm|phẩm màu)',
    'tanpa (?:pewarna|pigmen)',
    'ongepigmenteerd',
    'ongekleurd',
    'zonder (?:pigment(?:en)?|kleurstof(?:fen)?|masterbatch)',
  ]),
  scriptWords(['неокрашенн\\p{L}{1,3}', 'без (?:пигмента|красителя|красителей)']),
  cjk(['不加色母', '无色母', '不加色粉', '未染色', '不染色', '未着色', '無着色']),
);
const NATURAL = anyOf(
  latinWords([
    'natural(?:e|es|i)?',
    'naturel(?:le)?s?',
    'natur',
    'naturais',
    'natuur',
    'naturaln\\p{L}{1,2}',
    'doğal',
    'tự nhiên',
    'alami',
  ]),
  scriptWords(['натуральн\\p{L}{1,3}']),
  cjk(['本色', '原色']),
);
/** A bare metal's finish written in Chinese beside 本色: "本色拉丝", "原色抛光". */
const METAL_FINISH_CJK = cjk(['拉丝', '抛光', '镜面', '磨砂', '喷砂']);
/** What may stand beside the state: the colour word, see-through words, the resin's name. */
const FILLER = anyOf(
  latinWords([
    'colou?rs?',
    'colore',
    'couleur',
    'cor',
    'Farbe',
    'kolor',
    'renk',
    'màu',
    'warna',
    'kleur',
    'translucent[ea]?',
    'transparent[ea]?',
    'transparant',
    'clear',
    'resin',
    // The resin's kind, in English and Dutch: "PP homopolymer", "PP homopolymeer", "copolymeer", "hars", "korrels".
    '(?:homo|co)?polymee?r(?:s|en)?',
    'hars',
    'granulaat',
    'korrels',
    'granules?',
    'pellets?',
    'material',
    'state',
    'as moulded',
    'as molded',
    // The surface of a bare metal left its own colour: "natural (brushed)", "本色拉丝", "natural, mill finish".
    'brushed',
    'polished',
    'satin',
    'matte?',
    'hairline',
    'mill[- ]finish(?:ed)?',
    'bare metal',
    'metal',
    'finish',
    'surface',
    'and',
    'e',
    'et',
    'und',
    'y',
  ]),
  POLYMER,
);

/** The finish a bare metal's own colour is named with: "natural, brushed", "本色拉丝". */
const METAL_FINISH = anyOf(
  latinWords(['brushed', 'polished', 'satin', 'hairline', 'mill[- ]finish(?:ed)?', 'bare metal', 'mirror']),
  METAL_FINISH_CJK,
);
/** Materials whose "natural" is a shade word: a metal buckle or handle on them does not make the line a metal's. */
const NON_METAL = anyOf(
  latinWords([
    'leather',
    'wood(?:en)?',
    'oak',
    'pine',
    'walnut',
    'beech',
    'bamboo',
    'cotton',
    'jute',
    'linen',
    'canvas',
    'hemp',
    'wool',
    'silk',
    'rattan',
    'cork',
    'paper',
    'kraft',
    'cuir',
    'Leder',
    'Holz',
    'cuero',
    'madera',
    'couro',
    'madeira',
    'legno',
    'pelle',
    'bois',
  ]),
  cjk(['皮', '木', '竹', '棉', '麻', '藤', '纸']),
);
/** A bare number (304, 430) is a grade only beside a steel word; "430 g", "420 m", "410 gsm" are not. */
const STEEL_WORD = latinWords([
  'steel',
  'stainless',
  'inox',
  'Edelstahl',
  'Stahl',
  'acero',
  'aço',
  'acier',
  'acciaio',
]);
const STEEL_WORD_CJK = cjk(['钢', '不锈', '不銹']);
const BARE_GRADE_NUMBER = /^(?:201|202|301|303|304L?|316L?|410|420|430|440C?|925|18\/(?:8|10))$/iu;

/**
 * The line is a bare metal's: a metal grade is its material (under a material label, or its first item), no
 * leather, wood or fabric is named beside it, and a bare number is a grade only with a steel word.
 */
function metalLine(line: string): boolean {
  if (test(NON_METAL, line)) return false;
  const label =
    /(?:material|materials|材质|材料|Werkstoff|Material|matériau|materiale)\s{0,2}[:：]\s{0,2}([^,;，；|]*)/iu.exec(
      line,
    );
  const head = (label ? label[1] : line.split(/[,;，；|]/u)[0]) ?? '';
  const grades = head.match(regex(METAL_GRADE)) ?? [];
  const steelWord = test(STEEL_WORD, head) || test(STEEL_WORD_CJK, head);
  return grades.some((g) => !BARE_GRADE_NUMBER.test(g.trim()) || steelWord);
}

export function leftUncoloured(value: string, line: string): boolean {
  const uncoloured = test(UNCOLOURED, value);
  const natural = test(NATURAL, value);
  const polymer = test(POLYMER, line);
  // "natural" of a metal needs its finish beside it in the colour ("natural, brushed"), and the line a metal's.
  const metal = !polymer && natural && test(METAL_FINISH, value) && metalLine(line);
  if (!uncoloured && !(natural && (polymer || metal))) return false;
  const rest = value
    .replace(regex(UNCOLOURED), ' ')
    .replace(regex(NATURAL), ' ')
    .replace(regex(FILLER), ' ')
    .replace(metal ? regex(METAL_FINISH_CJK) : /$^/gu, ' ')
    .replace(/[\s\p{P}]/gu, '');
  return rest.length === 0;
}
