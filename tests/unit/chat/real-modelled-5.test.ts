import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateSwitch } from '../../../lib/chat/match';
import { detector } from '../../../scripts/bench/chat-corpus';
import {
  FIFTH_DIR,
  isHeldAsideByHash,
  loadFifthSet,
  scoreLanguage,
} from '../../../scripts/bench/chat-real-set';

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
    expect(fifth.every((r) => /^https?:\/\/\S+$/.test(r.source))).toBe(true);
    expect(new Set(fifth.map((r) => r.id)).size).toBe(fifth.length);
    expect(fifth.filter((r) => r.labels.length === 0).length).toBeGreaterThan(fifth.length / 2);
    const inFile = readFileSync(join(FIFTH_DIR, 'held-aside.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(inFile.sort()).toEqual(
      fifth
        .filter((r) => isHeldAsideByHash(r.id))
        .map((r) => r.id)
        .sort(),
    );
    expect(inFile.length / fifth.length).toBeGreaterThan(0.25);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    const s = scoreLanguage('all', dev, detector);
    expect(s.paymentPrecision, 'payment precision').toBeGreaterThanOrEqual(0.97);
    expect(s.paymentRecall, 'payment recall').toBeGreaterThanOrEqual(0.97);
    expect(s.contactRecall, 'contact recall').toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarm, 'false alarms on benign').toBeLessThanOrEqual(0.01);
  });

  it('safety reminders, PI bank info in the order and balance reminders raise nothing, in every language', () => {
    const benign = dev.filter((r) => r.labels.length === 0);
    const flagged = benign.filter((r) => detector(r).size > 0).map((r) => `${r.id}: ${r.text}`);
    expect(flagged).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    const withGates = fifth.map((r) => [...detector(r)].join());
    gateSwitch.enabled = false;
    try {
      expect(fifth.map((r) => [...detector(r)].join())).toEqual(withGates);
    } finally {
      gateSwitch.enabled = true;
    }
  });
});
