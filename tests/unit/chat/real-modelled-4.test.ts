import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateSwitch } from '../../../lib/chat/match';
import { detector } from '../../../scripts/bench/chat-corpus';
import { FOURTH_DIR, isHeldAside, loadRealSet, scoreLanguage } from '../../../scripts/bench/chat-real-set';

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
    expect(fourth.every((r) => /^https?:\/\/\S+$/.test(r.source))).toBe(true);
    expect(new Set(fourth.map((r) => r.id)).size).toBe(fourth.length);
    expect(fourth.filter((r) => r.labels.length === 0).length).toBeGreaterThanOrEqual(fourth.length / 2);
    // Numbered per language, so the share is a little under a third; the file holds exactly those messages.
    const inFile = readFileSync(join(FOURTH_DIR, 'held-aside.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(inFile.sort()).toEqual(
      fourth
        .filter((r) => isHeldAside(r.id))
        .map((r) => r.id)
        .sort(),
    );
    expect(inFile.length / fourth.length).toBeGreaterThan(0.25);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    const s = scoreLanguage('all', dev, detector);
    expect(s.paymentPrecision, 'payment precision').toBeGreaterThanOrEqual(0.97);
    expect(s.paymentRecall, 'payment recall').toBeGreaterThanOrEqual(0.97);
    expect(s.contactRecall, 'contact recall').toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarm, 'false alarms on benign').toBeLessThanOrEqual(0.01);
  });

  it('a checkout list, a look-alike logo and a price rise paid in the order raise nothing, in every language', () => {
    const benign = dev.filter((r) => r.labels.length === 0);
    const flagged = benign.filter((r) => detector(r).size > 0).map((r) => `${r.id}: ${r.text}`);
    expect(flagged).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    const withGates = fourth.map((r) => [...detector(r)].join());
    gateSwitch.enabled = false;
    try {
      expect(fourth.map((r) => [...detector(r)].join())).toEqual(withGates);
    } finally {
      gateSwitch.enabled = true;
    }
  });
});
