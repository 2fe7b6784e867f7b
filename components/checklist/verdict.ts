import type { Checklist, CheckStatus } from '../../lib/checklist/types';
import type { MessageKey } from '../../lib/i18n/keys';
import { english, type Translator } from '../../lib/i18n/translate';

/** Icon and word for each status: colour is never the only signal, and "unknown" never looks like OK. */
export const STATUS_MARK: Record<CheckStatus, { icon: string; word: MessageKey }> = {
  blocker: { icon: '✖', word: 'status.blocker' },
  warning: { icon: '⚠', word: 'status.warning' },
  ok: { icon: '✔', word: 'status.ok' },
  unknown: { icon: '?', word: 'status.unknown' },
};

export interface VerdictView {
  tone: CheckStatus;
  headline: string;
  /** Counts in words, e.g. "3 blockers, 2 warnings, 1 item not checked". */
  counts: string;
}

/** The worst status decides the tone; a checklist with unchecked items is never "Ready to pay". */
export function verdictView(verdict: Checklist['verdict'], t: Translator = english): VerdictView {
  const parts: string[] = [];
  if (verdict.blockers > 0) parts.push(t.plural('checklist.verdict.blockers', verdict.blockers));
  if (verdict.warnings > 0) parts.push(t.plural('checklist.verdict.warnings', verdict.warnings));
  if (verdict.unknown > 0) parts.push(t.plural('checklist.verdict.notChecked', verdict.unknown));
  const counts = parts.join(', ');
  if (verdict.blockers > 0) return { tone: 'blocker', headline: t.t('checklist.verdict.doNotPay'), counts };
  if (verdict.warnings > 0)
    return { tone: 'warning', headline: t.t('checklist.verdict.checkBeforePay'), counts };
  if (verdict.unknown > 0)
    return { tone: 'unknown', headline: t.t('checklist.verdict.notEverything'), counts };
  if (!verdict.ready) return { tone: 'warning', headline: t.t('checklist.verdict.finish'), counts };
  return { tone: 'ok', headline: t.t('checklist.verdict.ready'), counts };
}

/** "1. …\n2. …": what the buyer pastes into the chat or contract. */
export function numberedClauses(clauses: readonly string[]): string {
  return clauses.map((c, i) => `${i + 1}. ${c}`).join('\n');
}
