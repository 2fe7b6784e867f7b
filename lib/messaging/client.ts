import { browser } from 'wxt/browser';
import type { RequestOf, RequestType, ResponseMap } from './protocol';

/**
 * The thin adapter through which content scripts and extension pages talk to
 * the background. The only place in lib/messaging that touches `browser.*`.
 */
export async function send<T extends RequestType>(request: RequestOf<T>): Promise<ResponseMap[T]> {
  return (await browser.runtime.sendMessage(request)) as ResponseMap[T];
}
