import { describe, expect, it } from 'vitest';
import { FIFTH_DIR, isHeldAsideByHash, loadFifthSet } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The fifth real-modelled set (tests/fixtures/chat/real-modelled-5/): relatives', managers' and related
 * companies' accounts, changed accounts, and as many benign messages about paying through the order, in 10
 * languages. Goals are asserted on its development part only; the held-aside part (chosen by a hash of the id,
 * in held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const fifth = loadFifthSet();
const dev = fifth.filter((r) => r.split === 'tune');

describe('fifth real-modelled set', () => {
  it('is what its README says: 130+ messages, 10 languages, more benign than risky, a hash-chosen part held aside in its own file', () => {
    expect(fifth.length).toBeGreaterThanOrEqual(130);
    expect(new Set(fifth.map((r) => r.lang)).size).toBe(10);
    expectSourcedAndUnique(fifth);
    expect(fifth.filter((r) => r.labels.length === 0).length).toBeGreaterThan(fifth.length / 2);
    expectHeldAsideFile(fifth, FIFTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it('safety reminders, PI bank info in the order and balance reminders raise nothing, in every language', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(fifth);
  });
});
