/**
 * A performance or shelf-life figure the order does not hold, of two kinds:
 * - left to the goods themselves: "rated power: see nameplate", "validade: consultar embalagem", "MHD: siehe
 *   Verpackung", "保质期：见包装". The nameplate and the pack are printed by the supplier after the order, so
 *   whatever they say is what was ordered.
 * - taken back once stated: "20000mAh (nominal), actual capacity subject to actual test", "实际容量以实测为准", "la
 *   capacidad real puede variar". The figure binds nothing when the real one is whatever a test finds; it binds
 *   again only when the line names the test's condition (a standard, a temperature, a discharge rate or a load).
 */

import type { Match } from './patterns';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';

/** Fields whose value is a figure: a rating, a capacity, a shelf life. */
const FIGURE_FIELD = anyOf(
  latinWords([
    '(?:rated |nominal |max(?:imum)? )?(?:power|wattage|voltage|current|capacity|output)',
    '(?:battery )?(?:capacity|life)',
    'shelf[- ]life',
    'best before',
    'expiry(?: date)?',
    'expiration(?: date)?',
    'life ?span',
    'potencia(?: nominal)?',
    'potência(?: nominal)?',
    'puissance(?: nominale)?',
    'Leistung',
    'Nennleistung',
    'capacidad',
    'capacidade',
    'capacité',
    'Kapazität',
    'validade',
    'prazo de validade',
    'caducidad',
    'consumir preferentemente antes de',
    'fecha de (?:caducidad|vencimiento)',
    'vida útil',
    'date limite',
    'durée de conservation',
    'DLUO',
    'DDM',
    'MHD',
    'Mindesthaltbarkeit(?:sdatum)?',
    'Haltbarkeit',
    'scadenza',
    'da consumarsi (?:preferibilmente )?entro',
    'houdbaarheid',
    'ten minste houdbaar tot',
    'potenza',
    'vermogen',
  ]),
  cjk(['功率', '额定功率', '容量', '电压', '保质期', '有效期', '賞味期限', '消費期限']),
);

/** The value sends the reader to the goods: their nameplate, label, pack or box. */
const ON_THE_GOODS = anyOf(
  latinWords([
    '(?:please )?(?:see|refer to|check|as (?:per|on|shown on|printed on|marked on)|per|according to|shown on|printed on|marked on) (?:the )?(?:name ?plate|rating (?:plate|label)|type plate|label|packag(?:e|ing)|pack|box|product|carton|bottle|jar|bag|lid|bottom|can|tin)(?: of (?:the )?(?:can|tin|jar|bottle|box|pack(?:age)?|bag|carton|lid))?',
    '(?:consultar|ver|vide|conforme) (?:a |o )?(?:embalagem|rótulo|etiqueta|placa|caixa|tampa)',
    '(?:ver|consultar|véase|según) (?:el |la )?(?:envase|empaque|etiqueta|caja|placa(?: de características)?|tapa)',
    "(?:voir|cf\\.?|selon) (?:l['’]|la |le )?(?:emballage|étiquette|plaque(?: signalétique)?|boîte|couvercle)",
    '(?:siehe|laut|gemäß) (?:Verpackung|Packung|Etikett|Typenschild|Deckel|Boden)',
    "(?:vedi|come da|secondo) (?:la |l[’'])?(?:confezione|etichetta|targhetta|scatola)",
    '(?:zie|volgens) (?:de |het )?(?:verpakking|etiket|typeplaatje|deksel)',
  ]),
  cjk(['(?:见|详见|参见|以)(?:包装|铭牌|标签|外箱|瓶身|瓶底)(?:为准|所示|标注)?']),
);

/** "Label: see nameplate" with nothing else in the value. */
const DEFERRED = new RegExp(
  `(?:${FIGURE_FIELD})\\s{0,3}[:：]\\s{0,3}(?:${ON_THE_GOODS})(?=\\s{0,3}(?:$|[,;.，；。|]))`,
  'giu',
);

/**
 * "Volatile oil: mentioned as the test result", "Ash: as per lab report", "Purity: see COA", "Humedad: según el
 * resultado del análisis": a property whose whole value sends the reader to a test result the line does not give.
 * The result is the lot's own, written after the order, so whatever it reads is what was ordered. Not a document's
 * own field ("Test report: see COA"), a numbered report (its digit), nor one handed over with the line ("see attached
 * COA", "results below").
 */
