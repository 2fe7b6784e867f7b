/**
 * An inspection or a test promised with nothing that says what fails: the supplier's own "strict QC before
 * shipment", "100% checked", "QC passed"; a laboratory named as a past claim ("SGS tested", "tested by Intertek");
 * "must pass all required lab tests" with no test named; an inspection only offered ("third-party inspection can be
 * arranged if needed"); "AQL inspection as usual" with no AQL figure. Under a Trade Assurance dispute such a line
 * gives the inspector no acceptance range, so the order falls back to "industry standards" nobody agreed, and a
 * factory's own check never fails its own run. Silent when the clause gives a criterion: an AQL figure, an ISO
 * 2859 level, a standard by its number, a report number, or a measured limit (a number with its unit).
 */

import { msg } from '../i18n/msg';
import { ABOUT_PACKING } from './about-packing';
import { blankAfterLabel } from './blank-field';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const LAB =
  '(?:SGS|Intertek|ITS|BV|Bureau Veritas|TÜV|TUV|QIMA|UL|CTI|CQC|third[- ]party|3rd[- ]party|lab(?:oratory)?)';
const STAGE =
  '(?: (?:before|prior to|after) (?:shipment|shipping|delivery|packing|loading)| one by one| piece by piece)?';
/** Tests known by a name alone: each needs its method (a standard) or its figures to be a criterion. */
const NAMED_TEST =
  '(?:drop|vibration|salt[- ]spray|ag(?:e)?ing|burn[- ]in|tensile|pull|fatigue|water ?proof|leak(?:age)?|rub(?:bing)?|colou?r ?fastness|crock(?:ing)?|impact|compression|transit|transport(?:ation)?|humidity|high[- ]temperature|durability|load(?:ing)?|abrasion|peel(?:ing)?|adhesion|torque|washing|hi[- ]?pot|high[- ]voltage|dielectric(?: strength| withstand)?|(?:voltage )?withstand(?: voltage)?|insulation(?: resistance)?|earth(?:ing)? continuity|ground(?:ing)? (?:bond|continuity))';
/**
 * "Inspection: by our QC team", "QC: done by factory QC department": under an inspection label the value gives only
 * who checks, the supplier's own people, so nothing says what fails. Read only on an inspection or QC clause.
 */
const OWN_PEOPLE = latinWords([
  "(?:done |carried out |performed |made |handled )?by (?:our|own|in-?house|the factory(?:[’']s)?|the supplier(?:[’']s)?|factory|supplier) (?:own )?(?:QC|Q\\.C\\.|QA|quality control|quality|inspection|inspectors?)(?: ?(?:team|department|dept|staff|people|inspectors?))?",
  '(?:por|par|durch|door|da) (?:nuestro|nuestra|notre|unser(?:e|en)?|onze|il nostro|la nostra|el propio|la propia) (?:propio |propre |eigene[ns]? )?(?:equipo|departamento|équipe|service|QC-?Team|Team|team|reparto|squadra)? ?(?:de |du |di )?(?:QC|control de calidad|contrôle qualité|Qualitätskontrolle|kwaliteitscontrole|controllo qualità)',
]);
/** "我司质检部负责", "由工厂QC检验", "我们自己的品检人员": the supplier's own people, in Chinese. */
const OWN_PEOPLE_CJK = cjk([
  '(?:由)?(?:我司|我们|我方|本公司|本厂|工厂|厂内|厂家|自己)(?:的|自己的)?(?:内部)?(?:质检|QC|品检|品管|质量部|检验员)(?:部门?|团队|人员|员|组)?(?:负责|进行|完成|检验|验货|把关)?',
]);
/**
 * The label must be the inspection itself, "Inspection:", "QC:", "Final inspection:", "Pre-shipment inspection:",
 * "Inspección final:", "出货验货：": under "Inspection report:" or "Inspection date:" the supplier's people issue a
 * report or book a day, and who checks is not the field's question.
 */
