import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { SupplierFacts } from '../model/supplier';
import { findingOf } from './make-finding';
import type { Rule } from './types';

/** Shared by the supplier-* rules: a threshold on one supplier fact. */
export function supplierThresholdCheck(
  rule: Rule,
  read: (s: SupplierFacts) => number | null,
  isBad: (value: number) => boolean,
  explain: (value: number, name: MsgParam) => Msg,
  quote: (value: number) => string,
): (ctx: Parameters<Rule['check']>[0]) => Finding[] {
  return (ctx) => {
    const s = ctx.supplier;
    const value = s ? read(s) : null;
    if (value === null || !isBad(value)) return [];
    return [
      findingOf(rule, { message: explain(value, s?.name ?? msg('rules.thisSupplier')), quote: quote(value) }),
    ];
  };
}

export const SUPPLIER_PAGES = [
  'alibaba:product',
  'alibaba:supplier',
  'alibaba:order',
  'alibaba:payment',
] as const;
