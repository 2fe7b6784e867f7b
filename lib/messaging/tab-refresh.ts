/**
 * Background → the tab's content script: the buyer changed a fact in the popup, so the card reads the
 * page again. Apart from protocol.ts so the content script does not carry every request schema; checked
 * by hand, not by zod, because the content script's listener sees every runtime message (and only the
 * extension's own parts can send one).
 */
export const CARD_REFRESH = { type: 'tab/refresh-card' } as const;

export const isCardRefresh = (message: unknown): boolean =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === CARD_REFRESH.type;