const INSPECTION_LABEL =
  /^\s{0,3}(?:(?:final|pre-?shipment|pre-?delivery|in-?line|during[- ]production|outgoing|incoming|product|goods|factory|quality|PSI) )?(?:inspection|QC|Q\.C\.|QA|quality (?:control|check|inspection)|inspección|inspeção|contrôle(?: qualité)?|Prüfung|Endkontrolle|Warenprüfung|Inspektion|ispezione|keuring|inspectie|(?:出货|出厂|最终|成品|尾期|中期)?(?:验货|检验|质检))(?: (?:final|finale|avant expédition|previa al embarque|pré-embarque|vor Versand))?\s{0,2}[:：]/iu;
/**
 * "booked by our QC team 3 days before shipment, buyer's QA to attend", "our QC will accompany your inspector": a
 * line that books, schedules or attends an inspection says when and who is there, not who judges alone.
 */
const BOOKS_OR_ATTENDS =
  /\b(?:book(?:ed|s|ing)?|schedul(?:e|ed|es|ing)|attend(?:s|ed|ing)?|witness(?:es|ed|ing)?|accompan(?:y|ies|ied|ying))\b|预约|陪同|到场|参加验货/iu;

const CHECK_OPEN = anyOf(
  latinWords([
    // The supplier's own check praised: "strict QC before shipment", "strict quality control", "careful inspection".
    `(?:strict(?:ly)?|strong|rigorous|careful(?:ly)?|serious|professional|100%|full|complete) (?:quality )?(?:QC|Q\\.C\\.|quality control|quality checks?|inspections?|checks?|checking|testing|tests?)${STAGE}`,
    `(?:100%|strictly|carefully) (?:checked|inspected|tested|controlled)${STAGE}`,
    '(?:checked|inspected|tested) one by one',
    // The share written after the verb, and the supplier's own people as the agent however far after it:
    // "quality checked 100% before shipment by our QC", "tested 100%, inspected by our own QC team".
    `(?:checked|inspected|tested|controlled) 100 ?%${STAGE}`,
    "(?:checked|inspected|tested|controlled)(?: [\\p{L}\\d%]+){1,4} by (?:our|own|in-?house|the factory(?:[’']s)?|the supplier(?:[’']s)?) (?:own )?(?:QC|quality control|QA|inspectors?|inspection|quality)(?: ?(?:team|department|dept|staff|people))?",
    'QC passed',
    // A check promised with nothing that fails it: "we will check goods before shipment".
    '(?:check|inspect|test)(?: all)? (?:the )?(?:goods|products|items|cargo|bulk)(?: carefully| one by one)? (?:before|prior to) (?:shipment|shipping|delivery|loading|packing)',
    // The supplier's own people as the inspection: "inspection by our QC team", "checked by factory QC".
    "(?:inspect(?:ion|ed)|QC|checked|check|tested|testing) by (?:our|the factory(?:'s)?|the supplier(?:'s)?|own|factory|in-?house) (?:own )?(?:QC|quality(?: control)?|inspection)?(?: ?(?:team|department|dept|staff|inspectors?|people))?",
    '(?:our|own|in-?house) (?:QC|quality control) (?:team|department|dept|staff) (?:will )?(?:inspect|check|test)s?',
    'passed (?:QC|quality control|inspection|all tests)',
    // The supplier checking itself: "factory self-inspection", "our QC will check everything carefully".
    "(?:factory |supplier(?:[’']s)? |own )?self[- ]inspect(?:ion|ed|s)?",
    "(?:our|the factory(?:[’']s)?|own) (?:QC|quality control|inspectors?|QC (?:team|staff|department)) (?:will |shall |can )?(?:check|inspect|test)s? (?:everything|all(?: the goods| items| products)?|every (?:piece|item|carton|unit)|each (?:piece|item|carton|unit)|the goods)",
    // A report promised with no test, lab or pass line named: "test report will be provided".
    '(?:a |the )?(?:test(?:ing)?|inspection|QC) reports? (?:will|can|shall) be (?:provided|sent|issued|given|supplied|offered)',
    // A laboratory's name as a claim about goods not yet made: "SGS tested", "tested by Intertek".
    `${LAB} (?:tested|certified|approved|inspected|passed)`,
    `(?:tested|certified|approved|inspected) by ${LAB}`,
    // Tests as a heap: "must pass all required lab tests", "passes all necessary tests".
    '(?:must |shall |should |will |to |can )?pass(?:es|ed)? (?:all )?(?:the )?(?:required|necessary|relevant|applicable|needed|usual|standard|related) (?:lab(?:oratory)? )?(?:tests?|testing|inspections?)',
    'pass(?:es)? all (?:the )?(?:lab(?:oratory)? )?(?:tests?|testing|inspections?)',
    // Inspection only offered: "third-party inspection can be arranged if needed", "inspection is welcome".
    `(?:${LAB} |pre-?shipment |final )?inspections? (?:can|could|may|will) be (?:arranged|accepted|done|allowed|organi[sz]ed)(?: (?:if (?:needed|necessary|required|you need)|on request|upon request|by you))?`,
    `(?:${LAB} |pre-?shipment )?inspections? (?:is |are )?(?:welcome|accepted|acceptable|allowed|available)(?: (?:if (?:needed|necessary|required)|on request|upon request))?`,
    `(?:we )?(?:accept|welcome) (?:any )?(?:${LAB} )?inspections?`,
    // AQL named as a habit, with no figure: "AQL inspection as usual", "AQL standard".
    'AQL (?:inspection |standard |check )?(?:as usual|as normal|standard|normal)',
    // The same habit in German, Spanish, French, Portuguese and Italian: "AQL wie üblich", "AQL como siempre",
    // "AQL comme d'habitude", "AQL como de costume", "AQL come al solito". No figure follows in the clause.
    "AQL\\s{0,2}[:：]?\\s{0,3}(?:Prüfung |Kontrolle |inspecci[oó]n |inspection |inspe[çc][ãa]o |ispezione )?(?:wie (?:üblich|immer|gewohnt)|(?:como|igual que) (?:siempre|de costumbre|habitual|sempre|de costume)|comme d[’']habitude|comme toujours|come (?:al solito|sempre|di consueto))(?![^;,]*\\d)",
    // "AQL: normal standard level", "AQL: general level", "AQL: standard": the field answered by habit words alone.
    // "AQL: industry standard", "AQL: international standard", "AQL: export standard": whose habit, still no figure.
    // "AQL: industry standard level II": the inspection level sets how many pieces are drawn, not how many defects
    // fail the lot; with no AQL figure the habit word still answers the field (aqlUnfigured keeps the level from
    // counting as the criterion).
    'AQL\\s{0,2}[:：]\\s{0,3}(?:(?:normal|general|standard|usual|regular|common|ordinary|as usual|industry|international|trade|market|export|customary)\\s{0,2}){1,2}(?:(?:inspection |sampling )?levels?(?:\\s{0,2}(?:I{1,3}|G-?I{1,3}))?)?(?=\\s{0,2}(?:$|[,;.]))(?![^;]*\\d)',
    // "AQL according to standard", "AQL: as per international practice": which standard, which level, which limits
    // is what the line leaves out.
    'AQL\\s{0,2}[:：]?\\s{0,3}(?:inspection |level |check )?(?:according to|as per|per|by|following|in line with|based on) (?:the )?(?:standard|usual|normal|international|industry|trade|common|general|export)(?: (?:standards?|practices?|norms?|rules?|customs?))?(?!\\s{0,2}(?:ISO|ANSI|\\d))',
    // The same habit in the other languages read: "AQL: según estándar internacional", "AQL : selon les normes
    // internationales", "AQL: nach internationalem Standard", "AQL: conforme padrão internacional".
    "AQL\\s{0,2}[:：]?\\s{0,3}(?:seg[uú]n|conforme(?: a| al)?|de acuerdo con|selon|suivant|nach|gemäß|laut|secondo|de acordo com) (?:el |la |los |las |les |le |o |a |il |lo |gli |den |dem )?(?:est[aá]ndar(?:es)?|normas?|pr[aá]cticas?|normes?|pratiques?|standards?|usages?|Standard|Norm(?:en)?|Praxis|padr[aã]o|pr[aá]tica|norma|prassi)(?: (?:internacional(?:es)?|de la industria|habitual(?:es)?|internationale?s?|de l[’']industrie|habituelle?s?|du secteur|international|industrial|internazional[ei]|del settore|abituale))?|AQL\\s{0,2}[:：]?\\s{0,3}(?:nach |gemäß )?(?:internationale[mnr]?|übliche[mnr]?|branchenübliche[mnr]?) (?:Standard|Norm|Praxis)",

    // An inspection level named by a word, not by its ISO 2859 level: "normal inspection level", "standard AQL level",
    // "inspection level: general", "nivel de inspección normal", "normales Prüfniveau". Which sample size and which
    // defect counts fail the lot stay unnamed (silent beside "AQL 2.5 general inspection level II", the criterion).
    // The inspection word is required: "Moisture: normal level, 12% max" is a measured property, not an inspection.
    '(?:normal|general|standard|usual|regular|common|ordinary) (?:inspection |AQL |QC |sampling )levels?(?!\\s{0,2}(?:[:：]\\s{0,2})?(?:I{1,3}|S-?[1-4]|G-?I|\\d))',
    '(?:inspection|AQL|sampling) level\\s{0,2}[:：]?\\s{0,2}(?:normal|general|standard|usual|regular)(?!\\s{0,2}(?:[(（]\\s{0,2})?(?:I{1,3}|S-?[1-4]|G-?I|\\d))',
    "(?:nivel|niveau|livello|nível) (?:de |d[’']|di )?(?:inspecci[óo]n|inspection|contr[ôo]le|ispezione|inspeção) (?:normal|général|generale|geral|est[aá]ndar|standard)e?(?!\\s{0,2}(?:I{1,3}|S-?[1-4]|\\d))",
    '(?:normale[sn]?|übliche[sn]?|allgemeine[sn]?) (?:Prüfniveau|Inspektionsniveau|Prüfstufe)(?!\\s{0,2}(?:I{1,3}|S-?[1-4]|\\d))',
    'control (?:de calidad )?(?:estricto|riguroso)',
    'control estricto de (?:la )?calidad',
    '(?:100 ?%|estrictamente) (?:revisad|inspeccionad|probad|controlad)[oa]s?',
    'contr[ôo]le (?:qualité )?(?:strict|rigoureux|sévère)',
    'contr[ôo]le strict de (?:la )?qualité',
    '(?:100 ?%|rigoureusement) (?:contrôlée?s?|testée?s?|vérifiée?s?)',
    'controle (?:de qualidade )?(?:rigoroso|rígido)',
    'controle rigoroso de qualidade',
    '(?:100 ?%|rigorosamente) (?:inspecionad|testad|verificad)[oa]s?',
    'strenge (?:Qualitätskontrolle|Kontrolle|Prüfung)',
    '(?:100 ?%|streng) (?:geprüft|kontrolliert|getestet)',
    // The share after the noun, and the supplier's own people as the inspector, in the other languages read:
    // "inspection 100 % par notre équipe", "inspección al 100% por nuestro equipo", "Prüfung durch unser QC-Team".
    '(?:inspection|contrôle|vérification|inspección|control|revisión|inspeção|controle|verificação|Prüfung|Kontrolle|Inspektion|ispezione|controllo|inspectie|keuring)(?: (?:à |al |a |zu |op )?100 ?%)',
    "(?:inspection|contrôle|vérification|inspectée?s?|contrôlée?s?|vérifiée?s?)(?: [\\p{L}\\d%]+){0,3} par (?:notre|nos|l['’]usine|le fournisseur)(?: propres?)? (?:équipe|service|contrôleurs?|inspecteurs?|QC|contrôle qualité)",
    '(?:inspección|control|revisión|inspeccionad[oa]s?|revisad[oa]s?)(?: [\\p{L}\\d%]+){0,3} por (?:nuestro|nuestra|nuestros|la fábrica|el proveedor)(?: propio)? (?:equipo|departamento|personal|inspectores?|QC|control de calidad)',
    '(?:inspeção|controle|verificação|inspecionad[oa]s?|verificad[oa]s?)(?: [\\p{L}\\d%]+){0,3} (?:por|pela|pelo) (?:nossa|nosso|a fábrica|o fornecedor)(?: própri[oa])? (?:equipe|equipa|departamento|inspetores?|QC|controle de qualidade)',
    '(?:Prüfung|Kontrolle|Inspektion|geprüft|kontrolliert)(?: [\\p{L}\\d%]+){0,3} durch (?:unser(?:e|en)?|die Fabrik|den Lieferanten)(?: eigene[ns]?)? (?:QC-?Team|Team|Qualitätskontrolle|Prüfer|QC)',
    '(?:inspectie|controle|keuring|gecontroleerd)(?: [\\p{L}\\d%]+){0,3} door (?:ons|onze|de fabriek)(?: eigen)? (?:team|QC|kwaliteitscontrole|inspecteurs?)',
    // Inspection only offered: "AQL-inspectie mogelijk", "inspection possible", "inspección posible", "Inspektion möglich".
    '(?:AQL[- ]?)?(?:inspections?|inspecties?|inspectie|inspección|inspeção|Inspektion|ispezione|keuring)(?: (?:is|are|ist|est|es|é|è))? (?:possible|mogelijk|posible|possível|möglich|possibile)',
  ]),
  cjk([
    '严格(?:的)?(?:质检|检验|品控|把关|检测|质量控制|验货)',
    '100%(?:全检|检验|检测|测试|检查)',
    '(?:出货前)?全检',
    // "常规检验水平", "一般检验水平" with no level (II, S-3) and no AQL: the level named by a word.
    '(?:常规|一般|正常|普通|标准)(?:的)?(?:检验|抽检|抽样)水平(?!\\s{0,2}(?:I{1,3}|Ⅱ|Ⅰ|Ⅲ|S-?\\d|\\d))',
    // "AQL：按国际标准", "AQL：行业惯例": the AQL field answered by whose habit, no figure.
    'AQL\\s{0,2}[:：]?\\s{0,3}(?:按|按照|依照|参照|根据)?(?:国际|行业|常规|通用|一般)(?:标准|惯例|水平)(?!\\s{0,2}(?:ISO|GB|\\d))',
    '(?:如有需要|如需要?|需要的话)?可(?:以)?(?:安排)?(?:第三方)?验货',
  ]),
);

