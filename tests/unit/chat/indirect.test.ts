import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/**
 * Requests that name no service, abbreviations, related companies and the new languages, in phrasings
 * written for this test (tests/fixtures/chat/indirect-cases.jsonl), not copied from the sets the patterns
 * were tuned on: each must give exactly the expected rules (urgency aside).
 */
interface Case {
  why: string;
  rules: string[];
  text: string;
}

describe('indirect requests are recognised as what they are', () => {
  for (const c of fixtureLines<Case>('indirect-cases.jsonl')) {
    it(c.why, () => {
      const rules = [...new Set(scanMessage({ from: 'supplier', text: c.text }).map((f) => f.rule))];
      expect(rules.filter((r) => r !== 'pressure').sort()).toEqual([...c.rules].sort());
    });
  }
});
