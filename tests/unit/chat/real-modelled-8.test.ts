import { describe, expect, it } from 'vitest';
import { EIGHTH_DIR, isHeldAsideByHash, loadEighthSet } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectGatesAreShortcuts,
  expectHeldAsideFile,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The eighth real-modelled set (tests/fixtures/chat/real-modelled-8/): a contrast marker beside a payment verb
 * ("instead of paying on the site", "außerhalb der Bestellung", "zamiast", "不走平台"), a manager, director or
 * related company as payee with a reason, remittance services abbreviated with dots or spaces, purchases moved to
 * another marketplace or shop account, and benign messages where devices show chat-app or wallet notifications,
 * in 15 languages. Goals are asserted on its development part only; the held-aside part (chosen by a hash of the
 * id, in held-aside.jsonl) is reported by `npx tsx scripts/bench/chat-corpus.ts` and never tuned on.
 */
const eighth = loadEighthSet();
const dev = eighth.filter((r) => r.split === 'tune');

describe('eighth real-modelled set', () => {
  it('is what its README says: 140+ messages, 15 languages, at least 55% benign, a hash-chosen part held aside in its own file', () => {
    expect(eighth.length).toBeGreaterThanOrEqual(140);
    expect(new Set(eighth.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(eighth);
    expect(eighth.filter((r) => r.labels.length === 0).length / eighth.length).toBeGreaterThanOrEqual(0.55);
    expectHeldAsideFile(eighth, EIGHTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(dev);
  });

  it('device notifications, brand colours, T/T and Online Transfer to the order account, L/C and warnings raise nothing', () => {
    expect(flaggedBenign(dev)).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    expectGatesAreShortcuts(eighth);
  });
});
