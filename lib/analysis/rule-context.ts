import type { ResolvedFact } from '../corrections/resolve';
import { openOrdersWith, supplierIdentity } from '../limits/open-orders';
import type { StatedRemaining } from '../limits/types';
import type { OrderFacts } from '../model/order';
import type { PageSnapshot } from '../model/snapshot';
import { EMPTY_SUPPLIER, type SupplierFacts } from '../model/supplier';
import type { RuleContext, SeenLimit, SpecLine } from '../rules/types';
import type { Settings } from '../settings/schema';
import { latestTaLimit, latestTaRemaining } from '../suppliers/memory';
import type { SupplierRecord } from '../suppliers/memory-schema';
import { correctedOrder, correctedSnapshot, resolvePageCorrections } from './corrections';
import type { TradeMemory } from './trade-memory';

/**
 * Joins a page's facts with what TradeGuard remembers: the order a payment
 * page pays for, the supplier of an order (by id, else by normalised name),
 * the latest TA limit seen, the designated account, and the buyer's own
 * entries — which every rule then reads as if the page had stated them.
 */
export function buildRuleContext(
  page: PageSnapshot,
  memory: TradeMemory,
  settings: Settings,
  at: string,
): RuleContext {
  const paymentOrderId = page.payment?.orderId ?? null;
  const remembered = page.order ? null : memory.order('alibaba', paymentOrderId);
  const pageOrder: OrderFacts | null = page.order ?? remembered?.facts ?? null;
  const pageSupplier = page.supplier ?? page.product?.supplier ?? null;
  const record =
    memory.suppliers.find({
      companyId: pageSupplier?.companyId ?? pageOrder?.supplierCompanyId ?? null,
      name: pageSupplier?.name ?? pageOrder?.supplierName ?? null,
    }) ?? null;
  const orderId = pageOrder?.id ?? paymentOrderId;
  const corrections = resolvePageCorrections({
    snapshot: page,
    order: pageOrder,
    orderSeen: remembered ? { url: remembered.url, at: remembered.seenAt } : null,
    pageSupplier,
    latestLimit: latestTaLimit(record),
    book: memory.corrections,
    at,
  });
  const order = correctedOrder(pageOrder, corrections);
  const limit = corrections.facts.taLimit;
  const identity = supplierIdentity([
    { companyId: pageSupplier?.companyId, name: pageSupplier?.name },
    { companyId: pageOrder?.supplierCompanyId, name: pageOrder?.supplierName },
    { companyId: record?.companyId, name: record?.name },
  ]);
  return {
    snapshot: correctedSnapshot(page, corrections),
    order,
    supplier: pageSupplier ?? (record ? supplierFromRecord(record) : order ? supplierFromOrder(order) : null),
    supplierKnown: record !== null || pageSupplier !== null,
    knownLimit: limit
      ? seenLimitOf(limit)
      : pageSupplier?.taLimit
        ? { limit: pageSupplier.taLimit, seenAt: at, url: page.url }
        : latestLimit(record),
    designatedAccount: orderId ? (memory.accounts.get(orderId)?.beneficiary ?? null) : null,
    designatedAccountSeenAt: orderId ? (memory.accounts.get(orderId)?.seenAt ?? null) : null,
    settings,
    specLines: specLinesOf(page, order),
    corrections,
    openOrders: openOrdersWith(memory.orders.values(), identity, [pageOrder?.id, paymentOrderId]),
    statedRemaining: statedRemainingOf(pageSupplier, page.url, record, at),
    at,
  };
}

/** The page's own statement of what remains of the limit, else the latest one remembered. */
function statedRemainingOf(
  pageSupplier: SupplierFacts | null,
  url: string,
  record: SupplierRecord | null,
  at: string,
): StatedRemaining | null {
  if (pageSupplier?.taRemaining) return { amount: pageSupplier.taRemaining, at, url };
  const latest = latestTaRemaining(record);
  return latest ? { amount: latest.taRemaining, at: latest.at, url: latest.url } : null;
}

function seenLimitOf(resolved: ResolvedFact): SeenLimit | null {
  const { value, source } = resolved;
  if (!value || typeof value !== 'object' || !source) return null;
  return source.kind === 'buyer'
    ? { limit: value, seenAt: source.enteredAt, url: '', enteredAt: source.enteredAt }
    : { limit: value, seenAt: source.readAt, url: source.url };
}

function latestLimit(record: SupplierRecord | null): SeenLimit | null {
  const latest = latestTaLimit(record);
  return latest ? { limit: latest.taLimit, seenAt: latest.at, url: latest.url } : null;
}

/** The supplier as remembered: latest metrics, latest limit. */
function supplierFromRecord(record: SupplierRecord): SupplierFacts {
  const metrics = [...record.metricsHistory].sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return {
    ...EMPTY_SUPPLIER,
    name: record.name,
    companyId: record.companyId,
    profileUrl: record.profileUrl,
    taLimit: latestLimit(record)?.limit ?? null,
    taOffered: record.taLimitHistory.length > 0 ? true : null,
    yearsOnPlatform: metrics?.yearsOnPlatform ?? null,
    verified: metrics?.verified ?? null,
    responseRate: metrics?.responseRate ?? null,
    responseTimeText: metrics?.responseTimeText ?? null,
    onTimeDeliveryRate: metrics?.onTimeDeliveryRate ?? null,
    rating: metrics?.rating ?? null,
    reviewCount: metrics?.reviewCount ?? null,
  };
}

function supplierFromOrder(order: OrderFacts): SupplierFacts | null {
  if (!order.supplierName && !order.supplierCompanyId) return null;
  return { ...EMPTY_SUPPLIER, name: order.supplierName, companyId: order.supplierCompanyId };
}

/** Specification text of the order or product in view, line by line, each with where it stands. */
function specLinesOf(snapshot: PageSnapshot, order: OrderFacts | null): SpecLine[] {
  const lines: SpecLine[] = [];
  const push = (text: string | null | undefined, origin: string) => {
    for (const line of (text ?? '').split(/\r?\n|;\s*(?=[^\d])/)) {
      const t = line.trim();
      if (t && !lines.some((l) => l.text === t)) lines.push({ text: t, origin });
    }
  };
  // On the payment page the order it pays for is judged too: the checklist there must not look cleaner.
  if (
    order?.marketplace === 'alibaba' &&
    (snapshot.kind === 'alibaba:order' || snapshot.kind === 'alibaba:payment')
  ) {
    // Everything the order says about the goods is judged (issue 11): a colour named only in the
    // product line is a vague colour, not a missing one.
    for (const [i, item] of order.lineItems.entries()) {
      push(item.name, `Line item ${i + 1}, product name`);
      push(item.specText, `Line item ${i + 1}`);
    }
    push(order.remarks, 'Order remarks');
    push(order.customization, 'Customisation');
    for (const file of order.attachments ?? []) push(file, 'Attachment');
    push(order.specText, 'Order specification');
  }
  if (snapshot.kind === 'alibaba:product') {
    for (const a of snapshot.product?.attributes ?? []) push(`${a.name}: ${a.value}`, 'Product attribute');
    // Rows the page keeps under its packaging heading are the supplier's terms as much as the attributes are.
    for (const a of snapshot.product?.packaging ?? []) push(`${a.name}: ${a.value}`, 'Packaging');
  }
  return lines;
}
