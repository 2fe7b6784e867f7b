/**
 * vague-material: a material named without grade or composition ("stainless
 * steel", "plastic", "不锈钢") or praised instead of specified ("good quality").
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { leftToStock, materialAlternatives, WHY_ALTERNATIVES } from './alternatives';
import { buttonByLigne } from './button-ligne';
import { substituteNeedsBuyerApproval } from './buyer-approval';
import { certificatesOffered } from './certificate-offer';
import { checksLeftOpen } from './check-open';
import { type Clause, followingClauses } from './clauses';
import { hasColorCode } from './color-codes';
import { containerGlassType } from './container-glass';
import { namesTheRubbingCloth } from './detect-color';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { figureUnderGradeLabel } from './figure-under-grade-label';
import { finishByFeel, finishPraiseAnswered } from './finish-by-feel';
import { finishLeftToMaker } from './finish-left-to-maker';
import { foamGradedOnlyByFeel } from './foam-feel';
import { foamGradedByDensity } from './foam-grade';
import { gradeLeftToBetter } from './grade-floor';
import { METAL_GRADE, opensWithSteelNumber } from './grades';
import { lineFacts } from './line-facts';
import { lookalikeMaterials } from './lookalike-material';
import {
  CODE_AFTER,
  COMPONENT_TECHNOLOGY,
  DECORATION_AFTER,
  GRADE,
  MATERIAL_NOUN,
  OEM_PRAISE,
  PACKAGING_AFTER,
  PART_NUMBER,
  QUALITY_WORDS,
  SOFT_REQUIREMENT,
  typeWithMeasure,
} from './material-lexicon';
import { namesAStandard } from './named-record';
import { NAMED_TYPE } from './named-types';
import { acceptedByEye } from './open-promises';
import { wholeValueChoice } from './optional-choice';
import { ownStandards } from './own-standard';
import { approvalOfNumberedPart, paperBesideGradedMaterial, substitutesAPaper } from './paper-not-material';
import { findAll, latinWords, regex, test } from './patterns';
import { clothPraiseAnswered, isClothPraise } from './praise-hi-ar';
import { AS_SAMPLE, DESIGN_FILE, DOC_BACKREF, heldToIdentifiedSample, INSPECTION } from './reference-lexicon';
import { silkMeansScreenPrint } from './silk-print';
import { type VagueHit, vagueFinding } from './spec-finding';
import { stoneNamedOrImitated } from './stone-name';
import { equivalenceDefined, namedPartBefore } from './substitute-part';
import { approvesItsFriction } from './type-approval';
import { namedEarlierOrders, wholeItemReferences } from './whole-item-reference';
import { namesItsOwnGrade, wideGrades } from './wide-grade';
import { NUMBERED_DOCUMENT } from './written-document';

const SUGGESTIONS: [RegExp, string][] = [
  [
    /stainless|inox|edelstahl|不锈钢/iu,
    '"100% 304 stainless steel (SUS304, 18/8); other mixtures not acceptable"',
  ],
  [/alumin|铝/iu, '"aluminium 6061-T6, anodised 15 µm"'],
  [/steel|acero|acier|stahl|aço|钢|iron|铁/iu, '"steel Q235B per GB/T 700" (or the AISI/EN grade you need)'],
  [/leather|cuero|cuir|leder|couro|皮/iu, '"full-grain cowhide leather, 1.2–1.4 mm thick"'],
  [
    /cotton|algod|coton|baumwolle|棉|fabric|polyester|涤纶|面料/iu,
    '"100% cotton, 180 gsm" (fibre composition in % and fabric weight)',
  ],
  [/silicon|硅胶/iu, '"food-grade silicone per LFGB / FDA 21 CFR 177.2600, Shore A 50 ±5"'],
  [/glass|vidrio|verre|glas|vidro|玻璃/iu, '"borosilicate glass 3.3 (ISO 3585)"'],
  [
    /ABS|plastic|plást|plastique|kunststof|nhựa|พลาสติก|塑料|PVC|TPU|acrylic|resin/iu,
    '"ABS, LG HI121H" (resin type plus maker and grade)',
  ],
  [/wood|madera|bois|holz|madeira|木|bamboo/iu, '"solid beech, moisture content 8–12%, FSC certified"'],
  [
    /zinc|alloy|legering|hợp kim|โลหะ|brass|copper|金属|metal/iu,
    '"zinc alloy ZAMAK 3 (EN 12844)" or "brass CuZn37" with the exact alloy',
  ],
];

function materialFix(seen: string): Msg {
  if (test(QUALITY_WORDS, seen) || test(AS_SAMPLE, seen)) return msg('spec.fix.materialPraise');
  // The example stays in English: it is contract wording for the supplier.
  const example =
    SUGGESTIONS.find(([re]) => re.test(seen))?.[1] ?? '"100% 304 stainless steel" or "ABS, LG HI121H"';
  return msg('spec.fix.material', { example });
}

const WHY_NOUN = msg('spec.why.materialNoun');
const WHY_PRAISE = msg('spec.why.materialPraise');

function hit(start: number, end: number, seen: string, why: Msg): VagueHit {
  return { start, end, why, fix: materialFix(seen) };
}

/**
 * "arrive in good condition; transit damage claimed within 14 days with photos": a delivery condition with a claim
 * window is an enforceable clause, not praise of the goods.
 */
