import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/**
 * Round 8 of issue 13 (tests/fixtures/chat/round-8-cases.jsonl, phrasings written for this test, not taken from
 * the eighth real-modelled set): a contrast marker beside the platform, the order or the app ("rather than
 * paying through the platform", "statt über die Bestellung", "アプリではなく", "别走订单"), a person named as the
 * payee ("an unseren Buchhalter", "na nazwisko naszego księgowego"), Western Union and MoneyGram abbreviated with
 * a dot or a space, a shop on another marketplace with "buy it there", and — not flagged — contrasts about the
 * product, managers who confirm a price, and devices that show chat-app or wallet notifications.
 */
interface Case {
  why: string;
  rules: string[];
  text: string;
}

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter((r) => r !== 'pressure');

describe('round 8: contrast markers, payees, abbreviations, other marketplaces and device notifications', () => {
  for (const c of fixtureLines<Case>('round-8-cases.jsonl')) {
    it(c.why, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }
});
