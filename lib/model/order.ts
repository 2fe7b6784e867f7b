import { z } from 'zod';
import { emptyOrderFacts } from './empty';
import { MoneySchema } from './money';
import { ShippingMethodSchema, TimelineEventTypeSchema } from './timeline';

/**
 * What an order page says, as read by lib/pages. Every field is nullable:
 * null means "the page did not say" (or we could not read it), never a guess.
 */

/** Normalised order states across both marketplaces; `status` keeps the page's own words. */
export const ORDER_STATUS_KEYS = [
  'awaiting_payment',
  'awaiting_initial_payment',
  'awaiting_balance',
  'awaiting_shipment',
  'shipped',
  'delivered',
  'completed',
  'in_dispute',
  'refunded',
  'cancelled',
] as const;
export const OrderStatusKeySchema = z.enum(ORDER_STATUS_KEYS);
export type OrderStatusKey = z.infer<typeof OrderStatusKeySchema>;

/** Trade Assurance coverage types (the Jing Sourcing TA guide, step 3). */
export const CoverageSchema = z.enum(['pre-shipment', 'post-delivery']);
export type Coverage = z.infer<typeof CoverageSchema>;

/** Which of the three reading paths produced at least one field (order of trust). */
export const ReadPathSchema = z.enum(['json', 'api', 'attributes', 'text']);
export type ReadPath = z.infer<typeof ReadPathSchema>;

export const LineItemSchema = z.object({
  name: z.string().nullable(),
  /** Options/specification written on the line (SKU attributes, "Colour: red; Size: 5.5L"). */
  specText: z.string().nullable(),
  unitPrice: MoneySchema.nullable(),
  quantity: z.number().int().nonnegative().nullable(),
  total: MoneySchema.nullable(),
  productId: z.string().nullable(),
});
export type LineItem = z.infer<typeof LineItemSchema>;

/** A dated event read from the page: ISO date (YYYY-MM-DD) or ISO date-time. */
export const OrderDateSchema = z.object({ type: TimelineEventTypeSchema, at: z.string() });
export type OrderDate = z.infer<typeof OrderDateSchema>;

export const OrderFactsSchema = z.object({
  marketplace: z.enum(['alibaba', 'aliexpress']),
  id: z.string().nullable(),
  /** The page's own status words ("Awaiting initial payment", "Concluído"). */
  status: z.string().nullable(),
  statusKey: OrderStatusKeySchema.nullable(),
  supplierName: z.string().nullable(),
  /** Alibaba companyId, or the AliExpress store id. */
  supplierCompanyId: z.string().nullable(),
  lineItems: z.array(LineItemSchema),
  total: MoneySchema.nullable(),
  initialPayment: MoneySchema.nullable(),
  balance: MoneySchema.nullable(),
  shippingFee: MoneySchema.nullable(),
  currency: z.string().nullable(),
  shippingMethod: ShippingMethodSchema.nullable(),
  /** Agreed shipment date, YYYY-MM-DD, only when the page gives an exact date. */
  shipBy: z.string().nullable(),
  deliverBy: z.string().nullable(),
  /** Incoterm (FOB, CIF, EXW, DDP…) plus any place written after it ("FOB Ningbo"). */
  tradeTerms: z.string().nullable(),
  paymentMethod: z.string().nullable(),
  coverage: CoverageSchema.nullable(),
  coveredAmount: MoneySchema.nullable(),
  remarks: z.string().nullable(),
  /** Customisation fields as the order states them ("Logo: like photo"); optional, added for issue 11. */
  customization: z.string().nullable().optional(),
  /** Names of files attached to the order ("logo_final.ai"); optional, added for issue 11. */
  attachments: z.array(z.string().max(300)).max(50).optional(),
  /** All spec-like text of the order joined (line specs, remarks, attributes), for the vague-spec rules. */
  specText: z.string().nullable(),
  createdAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  shippedAt: z.string().nullable(),
  dates: z.array(OrderDateSchema),
  /** AliExpress: the page's raw "Paid on" / "Shipment completed on" texts. */
  payTime: z.string().nullable(),
  shipTime: z.string().nullable(),
  /** AliExpress: protection countdown or status reminder text. */
  protectionText: z.string().nullable(),
  /** The page's own deadline sentences, verbatim ("Refund if no delivery before Sep 4, 2026"). */
  statedDeadlines: z.array(z.string()),
  via: z.array(ReadPathSchema),
});
export type OrderFacts = z.infer<typeof OrderFactsSchema>;

export { emptyOrderFacts } from './empty';

/**
 * Validates a candidate; a field that fails degrades to its "unknown" value
 * instead of losing the whole order (a page can hold anything).
 */
export function validateOrderFacts(candidate: OrderFacts): OrderFacts {
  const first = OrderFactsSchema.safeParse(candidate);
  if (first.success) return first.data;
  const empty = emptyOrderFacts(candidate.marketplace === 'aliexpress' ? 'aliexpress' : 'alibaba');
  const repaired: Record<string, unknown> = { ...candidate };
  for (const issue of first.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in empty) repaired[key] = empty[key as keyof OrderFacts];
  }
  const second = OrderFactsSchema.safeParse(repaired);
  return second.success ? second.data : empty;
}
