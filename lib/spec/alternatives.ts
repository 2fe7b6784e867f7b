/**
 * Either/or values: "10cm or 12cm", "250g or 300g", "Pantone 286 C or 300 C",
 * "black or navy", "ABS or PC". Each side alone would be a spec; offered as a
 * choice, the supplier picks after payment (usually the cheaper), and a
 * dispute cannot show the goods are wrong. Quotation sheets and buyers' first
 * messages write options this way; an order must settle on one.
 */

import { msg } from '../i18n/msg';
import { COLOR_CODE } from './color-codes';
import { COLOR_NAME } from './color-words';
import { CERTIFICATE, GRADE } from './grades';
import { MATERIAL_NOUN } from './material-lexicon';
import {
  anyOf,
  cjk,
  DIM_SEP,
  findAll,
  LENGTH_UNIT,
  latinWords,
  type Match,
  NUMBER,
  WEIGHT_UNIT,
} from './patterns';
import type { VagueHit } from './spec-finding';
import { STOCK_CONDITION } from './stock-condition';

/** "or" between two values in the seven languages read (en, es/it "o", fr/pt "ou", de "oder", zh 或/或者). */
const OR = anyOf(
  `\\s{1,3}${latinWords(['or', 'o', 'ou', 'oder', 'oppure'])}\\s{1,3}`,
  `\\s{0,2}${cjk(['或者', '或是', '或'])}\\s{0,2}`,
);
const MEASURE = `${NUMBER}(?:${DIM_SEP}${NUMBER}){0,2}`;
/** Capacities and button lignes ("18L or 20L") are sizes too. */
const SIZE_UNIT = anyOf(LENGTH_UNIT, '(?:ml|cl|l|L|litres?|liters?|升)(?![A-Za-z])');

/** Two measures joined by "or", the unit written at least on the second: "10 or 12 cm", "600x600 or 600x1200 mm". */
function measureAlternative(unit: string, notBefore = ''): string {
  return `${MEASURE}\\s{0,3}(?:${unit})?${OR}${MEASURE}\\s{0,3}${unit}${notBefore}`;
}
/** "1x20ft or 1x40ft container" leaves the quantity open, not the size of a product. */
const SIZE_ALTERNATIVE = measureAlternative(
  SIZE_UNIT,
  `(?!\\s{0,3}(?:${latinWords(['HQ', 'GP', 'HC', 'containers?', 'contenedor(?:es)?', 'conteneurs?', 'cont[êe]iner(?:es)?', 'Container'])}|柜|货柜))`,
);
const WEIGHT_ALTERNATIVE = measureAlternative(WEIGHT_UNIT);
/**
 * An electrical rating offered as a choice: "110V or 220V", "12V或24V", "60W or 100W". A range is the
 * product's own input ("100-240V", "AC 100–240 V": a dash, not "or") and is never read here.
 */
const RATING_UNIT = '(?:V|VAC|VDC|V\\s?AC|V\\s?DC|W|kW|mAh|Ah)(?![A-Za-z])';
const RATING_ALTERNATIVE = measureAlternative(RATING_UNIT);

/**
 * "10 cm / 12 cm", "12V / 24V": two values of the same unit either side of a slash are a choice; "10 cm /
 * 4 in" is one size written in two units, "12V/2A" a rating and a current, "1m / 1.5m / 2m mixed" a list
 * of variants (a third value or "mixed"/"each"/"assorted" after it), "5m/roll" a rate.
 */
const SLASH_PAIR = new RegExp(
  `(?<![\\d.,/]\\s{0,2})${MEASURE}\\s{0,2}(?<first>${SIZE_UNIT}|${WEIGHT_UNIT}|${RATING_UNIT})\\s{0,2}/\\s{0,2}${MEASURE}\\s{0,2}(?<second>${SIZE_UNIT}|${WEIGHT_UNIT}|${RATING_UNIT})`,
  'giu',
);
const VARIANT_LIST_AFTER =
  /^\s{0,2}(?:\/\s{0,2}\d|[,;]?\s{0,3}(?:mixed|each|assorted|surtid|mezcl|je |jeweils|chacun|cada|ciascun|各))/iu;
/**
 * "21g/100g", "0.5 mg/1 kg": an amount per a round reference amount of the same unit, written tight around the slash,
 * is a content or an absorption ratio (oil absorption, nutrition per 100 g), not two sizes to choose from.
 */
