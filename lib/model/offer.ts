import { z } from 'zod';
import { MoneySchema } from './money';
import { PriceRangeSchema } from './product';

/** One result card / JSON offer on a search page. Nullable fields: null = not shown. */
export const OfferFactsSchema = z.object({
  productId: z
    .string()
    .regex(/^\d{5,20}$/)
    .nullable(),
  /** Plain text: the search page wraps matched words in <b>, stripped here. */
  title: z.string().min(1).nullable(),
  productUrl: z.string().url().nullable(),
  supplierName: z.string().min(1).nullable(),
  companyId: z
    .string()
    .regex(/^\d{3,20}$/)
    .nullable(),
  supplierUrl: z.string().url().nullable(),
  years: z.number().int().min(0).max(60).nullable(),
  verified: z.boolean().nullable(),
  taOffered: z.boolean().nullable(),
  rating: z.number().min(0).max(5).nullable(),
  reviewCount: z.number().int().min(0).nullable(),
  /** The price as written ("3,20 $ US - 4,00 $ US"), and parsed. */
  priceText: z.string().min(1).nullable(),
  price: PriceRangeSchema.nullable(),
  moq: z.number().int().min(0).nullable(),
  /** Paid placement (isP4P / "Ad" badge). */
  isAd: z.boolean().nullable(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  /** The supplier's TA limit when the card shows it (2018 supplier cards: data-ta-price). Optional: added for issue 11. */
  taLimit: MoneySchema.nullable().optional(),
  /** The supplier's figures when the card or offer data shows them (supplier-tab search, older cards). Optional, additive. */
  responseRate: z.number().min(0).max(100).nullable().optional(),
  responseTimeText: z.string().min(1).max(40).nullable().optional(),
  onTimeDeliveryRate: z.number().min(0).max(100).nullable().optional(),
});
export type OfferFacts = z.infer<typeof OfferFactsSchema>;
