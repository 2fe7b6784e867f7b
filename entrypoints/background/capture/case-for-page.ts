import type { PageInfo } from '../../../lib/messaging/tab-protocol';
import { marketplaceOf, pageKindFromUrl } from '../../../lib/pages/detect';
import { normaliseCompanyName } from '../../../lib/suppliers/normalise-name';
import { findOrCreateOrderCase, findOrCreateSupplierCase } from '../../../lib/vault/cases';
import type { VaultDb } from '../../../lib/vault/db';
import type { CaseRow, Marketplace } from '../../../lib/vault/schema/rows';

/**
 * Which case a capture goes into, in this order:
 * 1. the order named by the page (the URL's orderId / orderIds, or the order the page shows);
 * 2. on a chat page, an order the vault already knows that the conversation mentions;
 * 3. the supplier (company id, else its normalised name: the same keys as supplier memory);
 * 4. on a chat page with no known supplier, the conversation itself;
 * 5. "Unsorted captures" of that marketplace. The buyer can move nothing yet, but can re-kind and note.
 */
export class NotAMarketplacePage extends Error {
  constructor() {
    super('TradeGuard keeps evidence from alibaba.com and aliexpress.com pages only: nothing was saved.');
  }
}

export function marketplaceOfUrl(url: string): Marketplace | null {
  const kind = pageKindFromUrl(url);
  const known = marketplaceOf(kind);
  if (known) return known;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null; // anyone on the network can answer a plain-http address
    const host = parsed.hostname;
    if (host === 'alibaba.com' || host.endsWith('.alibaba.com')) return 'alibaba';
    if (/(^|\.)aliexpress\.(com|us)$/.test(host)) return 'aliexpress';
  } catch {
    return null;
  }
  return null;
}

/** The order id a URL names: `orderId=…`, or the first of `orderIds=a,b`. */
export function orderIdFromUrl(url: string): string | null {
  try {
    const params = new URL(url).searchParams;
    const raw = params.get('orderId') ?? params.get('orderIds')?.split(/[,;\s]+/)[0] ?? null;
    return raw && /^[A-Za-z0-9_-]{4,64}$/.test(raw) ? raw : null;
  } catch {
    return null;
  }
}

export function isMessagePage(url: string): boolean {
  const kind = pageKindFromUrl(url);
  return kind === 'alibaba:messages' || kind === 'aliexpress:messages';
}

function conversationIdOf(url: string): string | null {
  try {
    const params = new URL(url).searchParams;
    return params.get('conversationId') ?? params.get('cid') ?? params.get('chatId');
  } catch {
    return null;
  }
}

async function knownOrderMentioned(
  db: VaultDb,
  marketplace: Marketplace,
  mentioned: readonly string[],
): Promise<string | null> {
  if (mentioned.length === 0) return null;
  const rows = await db.orders
    .where('id')
    .anyOf([...mentioned])
    .toArray();
  // The most recently updated of the orders the chat names is the one it is most likely about.
  const match = rows
    .filter((r) => r.marketplace === marketplace)
    .sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))[0];
  return match ? String(match.id) : null;
}

export async function caseForPage(
  db: VaultDb,
  url: string,
  info: PageInfo | null,
  now: Date,
): Promise<CaseRow> {
  const marketplace = marketplaceOfUrl(url);
  if (!marketplace) throw new NotAMarketplacePage();
  const supplier = info?.supplierName ?? null;
  const orderId =
    orderIdFromUrl(url) ??
    info?.orderId ??
    (isMessagePage(url) ? await knownOrderMentioned(db, marketplace, info?.mentionedOrderIds ?? []) : null);
  if (orderId) {
    const title = supplier ? `${supplier} — order #${orderId}` : `Order #${orderId}`;
    return findOrCreateOrderCase(db, orderId, marketplace, title, now);
  }
  const key = info?.supplierCompanyId
    ? `id:${info.supplierCompanyId}`
    : supplier && normaliseCompanyName(supplier)
      ? `name:${normaliseCompanyName(supplier)}`
      : null;
  if (key && supplier) return findOrCreateSupplierCase(db, key, marketplace, supplier, now);
  const conversation = isMessagePage(url) ? conversationIdOf(url) : null;
  if (conversation) {
    const title = `Chat ${info?.title ? `“${info.title.slice(0, 80)}” ` : ''}(${conversation.slice(0, 12)})`;
    return findOrCreateSupplierCase(db, `conversation:${conversation}`, marketplace, title, now);
  }
  return findOrCreateSupplierCase(db, 'unsorted', marketplace, 'Unsorted captures', now);
}
