/**
 * Shared regular-expression pieces for the specification checker: word
 * boundaries that work for accented Latin text mixed with Chinese, numbers,
 * units and the "approximately" words of the seven languages read (en, zh, es,
 * fr, de, pt, it).
 */

import { ESTIMATE_WORDS_MORE } from './estimate-words';

/** Latin letters incl. accents; CJK is deliberately absent so "定制logo" still finds "logo". */
const LATIN = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
export const WORD_START = `(?<![${LATIN}0-9])`;
export const WORD_END = `(?![${LATIN}0-9])`;

/** Alternation of Latin words/phrases (regex fragments) bounded as whole words. */
export function latinWords(fragments: readonly string[]): string {
  return `${WORD_START}(?:${fragments.join('|')})${WORD_END}`;
}

/**
 * Put before an unbounded run of `cls` that opens a latinWords() fragment ("\\p{L}+ göre", "[\\p{L}-]{3,}ed"). A
 * start right after a character of the run that could itself start the fragment is skipped: that earlier start
 * matches whatever the later one would, so the leftmost match is unchanged. Without it a long run with no
 * space (thousands of Chinese characters) is read to its end from every character: time growing with its square.
 */
export function runStart(cls: string): string {
  return `(?<!${WORD_START}${cls})`;
}

/**
 * Put before an unbounded digit run that opens a pattern ("[\\d٠-٩۰-۹]+ h approx."): the run is tried only where it
 * starts. A start inside the run finds nothing the run's first digit does not (the greedy run reads to the same end and
 * the same rest follows), so the leftmost match is unchanged; without it thousands of digits tried from every digit cost
 * time growing with their square. ASCII_FIGURE_START is the same for a plain "\\d+".
 */
export const FIGURE_START = '(?<![\\d٠-٩۰-۹])';
export const ASCII_FIGURE_START = '(?<!\\d)';

/** Like latinWords, but may follow a digit directly ("3000pcs"). */
function unitWords(fragments: readonly string[]): string {
  return `(?<![${LATIN}])(?:${fragments.join('|')})${WORD_END}`;
}

/** Alternation of words in any script (Cyrillic here), bounded by letters of any script. */
export function scriptWords(fragments: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${fragments.join('|')})(?![\\p{L}\\p{N}])`;
}

/** Alternation of CJK fragments: no word boundaries exist in Chinese. */
export function cjk(fragments: readonly string[]): string {
  return `(?:${fragments.join('|')})`;
}

export function anyOf(...sources: string[]): string {
  return `(?:${sources.filter((s) => s.length > 0).join('|')})`;
}

/**
 * 12 · 1.2 · 1,2 · 1,000 · 1,000,000 · 1 000 (French thousands). Starts only
 * where a digit run starts and every repeat is bounded: "\d+" tried from each
 * digit of a long run is what made a 8,000-digit line take seconds.
 */
export const NUM = String.raw`(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,5}(?![\d.,])|\d{1,3}(?:,\d{3}){2,4}(?![\d,])|\d{1,12}(?:[.,]\d{1,6})?)`;
export const NUMBER = `(?:${NUM})`;
/** Separators written between dimensions: 8.8*8.8*13, 20x30, 60×40, 3 X 4. */
export const DIM_SEP = String.raw`\s{0,3}[x×*X✕]\s{0,3}`;
/** Range dash or word between two numbers. */
export const RANGE_SEP = String.raw`\s{0,3}(?:-|–|—|~|～|to|à|a|bis|到|至)\s{0,3}`;

export const LENGTH_UNIT = anyOf(
  // Micrometres (plating, film, coating thickness: "≥ 0.5 µm", "10–15μm", "5 microns") are lengths too.
  `(?:mm|cm|m|[µμu]m|microns?|mic|mikrons?|micras?|micrometers?|micrometres?|(?:milli|centi)?met(?:er|re)s?|(?:milli|centi)?metri|pollici|inch(?:es)?|in|ft|feet|foot|yds?|yards?|mil)(?![${LATIN}])`,
  `["″”]|''`,
  // Russian sheets write the units in Cyrillic: "60×90 см", "1,5 мм", "2 м".
  '(?:мкм|микрон\\p{L}*|мм|см|м|дюйм(?:а|ов)?)(?![\\p{L}])',
  // Arabic sheets: "50×40×30 سم" (cm), "2 مم" (mm), "1.5 متر".
  '(?:سم|مم|ملم|م|متر|سنتيمتر|مليمتر|بوصة)(?![\\p{L}])',
  // 丝 is a hundredth of a millimetre in Chinese film and bag specs ("5丝"); not 丝印 (silk-screen).
  cjk(['毫米', '厘米', '公分', '微米', '米', '英寸', '丝(?![印网绸巾袜])']),
  // Thai: "30 ซม." (cm), "2 มม." (mm), "1.5 เมตร", "12 นิ้ว" (inches); a unit ends at the next Thai word or a dot.
  '(?:ซ\\.?ม\\.?|ม\\.?ม\\.?|เซนติเมตร|มิลลิเมตร|เมตร|นิ้ว)(?![\\p{Script=Thai}])',
  // Hebrew abbreviates with a gershayim or a straight quote: "50 ס\"מ" (cm), "2 מ״מ" (mm), "1.5 מטר".
  '(?:ס["״]מ|מ["״]מ|מטר|סנטימטר|מילימטר|מיקרון)(?![\\p{Script=Hebrew}])',
  // Greek: "40 εκ." (cm), "2 χιλ." (mm), "30 εκατοστά", "1,5 μέτρα".
  '(?:(?:εκ|χιλ)\\.|εκατοστ\\p{L}{1,2}|χιλιοστ\\p{L}{1,2}|μέτρ\\p{L}{1,2})',
  // Persian: "50×40 سانتی‌متر" (cm, with or without its joiner), "2 میلی‌متر", "1.5 متر"; Hindi "सेमी", "मिमी", "मीटर";
  // Bengali "সেমি", "মিমি", "মিটার". Their digits are read as ASCII digits before any of this runs.
  // Persian and Arabic microns for a plating or a film: "حدود ۱ میکرون", "5 ميكرون".
  '(?:سانتی\\u200c?\\s?متر|سانت|میلی\\u200c?\\s?متر|متر|میکرون|ميكرون|میکرومتر|ميكرومتر)(?![\\p{L}])',
  '(?:सेमी|से\\.मी\\.|मिमी|मि\\.मी\\.|मीटर|सेंटीमीटर|मिलीमीटर|इंच)(?![\\p{L}\\p{M}])',
  '(?:সেমি|সে\\.মি\\.|মিমি|মি\\.মি\\.|মিটার|সেন্টিমিটার|মিলিমিটার|ইঞ্চি)(?![\\p{L}\\p{M}])',
);

