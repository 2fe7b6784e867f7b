/**
 * missing-*: what a whole order never mentions. An attribute mentioned only
 * vaguely counts as present here; the vague-* rules report that instead.
 */

import type { Finding, Severity } from '../model/finding';
import type { PageRuleId } from '../rules/ids';
import { cite } from '../sources';
import { type Attribute, colonLabelSource } from './attributes';
import { hasColorCode } from './color-codes';
import { COLOR_NAME } from './color-words';
import { ASAP, DURATION, EXACT_DATE, VAGUE_TIME } from './date-lexicon';
import { SHIP_CUE } from './detect-ship-date';
import { SIZE_WORDS } from './detect-size';
import { GRADE, MATERIAL_NOUN, QUALITY_WORDS } from './material-lexicon';
import { anyOf, cjk, latinWords, test } from './patterns';
import { INSPECTION } from './reference-lexicon';
import { specSource } from './spec-finding';
import { LENGTH_VALUE, unitlessDimensions } from './units';

export interface MissingSpecOptions {
  /** The order form already carries a shipment date field (read from the page). */
  hasShipDate?: boolean;
}

type Checked = Exclude<Attribute, 'weight' | 'quantity' | 'customization'>;

const PACKAGING_WORDS = anyOf(
  latinWords([
    'pack(?:ing|aging|ed)?',
    'package',
    'cartons?',
    'ctns?',
    'box(?:es)?',
    'pallet\\w*',
    'poly ?bags?',
    'embalaje',
    'emballage',
    'Verpackung',
    'embalagem',
  ]),
  cjk(['包装', '纸箱', '外箱', '托盘']),
);

const PRESENT: Record<Checked, (text: string) => boolean> = {
  color: (t) => hasColorCode(t) || test(COLOR_NAME, t) || test(colonLabelSource('color'), t),
  size: (t) =>
    test(LENGTH_VALUE, t) ||
    unitlessDimensions(t).length > 0 ||
    test(SIZE_WORDS, t) ||
    test(colonLabelSource('size'), t),
  material: (t) =>
    test(MATERIAL_NOUN, t) ||
    test(QUALITY_WORDS, t) ||
    test(GRADE, t) ||
    test(colonLabelSource('material'), t),
  packaging: (t) => test(PACKAGING_WORDS, t),
  shipDate: (t) =>
    test(ASAP, t) || (test(SHIP_CUE, t) && (test(EXACT_DATE, t) || test(VAGUE_TIME, t) || test(DURATION, t))),
};

const WHAT: Record<Checked, { name: string; fix: string }> = {
  color: { name: 'colour', fix: 'Add the colour as a code: "Pantone 186 C (or RGB/HEX), tolerance ΔE ≤ 2".' },
  size: {
    name: 'size',
    fix: 'Add dimensions with unit and tolerance: "8.8 × 8.8 × 13 cm (L×W×H), tolerance ±0.2 cm".',
  },
  material: {
    name: 'material',
    fix: 'Add composition and grade, e.g. "100% 304 stainless steel; third-party material test before shipment".',
  },
  packaging: {
    name: 'packaging',
    fix: 'Add packaging terms: "5-ply corrugated carton 60×40×40 cm, 12 pcs/carton, shipping marks, palletised".',
  },
  shipDate: {
    name: 'shipment date',
    fix: 'Add an exact latest shipment date, e.g. "ship by 2027-01-15 (ETD Ningbo)".',
  },
};

const MISSING_RULE: Record<Checked, PageRuleId> = {
  color: 'missing-color',
  size: 'missing-size',
  material: 'missing-material',
  packaging: 'missing-packaging',
  shipDate: 'missing-ship-date',
};

function missing(attribute: Checked): Finding {
  const { name, fix } = WHAT[attribute];
  return {
    rule: MISSING_RULE[attribute],
    severity: 'info',
    message: `The order never states the ${name}. What is not written in the Trade Assurance order cannot be claimed in a dispute (the Jing Sourcing TA guide, Case 1: a buyer who ordered gold parts, received bronze and lost, because the order never named the material).`,
    quote: '',
    fix,
    source: specSource(attribute),
  };
}

const INSPECTION_SEVERITY: Severity = 'warning';

function missingInspection(): Finding {
  return {
    rule: 'missing-inspection',
    severity: INSPECTION_SEVERITY,
    message:
      'The order names no pre-shipment inspection or quality standard. Alibaba rejects refunds when inspection terms were not agreed, and without a third-party report it cannot judge who is at fault.',
    quote: '',
    fix: 'Add: "Pre-shipment inspection by SGS/Intertek/BV/QIMA, AQL 2.5 (major) / 4.0 (minor), general level II; inspection cost paid by buyer; shipment only after a pass report".',
    source: cite('taGuide', 'section 5 "Quality Inspection before Shipment"'),
  };
}

export function findMissingSpecs(text: string, opts: MissingSpecOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of Object.keys(PRESENT) as Checked[]) {
    if (attribute === 'shipDate' && opts.hasShipDate) continue;
    if (!PRESENT[attribute](text)) findings.push(missing(attribute));
  }
  if (!test(INSPECTION, text)) findings.push(missingInspection());
  return findings;
}