const TEST_RECORD = String.raw`(?:(?:the |our |its |a )?(?:(?:final |actual |lab(?:oratory)? |third[- ]party |SGS |factory |QC )?(?:test(?:ing)?|lab(?:oratory)?|analysis|analytical|inspection) )?(?:results?|reports?|findings)|(?:the |our )?(?:COA|CoA|certificate of analysis|lab(?:oratory)? (?:test|analysis)|analysis|test(?:ing)?))`;
const TO_A_TEST = anyOf(
  latinWords([
    `(?:mentioned|stated|given|shown|indicated|reported|written|specified|recorded) (?:as|in|on|by) ${TEST_RECORD}`,
    `(?:see|refer(?:ring)? to|as per|per|according to|based on|subject to|as (?:in|on|shown (?:in|on))|shown (?:in|on)|depend(?:s|ing)? on|follow(?:s|ing)?) ${TEST_RECORD}`,
    // "will follow the lab result", "shall be as per COA": the same pointer, said as what the value is going to be.
    `(?:will|shall|would|to) (?:follow|go by|be (?:as per|per|according to|based on|subject to|as (?:in|on|shown (?:in|on)))) ${TEST_RECORD}`,
    'as tested',
    'to be tested',
    '(?:según|conforme|de acuerdo (?:con|al)|segundo|de acordo com) (?:el |la |o |a |los |las )?(?:resultados?|informe|laudo|certificado|análisis|análise) (?:del? |do |da )?(?:análisis|análise|ensayo|ensaio|laborat[oó]rio|teste|prueba)',
    // The certificate of analysis by its short name, in the languages that write it so: "según COA", "laut COA".
    '(?:según|conforme|segundo|de acordo com|selon|voir|laut|gemäß|siehe|secondo|come da|volgens) (?:el |la |o |a |le |l[’\x27]|dem |der |il )?(?:COA|CoA|C\\.O\\.A\\.)',
    '(?:selon|voir) (?:le |les )?(?:résultats?|rapport|certificat) (?:d[eu] |d’|d\x27)?(?:test|analyse|laboratoire)',
    '(?:laut|gemäß|siehe) (?:dem |der )?(?:Prüfbericht|Analysenzertifikat|Analyseergebnis|Testergebnis|Laborbericht|Laborergebnis|Laborbefund)',
  ]),
  // "以检测报告为准", "见检测结果", "以COA为准": the figure is whatever the report says.
  cjk(['(?:以|按|见|详见|参见)(?:(?:检测|检验|化验|测试)(?:报告|结果)|COA|CoA|分析证书|化验单)(?:为准)?']),
);
/**
 * A label that names a document, a procedure or a lab itself, not a property: "Test report:", "COA:", "Inspection:",
 * "Certificates:", "Lab:", "Docs:", "Tests:", "Labo :". Plural and short forms name the same paperwork.
 */
const RECORD_LABEL =
  /(?:reports?|results?|COAs?|certificates?|certs?|certifications?|inspections?|test(?:s|ing)?|documents?|documentation|(?<!\p{L})docs?|paperwork|analys[ie]s|QC|QA|sampl\p{L}*|methods?|procedures?|standards?|norms?|(?<!\p{L})labs?|(?<!\p{L})labo|laborator(?:y|ies)|compliance|informes?|rapports?|certificados?|certificats?|Berichte?|Labor|Zertifikate?|报告|检测|检验|证书|实验室)\s{0,2}[:：]\s{0,3}$/iu;
/** The record handed over with the line: "attached", "enclosed", "below", "above". */
const RECORD_GIVEN =
  /\b(?:attached|enclosed|below|above|herewith|anexo|adjunto|ci-joint|beigefügt)\b|附件|附后/iu;

function sentToATest(text: string): Match[] {
  const colon = /[:：]/u.exec(text);
  if (!colon || colon.index > 40) return [];
  const label = text.slice(0, colon.index + 1);
  const value = text.slice(colon.index + 1);
  if (!/\p{L}{2}/u.test(label) || RECORD_LABEL.test(label) || /\d/u.test(value) || RECORD_GIVEN.test(value))
    return [];
  const m = findAll(TO_A_TEST, value)[0];
  // The pointer must be the value: nothing but punctuation before it or after it.
  if (!m || /[\p{L}\p{N}]/u.test(value.slice(0, m.start)) || /[\p{L}\p{N}]/u.test(value.slice(m.end)))
    return [];
  const at = colon.index + 1;
  return [{ start: at + m.start, end: at + m.end, text: m.text }];
}