const PER_REFERENCE = /^\s{0,2}[\d.,]+\s{0,2}\p{L}{1,3}\/(?:1|100|1000|1[.,]000)\s{0,2}\p{L}{1,3}\s{0,2}$/u;
const unitKey = (unit: string) => unit.replace(/\s/gu, '').toLowerCase();

function slashAlternatives(text: string, kind: 'size' | 'weight' | 'rating'): VagueHit[] {
  const unit = { size: SIZE_UNIT, weight: WEIGHT_UNIT, rating: RATING_UNIT }[kind];
  const ofKind = new RegExp(`^(?:${unit})$`, 'iu');
  const hits: VagueHit[] = [];
  for (const m of text.matchAll(SLASH_PAIR)) {
    const seen = m[0];
    const { first, second } = m.groups ?? {};
    if (!first || !second || unitKey(first) !== unitKey(second) || !ofKind.test(second)) continue;
    const end = m.index + seen.length;
    if (VARIANT_LIST_AFTER.test(text.slice(end))) continue;
    if (PER_REFERENCE.test(seen)) continue;
    hits.push({
      start: m.index,
      end,
      why: WHY_ALTERNATIVES,
      fix: msg('spec.fix.alternatives', { seen }),
    });
  }
  return hits;
}
/** "Pantone 286 C or Pantone 300 C", "RAL 9005 or RAL 9011", "Pantone 286 C or 300 C". */
const CODE_ALTERNATIVE = `${COLOR_CODE}${OR}(?:${COLOR_CODE}|\\d{3,4}\\s?[CU](?![A-Za-z]))`;
/** "black or navy", "negro o gris oscuro", "黑色或者深蓝色". */
const NAME_ALTERNATIVE = `${COLOR_NAME}${OR}(?:(?:dark|light|deep|oscuro|claro|escuro|foncé|clair|dunkel|hell|scuro|chiaro)\\s{1,2})?${COLOR_NAME}`;

/** "10 or 12 in black": "in" there is a preposition, not inches. */
function notAPreposition(text: string, m: Match): boolean {
  return !(/\bin$/iu.test(m.text) && /^\s{1,2}\p{L}/u.test(text.slice(m.end)));
}

export const WHY_ALTERNATIVES = msg('spec.why.alternatives');

function alternativeHits(source: string, text: string): VagueHit[] {
  return findAll(source, text)
    .filter((m) => notAPreposition(text, m))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: WHY_ALTERNATIVES,
      fix: msg('spec.fix.alternatives', { seen: m.text }),
    }));
}

/** "304 ou 316L": a steel grade ends in L as well; litres and button lignes are counted in one or two digits. */
const GRADE_NOT_LITRES = /\d{3,}\s?L$/u;
export const sizeAlternatives = (text: string) => [
  ...alternativeHits(SIZE_ALTERNATIVE, text).filter(
    (h) => !GRADE_NOT_LITRES.test(text.slice(h.start, h.end)),
  ),
  ...slashAlternatives(text, 'size'),
  // The rule set has no electrical rule: a rating left open is filed with sizes, as capacities are ("18L or 20L").
  ...alternativeHits(RATING_ALTERNATIVE, text),
  ...slashAlternatives(text, 'rating'),
];
export const weightAlternatives = (text: string) => [
  ...alternativeHits(WEIGHT_ALTERNATIVE, text),
  ...slashAlternatives(text, 'weight'),
];
/**
 * Codes offered as a choice anywhere in a labelled clause; names only under a colour label
 * ("no black or white spots" in a QC line describes defects, not the goods' colour).
 */
/**
 * "180-220gsm, whatever you have in stock", "304 or 201 depending on stock", "según disponibilidad", "看库存":
 * the value left to what the supplier happens to hold, which is a choice made after payment like any "or".
 */
