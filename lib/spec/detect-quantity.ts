/**
 * vague-quantity: estimates ("about 1000 pcs", "大约1000个"), ranges,
 * containers instead of counts, and totals over mixed variants with no count
 * per SKU. An allowance with its figure ("5,000 pcs ±3%", "3% more or less",
 * "over/short shipment 2%", "800 units ±10 units") is precise: the counts it
 * allows can be checked on arrival (see quantity-allowance.ts).
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { spellsOutAllowance } from './allowance-spelt-out';
import { breakdownIn } from './breakdown';
import type { Clause } from './clauses';
import { colorCodesIn } from './color-codes';
import { COLOR_NAME } from './color-words';
import { countPerWeight } from './count-grade';
import { EXACT_DATE } from './date-lexicon';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { namedStandardSpans } from './named-record';
import { openContents } from './open-contents';
import { floorLeftOpen } from './open-floor';
import { openPlusMinus } from './open-plus-minus';
import {
  APPROX_AFTER_WORDS,
  APPROX_BEFORE,
  anyOf,
  COUNT_UNIT,
  cjk,
  findAll,
  LENGTH_UNIT,
  latinWords,
  NUMBER,
  RANGE_SEP,
  scriptWords,
  test,
  WEIGHT_UNIT,
} from './patterns';
import { PLUG_CODE } from './plug-choice';
import { productionRate } from './production-rate';
import {
  ALLOWANCE_FIGURE,
  allowanceOnACount,
  estimateWithItsAllowance,
  refused,
  shippingUnitsWithTheirAllowance,
  withItsFigure,
} from './quantity-allowance';
import { MOQ } from './quantity-lexicon';
import { DESIGN_FILE, UNDECIDED } from './reference-lexicon';
import { exactCountOnRecord, restatedExactly } from './restated-exact';
import { type VagueHit, vagueFinding } from './spec-finding';

/** A line that opens with a minimum order: the supplier's terms of sale. */
const MOQ_LINE = String.raw`^\s{0,3}(?:${MOQ})`;

const COUNT = `${NUMBER}\\s{0,3}(?:k\\s{0,2})?${COUNT_UNIT}`;

/**
 * A floor, not a count: "1000+ pcs", "at least 2000 units", "5,000 pcs or
 * more", "3000个以上", "mindestens 500 Stück". The supplier meets it with any
 * number above, so a short shipment of what the buyer meant cannot be shown.
 */
const AT_LEAST_BEFORE = latinWords([
  'at least',
  'min(?:imum|\\.)?(?: of)?',
  'more than',
  'over',
  'above',
  'upwards of',
  'no less than',
  'not less than',
  'al menos',
  'más de',
  'mínimo(?: de)?',
  'au moins',
  'plus de',
  'minimum',
  'mindestens',
  'mehr als',
  'über',
  'pelo menos',
  'mais de',
  'no mínimo',
  'almeno',
  'più di',
  'oltre',
  'minimo',
]);
const AT_LEAST_AFTER = anyOf(
  latinWords([
    'or more',
    'min(?:imum|\\.)?',
    'mínimo',
    'minimo',
    'and (?:more|above|up)',
    'or above',
    'o más',
    'ou plus',
    'oder mehr',
    'ou mais',
    'o più',
  ]),
  cjk(['以上', '起']),
);
const OPEN_ENDED = anyOf(
  `${AT_LEAST_BEFORE}\\s{0,3}${COUNT}`,
  `${COUNT}\\s{0,3}${AT_LEAST_AFTER}`,
  // "1000+ pcs", "500+ sets": the plus sign between the number and its unit (or at the end of a count).
  `${NUMBER}\\s{0,2}\\+(?!\\s{0,2}\\d)\\s{0,3}${COUNT_UNIT}`,
  // "2,000 pcs + UK (BS 1363) 1,000 pcs", "400 black + 400 white": a plus with another count after it adds, it
  // does not open the count.
  // "1000 pcs +/- 5%" is an allowance, not a plus.
  `${COUNT}\\s{0,2}\\+(?!\\s{0,2}\\d|\\s{0,2}\\/?\\s{0,2}-)(?![^;；\\n]{0,60}?${COUNT})`,
);
/**
 * A range written out in words: "between 500 and 800", "entre 300 y 500",
 * "zwischen 800 und 1.200", "from 500 to 1,000", "da 500 a 1.000".
 */
