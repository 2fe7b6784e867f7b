/**
 * "noise low", "moisture normal", "độ ẩm thấp", "rutubet normal", "Geräusch gering": a property a lab or an
 * inspector measures (sound in dB, water in %) named and then given a level word, with no figure beside it. "Low"
 * and "normal" are the supplier's own yardstick; only "≤ 55 dB(A) at 1 m" or "moisture ≤ 12.5 %" can be checked
 * and refused. Read like postposed-level.ts (its claims are about output, this one's about a measured property),
 * and the low and middle words count here: for noise or moisture, low is the claim.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { APPROX_AFTER_WORDS, APPROX_BEFORE, anyOf, cjk, latinWords, regex, scriptWords } from './patterns';
import { vagueFinding } from './spec-finding';

type Property = 'sound' | 'water' | 'ph';

const SOUND_NOUN = latinWords([
  'noise(?: level)?',
  'sound level',
  'vibration',
  'ruido',
  'ruído',
  'bruit',
  'Geräusch(?:pegel|entwicklung)?',
  'Lautstärke',
  'rumore',
  'rumorosità',
  'kebisingan',
  'suara',
  'độ ồn',
  'tiếng ồn',
  'gürültü(?: seviyesi)?',
]);
const WATER_NOUN = latinWords([
  'moisture(?: content)?',
  'humidity',
  'water content',
  'humedad',
  'umidade',
  'humidade',
  'humidité',
  'Feuchte',
  'Feuchtigkeit(?:sgehalt)?',
  'Wassergehalt',
  'umidità',
  'kelembaban',
  'kelembapan',
  'kadar air',
  'độ ẩm',
  'rutubet',
  'nem oranı',
]);
/** The acidity of a cosmetic or a detergent, named by the skin it suits instead of a pH range. */
const PH_NOUN = latinWords([
  'pH(?: value| level)?',
  'pH ?值',
  'pH-Wert',
  'valor (?:de )?pH',
  'valeur (?:de )?pH',
  'nilai pH',
]);
const PH_LEVEL = latinWords([
  'skin[- ]friendly',
  'skin[- ]safe',
  'skin[- ]compatible',
  '(?:very |extra )?(?:mild|gentle|soft|balanced|normal|standard|ok|okay|good|suitable)',
  '(?:mild|gentle|safe|suitable) (?:for|to|on) (?:sensitive |all |the |human )?skin(?: types)?',
  // "pH: neutral", "pH value: skin neutral", "pH-Wert: neutral": neutral to what, and within what band, is unsaid.
  '(?:skin[- ]|dermatologically )?neutral',
  '(?:skin[- ]|acid[- ])balanced',
  'neutr[oe]|neutralny|nötr|trung tính|netral|нейтральн\\p{L}{1,3}|中性',
  'hautfreundlich|hautneutral|mild',
  'suave|equilibrado|amigable con la piel|doux|équilibré',
  'ramah kulit|lembut',
]);
/** The level words, high and low alike, and the "normal" that sets no level at all. */
const LEVEL = latinWords([
  '(?:very |extra |super )?(?:low|high|small|little|normal|standard|ok|okay|good|minimal|quiet|dry)',
  'muy (?:baj[oa]|alt[oa])',
  'baj[oa]',
  'alt[oa]',
  'normal(?:e|es)?',
  'baix[oa]',
  'faible',
  'basse?',
  'élevée?',
  'niedrig',
  'gering',
  'hoch',
  'leise',
  'bass[oa]',
  'rendah',
  'tinggi',
  'kecil',
  'thấp',
  'cao',
  'bình thường',
  'chuẩn',
  'düşük',
  'yüksek',
  'az',
]);
const END = String.raw`\s{0,2}(?=$|[,;.，；。|)!/])`;
/** "Rutubet: normal seviyede", "moisture at normal level", "humedad a nivel normal": the level word with its noun. */
const LEVEL_NOUN = String.raw`(?:\s{1,2}(?:levels?|seviye(?:de|sinde)?|düzey(?:de|inde)?|tingkat|mức))?`;
const BETWEEN = String.raw`(?:\s{0,2}[:：]\s{0,3}|\s{1,2})(?:is\s|es\s|est\s|ist\s|é\s|at\s(?:an?\s)?)?`;
const CLAIM = regex(
  anyOf(
    // "Noise: low" after a colon is the performance label reading's (detect-performance.ts); here only without one.
    String.raw`(?:(${SOUND_NOUN})\s{1,2}(?:is\s|es\s|est\s|ist\s|é\s)?|(${WATER_NOUN})${BETWEEN})${LEVEL}${LEVEL_NOUN}${END}`,
    `(${PH_NOUN})${BETWEEN}${PH_LEVEL}${END}`,
    // Korean writes the level as a noun after it: "소음 낮음", "수분 정상" (Chinese "噪音低" is read elsewhere).
    cjk(['소음\\s?(?:낮음|적음|정상|보통)', '(?:수분|습도)\\s?(?:낮음|적음|정상|보통)']),
  ),
  'giu',
);

