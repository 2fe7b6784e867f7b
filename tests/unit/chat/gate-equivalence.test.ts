import { describe, expect, it } from 'vitest';
import { analyseMessage } from '../../../lib/chat/analyse';
import { gateSwitch } from '../../../lib/chat/match';
import { allFixtureTexts } from './helpers';

/**
 * The gate index (gate-index.ts) decides which patterns a message can open, and where a gate that is more
 * than words is tried (only where its words start, not over the whole message). Both are shortcuts: this runs
 * every message of every chat fixture — corpora, real-modelled sets, held-aside thirds, case files — through
 * the full analysis with the gates on and off, and expects the same findings, quote for quote.
 */
const messages = allFixtureTexts();

const findingsOf = (text: string) => JSON.stringify(analyseMessage({ from: 'supplier', text }, {}));

describe('gate index', () => {
  it('reads the fixtures: about two thousand distinct messages', () => {
    expect(messages.length).toBeGreaterThan(1500);
  });

  it('never hides or changes a finding: every fixture message gives the same findings with gates off', () => {
    const withGates = messages.map(findingsOf);
    expect(withGates.some((f) => f !== '[]')).toBe(true);
    gateSwitch.enabled = false;
    try {
      const without = messages.map(findingsOf);
      const differing = messages.filter((_, i) => without[i] !== withGates[i]);
      expect(differing).toEqual([]);
    } finally {
      gateSwitch.enabled = true;
    }
    // Every fixture message scanned twice, once with no gate at all: minutes on a busy 2-core machine. The limit
    // only stops a hang; it asserts nothing about speed.
  }, 600_000);
});
