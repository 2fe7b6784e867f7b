import { describe, expect, it } from 'vitest';
import { isHeldAsideByHash, loadThirteenthSet, THIRTEENTH_DIR } from '../../../scripts/bench/chat-real-set';
import {
  expectDevelopmentGoals,
  expectHeldAsideFile,
  expectNoSharedSourceSite,
  expectSourcedAndUnique,
  flaggedBenign,
} from './real-set-checks';

/**
 * The thirteenth real-modelled set was modelled on sites no earlier chat fixture used (its README lists them): no
 * `source` host of it appears in any other chat fixture, so its messages add readings rather than repeat them.
 * Its shape and held-aside file are checked here; its figures (whole, development, held-aside, beside the keyword
 * baseline) are printed by scripts/bench/chat-corpus.ts.
 */
describe('thirteenth real-modelled set: sources', () => {
  it('shares no source site with any earlier chat fixture', () => {
    expectNoSharedSourceSite(loadThirteenthSet(), THIRTEENTH_DIR);
  });
});

describe('thirteenth real-modelled set: shape', () => {
  it('is what its README says: 110+ messages, 15 languages, at least half benign, a hash-chosen part held aside in its own file', () => {
    const rows = loadThirteenthSet();
    expect(rows.length).toBeGreaterThanOrEqual(110);
    expect(new Set(rows.map((r) => r.lang)).size).toBe(15);
    expectSourcedAndUnique(rows);
    expect(rows.filter((r) => r.labels.length === 0).length / rows.length).toBeGreaterThanOrEqual(0.5);
    expectHeldAsideFile(rows, THIRTEENTH_DIR, isHeldAsideByHash);
  });

  it('development part: payment P and R ≥ 0.97, contact R ≥ 0.95, no benign message flagged', () => {
    expectDevelopmentGoals(loadThirteenthSet().filter((r) => r.split === 'tune'));
  });

  it("checkout methods, Alibaba's designated account, apps mentioned without a move, impostor warnings, tracking and model numbers raise nothing", () => {
    expect(flaggedBenign(loadThirteenthSet().filter((r) => r.split === 'tune'))).toEqual([]);
  });
});
