import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueQuantity: Rule = {
  id: 'vague-quantity',
  severity: 'warning',
  title: 'An approximate quantity ("about 1000 pcs")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-quantity',
  clause: 'quantity',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.quantityFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-quantity'),
};
