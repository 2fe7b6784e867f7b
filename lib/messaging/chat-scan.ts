/**
 * The chat guard's scan request, as the content script sends it: the new messages of one conversation,
 * for the background to scan (entrypoints/background/chat-scan.ts). The page keeps only what reads the
 * DOM and draws the marks; the scanner's patterns load and run in the background, off the buyer's page.
 * No zod here: the content script imports this file; the background validates with protocol.ts.
 *
 * Sizes the background accepts, and the content script keeps to before sending (fitScanLine):
 * a supplier controls the length of their own messages, and a page must not make the background grow.
 */
/**
 * Characters of one message the scanner reads (a chat bubble is never near this). A longer one is read at
 * both ends (its opening and its last lines: where a padded message puts the account), and the page counts
 * it as not fully checked — never as clean.
 */
export const SCAN_TEXT_MAX = 100_000;
/** Between the two ends of a cut message: a paragraph break, so no sentence is made across the cut. */
const CUT_JOIN = '\n\n…\n\n';
/**
 * The page address a scan request names (the background keeps one conversation per frame and address).
 * A longer one is normalised, never sent uncut: refused at the boundary, it would leave the chat unguarded.
 */
export const SCAN_URL_MAX = 4_000;
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
    text: m.text.length <= SCAN_TEXT_MAX ? m.text : bothEnds(m.text),
    ...(m.at?.raw ? { at: m.at.raw.slice(0, SCAN_AT_MAX) } : {}),
  };
}

/** True when fitScanLine cuts this text: its middle is not read, so the message is not fully checked. */
export const scanCutsText = (text: string): boolean => text.length > SCAN_TEXT_MAX;

function bothEnds(text: string): string {
  const head = Math.floor((SCAN_TEXT_MAX - CUT_JOIN.length) / 2);
  const tail = SCAN_TEXT_MAX - CUT_JOIN.length - head;
  return `${text.slice(0, head)}${CUT_JOIN}${text.slice(-tail)}`;
}

/** Query keys that name what a chat page shows (conversationId, orderId, activeAccountId…): kept when cutting. */
const NAMING_KEY = /id$/i;
const KEPT_VALUE_MAX = 200;

/**
 * The address a scan request names: the page's own when it fits; otherwise its origin, path and the
 * keys that name the conversation or order (tracking parameters such as spm and tracelog dropped), in
 * the query and in a hash route (`#/?activeAccountId=…`), cut to SCAN_URL_MAX. Always the same for the
 * same address: the background compares it (entrypoints/background/chat-handlers.ts).
 */
export function scanSessionUrl(href: string): string {
  if (href.length <= SCAN_URL_MAX) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.slice(0, SCAN_URL_MAX);
  }
  const [hashPath = '', hashQuery = ''] = url.hash.replace(/^#/, '').split('?', 2);
  const query = namingKeys(url.search);
  const hash = hashPath || hashQuery ? `#${hashPath.slice(0, 500)}${namingKeys(hashQuery)}` : '';
  const kept = `${url.origin}${url.pathname.slice(0, 1_000)}${query}${hash}`;
  return kept.slice(0, SCAN_URL_MAX);
}

function namingKeys(search: string): string {
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search))
    if (NAMING_KEY.test(key) && key.length <= 50) kept.append(key, value.slice(0, KEPT_VALUE_MAX));
  const text = kept.toString();
  return text ? `?${text}` : '';
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
