/**
 * A warranty whose terms are left to one side's judgement: "guarantees the quality for a reasonable period",
 * "excluding misuse, at the manufacturer's discretion", "durante un período razonable", "وفق تقدير المصنع". A
 * "reasonable" period counts no days from any date, and a fault the maker alone may call misuse is covered only when
 * he chooses to cover it; either way the buyer has no term to claim under. Read only on a line about a warranty,
 * so "reasonable price" or "colour at the factory's discretion" is left to the rules that own them.
 */

import { msg } from '../i18n/msg';
import { blankAfterLabel } from './blank-field';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const WARRANTY = anyOf(
  latinWords([
    'warrant(?:y|ies|s|ed)?',
    'guarantee[ds]?',
    'garant[ií]as?',
    'garantiza',
    'garantie',
    'garantit',
    'Garantie',
    'Gewährleistung',
    'garante',
    'garanzia',
    'garanti',
    'bảo hành',
    'jaminan',
    'garansi',
    'gwarancja',
  ]),
  scriptWords(['الضمان', 'ضمان', 'гаранти\\p{L}*', 'гаранті\\p{L}*', 'گارانتی', 'वारंटी', 'गारंटी']),
  cjk(['保修', '质保', '保証', '보증']),
);

const WHOSE = '(?:the |our |its )?(?:manufacturer|supplier|seller|factory|vendor|maker|company)';
const LEFT_OPEN = anyOf(
  latinWords([
    // A period no one can count.
    '(?:a |for a |within a |during a )?reasonable (?:period|time|duration|term)(?: of time)?',
    '(?:un |durante un |por un )?(?:per[ií]odo|plazo|tiempo) razonable',
    '(?:une |pendant une )?(?:période|durée|délai) raisonnable',
    '(?:eine |für eine )?(?:angemessene|vernünftige) (?:Zeit|Frist|Dauer|Zeitspanne)',
    '(?:um |por um |durante um )?(?:per[ií]odo|prazo|tempo) razo[aá]vel',
    '(?:un |per un )?(?:periodo|tempo) ragionevole',
    // Coverage decided by one side alone.
    `(?:at|in) ${WHOSE}(?:[’']s)? (?:sole |own |absolute )?(?:discretion|judge?ment|option)`,
    `(?:as|if) (?:determined|decided|judged) by ${WHOSE}`,
    '(?:a|según) (?:criterio|juicio|discreción) (?:del |de la )?(?:fabricante|proveedor|vendedor|fábrica)',
    "(?:à la|selon la|au) (?:discrétion|jugement|seule appréciation) (?:du |de l[’'])?(?:fabricant|fournisseur|vendeur|usine)",
    // "nach freiem Ermessen" (dative), "im alleinigen Ermessen", "nach eigenem Ermessen": the adjective declined as it comes.
    '(?:nach|im|in) (?:(?:freie[mnr]?|eigene[mnr]?|alleinige[mnr]?|billige[mnr]?) )?Ermessen (?:des|der) (?:Herstellers|Lieferanten|Verkäufers|Fabrik)',
    '(?:a|segundo o) (?:critério|juízo) (?:do |da )?(?:fabricante|fornecedor|vendedor|fábrica)',
    "(?:a|secondo il) (?:discrezione|giudizio) (?:del |dell[’'])?(?:produttore|fornitore|venditore|fabbrica)",
    // Terms held by one side and not written into the order: "as per factory policy", "según la política del
    // fabricante", "gemäß Herstellerrichtlinien", "theo chính sách của nhà máy".
    `(?:as per|according to|per|under|following|subject to|based on) ${WHOSE}(?:[’']s)? (?:own |internal |standard |usual )?(?:warranty )?(?:polic(?:y|ies)|rules|regulations|terms|conditions)`,
    `(?:as per|according to|per|under|following|subject to|based on) (?:our|their) (?:own |internal |standard |usual )?(?:warranty )?(?:polic(?:y|ies)|rules|regulations)`,
    '(?:seg[uú]n|conforme a|de acuerdo con) (?:la |nuestra )?pol[ií]tica (?:de garant[ií]a )?(?:del |de la )?(?:fabricante|f[aá]brica|proveedor|empresa|vendedor)?',
    "(?:selon|conformément à) (?:la |notre )?politique (?:de garantie )?(?:du |de l[’'])?(?:fabricant|usine|fournisseur|entreprise)?",
    '(?:gemäß|nach|laut) (?:den )?(?:Richtlinien|Bestimmungen|Garantiebedingungen) (?:des|der) (?:Herstellers|Fabrik|Lieferanten)',
    // "según condiciones del fabricante", "selon les conditions du fabricant", "gemäß Herstellerbedingungen": the
    // conditions the cover depends on are the maker's, and the order writes none of them down.
    '(?:seg[uú]n|conforme a|de acuerdo con|sujet[oa] a) (?:las |sus )?condiciones (?:de garant[ií]a )?(?:del |de la )(?:fabricante|f[aá]brica|proveedor|empresa|vendedor)',
    "(?:selon|conformément aux|sous réserve des) (?:les )?conditions (?:de garantie )?(?:du |de l[’'])(?:fabricant|usine|fournisseur|vendeur)",
    '(?:gemäß|nach|laut) (?:den )?(?:Hersteller|Liefer|Verkaufs)(?:garantie)?bedingungen',
    '(?:conforme|segundo|de acordo com|sujeit[oa] (?:à|as)) (?:as )?condições (?:de garantia )?(?:do |da )(?:fabricante|f[aá]brica|fornecedor|empresa|vendedor)',
    "(?:secondo|in base alle|soggett[oa] alle) (?:le )?condizioni (?:di garanzia )?(?:del |dell[’'])(?:produttore|fornitore|venditore|fabbrica)",
    '(?:conforme|segundo|de acordo com) (?:a )?pol[ií]tica (?:de garantia )?(?:do |da )?(?:fabricante|f[aá]brica|fornecedor|empresa)?',
    'theo (?:chính sách|quy định) (?:bảo hành )?(?:của )?(?:nhà máy|nhà sản xuất|công ty|chúng tôi)',
    '(?:fabrika|üretici|firma|şirket)(?:nın|nin)? (?:garanti )?politikasına (?:göre|uygun)',
    // A remedy with no terms: "if any problem, we will solve it", "sorun olursa çözüm sunulur", "có vấn đề sẽ
    // giải quyết". Which fault, which remedy, within how long: nothing the buyer can claim under.
    '(?:if (?:there (?:is|are) )?(?:any|a) (?:quality )?(?:problems?|issues?)|in case of (?:any )?(?:quality )?(?:problems?|issues?))[, ]{1,3}(?:we )?(?:will |shall |can )?(?:solve|fix|resolve|handle|settle|deal with|take care of|find a solution|offer a solution)(?: (?:it|them|for you))?',
    '(?:any|all) (?:quality )?(?:problems?|issues?) (?:will|shall|can) be (?:solved|resolved|handled|settled|taken care of)',
    // The remedy behind a message to the seller: "any problem pls contact us, we will solve for you", "if any issue
    // just message me and we fix it". Contacting is no term either: which fault, which remedy, by when.
    '(?:(?:if|when) (?:there (?:is|are) )?)?(?:any|a) (?:quality )?(?:problems?|issues?|defects?)[, ]{1,3}(?:(?:pls|plz|please|just|kindly) )?(?:contact|tell|message|email|inform) (?:us|me|the seller)[, ]{1,3}(?:and |then )?(?:we|I) (?:will |shall |can |\\p{L}{0,3}ll )?(?:solve|fix|resolve|handle|settle|help|take care)',
    '(?:bir )?(?:sorun|problem) (?:olursa|olması halinde|durumunda)[, ]{1,3}(?:çözüm(?: \\p{L}+)?|çözülür|çözeriz)',
    '(?:si hay (?:algún )?problema|en caso de (?:algún )?problema)[, ]{1,3}(?:lo )?(?:resolvemos|solucionamos|resolveremos|solucionaremos|se resuelve|se soluciona)',
    'nếu có (?:vấn đề|lỗi)(?: gì)?[, ]{1,3}(?:chúng tôi )?(?:sẽ )?(?:giải quyết|xử lý|hỗ trợ)',
    // A guarantee of "quality" that names no fault and no period: "quality guaranteed", "kalite garantili".
    '(?:quality|kalite|calidad|qualité|qualidade|Qualität|qualità|chất lượng) (?:is )?(?:guaranteed|garantili|garantizada|garantie|garantida|garantiert|garantita|đảm bảo|được đảm bảo)',
  ]),
  scriptWords([
    '(?:وفق|حسب|وفقا ل|بحسب)\\s?تقدير\\s(?:ال)?(?:مصنع|مورد|بائع|شركة)',
    '(?:مدة|فترة)\\s(?:زمنية\\s)?معقولة',
    'на усмотрение (?:производителя|поставщика|продавца)',
    'в течение разумного (?:срока|времени)',
    // "वारंटी: कंपनी के अनुसार" (warranty: as per the company), "निर्माता की नीति अनुसार" (as the maker's policy says).
    '(?:कंपनी|कम्पनी|निर्माता|फैक्ट्री|विक्रेता)\\s(?:के|की)\\s(?:नियम(?:ों)?\\s|नीति\\s(?:के\\s)?)?अनुसार',
    'согласно (?:политике |условиям )?(?:производителя|поставщика|продавца)(?=\\s{0,2}(?:$|[,;.!|]))',
  ]),
  cjk([
    '合理(?:期限|时间|期间)',
    '(?:由|以)(?:厂家|工厂|供应商|卖方)(?:判断|决定|认定)为准?',
    '最终解释权归(?:厂家|工厂|供应商|卖方|本公司)(?:所有)?',
  ]),
);

