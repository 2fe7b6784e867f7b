import { z } from 'zod';
import { type Money, MoneySchema } from '../model/money';
import type { MessageKey, ParamsOf } from './keys';

/**
 * A sentence to show the buyer, as a message key and named parameters: the
 * text is looked up in the buyer's language when it is shown, never glued
 * together from English fragments. Parameters are data (a supplier's name,
 * a quote, an amount, a day) or another message.
 */
/** A list joins with `sep` (default "; "). */
export type MsgParam = string | number | Money | { day: string } | Msg | { list: MsgParam[]; sep?: string };
export interface Msg {
  key: MessageKey;
  params?: Record<string, MsgParam>;
}

/** Builds a message; the compiler holds the key to the English file and the parameters to its placeholders. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: ParamsOf<K> extends never ? [] : [ParamsOf<K>]
): Msg {
  return params[0] ? { key, params: params[0] as Record<string, MsgParam> } : { key };
}

/** Messages cross the extension's messaging and storage: validated like every other boundary. */
export const MsgParamSchema: z.ZodType<MsgParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    MoneySchema,
    z.object({ day: z.string() }),
    MsgSchema,
    z.object({ list: z.array(MsgParamSchema), sep: z.string().optional() }),
  ]),
);
export const MsgSchema: z.ZodType<Msg> = z.lazy(() =>
  z.object({
    key: z.string() as unknown as z.ZodType<MessageKey>,
    params: z.record(z.string(), MsgParamSchema).optional(),
  }),
);

export const isMsg = (p: MsgParam): p is Msg => typeof p === 'object' && p !== null && 'key' in p;
export const isMoney = (p: MsgParam): p is Money => typeof p === 'object' && p !== null && 'minor' in p;
