import type { Money } from '../model/money-math';
import type { MessageKey, ParamsOf } from './keys';

/**
 * A sentence to show the buyer, as a message key and named parameters: the
 * text is looked up in the buyer's language when it is shown, never glued
 * together from English fragments. Parameters are data (a supplier's name,
 * a quote, an amount, a day) or another message.
 */
/**
 * A list joins with `sep` (default "; "). A day is short ("15 Jan 2027") unless `long` ("15 January 2027").
 * A count is "{count} <thing>" by the language's plural rules, from the `<plural>.one`/`.other` keys.
 */
export type MsgParam =
  | string
  | number
  | Money
  | { day: string; long?: boolean }
  | Msg
  | { list: MsgParam[]; sep?: string }
  | { plural: string; count: number };
export interface Msg {
  key: MessageKey;
  params?: Record<string, MsgParam>;
  /**
   * English text to show when no installed catalog has the key: keys made at run time (a chat pattern's name,
   * lib/chat/pattern-name.ts) may not be in the catalogs yet, and a raw key must never reach the buyer.
   */
  fallback?: string;
}

/** Builds a message; the compiler holds the key to the English file and the parameters to its placeholders. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: ParamsOf<K> extends never ? [] : [ParamsOf<K>]
): Msg {
  return params[0] ? { key, params: params[0] as Record<string, MsgParam> } : { key };
}

export { isMoney, isMsg } from './param-kinds';
// The zod schemas of these (MsgSchema, MsgParamSchema) are in msg-schema.ts: rules and the translator use
// msg() in the content scripts, which build no schema.
