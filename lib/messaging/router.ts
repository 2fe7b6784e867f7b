import { logWarn } from '../log';
import { parseRequest, type RequestOf, type RequestType, type ResponseMap } from './protocol';
import { refusal, type Sender } from './sender';

export type { Sender } from './sender';

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: Sender) => Promise<ResponseMap[T]>;
};

/**
 * Turns the handler table into one listener. Invalid messages, and messages
 * from a sender that may not send them (a content script asking for `ui/…`),
 * are dropped and logged: undefined is answered, nothing is acted on.
 */
export function createRouter(
  handlers: Handlers,
  log: (msg: string) => void = (msg) => logWarn('messages', msg),
) {
  return async (raw: unknown, sender: Sender): Promise<unknown> => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      log(`TradeGuard: dropped an invalid message (${parsed.reason})`);
      return undefined;
    }
    const { request } = parsed;
    const refused = refusal(request.type, sender);
    if (refused) {
      log(`TradeGuard: refused ${request.type} from ${sender.url ?? 'an unknown sender'} (${refused})`);
      return undefined;
    }
    const handler = handlers[request.type] as (r: typeof request, s: Sender) => Promise<unknown>;
    return handler(request, sender);
  };
}
