import type { Checklist, CheckStatus } from '../../lib/checklist/types';

/** Icon and word for each status: colour is never the only signal, and "unknown" never looks like OK. */
export const STATUS_MARK: Record<CheckStatus, { icon: string; word: string }> = {
  blocker: { icon: '✖', word: 'Blocker' },
  warning: { icon: '⚠', word: 'Warning' },
  ok: { icon: '✔', word: 'OK' },
  unknown: { icon: '?', word: 'Unknown' },
};

export interface VerdictView {
  tone: CheckStatus;
  headline: string;
  /** Counts in words, e.g. "3 blockers, 2 warnings, 1 not checked". */
  counts: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The worst status decides the tone; a checklist with unchecked items is never "Ready to pay". */
export function verdictView(verdict: Checklist['verdict']): VerdictView {
  const parts: string[] = [];
  if (verdict.blockers > 0) parts.push(plural(verdict.blockers, 'blocker', 'blockers'));
  if (verdict.warnings > 0) parts.push(plural(verdict.warnings, 'warning', 'warnings'));
  if (verdict.unknown > 0) parts.push(plural(verdict.unknown, 'item not checked', 'items not checked'));
  const counts = parts.join(', ');
  if (verdict.blockers > 0) return { tone: 'blocker', headline: 'Do not pay yet', counts };
  if (verdict.warnings > 0) return { tone: 'warning', headline: 'Check before you pay', counts };
  if (verdict.unknown > 0) return { tone: 'unknown', headline: 'Not everything could be checked', counts };
  if (!verdict.ready) return { tone: 'warning', headline: 'Finish the checks below', counts };
  return { tone: 'ok', headline: 'Ready to pay', counts };
}

/** "1. …\n2. …": what the buyer pastes into the chat or contract. */
export function numberedClauses(clauses: readonly string[]): string {
  return clauses.map((c, i) => `${i + 1}. ${c}`).join('\n');
}
