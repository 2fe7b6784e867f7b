/**
 * missing-*: what a whole order never mentions. An attribute mentioned only
 * vaguely counts as present here; the vague-* rules report that instead.
 */

import type { MessageKey } from '../i18n/keys';
import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
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

type Checked = Exclude<Attribute, 'weight' | 'quantity' | 'customization' | 'performance'>;

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

/** Message keys of the attribute's name and of the wording to add. */
const WHAT = {
  color: { name: 'spec.missing.what.color', fix: 'spec.missing.fix.color' },
  size: { name: 'spec.missing.what.size', fix: 'spec.missing.fix.size' },
  material: { name: 'spec.missing.what.material', fix: 'spec.missing.fix.material' },
  packaging: { name: 'spec.missing.what.packaging', fix: 'spec.missing.fix.packaging' },
  shipDate: { name: 'spec.missing.what.shipDate', fix: 'spec.missing.fix.shipDate' },
} as const satisfies Record<Checked, { name: MessageKey; fix: MessageKey }>;

const MISSING_RULE: Record<Checked, PageRuleId> = {
  color: 'missing-color',
  size: 'missing-size',
  material: 'missing-material',
  packaging: 'missing-packaging',
  shipDate: 'missing-ship-date',
};

function missing(attribute: Checked): Finding {
  const message = msg('spec.missing.message', { what: msg(WHAT[attribute].name) });
  const fix = msg(WHAT[attribute].fix);
  return {
    rule: MISSING_RULE[attribute],
    severity: 'info',
    message: english.render(message),
    quote: '',
    fix: english.render(fix),
    text: { message, fix },
    source: specSource(attribute),
  };
}

const INSPECTION_SEVERITY: Severity = 'warning';

function missingInspection(): Finding {
  const message = msg('spec.missing.inspection');
  const fix = msg('spec.missing.inspectionFix');
  return {
    rule: 'missing-inspection',
    severity: INSPECTION_SEVERITY,
    message: english.render(message),
    quote: '',
    fix: english.render(fix),
    text: { message, fix },
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
