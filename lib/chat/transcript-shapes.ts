import { MORE_SIDE_NAMES } from './transcript-side-words';
import type { ChatMessageInput } from './types';

/**
 * Reads the shapes people actually export chats in into messages. Chat exports come from many tools
 * (scrapers, browser add-ons, spreadsheets, other people's scripts): the sender may be called `from`,
 * `sender`, `role` or `author`, the words `text`, `message`, `content` or `body`, and the list may sit
 * under `messages` or `chat`. A sender we cannot place ("Lily", "boss", 7) is `unknown`, which the
 * scanner judges like a supplier: refusing the file would leave the buyer with no warning at all.
 */
export const SIDE_BY_NAME: Record<string, ChatMessageInput['from']> = {
  supplier: 'supplier',
  seller: 'supplier',
  vendor: 'supplier',
  factory: 'supplier',
  manufacturer: 'supplier',
  merchant: 'supplier',
  store: 'supplier',
  shop: 'supplier',
  buyer: 'buyer',
  me: 'buyer',
  i: 'buyer',
  you: 'buyer',
  customer: 'buyer',
  client: 'buyer',
  purchaser: 'buyer',
  importer: 'buyer',
  system: 'system',
  platform: 'system',
  alibaba: 'system',
  'alibaba.com': 'system',
  aliexpress: 'system',
  'trade assurance': 'system',
  unknown: 'unknown',
  // The same sides as chats in the buyer's own language name them.
  卖家: 'supplier',
  卖方: 'supplier',
  供应商: 'supplier',
  商家: 'supplier',
  工厂: 'supplier',
  买家: 'buyer',
  买方: 'buyer',
  客户: 'buyer',
  我: 'buyer',
  vendedor: 'supplier',
  proveedor: 'supplier',
  fornecedor: 'supplier',
  fábrica: 'supplier',
  comprador: 'buyer',
  cliente: 'buyer',
  yo: 'buyer',
  eu: 'buyer',
  vendeur: 'supplier',
  fournisseur: 'supplier',
  usine: 'supplier',
  acheteur: 'buyer',
  moi: 'buyer',
  verkäufer: 'supplier',
  lieferant: 'supplier',
  käufer: 'buyer',
  kunde: 'buyer',
  ich: 'buyer',
  продавец: 'supplier',
  поставщик: 'supplier',
  покупатель: 'buyer',
  я: 'buyer',
  satıcı: 'supplier',
  alıcı: 'buyer',
  販売者: 'supplier',
  売り手: 'supplier',
  購入者: 'buyer',
  買い手: 'buyer',
  판매자: 'supplier',
  구매자: 'buyer',
  البائع: 'supplier',
  المورد: 'supplier',
  المشتري: 'buyer',
  ...MORE_SIDE_NAMES,
};

const SENDER_KEYS = ['from', 'sender', 'role', 'author', 'speaker', 'side', 'who', 'user', 'name', 'type'];
const TEXT_KEYS = ['text', 'message', 'content', 'body', 'msg'];
/** The column names that mark a spreadsheet's header row as a chat's (see transcript-table.ts). */
export const TEXT_COLUMN_NAMES: readonly string[] = TEXT_KEYS;
const TIME_KEYS = [
  'at',
  'time',
  'timestamp',
  'date',
  'datetime',
  'sentAt',
  'sent_at',
  'createdAt',
  'created_at',
];
const ID_KEYS = ['id', 'messageId', 'message_id', 'msgId'];
const LIST_KEYS = ['messages', 'chat', 'conversation', 'transcript', 'items', 'data', 'records'];

/** The side a sender name stands for; anything else is `unknown`. */
export function sideOf(name: unknown): ChatMessageInput['from'] {
  if (typeof name !== 'string') return 'unknown';
  const key = name.trim().toLowerCase();
  // Own keys only: a sender named "constructor" or "__proto__" is unknown, not Object's member.
  return Object.hasOwn(SIDE_BY_NAME, key) ? (SIDE_BY_NAME[key] ?? 'unknown') : 'unknown';
}

function firstOwn(record: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const key of keys) if (Object.hasOwn(record, key) && record[key] != null) return record[key];
  return undefined;
}

function asLabel(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A sender given as `{"name":"Lily","role":"seller"}` is placed by its role, then by its name. */
function senderOf(value: unknown): ChatMessageInput['from'] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const byRole = sideOf(firstOwn(record, ['role', 'side', 'type']));
    return byRole !== 'unknown' ? byRole : sideOf(firstOwn(record, ['name']));
  }
  return sideOf(value);
}

/**
 * A message's text as given: a string, a number, or a list of pieces (some exports split a message into
 * lines or parts). Anything else (an image, a sticker, a file, a system event) has no text to scan.
 */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((t): t is string => t !== null);
    return parts.length > 0 ? parts.join('\n') : null;
  }
  return null;
}

/** Messages whose text was missing, kept (empty) so every other message keeps its index. */
const TEXTLESS = new WeakSet<ChatMessageInput>();

function messageOf(value: unknown): ChatMessageInput {
  if (typeof value === 'string') return { from: 'unknown', text: value };
  if (typeof value === 'number' && Number.isFinite(value)) return { from: 'unknown', text: String(value) };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const empty: ChatMessageInput = { from: 'unknown', text: '' };
    TEXTLESS.add(empty);
    return empty;
  }
  const record = value as Record<string, unknown>;
  const text = textOf(firstOwn(record, TEXT_KEYS));
  // The first sender key that names a side wins, so {"user":"Lily","role":"seller"} is the supplier.
  let from: ChatMessageInput['from'] = 'unknown';
  for (const key of SENDER_KEYS) {
    if (!Object.hasOwn(record, key)) continue;
    from = senderOf(record[key]);
    if (from !== 'unknown') break;
  }
  const id = asLabel(firstOwn(record, ID_KEYS));
  const at = asLabel(firstOwn(record, TIME_KEYS));
  const message: ChatMessageInput = {
    from,
    text: text ?? '',
    ...(id !== undefined ? { id } : {}),
    ...(at !== undefined ? { at } : {}),
  };
  if (text === null) TEXTLESS.add(message);
  return message;
}

/**
 * An export holds image, sticker and file messages with no text: those are kept empty (nothing to scan)
 * and the rest is scanned. Only a list in which no message has text is refused, since it is not a chat.
 */
function refuseIfNoText(messages: ChatMessageInput[], where: string): ChatMessageInput[] {
  if (messages.length > 0 && messages.every((m) => TEXTLESS.has(m)))
    throw new Error(
      `${where}: not a chat of {"from","text"} messages: no message has text (looked for ${TEXT_KEYS.join(', ')})`,
    );
  return messages;
}

/** The message list inside a parsed JSON value: a list, a wrapper object holding one, or one message. */
export function messagesFromJson(value: unknown, where: string): ChatMessageInput[] {
  if (Array.isArray(value))
    return refuseIfNoText(
      value.map((item) => messageOf(item)),
      where,
    );
  if (value && typeof value === 'object') {
    const list = firstOwn(value as Record<string, unknown>, LIST_KEYS);
    if (Array.isArray(list)) return messagesFromJson(list, where);
  }
  return refuseIfNoText([messageOf(value)], where);
}
