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
  fix: 'Ask the supplier to write the quantity into the Trade Assurance order as exact count per SKU.',
  check: (ctx) => vagueFindings(ctx, 'vague-quantity'),
};
