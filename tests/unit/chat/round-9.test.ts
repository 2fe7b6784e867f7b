import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureLines } from './helpers';

/**
 * Round 9 of issue 13 (tests/fixtures/chat/round-9-cases.jsonl, phrasings written for this test, not taken from
 * the ninth real-modelled set): "acc" as suppliers abbreviate an account ("bank acc of our boss", "company acc"),
 * a request to pay elsewhere described and then disowned ("…하라는 연락은 저희가 아닙니다", "isteyen olursa",
 * "ai nhắn bảo chuyển… thì đừng chuyển", "any e-mail asking you to pay…"), the Turkish negative verb
 * "değiştirmiyoruz" (we do not change), a company whose name starts with W.U. or M.G. ("W.U. Logistics is our
 * forwarder"), and a shop elsewhere mentioned while the purchase is kept here ("…but wholesale orders are only
 * here") — with the requests each must not hide.
 */
interface Case {
  why: string;
  rules: string[];
  text: string;
}

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter((r) => r !== 'pressure');

describe('round 9: "acc", disowned requests, company names that start with W.U., shops mentioned but orders kept here', () => {
  for (const c of fixtureLines<Case>('round-9-cases.jsonl')) {
    it(c.why, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }
});