export const WEIGHT_UNIT = anyOf(
  // "gr" and "gr/m²" are how Spanish, Italian and Turkish sheets abbreviate grams: "250 gr", "275 gr/m²".
  `(?:mg|g|kg|kgs|grams?|grammes?|gramos|gramas|grammi|chil(?:i|ogrammi)|lbs?|pounds?|oz|ounces?|gsm|g/m2|g/m²|grs?|gr/m2|gr/m²)(?![${LATIN}])`,
  cjk(['克/平方米', '克', '公斤', '千克', '斤']),
  // "500 г", "1,2 кг"; not the "г." after a year ("2024 г.").
  '(?:кг|мг|(?<!(?:19|20)\\d{2}\\s{0,2})г)(?![\\p{L}])',
  // Arabic: "500 جم", "1.2 كجم", "2 كغ", "غرام".
  '(?:كجم|كغ|كيلو(?:غرام|جرام)?|جم|غ|غرام|جرام)(?![\\p{L}])',
  // Thai: "500 กรัม" (g), "1.2 กก." (kg), "2 กิโลกรัม".
  '(?:กรัม|ก\\.?ก\\.?|กิโลกรัม|กิโล)(?![\\p{Script=Thai}])',
  // Hebrew "1.2 ק\"ג" (kg), "500 גרם"; Greek "500 γρ.", "1,2 κιλά", "γραμμάρια".
  '(?:ק["״]ג|גרם|קילוגרם)(?![\\p{Script=Hebrew}])',
  '(?:γρ\\.|γραμμάρι\\p{L}{1,2}|κιλ(?:ά|ό)|χιλιόγραμμ\\p{L}{1,2})',
  // Persian and Urdu write kaf and ye their own way: "2.5 کیلوگرم", "500 گرم", "2 کیلو", "500 گرام".
  '(?:[کك][یي]?لو(?:گرم|گرام)?|گرم|گرام)(?![\\p{L}\\p{M}])',
  // Bengali "২.৫ কেজি", "৫০০ গ্রাম", "কিলোগ্রাম" (vowel signs are marks).
  '(?:কেজি|কিলো(?:গ্রাম)?|গ্রাম)(?![\\p{L}\\p{M}])',
  // Hindi "2.3 किलो", "500 ग्राम", "1 किग्रा" (its vowel signs are marks, not letters: both end the word).
  '(?:किलो(?:ग्राम)?|किग्रा|ग्राम|ग्रा)(?![\\p{L}\\p{M}])',
);

