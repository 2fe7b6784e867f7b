import { emptyOrderFacts } from '../../model/empty';
import type { LineItem, OrderFacts } from '../../model/order';
import { parseDateText } from '../alibaba/order-dates';
import { orderFromText } from '../alibaba/order-from-text';
import { asArray, isRecord, type Json, money, text } from '../alibaba/order-json';
import { orderCards } from '../alibaba/order-list';
import { fillMissing, hasAnyFact, joinSpecText, type OrderPatch } from '../alibaba/order-merge';
import { leafTexts } from '../alibaba/order-text';
import { scriptTexts } from '../embedded-json';
import { statusKeyFromText } from '../labels/order-vocab';
import { componentsOf, embeddedComponents } from './components';
import { aliexpressOrderFromAttributes } from './order-attributes';

/**
 * The AliExpress order list (/p/order/index.html): `pc_om_list_order`
 * components of mtop.aliexpress.trade.buyer.order.list (real 2026-09 shape),
 * embedded or observed; else one card per `orderId=` link, read as text.
 */
export function extractAliexpressOrderList(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): OrderFacts[] | null {
  try {
    void url;
    const byId = new Map<string, OrderFacts>();
    const components = embeddedComponents(scripts, 'pc_om_list');
    for (const c of components?.get('pc_om_list_order') ?? []) addFromComponent(byId, c, 'json');
    for (const [id, card] of orderCards(doc, /[?&]orderId=(\d{6,})/)) {
      const facts = byId.get(id) ?? emptyOrderFacts('aliexpress');
      fillMissing(facts, { id }, 'attributes');
      const { id: _ignored, ...fromLinks } = aliexpressOrderFromAttributes(card, '');
      fillMissing(facts, fromLinks, 'attributes');
      fillMissing(facts, orderFromText(card), 'text');
      fillMissing(facts, statusOfCard(card), 'text');
      byId.set(id, facts);
    }
    const orders = [...byId.values()].filter(hasAnyFact);
    return orders.length > 0 ? orders : null;
  } catch {
    return null;
  }
}

/** Cards show the status as a bare word ("Awaiting delivery", "Completed"): the first short text that names one. */
function statusOfCard(card: Element): OrderPatch {
  const status =
    leafTexts(card).find((t) => t.length <= 30 && !/:/.test(t) && statusKeyFromText(t) !== null) ?? null;
  return { status, statusKey: statusKeyFromText(status) };
}

/** Rows of an order-list API body observed by the MAIN-world script. */
export function extractAliexpressOrderListFromApi(json: unknown): OrderFacts[] | null {
  try {
    const byId = new Map<string, OrderFacts>();
    for (const c of componentsOf(json, 'pc_om_list')?.get('pc_om_list_order') ?? [])
      addFromComponent(byId, c, 'api');
    const orders = [...byId.values()];
    return orders.length > 0 ? orders : null;
  } catch {
    return null;
  }
}

function addFromComponent(byId: Map<string, OrderFacts>, component: Json, path: 'json' | 'api') {
  const f = isRecord(component.fields) ? component.fields : null;
  if (!f) return;
  const facts = emptyOrderFacts('aliexpress');
  fillMissing(facts, listRow(f), path);
  if (facts.id) byId.set(facts.id, facts);
}

function listRow(f: Json): OrderPatch {
  const currency = text(f.currencyCode);
  const lineItems: LineItem[] = asArray(f.orderLines)
    .filter(isRecord)
    .map((l) => {
      const attrs = asArray(l.skuAttrs)
        .filter(isRecord)
        .map((a) => `${text(a.name) ?? ''}: ${text(a.text) ?? ''}`);
      return {
        name: text(l.itemTitle),
        specText: attrs.length > 0 ? attrs.join('; ') : null,
        unitPrice: money(text(l.itemPriceText), text(l.currencyCode) ?? currency),
        quantity: typeof l.quantity === 'number' && Number.isSafeInteger(l.quantity) ? l.quantity : null,
        total: null,
        productId: text(l.productId),
      };
    });
  const createdAt = parseDateText(text(f.orderDateText));
  return {
    id: text(f.orderId),
    status: text(f.statusText),
    statusKey: statusKeyFromText(text(f.statusText)),
    supplierName: text(f.storeName),
    supplierCompanyId: /\/store\/(\d+)/.exec(text(f.storePageUrl) ?? '')?.[1] ?? null,
    lineItems,
    total: money(text(f.totalPriceText), currency),
    currency,
    specText: joinSpecText(lineItems.map((l) => l.specText)),
    createdAt,
    dates: createdAt ? [{ type: 'order_placed', at: createdAt }] : [],
  };
}
