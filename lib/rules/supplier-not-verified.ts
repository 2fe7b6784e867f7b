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
  fix: 'Prefer Verified suppliers for large orders, or book your own factory audit before the first big order.',
  check(ctx) {
    if (ctx.supplier?.verified !== false) return [];
    const name = ctx.supplier.name ?? 'This supplier';
    return [
      findingOf(this, {
        message: `${name} is not a Verified supplier: no third-party inspection company (SGS, TÜV, Intertek…) has assessed it.`,
        quote: name,
      }),
    ];
  },
};
