import { z } from 'zod';
import { isRealDay } from './correction-choices';
import { MoneySchema } from './money';
import { PaymentMethodKindSchema } from './payment';
import { BuyerSourceSchema, ShippingMethodSchema } from './timeline';

/**
 * A fact the buyer entered or corrected because the page did not show it, or
 * showed it wrong. It is kept with its source ("entered by you" and when),
 * used by every rule as if the page had said it, and retired when a later
 * page states the fact (lib/corrections).
 */
export const CORRECTABLE_FACTS = [
  'taLimit',
  'orderTotal',
  'paymentAmount',
  'paymentMethod',
  'shippingMethod',
  'shipBy',
] as const;
export const CorrectableFactSchema = z.enum(CORRECTABLE_FACTS);
export type CorrectableFact = z.infer<typeof CorrectableFactSchema>;

const PositiveMoneySchema = MoneySchema.refine((m) => m.minor > 0, 'an amount above zero');

/** A calendar day, YYYY-MM-DD, that exists (no 31 February). */
export const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isRealDay, 'not a real date');

/** The value the buyer gave, typed by the fact it is about. */
export const CorrectionValueSchema = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('taLimit'), value: PositiveMoneySchema }),
  z.object({ fact: z.literal('orderTotal'), value: PositiveMoneySchema }),
  z.object({ fact: z.literal('paymentAmount'), value: PositiveMoneySchema }),
  z.object({ fact: z.literal('paymentMethod'), value: PaymentMethodKindSchema }),
  z.object({ fact: z.literal('shippingMethod'), value: ShippingMethodSchema }),
  z.object({ fact: z.literal('shipBy'), value: IsoDaySchema }),
]);
export type CorrectionValue = z.infer<typeof CorrectionValueSchema>;

/** A correction to make (enter or correct a value) or to take back (and dismiss its notice). */
export const CorrectionChangeSchema = z.union([
  CorrectionValueSchema,
  z.object({ fact: CorrectableFactSchema, remove: z.literal(true) }),
]);
export type CorrectionChange = z.infer<typeof CorrectionChangeSchema>;

/** Who a correction is about: the TA limit belongs to a supplier, everything else to one order. */
export const CorrectionScopeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('supplier'),
    companyId: z.string().min(1).max(40).nullable(),
    name: z.string().min(1).max(300).nullable(),
  }),
  z.object({
    kind: z.literal('order'),
    marketplace: z.enum(['alibaba', 'aliexpress']),
    orderId: z.string().min(1).max(64),
  }),
]);
export type CorrectionScope = z.infer<typeof CorrectionScopeSchema>;

/** What a page stated about a fact: a key to compare statements by, the words to show, where and when. */
export const StatementSchema = z.object({
  key: z.string().max(300),
  shown: z.string().max(300),
  url: z.string().max(4000),
  at: z.string().max(40),
});
export type Statement = z.infer<typeof StatementSchema>;

export const CorrectionEntrySchema = z.object({
  scope: CorrectionScopeSchema,
  correction: CorrectionValueSchema,
  source: BuyerSourceSchema,
  /** The key of what the page stated when the buyer corrected it; null when it stated nothing. */
  replaces: z.string().max(300).nullable(),
  /** A later page stated the fact: the entry is retired, kept only to tell the buyer until dismissed. */
  supersededBy: StatementSchema.optional(),
});
export type CorrectionEntry = z.infer<typeof CorrectionEntrySchema>;

export const CorrectionBookDataSchema = z.object({
  version: z.literal(1),
  entries: z.array(z.unknown()),
});
