import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vaguePackaging: Rule = {
  id: 'vague-packaging',
  severity: 'warning',
  title: 'Packaging without specifics ("standard export packing")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'spec-packaging',
  clause: 'packaging',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.packagingFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-packaging'),
};
