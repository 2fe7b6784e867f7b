/**
 * A plating with no thickness: "Plating: gold color plating, thick", "Galvanik: vergoldet", "电镀：镀金", or "heavy gold
 * plating" anywhere. How long a plating lasts is its thickness in microns (gold flash is 0.05 µm, vermeil 2.5 µm);
 * "thick" or a metal's name alone lets the supplier flash the thinnest coat. Silent when the thickness is written
 * ("18K gold plating 0.5 µm", "Ni 8-10 µm"), or a standard, a salt-spray test or a numbered reference holds it.
 */
import { msg } from '../i18n/msg';
import type { Clause } from './clauses';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';
import { DESIGN_FILE, SAMPLE_IDENTIFIED } from './reference-lexicon';
import { tidyRange, type VagueHit } from './spec-finding';

const PLATING = anyOf(
  latinWords([
    '(?:electro-?)?plat(?:ing|ed)',
    'galvani[sz](?:ing|ed)',
    'chapad[oa]s?',
    'chapeado',
    'baño (?:de|en) (?:oro|plata|níquel|cromo|rodio)',
    'bañad[oa]s? (?:en|de|con) (?:oro|plata|rodio)',
    'banh(?:o|ad[oa]s?) (?:a|em|de) (?:ouro|prata|ródio|níquel)',
    'plaqué(?:e|es|s)? (?:or|argent)',
    'placage',
    'vergoldet',
    'versilbert',
    'Vergoldung',
    'Galvanik',
    'placcat[oa](?: (?:oro|argento))?',
    'placcatura',
    'pozłacan[aey]',
    'posrebrzan[aey]',
    'powłoka galwaniczna',
    'kaplama',
    'xi mạ',
    'mạ (?:vàng|bạc|crôm|kẽm|niken)',
    'lapis(?:an)? (?:emas|perak)',
    'sepuh',
    'verguld',
    'verzilverd',
  ]),
  scriptWords(['позолот\\p{L}{0,4}', 'гальванич\\p{L}{0,6}']),
  cjk(['电镀', '镀(?:金|银|铬|镍|锌|铑|层)', 'メッキ', '鍍金']),
);
/** A thickness said with a word instead of a figure: "thick", "heavy", "dày", "厚". */
const THICKNESS_WORD = anyOf(
  latinWords([
    'thick(?:er)?',
    'heavy(?![- ]duty)',
    'thin',
    'multi-?layers?',
    '(?:double|triple|several|extra) layers?',
    'grues[oa]',
    'gross[oa]',
    'épaisse?',
    'dick(?:e[nrs]?)?',
    'spess[oa]',
    'espess[oa]',
    'grub[aey]',
    'kalın',
    'dày',
    'tebal',
    'dik(?:ke)?',
  ]),
  scriptWords(['толст\\p{L}{0,3}']),
  cjk(['厚(?:镀|金)?', '加厚']),
);
/** A label that heads the plating itself ("Plating:", "Plating thickness:", "电镀："), not its colour. */
const PLATING_LABEL = regex(
  `^\\s{0,3}(?:[\\p{L}-]+\\s){0,2}?(?:${PLATING})(?:\\s(?:thickness|layer|Dicke|espesor|épaisseur|spessore))?\\s{0,2}[:：]`,
  'iu',
);
/**
 * The thickness as a figure: microns (also written "8μ", "8 mic", "85 micras", "9 мкм"), micro-inches, mils or
 * millimetres; or galvanising by its coating mass ("275 g/m2", "Z275"), an anodising class ("AA15"), a zinc
 * plating code ("Fe/Zn 8").
 */
