import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueColor: Rule = {
  id: 'vague-color',
  severity: 'warning',
  title: 'A colour no dispute could measure ("red", "as picture")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-color',
  clause: 'color',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.colorFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-color'),
};
