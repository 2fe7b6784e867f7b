import { z } from 'zod';
import { ChatMessageSchema } from './chat-message';
import { ConflictSchema } from './conflict';
import { OfferFactsSchema } from './offer';
import { OrderFactsSchema } from './order';
import { PageKindSchema } from './page-kind';
import { PaymentFactsSchema } from './payment';
import { ProductFactsSchema } from './product';
import { SupplierFactsSchema } from './supplier';

/**
 * Everything TradeGuard read from one page. Sections that do not apply to the
 * page kind (or could not be read) are null; a challenge page has only kind
 * and url. `orders` carries the order-list page's rows (extractAlibabaOrderList).
 */
export const PageSnapshotSchema = z.object({
  kind: PageKindSchema,
  url: z.string(),
  supplier: SupplierFactsSchema.nullable(),
  product: ProductFactsSchema.nullable(),
  offers: z.array(OfferFactsSchema).nullable(),
  order: OrderFactsSchema.nullable(),
  orders: z.array(OrderFactsSchema).nullable(),
  payment: PaymentFactsSchema.nullable(),
  messages: z.array(ChatMessageSchema).nullable(),
  /** Facts two places on the page state differently (issue 11); optional, older snapshots lack it. */
  conflicts: z.array(ConflictSchema).max(40).optional(),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

export { emptySnapshot } from './empty';

/**
 * Validates an object field by field: a field that fails its schema becomes
 * null instead of sinking the whole record (one odd value on a page must not
 * hide the TA limit next to it). Fields missing from `raw` become null too.
 */
export function validateFields<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  raw: Partial<Record<keyof Shape, unknown>>,
): z.infer<z.ZodObject<Shape>> {
  // The common case first: the whole record is valid, and one parse is far cheaper than one per field
  // (this runs in the buyer's page, 48 times on a search page).
  const whole = schema.safeParse(withNulls(schema, raw));
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse((raw as Record<string, unknown>)[key] ?? null);
    out[key] = result.success ? result.data : null;
  }
  return out as z.infer<z.ZodObject<Shape>>;
}

/** Missing fields read as null ("not shown"), as the field-by-field path treats them. */
function withNulls(schema: z.ZodObject<z.ZodRawShape>, raw: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) out[key] = (raw as Record<string, unknown>)[key] ?? null;
  return out;
}