const THICKNESS =
  /(?<![A-Za-z\d.,])\d+(?:[.,]\d+)?\s{0,2}(?:[-–~]\s{0,2}\d+(?:[.,]\d+)?\s{0,2})?(?:[µμu]m|microns?|micrones|micras?|mikron\w*|mic|мкм|micromet(?:er|re)s?|[µμ]|[µμu]"|[µμu]in|micro-?inch(?:es)?|mils?|mm|微米|丝)(?![\p{L}])|(?<![\d.,])\d{2,4}\s{0,2}g\s?\/\s?m(?:2|²)|\bZ\d{2,3}\b|\bAA\s?\d{1,2}\b|\bFe\s?\/\s?Zn\s?\d/iu;
/** A salt-spray or corrosion test with its hours: the plating's life measured another way. */
const SALT_SPRAY =
  /\d{2,4}\s{0,2}(?:h|hrs?|hours?|小时|時間)\b[^;]{0,30}(?:salt|NSS|CASS|盐雾)|(?:salt[- ]spray|NSS|盐雾)[^;]{0,30}\d{2,4}\s{0,2}(?:h|hrs?|hours?|小时)/iu;

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example:
    '18K gold plating ≥ 0.5 µm (ISO 4523), thickness checked by XRF per lot; 24 h salt spray (ISO 9227)',
});

function heldElsewhere(text: string): boolean {
  return (
    THICKNESS.test(text) ||
    SALT_SPRAY.test(text) ||
    namesAStandard(text) ||
    test(DESIGN_FILE, text) ||
    test(SAMPLE_IDENTIFIED, text)
  );
}

/**
 * The label of a surface finish: "Finish:", "Surface finish:", "Surface treatment:", "Acabado:", "Oberfläche:",
 * "表面处理：". Its value may be a look ("brushed", "matte"), or a protective coat.
 */
const FINISH_LABEL = regex(
  `^\\s{0,3}(?:${anyOf(
    latinWords([
      '(?:surface )?(?:finish(?:ing)?|treatment|coating)',
      'surface',
      'acabado(?: superficial)?',
      'tratamiento (?:superficial|de superficie)',
      'finition',
      'traitement de surface',
      'revêtement',
      'Oberfläche(?:nbehandlung)?',
      'Beschichtung',
      'acabamento(?: superficial)?',
      'tratamento (?:superficial|de superfície)',
      'finitura',
      'trattamento superficiale',
      'wykończenie',
      // Polish "Powłoka:" (coating), "Pokrycie:"; Turkish "Kaplama:" is read as a plating label.
      'powłoka(?: (?:ochronna|zewnętrzna))?',
      'pokrycie',
      'yüzey(?: işlemi)?',
      'xử lý bề mặt',
      'afwerking',
    ]),
    scriptWords(['покрытие', 'отделка', 'обработка поверхности']),
    cjk(['表面处理', '表面', '处理工艺', '表面仕上げ']),
  )})\\s{0,2}[:：]`,
  'iu',
);
/**
 * A protective coat whose life is its thickness: plating, zinc or chrome, anodising, powder coat, e-coat, PVD.
 * "Finish: chrome plated" lets the supplier flash the thinnest coat that looks right on the day it ships; a look
 * ("brushed", "polished", "matte") is not read here.
 */
const COAT = anyOf(
  PLATING,
  latinWords([
    'chrome(?:d| finish)?',
    'nickel(?:ed)?',
    'zinc(?:ed)?',
    '(?:hot[- ]dip(?:ped)? )?galvani[sz]ed',
    'anodi[sz](?:ed|ing)',
    'PVD(?: coat(?:ed|ing))?',
    'cromad[oa]',
    'niquelad[oa]',
    'galvanizad[oa]',
    'zincad[oa]',
    'anodizad[oa]',
    'chromée?',
    'nickelée?',
    'galvanisée?',
    'zinguée?',
    'anodisée?',
    'verchromt',
    'vernickelt',
    'verzinkt',
    'eloxiert',
    'cromat[oa]',
    'nichelat[oa]',
    'zincat[oa]',
    'anodizzat[oa]',
    'chromowan[aey]',
    'niklowan[aey]',
    'cynkowan[aey]',
    'ocynkowan[aey]',
    'anodowan[aey]',
    'krom kaplama',
    'galvaniz',
    'eloksal',
    'mạ (?:crôm|kẽm|niken)',
    'verchroomd',
    'verzinkt',
    'geanodiseerd',
  ]),
  scriptWords(['хромирован\\p{L}{0,3}', 'оцинкован\\p{L}{0,3}', 'анодирован\\p{L}{0,3}']),
  cjk(['镀铬', '镀锌', '镀镍', '热镀锌', '阳极氧化', 'クロムメッキ', 'アルマイト']),
);
/**
 * Organic coats (powder, e-coat, paint) are bought by colour and gloss as much as by thickness: "powder coated, RAL
 * 9005, gloss 80 GU" is a spec a buyer checks. Only the coat named with no figure at all ("Finish: powder coated")
 * leaves it open.
 */
