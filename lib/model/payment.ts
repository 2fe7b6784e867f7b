import { z } from 'zod';
import { PAYMENT_METHOD_KINDS } from './correction-choices';
import { MoneySchema } from './money';

export { PAYMENT_METHOD_KINDS } from './correction-choices';
export const PaymentMethodKindSchema = z.enum(PAYMENT_METHOD_KINDS);
export type PaymentMethodKind = z.infer<typeof PaymentMethodKindSchema>;

/** Each method by name, as forms list it and rules quote it (the rules classify these names back). */
export const PAYMENT_METHOD_LABEL: Record<PaymentMethodKind, string> = {
  card: 'Credit/debit card',
  paypal: 'PayPal',
  'western-union': 'Western Union',
  tt: 'T/T (bank wire)',
  'online-bank-payment': 'Online Bank Payment',
  'pay-later': 'Pay Later (financing)',
};

/** Where the buyer is told to send money (Alibaba cashier / T/T instructions). */
export const BeneficiarySchema = z.object({
  bank: z.string().nullable(),
  name: z.string().nullable(),
  /** As shown, spaces kept ("1234 5678 9012 34"): rules compare digits themselves. */
  accountNumber: z.string().nullable(),
  swift: z.string().nullable(),
  iban: z.string().nullable(),
  address: z.string().nullable(),
});
export type Beneficiary = z.infer<typeof BeneficiarySchema>;

export const PaymentFactsSchema = z.object({
  orderId: z.string().nullable(),
  amount: MoneySchema.nullable(),
  /** The page's own words ("T/T", "Wire transfer (T/T)", "Credit/Debit card"). */
  method: z.string().nullable(),
  beneficiary: BeneficiarySchema,
});
export type PaymentFacts = z.infer<typeof PaymentFactsSchema>;

export { EMPTY_BENEFICIARY } from './empty';
