import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/**
 * Round 7 of issue 13 (tests/fixtures/chat/round-7-cases.jsonl, phrasings written for this test, not taken from
 * the seventh real-modelled set): a device that supports or accepts wallets is a product feature while a seller
 * who accepts them is taking the money; warnings whose condition comes after the claim (Turkish, Japanese,
 * Korean) or with words before "anyone" (Arabic); prepaid vouchers, Bizum, "antar teman", the seller's own
 * or other shop, and a payment arranged in the app the talk moved to.
 */
interface Case {
  why: string;
  rules: string[];
  text: string;
}

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter((r) => r !== 'pressure');

describe('round 7: product features, late conditions, vouchers and moved payments', () => {
  for (const c of fixtureLines<Case>('round-7-cases.jsonl')) {
    it(c.why, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }
});
