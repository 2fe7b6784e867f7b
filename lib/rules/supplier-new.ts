import { SOURCES } from '../sources';
import { SUPPLIER_PAGES, supplierThresholdCheck } from './supplier-signals';
import type { Rule } from './types';

export const supplierNew: Rule = {
  id: 'supplier-new',
  severity: 'warning',
  title: 'Supplier on the platform for under 2 years',
  appliesTo: SUPPLIER_PAGES,
  checklist: 'supplier-record',
  source: SOURCES.taGuide,
  fix: 'Start with a sample order and a small first order; ask for the business licence and a third-party factory audit; keep every payment inside Trade Assurance.',
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierNew,
  (s) => s.yearsOnPlatform,
  (years) => years < 2,
  (years, name) =>
    `${name} has been on Alibaba.com for ${years} year${years === 1 ? '' : 's'}: a short record, and a new supplier's Trade Assurance limit is usually low.`,
  (years) => `${years} yr${years === 1 ? '' : 's'}`,
);
