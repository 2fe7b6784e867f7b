/**
 * "design by your designer", "artwork according to the factory's taste", "logo in a noticeable position", "colour
 * print per your template", "حسب ذوق المصنع", "ロゴは目立つ位置に": the look of the goods (design, print, packaging,
 * where the logo goes) is governed by the supplier's own taste, designer or template, so whatever comes off the line
 * matches it. Silent when the line holds the look to something the buyer keeps: a named file (read by the caller
 * through lineFacts) or an approved, identified sample.
 */

import { blankAfterLabel } from './blank-field';
import { anyOf, cjk, findAll, latinWords, type Match, scriptWords, test } from './patterns';
import { heldToIdentifiedSample } from './reference-lexicon';

/** The look of the goods: what a designer, a template or a taste would decide. */
const LOOK_EN =
  '(?:design|artwork|layout|print(?:ing)?|colou?r print(?:ing)?|packaging|package|box|look|style|graphics?|logo(?: position| placement)?)s?';
/** Whose taste: the supplier's side, named or addressed ("your designer" in a quote is the supplier's). */
const SUPPLIER_EN =
  "(?:your|the factory[’']?s?|factory|supplier[’']?s?|seller[’']?s?|manufacturer[’']?s?|vendor[’']?s?|printer[’']?s?)";
const TASTE_EN =
  '(?:own )?(?:taste|designers?|design team|templates?|style|choice|ideas?|discretion|preference|liking)';

const SUPPLIER_TASTE = anyOf(
  latinWords([
    `${LOOK_EN}(?: (?:is|are|will be|to be|done|made|left))? (?:by|according to|per|as per|following|up to|at|to) (?:the )?${SUPPLIER_EN} ${TASTE_EN}`,
    // "logo in a noticeable position", "logo placed somewhere visible": a place chosen by eye, not measured.
    'logos? (?:placed |printed |put )?(?:in|at|on) (?:a |the )?(?:noticeable|prominent|visible|eye-catching|conspicuous|suitable|good|nice|proper|appropriate) (?:position|place|location|spot|area)',
    // The same in the other languages read: "según el gusto de la fábrica", "selon votre modèle", "nach Ihrer Vorlage",
    // "secondo il gusto del fornitore", "conforme o seu modelo", "podle vaší šablony".
    '(?:según|a) (?:el )?(?:gusto|criterio) (?:de la fábrica|del proveedor|del fabricante)|según (?:su|vuestra|vuestro) (?:plantilla|gusto|criterio|diseñador)',
    "selon (?:le )?goût (?:de l[’']usine|du fournisseur|du fabricant)|selon (?:votre|vos) (?:modèles?|gabarits?|goût|designers?|graphistes?)",
    '(?:nach|gemäß) (?:dem )?(?:Geschmack|Ermessen) (?:der Fabrik|des Herstellers|des Lieferanten)|(?:nach|gemäß) (?:Ihrer|Ihrem|Ihren) (?:Vorlagen?|Geschmack|Designern?)',
    '(?:secondo|a) (?:il )?gusto (?:della fabbrica|del fornitore|del produttore)|secondo (?:il |i )?vostr[oi] (?:modell[oi]|gusto|designer)',
    '(?:conforme|segundo) (?:o )?gosto (?:da fábrica|do fornecedor|do fabricante)|(?:conforme|segundo) (?:o |os )?(?:seu|seus) (?:modelos?|gosto|designers?)',
    '(?:podle|dle) (?:vaší|vaši|vašich) (?:šablony|předlohy|šablon)|(?:podle|dle) vkusu (?:výrobce|dodavatele|továrny)',
  ]),
  scriptWords([
    '(?:حسب|على|وفق) ذوق (?:المصنع|المورد|البائع|المصمم|مصممكم)',
    '(?:حسب|وفق) (?:قالبكم|قوالبكم|مصممكم)',
  ]),
  cjk([
    'ロゴは?(?:目立つ|いい感じの|適当な|適切な)(?:位置|場所|ところ)',
    '(?:logo|LOGO|标志)(?:放在|印在)?(?:显眼|醒目|合适)的?(?:位置|地方)',
    '(?:按|由|根据)(?:工厂|贵司|你们|你方|厂家)(?:的)?(?:设计师|审美|喜好|模板)',
  ]),
);

/**
 * "Manual: English manual included, content we prepare", "insert card text written by the factory", "contenido lo
 * preparamos nosotros", "说明书内容由我们准备": the words of a printed piece (manual, insert, label, card) written by
 * the supplier. Whatever it prints is the content agreed, errors and missing warnings included, unless the buyer
 * approves it first ("for buyer's approval", "buyer to approve the proof"), which keeps the text hers.
 */
const CONTENT_EN = '(?:contents?|texts?|wording)';
const US_EN = '(?:us|the factory|factory|our side|our team|supplier|the supplier|seller|manufacturer)';
/**
 * A printed piece named by its label, whose value says only who writes it: "Manual: we will write it ourselves",
 * "Instructions: our team prepares them", "Notice : nous la rédigeons", "Anleitung: schreiben wir selbst".
 */
