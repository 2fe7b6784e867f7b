import { SOURCES } from '../sources';
import { SUPPLIER_PAGES, supplierThresholdCheck } from './supplier-signals';
import type { Rule } from './types';

export const supplierLowOnTime: Rule = {
  id: 'supplier-low-on-time',
  severity: 'warning',
  title: 'Supplier on-time delivery under 90%',
  appliesTo: SUPPLIER_PAGES,
  checklist: 'supplier-record',
  source: SOURCES.taGuide,
  fix: 'Write an exact shipment date into the Trade Assurance order ("ship by YYYY-MM-DD"): only a date in the order makes lateness claimable.',
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierLowOnTime,
  (s) => s.onTimeDeliveryRate,
  (rate) => rate < 90,
  (rate, name) => `${name} shipped only ${rate}% of orders on time.`,
  (rate) => `${rate}%`,
);
