import { z } from 'zod';
import { MoneySchema } from './money';
import { SupplierFactsSchema } from './supplier';

/** One price tier: `price` per unit for orders of minQty..maxQty (null max = "and above"). */
export const PriceTierSchema = z.object({
  minQty: z.number().int().min(0),
  maxQty: z.number().int().min(0).nullable(),
  // A unit price of nothing or less is a misread, never a price.
  price: MoneySchema.refine((m) => m.minor > 0 && Number.isSafeInteger(m.minor), 'a unit price is positive'),
});
export type PriceTier = z.infer<typeof PriceTierSchema>;

export const PriceRangeSchema = z.object({ min: MoneySchema, max: MoneySchema });
export type PriceRange = z.infer<typeof PriceRangeSchema>;

/**
 * How much cheaper the price paid is than the list price: the page's own figure ("-30%", stated) or worked
 * out from the two prices when they agree on it at both ends of their ranges (not stated).
 */
export const DiscountSchema = z.object({ percent: z.number().int().min(1).max(99), stated: z.boolean() });
export type Discount = z.infer<typeof DiscountSchema>;

export const AttributeSchema = z.object({ name: z.string().min(1), value: z.string() });
export type Attribute = z.infer<typeof AttributeSchema>;

/** Lead time tier: `days` to produce/dispatch for minQty..maxQty (null max = "negotiable above"). */
export const LeadTimeSchema = z.object({
  minQty: z.number().int().min(0),
  maxQty: z.number().int().min(0).nullable(),
  days: z.number().int().min(0).max(3650),
});
export type LeadTime = z.infer<typeof LeadTimeSchema>;

/** What a product page says. Every field nullable: null = the page did not say, never a guess. */
export const ProductFactsSchema = z.object({
  id: z
    .string()
    .regex(/^\d{5,20}$/)
    .nullable(),
  title: z.string().min(1).nullable(),
  priceTiers: z.array(PriceTierSchema).nullable(),
  priceRange: PriceRangeSchema.nullable(),
  moq: z.number().int().min(0).nullable(),
  /** Unit of the MOQ and prices ("piece", "set"), as written. */
  unit: z.string().min(1).max(40).nullable(),
  attributes: z.array(AttributeSchema).nullable(),
  leadTimes: z.array(LeadTimeSchema).nullable(),
  taOffered: z.boolean().nullable(),
  supplier: SupplierFactsSchema.nullable(),
  // Added for issue 11 (optional: older snapshots lack them).
  /** The product's own rating out of 5 (not the store's), with its review count. */
  rating: z.number().min(0).max(5).nullable().optional(),
  reviewCount: z.number().int().min(0).nullable().optional(),
  /**
   * How many the page says were sold (its orders or units, as it counts them: AliExpress "1248 orders",
   * "2.000+ vendidos", Alibaba "298 sold"). A "2,000+" reads 2000: at least that many.
   */
  soldCount: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
  /** AliExpress buyer-protection promise as the page words it ("Buyer protection: refund if…"). */
  buyerProtection: z.string().min(1).max(400).nullable().optional(),
  /**
   * Rows the page sets apart from the product's attributes under a packaging heading ("Packaging and
   * delivery": selling units, package size, gross weight). Optional: added; the spec checks read them too.
   */
  packaging: z.array(AttributeSchema).nullable().optional(),
  /**
   * The list price before the discount, as the page shows it struck through beside `priceRange` (AliExpress
   * "US $5.98 - 6.84" over "US $4.19 - 4.79"); null when the page shows none: never the price paid again.
   */
  listPriceRange: PriceRangeSchema.nullable().optional(),
  /** The discount from `listPriceRange` to `priceRange`, when the page states it or both prices agree on it. */
  discount: DiscountSchema.nullable().optional(),
  /** AliExpress return promise as the page words it ("Free returns: within 15 days…", a local return). */
  returnPromise: z.string().min(1).max(400).nullable().optional(),
});
export type ProductFacts = z.infer<typeof ProductFactsSchema>;
