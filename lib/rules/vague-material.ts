import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueMaterial: Rule = {
  id: 'vague-material',
  severity: 'warning',
  title: 'A material without composition or grade ("stainless steel", "good quality")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-material',
  clause: 'material',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.materialFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-material'),
};
