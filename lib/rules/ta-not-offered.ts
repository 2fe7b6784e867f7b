import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { findingOf } from './make-finding';
import type { Rule } from './types';

/** A supplier or product without Trade Assurance: no refund if quality or shipping go wrong. */
export const taNotOffered: Rule = {
  id: 'ta-not-offered',
  severity: 'critical',
  title: 'Supplier or product without Trade Assurance',
  appliesTo: ['alibaba:product', 'alibaba:supplier'],
  checklist: 'ta-supplier',
  source: SOURCES.taService,
  fix: msg('rules.taNotOffered.fix'),
  check(ctx) {
    const productSays = ctx.snapshot.product?.taOffered === false;
    const supplierSays = ctx.supplier?.taOffered === false;
    if (!productSays && !supplierSays) return [];
    return [
      findingOf(this, {
        message: productSays
          ? msg('rules.taNotOffered.product')
          : msg('rules.taNotOffered.supplier', { name: ctx.supplier?.name ?? msg('rules.thisSupplier') }),
        quote: ctx.snapshot.product?.title ?? ctx.supplier?.name ?? '',
      }),
    ];
  },
};
