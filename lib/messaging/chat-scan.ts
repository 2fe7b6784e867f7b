/**
 * The chat guard's scan request, as the content script sends it: the new messages of one conversation,
 * for the background to scan (entrypoints/background/chat-scan.ts). The page keeps only what reads the
 * DOM and draws the marks; the scanner's patterns load and run in the background, off the buyer's page.
 * No zod here: the content script imports this file; the background validates with protocol.ts.
 *
 * Sizes the background accepts, and the content script keeps to before sending (fitScanLine):
 * a supplier controls the length of their own messages, and a page must not make the background grow.
 */
/** Characters of one message the scanner reads (a chat bubble is never near this; past it, the rest is not read). */
export const SCAN_TEXT_MAX = 100_000;
/** A longer id is left out: the message is then known by its position and text, as id-less ones are. */
export const SCAN_ID_MAX = 200;
export const SCAN_AT_MAX = 100;
/** Messages in one request: a long history goes in several, one after another. */
export const SCAN_BATCH_MAX = 500;
/** Characters in one request (the content script closes a batch before it passes this). */
export const SCAN_BATCH_CHARS_MAX = 2_000_000;

export type ChatScanSide = 'supplier' | 'buyer' | 'system' | 'unknown';

/** One message to scan: what the scanner reads (lib/chat/types ChatMessageInput). */
export interface ChatScanLine {
  id?: string;
  from: ChatScanSide;
  text: string;
  at?: string;
}

export function fitScanLine(m: {
  id: string;
  from: ChatScanSide;
  text: string;
  at?: { raw: string } | null;
}): ChatScanLine {
  return {
    ...(m.id.length <= SCAN_ID_MAX ? { id: m.id } : {}),
    from: m.from,
    text: m.text.length <= SCAN_TEXT_MAX ? m.text : m.text.slice(0, SCAN_TEXT_MAX),
    ...(m.at?.raw ? { at: m.at.raw.slice(0, SCAN_AT_MAX) } : {}),
  };
}

/**
 * Lines from `start` on, cut into requests the background accepts: at most SCAN_BATCH_MAX messages and
 * (past the first message) SCAN_BATCH_CHARS_MAX characters each.
 */
export function scanBatches(lines: readonly ChatScanLine[], start: number): [number, ChatScanLine[]][] {
  const batches: [number, ChatScanLine[]][] = [];
  let from = start;
  while (from < lines.length) {
    let chars = 0;
    let to = from;
    while (to < lines.length && to - from < SCAN_BATCH_MAX) {
      const size = lines[to]!.text.length;
      if (to > from && chars + size > SCAN_BATCH_CHARS_MAX) break;
      chars += size;
      to++;
    }
    batches.push([from, lines.slice(from, to)]);
    from = to;
  }
  return batches;
}
