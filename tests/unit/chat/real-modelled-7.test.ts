import { describe, expect, it } from 'vitest';
import { detector } from '../../../scripts/bench/chat-corpus';
import { isHeldAsideByHash, loadSeventhSet, SEVENTH_DIR } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The seventh real-modelled set (tests/fixtures/chat/real-modelled-7/): requests that name no service, related
 * companies with a reason, refunds on condition, moves to other shops, "add me", full-width text and dotted
 * abbreviations, and benign messages where payment brands are a product's features or colours, in 15 languages.
 * Goals are asserted on its development part only; the held-aside part (chosen by a hash of the id, in
 * held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const seventh = loadSeventhSet();
const dev = seventh.filter((r) => r.split === 'tune');

describe('seventh real-modelled set', () => {
  it('is what its README says: 150+ messages, 15 languages, at least 55% benign, a hash-chosen part held aside in its own file', () => {
    expect(seventh.length).toBeGreaterThanOrEqual(150);
    expect(new Set(seventh.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(seventh);
    expect(seventh.filter((r) => r.labels.length === 0).length / seventh.length).toBeGreaterThanOrEqual(0.55);
    expectHeldAsideFile(seventh, SEVENTH_DIR, isHeldAsideByHash);
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

  it('payment terminals, brand colours, L/C and T/T to the order account, reminders and platform refunds raise nothing', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(seventh);
  });
});
