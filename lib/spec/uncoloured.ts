/**
 * A colour left as the material's own: "colore naturale non pigmentato", "natural (unpigmented)", "PP natural",
 * "本色（不加色母）", "ungefärbt". No pigment, dye or masterbatch is added, so there is no shade for the supplier to
 * choose; the resin's or fibre's own colour is what the order asks for, as "undyed anodising" is for aluminium.
 * "Natural" alone is such a state only for a polymer named on the line ("PA66, colour natural"): on wood, leather or
 * fabric it is a shade word ("natural beige", "natural wood") and stays vague.
 */
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
  if (!uncoloured && !(natural && test(POLYMER, line))) return false;
  const rest = value
    .replace(regex(UNCOLOURED), ' ')
    .replace(regex(NATURAL), ' ')
    .replace(regex(FILLER), ' ')
    .replace(/[\s\p{P}]/gu, '');
  return rest.length === 0;
}
