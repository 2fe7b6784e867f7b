import type { LineItem } from '../../model/order';
import { parseMoney } from '../../money/parse';
import type { OrderPatch } from '../alibaba/order-merge';
import { cleanText, leafTexts } from '../alibaba/order-text';
import { elementsByTag, indexText, textUpTo } from '../dom-text';
import { statusKeyFromText } from '../labels/order-vocab';
import { statedDeadlinesIn } from './stated-deadlines';

/** A link's own words (a title, a store name) are shorter; longer is a wrapped section. */
const MAX_LINK_CHARS = 2_000;
/** An item row (title, spec, "US $18.90 x3") reads in far fewer characters. */
const MAX_ROW_CHARS = 4_000;

/** Link shapes on AliExpress pages: `/store/<id>` for the seller, `orderId=` for the order. */
export function aliexpressOrderFromAttributes(root: ParentNode, url: string): OrderPatch {
  let id: string | null = null;
  try {
    id = new URL(url).searchParams.get('orderId');
  } catch {
    id = null;
  }
  const links = elementsByTag(root, 'a'); // one scan of the page for both link shapes
  const store = links.find((a) => a.getAttribute('href')?.includes('/store/'));
  const storeId = /\/store\/(\d+)/.exec(store?.getAttribute('href') ?? '')?.[1] ?? null;
  const storeName = cleanText(store ? textUpTo(store, MAX_LINK_CHARS) : '');
  return {
    id: id && /^\d{6,}$/.test(id) ? id : null,
    supplierName: storeName && storeName.length <= 120 ? storeName : null,
    supplierCompanyId: storeId,
    lineItems: itemLinks(links),
  };
}

/** One line per `/item/<id>.html` title link; "US $18.90 x3" beside it gives price and quantity. */
function itemLinks(links: readonly Element[]): LineItem[] {
  const items: LineItem[] = [];
  const seen = new Set<string>();
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (!href.includes('/item/')) continue;
    const productId = /\/item\/(\d+)\.html/.exec(href)?.[1];
    const name = cleanText(textUpTo(a, MAX_LINK_CHARS) ?? '');
    if (!productId || name.length < 8 || seen.has(productId)) continue;
    seen.add(productId);
    const siblings = a.parentElement
      ? leafTexts(a.parentElement, MAX_ROW_CHARS).filter((t) => t !== name)
      : [];
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

const BLOCK_TAGS = new Set(['P', 'LI', 'SPAN', 'DIV', 'H1', 'H2', 'H3']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);

/** What only the visible text says on an AliExpress order: the status heading, deadline sentences, protection text. */
export function aliexpressOrderExtrasFromText(root: ParentNode, texts = indexText(root)): OrderPatch {
  // Indexed texts: blockText per nested element would be quadratic on deep markup. Nested
  // wrappers repeat one text; keeping it once changes neither result below.
  const blocks = [
    ...new Set(
      texts
        .withFewChildren(BLOCK_TAGS, 2)
        .map((el) => texts.shortBlock(el, 400))
        .filter((t): t is string => !!t),
    ),
  ];
  const heading = texts
    .withFewChildren(HEADING_TAGS, Number.POSITIVE_INFINITY)
    .map((h) => texts.shortText(h, 40))
    .find((t): t is string => t !== null && statusKeyFromText(t) !== null);
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
