import { resolve } from 'node:path';
import type { SpeedResult } from './chat-scan-core';
import { loadSeedMessages } from './chat-scan-speed';
import { withBundleInChromium } from './chromium-page';

/**
 * The chat scanner's speed in Chromium: a 10,000-message conversation, then
 * messages added one at a time. Two mixes: cycled from the labelled corpus
 * (about half risky: a worst case) and a realistic chat (1 risky in 20).
 */
export async function main(): Promise<Record<string, SpeedResult>> {
  const corpus = loadSeedMessages();
  const benign = corpus.filter((m) => (m as { labels?: string[] }).labels?.length === 0);
  const risky = corpus.filter((m) => ((m as { labels?: string[] }).labels?.length ?? 0) > 0);
  const realistic = benign.flatMap((m, i) =>
    i % 19 === 0 && risky[i % risky.length] ? [m, risky[i % risky.length]!] : [m],
  );
  const results = await withBundleInChromium(resolve(import.meta.dirname, 'chat-chromium-entry.ts'), (page) =>
    page.evaluate(
      ({ corpus, realistic }) => {
        const run = (
          window as unknown as {
            runChatScanSpeed: (s: unknown, now: () => number, o?: unknown) => SpeedResult;
          }
        ).runChatScanSpeed;
        run(corpus, () => performance.now(), { initial: 2000, added: 20 }); // warm the JIT once
        return {
          corpus: run(corpus, () => performance.now()),
          realistic: run(realistic, () => performance.now()),
        };
      },
      {
        corpus: corpus.map(({ from, text }) => ({ from, text })),
        realistic: realistic.map(({ from, text }) => ({ from, text })),
      },
    ),
  );
  for (const [mix, r] of Object.entries(results)) {
    console.log(
      `chat scan in Chromium (${mix} mix): ${r.messages} messages, initial ${r.initialMs.toFixed(1)} ms (goal ≤ 300); ` +
        `per added ${r.perAddedMs.toFixed(3)} ms avg, ${r.maxAddedMs.toFixed(2)} ms worst (goal ≤ 1); ` +
        `analysed ${r.analysedAfterInitial} + ${r.analysedForAdded} for ${r.added} added → ${r.analysedEqualsAdded ? 'each once' : 'MISMATCH'}`,
    );
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
