import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { missingFindings } from './spec-findings';
import type { Rule } from './types';

/** What the order does not say cannot be claimed (the Jing Sourcing TA guide, step 2; the domhaines.com TA refund article: refunds fail on unclear descriptions). */
export const missingInspection: Rule = {
  id: 'missing-inspection',
  severity: 'warning',
  title: 'No pre-shipment inspection or quality standard (AQL) in the order',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  checklist: 'inspection',
  clause: 'inspection',
  source: SOURCES.taRefund,
  fix: msg('rules.missingInspection.fix'),
  check: (ctx) => missingFindings(ctx, 'missing-inspection'),
};