const PIECE_LABEL = String.raw`(?:(?:user |instruction |operation |owner[’']?s? )?manuals?|instructions?|user guides?|leaflets?|inserts?(?: cards?)?|label (?:text|content)|package text|manual content|notice|mode d[’']emploi|manuel(?: d[’']utilisation)?|manual de (?:usuario|instrucciones|uso)|instrucciones|manual do (?:usuário|utilizador)|manuale(?: d[ei] istruzioni)?|(?:Bedienungs|Betriebs|Gebrauchs|Montage)?[Aa]n(?:leitung|weisung)|(?:Benutzer|Bedienungs|Betriebs)?[Hh]andbuch|instrukcja(?: obsługi)?)\s{0,2}[:：]\s{0,3}`;
const WE_WRITE = String.raw`(?:(?:we|our (?:team|side|designers?|engineers?|staff)|the factory|factory|supplier)(?: will| shall| can|[’']ll)? (?:write|prepare|draft|make|design|do|translate|create)s?|(?:written|prepared|drafted|made|designed|done|translated) by (?:us|ourselves|our (?:own )?(?:team|side|factory|engineers?|designers?|staff|technicians?|R&D(?: team| department)?|technical (?:team|department)|QC(?: team)?)|the factory|(?:the )?factory (?:engineers?|team|staff)))(?: (?:it|them|the (?:text|content|manual)))?(?: (?:ourselves|by ourselves|in[- ]house|for you))?`;
const SUPPLIER_CONTENT = anyOf(
  latinWords([
    `(?<=${PIECE_LABEL})${WE_WRITE}(?=\\s{0,2}(?:$|[,;.)]))`,
    `(?<=${PIECE_LABEL})(?:(?:lo|la|los|las) )?(?:redactamos|escribimos|preparamos|hacemos) (?:nosotros|nosotros mismos)`,
    `(?<=${PIECE_LABEL})(?:nous )?(?:la |le |les )?(?:rédigeons|écrivons|préparons)(?: nous-mêmes)?`,
    `(?<=${PIECE_LABEL})(?:schreiben|erstellen|machen|verfassen|übersetzen) wir(?: (?:selbst|intern|im Haus))?`,
    `(?<=${PIECE_LABEL})(?:wird )?(?:von uns|vom Hersteller|von der Fabrik|von unseren (?:Ingenieuren|Technikern)) (?:erstellt|geschrieben|verfasst)(?: werden)?`,
    `(?<=${PIECE_LABEL})(?:rédigée?s? |écrite?s? |préparée?s? )?par (?:nous|nos (?:ingénieurs|techniciens)|l[’']usine)`,
    `(?<=${PIECE_LABEL})(?:redactad[oa]s?|escrit[oa]s?|elaborad[oa]s?|hech[oa]s?) por (?:nosotros|nuestros (?:ingenieros|técnicos)|la fábrica)`,
    `${CONTENT_EN}(?: (?:is|are|will be|to be|shall be))? (?:(?:prepared|written|made|drafted|done|designed|translated|decided) )?by ${US_EN}`,
    `${CONTENT_EN}(?: (?:is|are))?,? we (?:will |shall |can )?(?:prepare|write|make|draft|do|design|provide|translate|decide)`,
    `we (?:will |shall |can )?(?:prepare|write|draft|make|design|translate|decide) (?:the |its |all )?${CONTENT_EN}`,
    `${CONTENT_EN}\\s{0,2}[:：]\\s{0,3}(?:our|factory|supplier)(?:[’']s)? (?:own |standard |usual )?(?:version|template|content|text|standard)`,
    '(?:el )?(?:contenido|texto) (?:lo )?(?:preparamos|redactamos|hacemos|ponemos) nosotros',
    '(?:contenido|texto) (?:preparado|redactado|hecho) por (?:nosotros|la fábrica|el proveedor)',
    "(?:contenu|texte) (?:préparé|rédigé|fait) par (?:nous|l[’']usine|le fournisseur)",
    '(?:nous )?(?:préparons|rédigeons) (?:le )?(?:contenu|texte)',
    '(?:Inhalt|Text) (?:erstellen wir|von uns|wird von uns (?:erstellt|geschrieben))',
    '(?:conteúdo|texto) (?:preparado|feito|redigido) por (?:nós|a fábrica)',
    '(?:contenuto|testo) (?:preparato|redatto) da (?:noi|la fabbrica)',
  ]),
  scriptWords([
    '(?:зміст|текст|содержание)(?: (?:інструкції|инструкции))? (?:готуємо|підготуємо|пишемо|готовим|подготовим|пишем) (?:ми|мы)',
  ]),
  cjk([
    '(?<=(?:说明书|說明書|使用说明|取扱説明書)\\s{0,2}[:：]\\s{0,3})(?:由)?(?:我们|我司|我方|工厂|厂家)(?:自己)?(?:来)?(?:写|编写|准备|做|设计)',
    '(?:内容|文字|文案)(?:由)?(?:我们|我司|我方|工厂|厂家)(?:来)?(?:准备|做|写|编写|提供|设计|决定)',
    '(?:内容|文言)は(?:弊社|当社|工場)で(?:用意|作成|準備)',
  ]),
);
/**
 * The buyer approves the text before it is printed: then the content is hers whoever drafts it. The supplier writing
 * to the buyer says "you": "we draft, you approve the final PDF", "for your approval", "after your confirmation".
 */
