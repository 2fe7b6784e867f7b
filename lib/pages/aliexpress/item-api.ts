import type { Attribute, PriceRange } from '../../model/product';
import { parseMoneyRange } from '../../money/parse';
import { textOf } from '../facts/shapes';
import type { DataRoot } from '../sources/page-data';

/**
 * An AliExpress item as an item-detail API answers it (a scraping API's `item_detail` reply, saved as a
 * JSON file; 2024): `{result: {settings: {currency}, item: {itemId, title, itemUrl, sku: {def: {price,
 * unit}}, properties: {list: [{name, value}]}}, seller: {storeTitle, storeId, storeUrl}}}`, sometimes
 * without the `result` wrapper. No page ever carried it, so none of the page readers' keys (…Module,
 * …Component) find it: it is read by its own shape, an item and its seller side by side.
 */
export interface ItemApiFacts {
  id: string | null;
  title: string | null;
  priceRange: PriceRange | null;
  /** The regular `price` when a `promotionPrice` is what the buyer pays; null without a promotion. */
  listPriceRange: PriceRange | null;
  unit: string | null;
  attributes: Attribute[] | null;
  storeName: string | null;
  storeId: string | null;
  storeUrl: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** The reply's item, seller and settings, when the value has that shape (an item with an id, and its seller). */
export function itemApiParts(value: unknown): { item: Obj; seller: Obj; settings: Obj } | null {
  const top = isObj(value) && isObj(value.result) ? value.result : value;
  if (!isObj(top) || !isObj(top.item) || !isObj(top.seller)) return null;
  const { item, seller } = top;
  if (!/^\d{6,20}$/.test(textOf(item.itemId) ?? '')) return null;
  if (!textOf(seller.storeTitle) && !textOf(seller.storeId)) return null;
  return { item, seller, settings: isObj(top.settings) ? top.settings : {} };
}

export function itemApiOf(roots: readonly DataRoot[]): ItemApiFacts | null {
  for (const { value } of roots) {
    const parts = itemApiParts(value);
    if (parts) return factsOf(parts);
  }
  return null;
}

function factsOf({ item, seller, settings }: { item: Obj; seller: Obj; settings: Obj }): ItemApiFacts {
  const currency = textOf(settings.currency);
  const def = isObj(item.sku) && isObj(item.sku.def) ? item.sku.def : {};
  // "96.46 - 127.37" in the reply's settings currency; a currency written in the text wins.
  const rangeOf = (v: unknown) => {
    const text = textOf(v);
    return text && currency && /^[A-Z]{3}$/.test(currency) ? parseMoneyRange(text, currency) : null;
  };
  const promotion = rangeOf(def.promotionPrice);
  const priceRange = promotion ?? rangeOf(def.price);
  const unit = textOf(def.unit);
  const storeUrl = textOf(seller.storeUrl);
  return {
    id: textOf(item.itemId),
    title: textOf(item.title),
    priceRange,
    listPriceRange: promotion ? rangeOf(def.price) : null,
    unit: unit && unit.length <= 40 ? unit : null,
    attributes: propertiesOf(item.properties),
    storeName: textOf(seller.storeTitle),
    storeId: textOf(seller.storeId) ?? /\/store\/(\d+)/.exec(storeUrl ?? '')?.[1] ?? null,
    storeUrl: storeUrl ? (storeUrl.startsWith('//') ? `https:${storeUrl}` : storeUrl) : null,
  };
}

const MAX_ROWS = 200;

function propertiesOf(properties: unknown): Attribute[] | null {
  const list = isObj(properties) ? properties.list : properties;
  if (!Array.isArray(list)) return null;
  const out: Attribute[] = [];
  for (const row of list.slice(0, MAX_ROWS)) {
    if (!isObj(row)) continue;
    const name = textOf(row.name)?.replace(/\s*[:：]$/, '');
    if (name) out.push({ name, value: textOf(row.value) ?? '' });
  }
  return out.length ? out : null;
}