const WORD_RANGE = latinWords([
  `(?:between|entre|zwischen|tra|fra)\\s{1,3}${NUMBER}\\s{1,3}(?:and|et|y|e|und)\\s{1,3}${NUMBER}`,
  `(?:from|de|da|von)\\s{1,3}${NUMBER}\\s{1,3}(?:to|a|à|bis|até)\\s{1,3}${NUMBER}`,
]);
/** The MOQ word, then (a colon, "is", "of") a range of counts: "MOQ: 500-1000 pcs", "起订量：500-1000个". */
const MOQ_RANGE = `(?<=(?:${MOQ})\\s{0,3}(?:[:：=]|is|of|ist|est|es|é|è)?\\s{0,3})(?:${WORD_RANGE}\\s{0,3}${COUNT_UNIT}|${NUMBER}${RANGE_SEP}${COUNT})`;
const ESTIMATE = anyOf(
  // "±1000 pcs": a plus-or-minus before a count is an estimate of it.
  `±\\s{0,2}${COUNT}`,
  `${WORD_RANGE}\\s{0,3}(?:k\\s{0,2})?${COUNT_UNIT}`,
  `${APPROX_BEFORE}\\s{0,3}${COUNT}`,
  // Words only: "5,000 pcs ±3%" is an allowance with its figure, not an estimate.
  `${COUNT}\\s{0,3}[,，]?\\s{0,3}${APPROX_AFTER_WORDS}`,
  `${NUMBER}${RANGE_SEP}${COUNT}`,
);
/** "USD 2.50/pc for 1000+ pcs", "100+ pieces $2.50": a price break, whose floor is the condition of the price. */
const PRICE = String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|[$€£¥])\s{0,2}\d|\d(?:[.,]\d{1,4})?\s{0,2}(?:USD|EUR|RMB|CNY|€|\$)|/\s{0,2}(?:pc|pcs|piece|unit|set)\b`;

/** A price amount: "USD 2.10", "$4.20", "1,80 €", "0.45美元". */
const PRICE_AMOUNT = String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|[$€£¥])\s{0,2}\d|\d(?:[.,]\d{1,4})?\s{0,2}(?:USD|EUR|RMB|CNY|€|\$|美元|元)`;
const RANGE_FORM = anyOf(WORD_RANGE, `${NUMBER}${RANGE_SEP}${NUMBER}`);
/** Words that make a range the order itself: "Order 2,000-3,000 pcs at USD 1.20" stays an estimate. */
const ORDER_WORD = anyOf(
  latinWords([
    'order(?:ing)?',
    'need',
    'buy',
    'pedido',
    'pedir',
    'commande[rz]?',
    'Bestellung',
    'bestellen',
    'encomenda',
    'ordine',
    'ordinare',
  ]),
  cjk(['订购', '下单', '订单', '采购']),
);

/**
 * "Price: USD 2.10/pc for 1,000 to 4,999 pcs", "单价：USD 0.45/个，1000-4999个",
 * "500-999 pcs $4.20": the range is the band a price applies to, a quotation
 * term, not the count ordered. Read so only outside a quantity clause, when a
 * price stands before the range on the line (or right after it) and no word
 * makes the range the order.
 */
function isPriceTier(line: string, clause: Clause, m: { text: string; start: number; end: number }): boolean {
  if (clause.attribute === 'quantity' || !test(RANGE_FORM, m.text)) return false;
  const at = clause.start + m.start;
  const { order, price } = firstEnds(line);
  if (order <= at) return false;
  const after = clause.text.slice(m.end, m.end + 16);
  return price <= at || new RegExp(`^\\s{0,3}[:：=]?\\s{0,3}(?:${PRICE_AMOUNT})`, 'u').test(after);
}

/**
 * Where the line's first order word and first price end: "is there one before this range" is then a
 * comparison. (Searching the line up to each range again made a quotation pasted as one long line —
 * thousands of tiers — take seconds.) The last line is remembered: its clauses and ranges ask in turn.
 */
let lastLine: { line: string; order: number; price: number } | undefined;
function firstEnds(line: string): { order: number; price: number } {
  if (lastLine?.line !== line) {
    const firstEnd = (source: string) =>
      findAll(source, line).reduce((end, hit) => Math.min(end, hit.end), Number.POSITIVE_INFINITY);
    lastLine = { line, order: firstEnd(ORDER_WORD), price: firstEnd(PRICE_AMOUNT) };
  }
  return lastLine;
}

/**
 * Shipping units counted instead of goods: "1 pallet", "3 cartons", "2 托".
 * Only a count per unit ("480 pcs per pallet") turns them into a number of pieces.
 */
const SHIPPING_UNITS = anyOf(
  latinWords([
    `(?:${NUMBER}|one|a|two|three|four|five|half a) (?:full )?(?:pallets?|cartons?|ctns?|cases|crates?|boxes|bales|truck ?loads?|trucks?|skids?|lots?)`,
    `${NUMBER} (?:palés?|palets?|cajas|palettes?|cartons|Paletten?|Kartons?|paletes?|caixas|bancali|pallet|cartoni|scatole)`,
  ]),
  cjk(['\\d{1,4}\\s{0,2}[个]?托(?!盘)', '\\d{1,4}\\s{0,2}托盘']),
);
const SHIPPING_UNIT_WORD =
  '(?:pallets?|cartons?|ctns?|cases?|crates?|box(?:es)?|bales?|palés?|cajas?|palettes?|Paletten?|Kartons?|caixas?|bancal[ei]|cartoni?|scatol[ae]|托|箱)';
const PER_SHIPPING_UNIT_BY = `${COUNT}\\s{0,3}(?:/|per|each|a|in each|pro|par|por|per ogni|每)\\s{0,3}(?:[\\p{L}-]{1,12}\\s{1,3})?(?:pallets?|cartons?|ctns?|cases?|crates?|box(?:es)?|bales?|palés?|cajas?|palettes?|Paletten?|Kartons?|caixas?|bancal[ei]|cartone|scatola|托|箱)`;
/** "480 pcs per pallet", "200 cartons × 12 pcs", "12 pcs x 200 cartons". */
const PER_SHIPPING_UNIT = anyOf(
  PER_SHIPPING_UNIT_BY,
  `${NUMBER}\\s{0,3}${SHIPPING_UNIT_WORD}\\s{0,3}(?:[x×*]|of|with|containing|à|de|mit|com|da|di)\\s{0,3}${COUNT}`,
  `${COUNT}\\s{0,3}[x×*]\\s{0,3}${NUMBER}\\s{0,3}${SHIPPING_UNIT_WORD}`,
  // "4.800 latas (400 cajas x 12)": cartons times a bare number is the filling of each, not a size.
  `${NUMBER}\\s{0,3}${SHIPPING_UNIT_WORD}\\s{0,3}[x×*]\\s{0,3}\\d{1,5}(?![\\d.,]|\\s{0,2}(?:${LENGTH_UNIT}|${WEIGHT_UNIT}))`,
);
/** A shipping container in the languages read: the goods' count is whatever fits. */
const CONTAINER_WORD =
  '(?:containers?|contenedor(?:es)?|conteneurs?|cont[êe]iner(?:es)?|contentor(?:es)?|Container)';
