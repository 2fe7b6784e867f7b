import { describe, expect, it } from 'vitest';
import { FOURTH_DIR, isHeldAside, loadRealSet } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The fourth real-modelled set (tests/fixtures/chat/real-modelled-4/): hard benign messages and indirect
 * requests in 15 languages. Goals are asserted on its development part only; the held-aside third (in
 * held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const fourth = loadRealSet(FOURTH_DIR);
const dev = fourth.filter((r) => r.split === 'tune');

describe('fourth real-modelled set', () => {
  it('is what its README says: 150+ messages, 15 languages, half benign, a third held aside in its own file', () => {
    expect(fourth.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fourth.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(fourth);
    expect(fourth.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(fourth.length / 2);
    expectHeldAsideFile(fourth, FOURTH_DIR, isHeldAside);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it('a checkout list, a look-alike logo and a price rise paid in the order raise nothing, in every language', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(fourth);
  });
});