/**
 * On a line about inspection, its level left to talk about: "level to be agreed", "niveau in overleg", "nivel a
 * convenir", "Niveau nach Absprache". Which sample size and which defects fail the lot is then nobody's yet.
 */
const INSPECTION_LINE = /AQL|inspect|inspe[cç]|keuring|Prüfung|Inspektion|ispezion|contr[ôo]le|control/iu;
const LEVEL_OPEN = latinWords([
  '(?:inspection |keurings?|inspectie)?(?:level|niveau|nivel|Niveau|livello|nível)s? (?:(?:is |are )?(?:to be (?:agreed|discussed|negotiated|confirmed|decided)|negotiable)|in overleg|(?:à|a) (?:convenir|combinar|définir|definir)|nach Absprache|da (?:concordare|definire))',
]);

/**
 * A named test with nothing that says how it is run or what fails: "cartons pass drop test", "salt spray test
 * required", "must pass the aging test". Which drop height, how many hours, what damage counts is the dispute.
 */
const NAMED_TEST_OPEN = latinWords([
  `(?:must |shall |should |will |to |can )?pass(?:es|ed)? (?:the |a |an )?${NAMED_TEST} tests?`,
  `${NAMED_TEST} tests? (?:passed|required|needed|ok|okay|is a must|must be (?:passed|done))`,
  // The supplier's word that it was done: "Drop test: passed", "aging test done, result ok", "carton drop tested".
  `${NAMED_TEST} tests?\\s{0,2}[:：]?\\s{0,3}(?:(?:was |is |has been )?(?:passed|done|ok|okay|yes|completed|finished))`,
  `${NAMED_TEST}[- ]tested`,
  // Done by habit: "Hi-pot test: done on the line as usual", "drop test as normal", "insulation test: standard".
  `${NAMED_TEST} tests?\\s{0,2}[:：]?\\s{0,3}(?:(?:done|made|carried out|performed)(?: [\\p{L}-]+){0,4} )?(?:as (?:usual|normal|always|standard|before)|(?:our )?(?:usual|normal|standard) (?:way|method|practice))`,
  `${NAMED_TEST} tests?\\s{0,2}[:：]\\s{0,3}(?:normal|standard|usual|routine)(?=\\s{0,2}(?:$|[,;.]))`,
]);

