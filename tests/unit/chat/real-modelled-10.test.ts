import { describe, expect, it } from 'vitest';
import { isHeldAsideByHash, loadTenthSet, TENTH_DIR } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The tenth real-modelled set (tests/fixtures/chat/real-modelled-10/): the ordinary talk of a trade — sample fees,
 * MOQ, lead times, partial refunds and replacements through the order, forwarders, DDP, customs and tracking — and
 * the requests that arise inside it (a refund "outside", a sample fee to a personal wallet, freight to the
 * forwarder's own account, a customs "fee" to an agent, a new contact who moves the talk to an app), in 15
 * languages. Goals are asserted on its development part only; the held-aside part (chosen by a hash of the id, in
 * held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const tenth = loadTenthSet();
const dev = tenth.filter((r) => r.split === 'tune');

describe('tenth real-modelled set', () => {
  it('is what its README says: 100+ messages, 15 languages, at least 60% benign, a hash-chosen part held aside in its own file', () => {
    expect(tenth.length).toBeGreaterThanOrEqual(100);
    expect(new Set(tenth.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(tenth);
    expect(tenth.filter((r) => r.labels.length === 0).length / tenth.length).toBeGreaterThanOrEqual(0.6);
    expectHeldAsideFile(tenth, TENTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it('sample orders, MOQ, refunds through the order, forwarders, DDP, customs duty and tracking raise nothing', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(tenth);
  });
});
