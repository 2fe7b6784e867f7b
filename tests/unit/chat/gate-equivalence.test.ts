import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseMessage } from '../../../lib/chat/analyse';
import { gateSwitch } from '../../../lib/chat/match';
import { FIXTURES, fixtureText } from './helpers';

/**
 * The gate index (gate-index.ts) decides which patterns a message can open, and where a gate that is more
 * than words is tried (only where its words start, not over the whole message). Both are shortcuts: this runs
 * every message of every chat fixture — corpora, real-modelled sets, held-aside thirds, case files — through
 * the full analysis with the gates on and off, and expects the same findings, quote for quote.
 */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.jsonl?$/.test(name) ? [path] : [];
  });
}

/** Every string held under a "text" key, at any depth (messages, conversations, cases). */
function textsIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const v of value) textsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'text' && typeof v === 'string') out.push(v);
      else textsIn(v, out);
    }
}

const texts: string[] = [];
for (const path of filesUnder(FIXTURES)) {
  const raw = fixtureText(relative(FIXTURES, path));
  if (path.endsWith('.jsonl'))
    for (const line of raw.split('\n')) {
      if (line.trim()) textsIn(JSON.parse(line), texts);
    }
  else textsIn(JSON.parse(raw), texts);
}
const messages = [...new Set(texts)];

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
