import { describe, expect, it } from 'vitest';
import { detector } from '../../../scripts/bench/chat-corpus';
import { isHeldAsideByHash, loadSixthSet, SIXTH_DIR } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The sixth real-modelled set (tests/fixtures/chat/real-modelled-6/): bank details written out, payees outside
 * the order, moves to other shops, and benign messages where "account", "transfer", "contact", courier phones
 * and app names are harmless, in 12 languages. Goals are asserted on its development part only; the held-aside
 * part (chosen by a hash of the id, in held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts`
 * and never tuned on.
 */
const sixth = loadSixthSet();
const dev = sixth.filter((r) => r.split === 'tune');

describe('sixth real-modelled set', () => {
  it('is what its README says: 130+ messages, 12 languages, more benign than risky, a hash-chosen part held aside in its own file', () => {
    expect(sixth.length).toBeGreaterThanOrEqual(130);
    expect(new Set(sixth.map((r) => r.lang)).size).toBe(12);
    expectSourcedAndUnique(sixth);
    expect(sixth.filter((r) => r.labels.length === 0).length).toBeGreaterThan(sixth.length / 2);
    expect(sixth.filter((r) => r.labels.includes('payment-details')).length).toBeGreaterThanOrEqual(15);
    expectHeldAsideFile(sixth, SIXTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it('every bank account, IBAN, card or wallet number written in the development part is reported', () => {
    const missed = dev
      .filter((r) => r.labels.includes('payment-details') && !detector(r).has('payment-details'))
      .map((r) => `${r.id}: ${r.text}`);
    expect(missed).toEqual([]);
  });

  it('courier phones, buyer accounts, shipping transfers, app features and platform refunds raise nothing', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(sixth);
  });
});
