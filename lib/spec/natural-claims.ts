/**
 * Origin and ethics claims of food and cosmetics with nothing to check them against: "natural ingredients", "100%
 * pure natural", "no chemicals", "organic honey", "vegan, cruelty free", and their forms in the languages the sheets
 * come in ("ingredienti naturali", "mel orgânico", "शुद्ध प्राकृतिक सामग्री", "천연 유래 성분", "без химии"). "Natural"
 * has a measure (the natural-origin index of ISO 16128-2), "organic" a certificate under a named regulation (EU
 * 2018/848, USDA NOP, COSMOS), "vegan" and "cruelty free" a registration (The Vegan Society, Leaping Bunny); written
 * alone, any lot is all of them. Read by unbacked-claims.ts, which stays silent when the line names what backs it.
 *
 * Not a material's name: "natural rubber", "natural leather", "natural wood", "natural colour", "vegan leather" are
 * kinds of material or a shade, which the material and colour rules read. Only the praise of ingredients, a formula,
 * a product's make-up or a food is listed here.
 */
import { cjk, latinWords } from './patterns';

/** What is claimed; it picks the certificate or measure the fix asks for. */
export type NaturalKind = 'natural' | 'ethical' | 'food';

/** Devanagari, Cyrillic and Hangul words bounded by letters and the vowel signs of their script. */
const SCRIPT_WORDS = (words: string) => `(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`;

/** What the natural praise is said of: ingredients, a formula, extracts, the product's make-up. */
const MAKE_UP_EN =
  '(?:ingredients?|formula(?:tion)?s?|extracts?|components?|composition|materials|raw materials|product|contents?)';

export const NATURAL_CLAIMS: [NaturalKind, string][] = [
  [
    'natural',
    latinWords([
      `(?:(?:100 ?%|all|pure|purely|fully|totally|only|completely) )?natural ${MAKE_UP_EN}`,
      '(?:100 ?%|all|pure) natural(?! (?:rubber|latex|leather|wood|stone|gas|fibres?|fibers?|colou?rs?|finish|light))',
      'all[- ]natural',
      'naturally derived (?:ingredients?|formula)',
      '(?:chemical|chemicals)[- ]free',
      'no (?:harsh )?chemicals',
      'free (?:of|from) (?:harsh )?chemicals',
      'organic(?= (?:honey|coffee|tea|oil|food|ingredients?|formula|product|extracts?|juice|flour|sugar|rice|fertili[sz]er|seeds?|beans?|milk|fruits?|vegetables?|herbs?)(?![\\p{L}]))',
      // Italian, Spanish, Portuguese, French, German, Dutch, Polish.
      'ingredienti (?:(?:100 ?% )?naturali|di origine naturale)',
      '(?:100 ?% )?naturale al 100 ?%',
      'ingredientes (?:100 ?% )?naturales',
      '(?:100 ?% )?natural(?:es)? y orgánic[oa]s?',
      'sin (?:químicos|productos químicos)',
      'ingredientes (?:100 ?% )?naturais',
      'sem (?:químicos|produtos químicos)',
      'ingrédients (?:100 ?% )?naturels',
      'sans produits chimiques',
      '(?:natürliche|rein natürliche) (?:Inhaltsstoffe|Zutaten)',
      '(?:ohne|frei von) Chemie',
      'natuurlijke ingrediënten',
      'naturalne składniki',
      'bez chemii',
      // "orgânico", "orgánico", "biologique", "biologico", "Bio-" said of a food or a cosmetic.
      '(?:mel|café|chá|azeite|óleo|açúcar|farinha|arroz|leite|produto) orgânic[oa]',
      '(?:miel|café|té|aceite|azúcar|harina|arroz|leche|producto) orgánic[oa]',
      '(?:miel|café|thé|huile|sucre|farine|riz|lait|produit) (?:biologique|bio)',
      '(?:miele|caffè|tè|olio|zucchero|farina|riso|latte|prodotto) (?:biologico|bio)',
    ]),
  ],
  [
    'natural',
    SCRIPT_WORDS(
      [
        // Hindi: "शुद्ध प्राकृतिक" (pure natural), "प्राकृतिक सामग्री" (natural ingredients), "कोई केमिकल नहीं" (no chemical).
        '(?:100 ?% )?शुद्ध प्राकृतिक(?: सामग्री| तत्व| उत्पाद| फॉर्मूला)?',
        'प्राकृतिक (?:सामग्री|तत्व|उत्पाद|फॉर्मूला|अवयव)',
        'कोई (?:भी )?(?:केमिकल|रसायन) नहीं',
        '(?:केमिकल|रसायन) (?:फ्री|मुक्त)',
        'ऑर्गेनिक',
        'जैविक',
        // Russian.
        'натуральн(?:ый|ая|ое|ые) (?:состав|ингредиенты|компоненты|продукт)',
        '(?:100 ?% )?натуральн(?:ый|ая|ое|ые) продукт',
        'без химии',
        'органическ(?:ий|ая|ое|ие) (?:мёд|мед|кофе|чай|продукт|масло)',
      ].join('|'),
    ),
  ],
  // Korean and Chinese: "천연 유래 성분" (ingredients of natural origin), "유기농" (organic), "纯天然", "有机".
  [
    'natural',
    `(?<![\\p{Script=Hangul}])(?:천연(?: 유래)? ?성분|천연 원료|유기농|무화학)|${cjk(['纯天然', '天然成分', '天然原料', '不含化学', '有机(?:食品|蜂蜜|咖啡|茶)'])}`,
  ],
  [
    'ethical',
    latinWords([
      'cruelty[- ]free',
      'not tested on animals',
      'vegan(?! (?:leather|suede|fur|wool))',
      'sin crueldad',
      'libre de crueldad',
      'livre de crueldade',
      'non testé sur les animaux',
      'tierversuchsfrei',
      'ohne Tierversuche',
      'non testato su animali',
      'cruelty[- ]free e vegan',
    ]),
  ],
  [
    'ethical',
    `(?<![\\p{Script=Hangul}])(?:비건|동물실험 ?(?:없음|안 ?함|하지 않))|${cjk(['零残忍', '无动物实验', '纯素'])}`,
  ],
  // Food contact claimed in Dutch, Polish, Italian and Russian: "voedselveilig", "bezpieczny dla żywności".
  [
    'food',
    latinWords([
      'voedsel(?:veilig|echt)(?:e)?',
      'geschikt voor (?:contact met )?(?:voedsel|levensmiddelen)',
      'bezpieczn(?:y|a|e) (?:dla|do kontaktu z) żywności(?:ą)?',
      'do kontaktu z żywnością',
      'per (?:uso )?alimentare',
      'adatt[oa] al contatto con (?:gli )?alimenti',
      'idone[oa] (?:al contatto con )?(?:gli )?alimenti',
    ]),
  ],
  [
    'food',
    SCRIPT_WORDS('пищев(?:ой|ая|ое|ые) (?:класс|пластик|силикон|материал|стандарт)|(?:фуд|food) грейд'),
  ],
];

