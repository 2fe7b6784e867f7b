import { describe, expect, it } from 'vitest';
import { isHeldAsideByHash, loadNinthSet, NINTH_DIR } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The ninth real-modelled set (tests/fixtures/chat/real-modelled-9/): messages in the register suppliers really
 * type ("dear friend", "pls", "acc", "TT", "via ali", the request in the second or third sentence, English words
 * inside other languages), and benign messages of the same register (quotations, sample orders, "we received ur
 * payment thx", Alibaba's account manager, the order page's bank details), in 15 languages. Goals are asserted on
 * its development part only; the held-aside part (chosen by a hash of the id, in held-aside.jsonl) is reported by
 * `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const ninth = loadNinthSet();
const dev = ninth.filter((r) => r.split === 'tune');

describe('ninth real-modelled set', () => {
  it('is what its README says: 130+ messages, 15 languages, at least 60% benign, a hash-chosen part held aside in its own file', () => {
    expect(ninth.length).toBeGreaterThanOrEqual(130);
    expect(new Set(ninth.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(ninth);
    expect(ninth.filter((r) => r.labels.length === 0).length / ninth.length).toBeGreaterThanOrEqual(0.6);
    expectHeldAsideFile(ninth, NINTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it("quotations, sample orders, payments received, the order page's bank details, bosses and warnings raise nothing", () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(ninth);
  });
});
