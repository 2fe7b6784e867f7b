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
  fix: 'Buy this through a Trade Assurance supplier, or ask this supplier to enable Trade Assurance and place the order through Alibaba.com checkout.',
  check(ctx) {
    const productSays = ctx.snapshot.product?.taOffered === false;
    const supplierSays = ctx.supplier?.taOffered === false;
    if (!productSays && !supplierSays) return [];
    const what = productSays
      ? 'This product is not offered with Trade Assurance'
      : `${ctx.supplier?.name ?? 'This supplier'} does not offer Trade Assurance`;
    return [
      findingOf(this, {
        message: `${what}. Without it Alibaba gives no refund when the goods or the shipping date differ from the contract.`,
        quote: ctx.snapshot.product?.title ?? ctx.supplier?.name ?? '',
      }),
    ];
  },
};
