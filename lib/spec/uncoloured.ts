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
    'clear',
    'resin',
    'polymer',
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

export function leftUncoloured(value: string, line: string): boolean {
  const uncoloured = test(UNCOLOURED, value);
  const natural = test(NATURAL, value);
  const metal = test(METAL_GRADE, line);
  if (!uncoloured && !(natural && (test(POLYMER, line) || metal))) return false;
  const rest = value
    .replace(regex(UNCOLOURED), ' ')
    .replace(regex(NATURAL), ' ')
    .replace(regex(FILLER), ' ')
    .replace(metal ? regex(METAL_FINISH_CJK) : /$^/gu, ' ')
    .replace(/[\s\p{P}]/gu, '');
  return rest.length === 0;
}
