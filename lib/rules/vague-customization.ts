import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueCustomization: Rule = {
  id: 'vague-customization',
  severity: 'warning',
  title: 'Custom design without files ("logo like photo")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-customization',
  clause: 'customization',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.customizationFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-customization'),
};
