import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTwelfthSet, TWELFTH_DIR } from '../../../scripts/bench/chat-real-set';

/**
 * The twelfth real-modelled set was modelled on sites no earlier chat fixture used (its README lists them): no
 * `source` host of it appears in any other chat fixture, so its messages add readings rather than repeat them.
 * Its shape, goals and held-aside file are checked with the seventh to eleventh sets
 * (tests/unit/chat/real-modelled-7-to-10.test.ts).
 */
const CHAT_FIXTURES = join(TWELFTH_DIR, '..');

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === TWELFTH_DIR) return [];
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    if (!name.endsWith('.jsonl')) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { source?: unknown }).source)
      .filter((s): s is string => typeof s === 'string' && /^https?:\/\//.test(s));
  });
}

describe('twelfth real-modelled set: sources', () => {
  it('shares no source site with any earlier chat fixture', () => {
    const older = new Set(sourcesUnder(CHAT_FIXTURES).map(host));
    expect(older.size).toBeGreaterThan(400);
    const shared = loadTwelfthSet()
      .map((r) => host(r.source))
      .filter((h) => older.has(h));
    expect(shared).toEqual([]);
  });
});
