import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChatScanner } from '../../lib/chat/scanner';
import type { ChatMessageInput } from '../../lib/chat/types';

/**
 * Speed of the incremental chat scanner: a synthetic 10,000-message conversation built from corpus messages
 * (cycled, with a counter appended so every text is distinct), an initial scan, then messages added one at
 * a time as in a live chat. `runChatScanSpeed` is pure (takes the corpus texts, a clock) so the lead can run
 * it in Chromium with `performance.now`. Run in Node: npx tsx scripts/bench/chat-scan-speed.ts
 */
export interface SpeedResult {
  messages: number;
  initialMs: number;
  added: number;
  perAddedMs: number;
  maxAddedMs: number;
  analysedAfterInitial: number;
  analysedForAdded: number;
  analysedEqualsAdded: boolean;
}

export function syntheticConversation(
  seed: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  count: number,
) {
  const out: ChatMessageInput[] = [];
  for (let i = 0; i < count; i++) {
    const m = seed[i % seed.length]!;
    out.push({ id: `m${i}`, from: m.from, text: `${m.text} (${i})` });
  }
  return out;
}

export function runChatScanSpeed(
  seed: readonly Pick<ChatMessageInput, 'from' | 'text'>[],
  now: () => number,
  { initial = 10_000, added = 200 } = {},
): SpeedResult {
  const all = syntheticConversation(seed, initial + added);
  const scanner = createChatScanner();
  const t0 = now();
  scanner.scan(all.slice(0, initial));
  const initialMs = now() - t0;
  const analysedAfterInitial = scanner.analysedCount();
  let total = 0;
  let max = 0;
  for (let k = 1; k <= added; k++) {
    const list = all.slice(0, initial + k); // what a page reader hands over: the whole conversation so far
    const t = now();
    scanner.scan(list);
    const ms = now() - t;
    total += ms;
    max = Math.max(max, ms);
  }
  const analysedForAdded = scanner.analysedCount() - analysedAfterInitial;
  return {
    messages: initial,
    initialMs,
    added,
    perAddedMs: total / added,
    maxAddedMs: max,
    analysedAfterInitial,
    analysedForAdded,
    analysedEqualsAdded: analysedAfterInitial === initial && analysedForAdded === added,
  };
}

export function loadSeedMessages(): Pick<ChatMessageInput, 'from' | 'text'>[] {
  const path = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'chat', 'corpus.jsonl');
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ChatMessageInput);
}

export function main(): SpeedResult {
  const seed = loadSeedMessages();
  const cold = runChatScanSpeed(seed, () => performance.now(), { initial: 10_000, added: 20 }); // first run: cold JIT
  const runs = [0, 1, 2].map(() => runChatScanSpeed(seed, () => performance.now()));
  const r = runs.reduce((a, b) => (b.initialMs < a.initialMs ? b : a));
  console.log(
    [
      `chat scan speed (Node ${process.version}): ${r.messages} messages cycled from the corpus (half of them risky)`,
      `  initial scan: ${r.initialMs.toFixed(1)} ms warm, best of 3 (goal ≤ 300 ms); cold first run ${cold.initialMs.toFixed(1)} ms`,
      `  per added message: ${r.perAddedMs.toFixed(3)} ms average, ${r.maxAddedMs.toFixed(3)} ms worst (goal ≤ 1 ms)`,
      `  analysed: ${r.analysedAfterInitial} initially, ${r.analysedForAdded} for ${r.added} added → ${r.analysedEqualsAdded ? 'each message once' : 'MISMATCH'}`,
    ].join('\n'),
  );
  return r;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
