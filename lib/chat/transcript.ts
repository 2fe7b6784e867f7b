import { z } from 'zod';
import { type ChatMessageInput, ChatMessageInputSchema } from './types';

/**
 * Reads a chat export into messages. Accepted, tried in this order:
 * 1. a JSON array of `{"from":"supplier"|"buyer"|"system"|"unknown","text":"…","at"?,"id"?}`;
 * 2. JSONL: one such object per line (blank lines ignored);
 * 3. plain text, one message per "Speaker: text" line. Speakers: Supplier/Seller/Vendor/Factory → supplier,
 *    Buyer/Me/I/You → buyer, System/Alibaba/AliExpress/Trade Assurance → system; any other name ("Lily
 *    (10:32): …", "[2026-05-01 10:32] Lily: …") → unknown, which is judged like a supplier. A leading
 *    "[time]" or a "(time)" after the name is kept as `at`. Lines without a speaker continue the previous
 *    message. Throws an Error with a one-line message on anything else.
 */
const SIDES: Record<string, ChatMessageInput['from']> = {
  supplier: 'supplier',
  seller: 'supplier',
  vendor: 'supplier',
  factory: 'supplier',
  manufacturer: 'supplier',
  buyer: 'buyer',
  me: 'buyer',
  i: 'buyer',
  you: 'buyer',
  customer: 'buyer',
  system: 'system',
  alibaba: 'system',
  'alibaba.com': 'system',
  aliexpress: 'system',
  'trade assurance': 'system',
};
const LINE = /^\s*(?:\[([^\]]{1,40})\]\s*)?([^:：()[\]\n]{1,40}?)\s*(?:\(([^)]{1,40})\))?\s*[:：]\s?(.*)$/;

function parseJsonMessages(value: unknown, where: string): ChatMessageInput[] {
  const list = z.array(ChatMessageInputSchema).safeParse(value);
  if (list.success) return list.data;
  const issue = list.error.issues[0];
  const at = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new Error(`${where}: not a list of {"from","text"} messages${at}: ${issue?.message ?? 'invalid'}`);
}

function parsePlainText(input: string): ChatMessageInput[] {
  const messages: ChatMessageInput[] = [];
  for (const raw of input.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    const speaker = m?.[2]?.trim();
    // A "speaker" with URL-ish or sentence-like content ("Note that the price: …") is a continuation.
    if (m && speaker && !/https?$|\s{2,}/.test(speaker) && speaker.split(/\s+/).length <= 4) {
      const key = speaker.toLowerCase();
      // Own keys only: a speaker named "constructor" or "__proto__" is unknown, not Object's member.
      const from = Object.hasOwn(SIDES, key) ? (SIDES[key] ?? 'unknown') : 'unknown';
      const at = m[1] ?? m[3];
      messages.push({ from, text: m[4] ?? '', ...(at ? { at: at.trim() } : {}) });
    } else if (messages.length > 0) {
      const last = messages[messages.length - 1]!;
      last.text = last.text ? `${last.text}\n${raw}` : raw;
    } else if (raw.trim()) {
      throw new Error(
        `line 1 has no speaker: expected "Supplier: …" or "Buyer: …", got "${raw.trim().slice(0, 40)}"`,
      );
    }
  }
  for (const m of messages) m.text = m.text.replace(/\s+$/, '');
  return messages;
}

export function parseTranscript(input: string): ChatMessageInput[] {
  const trimmed = input.trim();
  if (!trimmed) throw new Error('empty chat: give a JSON array, JSONL lines or "Supplier: …" text lines');
  if (trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      throw new Error(`invalid JSON array: ${(e as Error).message}`);
    }
    return parseJsonMessages(value, 'JSON array');
  }
  if (trimmed.startsWith('{')) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    const values = lines.map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (e) {
        throw new Error(`invalid JSONL on line ${i + 1}: ${(e as Error).message}`);
      }
    });
    return parseJsonMessages(values, 'JSONL');
  }
  return parsePlainText(input);
}