/** "1x40HQ", "20GP", "40'", "20 pies", "40 Fuß": a container named by its size. */
const CONTAINER_SIZE = String.raw`(?<![\p{L}\d])(?:\d{1,2}\s{0,2}[x×*]\s{0,2})?(?:20|40|45)\s{0,2}(?:['’]?\s{0,2}(?:HQ|HC|GP|DV|RF|OT|ft|feet|foot|Fuß|pies|pieds|pés|piedi)|['’])(?![\p{L}\d])`;
/**
 * Outside a quantity label, a container is the amount of goods only when it is
 * counted ("half a container now", "Order: 1x40HQ") and the line gives no
 * piece count and talks of no freight or price (where containers are the
 * shipment, not the order).
 */
const CONTAINER_AMOUNT = anyOf(
  latinWords([
    // "shipped in a container", "per container" name the transport, not the amount.
    `(?<!\\b(?:in|by|into|per|via|the|each|every|same|one)\\s)(?:half a|a|one|two|three|\\d{1,2}) (?:full )?(?:(?:20|40|45) ?(?:ft|'|HQ|HC|GP) )?${CONTAINER_WORD}(?: load)?`,
  ]),
  String.raw`(?<![\p{L}\d])\d{1,2}\s{0,2}[x×*]\s{0,2}(?:20|40|45)\s{0,2}['’]?\s{0,2}(?:HQ|HC|GP|DV)(?![\p{L}\d])`,
  // "one 40HQ", "a 20GP": the container's size stands for the word.
  latinWords([`(?:half a|a|one|two|three|\\d{1,2}) (?:full )?(?:20|40|45) ?['’]? ?(?:HQ|HC|GP|DV)`]),
);
const CONTAINER_IS_SHIPMENT = latinWords([
  // "CIF Valencia (Incoterms 2020), 1 x 40' HQ, B/L date…": on a line of shipping terms the container is the shipment's.
  'Incoterms?(?: 20(?:10|20))?',
  '(?:FOB|CIF|CFR|CIP|CPT|DAP|DDP|DPU|FCA|EXW) [A-Z][a-z]+',
  'B/L',
  'per (?:20|40|45)?\\s?(?:ft|HQ|GP)?\\s?container',
  'freight',
  'price',
  'quot(?:e|ation)',
  'rate',
  'loading capacity',
  'can load',
  'fits?',
  'cost',
]);
/** A refusal around "approximate quantity": "no approximate quantity", "approximate quantities not accepted". */
const NOT_BEFORE =
  '(?<!(?:no|not|never|without|sin|ninguna|ni|pas de|aucune|sans|keine|ohne|sem|nenhuma|senza|nessuna) )';
const NOT_AFTER =
  '(?! (?:(?:is|are|será|serán|sera|seront|wird|werden|será|sono|è) )?(?:not|no|non|nicht|pas|não) (?:accepted|allowed|aceptad[oa]s?|acceptée?s?|akzeptiert|aceit[oa]s?|accettat[oa]|permitid[oa]s?))';
/**
 * Amounts nobody can count, in any clause: "as many as you can make",
 * "a few thousand", an over/short band ("3% over or short", "overs/unders up
 * to 10%", "溢短装") and a ratio of three or more parts ("size curve
 * 1:2:3:3:2:1") that leaves each variant's count to arithmetic.
 */
const UNCOUNTED = latinWords([
  'as many as (?:possible|you can(?: make| produce| do)?)',
  'as much as (?:possible|you can)',
  '(?:a couple(?: of)?|a few|several) (?:hundred|thousand)',
  // "deliver the approximate quantity ordered", "la cantidad aproximada", "cantitatea aproximativă": the count itself
  // called approximate, with no figure the delivery is held to.
  // "no approximate quantity accepted", "sin cantidad aproximada": refused, the approximate count binds the exact one.
  `${NOT_BEFORE}(?:the )?approximate (?:quantity|amount|number of (?:pieces|units))${NOT_AFTER}`,
  `${NOT_BEFORE}cantidad(?:es)? aproximadas?${NOT_AFTER}`,
  `${NOT_BEFORE}quantités? approximatives?${NOT_AFTER}`,
  `${NOT_BEFORE}quantidades? aproximadas?${NOT_AFTER}`,
  `${NOT_BEFORE}quantità approssimativ[ae]${NOT_AFTER}`,
  'cantitate(?:a)? aproximativă',
  `${NOT_BEFORE}ungefähre[n]? (?:Menge|Stückzahl)${NOT_AFTER}`,
  '(?:przybliżon\\p{L}{1,3} ilość|ilość przybliżon\\p{L}{1,3})',
]);
/**
 * A count the buyer calls provisional ("Estimated quantity: 5,000 pcs",
 * "5,000 pcs forecast, final PO to follow") binds nobody; nor does a ceiling
 * ("up to 3,000 pcs", "max 2,000", "1,000 pcs or less"): any smaller delivery
 * meets it. Read in quantity clauses only ("capacity up to 5,000 pcs a day" is
 * not the order).
 */