/**
 * Terms held by one side and named by nothing else: "Warranty: as per company", "según el fabricante", "laut
 * Hersteller". Which period and which faults is whatever that side says when a fault appears. With the warranty's
 * own period on the line ("12 months from B/L date, as per manufacturer", "2 años según el fabricante") the words
 * only name who honours it.
 */
const HONOURER_ONLY = latinWords([
  `(?:as per|according to) ${WHOSE}(?=\\s{0,2}(?:$|[,;.!|]))`,
  '(?:seg[uú]n|de acuerdo con) (?:el |la )?(?:fabricante|f[aá]brica|proveedor|empresa|vendedor)(?=\\s{0,2}(?:$|[,;.!|]))',
  "(?:selon|d[’']après) (?:le |l[’'])?(?:fabricant|usine|fournisseur|entreprise|vendeur)(?=\\s{0,2}(?:$|[,;.!|]))",
  '(?:laut|gemäß|nach) (?:dem )?(?:Hersteller|Lieferanten?|Verkäufer)(?:angaben)?(?=\\s{0,2}(?:$|[,;.!|]))',
  '(?:conforme|segundo|de acordo com) (?:o |a )?(?:fabricante|f[aá]brica|fornecedor|empresa|vendedor)(?=\\s{0,2}(?:$|[,;.!|]))',
]);

