import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, ResponseMap } from './protocol';

/**
 * What the background answered — or `undefined`, its failure case, which
 * every caller must handle: the router refused the message (invalid, or not
 * this sender's to send), no background answered, or the extension was
 * reloaded under the page. Never throws.
 */
export type Answer<T extends RequestType> = ResponseMap[T] | undefined;

/**
 * The thin adapter through which content scripts and extension pages talk to
 * the background. The only place in lib/messaging that sends runtime messages.
 */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<Answer<T>> {
  try {
    return ((await browser.runtime.sendMessage(request)) ?? undefined) as Answer<T>;
  } catch {
    return undefined;
  }
}