const PROVISIONAL = anyOf(
  latinWords([
    'estimat(?:ed|ion)',
    'est\\.',
    'forecast(?:ed)?',
    'tentative',
    'provisional',
    'indicative',
    'projected',
    'expected',
    'estimad[ao]',
    'estimée?',
    'prévisionnelle',
    'geschätzte?',
    'voraussichtlich',
    'previst[ao]',
    'stimat[ao]',
  ]),
  cjk(['预计', '预估', '暂定']),
);
const PER_PACKAGE_LABEL = anyOf(
  latinWords([`(?:per|each|a|in each|/)\\s{0,2}${SHIPPING_UNIT_WORD}`, 'per (?:bag|polybag|inner|master)']),
  cjk(['每箱', '每托', '每袋', '每盒']),
);
// The ceiling must end the count: "max 50 pcs per carton", "up to 3 logo positions" bound something else.
const CEILING_END = String.raw`(?=\s{0,3}(?:$|[,;.)）]|in total|total))`;
const AT_MOST = anyOf(
  latinWords([
    `(?:up to|max(?:imum|\\.)?(?: of)?|no more than|not more than|at most|hasta|jusqu[’']à|au maximum|bis zu|höchstens|até|no máximo|fino a|al massimo|massimo)\\s{1,3}${NUMBER}(?:\\s{0,2}k)?(?:\\s{0,3}${COUNT_UNIT})?${CEILING_END}`,
    `${NUMBER}\\s{0,3}(?:k\\s{0,2})?(?:${COUNT_UNIT}\\s{0,3})?(?:or less|or fewer|max(?:imum|\\.)?|maximum|o menos|ou moins|oder weniger|ou menos|o meno)${CEILING_END}`,
  ]),
  // Not "每箱50个以内" (a limit per carton).
  cjk([`(?<!每\\S{0,2})${NUMBER}\\s{0,2}(?:个|件|只|套|pcs)?以[内下]`, `最多\\s{0,2}${NUMBER}`]),
);
/** An over/short band: the quantity rule reads whatever leaves it open ("…at the factory's discretion"). */
export const OVER_SHORT = anyOf(
  latinWords([
    'overs?\\s{0,2}(?:/|or|and|&)\\s{0,2}(?:unders?|shorts?)',
    '(?:short|under)\\s{0,2}(?:/|or|and)\\s{0,2}over',
    '(?:over|short)[- ]shipments?',
    '(?:more|plus) or (?:less|minus)',
  ]),
  cjk(['溢短装', '溢短']),
);
const RATIO = anyOf(
  // No part starts with 0: "10:30:00" is a time.
  String.raw`(?<![\d:.,])[1-9]\d?(?:\s{0,1}:\s{0,1}[1-9]\d?){2,}(?![\d:])`,
  latinWords(['size (?:curve|ratio|split)', 'colou?r (?:ratio|split)']),
);

/**
 * A shipping unit or container with the pieces it holds written beside it:
 * "1 pallet (480 pcs)", "1 x 20GP = 12,000 pcs". The count is the order's.
 */
const UNIT_WITH_COUNT = `[=(（]\\s{0,3}${COUNT}(?!\\s{0,3}(?:per|each|/|x|×))`;

/**
 * "20 pallets of 48 cartons each", "18 pallets x 40 ctns": shipping units counted into shipping units. With the
 * cartons counted, filling the container is how they are loaded, not the amount.
 */
// The count opens where a number does (not after a digit, dot or comma): started at every digit of "1.1.1.…", the
// `[\d,.]*` run re-read the rest of the line each time, quadratic on a long dotted run.
const NESTED_COUNT = latinWords([
  '(?<![\\d.,])\\d[\\d,.]*\\s{0,2}(?:pallets?|plts?|cartons?|ctns?|boxes|cases|crates|bales)\\s{0,3}(?:of|x|×|with|@)\\s{0,3}\\d[\\d,.]*\\s{0,2}(?:cartons?|ctns?|boxes|cases|pcs|pieces|units|sets|pairs)',
]);
const CONTAINER_OR_UNIT = anyOf(CONTAINER_SIZE, latinWords([CONTAINER_WORD, 'FCL']));

