import { z } from 'zod';
import { MoneySchema } from './money';

/**
 * What a page says about a supplier. Every field is nullable: null means the
 * page did not say (or we could not read it), never a guess. In particular a
 * missing Trade Assurance limit stays null ("limit not shown"), never 0.
 */
export const SupplierFactsSchema = z.object({
  name: z.string().min(1).nullable(),
  /** Alibaba's numeric companyId, as a string ("250123456"). */
  companyId: z
    .string()
    .regex(/^\d{3,20}$/)
    .nullable(),
  /** Minisite or company_profile.html URL, absolute https. */
  profileUrl: z.string().url().nullable(),
  /** ISO 3166 alpha-2 ("CN"). */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  yearsOnPlatform: z.number().int().min(0).max(60).nullable(),
  /** "Verified" (third-party assessed) supplier badge. */
  verified: z.boolean().nullable(),
  /** Gold Supplier (paid membership) badge. */
  gold: z.boolean().nullable(),
  /** Does the supplier offer Trade Assurance at all? */
  taOffered: z.boolean().nullable(),
  /** The Trade Assurance limit the page shows (baoAccountAmount), usually USD. */
  taLimit: MoneySchema.nullable(),
  /** Alibaba's TA credit level letter/text (baoAccountCreditLevel), e.g. "A". */
  taCreditLevel: z.string().min(1).max(20).nullable(),
  /** Percentages 0–100 (94.6 = 94.6%). */
  responseRate: z.number().min(0).max(100).nullable(),
  /** As written ("≤4h"): the page's own words, not a parsed duration. */
  responseTimeText: z.string().min(1).max(40).nullable(),
  onTimeDeliveryRate: z.number().min(0).max(100).nullable(),
  /** Store rating out of 5. */
  rating: z.number().min(0).max(5).nullable(),
  reviewCount: z.number().int().min(0).nullable(),
  // Added for issue 11 (optional: older snapshots and stored rows lack them).
  /** The part of the TA limit still available ("balance" on the inquiry form); issue 17 builds on it. */
  taRemaining: MoneySchema.nullable().optional(),
  /** AliExpress store number (/store/<id>); Alibaba suppliers use companyId. */
  storeId: z
    .string()
    .regex(/^\d{3,20}$/)
    .nullable()
    .optional(),
  /** AliExpress store's positive feedback, 0–100. */
  positiveRate: z.number().min(0).max(100).nullable().optional(),
  /** When the store opened, as the page states it (YYYY-MM-DD). */
  openedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .optional(),
  /** What the supplier is, as the page's record states it ("Manufacturer, Trading Company"). */
  businessType: z.string().min(1).max(80).nullable().optional(),
  /** The kind of business the platform verified, as its badge names it ("Custom Manufacturer"). */
  verifiedType: z.string().min(1).max(80).nullable().optional(),
  /** Share of buyers who ordered again, 0–100 (Alibaba "Reorder rate 29%"). */
  reorderRate: z.number().min(0).max(100).nullable().optional(),
});
export type SupplierFacts = z.infer<typeof SupplierFactsSchema>;

export { EMPTY_SUPPLIER } from './empty';