/** A measured limit of a test: "drop 1.2 m", "500 V for 60 s", "tested 24 h". */
const MEASURED_LIMIT = String.raw`\d(?:[.,]\d+)?\s{0,2}(?:mm|cm|m|kg|g|N|V|A|W|h|hours?|min|s|°C|℃|bar|kPa|MPa|cycles?|drops?|times)(?![\p{L}])`;
/** What makes a check a standard: an AQL figure, a level, a standard's number, a report number, a measured limit. */
const CRITERION = anyOf(
  // The inspection level may stand before the figure with or without its word: "AQL level II 2.5", "AQL II 1.0/2.5",
  // "AQL G-II 1.5", "AQL S-3 4.0". Level and figure together fix the sample and what fails it.
  String.raw`AQL\s{0,3}[:：]?\s{0,3}(?:(?:level\s{0,2})?(?:G-?)?(?:I{1,3}|S-?\d)\s{0,3}[,;]?\s{0,3})?\d`,
  String.raw`\d(?:[.,]\d{1,2})?\s{0,2}(?:\(?\s{0,2}(?:major|minor|critical|Hauptfehler|Nebenfehler|majeur|mineur)|/\s{0,2}\d(?:[.,]\d)?\s{0,2}/)`,
  String.raw`\b(?:ISO|EN|IEC|ASTM|ANSI|GB(?:\/T)?|BS|DIN|JIS|MIL-STD|ISTA|UN)[\s-]{0,2}\d`,
  latinWords([
    '(?:general |special )?(?:inspection )?level (?:I{1,3}|S-?[1-4])',
    '(?:report|certificate|cert)\\.? (?:no\\.?|nr\\.?|#|number)',
  ]),
  // A measured limit: "drop 1.2 m", "500 V for 60 s", "tested 24 h". A share ("100%") is no limit.
  MEASURED_LIMIT,
);

