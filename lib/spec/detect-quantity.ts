/**
 * vague-quantity: estimates ("about 1000 pcs", "大约1000个", "1000 pcs ±5%"),
 * ranges, containers instead of counts, and totals over mixed variants with
 * no count per SKU.
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { breakdownIn } from './breakdown';
import type { Clause } from './clauses';
import { colorCodesIn } from './color-codes';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  anyOf,
  COUNT_UNIT,
  cjk,
  findAll,
  latinWords,
  NUMBER,
  RANGE_SEP,
  test,
} from './patterns';
import { DESIGN_FILE, UNDECIDED } from './reference-lexicon';
import { type VagueHit, vagueFinding } from './spec-finding';

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
  `${COUNT}\\s{0,2}\\+(?!\\s{0,2}\\d)`,
);
const ESTIMATE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${COUNT}`,
  `${COUNT}\\s{0,3}[,，]?\\s{0,3}${APPROX_AFTER}`,
  `${NUMBER}${RANGE_SEP}${COUNT}`,
);
/** "MOQ 500 pcs", "minimum order: at least 500": a floor is what an MOQ is, not an order quantity. */
const MOQ = anyOf(
  latinWords([
    'MOQ',
    'min(?:imum|\\.)? (?:order|purchase|qty|quantity)',
    'pedido mínimo',
    'cantidad mínima',
    'commande minimum',
    'quantité minimale',
    'Mindest(?:bestell)?menge',
    'Mindestabnahme',
    'pedido mínimo',
    'quantidade mínima',
    'quantità minima',
    'ordine minimo',
  ]),
  cjk(['起订', '最小订量', '最低订量', '起订量']),
);
/** "USD 2.50/pc for 1000+ pcs", "100+ pieces $2.50": a price break, whose floor is the condition of the price. */
const PRICE = String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|[$€£¥])\s{0,2}\d|\d(?:[.,]\d{1,4})?\s{0,2}(?:USD|EUR|RMB|CNY|€|\$)|/\s{0,2}(?:pc|pcs|piece|unit|set)\b`;

/**
 * Shipping units counted instead of goods: "1 pallet", "3 cartons", "2 托".
 * Only a count per unit ("480 pcs per pallet") turns them into a number of pieces.
 */
const SHIPPING_UNITS = anyOf(
  latinWords([
    `(?:${NUMBER}|one|a|two|three|four|five|half a) (?:full )?(?:pallets?|cartons?|ctns?|cases|crates?|boxes|bales|truck ?loads?|trucks?|skids?)`,
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
);
/** Inside a quantity-labelled clause these are vague even without a count unit. */
const LABELLED_VAGUE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}`,
  `${AT_LEAST_BEFORE}\\s{0,3}${NUMBER}`,
  `${NUMBER}\\s{0,2}\\+(?!\\s{0,2}\\d)`,
  `${NUMBER}\\s{0,3}${AT_LEAST_AFTER}`,
  `${NUMBER}${RANGE_SEP}${NUMBER}`,
  latinWords([
    'more or less',
    'a few(?: hundred| thousand)?',
    'several',
    'as many as (?:possible|you can(?: make)?)',
    'a lot',
  ]),
  String.raw`(?:±|\+\/-)\s{0,3}\d{1,3}(?:[.,]\d{1,3})?\s{0,3}%`,
  latinWords([
    '(?:one |1 |a )?(?:full )?(?:\\d{1,3} ?(?:ft|HQ|GP) )?container(?: load)?',
    'FCL',
    '\\d{1,3} ?(?:HQ|GP)',
  ]),
  cjk(['一个?\\d*尺?柜', '整柜', '可多可少']),
  UNDECIDED,
  // A split by ratio leaves each variant's count to arithmetic and rounding.
  latinWords(['ratio', 'proportion', 'proporción', 'Verhältnis']),
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

function quantityFix(seen: string): Msg {
  const n = new RegExp(`(${NUMBER})\\s{0,3}(k)?`, 'iu').exec(seen);
  const count = n?.[1] ? `${n[1]}${n[2] ?? ''}` : '1,000';
  return msg('spec.fix.quantity', { count });
}

const WHY_ESTIMATE = msg('spec.why.quantityEstimate');
const WHY_FLOOR = msg('spec.why.quantityFloor');
const WHY_UNITS = msg('spec.why.quantityUnits');
const WHY_TOTAL = msg('spec.why.quantityTotal');

/** Numbers inside codes ("Pantone 19-4024 TCX", "DWG-1042") are not counts. Looked for only once a hit needs it. */
function insideCodes(text: string): (hit: { start: number; end: number }) => boolean {
  let codes: { start: number; end: number }[] | undefined;
  return (hit) => {
    codes ??= [...colorCodesIn(text), ...findAll(DESIGN_FILE, text)];
    return codes.some((c) => c.start < hit.end && hit.start < c.end);
  };
}

export const quantityDetector: AttributeDetector = {
  attribute: 'quantity',
  detect(clause: Clause): Finding[] {
    const text = clause.text;
    const inCode = insideCodes(text);
    const labelled = clause.attribute === 'quantity';
    const searchable =
      clause.attribute && !labelled ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart) : text;
    const hits: VagueHit[] = findAll(ESTIMATE, searchable)
      .filter((m) => !inCode(m))
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
    if (labelled) {
      for (const m of findAll(LABELLED_VAGUE, text)) {
        if (
          m.start >= clause.valueStart &&
          !inCode(m) &&
          !(floorIsACondition && test(AT_LEAST_BEFORE, m.text))
        )
          hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
      }
      if (!test(PER_SHIPPING_UNIT, text)) {
        for (const m of findAll(SHIPPING_UNITS, text))
          if (m.start >= clause.valueStart) hits.push({ ...m, why: WHY_UNITS, fix: quantityFix(m.text) });
      }
      const range = valueRange(clause);
      if (range && hits.length === 0) {
        const value = text.slice(range.start, range.end);
        if (test(MIXED, value) && !test(PER_SKU, value) && !breakdownIn(value))
          hits.push({ ...range, why: WHY_TOTAL, fix: quantityFix(value) });
        else if (!test(NUMBER, value)) hits.push({ ...range, why: WHY_ESTIMATE, fix: quantityFix(value) });
      }
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('quantity', clause, h));
  },
};
