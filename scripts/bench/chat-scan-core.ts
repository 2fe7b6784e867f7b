import { createChatScanner } from '../../lib/chat/scanner';
import type { ChatMessageInput } from '../../lib/chat/types';

/**
 * The chat-scan speed measurement itself, free of Node APIs so the same code
 * runs in Node (chat-scan-speed.ts) and bundled into a Chromium page
 * (chromium-benches.ts).
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
