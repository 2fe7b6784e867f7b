import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { checkSpecText } from '../../../lib/spec';

/**
 * A long pasted message or spec line with no sentence end must cost about what any text of its length costs:
 * a look-ahead that read to the end of the text from every place a pattern could start made the work grow
 * with the square of the length (a 50 KB message repeating "别走订单" took over a second; a quotation pasted
 * as one line of thousands of price tiers took seconds). No wall-clock figure is asserted: the cost is a
 * ratio to plain text of the same length, measured in the same run (best of five each), and a square-law
 * cost is tens of times the plain one at this length, where a linear one stays within a few.
 */
const repeat = (seed: string, length = 60_000) =>
  seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

function bestOf(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 1);
}

const chat = (text: string) => () => scanMessage({ from: 'supplier', text });
const spec = (text: string) => () => checkSpecText(text);

describe('long text without a sentence end', () => {
  it('a chat message repeating a contrast with the order costs about what plain text of its length costs', () => {
    const plain = bestOf(chat(repeat('今天工厂很忙 我们明天发货 ')));
    for (const seed of ['别走订单 ', '不要别走订单 ', 'never pay instead of the platform ']) {
      const ratio = bestOf(chat(repeat(seed))) / plain;
      expect(ratio, seed).toBeLessThan(10);
    }
  }, 60_000);

  it('a spec line of thousands of price tiers costs about what plain text of its length costs', () => {
    // The spec checker reads every clause, so plain text costs more here: a longer line separates the laws.
    const plain = bestOf(spec(repeat('blue cotton shirt ', 120_000)));
    const ratio = bestOf(spec(repeat('100-499 pieces ', 120_000))) / plain;
    expect(ratio).toBeLessThan(5);
  }, 60_000);
});