/** Units an order is counted in. */
export const COUNT_UNIT = anyOf(
  unitWords([
    'pcs?\\.?',
    'pieces?',
    'units?',
    'sets?',
    'pairs?',
    'dozens?',
    'doz',
    'rolls?',
    'uds\\.?',
    'unidades',
    'piezas',
    'pares',
    'juegos',
    'pièces',
    'unités',
    'paires',
    'Stück',
    'Stk\\.?',
    'Paar',
    'Einheiten',
    'peças',
    'pçs',
    'conjuntos',
    'pezzi',
    'pz\\.?',
    'paia',
    'unità',
    // Dutch "50 stuks", "1 stuk".
    'stuks?',
  ]),
  // "20-25个工作日" counts days, not pieces.
  `${cjk(['个', '件', '只', '套', '台', '把', '双', '条', '张', '支', '瓶', '箱', '個', '枚'])}(?![工月星小天周])`,
  // Polish and Russian pieces: "3000 szt.", "2000 штук".
  latinWords(['szt\\.?', 'sztuk[ai]?']),
  scriptWords(['шт\\.?', 'штук[аи]?']),
  // Korean pieces, sets and pairs written straight after the figure: "1,000개", "200세트", "50켤레".
  '(?<![\\p{L}])(?:개|세트|켤레|벌)(?![\\p{L}])',
  // Arabic pieces and sets: "12 قطعة", "500 قطع", "100 طقم".
  '(?<![\\p{L}])(?:قطعة|قطع|حبة|طقم|أطقم)(?![\\p{L}])',
  // Hindi pieces and sets: "500 पीस", "24 नग", "100 सेट" (vowel signs are marks, so marks bound the word too).
  '(?<![\\p{L}\\p{M}])(?:पीस|पीसेस|नग|सेट|जोड़ी|जोड़े)(?![\\p{L}\\p{M}])',
);

/** Words in front of a number that make it an estimate. */
export const APPROX_BEFORE = anyOf(
  latinWords([
    'about',
    'approx(?:\\.|imately)?',
    // "aprox. 1.000 uds.", "env. 12 cm", "zirka 500 Stück".
    // Written without its dot too: "Tamaño: aprox 10cm".
    'aprox\\.?',
    'env\\.',
    'zirka',
    'around',
    'roughly',
    'circa',
    'ca\\.',
    'nearly',
    'almost',
    'aproximadamente',
    // "largura aproximada de 10 mm", "peso aproximado de", "spessore approssimativo di".
    // Also without the preposition, after the noun: "tamaño aproximado 8 cm", "peso aproximado 2 kg".
    'aproximad[oa]s?(?: de)?',
    'approssimativ[oa](?: di)?',
    'approximati(?:f|ve)(?: de)?',
    'alrededor de',
    'unos',
    'unas',
    'cerca de',
    'environ',
    'à peu près',
    'approximativement',
    'etwa',
    'ungefähr',
    'rund',
    'uns',
    'umas',
    'por volta de',
    "all[’']incirca",
    'approssimativamente',
    'indicativamente',
    'intorno a(?:i|lle)?',
    'più o meno',
    // Polish: "około 3000 sztuk", "ok. 2 kg", "mniej więcej".
    'około',
    'ok\\.',
    'mniej więcej',
    'blisko',
    // "Espessura: mais ou menos 8 mm", "más o menos 2 kg", "more or less 8 mm": the figure after them is a guess. Not
    // right after a figure ("8 mm mais ou menos 0,5 mm"), where the words give the tolerance.
    '(?<!\\d\\s{0,2}\\p{L}{0,4}[\\s,]{0,2})(?:mais ou menos|más o menos|more or less|mehr oder weniger)(?!\\s{0,2}\\d[\\d.,]*\\s{0,2}%)',
  ]),
  scriptWords(['около', 'примерно', 'приблизительно', 'порядка', 'ориентировочно', 'прибл\\.']),
  // Turkish and Vietnamese: "yaklaşık 500 adet", "khoảng 500 cái".
  latinWords(['yaklaşık', 'khoảng']),
  // Indonesian and Malay: "sekitar 500 gram", "kira-kira 2 kg", "kurang lebih 300 pcs".
  latinWords(['sekitar', 'kira-kira', 'kurang lebih', 'lebih kurang', 'sekira', 'lebih-kurang']),
  // Arabic: "حوالي 500 جم", "تقريبا 2 كجم".
  scriptWords(['حوالي', 'حوالى', 'تقريبا', 'تقريبًا', 'تقريباً', 'نحو']),
  // Korean: "약 1,000개", "약 1kg".
  scriptWords(['약']),
  // "3.275V~3.304V", "10kg~12kg": a tilde straight after a figure (and its unit) joins a range; it estimates nothing.
  '(?<!\\d\\s{0,2}\\p{L}{0,4}\\s{0,2})~|≈',
  cjk(['大约', '大概', '差不多', '约', '約', 'およそ', 'おおよそ']),
  // Dutch and Thai: "ongeveer 500 stuks", "circa" (above), "ประมาณ 500 กรัม".
  latinWords(['ongeveer', 'zo’n', "zo'n"]),
  cjk(['ประมาณ']),
  // Czech, Hungarian, Greek, Hindi, Hebrew, Persian, Swedish…: the per-language words of estimate-words.ts.
  ESTIMATE_WORDS_MORE,
);

