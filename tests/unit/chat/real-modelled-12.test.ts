import { describe, it } from 'vitest';
import { loadTwelfthSet, TWELFTH_DIR } from '../../../scripts/bench/chat-real-set';
import { expectNoSharedSourceSite } from './real-set-checks';

/**
 * The twelfth real-modelled set was modelled on sites no earlier chat fixture used (its README lists them): no
 * `source` host of it appears in any other chat fixture, so its messages add readings rather than repeat them.
 * Its shape, goals and held-aside file are checked with the seventh to eleventh sets
 * (tests/unit/chat/real-modelled-7-to-10.test.ts).
 */
describe('twelfth real-modelled set: sources', () => {
  it('shares no source site with any earlier chat fixture', () => {
    expectNoSharedSourceSite(loadTwelfthSet(), TWELFTH_DIR);
  });
});