const LEFT_TO_STOCK = anyOf(
  // "if stock available", "tùy hàng có sẵn", "ตามสต็อก": any condition word governing the stock, in any language read.
  STOCK_CONDITION,
  latinWords([
    'whatever (?:you|the factory|they) (?:have|has|got)(?: in stock| available)?',
    'depend(?:s|ing)? on (?:the |your )?(?:stock|inventory|availability)',
    '(?:according to|based on|as per) (?:the |your )?(?:stock|inventory|availability)',
    'subject to (?:stock|availability)',
    'as available',
    'whichever (?:is )?(?:available|in stock)',
    // "factory to suggest", "at the supplier's discretion", "a criterio del proveedor", "具体由供应商决定": the choice handed over.
    '(?:the )?(?:factory|supplier|seller|manufacturer|vendor) (?:to|will|can|may) (?:suggest|decide|choose|select|recommend)',
    "(?:at|by) (?:the )?(?:factory|supplier|seller|manufacturer)(?:[’']s)? (?:discretion|choice|option)",
    '(?:a|según) criterio del (?:proveedor|fabricante)',
    'à la discrétion du (?:fournisseur|fabricant)',
    'nach Wahl des (?:Lieferanten|Herstellers)',
    'a critério do (?:fornecedor|fabricante)',
    '(?:según|segun|de acuerdo con la|sujeto a) (?:el )?(?:stock|existencias|disponibilidad)',
    'selon (?:le |la )?(?:stock|disponibilité)',
    'je nach (?:Lager(?:bestand)?|Verfügbarkeit)',
    '(?:conforme|de acordo com o|sujeito a) (?:o )?(?:estoque|disponibilidade)',
    '(?:secondo|in base alla?) (?:disponibilità|magazzino)',
    // "glossy or matte, factory decides", "decide la fabbrica", "lo decide la fábrica", "à choisir par l'usine",
    // "entscheidet das Werk": the maker named as the one who picks, in either word order, with nothing after it.
    '(?:the )?(?:factory|supplier|seller|manufacturer|vendor|maker|mill|plant)(?: will)? (?:decides?|chooses?|picks?|selects?)(?: (?:it|one|for you))?(?=\\s{0,2}(?:$|[.;,)!]))',
    '(?:decided|chosen|picked|selected) by (?:the )?(?:factory|supplier|seller|manufacturer|vendor|maker|mill)',
    '(?:(?:lo|la) )?decide (?:la fabbrica|il (?:produttore|fornitore|costruttore)|l[’\u0027]azienda)',
    '(?:la fabbrica|il (?:produttore|fornitore)) (?:lo |la )?(?:decide|sceglie|deciderà|sceglierà)',
    '(?:decis|scelt)[oa] dal(?:la)? (?:fabbrica|produttore|fornitore)',
    '(?:lo )?(?:decide|elige) (?:la fábrica|el (?:fabricante|proveedor))',
    '(?:la fábrica|el (?:fabricante|proveedor)) (?:lo |la )?(?:decide|elige|escoge|decidirá|elegirá)',
    '(?:decidid|elegid)[oa]s? por (?:la fábrica|el (?:fabricante|proveedor))',
    '(?:a fábrica|o (?:fabricante|fornecedor)) (?:decide|escolhe|decidirá|escolherá)',
    '(?:decide|escolhe) (?:a fábrica|o (?:fabricante|fornecedor))',
    "à (?:choisir|décider|définir) par (?:l[’']usine|le (?:fabricant|fournisseur))",
    "(?:l[’']usine|le (?:fabricant|fournisseur)) (?:décide|choisit|décidera|choisira)",
    "(?:décidée?s?|choisie?s?) par (?:l[’']usine|le (?:fabricant|fournisseur))",
    "au choix (?:de l[’']usine|du (?:fabricant|fournisseur))",
    '(?:entscheidet|wählt|bestimmt) (?:das Werk|die Fabrik|der (?:Hersteller|Lieferant))',
    '(?:das Werk|die Fabrik|der (?:Hersteller|Lieferant)) (?:entscheidet|wählt|bestimmt)',
    '(?:vom Werk|von der Fabrik|vom (?:Hersteller|Lieferanten)) (?:entschieden|gewählt|bestimmt)',
    'nach Wahl (?:des Werks|der Fabrik)',
    '(?:fabrika|üretici|tedarikçi) (?:karar verir|seçer)',
    '(?:do decyzji|decyduje) (?:fabryki|producenta|dostawcy|fabryka|producent|dostawca)',
  ]),
  '(?<![\\p{L}])(?:(?:на усмотрение|на розсуд|по выбору|на вибір) (?:завода|заводу|фабрики|производителя|виробника)|(?:решает|выбирает|вирішує|обирає) (?:завод|фабрика|производитель|виробник)|(?:завод|фабрика|производитель|виробник) (?:решает|выбирает|вирішує|обирає))(?![\\p{L}])',
  cjk([
    // Not "由工厂选择染料供应商": the factory picking its own dye or fabric SUPPLIER (or forwarder) leaves the colour
    // named before it (either side of the verb); only its choosing the thing itself is the pick left open.
    '(?<!(?:供应商|供货商|供應商|厂商)\\s{0,2}(?:由|让)?)(?:由|让)?(?:工厂|厂家|厂方)(?:来)?(?:决定|自定|选择|選擇|決定)(?![^，,；;。]{0,6}(?:供应商|供货商|供應商|厂商|货代|物流|快递))',
    '工場(?:が|で|側で)?(?:決定|決め|選)',
    '看库存',
    '按库存',
    '有什么用什么',
    '以库存为准',
    '视库存而定',
    '(?<!(?:供应商|供货商|供應商|厂商)\\s{0,2}(?:由|让)?)(?:具体)?由(?:供应商|工厂|厂家|卖家)(?:决定|安排|推荐|选择)(?![^，,；;。]{0,6}(?:供应商|供货商|供應商|厂商|货代|物流|快递))',
  ]),
);