/** The level alone: "general inspection level II", "level S-3". */
const LEVEL_ONLY = latinWords(['(?:general |special )?(?:inspection )?level (?:I{1,3}|S-?[1-4])']);
/** A criterion other than the level: any CRITERION hit that is not the level words. */
function criterionGiven(text: string): boolean {
  // "AQL: as per international standard 2.5/4.0": the habit words then only name where the figures come from.
  if (AQL_NAMED.test(text) && AQL_FIGURED.test(text)) return true;
  if (!test(CRITERION, text)) return false;
  // "AQL: industry standard level II": AQL is named and given no figure, so the level says how many pieces are drawn
  // and nothing about how many defects fail the lot. Only another criterion (a figure, a standard) answers it.
  if (!aqlUnfigured(text)) return true;
  // Nor does a measured figure of something else ("2.5 kg per carton, AQL standard", "4.0 hours before loading").
  const rest = text
    .replace(new RegExp(LEVEL_ONLY, 'giu'), ' ')
    .replace(new RegExp(MEASURED_LIMIT, 'giu'), ' ');
  return test(CRITERION, rest);
}
/**
 * AQL named on the line with no figure after it ("AQL 2.5", "AQL II 1.0/2.5" have one) and no acceptance value of the
 * ISO 2859 table anywhere on it ("AQL standard, level II, 2.5/4.0" gives its values apart from the word).
 */