/**
 * "defective units repaired or replaced at the manufacturer's option", "reparación o sustitución a criterio del
 * fabricante": with a warranty period on the line, the maker's option only picks the remedy for a fault already
 * covered; the period and the coverage are fixed, so the buyer has terms to claim under.
 */
const REMEDY_CHOICE = anyOf(
  latinWords([
    '(?:repair(?:ed)?|replace(?:d|ment)?|refund(?:ed)?)(?: or (?:repair(?:ed)?|replace(?:d|ment)?|refund(?:ed)?))',
    '(?:reparaci[oó]n|sustituci[oó]n|reemplazo|reposici[oó]n) o (?:reparaci[oó]n|sustituci[oó]n|reemplazo|reposici[oó]n|reembolso)',
    '(?:réparation|remplacement|réparé|remplacé)e?s? ou (?:réparation|remplacement|remboursement|réparé|remplacé)e?s?',
    '(?:Reparatur|Ersatz|Austausch|Nachbesserung) oder (?:Reparatur|Ersatz|Austausch|Ersatzlieferung|Erstattung)',
    '(?:reparo|reparação|substituição|troca) ou (?:reparo|reparação|substituição|troca|reembolso)',
    '(?:riparazione|sostituzione) o (?:riparazione|sostituzione|rimborso)',
  ]),
);
/**
 * "Warranty: factory standard warranty", "Гарантія: стандартна гарантія фабрики", "garantía estándar de fábrica",
 * "標準保証": the warranty named by whose habit it is, with no period and no faults. The factory's "standard" is
 * whatever it says when a fault shows up. Read only where the line gives no period of the warranty's own ("standard
 * warranty 2 years" has one).
 */
