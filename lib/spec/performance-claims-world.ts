/**
 * Performance claims with no figure in the languages neither detect-performance nor performance-claims-more read:
 * Dutch ("lange levensduur, snel opladen, waterdicht"), Polish ("wodoodporna oprawa, długa żywotność"), Italian
 * ("ricarica rapida", "alta concentrazione"), Russian ("быстрая зарядка", "Ёмкость: увеличенная"), Arabic ("مقاوم
 * للماء", "شحن سريع"), Hindi ("फास्ट चार्जिंग", "बैटरी बैकअप: लंबा") and Korean ("급속 충전", "유통기한 넉넉함"). Each
 * is a level claimed where a measure belongs (mAh, hours, IP code, lumens, per cent); the detector's measure check
 * still clears a claim that stands beside its figure.
 */
import { latinWords } from './patterns';

/** The kinds of claim listed here (a subset of detect-performance's kinds). */
type WorldKind =
  | 'capacity'
  | 'charging'
  | 'brightness'
  | 'water'
  | 'life'
  | 'noise'
  | 'power'
  | 'concentration'
  | 'efficiency';

/** Cyrillic, Arabic, Devanagari and Hangul words are bounded by letters and the vowel signs of their script. */
const SCRIPT_WORDS = (words: string) => `(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`;
/** Arabic writes "and" and "the" onto the word: "وشحن سريع", "المقاوم للماء". */
const ARABIC_WORDS = (words: string) => `(?<![\\p{L}\\p{M}])(?:و)?(?:ال)?(?:${words})(?![\\p{L}\\p{M}])`;
/** Korean particles and endings follow the word ("넉넉함", "넉넉합니다"), so only its start is bounded. */
const KOREAN_START = (words: string) => `(?<![\\p{Script=Hangul}])(?:${words})`;

/** What makes "شحن" shipping: a period of days or weeks, a carrier ("عبر", via), a destination ("إلى", to), "free". */
const ARABIC_SHIPPING =
  '(?:[\\d٠-٩]+\\s?(?:أيام|يوم|يوما|أسابيع|أسبوع)|(?<![\\p{L}])(?:عبر|إلى|الى|لجميع|مجاني|مجانا|مجاناً)(?![\\p{L}]))';

