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
  fix: 'Agree every detail in Alibaba chat before paying, so a slow supplier cannot later dispute what was agreed.',
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierLowResponse,
  (s) => s.responseRate,
  (rate) => rate < 80,
  (rate, name) =>
    `${name} answers only ${rate}% of buyer messages; slow answers make disputes and changes harder.`,
  (rate) => `${rate}%`,
);