/**
 * "Warranty: the normal one", "like the last order", "same as before", "como el último pedido", "wie beim letzten
 * Auftrag", "comme la dernière commande": the field answered by a habit or an earlier deal the sheet never states,
 * so there is still no period and no fault list to claim under.
 */
/**
 * "as agreed in previous contract", "la de siempre", "wie immer", "comme d'habitude", "come sempre": the field answered
 * by a deal or a habit the sheet does not hold, in the words each language uses for it. An earlier contract or order
 * the line names by its number is on record, so "as per contract HT-2291" is not read (the value must end here).
 */
const WARRANTY_BY_HABIT =
  "(?:as (?:agreed|stated|specified|defined|written|set|fixed) (?:in|on|under|by|per) (?:the |our |your )?(?:previous|last|earlier|prior|former|old|other) (?:contracts?|orders?|agreements?|deals?|POs?)|as per (?:the |our |your )?(?:previous|last|earlier|prior|former|old) (?:contracts?|orders?|agreements?|deals?|POs?)|same as (?:always|usual|ever)|(?:the |our )?(?:same )?(?:one|terms) (?:as )?(?:we|you) (?:always|usually) (?:give|offer|have|use)|(?:la|el|lo) (?:de )?siempre|(?:la|el) (?:mism[oa] )?(?:de siempre|habitual)|como (?:siempre|de costumbre|sempre|de costume|en el contrato anterior|no contrato anterior)|igual que (?:siempre|antes|la vez anterior)|seg[uú]n (?:el )?contrato anterior|a (?:mesma )?de sempre|comme (?:d[’']habitude|toujours|avant|dans le contrat pr[ée]c[ée]dent)|(?:la )?m[êe]me que (?:d[’']habitude|la derni[èe]re fois|avant)|wie (?:immer|üblich|gehabt|bisher|zuvor|im (?:letzten|vorigen|vorherigen) Vertrag(?: vereinbart)?)|die übliche|come (?:sempre|al solito|nel contratto precedente)|la solita|jak (?:zawsze|zwykle|poprzednio|ostatnio)|seperti (?:biasa|sebelumnya)|như (?:mọi khi|cũ|trước))";
