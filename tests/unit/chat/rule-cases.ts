import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/** A supplier's message written for a test, and the rules it must raise (none: it raises nothing). */
export interface RuleCase {
  why: string;
  rules: string[];
  text: string;
}

/** The rules a supplier's message raises, once each; pressure is judged apart and left out. */
export const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter((r) => r !== 'pressure');

/** One test per case of tests/fixtures/chat/<file>: exactly its rules, no more, no fewer. */
export function describeRuleCases(title: string, file: string, more?: () => void): void {
  describe(title, () => {
    for (const c of fixtureLines<RuleCase>(file)) {
      it(c.why, () => {
        expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
      });
    }
    more?.();
  });
}
