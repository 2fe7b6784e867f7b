import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { missingFindings } from './spec-findings';
import type { Rule } from './types';

/** What the order does not say cannot be claimed (the Jing Sourcing TA guide, step 2; the domhaines.com TA refund article: refunds fail on unclear descriptions). */
export const missingSize: Rule = {
  id: 'missing-size',
  severity: 'info',
  title: 'No size or dimensions specified in the order',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'spec-size',
  clause: 'size',
  source: SOURCES.taGuide,
  fix: msg('rules.missing.fix'),
  check: (ctx) => missingFindings(ctx, 'missing-size'),
};