const WARRANTY_AS_BEFORE = String.raw`(?:(?:the |a )?(?:normal|usual|standard|regular|same) one|(?:just )?(?:like|as (?:in|on|with|for)?|same as)\s(?:(?:the|our|your)\s)?(?:last|previous|former|earlier|prior|other)\s(?:orders?|time|shipments?|batch|one|deal|contract|PO)|(?:like|same as|as) (?:before|usual|always)|(?:igual |lo mismo )?(?:que|como) (?:en )?(?:el|la) (?:último|última|anterior) (?:pedido|orden|vez|envío)|comme (?:la|le|pour la|pour le) (?:dernière?|précédente?) (?:commande|fois|envoi)|wie (?:beim?|bei der) (?:letzten|vorigen|vorherigen) (?:Auftrag|Bestellung|Mal|Lieferung)|${WARRANTY_BY_HABIT})`;
const HABITUAL_WARRANTY = anyOf(
  latinWords([
    "(?:(?:our|the|factory|manufacturer[’']?s?|supplier[’']?s?) )?(?:standard|normal|usual|regular|default) (?:factory |manufacturer |supplier )?(?:warranty|guarantee)",
    "(?:(?:the|our) )?(?:factory|manufacturer[’']?s?) (?:warranty|guarantee)(?! (?:card|certificate|period|of \\d))",
    '(?:warranty|guarantee) (?:as|is) (?:usual|normal|standard)',
    'garant[ií]a (?:est[aá]ndar|normal|habitual|de f[aá]brica|del fabricante)(?: de f[aá]brica| del fabricante)?',
    "garantie (?:standard|normale|habituelle|(?:d[’'])?usine|du fabricant|constructeur)(?: (?:d[’'])?usine| du fabricant)?",
    '(?:Standard|Werks|Hersteller)garantie',
    'garanzia (?:standard|normale|di fabbrica|del produttore)',
    'garantia (?:padr[aã]o|normal|de f[aá]brica|do fabricante)(?: de f[aá]brica| do fabricante)?',
    'standart garanti',
    '(?:fabrika|üretici) garantisi',
    'gwarancja (?:standardowa|producenta|fabryczna)',
    'bảo hành (?:tiêu chuẩn|theo nhà sản xuất|của nhà máy)',
  ]),
  scriptWords([
    '(?:стандартн|звичайн|обычн|заводськ|заводск|фабричн)\\p{L}{1,3} гарант[иі]\\p{L}{1,2}(?: (?:фабрики|заводу|завода|виробника|производителя))?',
    'гарант[иі]\\p{L}{1,2} (?:фабрики|заводу|завода|виробника|производителя)',
    'گارانتی (?:استاندارد|کارخانه)',
    '(?:ال)?ضمان (?:ال)?(?:قياسي|معتاد|المصنع)',
    '(?:मानक|स्टैंडर्ड|सामान्य|फैक्ट्री|कंपनी) (?:वारंटी|गारंटी)',
  ]),
  // "Warranty: standard", "Garantía: normal": the field answered by the habit word alone.
  String.raw`(?<=(?:warranty|guarantee|garant[ií]a|garantie|Garantie|Gewährleistung|garanzia|garantia|gwarancja|garansi|jaminan|bảo hành|гарант[иі]\p{L}{1,2})\s{0,2}[:：]\s{0,3})(?:standard|normal|as usual|usual|regular|est[aá]ndar|habitual|padr[aã]o|normale|стандартн\p{L}{1,3}|звичайн\p{L}{1,3}|обычн\p{L}{1,3}|${WARRANTY_AS_BEFORE})(?=\s{0,2}(?:$|[,;.]))`,
  cjk(['標準保証', 'メーカー保証', '(?:标准|正常|常规|厂家|工厂)(?:质保|保修)', '기본 보증', '표준 보증']),
  // "保修：和上次一样", "质保：照旧", "保証：前回と同じ": the field answered by the last deal, which the sheet does not hold.
  // Read only as the whole value after the warranty's own label: "保修卡和上次一样" is about the card.
  String.raw`(?<=(?:保修|质保|保証|보증)(?:期|期限|条款|政策|条件)?\s{0,2}[:：]\s{0,3})(?:(?:和|跟|同|与|按|照)(?:上次|以前|之前|上一次|上批|老)(?:的)?(?:订单|合同|标准|规矩)?(?:一样|相同|一致|的)?|照旧|老样子|(?:和|跟)(?:往常|平常|平时)一样|前回(?:と)?(?:同じ|同様|通り)|(?:いつも|従来)(?:と)?(?:同じ|通り)|(?:이전|지난번)(?:과|와)? ?(?:동일|같음|같이))(?=\s{0,2}(?:$|[,;。，；.]))`,
);
export const CHOOSER = /(?:option|discretion|criterio|critério|discrétion|Ermessen|discrezione)/iu;
/** The units a warranty period is counted in: "12 months", "2 años", "24 Monate", "12个月". */
const PERIOD_UNIT = String.raw`(?:months?|years?|yrs?|days|meses|mes|años|anos|mois|ans|jours|Monate[n]?|Jahre[n]?|Tage[n]?|mesi|anni|giorni|miesi\p{L}*|lat|lata|rok|maanden|jaar|tháng|năm|bulan|tahun|ay|yıl|месяц\p{L}*|місяц\p{L}*|лет|года?|рок(?:ів|и)?|个月|年|ヶ月|か月|개월|년)(?![\p{L}])`;
export const WARRANTY_WORD = String.raw`(?:warrant\p{L}*|guarant\p{L}*|garan[tz]\p{L}*|garansi|gwarancj\p{L}*|bảo hành|Gewährleistung|гарант\p{L}*|质保|保修|保証|보증)`;
/**
 * The warranty's own period: "Warranty 12 months", "24 Monate Garantie", "garantía de 2 años". A figure for
 * something else on the line ("reply to claims within 7 days") fixes no period.
 */
