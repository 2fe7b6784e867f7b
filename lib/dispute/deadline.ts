import { POLICY_PRESETS } from '../deadlines/policy';
import type { ComputedDeadline, DeadlineResult } from '../deadlines/types';
import { type Msg, msg } from '../i18n/msg';
import { RULES } from './rules';
import type { DraftDeadline } from './types';
import { dayP, en } from './words';

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

/** What happens once the window passed: the deadline rule's own words, or the stated date's. */
function ifMissed(d: ComputedDeadline): Msg {
  const rule = ALL_RULES.find((r) => r.id === d.id);
  return rule ? msg(rule.keys.passed) : msg('disputeText.deadline.statedPassed');
}

/** The deadline's words as messages (computed deadlines carry them: lib/deadlines/text.ts). */
function texts(d: ComputedDeadline) {
  return {
    ...(d.text && { labelMsg: d.text.label, basisMsg: d.text.basis, nowMsg: d.text.whatToDo }),
  };
}

function passedOn(d: ComputedDeadline, timeZone: string): { ifMissed: string; ifMissedMsg: Msg } {
  const m = msg('disputeText.deadline.passedOn', { day: dayP(d.dueAt, timeZone), what: ifMissed(d) });
  return { ifMissed: en(m), ifMissedMsg: m };
}

/** Each message with its English (`basisMsg` → `basis`, …). */
function said<K extends 'basis' | 'now' | 'ifMissed'>(
  msgs: { [P in `${K}Msg`]: Msg },
): { [P in K]: string } & { [P in `${K}Msg`]: Msg } {
  const out: Record<string, string | Msg> = { ...msgs };
  for (const [k, m] of Object.entries(msgs)) out[k.slice(0, -3)] = en(m as Msg);
  return out as { [P in K]: string } & { [P in `${K}Msg`]: Msg };
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
    .map((d) => ({
      label: d.label,
      dueAt: d.dueAt,
      whatToDo: d.whatToDo,
      ...(d.text && { labelMsg: d.text.label, whatToDoMsg: d.text.whatToDo }),
    }));
  const mediationFrom =
    result.deadlines.find((d) => d.id === 'aliexpress-mediation-available')?.dueAt ?? null;
  const binding = open[0];
  if (binding) {
    return {
      label: binding.label,
      dueAt: binding.dueAt,
      basis: binding.basis,
      now: binding.whatToDo,
      ifMissed: en(ifMissed(binding)),
      ...texts(binding),
      ifMissedMsg: ifMissed(binding),
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
      ...passedOn(passed, timeZone),
      ...texts(passed),
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
    ...said({
      basisMsg:
        pending.length > 0
          ? {
              key: 'disputeText.deadline.pendingList',
              params: {
                items: {
                  list: pending.map((p) =>
                    msg('disputeText.deadline.pendingItem', {
                      label: p.text?.label ?? p.label,
                      why: p.text?.why ?? p.why,
                    }),
                  ),
                  sep: ' ',
                },
              },
            }
          : msg('disputeText.deadline.noWindowKnown'),
      nowMsg: msg('disputeText.deadline.pendingNow'),
      ifMissedMsg:
        marketplace === 'alibaba'
          ? msg('disputeText.deadline.pendingAlibaba', {
              rule: RULES.claimPeriod.textMsg ?? RULES.claimPeriod.text,
            })
          : msg('disputeText.deadline.pendingAliexpress'),
    }),
    source: null,
    ifMissedSource: marketplace === 'alibaba' ? RULES.claimPeriod.source : null,
    status: 'pending',
    others,
    mediationFrom,
  };
}
