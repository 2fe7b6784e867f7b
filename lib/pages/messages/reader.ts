import type { ChatMessage, ChatSide } from '../../model/chat-message';
import { parseDateText } from '../alibaba/order-dates';
import { normaliseLabel } from '../alibaba/order-text';
import { chatTime, fnv1a, parseBlock } from './bubble';
import { findMessageList } from './message-list';
import { sideFromStructure } from './side';

export interface MessageReaderOptions {
  /** The signed-in buyer's display name, when the caller knows it: their messages are "buyer". */
  buyerName?: string | null;
}

export interface MessageReader {
  /** Messages under `root` not returned before (by element identity and by message id). */
  read(root: ParentNode): ChatMessage[];
  /** The same, each with the bubble element it was read from (for marking it in the page). */
  readWithElements(root: ParentNode): { message: ChatMessage; element: Element }[];
  seen(): number;
}

/**
 * Incremental chat reader for a live Message Center (or one of its iframes:
 * it reads only the root it is given). Each read walks the message list's
 * children once and parses only blocks it has not seen, so repeated reads of
 * a 10,000-message chat cost nothing for old messages when new ones are
 * appended (the walk resumes after the last block read) and a WeakSet lookup
 * per old message when history is prepended. A re-rendered
 * block with the same id is not returned again. Sender names learn their side
 * from bubbles whose side is clear, and lend it to bubbles whose side is not.
 */
export function createMessageReader(options: MessageReaderOptions = {}): MessageReader {
  const seenElements = new WeakSet<Element>();
  const seenIds = new Set<string>();
  const nameSides = new Map<string, ChatSide>();
  const nameCounts = new Map<string, number>();
  const buyer = options.buyerName ? normaliseLabel(options.buyerName) : null;
  let list: Element | null = null;
  let first: Element | null = null;
  let last: Element | null = null;
  let lastDay: string | null = null;

  function readWithElements(root: ParentNode): { message: ChatMessage; element: Element }[] {
    if (!list?.isConnected || !root.contains(list)) {
      list = findMessageList(root);
      first = null;
      last = null;
    }
    if (!list) return [];
    const out: { message: ChatMessage; element: Element }[] = [];
    const occurrences = new Map<string, number>();
    let day: string | null = lastDay;
    // Appends are the common case: start after the last block read, unless the head changed (history loaded).
    const resume = first !== null && list.firstElementChild === first && last?.parentElement === list;
    const blocks: Element[] = [];
    for (
      let el = resume ? (last as Element).nextElementSibling : list.firstElementChild;
      el;
      el = el.nextElementSibling
    ) {
      blocks.push(el);
    }
    if (!resume) day = null;
    first = list.firstElementChild;
    last = list.lastElementChild;
    const fresh = blocks
      .filter((block) => !seenElements.has(block))
      .map((block) => ({ block, parsed: parseBlock(block) }));
    // Unhinted markup: a short first line that recurs across bubbles is a sender name, not a message.
    for (const { parsed } of fresh) {
      const head = parsed.nameLeaf ? null : parsed.textLeaves.length >= 2 ? parsed.textLeaves[0]?.text : null;
      if (head && head.length <= 40) nameCounts.set(head, (nameCounts.get(head) ?? 0) + 1);
    }
    for (const { block, parsed } of fresh) {
      if (parsed.textLeaves.length === 0 && parsed.attachments.length === 0) {
        // A date separator ("Nov 20, 2026", "Today"): dates later bare times; not a message.
        day = parseDateText(parsed.timeLeaf?.text ?? block.textContent ?? '') ?? day;
        continue;
      }
      seenElements.add(block);
      let senderName = parsed.nameLeaf?.text ?? null;
      let textLeaves = parsed.textLeaves;
      const head = textLeaves.length >= 2 ? (textLeaves[0]?.text as string) : null;
      if (!senderName && head && ((nameCounts.get(head) ?? 0) >= 2 || nameSides.has(head) || isBuyer(head))) {
        senderName = head;
        textLeaves = textLeaves.slice(1);
      }
      const text = textLeaves.map((l) => l.text).join('\n');
      const at = chatTime(parsed.timeLeaf, day);
      const day2 = at?.iso ? at.iso.slice(0, 10) : null;
      if (day2) day = day2;
      let from: ChatSide = sideFromStructure(block) ?? 'unknown';
      if (senderName && isBuyer(senderName)) from = 'buyer';
      if (from === 'unknown' && senderName) from = nameSides.get(senderName) ?? 'unknown';
      if (senderName && (from === 'buyer' || from === 'supplier') && !nameSides.has(senderName))
        nameSides.set(senderName, from);
      const base = parsed.attrId ?? `m${fnv1a(`${senderName ?? ''}|${at?.raw ?? ''}|${text}`)}`;
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      const id = n === 1 ? base : `${base}#${n}`;
      if (seenIds.has(id)) continue;
      seenIds.add(id);
      // Built here to the ChatMessage type, not parsed: zod stays off the chat page's thread (whoever stores
      // the message — the background, the command line — validates it against ChatMessageSchema).
      const message: ChatMessage = { id, from, senderName, text, at, attachments: parsed.attachments };
      out.push({ message, element: block });
    }
    lastDay = day;
    return out;
  }

  function isBuyer(name: string): boolean {
    return buyer !== null && normaliseLabel(name) === buyer;
  }

  return {
    read: (root) => readWithElements(root).map((r) => r.message),
    readWithElements,
    seen: () => seenIds.size,
  };
}