const ORGANIC_COAT = anyOf(
  latinWords([
    'powder[- ]?coat(?:ed|ing)?',
    'e-?coat(?:ed|ing)?',
    'electrophore(?:sis|tic)(?: coating)?',
    'pintura (?:en polvo|electrostática|eletrostática|a pó)',
    'recubrimiento en polvo',
    'thermolaquée?',
    'peinture (?:époxy|poudre)',
    'pulverbeschichtet',
    'verniciat[oa] a polvere',
    'malowan[aey] proszkowo',
    'elektrostatik boya',
    'sơn tĩnh điện',
    'gepoedercoat',
  ]),
  scriptWords(['порошков\\p{L}{0,3} (?:покраск|окраск)\\p{L}{0,2}']),
  cjk(['喷粉', '喷塑', '静电喷涂', '电泳', '粉体塗装']),
);
const FINISH_FIX = msg('spec.fix.performance', {
  example:
    'zinc plated 8–12 µm (ISO 2081), 72 h neutral salt spray (ISO 9227); or powder coat RAL 9005, 60–80 µm',
});

export function platingWithoutThickness(clause: Clause, line: string): VagueHit[] {
  const text = clause.text;
  // "Finish: chrome plated", "表面处理：镀锌", "Oberfläche: pulverbeschichtet": a coat named under the finish field with no
  // thickness, salt-spray hours or standard anywhere on the line.
  const finish = FINISH_LABEL.exec(text);
  // "nickel-free", "chrome-free passivation", "lead free": what the finish is free of is no coat.
  const finishValue = finish ? text.slice(finish[0].length).replace(/[\p{L}]+[- ]free\b/giu, ' ') : '';
  const openCoat = test(COAT, finishValue) || (test(ORGANIC_COAT, finishValue) && !/\d/u.test(finishValue));
  if (finish && openCoat && !heldElsewhere(line)) {
    const range = tidyRange(text, finish[0].length, text.length);
    return range.end > range.start ? [{ ...range, why: WHY, fix: FINISH_FIX }] : [];
  }
  // "Plating: 18K gold PVD, thickness ≥ 0.5 µm": the thickness may stand in the next clause of the line.
  if (!test(PLATING, text) || heldElsewhere(line)) return [];
  const label = PLATING_LABEL.exec(text);
  if (label) {
    // "Plating: gold", "Galvanik: vergoldet": the field names the metal and leaves its thickness out.
    const range = tidyRange(text, label[0].length, text.length);
    return range.end > range.start ? [{ ...range, why: WHY, fix: FIX }] : [];
  }
  // "thick gold plating", "gold plated, heavy": the thickness praised with a word, under any label.
  const hits: VagueHit[] = [];
  for (const p of findAll(PLATING, text)) {
    const near = findAll(THICKNESS_WORD, text).find(
      (w) => (w.end <= p.start && p.start - w.end <= 24) || (w.start >= p.end && w.start - p.end <= 24),
    );
    if (!near) continue;
    const range = tidyRange(text, Math.min(near.start, p.start), Math.max(near.end, p.end));
    hits.push({ ...range, why: WHY, fix: FIX });
  }
  return hits;
}