export function leftToStock(text: string): VagueHit[] {
  return findAll(LEFT_TO_STOCK, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY_ALTERNATIVES,
    fix: msg('spec.fix.alternatives', { seen: text.trim() }),
  }));
}

export function colourAlternatives(text: string, colourLabelled: boolean): VagueHit[] {
  return [
    ...alternativeHits(CODE_ALTERNATIVE, text),
    ...openAlternatives(OPEN_CODE_ALTERNATIVE, text),
    ...(colourLabelled ? alternativeHits(NAME_ALTERNATIVE, text) : []),
  ];
}

/**
 * "Pantone 286 C or equivalent", "SUS304 or similar", "304 o equivalente", "潘通286C或同等": a precise value
 * with an open second side is still a choice the supplier makes after payment, unless the buyer must
 * approve the substitute ("or equivalent approved by the buyer in writing"), which keeps the choice hers.
 */
const OPEN_SIDE = anyOf(
  `(?:${latinWords(['an?', 'un', 'une', 'um', 'uma', 'una', 'ein'])}\\s{1,2})?${latinWords([
    'similar',
    'equivalent',
    'comparable',
    'equivalente',
    '[ée]quivalent(?:e|es|s)?',
    'similaire',
    'gleichwertig(?:es|er|e)?',
    'ähnlich(?:es|er|e)?',
    'simile',
    'semelhante',
  ])}`,
  cjk(['同等', '类似', '類似', '相当', '相似']),
  // "or Kronospan equivalent", "or any oak look", "or any white": another maker's version, or anything of a kind,
  // leaves the pick to the supplier as "or similar" does.
  latinWords([
    '(?:[\\p{L}-]{2,20} ){1,2}(?:equivalent|equal|match|similar)',
    '(?:any|whatever)(?: other)?(?: [\\p{L}-]{2,20}){1,2}',
  ]),
);
const OPEN_CODE_ALTERNATIVE = `${COLOR_CODE}${OR}${OPEN_SIDE}`;
/** A substitute the buyer approves is her choice: approved, agreed, confirmed (in the languages read). */
const BUYER_APPROVES =
  /approv|agree|confirm|accept|consent|aprob|aprova|approuv|accord|accept|genehmig|freigegeben|zustimm|approvat|concordad|确认|確認|批准|同意|认可|認可/iu;

function openAlternatives(source: string, text: string): VagueHit[] {
  return alternativeHits(source, text).filter((h) => !BUYER_APPROVES.test(text.slice(h.end)));
}

/** A material side of a choice: a grade ("SS304", "6061"), a bare grade number, or a material name ("ABS", "PU"). */
// A bare grade number: not a share ("100%"), and not a count or a price ("MOQ 1000", "USD 2000").
const BARE_GRADE = String.raw`(?<!(?:MOQ|qty|quantity|pcs|USD|US\$|\$|€)\s{0,2}[:：]?\s{0,2})\b[A-Z]{0,3}\d{3,4}[A-Z]?\b(?!\s{0,2}%)`;
const MATERIAL_SIDE = anyOf(GRADE, MATERIAL_NOUN, BARE_GRADE);
/**
 * Between two materials "or" is read in more languages than between measures: "304 lub 201" (pl), "304 hoặc 201"
 * (vi), "304 veya 201" (tr), "304 atau 201" (id).
 */
const MATERIAL_OR = anyOf(
  OR,
  `\\s{1,3}${latinWords(['lub', 'albo', 'ho[aặ]c', 'veya', 'ya da', 'atau'])}\\s{1,3}`,
);
/**
 * Dutch "of" is English "of" too ("steel of 1200 mm", "grade 304 of ASTM A240"): read only between two grades, the
 * second neither a standard's number nor a measure ("RVS 316 of 304", "aluminium 6061 of 6063").
 */
