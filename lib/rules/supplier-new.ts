import { msg } from '../i18n/msg';
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
  fix: msg('rules.supplierNew.fix'),
  check: (ctx) => check(ctx),
};
const check = supplierThresholdCheck(
  supplierNew,
  (s) => s.yearsOnPlatform,
  (years) => years < 2,
  (years, name) =>
    years === 1
      ? msg('rules.supplierNew.message.one', { name, count: years })
      : msg('rules.supplierNew.message.other', { name, count: years }),
  (years) => `${years} yr${years === 1 ? '' : 's'}`,
);
