/**
 * How the chat guard and the spec checker grow with one long pasted text that has no sentence end. A
 * look-ahead that read to the end of the text from every place a pattern could start made the cost grow with
 * the square of the length (a 60 KB message repeating "别走订单" cost ~400× plain text; one line of thousands
 * of price tiers ~13×). Each case is timed beside plain text of the same length in the same run (best of
 * five), and at 1× and 2× its length: a ratio per doubling near 2 is linear, near 4 quadratic.
 * Run: npx tsx scripts/bench/long-text-scaling.ts   (or npm run bench -- --only=long-text-scaling)
 */
import { fileURLToPath } from 'node:url';
import { scanMessage } from '../../lib/chat/scanner';
import '../../lib/i18n/bundled-catalogs';
import { checkSpecText } from '../../lib/spec';

const repeat = (seed: string, length: number) =>
  seed.repeat(Math.ceil(length / seed.length)).slice(0, length);

function bestOf(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 0.01);
}

const chat = (text: string) => () => scanMessage({ from: 'supplier', text });
const spec = (text: string) => () => checkSpecText(text);

interface Case {
  name: string;
  check: (text: string) => () => unknown;
  plain: string;
  seed: string;
  length: number;
}

const CASES: Case[] = [
  // "send the " repeated: a whole-message look-ahead tried at every position was quadratic (36 KB in 2.7 s).
  ...['别走订单 ', '不要别走订单 ', 'never pay instead of the platform ', 'send the '].map((seed) => ({
    name: `chat: "${seed.trim()}" repeated`,
    check: chat,
    plain: '今天工厂很忙 我们明天发货 ',
    seed,
    length: 60_000,
  })),
  {
    name: 'spec: one line of price tiers "100-499 pieces"',
    check: spec,
    plain: 'blue cotton shirt ',
    seed: '100-499 pieces ',
    length: 120_000,
  },
];

export function main(): void {
  console.log(
    'long text without a sentence end: ratio to plain text of the same length (same run, best of 5)',
  );
  for (const c of CASES) {
    const at = (length: number) => {
      const plain = bestOf(c.check(repeat(c.plain, length)));
      const hostile = bestOf(c.check(repeat(c.seed, length)));
      return { plain, hostile };
    };
    const one = at(c.length);
    const two = at(c.length * 2);
    console.log(
      `  ${c.name}: ${(c.length / 1000).toFixed(0)} K chars ${one.hostile.toFixed(1)} ms (×${(one.hostile / one.plain).toFixed(1)} plain); doubled ×${(two.hostile / one.hostile).toFixed(1)} per doubling (plain ×${(two.plain / one.plain).toFixed(1)})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
