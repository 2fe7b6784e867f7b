/** Colour names and the words that shade them, in the seven languages read. */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

const NAMES = [
  'red',
  'blue',
  'green',
  'yellow',
  'orange',
  'purple',
  'violet',
  'pink',
  'black',
  'white',
  'gr[ae]y',
  'brown',
  'beige',
  'navy',
  'gold',
  'golden',
  'silver',
  'ivory',
  'khaki',
  'maroon',
  'burgundy',
  'teal',
  'turquoise',
  'cyan',
  'magenta',
  'charcoal',
  'coral',
  'champagne',
  'multicolou?r(?:ed)?',
  'colou?rful',
  'roj[oa]s?',
  // Portuguese writes the plural "azuis" ("200 azuis, 150 verdes"), Spanish "azules".
  'azul(?:es)?',
  'azuis',
  'verdes?',
  'amarill[oa]s?',
  'naranja',
  'morad[oa]s?',
  'negr[oa]s?',
  'blanc[oa]s?',
  'marrón',
  'dorad[oa]s?',
  'platead[oa]s?',
  'rouges?',
  'bleue?s?',
  'vertes?',
  'jaunes?',
  'noire?s?',
  'blanc(?:he)?s?',
  'gris',
  'marron',
  'doré',
  'argenté',
  '(?:dunkel|hell)?(?:rot|blau|grün|gelb|schwarz|weiß|weiss|grau|braun|lila)',
  'silber',
  'vermelh[oa]s?',
  'amarel[oa]s?',
  'rox[oa]s?',
  'pret[oa]s?',
  'branc[oa]s?',
  'cinzas?',
  'marrom',
  'bege',
  'dourad[oa]s?',
  'pratead[oa]s?',
  'ross[oaie]',
  'blu',
  'azzurr[oa]',
  'celeste',
  'giall[oaie]',
  'arancione',
  'viola',
  'ner[oaie]',
  'bianc(?:[oa]|hi|he)',
  'grigi[oa]',
  'marrone',
  'dorat[oa]',
  'argentat[oa]',
  'bordeaux',
];
export const COLOR_MODIFIERS = [
  'light',
  'dark',
  'deep',
  'pale',
  'bright',
  'matte?',
  'glossy',
  'metallic',
  'transparent',
  'sky',
  'royal',
  'navy',
  'rose',
  'wood',
  'brand',
  'marino',
  'oscuro',
  'claro',
  'foncé',
  'clair',
  'chiaro',
  'scuro',
];
/**
 * Words written after a colour name that belong to it ("azul marino", "verde
 * oliva", "bleu foncé", "grigio chiaro"): read only where the colour names a
 * variant in a count, so they never make a colour on their own.
 */
export const COLOR_AFTER_WORDS = [
  'marino',
  'oscuro',
  'claro',
  'oliva',
  'foncé',
  'clair',
  'marine',
  'chiaro',
  'scuro',
  'escuro',
];
/** Colour names that only count as variant names in a breakdown ("800 marine", "400 oliv", "藏青800件"). */
export const VARIANT_ONLY_COLOURS = anyOf(
  latinWords([
    'marine',
    'oliv(?:e|grün)?',
    'olive green',
    'sand',
    'camel',
    'mint',
    'nude',
    'army green',
    'rust',
    // Indonesian and Malay names, as a per-colour count writes them ("Merah 300, Hitam 500, Putih 200 pcs"). Only as
    // variant names: a bare "warna merah" is read by the colour label, not by this list.
    'merah(?: (?:muda|tua|marun))?',
    'hitam',
    'putih',
    'biru(?: (?:muda|tua|dongker|laut))?',
    'hijau(?: (?:muda|tua|army))?',
    'kuning',
    'abu-?abu',
    'co?klat',
    'cokelat',
    'ungu',
    'oranye',
    'jingga',
    'perak',
    'krem',
  ]),
  cjk(['[深浅淡亮暗哑军墨湖宝天酒]?(?:藏青|咖啡|卡其|[红蓝绿黄橙紫粉黑白灰棕金银米青])(?!色)']),
);