export const WORLD_CLAIMS: [WorldKind, string][] = [
  // Dutch.
  [
    'life',
    latinWords(['lange (?:levensduur|gebruiksduur|houdbaarheid|accuduur)', 'lang(?:e)? mee(?:gaand)?']),
  ],
  ['charging', latinWords(['snel(?:le)? (?:opladen|oplaadbaar|laden|lading)', 'snellad(?:en|er|ing)'])],
  ['water', latinWords(['water(?:dicht|bestendig|afstotend)(?:e)?', 'spatwaterdicht(?:e)?'])],
  ['capacity', latinWords(['(?:grote|hoge|extra grote) capaciteit'])],
  [
    'brightness',
    latinWords(['(?:zeer|extra|super) (?:fel|helder)(?:e)? licht', '(?:zeer|super) helder(?:e)?']),
  ],
  // "hoog rendement", "alto rendimento", "wysoka sprawność", "высокий КПД": an inverter's, a panel's or a motor's
  // efficiency praised where its per cent (at a stated load or STC) belongs.
  [
    'efficiency',
    latinWords([
      'hoog rendement',
      'hoge (?:efficiëntie|efficientie|opbrengst)',
      '(?:zeer|super) efficiënt(?:e)?',
      '(?:alto|elevato) rendimento',
      '(?:alta|elevata) efficienza',
      'altamente efficient[ei]',
      'wysok(?:a|iej) (?:sprawnoś(?:ć|ci)|wydajnoś(?:ć|ci)|efektywnoś(?:ć|ci))',
      'haut rendement',
      'hoher Wirkungsgrad',
    ]),
  ],
  [
    'efficiency',
    SCRIPT_WORDS('(?:высок(?:ий|ого) КПД|высок(?:ая|ой|ую) эффективност(?:ь|и|ью)|высокоэффективн\\p{L}*)'),
  ],
  // Polish.
  [
    'life',
    latinWords([
      'dług(?:a|i|ą) (?:żywotność|żywotności|trwałość|czas pracy|czasem pracy)',
      'długotrwał(?:y|a|e|ej)',
      'długo(?:letni|wieczn)(?:y|a|e)',
    ]),
  ],
  ['charging', latinWords(['szybk(?:ie|im) ładowani(?:e|em)', 'szybkoładując(?:y|a|e)'])],
  ['water', latinWords(['wodoodporn(?:y|a|e|ej|ych)', 'wodoszczeln(?:y|a|e|ej|ych)'])],
  ['capacity', latinWords(['duż(?:a|ej) pojemnoś(?:ć|ci)', 'wysok(?:a|iej) pojemnoś(?:ć|ci)'])],
  [
    'brightness',
    latinWords([
      '(?:bardzo )?jasn(?:e|ego) światł(?:o|a)',
      'bardzo jasn(?:y|a|e)',
      'wysok(?:a|iej) jasnoś(?:ć|ci)',
    ]),
  ],
  // Italian.
  ['charging', latinWords(['(?:ri)?carica (?:rapida|veloce|ultra[- ]?rapida)'])],
  ['life', latinWords(['(?:a )?lunga durata', 'lunga (?:vita|autonomia|conservazione)'])],
  ['capacity', latinWords(['(?:alta|grande) capacità'])],
  ['brightness', latinWords(['(?:alta|elevata) luminosità', '(?:molto|super) luminos[oaie]'])],
  // "ad alta concentrazione", "high concentration", "hochkonzentriert": an active ingredient's strength praised,
  // where a per cent by weight is what a buyer (and a cosmetics label) can check.
  [
    'concentration',
    latinWords([
      '(?:ad |di )?alta concentrazione',
      'altamente concentrat[oaie]',
      '(?:high|highly|super)[- ]concentrat(?:ion|ed)',
      '(?:de |en )?alta concentraci[oó]n',
      '(?:de |em )?alta concentração',
      'altamente concentrad[oa]s?',
      '(?:à |de )?(?:haute|forte) concentration',
      'hautement concentrée?s?',
      'hochkonzentriert(?:e[nrs]?)?',
      '(?:in )?hoher Konzentration',
      '(?:hoog|sterk) geconcentreerd(?:e)?',
      '(?:w )?wysoki(?:m|ej)? stężeni(?:u|e)',
    ]),
  ],
  [
    'concentration',
    `${SCRIPT_WORDS('(?:высок(?:ая|ой|ую) концентраци(?:я|и|ей|ю)|высококонцентрированн\\p{L}*)')}|高浓度|高濃度|${KOREAN_START('고농축|고농도')}`,
  ],
  // Russian.
  ['charging', SCRIPT_WORDS('(?:быстр(?:ая|ой|ую) (?:зарядк(?:а|ой|у|и)|заряд(?:ом)?)|быстрозаряж\\p{L}*)')],
  [
    'water',
    SCRIPT_WORDS('(?:водонепроницаем\\p{L}*|водостойк\\p{L}*|влагозащищ[её]нн\\p{L}*|влагостойк\\p{L}*)'),
  ],
  [
    'capacity',
    // The level before the property or after it, as Chinese writes "容量大": "Ёмкость аккумулятора увеличенная".
    SCRIPT_WORDS(
      '(?:(?:увеличенн|повышенн|больш)(?:ая|ой|ую) (?:[её]мкост(?:ь|и|ью))|(?:[её]мк(?:ий|ая|ое)|в[её]мк\\p{L}*) аккумулятор\\p{L}*|[её]мкость(?: аккумулятора| батареи)? (?:увеличенн|повышенн|больш)\\p{L}*)',
    ),
  ],
  ['life', SCRIPT_WORDS('(?:долг(?:ий|ого) срок(?:а)? службы|долговечн(?:ый|ая|ое|ые))')],
  ['brightness', SCRIPT_WORDS('(?:очень|сверх|супер) ?ярк(?:ий|ая|ое|ие)')],
  // Arabic.
  [
    'water',
    ARABIC_WORDS('(?:مقاوم(?:ة)?|عازل(?:ة)?|ضد|مضاد(?:ة)?) (?:لل|ل|ال)?ماء|مقاوم(?:ة)? للمياه|ضد المياه'),
  ],
  // "شحن" is shipping as well as charging: beside a count of days or weeks, a carrier ("عبر أرامكس", via Aramex) or
  // a destination ("إلى الرياض", to Riyadh) it is the shipping that is fast, which the ship-date rule reads.
  ['charging', `${ARABIC_WORDS('شحن (?:سريع|فائق السرعة|خارق)')}(?![^،,.;]{0,30}${ARABIC_SHIPPING})`],
  [
    'life',
    ARABIC_WORDS(
      '(?:يدوم|تدوم|يعيش|تعيش) (?:طويلا|طويلاً|لفترة طويلة|لوقت طويل)|عمر (?:(?:ال)?بطارية )?(?:طويل|أطول)|(?:طويل|طويلة) الأمد',
    ),
  ],
  ['capacity', ARABIC_WORDS('سعة (?:كبيرة|عالية|ضخمة)')],
  ['brightness', ARABIC_WORDS('(?:إضاءة|سطوع|ضوء) (?:قوي(?:ة)?|عال(?:ي|ية)?|ساطع(?:ة)?)')],
  // Hindi, in Devanagari and as English words written in it ("फास्ट चार्जिंग", "वाटरप्रूफ").
  [
    'charging',
    SCRIPT_WORDS('(?:फास्ट|तेज़?|सुपर फास्ट) (?:चार्जिंग|चार्ज)|जल्दी चार्ज (?:होता|होती|हो जाता|हो जाती)(?: है)?'),
  ],
  ['water', SCRIPT_WORDS('वाटर ?प्रूफ|जलरोधी|पानी (?:से )?(?:बचाव|प्रतिरोधी)')],
  [
    'life',
    SCRIPT_WORDS(
      '(?:लंबी|लम्बी|लंबा|लम्बा|ज़्यादा|ज्यादा) (?:शेल्फ लाइफ|बैटरी(?: बैकअप| लाइफ)?|बैकअप|लाइफ|उम्र)|लंबे समय तक (?:चलने वाल(?:ा|ी|े)|चलता|चलती|टिकाऊ)',
    ),
  ],
  // Korean.
  ['charging', KOREAN_START('(?:초)?(?:고속|급속|빠른) ?충전')],
  ['water', KOREAN_START('(?:완벽|생활)?방수(?=$|[\\s,.]|(?:가|기능|됨|됩니다|돼요))')],
  ['capacity', KOREAN_START('(?:초)?대용량')],
  [
    'life',
    KOREAN_START(
      '(?:유통기한|사용기한|배터리 수명|수명)(?:이|은|도)? ?(?:넉넉|길|긴|오래)|오래 ?가는|오래 ?지속',
    ),
  ],
  ['brightness', KOREAN_START('(?:초)?고휘도|매우 밝(?:은|음)')],
];

