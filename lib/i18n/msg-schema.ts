import { z } from 'zod';
import { MoneySchema } from '../model/money';
import type { MessageKey } from './keys';
import type { Msg, MsgParam } from './msg';

/** Messages cross the extension's messaging and storage: validated like every other boundary. */
export const MsgParamSchema: z.ZodType<MsgParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    MoneySchema,
    z.object({ day: z.string(), long: z.boolean().optional() }),
    MsgSchema,
    z.object({ list: z.array(MsgParamSchema), sep: z.string().optional() }),
    z.object({ plural: z.string(), count: z.number() }),
  ]),
);
export const MsgSchema: z.ZodType<Msg> = z.lazy(() =>
  z.object({
    key: z.string() as unknown as z.ZodType<MessageKey>,
    params: z.record(z.string(), MsgParamSchema).optional(),
    fallback: z.string().optional(),
  }),
);