const WARRANTY_PERIOD = new RegExp(
  String.raw`${WARRANTY_WORD}[^.;。；\d]{0,20}\d{1,3}\s{0,2}${PERIOD_UNIT}|\d{1,3}\s{0,2}${PERIOD_UNIT}\s{0,2}(?:de |of )?${WARRANTY_WORD}`,
  'iu',
);
/**
 * The same period in the other digits, numerals and units sheets write: "Гарантія: … 1 рік", "1 साल मानक वारंटी",
 * "گارانتی استاندارد ۱۸ ماه", "厂家质保一年", "质保两年", "保証期間1年間". Read where the habit words would otherwise
 * stand for the period (HABITUAL_WARRANTY, HONOURER_ONLY): a warranty that counts its own months or years is
 * counted, whoever's "standard" it is.
 */
const NATIVE_FIG = String.raw`(?<![0-9٠-٩۰-۹०-९])(?:[0-9٠-٩۰-۹०-९]{1,3}|[一二两兩三四五六七八九十半]{1,3})`;
const NATIVE_UNIT = String.raw`(?:(?:рік|роки|років|місяц\p{L}*|год|года|лет|месяц\p{L}*|साल|वर्ष|महीने|महीना|माह|ماه|سال|شهر|شهور|أشهر|اشهر|سنة|سنوات|عام|أعوام)(?![\p{L}\p{M}])|个月|個月|ヶ月|か月|カ月|年|개월|년)`;
const NATIVE_WARRANTY_WORD = String.raw`(?:${WARRANTY_WORD}|वारंटी|गारंटी|گارانتی|ضمان|الضمان)`;
const NATIVE_PERIOD = new RegExp(
  String.raw`${NATIVE_WARRANTY_WORD}[^.;。；]{0,20}?${NATIVE_FIG}\s{0,2}${NATIVE_UNIT}|${NATIVE_FIG}\s{0,2}${NATIVE_UNIT}\s{0,2}(?:de |of |की |का )?(?:[\p{L}\p{M}]+\s){0,2}${NATIVE_WARRANTY_WORD}`,
  'iu',
);
/** The warranty's own period on the line, in any digits and units read. */
export function periodOnLine(line: string): boolean {
  return WARRANTY_PERIOD.test(line) || NATIVE_PERIOD.test(line);
}
/**
 * "for a reasonable period (min. 7 years)", "ein angemessener Zeitraum, mindestens 5 Jahre": the figure bounds the
 * period, so it must count time; "at least 1 spare part included" bounds something else.
 */
const FLOOR_AFTER = new RegExp(
  String.raw`^[^.;。；]{0,60}?(?:min(?:imum)?\.?|at least|not less than|no less than|≥|mindestens|mínimo|au moins|almeno|não inferior a|no menos de|не менее|至少|不少于)\s{0,2}\d{1,3}\s{0,2}${PERIOD_UNIT}`,
  'iu',
);

function boundedOrRemedyOnly(
  m: { start: number; end: number; text: string },
  text: string,
  line: string,
): boolean {
  // Read on the line, as a bracket with the floor may stand in a clause of its own.
  const at = line.indexOf(text);
  if (FLOOR_AFTER.test(at < 0 ? text.slice(m.end) : line.slice(at + m.end))) return true;
  return (
    CHOOSER.test(m.text) &&
    WARRANTY_PERIOD.test(line) &&
    test(REMEDY_CHOICE, text.slice(Math.max(0, m.start - 60), m.start))
  );
}

/**
 * "Warranty: 1-3 years", "Garantía: 12-24 meses", "质保：1-2年": the warranty's own period given as a range. Which
 * end this order gets is not said, and the supplier will honour the short one; a period is one figure.
 */
/**
 * "between 1 and 3 years", "entre 12 y 24 meses", "od 24 do 36 miesięcy", "от 1 до 3 лет" (stop 44): the same range
 * with "and" between its ends, read only after "between" — "12 months and 3 years for the motor" names two periods.
 */
