import type { Translator } from '../../lib/i18n/translate';
import type { SpecLineResult } from '../../lib/spec';

export interface SpecSummary {
  phrases: number;
  lines: number;
  text: string;
}

/** "3 vague phrases in 2 lines", or the honest clean message (which says what was not judged), in the buyer's language. */
export function summariseSpec(t: Translator, results: readonly SpecLineResult[]): SpecSummary {
  const flagged = results.filter((r) => r.findings.length > 0);
  const phrases = flagged.reduce((n, r) => n + r.findings.length, 0);
  const text =
    phrases === 0
      ? t.t('sidepanel.spec.none')
      : t.t('sidepanel.spec.summary', {
          phrases: t.plural('sidepanel.spec.phrases', phrases),
          lines: t.plural('sidepanel.spec.lines', flagged.length),
        });
  return { phrases, lines: flagged.length, text };
}
