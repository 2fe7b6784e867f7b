import type { z } from 'zod';
import { ChatMessageSchema } from '../model/chat-message';
import { ConflictSchema } from '../model/conflict';
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
 * The page's sections as the extractors read them, not yet validated: what the
 * content script sends (the background validates it with {@link validateSnapshot},
 * so the buyer's page does not pay for zod).
 */
export function readPage(
  doc: Document,
  url: string,
  timed = false,
): { snapshot: RawSnapshot; scriptsMs: number; readMs: number } {
  const t0 = timed ? performance.now() : 0;
  const scripts = safe(() => scriptTexts(doc)) ?? [];
  const t1 = timed ? performance.now() : 0;
  const snapshot = readSections(doc, url, scripts);
  const t2 = timed ? performance.now() : 0;
  return { snapshot, scriptsMs: t1 - t0, readMs: t2 - t1 };
}

/** A snapshot whose sections are as read, unchecked (see {@link validateSnapshot}). */
export type RawSnapshot = { [K in keyof PageSnapshot]: K extends 'kind' | 'url' ? PageSnapshot[K] : unknown };

/**
 * The URL names the kind; content can only demote it to "challenge" (then
 * everything else stays null and TradeGuard stays silent). A section that
 * throws becomes null; nothing ever escapes into the user's page (no throw, no log).
 */
function readSections(doc: Document, url: string, scripts: string[]): RawSnapshot {
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
  const snapshot: RawSnapshot = emptySnapshot(kind, url);
  switch (kind) {
    case 'alibaba:product': {
      const read = safe(() => extractAlibabaProduct(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      snapshot.product = read?.product ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'alibaba:supplier': {
      const read = safe(() => extractAlibabaSupplier(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'alibaba:search':
      snapshot.offers = safe(() => extractAlibabaSearch(doc, readUrl, scripts));
      break;
    case 'alibaba:order': {
      const order = safe(() => extractAlibabaOrder(doc, url, scripts));
      snapshot.order = order;
      const conflicts = safe(() => alibabaOrderConflicts(order));
      if (conflicts?.length) snapshot.conflicts = conflicts;
      break;
    }
    case 'alibaba:order-list':
      snapshot.orders = safe(() => extractAlibabaOrderList(doc, url, scripts));
      break;
    case 'alibaba:payment':
      snapshot.payment = safe(() => extractAlibabaPayment(doc, url, scripts));
      break;
    case 'alibaba:messages':
    case 'aliexpress:messages':
      snapshot.messages = safe(() => extractMessages(doc, url));
      break;
    case 'aliexpress:item': {
      const read = safe(() => extractAliexpressItem(doc, readUrl, scripts));
      snapshot.supplier = read?.supplier ?? null;
      snapshot.product = read?.product ?? null;
      if (read?.conflicts) snapshot.conflicts = read.conflicts;
      break;
    }
    case 'aliexpress:order':
      snapshot.order = safe(() => extractAliexpressOrder(doc, url, scripts));
      break;
    case 'aliexpress:order-list':
      snapshot.orders = safe(() => extractAliexpressOrderList(doc, url, scripts));
      break;
    case 'aliexpress:dispute':
      snapshot.order = safe(() => extractAliexpressDispute(doc, url, scripts));
      break;
    default:
      break;
  }
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
  snapshot.order = valid(OrderFactsSchema, raw.order);
  snapshot.orders = listOf(OrderFactsSchema, raw.orders);
  snapshot.payment = valid(PaymentFactsSchema, raw.payment);
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

function supplierOrNull(raw: unknown): SupplierFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  return safe(() => validateFields(SupplierFactsSchema, raw));
}

function productOrNull(raw: unknown): ProductFacts | null {
  if (!raw || typeof raw !== 'object') return null;
  const fields = safe(() => validateFields(PRODUCT_WITHOUT_SUPPLIER, raw));
  return fields ? { ...fields, supplier: supplierOrNull((raw as { supplier?: unknown }).supplier) } : null;
}

const PRODUCT_WITHOUT_SUPPLIER = ProductFactsSchema.omit({ supplier: true });