const AQL_NAMED = /\bAQL\b/u;
/** A value of the ISO 2859 table: 0.010 … 6.5. */
const AQL_TABLE_VALUE = String.raw`(?<![\d.,])(?:0[.,](?:010|015|025|040|065|10|15|25|40|65)|1[.,][05]|2[.,]5|4[.,]0|6[.,]5)(?![\d.,]?\d)`;
/** A defect class after a table value: "2.5 for major", "4.0 minor", "0.65 critical". */
const DEFECT_CLASS = String.raw`\s{0,3}(?:for\s{1,2})?(?:major|minor|critical|maj|min|cri|crit|Hauptfehler|Nebenfehler|majeur|mineur|mayor|menor|maggiore|minore)(?![\p{L}])`;
/**
 * A value apart from the word counts only as the table writes it: a pair ("2.5/4.0", "1.0 and 2.5") or a value with its
 * defect class. A lone "2.5" elsewhere on the line is as likely a price or a weight ("unit price USD 2.5", "carton
 * weight 2.5"; stop 54 review).
 */
const AQL_FIGURED = new RegExp(
  String.raw`\bAQL\s{0,3}[:：]?\s{0,3}(?:(?:level\s{0,2})?(?:G-?)?(?:I{1,3}|S-?\d)\s{0,3}[,;]?\s{0,3})?\d|` +
    `${AQL_TABLE_VALUE}(?:\\s{0,2}(?:\\/|,|&|and|und|et|y|e)\\s{0,2}${AQL_TABLE_VALUE}|${DEFECT_CLASS})`,
  'u',
);
function aqlUnfigured(line: string): boolean {
  return AQL_NAMED.test(line) && !AQL_FIGURED.test(line);
}