/**
 * What backs these claims: the index standard, an organic regulation or scheme, a vegan or cruelty-free registry; a
 * national standard by its code ("NY/T 525-2021" of China's farm standards, "ТР ТС 005/2011" of the customs union,
 * "ГОСТ 3916.1"); or the certificate's own number ("certificate no. 123OP2400123", "认证证书编号：…", "сертификат №
 * …"), which the buyer can look up with the body that issued it.
 */
export const NATURAL_BACKING = `${latinWords([
  // China's sector standards: two or three letters, "/T" (recommended) or "/Z", then the number.
  '[A-Z]{1,3}/[TZ] ?\\d{2,}(?:[-.]\\d+)*',
  '(?:certificate|certification|cert\\.?|certificado|certificat|Zertifikat|certificato)(?: of (?:conformity|compliance))? ?(?:no\\.?|nr\\.?|n[°º.]|number|#|code)? ?[:：]? ?(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{5,}',
  'COSMOS',
  'Ecocert',
  'NATRUE',
  'BDIH',
  'Soil Association',
  'USDA(?: Organic| NOP)?',
  'NOP',
  'JAS',
  'EU organic',
  'Bio-Siegel',
  'Leaping Bunny',
  'Vegan Society',
  'V-Label',
  'PETA',
  'natural origin index',
])}|(?<![\\p{L}])(?:ТР ТС|ТР ЕАЭС|ГОСТ(?: Р)?|ТУ|СТБ|ДСТУ)[ -]?\\d{2,}(?:[-.:/]\\d+)*|(?<![\\p{L}])(?:сертификат\\p{L}*|декларац\\p{L}*)[^,;.]{0,20}№ ?[A-ZА-Я0-9][A-ZА-Я0-9.\\-/ ]{4,}|(?:证书|认证)(?:编号|号码|号)\\s?[:：]?\\s?(?=[A-Z0-9-]*\\d)[A-Z0-9-]{6,}`;