/**
 * "Moisture 8-16% depend on season & drying", "humedad 12 % según la cosecha", "kadar air tergantung musim": the water
 * figure handed to the weather of the harvest, so whatever the lot comes in at is what was agreed.
 */
const SEASONAL = regex(
  `(?:${WATER_NOUN})[^;；|]{0,40}?(${anyOf(
    latinWords([
      '(?:depend(?:s|ing|ent)?|based) (?:on|upon) (?:the )?(?:season|weather|drying|harvest|crop|climate|rain(?:fall)?)s?',
      '(?:varies|vary|varying|changes?) (?:with|by|according to) (?:the )?(?:season|weather|drying|harvest|crop|climate)s?',
      // "Moisture: varies from lot to lot", "Feuchtigkeit: saisonabhängig": the figure is whatever each lot holds.
      '(?:varies|vary|varying|differs?|changes?) (?:from )?(?:lot|batch|season|crop) to (?:lot|batch|season|crop)',
      '(?:saison|wetter|witterungs|ernte)abhängig',
      '(?:according to|subject to|as per) (?:the )?(?:season|weather|harvest|crop|climate)',
      '(?:según|dependiendo de|depende de) (?:la |el )?(?:temporada|estación|cosecha|clima|secado)',
      '(?:conforme|dependendo d[ao]|depende d[ao]) (?:a )?(?:safra|estação|época|clima|secagem)',
      '(?:selon|en fonction de|dépend de) (?:la |le )?(?:saison|récolte|météo|climat|séchage)',
      '(?:je nach|abhängig von) (?:der |dem )?(?:Saison|Ernte|Wetter|Witterung|Trocknung)',
      '(?:secondo|dipende da|in base a)(?:l|lla)? (?:stagione|raccolto|clima|essiccazione)',
      '(?:tergantung|bergantung)(?: (?:pada|kepada|dari))? (?:musim|cuaca|panen|pengeringan)',
      '(?:mevsime|hasada|havaya|kurutmaya) (?:göre|bağlı(?:dır)?)',
    ]),
  )})`,
  'giu',
);

/**
 * "Moisture: about 12%", "Wilgotność: około 12%", "Влажность: около 12%", "水分：约12%": a commodity's water given as
 * an estimate. The water is held to a ceiling ("≤ 12.5 %, oven method"); "about 12 %" sets none, and a lot at 13.5 %
 * is still "about" it. Not a room's or a device's relative humidity ("about 60% RH").
 */
const WATER_ANY = anyOf(
  WATER_NOUN,
  latinWords(['wilgotność', 'zawartość wody', 'vochtgehalte', 'vocht', 'fukthalt', 'vlhkost']),
  scriptWords(['влажность', 'вологість', 'رطوبت', 'الرطوبة', 'رطوبة', 'नमी', 'आर्द्रता']),
  cjk(['水分', '含水量', '含水率', '水分含量']),
);
const APPROX_WATER = regex(
  `(?:${WATER_ANY})${BETWEEN}(?:(?:${APPROX_BEFORE})\\s{0,3}\\d[\\d.,]*\\s{0,2}%|\\d[\\d.,]*\\s{0,2}%\\s{0,2}(?:${APPROX_AFTER_WORDS}))(?!\\s{0,2}(?:RH|r\\.?\\s?h\\.?)(?![\\p{L}]))`,
  'giu',
);

/**
 * "Whiteness: high", "Kett reading good", "Weißgrad: gut", "白度：高": a whiteness (of rice, flour, paper, pigment) a
 * meter reads (Kett, ISO brightness, CIE), given as a level word. Only the reading ("Kett 40 min", "ISO 92 %") can
 * be checked.
 */
