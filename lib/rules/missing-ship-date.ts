import { SOURCES } from './sources';
import { missingFindings } from './spec-findings';
import type { Rule } from './types';

/** What the order does not say cannot be claimed (seed 001, step 2; seed 000: refunds fail on unclear descriptions). */
export const missingShipDate: Rule = {
  id: 'missing-ship-date',
  severity: 'info',
  title: 'No exact shipment date in the order',
  appliesTo: ['alibaba:order', 'alibaba:payment'],
  source: SOURCES.taGuide,
  fix: 'Ask the supplier to add it to the Trade Assurance order in measurable terms before you pay.',
  check: (ctx) => missingFindings(ctx, 'missing-ship-date'),
};
