import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { SUPPLIER_PAGES, supplierThresholdCheck } from './supplier-signals';
import type { Rule } from './types';

export const supplierLowResponse: Rule = {
  id: 'supplier-low-response',
  severity: 'info',
  title: 'Supplier response rate under 80%',
  appliesTo: SUPPLIER_PAGES,
  checklist: 'supplier-record',
  source: SOURCES.taGuide,
  fix: msg('rules.supplierLowResponse.fix'),
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierLowResponse,
  (s) => s.responseRate,
  (rate) => rate < 80,
  (rate, name) => msg('rules.supplierLowResponse.message', { name, rate }),
  (rate) => `${rate}%`,
);
