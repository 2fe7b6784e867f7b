import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import { SUPPLIER_PAGES } from './supplier-signals';
import type { Rule } from './types';

export const supplierNotVerified: Rule = {
  id: 'supplier-not-verified',
  severity: 'info',
  title: 'Supplier not Verified (no third-party assessment)',
  appliesTo: SUPPLIER_PAGES,
  checklist: 'supplier-record',
  source: SOURCES.taGuide,
  fix: msg('rules.supplierNotVerified.fix'),
  check(ctx) {
    if (ctx.supplier?.verified !== false) return [];
    const name = ctx.supplier.name ?? english.t('rules.thisSupplier');
    return [
      findingOf(this, {
        message: msg('rules.supplierNotVerified.message', {
          name: ctx.supplier.name ?? msg('rules.thisSupplier'),
        }),
        quote: name,
      }),
    ];
  },
};
