import type { SpecLineResult } from '../../lib/spec';

export interface SpecSummary {
  phrases: number;
  lines: number;
  text: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "3 vague phrases in 2 lines", or the honest clean message (which says what was not judged). */
export function summariseSpec(results: readonly SpecLineResult[]): SpecSummary {
  const flagged = results.filter((r) => r.findings.length > 0);
  const phrases = flagged.reduce((n, r) => n + r.findings.length, 0);
  const text =
    phrases === 0
      ? 'No vague phrases found. Missing attributes (a spec with no colour, size or material at all) are not judged here.'
      : `${plural(phrases, 'vague phrase', 'vague phrases')} in ${plural(flagged.length, 'line', 'lines')}`;
  return { phrases, lines: flagged.length, text };
}
