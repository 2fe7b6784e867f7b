/**
 * vague-quantity: estimates ("about 1000 pcs", "大约1000个", "1000 pcs ±5%"),
 * ranges, containers instead of counts, and totals over mixed variants with
 * no count per SKU.
 */
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
const ESTIMATE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${COUNT}`,
  `${COUNT}\\s{0,3}[,，]?\\s{0,3}${APPROX_AFTER}`,
  `${NUMBER}${RANGE_SEP}${COUNT}`,
);
/** Inside a quantity-labelled clause these are vague even without a count unit. */
const LABELLED_VAGUE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}`,
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

function quantityFix(seen: string): string {
  const n = new RegExp(`(${NUMBER})\\s{0,3}(k)?`, 'iu').exec(seen);
  const count = n?.[1] ? `${n[1]}${n[2] ?? ''}` : '1,000';
  return `State the exact count for every SKU, e.g. "${count} pcs of SKU A, ${count} pcs of SKU B (exact; no over- or short-shipment)", so a shortage can be claimed.`;
}

const WHY_ESTIMATE =
  'an estimate or a range, so a short shipment cannot be proven (the Jing Sourcing TA guide: specify the exact quantity for each item).';
const WHY_TOTAL =
  'one total across mixed variants; without a count per SKU a shortage of one colour or size cannot be claimed.';

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
    if (labelled) {
      for (const m of findAll(LABELLED_VAGUE, text)) {
        if (m.start >= clause.valueStart && !inCode(m))
          hits.push({ ...m, why: WHY_ESTIMATE, fix: quantityFix(m.text) });
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
