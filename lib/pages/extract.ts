import type { z } from 'zod';
import { ChatMessageSchema } from '../model/chat-message';
import { ConflictSchema } from '../model/conflict';
import { OfferFactsSchema } from '../model/offer';
import { emptyOrderFacts, type OrderFacts, OrderFactsSchema, validateOrderFacts } from '../model/order';
import { BeneficiarySchema, type PaymentFacts, PaymentFactsSchema } from '../model/payment';
import {
  AttributeSchema,
  LeadTimeSchema,
  PriceTierSchema,
  type ProductFacts,
  ProductFactsSchema,
} from '../model/product';
import { emptySnapshot, type PageSnapshot, validateFields } from '../model/snapshot';
import { type SupplierFacts, SupplierFactsSchema } from '../model/supplier';
import { mergedAttributeRows } from './facts/attribute-rows';
import { type RawSnapshot, readPage } from './read';

export { type RawSnapshot, readPage } from './read';

/** Times of the parts of one read, in milliseconds (for the content script's benchmark). */
export interface ExtractProfile {
  scriptsMs: number;
  readMs: number;
  validateMs: number;
}

/**
 * One page → one typed snapshot: {@link readPage}, then {@link validateSnapshot}.
 * `profile`, when given, receives how long each part took.
 */
export function extractPage(doc: Document, url: string, profile?: (p: ExtractProfile) => void): PageSnapshot {
  const raw = readPage(doc, url, profile !== undefined);
  const started = profile ? performance.now() : 0;
  const snapshot = validateSnapshot(raw.snapshot);
  profile?.({ scriptsMs: raw.scriptsMs, readMs: raw.readMs, validateMs: performance.now() - started });
  return snapshot;
}

/**
 * Read sections → a typed snapshot. Each section is validated on its own: a
 * section that fails becomes null, a field that fails becomes null (an odd
 * rating must not drop the supplier's name). Runs in the background for the
 * content script's snapshots and at once for everyone else (extractPage).
 */
export function validateSnapshot(raw: RawSnapshot): PageSnapshot {
  const snapshot = emptySnapshot(raw.kind, raw.url);
  snapshot.supplier = supplierOrNull(raw.supplier);
  snapshot.product = productOrNull(raw.product);
  snapshot.offers = listOf(OfferFactsSchema, raw.offers, true);
  // Orders are repaired field by field (validateOrderFacts), as their readers once did on the page.
  snapshot.order = orderOrNull(raw.order);
  snapshot.orders = Array.isArray(raw.orders)
    ? raw.orders.map(orderOrNull).filter((o): o is OrderFacts => o !== null)
    : null;
  snapshot.payment = paymentOrNull(raw.payment);
  snapshot.messages = listOf(ChatMessageSchema, raw.messages);
  addConflicts(snapshot, raw.conflicts);
  return snapshot;
}

/** A value that has a snapshot's kind and url (what the background may repair; the schema judges the rest). */
export function isRawSnapshot(value: unknown): value is RawSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && typeof v.url === 'string';
}

/** Conflicts that still fit the snapshot's schema (a hostile page could make them huge). */
function addConflicts(snapshot: PageSnapshot, conflicts: unknown): void {
  if (!Array.isArray(conflicts)) return;
  const valid = conflicts.filter((c) => ConflictSchema.safeParse(c).success).slice(0, 40);
  if (valid.length > 0) snapshot.conflicts = valid;
}

function safe<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}

function valid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> | null {
  if (value === null || value === undefined) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * Keeps the valid items of a list. With `fieldwise`, an item is repaired field
 * by field instead (an odd rating must not drop the supplier's name).
 */
function listOf<S extends z.ZodType>(schema: S, value: unknown, fieldwise = false): z.infer<S>[] | null {
  if (!Array.isArray(value)) return null;
  const out: z.infer<S>[] = [];
  for (const item of value) {
    const parsed =
      fieldwise && 'shape' in schema && item && typeof item === 'object'
        ? safe(() =>
            validateFields(schema as unknown as z.ZodObject<z.ZodRawShape>, item as Record<string, unknown>),
          )
        : valid(schema, item);
    if (parsed) out.push(parsed as z.infer<S>);
  }
  return out;
}

/**
 * A valid order as it is. An order shaped as the readers make it (every field present) keeps its good
 * fields and its bad ones become unknown (validateOrderFacts), as the readers once did on the page;
 * anything else that fails the schema is dropped.
 */
function orderOrNull(raw: unknown): OrderFacts | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const strict = OrderFactsSchema.safeParse(raw);
  if (strict.success) return strict.data;
  if (!ORDER_FIELDS.every((field) => field in raw)) return null;
  return safe(() => validateOrderFacts(raw as OrderFacts));
}
const ORDER_FIELDS = Object.keys(emptyOrderFacts('alibaba'));

function supplierOrNull(raw: unknown): SupplierFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  return safe(() => validateFields(SupplierFactsSchema, raw));
}

/**
 * A product repaired field by field; its lists item by item, so one odd tier (a negative price, a
 * quantity out of range) does not empty the ladder: a dropped later tier makes a quantity in its range
 * priced at the tier below, which is dearer, so the order value is never understated (ladderOrNull).
 */
function productOrNull(raw: unknown): ProductFacts | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { priceTiers, leadTimes, attributes, packaging, ...rest } = raw as Record<string, unknown>;
  const fields = safe(() =>
    validateFields(PRODUCT_WITHOUT_SUPPLIER, {
      ...rest,
      priceTiers: ladderOrNull(priceTiers),
      leadTimes: listOf(LeadTimeSchema, leadTimes),
      attributes: attributeRowsOrNull(attributes),
      ...(packaging === undefined ? {} : { packaging: attributeRowsOrNull(packaging) }),
    }),
  );
  return fields ? { ...fields, supplier: supplierOrNull((raw as { supplier?: unknown }).supplier) } : null;
}

/** Valid rows, merged where the page's lists repeat a label (facts/attribute-rows.ts); none left is unknown. */
function attributeRowsOrNull(value: unknown): ProductFacts['attributes'] {
  const rows = listOf(AttributeSchema, value);
  if (!rows) return null;
  const merged = mergedAttributeRows(rows);
  return merged.length ? merged : null;
}

const PRODUCT_WITHOUT_SUPPLIER = ProductFactsSchema.omit({ supplier: true });

/**
 * A ladder keeps its good tiers only while its first tier is good: without it, quantities below the next
 * tier would have no price and the ladder would start above the minimum order, so it is unknown instead.
 */
function ladderOrNull(value: unknown): ProductFacts['priceTiers'] {
  if (!Array.isArray(value) || value.length === 0) return listOf(PriceTierSchema, value);
  return valid(PriceTierSchema, value[0]) ? listOf(PriceTierSchema, value) : null;
}

/**
 * A payment page repaired field by field: an amount that is out of range becomes unknown, and the
 * beneficiary's bank, name, account and SWIFT that were read correctly stay (the rules check them).
 */
function paymentOrNull(raw: unknown): PaymentFacts | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const strict = PaymentFactsSchema.safeParse(raw);
  if (strict.success) return strict.data;
  const { beneficiary, ...rest } = raw as Record<string, unknown>;
  return safe(() => ({
    ...validateFields(PaymentFactsSchema.omit({ beneficiary: true }), rest),
    beneficiary: validateFields(
      BeneficiarySchema,
      beneficiary && typeof beneficiary === 'object' ? (beneficiary as Record<string, unknown>) : {},
    ),
  }));
}
