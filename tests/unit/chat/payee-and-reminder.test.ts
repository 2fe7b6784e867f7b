import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/**
 * Round 5 of issue 13 (tests/fixtures/chat/payee-and-reminder-cases.jsonl, phrasings written for this test, not
 * taken from the real-modelled sets): who is paid (a relative, "from now on" another account, "not through
 * Alibaba", a Pix CPF key, a payee who is "our agent") and the benign messages real suppliers send beside such
 * requests (safety reminders quoting a stranger, tax numbers for the invoice, documents sent by e-mail, a
 * bank closed for the holiday). Each must give exactly the expected rules, urgency aside.
 */
interface Case {
  why: string;
  rules: string[];
  text: string;
}

describe('payees and reminders', () => {
  for (const c of fixtureLines<Case>('payee-and-reminder-cases.jsonl')) {
    it(c.why, () => {
      const rules = [...new Set(scanMessage({ from: 'supplier', text: c.text }).map((f) => f.rule))];
      expect(rules.filter((r) => r !== 'pressure').sort()).toEqual([...c.rules].sort());
    });
  }
});
