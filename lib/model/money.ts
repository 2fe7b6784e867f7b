import { z } from 'zod';

/**
 * Money is an integer count of minor units plus an ISO 4217 code: never a
 * float, so totals and limits compare exactly.
 */
export const MoneySchema = z.object({
  minor: z.number().int(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof MoneySchema>;

export { currencyExponent, formatMoney, moneyFromMajor, toMajor, toPublicMoney } from './money-math';