/** The label of an inspection's own field: "AQL:", "AQL level:", "Inspection level:", "Final inspection:". */
const INSPECTION_FIELD =
  '(?:AQL|QC|inspection|final inspection|pre-?shipment inspection)(?: (?:level|standard|criteria|plan))?|(?:sampling|inspection) level';

const WHY = msg('spec.why.checkOpen');

export function checksLeftOpen(text: string, line: string = text): VagueHit[] {
  // A packing test ("cartons must pass drop test") is the packing rule's to read.
  const named = ABOUT_PACKING.test(text) ? [] : findAll(NAMED_TEST_OPEN, text);
  // "QC team 100% inspection; final inspection by SGS at AQL 2.5 Level II": the line's plan names what fails.
  if (criterionGiven(line)) return [];
  const level = INSPECTION_LINE.test(text) ? findAll(LEVEL_OPEN, text) : [];
  const checks = findAll(CHECK_OPEN, text);
  // "AQL: TBD", "Inspection level: to be confirmed": the inspection's field left blank.
  if (INSPECTION_LINE.test(text)) checks.push(...blankAfterLabel(INSPECTION_FIELD, text));
  // "by our QC team" only where the clause is the inspection's own field, and not twice over a CHECK_OPEN phrase.
  const people =
    INSPECTION_LABEL.test(text) && !BOOKS_OR_ATTENDS.test(line)
      ? findAll(anyOf(OWN_PEOPLE, OWN_PEOPLE_CJK), text).filter(
          (p) => !checks.some((c) => c.start < p.end && p.start < c.end),
        )
      : [];
  return leftOpen([...checks, ...named, ...level, ...people], text);
}

/** Named tests alone, for the packing rule: "carton must pass drop test". */
export function namedTestsLeftOpen(text: string): VagueHit[] {
  return leftOpen(findAll(NAMED_TEST_OPEN, text), text);
}

function leftOpen(found: { start: number; end: number; text: string }[], text: string): VagueHit[] {
  if (found.length === 0 || criterionGiven(text)) return [];
  return found.map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY,
    fix: msg('spec.fix.checkOpen', { seen: m.text }),
  }));
}