/**
 * Performance labels these languages write, answered by a plain level word ("Accu: lang", "बैटरी बैकअप: लंबा",
 * "Ёмкость: увеличенная", "배터리: 오래감", "البطارية: طويلة").
 */
export const WORLD_LABELS: [WorldKind, string][] = [
  [
    'capacity',
    latinWords([
      'accu(?:capaciteit)?',
      'batterij',
      'capaciteit',
      'akumulator',
      'bateria',
      'pojemność',
      'batteria',
      'capacità',
    ]),
  ],
  [
    'charging',
    latinWords(['opladen', 'laadtijd', 'ładowanie', 'czas ładowania', 'ricarica', 'tempo di ricarica']),
  ],
  ['brightness', latinWords(['helderheid', 'lichtsterkte', 'jasność', 'luminosità'])],
  ['capacity', SCRIPT_WORDS('(?:[её]мкость(?: аккумулятора| батареи)?|аккумулятор|батарея)')],
  ['charging', SCRIPT_WORDS('(?:зарядка|время зарядки)')],
  ['capacity', ARABIC_WORDS('(?:بطارية|سعة(?: البطارية)?)')],
  ['charging', ARABIC_WORDS('(?:شحن|الشحن)')],
  ['life', SCRIPT_WORDS('(?:बैटरी(?: बैकअप| लाइफ)?|बैकअप|शेल्फ लाइफ)')],
  ['charging', SCRIPT_WORDS('(?:चार्जिंग(?: स्पीड| टाइम)?)')],
  ['life', KOREAN_START('(?:배터리(?: 수명)?|유통기한|사용기한|수명)')],
  ['charging', KOREAN_START('충전(?: 속도| 시간)?')],
];

/** Level words of these languages after a performance label: "lang", "snel", "увеличенная", "लंबा", "فاست", "길다". */
export const WORLD_LEVEL = [
  // "ёмкий", "ёмкая" praise; "ёмкостью 5000 мАч" is the noun ("with a capacity of") that brings its figure.
  SCRIPT_WORDS('(?:(?:увеличенн|повышенн|больш|ярк)\\p{L}*|[её]мк(?:ий|ая|ое|ие|ого|ой|ую))'),
  SCRIPT_WORDS('(?:लंबा|लंबी|लम्बा|लम्बी|फास्ट|तेज़?|ज़्यादा|ज्यादा|बढ़िया|अच्छा|अच्छी|हाई|बड़ा|बड़ी|सुपर)'),
  ARABIC_WORDS('(?:طويل(?:ة)?|سريع(?:ة)?|كبير(?:ة)?|عالي(?:ة)?|قوي(?:ة)?|ممتاز(?:ة)?|جيد(?:ة)?)'),
  `^\\s*${KOREAN_START('(?:오래|길|긴|넉넉|빠름|빠른|빨라|높|큰|큼|대용량|우수|좋)')}`,
].join('|');
