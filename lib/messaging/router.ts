import { parseRequest, type RequestOf, type RequestType, type ResponseMap } from './protocol';

export type Handlers = {
  [T in RequestType]: (
    request: RequestOf<T>,
    sender: { tabId?: number; url?: string },
  ) => Promise<ResponseMap[T]>;
};

/**
 * Turns the handler table into one listener. Invalid messages are dropped and
 * logged (undefined is answered, nothing is acted on).
 */
export function createRouter(handlers: Handlers, log: (msg: string) => void = console.warn) {
  return async (raw: unknown, sender: { tabId?: number; url?: string }): Promise<unknown> => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      log(`TradeGuard: dropped an invalid message (${parsed.reason})`);
      return undefined;
    }
    const { request } = parsed;
    const handler = handlers[request.type] as (r: typeof request, s: typeof sender) => Promise<unknown>;
    return handler(request, sender);
  };
}
