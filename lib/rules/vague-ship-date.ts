import { msg } from '../i18n/msg';
import { SOURCES } from '../sources';
import { vagueFindings } from './spec-findings';
import type { Rule } from './types';

/** Seed 001, step 2: anything not written measurably in the order cannot be enforced in a dispute. */
export const vagueShipDate: Rule = {
  id: 'vague-ship-date',
  severity: 'warning',
  title: 'A shipment date that is not a date ("ship in August", "ASAP")',
  appliesTo: ['alibaba:order', 'alibaba:payment', 'alibaba:product'],
  checklist: 'ship-date',
  clause: 'ship-date',
  source: SOURCES.taGuide,
  fix: msg('rules.vague.shipDateFix'),
  check: (ctx) => vagueFindings(ctx, 'vague-ship-date'),
};
