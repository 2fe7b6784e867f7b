import type { z } from 'zod';
import { ChatMessageSchema } from '../model/chat-message';
import { type Conflict, ConflictSchema } from '../model/conflict';
import { OfferFactsSchema } from '../model/offer';
import { OrderFactsSchema } from '../model/order';
import { PaymentFactsSchema } from '../model/payment';
import { type ProductFacts, ProductFactsSchema } from '../model/product';
import { emptySnapshot, type PageSnapshot, validateFields } from '../model/snapshot';
import { type SupplierFacts, SupplierFactsSchema } from '../model/supplier';
import { alibabaOrderConflicts, extractAlibabaOrder } from './alibaba/order';
import { extractAlibabaOrderList } from './alibaba/order-list';
import { extractAlibabaPayment } from './alibaba/payment';
import { extractAlibabaProduct } from './alibaba/product';
import { extractAlibabaSearch } from './alibaba/search';
import { extractAlibabaSupplier } from './alibaba/supplier';
import { extractAliexpressDispute } from './aliexpress/dispute';
import { extractAliexpressItem } from './aliexpress/item';
import { extractAliexpressOrder } from './aliexpress/order';
import { extractAliexpressOrderList } from './aliexpress/order-list';
import { isChallengePage } from './challenge';
import { pageKindFromUrl } from './detect';
import { pageFromContent } from './detect-content';
import { scriptTexts } from './embedded-json';
import { extractMessages } from './messages/extract';

/**
 * One page → one typed snapshot. The URL names the kind; content can only
 * demote it to "challenge" (then everything else stays null and TradeGuard
 * stays silent). Each section is read and validated on its own: a section
 * that throws or fails validation becomes null, a field that fails becomes
 * null, and nothing ever escapes into the user's page (no throw, no log).
 */
export function extractPage(doc: Document, url: string): PageSnapshot {
  const scripts = safe(() => scriptTexts(doc)) ?? [];
  if (safe(() => isChallengePage(doc, scripts))) return emptySnapshot('challenge', url);
  let kind = safe(() => pageKindFromUrl(url)) ?? 'unknown';
  // Saved without its address (or under an odd one): the page says what it is and where it lives.
  let readUrl = url;
  if (kind === 'unknown') {
    const found = safe(() => pageFromContent(doc, scripts));
    if (found) {
      kind = found.kind;
      readUrl = found.url ?? url;
    }
  }
  const snapshot = emptySnapshot(kind, url);
  switch (kind) {
    case 'alibaba:product': {
      const read = safe(() => extractAlibabaProduct(doc, readUrl, scripts));
      snapshot.supplier = supplierOrNull(read?.supplier);
      snapshot.product = productOrNull(read?.product);
      addConflicts(snapshot, read?.conflicts);
      break;
    }
    case 'alibaba:supplier': {
      const read = safe(() => extractAlibabaSupplier(doc, readUrl, scripts));
      snapshot.supplier = supplierOrNull(read?.supplier);
      addConflicts(snapshot, read?.conflicts);
      break;
    }
    case 'alibaba:search':
      snapshot.offers = listOf(
        OfferFactsSchema,
        safe(() => extractAlibabaSearch(doc, readUrl, scripts)),
        true,
      );
      break;
    case 'alibaba:order':
      snapshot.order = valid(
        OrderFactsSchema,
        safe(() => extractAlibabaOrder(doc, url, scripts)),
      );
      addConflicts(
        snapshot,
        safe(() => alibabaOrderConflicts(snapshot.order)),
      );
      break;
    case 'alibaba:order-list':
      snapshot.orders = listOf(
        OrderFactsSchema,
        safe(() => extractAlibabaOrderList(doc, url, scripts)),
      );
      break;
    case 'alibaba:payment':
      snapshot.payment = valid(
        PaymentFactsSchema,
        safe(() => extractAlibabaPayment(doc, url, scripts)),
      );
      break;
    case 'alibaba:messages':
    case 'aliexpress:messages':
      snapshot.messages = listOf(
        ChatMessageSchema,
        safe(() => extractMessages(doc, url)),
      );
      break;
    case 'aliexpress:item': {
      const read = safe(() => extractAliexpressItem(doc, readUrl, scripts));
      snapshot.supplier = supplierOrNull(read?.supplier);
      snapshot.product = productOrNull(read?.product);
      addConflicts(snapshot, read?.conflicts);
      break;
    }
    case 'aliexpress:order':
      snapshot.order = valid(
        OrderFactsSchema,
        safe(() => extractAliexpressOrder(doc, url, scripts)),
      );
      break;
    case 'aliexpress:order-list':
      snapshot.orders = listOf(
        OrderFactsSchema,
        safe(() => extractAliexpressOrderList(doc, url, scripts)),
      );
      break;
    case 'aliexpress:dispute':
      snapshot.order = valid(
        OrderFactsSchema,
        safe(() => extractAliexpressDispute(doc, url, scripts)),
      );
      break;
    default:
      break;
  }
  return snapshot;
}

/** Conflicts that still fit the snapshot's schema (a hostile page could make them huge). */
function addConflicts(snapshot: PageSnapshot, conflicts: Conflict[] | null | undefined): void {
  const valid = (conflicts ?? []).filter((c) => ConflictSchema.safeParse(c).success).slice(0, 40);
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

function supplierOrNull(raw: SupplierFacts | null | undefined): SupplierFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  return safe(() => validateFields(SupplierFactsSchema, raw));
}

function productOrNull(raw: ProductFacts | null | undefined): ProductFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  const fields = safe(() => validateFields(PRODUCT_WITHOUT_SUPPLIER, raw));
  return fields ? { ...fields, supplier: supplierOrNull(raw.supplier) } : null;
}

const PRODUCT_WITHOUT_SUPPLIER = ProductFactsSchema.omit({ supplier: true });
