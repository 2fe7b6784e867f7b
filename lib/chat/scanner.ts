import { analyseMessage } from './analyse';
import { escalate, windowAfter } from './escalate';
import type { ChatFinding, ChatMessageInput, ChatScanContext, ScannedMessage } from './types';

/** One message on its own (urgency in the same message still raises its other findings). */
export function scanMessage(msg: ChatMessageInput, ctx: ChatScanContext = {}): ChatFinding[] {
  return escalate(analyseMessage(msg, ctx), 0);
}

const PROBES = 16;

/** FNV-1a, 32 bits: a cheap key for messages without an id. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

interface Entry {
  id?: string;
  from: ChatMessageInput['from'];
  text: string;
  raw: ChatFinding[];
  windowAfter: number;
}

/**
 * Incremental scanner for a live conversation: call `scan` with the whole message list whenever it grows.
 * Each message is analysed once, keyed by its id, else by position + hash of sender and text; positions
 * that hold the same message as last time are skipped without hashing. Only the escalation pass (cheap)
 * is redone from the first changed position. Limitation: an id-less message edited in place (same
 * position, new text) between probes is noticed only on a call where a probe differs.
 */
export function createChatScanner(ctx: ChatScanContext = {}) {
  // Ids are used as keys as they are (an id string keeps its hash; a concatenated key is hashed afresh).
  const byId = new Map<string, ChatFinding[]>();
  const byPosition = new Map<string, ChatFinding[]>();
  const entries: Entry[] = [];
  const results: ScannedMessage[] = [];
  let analysed = 0;

  const cacheOf = (m: ChatMessageInput, index: number): [Map<string, ChatFinding[]>, string] =>
    m.id !== undefined ? [byId, m.id] : [byPosition, `${index}:${m.from}:${hash(m.text)}`];
  const isSame = (e: Entry | undefined, m: ChatMessageInput) =>
    e !== undefined &&
    (m.id !== undefined ? e.id === m.id : e.id === undefined && e.from === m.from && e.text === m.text);

  /**
   * A conversation normally only grows at its end. Probing the first, the last known and a few evenly
   * spaced positions catches insertions and deletions (they shift every later message) in O(1); only when
   * a probe differs is every position compared.
   */
  function unchangedPrefix(messages: readonly ChatMessageInput[]): number {
    const n = entries.length;
    if (n === 0 || messages.length < n) return 0;
    for (let k = 0; k <= PROBES; k++) {
      const i = Math.floor(((n - 1) * k) / PROBES);
      if (!isSame(entries[i], messages[i]!)) return 0;
    }
    return n;
  }

  function scan(messages: readonly ChatMessageInput[]): ScannedMessage[] {
    let firstChanged = Math.min(messages.length, entries.length);
    for (let i = unchangedPrefix(messages); i < messages.length; i++) {
      const m = messages[i]!;
      if (isSame(entries[i], m)) continue;
      if (i < firstChanged) firstChanged = i;
      const [cache, key] = cacheOf(m, i);
      let raw = cache.get(key);
      if (!raw) {
        raw = analyseMessage(m, ctx);
        analysed++;
        cache.set(key, raw);
      }
      const entry: Entry = { from: m.from, text: m.text, raw, windowAfter: 0 };
      if (m.id !== undefined) entry.id = m.id;
      if (i < entries.length) entries[i] = entry;
      else entries.push(entry); // append, never assign past the end: keeps the array packed (fast)
    }
    // Shrinking is fine; growing by setting .length would turn the arrays into slow dictionaries.
    if (entries.length > messages.length) entries.length = messages.length;
    if (results.length > messages.length) results.length = messages.length;
    let window = firstChanged > 0 ? entries[firstChanged - 1]!.windowAfter : 0;
    for (let i = firstChanged; i < entries.length; i++) {
      const e = entries[i]!;
      const findings = escalate(e.raw, window);
      window = windowAfter(e.from, e.raw, window);
      e.windowAfter = window;
      const scanned: ScannedMessage = { index: i, from: e.from, findings };
      if (e.id !== undefined) scanned.id = e.id;
      if (i < results.length) results[i] = scanned;
      else results.push(scanned);
    }
    return results.slice();
  }

  return { scan, analysedCount: () => analysed };
}

export type ChatScanner = ReturnType<typeof createChatScanner>;