/** Once stated, the figure is handed to a test or to chance: "actual capacity subject to actual test", "may vary". */
const TAKEN_BACK = anyOf(
  latinWords([
    '(?:the )?(?:actual|real) (?:capacity|power|output|run ?time|runtime|battery life|play ?time|working time|brightness|range|mAh)(?: is| will be)? (?:subject to|depend(?:s|ing)? on|based on|may (?:vary|differ)|varies|can (?:vary|differ)|prevails?)(?: (?:the )?(?:actual|real) (?:test(?:ing)?|measurement|use|usage|product))?',
    '(?:capacity|run ?time|runtime|battery life|play ?time|working time|standby time|brightness) (?:may|can|will|might) (?:vary|differ)',
    // "10000mAh, actual per factory", "actual capacity as per production": the real figure is whatever ships. Not when
    // a numbered report is named ("according to production test report TR-12"): that record can be asked for.
    '(?:the )?(?:actual|real)(?: (?:capacity|power|output|run ?time|runtime|battery life|brightness|mAh|value|figure))?(?: is| will be)? (?:subject to|per|as per|according to|based on|depends on) (?:the )?(?:factory|ex[- ]factory|production|mass production|bulk(?: goods)?|goods shipped|shipment|actual (?:product|goods|production))(?! (?:test |inspection |QC |final )?(?:reports?|records?|certificates?|data ?sheets?)\\s{0,2}(?:no\\.?\\s{0,2}|#|№)?[A-Z]{0,8}[-_]?\\d)',
    '(?:la )?capacidad real (?:puede variar|est[aá] sujeta a|depende de|según)',
    '(?:a )?capacidade real (?:pode variar|est[aá] sujeita a|depende d[oa]|conforme)',
    '(?:la )?capacité réelle (?:peut varier|dépend de|selon)',
    '(?:die )?tatsächliche (?:Kapazität|Leistung|Laufzeit|Akkulaufzeit) (?:kann (?:abweichen|variieren)|hängt von)',
    '(?:la )?capacità (?:reale|effettiva) (?:può variare|dipende da)',
    '(?:de )?werkelijke capaciteit (?:kan (?:afwijken|variëren)|hangt af van)',
    'rzeczywista pojemność (?:może się różnić|zależy od)',
  ]),
  '(?<![\\p{L}])(?:фактическ|реальн)(?:ая|ой) [её]мкость (?:может (?:отличаться|варьироваться)|зависит от)',
  cjk([
    // "（实际容量以出厂为准）": the actual figure is whatever leaves the factory, as with a test's.
    '实际(?:容量|功率|续航|亮度|使用时间|时间|电量)(?:以|按)(?:实测|实际|实物|测试|出厂|工厂|大货)(?:为准|结果为准)?',
    '(?:容量|续航|使用时间)(?:因[^，,。；]{1,12}而异|以实测为准|仅供参考)',
  ]),
);

/** A test condition: a standard, a temperature, a discharge rate, a load or a volume the figure was measured at. */
const TEST_CONDITION =
  /(?:IEC|EN|ISO|GB\/T|UL|ANSI|JIS)\s?\d{3,}|\d\s?(?:°\s?C|℃)|\d(?:[.,]\d+)?\s?C\s(?:discharge|rate)|\bat\s\d+\s?(?:%|mA|A|W|lm)\b|\b(?:discharge|cut-?off)\s(?:at|to)\s\d|放电|截止电压/iu;

/**
 * A date printed per lot: "best before", "expiry date", "MHD", "scadenza", "有效期至". Each lot's date is stamped on
 * its pack, so a date field sent to the pack is normal once the line gives the period it is counted by.
 */
const DATE_FIELD = anyOf(
  latinWords([
    'best before',
    'expiry(?: date)?',
    'expiration(?: date)?',
    'consumir preferentemente antes de',
    'fecha de (?:caducidad|vencimiento)',
    'caducidad',
    'validade',
    'date limite',
    'DLUO',
    'DDM',
    'MHD',
    'Mindesthaltbarkeitsdatum',
    'scadenza',
    'da consumarsi (?:preferibilmente )?entro',
    'ten minste houdbaar tot',
  ]),
  cjk(['有效期', '賞味期限', '消費期限']),
);
/** The period the goods keep: "24 months", "36 months from manufacture", "2 años", "18个月". Not a warranty's. */
const KEEPING_PERIOD =
  /(?<![\p{L}\d.,])(?=\d)(?<!(?:warrant\p{L}*|guarant\p{L}*|garan[tz]\p{L}*|Gewährleistung|质保|保修)[^,;，；|\d]{0,20})\d{1,3}\s?(?:months?|years?|days|weeks|meses|años|anos|mois|ans|jours|Monate|Jahre|Tage|mesi|anni|giorni|maanden|jaar|dagen|个月|年|天)(?![\p{L}])/iu;

export function figureElsewhere(text: string, line: string): Match[] {
  const datedByPeriod = KEEPING_PERIOD.test(line);
  const deferred = [...text.matchAll(DEFERRED)]
    .filter((m) => !(datedByPeriod && test(`^(?:${DATE_FIELD})`, m[0])))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
  const takenBack = TEST_CONDITION.test(line) ? [] : findAll(TAKEN_BACK, text);
  return [...deferred, ...takenBack, ...sentToATest(text)];
}
