import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateSwitch } from '../../../lib/chat/match';
import { detector } from '../../../scripts/bench/chat-corpus';
import {
  isHeldAsideByHash,
  loadSixthSet,
  SIXTH_DIR,
  scoreLanguage,
} from '../../../scripts/bench/chat-real-set';

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
    expect(sixth.every((r) => /^https?:\/\/\S+$/.test(r.source))).toBe(true);
    expect(new Set(sixth.map((r) => r.id)).size).toBe(sixth.length);
    expect(sixth.filter((r) => r.labels.length === 0).length).toBeGreaterThan(sixth.length / 2);
    expect(sixth.filter((r) => r.labels.includes('payment-details')).length).toBeGreaterThanOrEqual(15);
    const inFile = readFileSync(join(SIXTH_DIR, 'held-aside.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(inFile.sort()).toEqual(
      sixth
        .filter((r) => isHeldAsideByHash(r.id))
        .map((r) => r.id)
        .sort(),
    );
    expect(inFile.length / sixth.length).toBeGreaterThan(0.25);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    const s = scoreLanguage('all', dev, detector);
    expect(s.paymentPrecision, 'payment precision').toBeGreaterThanOrEqual(0.97);
    expect(s.paymentRecall, 'payment recall').toBeGreaterThanOrEqual(0.97);
    expect(s.contactRecall, 'contact recall').toBeGreaterThanOrEqual(0.95);
    expect(s.falseAlarm, 'false alarms on benign').toBeLessThanOrEqual(0.01);
  });

  it('every bank account, IBAN, card or wallet number written in the development part is reported', () => {
    const missed = dev
      .filter((r) => r.labels.includes('payment-details') && !detector(r).has('payment-details'))
      .map((r) => `${r.id}: ${r.text}`);
    expect(missed).toEqual([]);
  });

  it('courier phones, buyer accounts, shipping transfers, app features and platform refunds raise nothing', () => {
    const flagged = dev
      .filter((r) => r.labels.length === 0 && detector(r).size > 0)
      .map((r) => `${r.id}: ${r.text}`);
    expect(flagged).toEqual([]);
  });

  it('pattern gates are only shortcuts here too', () => {
    const withGates = sixth.map((r) => [...detector(r)].join());
    gateSwitch.enabled = false;
    try {
      expect(sixth.map((r) => [...detector(r)].join())).toEqual(withGates);
    } finally {
      gateSwitch.enabled = true;
    }
  });
});