/** Inside a quantity-labelled clause these are vague even without a count unit. */
const LABELLED_VAGUE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}`,
  `${AT_LEAST_BEFORE}\\s{0,3}${NUMBER}`,
  `${NUMBER}\\s{0,2}k?\\s{0,2}\\+(?!\\s{0,2}\\d|\\s{0,2}\\/?\\s{0,2}-)`,
  `${NUMBER}\\s{0,3}${AT_LEAST_AFTER}`,
  // "10k-20k": thousands written with k on both ends.
  `${NUMBER}\\s{0,2}k?${RANGE_SEP}${NUMBER}(?:\\s{0,2}k\\b)?`,
  latinWords([
    'more or less',
    'a few(?: hundred| thousand)?',
    'several',
    'as many as (?:possible|you can(?: make)?)',
    'a lot',
  ]),
  WORD_RANGE,
  latinWords([
    `(?:one |1 |a |un |une |uno |um )?(?:full )?(?:\\d{1,3} ?(?:ft|HQ|GP) )?${CONTAINER_WORD}(?: load)?(?:\\s{1,3}(?:de |da |di |of )?(?:20|40|45)\\s?(?:ft|feet|pieds|pés|piedi|pies|Fuß|HQ|GP))?`,
    'FCL',
  ]),
  CONTAINER_SIZE,
  // "多退少补": the supplier ships what comes off the line and settles the difference in money.
  cjk(['一个?\\d*尺?柜', '整柜', '可多可少', '多退少补']),
  UNDECIDED,
  // A split by ratio leaves each variant's count to arithmetic and rounding.
  latinWords(['ratio', 'proportion', 'proporción', 'Verhältnis']),
);
/**
 * "Spare parts: a reasonable quantity of wear parts", "Étiquettes tissées :
 * quantité selon besoin": the amount is named and left to judgement, under
 * whatever label — the clause's own words say it is its quantity.
 */
export const AMOUNT_UNSTATED = anyOf(
  latinWords([
    '(?:a |an )?(?:reasonable|sufficient|suitable|appropriate|adequate|proper|certain) (?:quantity|amount|number) of',
    '(?:quantity|qty|quantité|cantidad|quantidade|Menge|quantità)\\s{0,3}:?\\s{0,3}(?:as (?:needed|required)|on demand|selon (?:les )?besoins?|suivant (?:les )?besoins?|según (?:necesidad|necesidades)|conforme (?:a )?necessidade|nach Bedarf|secondo (?:necessità|bisogno|le esigenze))',
  ]),
  cjk(['数量(?:按需|酌情|适量)', '若干']),
);
/**
 * "load as many pcs as possible in 40HQ", "max loading", "fill up the container", 能装多少装多少: the count is
 * whatever fits, which the supplier's stowage decides. Read only on a line that counts no pieces: "2 x 40HQ,
 * 1,150 pcs each (max loading)" states its count.
 */
const AMOUNT_BY_FIT = anyOf(
  latinWords([
    'as many (?:\\p{L}+ )?as (?:possible|(?:can|will) fit|(?:it|the container) (?:can )?(?:holds?|takes?))',
    // "as many as fit in one 40HQ", "as much as the truck can take": whatever the vehicle holds.
    // A bare "as many as fit" (labels per roll) is how a package is filled, the packing rule's to read.
    'as (?:many|much) (?:\\p{L}+ )?as (?:(?:the|a|one|our|your) )?(?:[\\p{L}\\d]+ ){1,2}?(?:can |will |could )?(?:fits?|takes?|holds?|loads?)',
    'as (?:many|much) (?:\\p{L}+ )?as (?:(?:can|will|could) )?fits? (?:in|into) (?:(?:the|a|one) )?[\\p{L}\\d]+',
    // Not "at full load" or "max load 150 kg": a test condition and a rated load are no order quantity.
    'max(?:imum)? loading(?: quantity| qty)?(?!\\s{0,3}[:：=]?\\s{0,3}\\d)',
    '(?:fill|load) (?:up )?(?:the )?(?:whole |full )?container(?: fully| to the max(?:imum)?)?',
    '(?:tant(?:as|os)|cuant(?:as|os)) (?:piezas |unidades )?(?:como (?:sea posible|quepan)|quepan)',
    'lo máximo (?:posible|que quepa)',
    '(?:o máximo|quant[oa]s? (?:peças |unidades )?(?:couber(?:em)?|for possível))(?: possível)?',
    'autant (?:de pièces )?que possible',
    'le maximum (?:possible|de pièces)',
    'so viele (?:Stück |Teile )?wie möglich',
    'mümkün olduğunca (?:çok|fazla)',
    'sığdığı kadar',
    'càng nhiều càng tốt',
  ]),
  scriptWords(['максимальн(?:ая|ой|ую) загрузк[аиу]', 'сколько (?:влезет|поместится|войд[её]т)']),
  cjk(['尽量(?:多装|装满)', '能装多少(?:装多少|就装多少)', '装满为止', '满柜(?:装)?']),
);
/** One total over several colours/sizes: the count per SKU is missing. */
const MIXED = anyOf(
  latinWords([
    '(?:assorted|mixed|various|random) (?:colou?rs?|sizes?|styles?|models?|designs?)',
    'total(?:ly)?',
    'mixed',
    'assorted',
    '\\d{1,3} (?:colou?rs|sizes|styles|designs|models)',
  ]),
  cjk(['混色', '混装', '混款', '各色', '共']),
);
const PER_SKU = anyOf(
  // "2 colours x 1,000", "1,000 pcs x 4 colours": one count for every variant.
  `\\d{1,3} (?:colou?rs|sizes|styles|designs|models|SKUs)\\s{0,2}[x×*]\\s{0,2}${NUMBER}`,
  `${NUMBER}\\s{0,3}(?:${COUNT_UNIT})?\\s{0,2}[x×*]\\s{0,2}\\d{1,3} (?:colou?rs|sizes|styles|designs|models|SKUs)`,
  latinWords([
    'each',
    'per (?:SKU|item|colou?r|size|model|design|style|variant|reference)',
    'of SKU',
    'par référence',
    'je Artikel',
    'por SKU',
  ]),
  cjk(['每款', '每个', '每种', '每色']),
);

/**
 * Goods the trade counts in more than one unit: gloves and socks by the piece, the pair or the box of 100; screws
 * and cable ties by the piece or the bag; tape and fabric by the roll or the metre. A bare "Quantity: 2000" for
 * them can be read as any of those, a factor of 2 or 100 apart.
 */
const SOLD_IN_SEVERAL_UNITS = anyOf(
  latinWords([
    'gloves?',
    'socks?',
    'shoes?',
    'sneakers?',
    'slippers?',
    'earrings?',
    'chopsticks?',
    'insoles?',
    'shoelaces?',
    '(?:face )?masks?',
    'screws?',
    'bolts?',
    'nuts?',
    'washers?',
    'nails?',
    'rivets?',
    'cable ties?',
    'zip ties?',
    'tissues?',
    'napkins?',
    'wipes?',
    'tapes?',
    'ribbons?',
    'fabrics?',
    'labels?',
    'stickers?',
    'batteries',
    'guantes?',
    'calcetines',
    'gants?',
    'chaussettes?',
    'Handschuhe?',
    'Socken',
    'luvas?',
    'meias?',
    'guanti',
    'calzini',
  ]),
  cjk([
    '手套',
    '袜子?',
    '鞋',
    '口罩',
    '螺丝',
    '螺钉',
    '扎带',
    '胶带',
    '面料',
    '布料',
    '纸巾',
    '湿巾',
    '筷子',
  ]),
);
/**
 * "letters min. 10 mm high", "at least 2 mm thick": a floor on a measure, which its unit makes checkable, not a
 * floor on the count — even in a clause a quantity word starts ("qty per size …, letters min. 10 mm high").
 */
const MEASURE_UNIT_NEXT = `^\\s{0,3}(?:${LENGTH_UNIT}|${WEIGHT_UNIT}|%|°|ml|l|mAh|V|W|A|h|min|s|N|kgf|gsm|g/m²)(?![\\p{L}\\d])`;
function measureFloor(text: string, m: { end: number; text: string }): boolean {
  return test(AT_LEAST_BEFORE, m.text) && test(MEASURE_UNIT_NEXT, text.slice(m.end, m.end + 10));
}
/** The delivered count billed as it is: a billing term beside an allowance, not a count left open. */
const INVOICED = latinWords([
  'invoiced',
  'billed',
  'factur(?:ée?s?|ad[ao]s?)',
  'faturad[ao]s?',
  'berechnet',
  'fatturat[ao]',
]);
/** A count with nothing after it: "2000", "2,000", "12 000". */
const BARE_COUNT = /^\d{1,3}(?:[,.' \u00a0]\d{3})*$|^\d{1,9}$/u;
const WHY_NO_UNIT = msg('spec.why.quantityNoUnit');

function quantityFix(seen: string): Msg {
  const n = new RegExp(`(${NUMBER})\\s{0,3}(k)?`, 'iu').exec(seen);
  const count = n?.[1] ? `${n[1]}${n[2] ?? ''}` : '1,000';
  return msg('spec.fix.quantity', { count });
}

const WHY_ESTIMATE = msg('spec.why.quantityEstimate');
const WHY_FLOOR = msg('spec.why.quantityFloor');
const WHY_UNITS = msg('spec.why.quantityUnits');
const WHY_TOTAL = msg('spec.why.quantityTotal');

/**
 * "colors grey/beige/green, total 6000pcs", "3 colours, total 6,000 pcs", "1m / 1.5m / 2m mixed, total 3,000 pcs":
 * a total written after the variants in a line that never counts each of them, whatever the clause's label.
 */
const TOTAL_WORD = latinWords([
  'total(?:ly)?',
  'in total',
  'en total',
  'au total',
  'insgesamt',
  'gesamt',
  'totale',
  'no total',
  'toplam',
]);
const TOTAL_COUNT = anyOf(
  `${TOTAL_WORD}\\s{0,3}[:：]?\\s{0,3}${NUMBER}\\s{0,3}(?:k\\s{0,2})?(?:${COUNT_UNIT})?`,
  // "2,400 pcs in total", "900 uds en total".
  `${NUMBER}\\s{0,3}(?:k\\s{0,2})?${COUNT_UNIT}\\s{0,3}${TOTAL_WORD}`,
);
const VARIANT_LIST = anyOf(
  `${COLOR_NAME}\\s{0,2}[/,、]\\s{0,2}${COLOR_NAME}`,
  latinWords([
    '\\d{1,2} (?:colou?rs|sizes|styles|designs|models|colores|tallas|couleurs|tailles|Farben|Größen|cores|tamanhos|colori|taglie)',
  ]),
  `${NUMBER}\\s{0,2}${LENGTH_UNIT}\\s{0,2}/\\s{0,2}${NUMBER}\\s{0,2}${LENGTH_UNIT}`,
  // "Plug type: US/EU/UK/AU available, 4,000 pcs total": plug standards are variants like colours.
  `${PLUG_CODE}\\s{0,2}/\\s{0,2}${PLUG_CODE}`,
);

/** "1 m", "2 m": lengths, which the breakdown reader would otherwise take for size M counted once or twice. */
const LENGTH_MEASURE = `${NUMBER}\\s{0,2}${LENGTH_UNIT}`;

function totalOverVariants(clause: Clause, line: string): VagueHit[] {
  // The clause is read first: the whole line is re-read only where a total stands (no per-clause line scans).
  const totals = findAll(TOTAL_COUNT, clause.text);
  if (totals.length === 0 || !test(VARIANT_LIST, line) || test(PER_SKU, line)) return [];
  if (breakdownIn(line.replace(new RegExp(LENGTH_MEASURE, 'giu'), (m) => ' '.repeat(m.length)))) return [];
  return totals
    .filter((m) => test(VARIANT_LIST, line.slice(0, clause.start + m.start)))
    .map((m) => ({ ...m, why: WHY_TOTAL, fix: quantityFix(m.text) }));
}

/** A line about the marks printed on cartons: "Shipping marks on two sides: …", "Marcação das caixas: …". */
const MARKS_LINE =
  /\b(?:(?:shipping|side|main|carton|case) marks?|marks on|marcas?|marca[cç](?:[aã]o|[oõ]es)|marquage|Markierung|Kennzeichnung)\b|唛头/iu;
/** "/ctn", "per carton", "por caixa": the count's field on a mark, named and left for each carton's figure. */
const PER_CARTON_FIELD =
  /^\s{0,2}(?:\/|per|por|par|pro|je|每)\s{0,2}(?:ctns?|cartons?|cases?|box|caixas?|cajas?|colis|Karton|箱)\s{0,2}(?:$|[,;.]|(?:and|e|y|et|und)\s)/iu;
/**
 * "qty/ctn, G.W./N.W. kg, C/No. x of y": on a shipping-mark line the words name the fields each carton will be
 * marked with; the quantity field promises nothing vague, as an empty cell on a packing list does not.
 */
function markField(value: string, line: string): boolean {
  return PER_CARTON_FIELD.test(value) && MARKS_LINE.test(line);
}

/** Numbers inside codes ("Pantone 19-4024 TCX", "DWG-1042") are not counts. Looked for only once a hit needs it. */
function insideCodes(text: string): (hit: { start: number; end: number }) => boolean {
  let codes: { start: number; end: number }[] | undefined;
  return (hit) => {
    // Numbers inside a date ("2027-05-01") are not a range of pieces either.
    // A standard's number and part ("tolerance to ISO 4759-1") is a code too.
    codes ??= [
      ...colorCodesIn(text),
      ...findAll(DESIGN_FILE, text),
      ...findAll(EXACT_DATE, text),
      ...namedStandardSpans(text),
    ];
    return codes.some((c) => c.start < hit.end && hit.start < c.end);
  };
}

/** An estimate that ends in a two-sided allowance word, which a percentage after it makes a band. */
const ALLOWANCE_WORD_LAST =
  /(?:more or less|plus or minus|give or take|más o menos|plus ou moins|mehr oder weniger|mais ou menos|più o meno)\s{0,2}$/iu;

export const quantityDetector: AttributeDetector = {
  attribute: 'quantity',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const inCode = insideCodes(text);
    const labelled = clause.attribute === 'quantity';
    const searchable =
      clause.attribute && !labelled ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart) : text;
    // "MOQ: 50 pcs per style, 3-5 pcs sample order per style", "起订量：每款300件，样品2-3件": a line of
    // sales terms, not the order's count — unless a clause of its own is labelled as the quantity ordered.
    const termsLine = test(MOQ_LINE, line) && (!labelled || test(MOQ, text.slice(0, clause.valueStart)));
    // "MOQ: 500-1000 pcs", "Mindestmenge 500 bis 1000 Stück": a floor given as a range is no floor; which end binds
    // is the supplier's to choose. Only the range the MOQ word itself governs, with no price on the clause (a
    // price break "MOQ 500-999 pcs USD 4.20" is a tier, not a floor).
    // "MOQ: negotiable", "起订量：面议": the floor's field answered with no figure at all (open-floor.ts).
    const floorRange = test(PRICE, text) ? [] : [...findAll(MOQ_RANGE, text), ...floorLeftOpen(text, line)];
    if (floorRange.length > 0)
      return floorRange.map((m) =>
        vagueFinding('quantity', clause, { ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) }),
      );
    if (termsLine && labelled) return [];
    const hits: VagueHit[] = findAll(ESTIMATE, searchable)
      .filter(
        (m) =>
          !termsLine &&
          !inCode(m) &&
          !isPriceTier(line, clause, m) &&
          !allowanceOnACount(searchable, m) &&
          // "capacity approx. 2000 pcs/day": how fast the factory makes them, not how many are ordered.
          !productionRate(searchable, m) &&
          // "16-20 pcs per lb", "14-18 حبة لكل 500 غرام": a count per weight is a size grade (count-grade.ts).
          !countPerWeight(searchable, m.end) &&
          // "12,000 pcs, +/-3% (11,640-12,360 pcs)": the allowance written out as counts (allowance-spelt-out.ts).
          !spellsOutAllowance(line, m.text) &&
          // "approx. 2,400 pcs …; the exact quantity is 2,400 pcs": the same count stated as exact binds.
          !restatedExactly(line, m.text) &&
          // "approx. 3,600 pcs, exact count per packing list PL-5521": the numbered record holds the count.
          !exactCountOnRecord(line) &&
          // "2,000 pcs, more or less 3% at seller's option": the allowance word is given its percentage.
          !(ALLOWANCE_WORD_LAST.test(m.text) && withItsFigure(searchable, m)) &&
          // "about 4,400 cartons, 5% more or less allowed": the estimate's own figured band (quantity-allowance.ts).
          !estimateWithItsAllowance(searchable, m),
      )
      .map((m) => ({
        ...m,
        why: WHY_ESTIMATE,
        fix: quantityFix(m.text),
      }));
    // An MOQ or a price break states a floor on purpose; it is not the order quantity.
    const floorIsACondition = test(MOQ, text) || test(PRICE, text);
    // "Lead time: … more than 100 sets in 2 weeks" is a tier of another attribute, not the order quantity.
    if (!floorIsACondition && (labelled || clause.attribute === undefined)) {
      for (const m of findAll(OPEN_ENDED, searchable))
        if (!inCode(m)) hits.push({ ...m, why: WHY_FLOOR, fix: quantityFix(m.text) });
    }
    if (labelled || clause.attribute === undefined) {
      for (const m of findAll(UNCOUNTED, searchable))
        hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
      // "over/short shipment accepted" with no figure leaves the band to the supplier; with one it is precise.
      if (!test(ALLOWANCE_FIGURE, text))
        for (const m of findAll(OVER_SHORT, searchable))
          if (!refused(searchable, m)) hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
    }
    if (!termsLine)
      for (const m of findAll(AMOUNT_UNSTATED, text))
        if (m.end > clause.valueStart) hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
    if (!termsLine && !test(COUNT, line) && !test(NESTED_COUNT, line))
      for (const m of findAll(AMOUNT_BY_FIT, text))
        if (m.end > clause.valueStart) hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
    // A ratio splits the line's total whatever label its clause has ("…, size curve 1:2:3:3:2:1").
    if (test(COUNT, line))
      for (const m of findAll(RATIO, searchable))
        if (!inCode(m)) hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
    if (
      clause.attribute === undefined &&
      !test(COUNT, line) &&
      !test(NESTED_COUNT, line) &&
      !test(CONTAINER_IS_SHIPMENT, line)
    ) {
      for (const m of findAll(CONTAINER_AMOUNT, text))
        hits.push({ ...m, why: WHY_UNITS, fix: quantityFix('') });
    }
    if (labelled) {
      // "480 pcs (1 pallet)", "5,000 pcs (5 cartons of 1,000)": with the pieces counted, cartons and pallets are packing.
      const unitCounted = test(UNIT_WITH_COUNT, text) || test(COUNT, text.slice(clause.valueStart));
      for (const m of findAll(LABELLED_VAGUE, text)) {
        if (
          m.start >= clause.valueStart &&
          !withItsFigure(text, m) &&
          !measureFloor(text, m) &&
          !spellsOutAllowance(line, m.text) &&
          // "approx. 2,400 pcs …; the exact quantity is 2,400 pcs": the same count stated as exact binds.
          !restatedExactly(line, m.text) &&
          // "approx. 3,600 pcs, exact count per packing list PL-5521": the numbered record holds the count.
          !exactCountOnRecord(line) &&
          !estimateWithItsAllowance(text, m) &&
          !(unitCounted && test(CONTAINER_OR_UNIT, m.text)) &&
          !inCode(m) &&
          !(floorIsACondition && test(AT_LEAST_BEFORE, m.text))
        ) {
          // A container is a shipping unit: its size ("1x40HQ") is no count to suggest.
          const container = test(CONTAINER_OR_UNIT, m.text);
          hits.push({
            ...m,
            why: container ? WHY_UNITS : WHY_ESTIMATE,
            fix: quantityFix(container ? '' : m.text),
          });
        }
      }
      // "Quantity per pallet: 40 cartons", "每托数量：40箱": cartons counted into a pallet are how it is packed.
      const perPackage = test(PER_PACKAGE_LABEL, text.slice(0, clause.valueStart));
      if (!test(PER_SHIPPING_UNIT, text) && !unitCounted && !perPackage) {
        for (const m of findAll(SHIPPING_UNITS, text))
          if (m.start >= clause.valueStart && !shippingUnitsWithTheirAllowance(text, m))
            hits.push({ ...m, why: WHY_UNITS, fix: quantityFix(m.text) });
      }
      // Provisional only where it qualifies the count: in the label, before the number, or closing it ("5,000 pcs (estimated)").
      for (const m of findAll(PROVISIONAL, text)) {
        const inLabel = m.start < clause.valueStart;
        const beforeCount = /^\s{0,3}\d/u.test(text.slice(m.end, m.end + 4));
        const closesCount =
          /[\d\p{L}][\s(（,]{0,3}$/u.test(text.slice(clause.valueStart, m.start)) &&
          /^\s{0,2}(?:$|[,;.)）])/u.test(text.slice(m.end, m.end + 3));
        if (inLabel || beforeCount || closesCount)
          hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(text) });
      }
      // "Quantity per carton: up to 50 pcs" limits a carton's filling, which is packing.
      for (const m of findAll(AT_MOST, text))
        if (m.start >= clause.valueStart && !inCode(m) && !perPackage)
          hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
      const range = valueRange(clause);
      if (range && hits.length === 0) {
        const value = text.slice(range.start, range.end);
        // "Nitrile gloves, quantity: 2000": pieces, pairs or boxes of 100?
        if (!perPackage && BARE_COUNT.test(value) && test(SOLD_IN_SEVERAL_UNITS, line))
          hits.push({ ...range, why: WHY_NO_UNIT, fix: msg('spec.fix.quantityUnit', { count: value }) });
        // "Quantité par couleur : blanc 400 / sable 350 …": the label says the names are colours (breakdown.ts).
        else if (test(MIXED, value) && !test(PER_SKU, value) && !breakdownIn(value) && !breakdownIn(text))
          hits.push({ ...range, why: WHY_TOTAL, fix: quantityFix(value) });
        // "quantité livrée facturée", "delivered quantity invoiced": how the count is billed, not the count.
        else if (!test(NUMBER, value) && !test(INVOICED, value) && !markField(value, line))
          hits.push({ ...range, why: WHY_ESTIMATE, fix: quantityFix(value) });
      }
    }
    if (!labelled && !termsLine) hits.push(...totalOverVariants(clause, line));
    hits.push(...openContents(text));
    // "500 pièces +/- selon production": a plus-or-minus with no figure leaves the count's spread to the supplier.
    if (!termsLine)
      for (const m of openPlusMinus(searchable, labelled ? `${NUMBER}(?:\\s{0,3}${COUNT_UNIT})?` : COUNT))
        if (!inCode(m)) hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
    return withoutOverlaps(hits).map((h) => vagueFinding('quantity', clause, h));
  },
};
