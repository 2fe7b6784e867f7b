import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { logQuiet } from '../../lib/log';
import type { PageAnswers } from '../../lib/messaging/injected-scripts';
import { loadInjected } from './injected';

/**
 * Listens for the background's capture requests (lib/messaging/tab-protocol.ts). What answers them —
 * the page's reading, the chat scroller and the protocol's zod schemas — is injected by the background on the
 * first request (entrypoints/page-answers), so a page the buyer never captures neither compiles nor builds them.
 */
const looksLikeCapture = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  typeof (message as { type?: unknown }).type === 'string' &&
  (message as { type: string }).type.startsWith('tg-capture/');

export function registerCaptureResponder(ctx: ContentScriptContext): void {
  // sendResponse + `return true` rather than a returned Promise: every browser honours it.
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (!looksLikeCapture(message)) return undefined;
    loadInjected<PageAnswers>('page-answers')
      .then(({ answerCapture }) => answerCapture(message))
      .then(sendResponse, (error) => {
        logQuiet('capture', 'capture request failed', error);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
