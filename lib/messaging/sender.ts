/**
 * Who sent a message, as the BROWSER says (runtime.MessageSender), never as
 * the message says. A content script runs in a stranger's page: whatever it
 * sends is a claim about that page; only TradeGuard's own pages (popup, side
 * panel, options) may ask for the buyer's data or change it.
 */
export interface Sender {
  /** The sending tab: a content script's page (or one of our pages opened as a tab). */
  tabId?: number;
  /** The sending frame within its tab (0: the top frame). */
  frameId?: number;
  /** The sending frame's address (for a content script: the page it runs in). */
  url?: string;
  /** One of TradeGuard's own pages, in its own tab or none: may send `ui/…`. */
  extensionPage: boolean;
}

/** The parts of runtime.MessageSender this reads (Chrome and Firefox both give them). */
export interface RawSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * `extension.origin` is runtime.getURL('/') ("chrome-extension://<id>/").
 * An extension page counts only in its own tab (or in none: popup, side
 * panel): the same page framed inside a web page has that page's tab.
 */
export function senderOf(raw: RawSender, extension: { id: string; origin: string }): Sender {
  const ours = (url: string | undefined) => typeof url === 'string' && url.startsWith(extension.origin);
  const extensionPage =
    raw.id === extension.id && ours(raw.url) && (raw.tab === undefined || ours(raw.tab.url));
  return {
    ...(raw.tab?.id !== undefined ? { tabId: raw.tab.id } : {}),
    ...(raw.frameId !== undefined ? { frameId: raw.frameId } : {}),
    ...(raw.url !== undefined ? { url: raw.url } : {}),
    extensionPage,
  };
}

/** Why a message may not come from this sender, or null when it may. */
export function refusal(type: string, sender: Sender): string | null {
  if (type.startsWith('ui/')) return sender.extensionPage ? null : 'only TradeGuard’s own pages may send it';
  if (type.startsWith('content/')) {
    if (sender.extensionPage) return 'only a content script may send it';
    if (sender.tabId === undefined || !sender.url) return 'it came from no page in a tab';
  }
  return null;
}
