/**
 * One chat message as the chat guard sends it to be saved, cut to the sizes
 * the background accepts (lib/messaging/protocol.ts). A supplier controls the
 * length of their own messages: one 26 KB message beside a flagged one must
 * not stop the flagged one from being saved, so long text is cut here, before
 * sending, and the cut is said in the text and in `cut`.
 */
export const CHAT_TEXT_MAX = 20_000;
export const SENDER_NAME_MAX = 300;
export const AT_MAX = 100;

export interface ChatLineInput {
  from: 'supplier' | 'buyer' | 'system' | 'unknown';
  senderName?: string | null;
  text: string;
  at?: string | null;
}

export interface FittedChatLine {
  from: ChatLineInput['from'];
  senderName: string | null;
  text: string;
  at: string | null;
  /** How many characters of the message were left out (only when it was cut). */
  cut?: number;
}

export function fitChatLine(m: ChatLineInput): FittedChatLine {
  const line: FittedChatLine = {
    from: m.from,
    senderName: m.senderName ? m.senderName.slice(0, SENDER_NAME_MAX) : null,
    text: m.text,
    at: m.at ? m.at.slice(0, AT_MAX) : null,
  };
  if (m.text.length <= CHAT_TEXT_MAX) return line;
  const marker = (left: number) =>
    ` […cut by TradeGuard: ${left.toLocaleString('en-US')} more characters are on the page]`;
  // The marker's own length depends on the number in it; size it for the largest number first.
  const keep = CHAT_TEXT_MAX - marker(m.text.length).length;
  const cut = m.text.length - keep;
  return { ...line, text: m.text.slice(0, keep) + marker(cut), cut };
}