const WHITE_NOUN = latinWords([
  'whiteness(?: degree| index| value| level)?',
  'Kett(?: (?:reading|value|whiteness|meter|index|degree))?',
  'blancura',
  'grado de blancura',
  'blancheur',
  'degré de blancheur',
  'Weißgrad',
  'Weisse?grad',
  'brancura',
  'grau de brancura',
  'bianchezza',
  'grado di bianco',
  'beyazlık(?: derecesi)?',
  'độ trắng',
  '(?:derajat|tingkat|kadar) (?:putih|keputihan)',
  'białość',
  'stopień białości',
]);
const WHITE_LEVEL = latinWords([
  '(?:very |extra |super )?(?:high|good|ok|okay|normal|standard|excellent|bright|fine)',
  // Each language's praise words as well as its "high": "excelente", "excellente", "sehr gut", "ottima", "doskonała".
  '(?:muy )?(?:alt[oa]|buen[oa]|excelente|[óo]ptim[oa]|perfect[oa]|superior)',
  '(?:très )?(?:élevée?|bonne|excellente|parfaite|supérieure)',
  '(?:sehr )?(?:hoch|gut|ausgezeichnet|exzellent|hervorragend|perfekt)',
  '(?:muito )?(?:boa|alta|[óo]tima|excelente|perfeita)',
  '(?:molto )?(?:buona|alta|ottima|eccellente|perfetta)',
  'yüksek',
  'iyi',
  'cao',
  'tốt',
  'tinggi',
  'bagus',
  'mükemmel',
  'çok iyi',
  'rất (?:tốt|cao)',
  'tuyệt vời',
  'sangat (?:bagus|baik|tinggi)',
  '(?:bardzo )?(?:dobr[ay]|wysok[ai])',
  'doskonał[ay]',
]);
const WHITE_CLAIM = regex(
  anyOf(
    `(?:${WHITE_NOUN})${BETWEEN}(?:${WHITE_LEVEL})${END}`,
    `${scriptWords(['белизна', 'білизна'])}${BETWEEN}${scriptWords(['высокая', 'хорошая', 'нормальная', 'отличная', 'висока', 'добра', 'нормальна', 'відмінна'])}`,
    cjk(['白度\\s{0,2}[:：]?\\s{0,2}(?:优秀|极好|非常好|高|好|良好|正常|较高|很高|优)']),
  ),
  'giu',
);
/** The reading the level stands for: "whiteness high (Kett 42)", "ISO 92 %". */
const WHITE_READING = /\d/u;

const SAMPLING =
  /(?<![\p{L}])(?:sampl\p{L}*|muestr\p{L}*|amostr\p{L}*|échantill\p{L}*|Probe\p{L}*|campion\p{L}*)/iu;
const SAMPLING_AFTER =
  /^\s{0,2}(?:lots?|batch(?:es)?|samples?|basis|by|wise|lote|lotto|lot|Charge)(?![\p{L}])/iu;

/**
 * "Crop: new crop (current)", "latest harvest", "nueva cosecha", "safra nova", "yeni mahsul": the crop named by how new
 * it is, with no crop year. Every crop is new when it is sold; only "crop 2024/25" says which harvest the lot is from
 * (and so its age, moisture loss and price). A year on the clause names it.
 */
const NEW_CROP = regex(
  anyOf(
    latinWords([
      "(?:new|latest|current|fresh|recent|this year[’']?s?|this season[’']?s?) (?:crops?|harvests?)",
      '(?:crop|harvest)(?: year)?\\s{0,2}[:：]\\s{0,3}(?:new|latest|current|fresh|recent|freshly harvested|just harvested)',
      '(?:cosecha|safra|colheita|récolte|Ernte|raccolto|hasat|mahsul|panen)\\s{0,2}[:：]\\s{0,3}(?:nuev[ao]|nov[ao]|nouvelle|neue|neu|frisch|nuovo|yeni|baru|reciente|actual|atual|aktuelle|attuale)',
      '(?:nueva|última) cosecha|cosecha (?:nueva|reciente|actual|del año)',
      '(?:nova|última) safra|safra (?:nova|atual|recente|do ano)',
      'nouvelle récolte|récolte (?:nouvelle|récente|actuelle|de l[’\u0027]année)',
      '(?:neue|aktuelle|diesjährige) Ernte',
      'nuovo raccolto|raccolto (?:nuovo|attuale|recente)',
      'yeni (?:mahsul|hasat|ürün|sezon)',
      'panen (?:baru|terbaru|tahun ini)',
      'vụ mới',
    ]),
    cjk(['新季', '新货', '当季']),
  ),
  'giu',
);
/**
 * "2024", "2024/25", "2024-2025", "24/25": a crop year. Not a standard's edition ("ISO 22000:2018", after a colon or a
 * code's digits) nor a pair that is no run of years ("20/40 ft container").
 */
const CROP_YEAR =
  /(?<![\d:./-])(?:19|20)\d{2}(?:\s{0,2}[/-]\s{0,2}(?:(?:19|20)\d{2}|\d{2}))?(?![\d])|(?<![\d./:-])(\d{2})\s{0,2}\/\s{0,2}(\d{2})(?![\d/])/gu;

