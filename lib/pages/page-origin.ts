import type { PageKind } from '../model/page-kind';
import { emptySnapshot, type PageSnapshot } from '../model/snapshot';
import { isAlibabaPayment, pageKindFromUrl } from './detect';

/**
 * What a page may tell TradeGuard, decided by its ADDRESS (the browser's
 * sender.url), never by what its content script says. A content script runs
 * in a stranger's page; its snapshot is a claim about that page, so the kind
 * comes from the address, the sections are those that kind of page has, and
 * an order's facts must be for the order the address names.
 */
const SECTIONS: Record<PageKind, readonly (keyof PageSnapshot)[]> = {
  'alibaba:product': ['supplier', 'product'],
  'alibaba:supplier': ['supplier'],
  'alibaba:search': ['offers'],
  'alibaba:order-list': ['orders'],
  'alibaba:order': ['order'],
  'alibaba:payment': ['payment'],
  'alibaba:messages': ['messages'],
  'aliexpress:item': ['supplier', 'product'],
  'aliexpress:search': ['offers'],
  'aliexpress:order-list': ['orders'],
  'aliexpress:order': ['order'],
  'aliexpress:dispute': ['order'],
  'aliexpress:messages': ['messages'],
  challenge: [],
  unknown: [],
};

/** The order ids an address names: `orderId=…`, `orderIds=a,b`. */
export function orderIdsInUrl(url: string | URL): string[] {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return [u.searchParams.get('orderId'), ...(u.searchParams.get('orderIds')?.split(/[,;\s]+/) ?? [])]
      .filter((id): id is string => Boolean(id?.trim()))
      .map((id) => id.trim());
  } catch {
    return [];
  }
}

export type SenderSnapshot = { ok: true; snapshot: PageSnapshot } | { ok: false; reason: string };

/**
 * The snapshot as far as the sending page's address vouches for it: kind and
 * url from the address, only that kind's sections, and no order other than the
 * one the address names. A kind the address does not have is refused whole.
 */
export function snapshotFromSender(claimed: PageSnapshot, senderUrl: string): SenderSnapshot {
  const kind = pageKindFromUrl(senderUrl);
  if (kind === 'unknown')
    return { ok: false, reason: `${senderUrl} is not a marketplace page TradeGuard reads` };
  if (claimed.kind !== kind) {
    return {
      ok: false,
      reason: `a ${claimed.kind} snapshot sent from ${senderUrl}, which is a ${kind} page`,
    };
  }
  const snapshot: PageSnapshot = emptySnapshot(kind, senderUrl);
  for (const section of SECTIONS[kind]) (snapshot as Record<string, unknown>)[section] = claimed[section];
  // Disagreements on the page ("supplier.taLimit"), for the sections kept only.
  const conflicts = claimed.conflicts?.filter((c) =>
    SECTIONS[kind].includes(c.field.split('.')[0] as keyof PageSnapshot),
  );
  if (conflicts?.length) snapshot.conflicts = conflicts;
  const named = orderIdsInUrl(senderUrl);
  if (named.length > 0 && snapshot.order?.id && !named.includes(snapshot.order.id)) snapshot.order = null;
  if (named.length > 0 && snapshot.payment?.orderId && !named.includes(snapshot.payment.orderId))
    snapshot.payment = null;
  return { ok: true, snapshot };
}

/**
 * True when this snapshot may set the account Alibaba designated for its
 * order: Alibaba's own checkout (cashier.alibaba.com, https) showing the
 * payment of that order (when the address names orders, this one among them).
 */
export function designatesAccount(snapshot: PageSnapshot): boolean {
  const orderId = snapshot.payment?.orderId;
  if (snapshot.kind !== 'alibaba:payment' || !orderId) return false;
  let url: URL;
  try {
    url = new URL(snapshot.url);
  } catch {
    return false;
  }
  if (!isAlibabaPayment(url)) return false;
  const named = orderIdsInUrl(url);
  return named.length === 0 || named.includes(orderId);
}
