import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueWeight: Rule = {
  id: 'vague-weight',
  severity: 'warning',
  title: 'A weight without a measurable value ("light")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-weight',
  clause: 'weight',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.weightFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-weight'),
};