const BETWEEN_RANGE = String.raw`(?:between|entre|zwischen|tra|od|от|tussen|arasında)\s{1,2}\d{1,3}\s{0,2}(?:${PERIOD_UNIT}\s{0,2})?(?:and|y|e|et|und|do|до|en|ile)\s{1,2}\d{1,3}\s{0,2}${PERIOD_UNIT}`;
const PERIOD_RANGE = String.raw`(?<=${WARRANTY_WORD}[^.;。；\d]{0,20})(?:\d{1,3}\s{0,2}(?:${PERIOD_UNIT}\s{0,2})?(?:-|–|~|～|to|a|bis|à|do|до|tot|đến|hingga|sampai|至|到)\s{0,2}\d{1,3}\s{0,2}${PERIOD_UNIT}|${BETWEEN_RANGE})`;

/** "Extended warranty 1-3 years … at extra cost": the range is a priced option on top of the order's warranty. */
const OPTIONAL_EXTRA =
  /\b(?:extended|extra|optional|additional)\s(?:warranty|guarantee)\b|\b(?:at|for an?) (?:extra|additional) (?:cost|charge|fee)\b|\bgarant[ií]a extendida\b|\bgarantie (?:étendue|prolongée)\b|\bverlängerte Garantie\b|延保/iu;
/** A warranty period written as one figure: "standard warranty 2 years", "model B 24 months". */
const SINGLE_PERIOD = new RegExp(
  String.raw`(?<![\d.,]\s{0,2}(?:-|–|~|～|to|a|bis|à|至|到)\s{0,2})(?<![\d.,])(\d{1,3})\s{0,2}${PERIOD_UNIT}(?!\s{0,2}(?:-|–|~|～|to|bis|à|至|到)\s{0,2}\d)`,
  'giu',
);

/**
 * "Warranty 12-24 months by model: model A 12 months, model B 24 months": the range's own ends stated again one by
 * one on the line, each for its own goods, so nothing is left to pick. "Extended warranty 1-3 years at extra cost;
 * standard warranty 2 years": an optional extra beside a warranty of one figure, so the order's warranty is that one.
 */
function resolvedOnLine(
  range: { start: number; end: number; text: string },
  line: string,
  text: string,
): boolean {
  const at = line.indexOf(text);
  const from = at < 0 ? 0 : at + range.end;
  const ends = range.text.match(/\d{1,3}/gu) ?? [];
  const singles = [...line.slice(from).matchAll(SINGLE_PERIOD)].map((m) => m[1]);
  if (ends.length === 2 && ends.every((e) => singles.includes(e))) return true;
  const elsewhere = [...line.matchAll(SINGLE_PERIOD)].filter(
    (m) => at < 0 || m.index < at + range.start || m.index >= at + range.end,
  );
  return (
    OPTIONAL_EXTRA.test(line) &&
    elsewhere.some((m) => WARRANTY_PERIOD.test(line.slice(Math.max(0, m.index - 30), m.index + m[0].length)))
  );
}

/**
 * "Garantie : comme d'habitude, 2 ans", "Warranty: as usual - 12 months": the habit word followed at once by the period
 * it stands for, as the next item of the value. A figure further off ("reply within 7 days") is not read so.
 */
const PERIOD_NEXT = new RegExp(
  String.raw`^\s{0,2}[,;:(（–-]\s{0,2}\d{1,3}\s{0,2}${PERIOD_UNIT}\s{0,2}(?:$|[,;.)）])`,
  'iu',
);
function periodRightAfter(text: string, end: number): boolean {
  return PERIOD_NEXT.test(text.slice(end));
}

/**
 * "Warranty: extended warranty available", "garantía extendida disponible", "verlängerte Garantie möglich": an extra
 * warranty offered with no period and no warranty of one figure beside it, so the order holds neither.
 */
const EXTRA_OFFERED = String.raw`(?:(?:extended|extra|optional|additional|longer) (?:warranty|guarantee)|garant[ií]a (?:extendida|ampliada)|garantie (?:étendue|prolongée)|verlängerte Garantie|Garantieverlängerung|garanzia estesa|garantia estendida)(?: (?:is|are|es|est|ist))? (?:available|possible|negotiable|can be (?:arranged|offered|discussed|provided)|(?:up)?on request|disponible|posible|négociable|possible|verfügbar|möglich|auf Anfrage|disponibile|disponível)(?![^.;。；]*\d)`;