/** Praise instead of a colour: "bright colours", "colores vivos", "颜色鲜艳". */
export const COLOUR_PRAISE = anyOf(
  latinWords([
    '(?:bright|vivid|vibrant|beautiful|nice|rich|fashion(?:able)?|fresh|attractive|eye[- ]catching|popular|fancy|pretty|lovely|gorgeous|brilliant|bold|lively|cheerful|striking) colou?rs?',
    'colou?rs? (?:are |is )?(?:bright|vivid|vibrant|beautiful|nice|fresh|attractive|eye[- ]catching|brilliant)',
    'colou?rful',
    'colores (?:vivos|brillantes|llamativos|bonitos|alegres)',
    'couleurs (?:vives|éclatantes|brillantes|jolies)',
    '(?:leuchtende|kräftige|schöne|bunte|frische) Farben',
    'cores (?:vivas|brilhantes|bonitas|alegres)',
    'colori (?:vivaci|brillanti|accesi|belli|allegri)',
  ]),
  cjk(['颜色鲜艳', '色彩鲜艳', '颜色漂亮', '色彩丰富']),
);
/** One colour left to the supplier across a lot: "assorted colours", "colori assortiti". */
export const ASSORTED_COLOURS = anyOf(
  latinWords([
    '(?:assorted|mixed|various|any|random|standard|customi[sz]ed|custom|natural|wood) colou?rs?',
    'colou?rs? (?:assorted|mixed|random|optional)',
    'colores (?:surtidos|variados|mixtos|aleatorios)',
    'couleurs (?:assorties|variées|mélangées|aléatoires)',
    '(?:gemischte|sortierte|verschiedene|zufällige) Farben',
    'cores (?:sortidas|variadas|mistas|aleatórias)',
    'colori (?:assortiti|misti|vari|casuali)',
    // Dutch, Polish, Turkish and Vietnamese: "diverse kleuren", "kolory mieszane", "karışık renkler", "màu ngẫu nhiên".
    '(?:diverse|gemengde|verschillende|willekeurige|assorti) kleuren',
    'kleuren (?:assorti|gemengd|willekeurig)',
    '(?:różne|mieszane|losowe) kolory',
    'kolory (?:mieszane|różne|losowe)',
    '(?:karışık|çeşitli|rastgele) renk(?:ler)?',
    'màu (?:ngẫu nhiên|hỗn hợp)',
    'nhiều màu',
  ]),
  scriptWords(['(?:разные|смешанные|ассорти) цвета', 'цвета (?:ассорти|в ассортименте)']),
  // Hungarian, Swedish, Ukrainian, Greek, Hebrew and Arabic: "különböző színekben", "valfri färg", "різні кольори",
  // "διάφορα χρώματα", "בצבעים שונים", "ألوان مختلفة".
  latinWords([
    '(?:különböző|vegyes|tetszőleges|választható|változó) szín(?:ek|ekben|ben|ű)?',
    '(?:olika|blandade|valfria|slumpmässiga) färger',
    'valfri färg',
  ]),
  scriptWords([
    '(?:різн|змішан|довільн)\\p{L}{1,3} кольор\\p{L}{0,3}',
    'кольори (?:в )?асорті(?:менті)?',
    'мікс кольорів',
    '(?:διάφορα|ανάμεικτα|ποικίλα|τυχαία) χρώματα',
    'ποικιλία χρωμάτων',
    '(?:ב)?צבעים (?:שונים|מגוונים|מעורבים|אקראיים)',
    'מגוון (?:של )?צבעים',
    '(?:ب)?(?:ال)?ألوان (?:ال)?(?:مختلفة|متنوعة|متعددة|عشوائية|مشكلة)',
  ]),
  // Thai: "คละสี" (colours mixed), "สีคละ".
  cjk(['คละสี', 'สีคละ']),
);

/** Polish colour names in their usual adjective endings ("czarny mat", "biała", "granatowe"). */
const POLISH = latinWords([
  '(?:ciemno|jasno)?(?:czarn|biał|czerwon|zielon|szar|granatow|żółt|brązow|różow|fioletow|pomarańczow|beżow|złot|srebrn)(?:y|a|e|ych|ego)',
  '(?:ciemno|jasno)?niebiesk(?:i|a|ie|ich|iego)',
]);
/** Russian colour adjectives, with the dark/light prefixes ("тёмно-синий"). */
const RUSSIAN = scriptWords([
  '(?:(?:тёмно|темно|светло|ярко)-)?(?:красн|син|чёрн|черн|бел|сер|зелён|зелен|жёлт|желт|голуб|коричнев|розов|фиолетов|оранжев|бежев|бордов|золотист|серебрист)(?:ый|ий|ая|яя|ое|ее|ые|ие)',
]);
/** Japanese colour names; 白 and 青 alone are left out, they are everyday Chinese characters too. */
// "赤錆なし", "黒錆": a corrosion product a salt-spray test names, not a colour; "赤外線": infrared. With 色 after it
// ("赤錆色", "黒さび色") the rust names a shade: a paint colour, which stays a colour word.
// Katakana has no spaces, so a colour name can sit inside a longer loan word: グレード (grade) holds グレー,
// ブルートゥース (Bluetooth) holds ブルー, スレッド (thread) holds レッド. Those words are ruled out by name.
const JAPANESE = cjk([
  '赤(?!道|外|(?:[錆銹]|さび|サビ)(?!色))',
  '黒(?!(?:[錆銹]|さび|サビ)(?!色))',
  '紺',
  '緑',
  '茶色',
  '水色',
  'グレー(?!ド)',
  'ネイビー',
  'ブラック',
  'ホワイト',
  '(?<!ス)レッド',
  'ブルー(?!ト|ツ)',
  'グリーン',
  'ピンク',
  'ベージュ',
  'イエロー',
  'オレンジ',
]);

/**
 * Hindi colour names ("लाल", "नीला", "गहरा हरा"), read only since the "रंग:" label is: a per-colour count ("लाल 500
 * पीस, नीला 300 पीस") names its variants with them. Devanagari vowel signs are marks, so marks bound a word too.
 */
const HINDI = `(?<![\\p{L}\\p{M}\\p{N}])(?:(?:गहरा|गहरे|हल्का|हल्के) )?(?:लाल|नीला|नीले|नीली|हरा|हरे|हरी|पीला|पीले|पीली|काला|काले|काली|सफ़ेद|सफेद|भूरा|भूरी|गुलाबी|नारंगी|बैंगनी|स्लेटी|सुनहरा|सुनहरी|आसमानी)(?![\\p{L}\\p{M}\\p{N}])`;

export const COLOR_NAME = anyOf(
  latinWords(NAMES),
  POLISH,
  RUSSIAN,
  HINDI,
  cjk(['[深浅淡亮暗哑]?(?:粉红|藏青|咖啡|玫瑰金|天蓝|宝蓝|酒红|[红蓝绿黄橙紫粉黑白灰棕金银米青])色', '透明']),
  JAPANESE,
);