const GRADE_SIDE = anyOf(GRADE, BARE_GRADE);
/**
 * "order 4501 of 2024", "bestelling nr. 88 of 12-03", "PO #3120 of last week": a number a document word names is that
 * document's number, and "of" after it is English "of", not a choice between two grades.
 */
const NOT_A_DOCUMENT_NUMBER = String.raw`(?<!\b(?:order|PO|P\.O\.|invoice|contract|quote|quotation|drawing|dwg|ref|bestelling|offerte|factuur|tekening|item|art)\.?\s{0,2}(?:no\.?|nr\.?|number|nummer|#)?\s{0,2})`;
const DUTCH_GRADE_CHOICE = `${NOT_A_DOCUMENT_NUMBER}${GRADE_SIDE}\\s{1,3}${latinWords(['of'])}\\s{1,3}(?!(?:ASTM|AISI|SAE|EN|DIN|ISO|JIS|GB|BS|UNS|ANSI)\\b)${GRADE_SIDE}(?!\\s{0,2}(?:mm|cm|m|in|gsm|g|kg|pcs|%)(?![\\p{L}]))`;
const MATERIAL_ALTERNATIVE = anyOf(`${MATERIAL_SIDE}${MATERIAL_OR}${MATERIAL_SIDE}`, DUTCH_GRADE_CHOICE);

/**
 * "OEKO-TEX Standard 100 or GOTS": two certificates either of which the buyer
 * accepts are two pass/fail documents, not two products at two prices.
 */
function certificatesOnly(seen: string): boolean {
  return seen.replace(new RegExp(CERTIFICATE, 'giu'), '').replace(new RegExp(OR, 'giu'), '').trim() === '';
}

/**
 * "Material: Q345 or better, plastic acceptable", "SS304 (aluminium also OK)", "304不锈钢，铝也可以": a second
 * material said to be acceptable is the same choice as "304 or aluminium", written as a concession after the
 * first (red team, stop 36). "no plastic acceptable" refuses the substitute.
 */
// A bare "fine" is a yarn's or a finish's quality ("100% cotton fine jersey", "mirror polished fine"); only "also
// fine" / "is fine" concede.
const SUBSTITUTE_ACCEPTED = anyOf(
  `(?:${MATERIAL_SIDE})\\s{1,2}${latinWords([
    '(?:is |are )?(?:also )?(?:acceptable|accepted|ok|okay|allowed|permitted)',
    '(?:(?:is|are) (?:also )?|also )fine',
    '(?:también )?(?:aceptable|aceptado|vale)',
    '(?:aussi )?(?:acceptable|accepté)',
    '(?:auch )?(?:zulässig|akzeptabel|ok)',
    '(?:também )?(?:aceitável|aceito)',
  ])}`,
  `(?:${MATERIAL_SIDE})\\s{0,2}${cjk(['也可以', '也行', '亦可', '也可'])}`,
);
const REFUSED_BEFORE = /(?:\b(?:no|not|non|never|sin|sans|kein\p{L}*|nicht|sem)|不|не)\s{0,2}$/iu;
const STARTS_BARE = new RegExp(`^${BARE_GRADE}`, 'iu');

/**
 * The substitute follows a first material and is named ("aluminium acceptable"): a bare number before "ok" or
 * "accepted" is as often an order, lot, sample or standard number as a grade ("PO 4501 ok", "EN 1186 ok"), so it is
 * never read as one. Each material is found once for the whole value, so a long line costs one pass, not one per hit.
 */
function substitutesAccepted(value: string): VagueHit[] {
  const hits = alternativeHits(SUBSTITUTE_ACCEPTED, value);
  if (hits.length === 0) return [];
  const firstSide = findAll(MATERIAL_SIDE, value)[0];
  return hits.filter((h) => {
    if (h.start === 0 || !firstSide || firstSide.end > h.start) return false;
    if (REFUSED_BEFORE.test(value.slice(Math.max(0, h.start - 12), h.start))) return false;
    // A bare number is never read as the substitute: "PO 4501 ok", "lot 2405 accepted", "EN 1186 ok" (red team).
    return !STARTS_BARE.test(value.slice(h.start, h.end));
  });
}

/** "Material: 304 or 316 stainless steel", "ABS or PC", "材质：304或201不锈钢": read under a material label only. */
// "304 or similar" / "o equivalente" left open is the grade-left-open finding (lib/spec/grades.ts), not a second one.
export const materialAlternatives = (value: string) => [
  ...alternativeHits(MATERIAL_ALTERNATIVE, value).filter(
    (h) => !certificatesOnly(value.slice(h.start, h.end)),
  ),
  ...substitutesAccepted(value),
];