/** The warranty's own field label: "Warranty:", "Warranty period:", "Garantía:", "保修期：". */
const WARRANTY_LABEL = String.raw`(?:warranty|guarantee|garant[ií]a|garantie|Garantie|Gewährleistung|garanzia|garantia|gwarancja|garansi|bảo hành|гарант[иі]\p{L}{1,2})(?:\s(?:period|terms?|policy))?|(?:保修|质保|保証|보증)(?:期|期限|条款|政策)?`;

/** "negotiable" as the whole answer, in the languages read. */
const NEGOTIABLE = anyOf(
  latinWords([
    '(?:is |are )?(?:negotiable|open to negotiation|(?:can be |to be )?negotiated|by (?:mutual )?agreement)',
    'negociable',
    'negoci[aá]vel',
    'négociable',
    'negoziabile',
    'verhandelbar',
    'Verhandlungssache',
    'do negocjacji',
    'pazarlık(?:lı| edilebilir)',
    'có thể thương lượng',
    'thương lượng',
    '(?:bisa |dapat )?(?:nego|dinegosiasikan)',
  ]),
  scriptWords(['обсуждается', 'договорн\\p{L}*', 'обговорюється']),
  cjk(['可(?:协商|商量|议|談)', '协商', '商议', '相談可', '요?협의 ?가능', '협상 ?가능']),
);

export function warrantyLeftOpen(text: string, line: string): VagueHit[] {
  if (!test(WARRANTY, line)) return [];
  return [
    // "Warranty: TBD", "Garantía: a confirmar": the field left blank.
    ...blankAfterLabel(WARRANTY_LABEL, text),
    // "Warranty: negotiable", "Garantía: negociable", "保修：可协商": the period itself offered for bargaining.
    ...findAll(
      `(?<=^\\s{0,3}(?:${WARRANTY_LABEL})\\s{0,2}[:：]\\s{0,3})(?:${NEGOTIABLE})(?=\\s{0,3}[.;。]?\\s{0,3}$)`,
      text,
    ),
    ...findAll(LEFT_OPEN, text).filter((m) => !boundedOrRemedyOnly(m, text, line)),
    ...(periodOnLine(line) ? [] : findAll(HONOURER_ONLY, text)),
    ...(periodOnLine(line)
      ? []
      : findAll(HABITUAL_WARRANTY, text).filter((m) => !periodRightAfter(text, m.end))),
    ...(periodOnLine(line) ? [] : findAll(EXTRA_OFFERED, text)),
    ...findAll(PERIOD_RANGE, text).filter((m) => !resolvedOnLine(m, line, text)),
  ].map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.warrantyOpen'),
    fix: msg('spec.fix.warranty'),
  }));
}

/**
 * "Shelf life: 12 to 24 months", "validade: 18-24 meses", "MHD 1-2 Jahre", "保质期12-24个月": the keeping period given
 * as a range, like a warranty's. A shelf life is a floor the goods must keep; with two ends the supplier delivers to
 * the short one, and the buyer cannot plan a sell-by date on the long one.
 */
const SHELF_WORD = `(?:shelf[- ]?life|best before|expiry|expiration|validade|prazo de validade|vida útil|caducidad|durée de conservation|DLUO|DDM|Haltbarkeit|MHD|Mindesthaltbarkeit|durata di conservazione|scadenza|houdbaarheid|masa simpan|umur simpan|raf ömrü|срок годности|保质期|保存期|賞味期限|유통기한)`;
const SHELF_RANGE = String.raw`(?<=${SHELF_WORD}[^.;。；\d]{0,20})(?:\d{1,3}\s{0,2}(?:${PERIOD_UNIT}\s{0,2})?(?:-|–|~|～|to|a|bis|à|do|до|tot|đến|hingga|sampai|至|到)\s{0,2}\d{1,3}\s{0,2}${PERIOD_UNIT}|${BETWEEN_RANGE})`;

export function shelfLifeRange(text: string): VagueHit[] {
  return findAll(SHELF_RANGE, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.performance'),
    fix: msg('spec.fix.performance', {
      example: 'shelf life 24 months from production, min. 18 months on arrival',
    }),
  }));
}