/** Words after a number that make it an estimate. */
export const APPROX_AFTER_WORDS = anyOf(
  // Italian puts "circa" after the number as often as before it ("1000 pezzi circa").
  latinWords(['more or less', 'or so', 'give or take', 'approx(?:\\.|imately)?', 'circa', 'più o meno']),
  cjk(['左右', '上下', '可多可少', '程度', '前後']),
  // Korean: "1,000개 정도", "1kg 내외", "500개 가량", "2kg 안팎".
  scriptWords(['정도', '내외', '가량', '안팎', '전후']),
  // "500 جم تقريبا", "2 kg lebih kurang": the same words after the figure.
  scriptWords(['تقريبا', 'تقريبًا', 'تقريباً']),
  latinWords(['lebih kurang', 'kurang lebih']),
);
/** The same, plus "±5 %": an allowance on a count (over- or short-shipment), though a tolerance on a weight. */
export const APPROX_AFTER = anyOf(
  APPROX_AFTER_WORDS,
  String.raw`(?:\+\/-|±)\s{0,3}\d{1,3}(?:[.,]\d{1,3})?\s{0,3}%`,
);

/**
 * Compiled expressions are cached: the lexicons are large and are used for every
 * clause, and compiling them again each time made long inputs take seconds.
 * Global ones are only used through matchAll/replace, which do not keep state
 * between calls, so sharing is safe.
 */
const compiled = new Map<string, Map<string, RegExp>>();

export function regex(source: string, flags = 'giu'): RegExp {
  // Keyed by the source string itself (its hash is cached on it): a key built per call
  // from a lexicon of several kilobytes cost more than the match on a short clause.
  let byFlags = compiled.get(flags);
  if (!byFlags) {
    byFlags = new Map();
    compiled.set(flags, byFlags);
  }
  let re = byFlags.get(source);
  if (!re) {
    re = new RegExp(source, flags);
    byFlags.set(source, re);
  }
  return re;
}

export function test(source: string, text: string): boolean {
  return regex(source, 'iu').test(text);
}

export interface Match {
  text: string;
  start: number;
  end: number;
}

export function findAll(source: string, text: string, flags = 'giu'): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(regex(source, flags))) {
    if (m[0].length === 0) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * "12 oz/yd² (≈407 g/m²)", "10 in (~25.4 cm)": an approximate figure in brackets right after a measured value
 * in another unit is that value converted, not an estimate. True when the hit at `start` opens such a bracket.
 * What the value is counted per may stand between them: "500 g per bag (approx. 17.6 oz)", "1 kg each (≈2.2 lb)",
 * "250 ml por unidad (aprox. 8.5 fl oz)".
 */
export function convertsTheValueBefore(text: string, start: number): boolean {
  const before =
    /\d\s{0,3}([\p{L}"″'/²³.]{1,10})(?:\s{1,2}(?:per|each|a|por|par|pro|je|cada|每)(?:\s{1,2}\p{L}{1,12})?)?\s{0,2}[(（]\s{0,2}$/u.exec(
      text.slice(Math.max(0, start - 40), start),
    );
  return before !== null && !sameUnitInside(before[1]!, text.slice(start, start + 40));
}

/**
 * "25 kg per bag (approx. 24-25 kg)": the bracket gives its figure in the unit of the value before it, so it converts
 * nothing; it is an estimate of that same value. Read on the bracket's last unit, as its figure ends.
 */
function sameUnitInside(unit: string, after: string): boolean {
  const inside = /^[^)）]{0,40}?\d\s{0,3}([\p{L}"″'/²³]{1,10})\.?\s{0,2}[)）]/u.exec(after);
  return inside !== null && inside[1]!.toLowerCase() === unit.replace(/\.$/u, '').toLowerCase();
}