const BUYER_APPROVES =
  /\b(?:for (?:the |your )?(?:(?:buyer|customer|client)[’']?s? )?(?:approval|confirmation|sign[- ]off)|(?:buyer|customer|client|you) (?:to |will |must |shall |can |then )?(?:approve|confirm|sign off|check and approve)|approved (?:in writing )?by (?:the )?(?:buyer|customer|client|you)|(?:after|upon|subject to|pending|once|with) your (?:written )?(?:approval|confirmation|OK|sign[- ]off))\b|客户确认|买家确认|(?:经|由|待)?(?:您|你方|贵司)(?:确认|审核|批准)/iu;

/**
 * What the buyer's approval is of: "customer to confirm carton colour" approves something else, and leaves the
 * supplier's text unchecked; "buyer to approve the text", "for buyer's approval before print" approve the piece.
 */
const OTHER_OBJECT =
  /^\s{1,2}(?!(?:(?:the|its|all|final|our|your) ){0,2}(?:before|prior|first|in|by|via|on|at|within|after|upon|and|of|text|texts|content|contents|wording|proof|proofs|draft|drafts|it|them|manual|artwork|layout|translation|copy|file|files|insert|label|pdf|pdfs|print file)(?![\p{L}]))\p{L}/iu;
function buyerApprovesText(line: string): boolean {
  const re = new RegExp(BUYER_APPROVES.source, 'giu');
  return [...line.matchAll(re)].some((m) => !OTHER_OBJECT.test(line.slice(m.index + m[0].length)));
}

/** "… position: front panel, 30 mm from the top, 60 mm wide": the place measured right after the word that praised it. */
const MEASURED_AFTER = /^[^;]{0,60}?\d+(?:[.,]\d+)?\s?(?:mm|cm|in(?:ch(?:es)?)?|"|″)(?![\p{L}])/iu;
/** "style no. VS-22", "template ref. T-3", "(catalogue p. 14)": the supplier's look picked out by its number. */
const NUMBERED_AFTER =
  /^\s{0,2}(?:(?:no\.?|nr\.?|number|ref\.?|reference|code|#)\s{0,2}[\p{L}\d][\p{L}\d./-]*\d|[A-Z]{1,6}-?\d[\w/.-]*)/u;
/** "at the printer's discretion as to process": only how it is printed is left open, not what it looks like. */
const PROCESS_ONLY =
  /^\s{0,2}as (?:to|regards|for) (?:the )?(?:(?:printing )?(?:process|method|technique)|equipment)/iu;
/** The look fixed by codes on the same line: a colour system's code held to a measured difference. */
const LOOK_CODED = /(?:Pantone|PMS|RAL|NCS)\s?\d[^;]{0,80}?(?:Δ\s?E|delta\s?E)\s{0,2}(?:≤|<|<=|max)/iu;

/** The supplier's word is cleared by what follows it in the clause: a measured place, a numbered style, a process. */
function identifiedAfter(text: string, m: Match, line: string): boolean {
  const after = text.slice(m.end);
  if (/logo|ロゴ|标志|標誌|로고|логотип|شعار/iu.test(m.text) && MEASURED_AFTER.test(after)) return true;
  if (NUMBERED_AFTER.test(after)) return true;
  return /discretion$/iu.test(m.text) && PROCESS_ONLY.test(after) && LOOK_CODED.test(line);
}

/** A printed piece's field label, for a value left blank ("Manual: TBD", "Bedienungsanleitung: offen"). */
const PIECE_FIELD =
  "(?:(?:user |instruction |operation )?manuals?|instructions?|user guides?|mode d[’']emploi|notice|manuel|(?:Bedienungs|Betriebs|Gebrauchs)?[Aa]nleitung|(?:Benutzer)?[Hh]andbuch|说明书)";

export function supplierTaste(text: string, line: string): Match[] {
  if (heldToIdentifiedSample(line)) return [];
  const content = [
    ...(buyerApprovesText(line) ? [] : findAll(SUPPLIER_CONTENT, text)),
    // "Manual: TBD": what the manual says is not settled, so whatever is printed is the content agreed.
    ...blankAfterLabel(PIECE_FIELD, text),
  ];
  if (!test(SUPPLIER_TASTE, text)) return content;
  return [...findAll(SUPPLIER_TASTE, text).filter((m) => !identifiedAfter(text, m, line)), ...content];
}