const CONDITION_WORD = /condition|shape|state/iu;
const CLAIM_WINDOW = latinWords([
  '(?:claim(?:ed|s)?|report(?:ed)?|notif(?:y|ied)|damages?)[^;.]{0,40}?within \\d{1,3} (?:working |calendar )?days',
]);

/**
 * "If quality good, we will order 5000 pcs more", "Если качество хорошее, закажем ещё", "如果质量好，我们会追加订单": the
 * praise is the condition of a later order, not what this order asks for. Only such a condition excuses it: the
 * sentence opens with "if" (no comma or stop between it and the praise), and the rest of the sentence is the buyer
 * ordering or buying more. "If possible best quality", "Once approved premium quality for all 5000 pcs", "As long as
 * premium material is used" ask for the quality; "once", "as long as", "provided" and "只要" set terms, they do not
 * make an order depend on anything, so they never open such a condition.
 */
const CONDITION_OPENS =
  /(?:^|[.;!?。；！？]\s{0,3})(?:(?:if|wenn|falls|sofern|si|se|caso|jeśli|jeżeli|eğer|если)\s[^,，、.;。；:：]{0,60}|(?:如果|假如|要是|若是?|もし)[^,，、.;。；:：]{0,30})$/iu;
/** "if possible", "se possibile", "если можно", "如果可以": a polite request, whatever follows it. */
const IF_POSSIBLE =
  /(?:possible|possibly|possibile|posible|possível|möglich|можно|возможно|可以|可能|方便)/iu;
/** The consequence: the buyer ordering or buying more, in the languages read. */
const ORDERS_MORE = new RegExp(
  [
    String.raw`\b(?:re-?order|repeat orders?|more orders?|bigger orders?|next order|(?:will|'ll|shall|would|going to|then|can)\s(?:\p{L}+\s){0,2}(?:order|buy|purchase|place)|order (?:more|again))\b`,
    String.raw`\b(?:(?:nach)?bestellen|bestellt|kaufen wir|Folgeauftrag|Nachbestellung|commanderons|commanderai|recommander(?:ons)?|achèterons|nouvelle commande|pediremos|compraremos|nuevo pedido|más pedidos|ordineremo|compreremo|nuovo ordine|altri ordini|encomendaremos|novo pedido|zamówimy|kupimy|sipariş (?:vereceğiz|veririz))\b`,
    '(?:дозакаж|закаж|закуп|купим|заказ)',
    '(?:追加|下单|订购|再订|返单|订货|采购|购买|加单|注文|発注|購入)',
  ].join('|'),
  'iu',
);
function inCondition(line: string, at: number): boolean {
  // Cut mid-line, the window starts with a letter so that "^" cannot pass a word's middle for a sentence's start.
  const from = Math.max(0, at - 120);
  const opening = CONDITION_OPENS.exec((from > 0 ? 'x' : '') + line.slice(from, at));
  if (!opening || IF_POSSIBLE.test(opening[0])) return false;
  // The rest of the sentence: the consequence must be a later order.
  const rest = line.slice(at).split(/[.;!?。；！？](?:\s|$)|[。；！？]/u)[0] ?? '';
  return ORDERS_MORE.test(rest) && !IF_POSSIBLE.test(rest.split(/[,，、]/u)[0] ?? '');
}

// "zinc flake black", "Zinklamelle", "zinc lamellar": the zinc of a flake coating system, named as a finish.
const COAT_AFTER =
  /^[\s-]{0,2}(?:plated|plating|coated|coating|galvani[sz]ed|electroplated|flakes?|lamellar|lamellas?|lamellen?)\b/iu;

/** "per drawing DWG-2210 rev A": the drawing's material block names it. */
const BY_REFERENCE = latinWords([
  'per',
  'as per',
  'according to',
  'see',
  'según',
  'selon',
  'gemäß',
  'conforme',
]);

