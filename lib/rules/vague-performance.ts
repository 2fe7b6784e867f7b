import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vaguePerformance: Rule = {
  id: 'vague-performance',
  severity: 'warning',
  title: 'A performance claim with no measure ("large capacity", "waterproof")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-performance',
  clause: 'performance',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.performanceFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-performance'),
};
