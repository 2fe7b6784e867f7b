import type { LineItem } from '../../model/order';
import { parseMoney } from '../../money/parse';
import type { OrderPatch } from '../alibaba/order-merge';
import { blockText, cleanText, leafTexts } from '../alibaba/order-text';
import { statusKeyFromText } from '../labels/order-vocab';
import { statedDeadlinesIn } from './stated-deadlines';

/** Link shapes on AliExpress pages: `/store/<id>` for the seller, `orderId=` for the order. */
export function aliexpressOrderFromAttributes(root: ParentNode, url: string): OrderPatch {
  let id: string | null = null;
  try {
    id = new URL(url).searchParams.get('orderId');
  } catch {
    id = null;
  }
  const store = root.querySelector('a[href*="/store/"]');
  const storeId = /\/store\/(\d+)/.exec(store?.getAttribute('href') ?? '')?.[1] ?? null;
  const storeName = cleanText(store?.textContent);
  return {
    id: id && /^\d{6,}$/.test(id) ? id : null,
    supplierName: storeName && storeName.length <= 120 ? storeName : null,
    supplierCompanyId: storeId,
    lineItems: itemLinks(root),
  };
}

/** One line per `/item/<id>.html` title link; "US $18.90 x3" beside it gives price and quantity. */
function itemLinks(root: ParentNode): LineItem[] {
  const items: LineItem[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href*="/item/"]'))) {
    const productId = /\/item\/(\d+)\.html/.exec(a.getAttribute('href') ?? '')?.[1];
    const name = cleanText(a.textContent);
    if (!productId || name.length < 8 || seen.has(productId)) continue;
    seen.add(productId);
    const siblings = a.parentElement ? leafTexts(a.parentElement).filter((t) => t !== name) : [];
    const priceLine = siblings.find((t) => /\d\s*[x×]\s*\d+\s*$/.test(t)) ?? null;
    const quantity = priceLine ? Number(/[x×]\s*(\d+)\s*$/.exec(priceLine)?.[1]) : null;
    const spec = siblings.find(
      (t) => /:\s*\S/.test(t) && t !== priceLine && !/estimated|delivery|livraison|entrega/i.test(t),
    );
    items.push({
      name,
      specText: spec ?? null,
      unitPrice: priceLine ? parseMoney(priceLine.replace(/[x×]\s*\d+\s*$/, '')) : null,
      quantity: quantity !== null && Number.isSafeInteger(quantity) ? quantity : null,
      total: null,
      productId,
    });
  }
  return items;
}

/** What only the visible text says on an AliExpress order: the status heading, deadline sentences, protection text. */
export function aliexpressOrderExtrasFromText(root: ParentNode): OrderPatch {
  const blocks = Array.from(root.querySelectorAll('p, li, span, div, h1, h2, h3'))
    .filter((el) => el.childElementCount <= 2)
    .map((el) => blockText(el))
    .filter((t) => t.length > 0 && t.length <= 400);
  const heading = Array.from(root.querySelectorAll('h1, h2, h3'))
    .map((h) => cleanText(h.textContent))
    .find((t) => t.length <= 40 && statusKeyFromText(t) !== null);
  // The smallest block that names the protection period (not the section around it).
  const protection = [...blocks]
    .sort((a, b) => a.length - b.length)
    .find(
      (t) => /protection|protección|protection de l'acheteur|käuferschutz|proteção/i.test(t) && /\d/.test(t),
    );
  return {
    status: heading ?? null,
    statusKey: statusKeyFromText(heading),
    protectionText: protection ?? null,
    statedDeadlines: statedDeadlinesIn(blocks),
  };
}
