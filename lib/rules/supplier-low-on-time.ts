import { msg } from '../i18n/msg';
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
  fix: msg('rules.supplierLowOnTime.fix'),
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierLowOnTime,
  (s) => s.onTimeDeliveryRate,
  (rate) => rate < 90,
  (rate, name) => msg('rules.supplierLowOnTime.message', { name, rate }),
  (rate) => `${rate}%`,
);
