import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { missingFindings } from './spec-findings';
import type { Rule } from './types';

/** What the order does not say cannot be claimed (the Jing Sourcing TA guide, step 2; the domhaines.com TA refund article: refunds fail on unclear descriptions). */
export const missingMaterial: Rule = {
  id: 'missing-material',
  severity: 'info',
  title: 'No material specified in the order',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'spec-material',
  clause: 'material',
  source: SOURCES.taGuide,
  fix: msg('rules.missing.fix'),
  check: (ctx) => missingFindings(ctx, 'missing-material'),
};
