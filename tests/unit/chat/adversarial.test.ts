import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { ADVERSARIAL_FAMILIES, adversarialText } from '../../../scripts/bench/chat-adversarial-families';

/**
 * The hostile inputs of scripts/bench/chat-adversarial.ts (whose timing the benchmark reports; no time is
 * asserted here): bounding the work per clause must not change what a buyer is told. At every length the
 * message still yields the findings a reader would expect, and nothing else.
 */
describe('adversarial messages keep their findings', () => {
  for (const family of ADVERSARIAL_FAMILIES) {
    it(`${family.name}: ${JSON.stringify(family.unit)} repeated`, () => {
      for (const length of [200, 2500, 20_000]) {
        const rules = [
          ...new Set(
            scanMessage({ from: 'supplier', text: adversarialText(family, length) }).map((f) => f.rule),
          ),
        ];
        expect(rules.sort(), `${length} characters`).toEqual([...family.expect].sort());
      }
    });
  }
});
