import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { gateSwitch } from '../../../lib/chat/match';
import { detector } from '../../../scripts/bench/chat-corpus';
import { type RealRow, scoreLanguage } from '../../../scripts/bench/chat-real-set';

/**
 * The checks every real-modelled chat set shares (sets 4, 5 and 6): its held-aside file holds exactly the
 * messages its rule puts aside, goals hold on the development part, and pattern gates never change a verdict.
 */

/**
 * held-aside.jsonl holds exactly the ids `isHeldAside` chooses, and more than a quarter of the set (or the share a
 * set's README gives, when the hash chose fewer: the twelfth set's 24%).
 */
export function expectHeldAsideFile(
  set: readonly RealRow[],
  dir: string,
  isHeldAside: (id: string) => boolean,
  moreThan = 0.25,
) {
  const inFile = readFileSync(join(dir, 'held-aside.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id);
  expect(inFile.sort()).toEqual(
    set
      .filter((r) => isHeldAside(r.id))
      .map((r) => r.id)
      .sort(),
  );
  expect(inFile.length / set.length).toBeGreaterThan(moreThan);
}

/** Every message names the public page it was modelled on, and ids are unique. */
export function expectSourcedAndUnique(set: readonly RealRow[]) {
  expect(set.every((r) => /^https?:\/\/\S+$/.test(r.source))).toBe(true);
  expect(new Set(set.map((r) => r.id)).size).toBe(set.length);
}

/** The goals on the part that was tuned on: payment P and R ≥ 0.97, contact R ≥ 0.95, ≤ 1% benign flagged. */
export function expectDevelopmentGoals(dev: readonly RealRow[]) {
  const s = scoreLanguage('all', [...dev], detector);
  expect(s.paymentPrecision, 'payment precision').toBeGreaterThanOrEqual(0.97);
  expect(s.paymentRecall, 'payment recall').toBeGreaterThanOrEqual(0.97);
  expect(s.contactRecall, 'contact recall').toBeGreaterThanOrEqual(0.95);
  expect(s.falseAlarm, 'false alarms on benign').toBeLessThanOrEqual(0.01);
}

/** The benign messages of the development part that raise anything, as "id: text" (the test expects none). */
export function flaggedBenign(dev: readonly RealRow[]): string[] {
  return dev.filter((r) => r.labels.length === 0 && detector(r).size > 0).map((r) => `${r.id}: ${r.text}`);
}

/** Pattern gates are only shortcuts: with them off, every message gets the same rules. */
export function expectGatesAreShortcuts(set: readonly RealRow[]) {
  const withGates = set.map((r) => [...detector(r)].join());
  gateSwitch.enabled = false;
  try {
    expect(set.map((r) => [...detector(r)].join())).toEqual(withGates);
  } finally {
    gateSwitch.enabled = true;
  }
}

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** The `source` sites of every chat fixture under `dir`, leaving out the set in `exceptDir`. */
function sourcesUnder(dir: string, exceptDir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === exceptDir) return [];
    if (statSync(path).isDirectory()) return sourcesUnder(path, exceptDir);
    if (!name.endsWith('.jsonl')) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { source?: unknown }).source)
      .filter((s): s is string => typeof s === 'string' && /^https?:\/\//.test(s));
  });
}

/** A set modelled on sites no other chat fixture used: none of its source hosts appears elsewhere. */
export function expectNoSharedSourceSite(set: readonly RealRow[], setDir: string) {
  const older = new Set(sourcesUnder(join(setDir, '..'), setDir).map(host));
  expect(older.size).toBeGreaterThan(400);
  expect(set.map((r) => host(r.source)).filter((h) => older.has(h))).toEqual([]);
}
