import type { ChatMessage } from '../../model/chat-message';
import { createMessageReader, type MessageReaderOptions } from './reader';

/**
 * All chat messages on a Message Center page (alibaba.com, AliExpress), in
 * page order, or null when no message list is found. Same-origin iframes are
 * read too (the Message Center may render inside one); cross-origin frames
 * get their own content script, which calls createMessageReader itself.
 */
export function extractMessages(
  doc: Document,
  url: string,
  options: MessageReaderOptions = {},
): ChatMessage[] | null {
  try {
    void url;
    const reader = createMessageReader(options);
    const messages = doc.body ? reader.read(doc.body) : [];
    for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
      let inner: Document | null = null;
      try {
        inner = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin
      }
      if (inner?.body) messages.push(...createMessageReader(options).read(inner.body));
    }
    return messages.length > 0 ? messages : null;
  } catch {
    return null;
  }
}
