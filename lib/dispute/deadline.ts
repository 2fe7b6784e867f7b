import { POLICY_PRESETS } from '../deadlines/policy';
import type { ComputedDeadline, DeadlineResult } from '../deadlines/types';
import { RULES } from './rules';
import type { DraftDeadline } from './types';
import { day } from './words';

/**
 * The claim window that binds this dispute: the earliest open deadline for
 * claiming (not the ship-by date itself, not the dispute's own later steps),
 * with its basis, what to do now and what happens if it passes.
 */
const NOT_A_CLAIM_WINDOW = new Set([
  'ship-by',
  'supplier-response',
  'supplier-fix-after-inspection',
  'escalation-available',
  'escalation-automatic',
]);

const ALL_RULES = [...POLICY_PRESETS.seeds, ...POLICY_PRESETS['help-centre']];

const STATED_PASSED =
  'The order page’s own date has passed: the platform may refuse the claim. Contact its support anyway, in writing, with the order number and your evidence.';

function ifMissed(d: ComputedDeadline): string {
  return ALL_RULES.find((r) => r.id === d.id)?.whatToDo.passed ?? STATED_PASSED;
}

const isClaimWindow = (d: ComputedDeadline) =>
  d.kind === 'deadline' && !NOT_A_CLAIM_WINDOW.has(d.id) && !d.overriddenBy;

export function draftDeadline(
  result: DeadlineResult,
  timeZone: string,
  marketplace: 'alibaba' | 'aliexpress',
): DraftDeadline {
  const windows = result.deadlines.filter(isClaimWindow);
  const open = windows.filter((d) => d.status === 'open');
  const others = result.deadlines
    .filter((d) => d.status === 'open' && !open.slice(0, 1).includes(d) && !d.overriddenBy)
    .map((d) => ({ label: d.label, dueAt: d.dueAt, whatToDo: d.whatToDo }));
  const mediationFrom =
    result.deadlines.find((d) => d.id === 'aliexpress-mediation-available')?.dueAt ?? null;
  const binding = open[0];
  if (binding) {
    return {
      label: binding.label,
      dueAt: binding.dueAt,
      basis: binding.basis,
      now: binding.whatToDo,
      ifMissed: ifMissed(binding),
      source: binding.source,
      ifMissedSource: null,
      status: 'open',
      others,
      mediationFrom,
    };
  }
  const passed = windows.filter((d) => d.status === 'passed').at(-1);
  if (passed) {
    return {
      label: passed.label,
      dueAt: passed.dueAt,
      basis: passed.basis,
      now: passed.whatToDo,
      ifMissed: `It passed on ${day(passed.dueAt, timeZone)}. ${ifMissed(passed)}`,
      source: passed.source,
      ifMissedSource: null,
      status: 'passed',
      others,
      mediationFrom,
    };
  }
  const pending = result.pending.filter((p) => !NOT_A_CLAIM_WINDOW.has(p.id));
  return {
    label: null,
    dueAt: null,
    basis:
      pending.length > 0
        ? pending.map((p) => `${p.label}: ${p.why}`).join(' ')
        : 'No claim window is known for this order yet: add the shipment, delivery or receipt dates on the Deadlines tab.',
    now: 'Open the dispute as soon as the problem is established, and record every date (shipment, delivery, receipt) on the Deadlines tab as it happens, so the claim window is counted.',
    ifMissed:
      marketplace === 'alibaba'
        ? `Once a claim window starts, it binds. ${RULES.claimPeriod.text}`
        : 'Once a window the order page states starts, it binds: after it, the page no longer offers the refund.',
    source: null,
    ifMissedSource: marketplace === 'alibaba' ? RULES.claimPeriod.source : null,
    status: 'pending',
    others,
    mediationFrom,
  };
}