/** A crop year within a few words of the new-crop words: the year names that harvest, not some other date. */
function cropYearNear(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 30), end + 30);
  for (const y of near.matchAll(CROP_YEAR)) {
    if (y[1] === undefined) return true;
    if (Number(y[2]) === (Number(y[1]) + 1) % 100) return true;
  }
  return false;
}

/** The piece around the claim (between commas or semicolons) holds no figure: "noise low (52 dB)" is measured. */
function pieceHasFigure(text: string, start: number, end: number): boolean {
  const from = Math.max(text.slice(0, start).search(/[,;，；、|][^,;，；、|]*$/u) + 1, 0);
  const stop = text.slice(end).search(/[,;，；、|]/u);
  return /\d/u.test(text.slice(from, stop < 0 ? text.length : end + stop));
}

/** The figure the level stands for, later in the clause: "noise low, 52 dB(A)", "moisture normal, 11.5 %". */
const MEASURED_LATER: Record<Property, RegExp> = {
  sound: /\d\s{0,2}(?:dB|dBA|decibels?)(?![\p{L}])/iu,
  water: /\d\s{0,2}%/u,
  // "pH: suitable for sensitive skin, 5.5 ± 0.5": a bare figure on the pH scale later in the clause is the value; one
  // with a unit after it ("200 ml", "5 L") is another measure.
  ph: /(?<![\p{L}])pH\s{0,2}[:=]?\s{0,2}\d|(?<![\p{L}\d.,])(?:1[0-4]|\d)(?:[.,]\d{1,2})?(?![\d.,]|\s{0,2}(?:[%°]|\p{L}))/iu,
};

const WHY = msg('spec.why.performance');
const EXAMPLE: Record<Property, string> = {
  sound: '≤ 55 dB(A) at 1 m',
  water: 'moisture ≤ 12.5 % (oven method)',
  ph: 'pH 5.0–6.0 (10 % solution, 25 °C)',
};

export const propertyLevelDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause): Finding[] {
    if (clause.attribute && clause.attribute !== 'performance' && clause.attribute !== 'material') return [];
    const text = clause.text;
    const found: Finding[] = [];
    for (const m of text.matchAll(CLAIM)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const property: Property =
        m[1] !== undefined || /^소음/u.test(m[0]) ? 'sound' : m[3] !== undefined ? 'ph' : 'water';
      if (pieceHasFigure(text, start, end) || MEASURED_LATER[property].test(text.slice(end))) continue;
      found.push(
        vagueFinding('performance', clause, {
          start,
          end,
          why: WHY,
          fix: msg('spec.fix.performance', { example: EXAMPLE[property] }),
        }),
      );
    }
    for (const m of text.matchAll(APPROX_WATER))
      found.push(
        vagueFinding('performance', clause, {
          start: m.index,
          end: m.index + m[0].length,
          why: WHY,
          fix: msg('spec.fix.performance', { example: EXAMPLE.water }),
        }),
      );
    for (const m of text.matchAll(WHITE_CLAIM)) {
      const end = m.index + m[0].trimEnd().length;
      if (pieceHasFigure(text, m.index, end) || WHITE_READING.test(text.slice(end))) continue;
      found.push(
        vagueFinding('performance', clause, {
          start: m.index,
          end,
          why: WHY,
          fix: msg('spec.fix.performance', { example: 'whiteness ≥ 40 (Kett C-600)' }),
        }),
      );
    }
    for (const m of text.matchAll(NEW_CROP))
      if (!cropYearNear(text, m.index, m.index + m[0].length))
        found.push(
          vagueFinding('performance', clause, {
            start: m.index,
            end: m.index + m[0].length,
            why: WHY,
            fix: msg('spec.fix.performance', { example: 'crop 2024/25 (harvested Oct–Dec 2024)' }),
          }),
        );
    for (const m of text.matchAll(SEASONAL)) {
      const start = m.index + m[0].length - m[1]!.length;
      // "(samples drawn based on harvest lot)": how the lot is sampled, not the figure handed to the weather.
      if (SAMPLING.test(text.slice(m.index, start)) || SAMPLING_AFTER.test(text.slice(start + m[1]!.length)))
        continue;
      found.push(
        vagueFinding('performance', clause, {
          start,
          end: start + m[1]!.length,
          why: WHY,
          fix: msg('spec.fix.performance', { example: EXAMPLE.water }),
        }),
      );
    }
    return found;
  },
};
