import { SUPPLIER_LABELS } from '../labels/supplier';
import { labelKey, labelMatcher } from '../labels/text-sequence';
import {
  businessTypeShape,
  countShape,
  durationShape,
  limitShape,
  percentShape,
  ratingShape,
  yearsShape,
} from './shapes';
import type { SupplierField } from './supplier-data';

/**
 * A company card row carried as data: one label and one value in a small
 * object. Seen as `{key, value, explainText}` (detailData performanceList:
 * "Store rating" / "4.7/5" / "1966"), `{title, value}` (onlinePerformance
 * fields, json_store company overview "Response rate" / "99.6% Quick Response
 * Rate") and `{authName, authValue}` (detailData seller.authCards). The label
 * decides the fact; the value must still fit that fact's shape.
 */
const LABEL_KEYS = ['key', 'title', 'authName', 'label', 'name'];
const VALUE_KEYS = ['value', 'authValue', 'text'];

const FIELDS: [SupplierField, ReturnType<typeof labelMatcher>][] = [
  ['responseTime', labelMatcher(SUPPLIER_LABELS.responseTime)],
  ['responseRate', labelMatcher(SUPPLIER_LABELS.responseRate)],
  ['onTime', labelMatcher(SUPPLIER_LABELS.onTimeDelivery)],
  ['reorderRate', labelMatcher(SUPPLIER_LABELS.reorderRate)],
  ['businessType', labelMatcher(SUPPLIER_LABELS.businessType)],
  ['rating', labelMatcher(SUPPLIER_LABELS.rating)],
  ['years', labelMatcher(SUPPLIER_LABELS.years)],
  ['taLimit', labelMatcher(SUPPLIER_LABELS.taLimit)],
];

export function rowField(
  obj: Record<string, unknown>,
): { label: string; facts: [SupplierField, unknown][] } | null {
  const labelKeyName = LABEL_KEYS.find((k) => typeof obj[k] === 'string');
  const valueKeyName = VALUE_KEYS.find((k) => typeof obj[k] === 'string' || typeof obj[k] === 'number');
  if (!labelKeyName || !valueKeyName || labelKeyName === valueKeyName) return null;
  const label = obj[labelKeyName] as string;
  if (label.length > 60 || label.length < 4) return null;
  const key = labelKey(label);
  const hit = FIELDS.find(([, m]) => m.keys.has(key));
  if (!hit) return null;
  const [field] = hit;
  const value = obj[valueKeyName];
  const facts: [SupplierField, unknown][] = [];
  switch (field) {
    case 'responseTime':
      facts.push([field, durationShape(value)]);
      break;
    case 'responseRate':
    case 'onTime':
    case 'reorderRate':
      facts.push([field, percentShape(value)]);
      break;
    case 'businessType':
      facts.push([field, businessTypeShape(value)]);
      break;
    case 'rating':
      facts.push([field, ratingShape(value)]);
      facts.push(['reviewCount', countShape(obj.explainText ?? obj.count)]);
      break;
    case 'years':
      facts.push([field, yearsShape(value)]);
      break;
    case 'taLimit':
      facts.push([field, limitShape(value)]);
      break;
  }
  return { label, facts: facts.filter(([, v]) => v !== null && v !== undefined) };
}