/** A standard or specification named by a code of its own: "standard QS-102", "QC spec no. QA-7". */
const CODED_STANDARD = latinWords([
  '(?:standard|norm|spec(?:ification)?|criteria)s? (?:no\\.? ?|#)?[A-Z]{1,8}[-_/ ]?\\d[\\w.-]*',
]);

/**
 * A grade, a specific type with its weight or thickness, a drawing that names
 * it (in the clause, or named elsewhere on the line and pointed back to: "…
 * to drawing DWG-7714 rev A, material as stated in the title block"), a
 * numbered sealed sample, or (for "quality" lines without a material name) an
 * inspection standard.
 */
function hasStandard(text: string, line: string): boolean {
  if (test(GRADE, text) || typeWithMeasure(text)) return true;
  if (test(BY_REFERENCE, text) && test(DESIGN_FILE, text)) return true;
  // "Quality as per the requirements listed in Appendix A (QA-Spec rev 2)": a numbered document holds the standard.
  if (test(BY_REFERENCE, text) && test(NUMBERED_DOCUMENT, text)) return true;
  // "Quality: internal standard QS-102 rev 3 (attached)": a standard named by its own code is a document to hold.
  if (test(CODED_STANDARD, text)) return true;
  if (test(DOC_BACKREF, text) && lineFacts(line).designFile) return true;
  if (heldToIdentifiedSample(text)) return true;
  // "Качество как в прошлый раз (ГОСТ 31410-2010)", "Quality: top, ГОСТ 5364-2016": a standard named by its number
  // pins a measurable requirement; a material family beside it is still asked its grade. An order number does not
  // (see `namedEarlierOrders`): it answers only the reference it follows.
  if (namesAStandard(text) && !test(MATERIAL_NOUN, text)) return true;
  // "low-metallic, ECE R90 approved, approval no. E11 90R-02A1107/0456": the approved formulation is the one tested
  // (and only it: "premium alloy, approval no. E4-123" is still open).
  if (approvesItsFriction(text, line)) return true;
  // An inspection counts only with its criterion: "strict QC" is the supplier's word, not a standard.
  return test(INSPECTION, text) && !test(MATERIAL_NOUN, text) && checksLeftOpen(text).length === 0;
}

/** The soft requirements that offer a substitute ("or equivalent", "oder gleichwertig", "或同等"), not a wish. */
const SUBSTITUTE =
  /equival|equal|similar|compar|the like|simil|parecido|gleichwertig|ähnlich|vergleichbar|o\. ?ä|t[uư][oơ]ng [dđ]|t[uư][oơ]ng t[uự]|gelijkwaardig|równoważn|podobn|odpowiednik|eşdeğer|muadil|setara|同等|等同|类似|相当/iu;

/** A supplier's own testing claim ("tested one by one"): an inspection matter, not a material one. */
const QC_CLAIM = latinWords([
  '(?:100% )?(?:tested|checked|inspected)(?: one by one| piece by piece| before shipment)?',
  'one by one',
  'QC passed',
]);

