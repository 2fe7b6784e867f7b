import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueSize: Rule = {
  id: 'vague-size',
  severity: 'warning',
  title: 'A size without unit or tolerance ("standard size", "8.8*8.8*13")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-size',
  clause: 'size',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.sizeFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-size'),
};