/** "Thread: M8 x 1.25", "Thread: 1/2\" NPT": a screw thread, not a sewing thread. */
const SCREW_THREAD = /^(?:M\d|UN[CFE]|NPT|BSP|G\s?\d|\d{1,2}\/\d{1,2}|#\d|Tr\s?\d)/u;

/** A labelled value that says nothing about a material: a colour code alone, a component technology, a QC claim. */
/**
 * "fabric in stock", "Stoff: auf Lager", "面料：现货": the value says the material is on hand, a fact of supply, not a
 * word standing in for what it is. Not "as per stock" or "if in stock": those hand the choice to the stock (LEFT_TO_STOCK).
 */
const ON_HAND_ONLY =
  /^\s{0,2}(?:(?:already |all |readily )?(?:in stock|on hand|available (?:in|from) stock|ready(?: in stock)?)|en stock|disponible en stock|en existencia|auf Lager|vorrätig|em estoque|in magazzino|disponibile a magazzino|na stanie|stokta(?: mevcut)?|có sẵn|tersedia|现货|有现货|有库存|在庫あり|재고 있음)(?:\s{0,2}[,;.]\s{0,2}(?:ready to (?:ship|produce|cut)|no MOQ))?\s{0,2}[.。]?\s{0,2}$/iu;

function notAboutMaterial(value: string): boolean {
  if (ON_HAND_ONLY.test(value)) return true;
  if (test(MATERIAL_NOUN, value) || test(QUALITY_WORDS, value)) return false;
  return (
    hasColorCode(value) ||
    COMPONENT_TECHNOLOGY.test(value.trim()) ||
    test(QC_CLAIM, value) ||
    SCREW_THREAD.test(value.trim())
  );
}

/**
 * "Injection-moulded ABS, grade LG HI-121H": a clause that only gives a grade
 * qualifies the material named just before it.
 */
function gradedByNext(clause: Clause, line: string): boolean {
  const next = followingClauses(clause, line, 1)[0];
  return next !== undefined && test(GRADE, next.text) && !test(MATERIAL_NOUN, next.text);
}

/**
 * "Material: PP, thickness 5 mil": the weight or thickness right after a material belongs to it. Indonesian and
 * Malay "berat"/"bobot"/"gramasi" (weight, fabric weight) and Dutch "gewicht" too.
 */
const MEASURE_LABEL =
  /thick|gauge|gsm|grammage|weight|berat|bobot|gramasi|gewicht|denier|density|hardness|espesor|grosor|gramaje|épaisseur|Stärke|Dicke|espessura|gramatura|spessore|grubość|kalınlık|độ dày|ketebalan|tebal|dikte|толщин|厚度|克重|密度|硬度/iu;

/** The clause's first word is a material family word: "Szkło borokrzemowe", "Glass tempered". */
const MATERIAL_FIRST = regex(`^\\s{0,3}${MATERIAL_NOUN}`, 'iu');

function withItsMeasure(clause: Clause, line: string): string {
  const next = followingClauses(clause, line, 1)[0];
  return next && MEASURE_LABEL.test(next.text.slice(0, next.valueStart || next.text.length))
    ? `${clause.text}, ${next.text}`
    : clause.text;
}

/**
 * "Glass jar 50 ml, wall 3 mm, 58 mm aluminium lid in RAL 1013": a family word naming what a fitted part is made
 * of ("glass jar", "aluminium lid", "silicone sleeve"), on a line that measures the parts, describes the part;
 * its size, wall and finish are what the buyer checks. Families whose grade is the usual swap (stainless or
 * plain steel, leather, bare "metal", "alloy" or "plastic") are still asked for their grade.
 */
const FAMILY_NAMES_A_PART =
  /^(?:glass|alumin(?:i)?um|aluminio|alumínio|alluminio|Glas|verre|vidrio|vidro|vetro|nylon|polyester|cotton|silicone|rubber|acrylic|ceramic|porcelain|bamboo|wood(?:en)?|zinc alloy|brass|copper|玻璃|铝)$/iu;
/** A part noun right after the family word: "jar", "lid", "swivel hook" (not a comma, a number or "or"). */
const PART_AFTER =
  /^[\s-]{1,2}(?!(?:or|and|o|ou|oder|y|e|und|et|with|per|for|grade|type)\b)[\p{L}][\p{L}-]{2,}/u;
const PART_BEFORE =
  /[\p{L}]{3,}\s(?:de|en|em|di|in|aus)\s$|\b(?:flacons?|bouteilles?|pots?|frascos?|botellas?|garrafas?|potes?|tarros?|bocaux|bocal|flaconi?|barattol[oi]|vasett[oi])\s$/iu;
/** The value's first word, right after a label of words: "Webbing: ", "Zipper pull cord: ". */
// "Leash webbing: 20 mm nylon", "Gurtband: 25 mm Polyester": the part's width may come before the family word.
const PART_LABEL_BEFORE =
  /^\s{0,3}[\p{L}][\p{L} -]{2,40}[:：]\s{0,2}(?:\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|in|["″])\s{1,2}(?:wide\s{1,2})?)?$/u;
/** "aluminium 0.3 mm", "glass 4 mm", "nylon 1,6 mm": the family word with its own gauge right after it. */
const GAUGE_AFTER = /^\s{1,2}\d+(?:[.,]\d+)?\s{0,2}(?:mm|µm|μm)(?![\p{L}\d])(?!\s{0,2}[x×*]\s{0,2}\d)/u;
// A neck finish ("GCMI 24/410") and a test temperature ("48 h at 45 °C") measure a container and its test too.
// A pipe thread by its standard ("3/4\" GHT", "1/2\" NPT", "G 1/2") and a pressure the part is tested to ("burst
// test 20 bar") measure a fitting as its size does.
const LINE_MEASURE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|m|ml|cc|l|g|kg|gsm|µm|μm|oz|in|inch|kgf|N|V|W|bar|psi|MPa|kPa)(?![\p{L}\d])|\d\s{0,1}["″](?:\s{0,2}(?:GHT|NPT|NPS|BSPP?|BSPT|NH|UNF|UNC))?|\b(?:GHT|NPT|BSPP?|BSPT)\b|\b(?:RAL|Pantone|PMS)\s{0,2}\d|(?<![\d/])\d{2}\/\d{3}(?![\d/])|\d\s{0,2}°\s?[CF]\b/gu;

/**
 * "measured with 0.1uF ceramic + 47uF electrolytic", "10 nF ceramic cap", "a ceramic capacitor": after a capacitance
 * or before "capacitor", the word names the capacitor's kind (the parts catalogue's own category), not a material.
 */
const CAPACITANCE_BEFORE = /\d(?:[.,]\d+)?\s{0,2}[uµμnp]F\s{0,2}(?:[\p{L}-]{1,12}\s{1,2})?$/u;
const CAPACITOR_AFTER =
  /^[\s-]{1,2}(?:chip\s{1,2})?(?:capacitors?|caps?|condensers?|Kondensators?|condensateurs?|condensadores?)\b/iu;

function namesACapacitor(text: string, start: number, end: number): boolean {
  return (
    CAPACITANCE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    CAPACITOR_AFTER.test(text.slice(end, end + 24))
  );
}

function familyNamesAMeasuredPart(
  searchable: string,
  m: { text: string; start: number; end: number },
  line: string,
): boolean {
  if (!FAMILY_NAMES_A_PART.test(m.text)) return false;
  // "glass jar", or the Romance order "tapa de aluminio", "couvercle en verre", "flacon verre".
  const namesPart =
    PART_AFTER.test(searchable.slice(m.end, m.end + 24)) ||
    PART_BEFORE.test(searchable.slice(Math.max(0, m.start - 24), m.start)) ||
    // "Dog collar webbing: nylon 25 mm wide x 1.8 mm thick, ≥ 150 kg": the label names the part, the value opens
    // with what it is made of (a label that named a material would have made the clause a material clause).
    PART_LABEL_BEFORE.test(searchable.slice(0, m.start));
  if (!namesPart) return false;
  // "Ferrule: aluminium 0.3 mm, double crimped": a part named by its label, made of a family whose gauge follows it;
  // the gauge is what the buyer measures of that stock (steel, metal, plastic or leather never reach here).
  if (
    PART_LABEL_BEFORE.test(searchable.slice(0, m.start)) &&
    GAUGE_AFTER.test(searchable.slice(m.end, m.end + 16))
  )
    return true;
  const measures = (line.match(LINE_MEASURE) ?? []).length;
  // "…, burst test 20 bar, report #HN-0310": a numbered test report holds the part as tested, so two measures do.
  return measures >= 3 || (measures >= 2 && (TEST_REPORT.test(line) || LOAD_HELD.test(line)));
}
/**
 * "static pull 150 kg for 10 s", "Zugtest 150 kg für 10 Sek.", "拉力150kg保持10秒": a load held for a set time is a
 * test the part passes or fails, as a numbered report is; the part is held to it.
 */
const LOAD_HELD =
  /\d+(?:[.,]\d+)?\s{0,2}(?:kgf?|k?N|lbf?|lbs|公斤)(?![\p{L}\d])[^.;。；\d]{0,24}\d+(?:[.,]\d+)?\s{0,2}(?:s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|Sek(?:unden)?|segundos?|secondes?|secondi|sekund[ay]?|секунд[ы]?|秒|秒钟|分钟|小时)(?![\p{L}\d])/iu;
const TEST_REPORT =
  /\b(?:test\s{1,2})?report\s{0,2}(?:no\.?\s{0,2}|#|n[°º]\s{0,2})\s{0,2}[A-Z]{0,6}-?\d[\w.-]*/iu;

/** The grade's own name as a label: "Foam density:", "Grammage:", "Dichte:", "密度", "克重". */
const GRADE_LABEL =
  /density|grammage|weight per|Dichte|Raumgewicht|densidad|densité|densità|densidade|gramatura|grammatura|плотност|щільніст|密度|克重/iu;

export const materialDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    // Checked before the grades: "304 or 316 stainless steel" names grades and still fixes none.
    if (clause.attribute === 'material') {
      const value = ' '.repeat(clause.valueStart) + text.slice(clause.valueStart);
      const alternatives = [...materialAlternatives(value), ...leftToStock(value)];
      // "सामग्री: पीतल या तांबा": two names and an "or" are the whole value, in words no lexicon here holds.
      const choice = alternatives.length === 0 ? wholeValueChoice(value) : undefined;
      if (choice)
        alternatives.push({
          start: choice.start,
          end: choice.end,
          why: WHY_ALTERNATIVES,
          fix: msg('spec.fix.alternatives', { seen: choice.seen }),
        });
      if (alternatives.length > 0)
        return withoutOverlaps(alternatives).map((h) => vagueFinding('material', clause, h));
    }
    // "316 preferred", "304 or equivalent": the grade is named and then left to the supplier.
    // "…or equivalent only if approved by buyer in writing": the substitute stays the buyer's to choose.
    // Only a substitute is gated so: "preferred" or "if possible" still leave the grade a wish.
    // "CertiPUR or equivalent test report": the substitute offered is a paper; the material is read on its own.
    const soft = findAll(SOFT_REQUIREMENT, text).filter(
      (m) =>
        !(SUBSTITUTE.test(m.text) && substituteNeedsBuyerApproval(text.slice(m.end))) &&
        !(SUBSTITUTE.test(m.text) && substitutesAPaper(text, m.start, m.end)),
    )[0];
    // A metal's grade code names the material by itself: "42CrMo4 or equivalent" under "Shaft:" or under no label.
    const namesMaterial =
      clause.attribute === 'material' || test(MATERIAL_NOUN, text) || test(METAL_GRADE, text);
    if (soft && namesMaterial && test(GRADE, text)) {
      const seen = text.slice(clause.valueStart).trim() || soft.text;
      return [
        vagueFinding('material', clause, {
          start: soft.start,
          end: soft.end,
          why: WHY_ALTERNATIVES,
          fix: msg('spec.fix.alternatives', { seen }),
        }),
      ];
    }
    // "YKK #5 or similar quality", "SKF 6203 or equivalent": a maker's part named, then left to the supplier's
    // idea of similar. Not under a label of another attribute, whose rule reads its own alternatives.
    if (
      soft &&
      SUBSTITUTE.test(soft.text) &&
      (clause.attribute === undefined || clause.attribute === 'material') &&
      namedPartBefore(text.slice(clause.valueStart, soft.start), text.slice(0, clause.valueStart)) &&
      !equivalenceDefined(text.slice(soft.end))
    )
      return [
        vagueFinding('material', clause, {
          start: soft.start,
          end: soft.end,
          why: WHY_ALTERNATIVES,
          fix: msg('spec.fix.alternatives', { seen: text.slice(clause.valueStart).trim() || soft.text }),
        }),
      ];
    // "S45C or better": "better" on no agreed scale leaves the grade to the supplier as "or equivalent" does.
    const better = gradeLeftToBetter(text)[0];
    if (better && clause.attribute !== 'color')
      return [
        vagueFinding('material', clause, {
          start: better.start,
          end: better.end,
          why: WHY_ALTERNATIVES,
          fix: msg('spec.fix.alternatives', { seen: text.slice(clause.valueStart).trim() || better.text }),
        }),
      ];
    // "CE, RoHS etc. available upon request": papers offered, not agreed, whatever the label.
    const offered = certificatesOffered(text);
    if (offered.length > 0) return offered.map((h) => vagueFinding('material', clause, h));
    // "strict QC before shipment", "SGS tested": a check with nothing that says what fails, whatever the label.
    const open = [...checksLeftOpen(text, line), ...acceptedByEye(text, line)];
    // "Quality standard: according to supplier's QC standard": the goods held to a rule only the supplier holds.
    // Under a colour, size or packing label the attribute's own rule reads it.
    if (clause.attribute === undefined || clause.attribute === 'material') open.push(...ownStandards(text));
    if (open.length > 0) return withoutOverlaps(open).map((h) => vagueFinding('material', clause, h));
    // "Foam density: 25-45D", "Fabric: polyester, 100-300gsm": the grade itself left to a wide range.
    if (
      clause.attribute === 'material' ||
      test(MATERIAL_NOUN, text) ||
      GRADE_LABEL.test(text) ||
      namesItsOwnGrade(text.slice(clause.valueStart))
    ) {
      const wide = wideGrades(text.slice(clause.valueStart), line);
      if (wide.length > 0)
        return wide.map((m) =>
          vagueFinding('material', clause, {
            start: m.start + clause.valueStart,
            end: m.end + clause.valueStart,
            why: msg('spec.why.gradeRange'),
            fix: msg('spec.fix.gradeRange', { seen: m.text }),
          }),
        );
    }
    // "Material: 100% cotton feel", "Sofa cover: leather-look": what the goods imitate, read before the grades, which
    // "100%" would otherwise satisfy.
    if (clause.attribute === undefined || clause.attribute === 'material') {
      const value = ' '.repeat(clause.valueStart) + text.slice(clause.valueStart);
      const lookalike = lookalikeMaterials(value);
      // "95% cotton 5% spandex, cotton feel", "leather-look PU": the material is named beside the feel, which then
      // only describes its hand or finish; the named material is read below as any other.
      const rest = lookalike.reduce(
        (t, h) => t.slice(0, h.start) + ' '.repeat(h.end - h.start) + t.slice(h.end),
        value,
      );
      if (lookalike.length > 0 && !test(MATERIAL_NOUN, rest))
        return lookalike.map((h) => vagueFinding('material', clause, h));
    }
    // Under no attribute's label, a reference to a sample or an earlier order is the whole spec ("Specification:
    // same as last order"); under one, that attribute's rule reads it.
    // "Surface: smooth, no burr": the finish answered by its feel, with no figure of the finish on the line.
    // Praise the lexicon already reads ("Finish: smooth") is quoted by it, below.
    if (clause.attribute === undefined || clause.attribute === 'material') {
      // "Oberfläche: geölt oder lackiert, nach Wahl des Herstellers": the finish is the maker's pick.
      const picked = finishLeftToMaker(text);
      if (picked.length > 0) return picked.map((h) => vagueFinding('material', clause, h));
    }
    if ((clause.attribute === undefined || clause.attribute === 'material') && !test(QUALITY_WORDS, text)) {
      const felt = finishByFeel(text, line);
      if (felt.length > 0) return felt.map((h) => vagueFinding('material', clause, h));
    }
    if (clause.attribute === undefined) {
      const reference = wholeItemReferences(text, line)[0];
      if (reference)
        return [
          vagueFinding('material', clause, hit(reference.start, reference.end, reference.text, WHY_PRAISE)),
        ];
    }
    // "Pelle: vacchetta, spessore 1,6 mm": a label that is itself a material word heads a material clause too.
    const materialClause =
      clause.attribute === 'material' ||
      (clause.attribute === undefined &&
        clause.valueStart > 0 &&
        test(MATERIAL_NOUN, text.slice(0, clause.valueStart)));
    // "Szkło borokrzemowe, grubość 5 mm": an unlabelled clause that opens on a material word is its material too.
    const opensOnMaterial =
      clause.attribute === undefined && clause.valueStart === 0 && MATERIAL_FIRST.test(text);
    // "القماش: بوليستر 100٪ - قماش ممتاز": a composition alone does not answer the cloth's praise; its weight or an
    // approved sample does (praise-hi-ar.ts). Read before the standard test, which a share like "100%" passes.
    const clothPraise = findAll(QUALITY_WORDS, text).find((m) => isClothPraise(m.text));
    if (clothPraise && !clothPraiseAnswered(clothPraise.text, line))
      return [
        vagueFinding(
          'material',
          clause,
          hit(clothPraise.start, clothPraise.end, clothPraise.text, WHY_PRAISE),
        ),
      ];
    if (hasStandard(materialClause || opensOnMaterial ? withItsMeasure(clause, line) : text, line)) return [];
    if (clause.attribute === 'material' && opensWithSteelNumber(text.slice(clause.valueStart))) return [];
    // "Foam: high density, 35 kg/m³": the density figure grades the foam the label names.
    if (clause.attribute === 'material' && foamGradedByDensity(text.slice(0, clause.valueStart - 1), text))
      return [];
    // "Quality: same as last order (PO 45821)": the numbered earlier order answers the reference, and only it.
    const named = namedEarlierOrders(text);
    const outsideNamed = (m: { start: number; end: number }) =>
      !named.some((n) => m.start < n.end && n.start < m.end);
    // "Our best quality …": quote the praise itself rather than what follows the word "quality".
    const praise = findAll(QUALITY_WORDS, text)
      .filter(outsideNamed)
      .filter((m) => !inCondition(line, clause.start + m.start))[0];
    if (
      praise &&
      !(OEM_PRAISE.test(praise.text) && test(PART_NUMBER, line)) &&
      !(CONDITION_WORD.test(praise.text) && test(CLAIM_WINDOW, line)) &&
      !finishPraiseAnswered(praise.text, line) &&
      !clothPraiseAnswered(praise.text, line)
    )
      return [vagueFinding('material', clause, hit(praise.start, praise.end, praise.text, WHY_PRAISE))];
    if (clause.attribute === 'material') {
      const range = valueRange(clause);
      if (!range) return [];
      // "Fabric GSM: 200 ± 5%": the label names the measure, and the value is its one figure.
      if (figureUnderGradeLabel(text.slice(0, clause.valueStart), text.slice(clause.valueStart))) return [];
      const seen = text.slice(range.start, range.end);
      if (notAboutMaterial(seen) || inCondition(line, clause.start + range.start)) return [];
      // "…, material CoA per resin lot", "friction material ECE R90 approved" beside a part number: a paper or a mark.
      if (paperBesideGradedMaterial(seen, line, clause.start) || approvalOfNumberedPart(seen, line))
        return [];
      // The value is the numbered reference and nothing else: "Material: same as last order (PO 45821)".
      const left = named.reduce(
        (rest, n) =>
          rest.slice(0, n.start - range.start) +
          ' '.repeat(n.end - n.start) +
          rest.slice(n.end - range.start),
        seen,
      );
      if (named.length > 0 && !/[\p{L}\p{N}]/u.test(left)) return [];
      return [
        vagueFinding(
          'material',
          clause,
          hit(range.start, range.end, seen, test(MATERIAL_NOUN, seen) ? WHY_NOUN : WHY_PRAISE),
        ),
      ];
    }
    const searchable = clause.attribute
      ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart)
      : text;
    // "Insole: memory foam, comfortable": the foam's grade left to how it feels.
    if (clause.attribute === undefined) {
      const felt = foamGradedOnlyByFeel(searchable, line);
      if (felt.length > 0)
        return felt.map((m) => vagueFinding('material', clause, hit(m.start, m.end, m.text, WHY_NOUN)));
    }
    const hits: VagueHit[] = findAll(QUALITY_WORDS, searchable)
      .filter(outsideNamed)
      .filter((m) => !(OEM_PRAISE.test(m.text) && test(PART_NUMBER, line)))
      .filter((m) => !(CONDITION_WORD.test(m.text) && test(CLAIM_WINDOW, line)))
      .filter((m) => !inCondition(line, clause.start + m.start))
      .filter((m) => !finishPraiseAnswered(m.text, line))
      .filter((m) => !clothPraiseAnswered(m.text, line))
      .map((m) => hit(m.start, m.end, m.text, WHY_PRAISE));
    // "刹车片：OE号04465-0K290，低金属配方": the part number names a part whose compound and metal anyone can
    // compare, as it answers "OEM quality"; a bare family word beside it adds no open choice.
    // "Buttons: 24L polyester, 4 holes": the ligne size grades a button with the body it names (button-ligne.ts).
    if (
      clause.attribute !== 'packaging' &&
      !gradedByNext(clause, line) &&
      !test(PART_NUMBER, line) &&
      !buttonByLigne(text)
    ) {
      const types = findAll(NAMED_TYPE, searchable);
      for (const m of findAll(MATERIAL_NOUN, searchable)) {
        const after = searchable.slice(m.end, m.end + 24);
        if (PACKAGING_AFTER.test(after) || DECORATION_AFTER.test(after) || CODE_AFTER.test(after)) continue;
        // "zinc plated", "nickel-plated", "chrome coating": the metal of a coat, not what the goods are made of; its
        // thickness is the plating rule's to ask (plating-thickness.ts).
        if (COAT_AFTER.test(after)) continue;
        if (lineFacts(line).gradedElsewhere(m.text)) continue;
        // "Mould: P20 steel": the trade type grades the family word beside it, in its own clause.
        if (types.some((t) => m.start <= t.end + 30 && m.end >= t.start - 30)) continue;
        // "rubbed with white cotton cloth": the rubbing cloth of a colour-fastness test, not a material of the goods.
        if (namesTheRubbingCloth(searchable, m.start, m.end)) continue;
        if (familyNamesAMeasuredPart(searchable, m, line)) continue;
        // "Nero Marquina marble", "marble effect tiles": the quarry's variety grades it, or only its look is meant.
        if (stoneNamedOrImitated(searchable, m.start, m.end)) continue;
        // "estampa em silk": the silk-screen print method, not the fibre ("Tecido: silk com tinta" reads the label).
        if (silkMeansScreenPrint(text, m.start, m.end)) continue;
        // "0.1uF ceramic + 47uF low-ESR cap", "ceramic capacitor": the kind of a capacitor, not what goods are made of.
        if (namesACapacitor(searchable, m.start, m.end)) continue;
        // "amber glass 30 ml Boston round", "frasco de vidrio ámbar": container glass by its type (container-glass.ts).
        if (containerGlassType(searchable, m.start, m.end, line)) continue;
        hits.push(hit(m.start, m.end, m.text, WHY_NOUN));
      }
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('material', clause, h));
  },
};
