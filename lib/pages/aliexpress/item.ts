import { type ProductFacts, ProductFactsSchema } from '../../model/product';
import { validateFields } from '../../model/snapshot';
import { type SupplierFacts, SupplierFactsSchema } from '../../model/supplier';
import { parsePercent } from '../../money/parse';
import { isRecord, type Json, pick, text } from '../alibaba/order-json';
import { cleanText } from '../alibaba/order-text';
import { textPrefix } from '../dom-text';
import { findEmbeddedValue, scriptTexts } from '../embedded-json';

/**
 * AliExpress store facts that SupplierFacts has no field for (yet): the
 * positive-feedback rate and the year the store opened. Returned beside the
 * shared shapes so the lead can decide where they belong.
 */
export interface AliexpressStoreFacts {
  storeId: string | null;
  /** 0–100 (96.5 = 96.5% positive feedback). */
  positiveRate: number | null;
  openedYear: number | null;
  topRated: boolean | null;
}

export interface AliexpressItemFacts {
  product: ProductFacts | null;
  supplier: SupplierFacts | null;
  store: AliexpressStoreFacts | null;
}

/**
 * An AliExpress item page (/item/<id>.html). Data arrives by API
 * (`mtop.aliexpress.pdp.pc.query`: SHOP_CARD_PC{storeName, sellerPositiveRate,
 * sellerScore, sellerInfo{openedYear, topRatedSeller}}); before ~2023 it sat in
 * `window.runParams.data.storeModule{storeName, positiveRate}`. Both are read
 * when embedded; the `/store/<id>` link and its surrounding text are the fallback.
 */
export function extractAliexpressItem(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): AliexpressItemFacts {
  try {
    const shopCard = asRecord(findEmbeddedValue(scripts, 'SHOP_CARD_PC'));
    const storeModule = asRecord(findEmbeddedValue(scripts, 'storeModule'));
    const titleModule =
      asRecord(findEmbeddedValue(scripts, 'titleModule')) ??
      asRecord(findEmbeddedValue(scripts, 'PRODUCT_TITLE'));
    const shop = shopCard ?? storeModule;
    const link = doc.querySelector('a[href*="/store/"]');
    const linkHref = link?.getAttribute('href') ?? '';
    // Read only what is searched: cleaning a page with a 2 MB text node whole costs tens of ms.
    const pageText = cleanText(doc.body ? textPrefix(doc.body, 400_000) : '').slice(0, 200_000);

    const storeUrl = text(pick(shop, 'sellerInfo.storeURL', 'storeURL', 'storeUrl')) ?? (linkHref || null);
    const storeId =
      text(pick(shop, 'sellerInfo.storeNum', 'storeNum', 'storeId')) ??
      /\/store\/(\d+)/.exec(storeUrl ?? '')?.[1] ??
      null;
    const name = text(pick(shop, 'storeName')) ?? (cleanText(link ? textPrefix(link, 2_000) : '') || null);
    const positive =
      text(pick(shop, 'sellerPositiveRate', 'positiveRate')) ??
      /(\d{1,3}(?:[.,]\d)?\s?%)\s*(positive|positivos?|positifs?|positive Bewertungen)/i.exec(
        pageText,
      )?.[1] ??
      null;
    const opened =
      text(pick(shop, 'sellerInfo.openedYear', 'openedYear', 'openTime')) ??
      /(store opened|open since|since|ouverte depuis|abierta desde|seit|aberta desde)\s*:?\s*(?:[A-Za-z]{3,9}\.? \d{1,2},? )?((19|20)\d{2})/i.exec(
        pageText,
      )?.[2] ??
      null;
    const openedYear = /\b((19|20)\d{2})\b/.exec(opened ?? '')?.[1];
    const topRated = pick(shop, 'sellerInfo.topRatedSeller', 'topRatedSeller');
    const score = Number(text(pick(shop, 'sellerScore')));
    const store: AliexpressStoreFacts = {
      storeId,
      positiveRate: positive ? parsePercent(positive.includes('%') ? positive : `${positive}%`) : null,
      openedYear: openedYear ? Number(openedYear) : null,
      topRated: typeof topRated === 'boolean' ? topRated : null,
    };
    const supplier =
      name || storeId
        ? validateFields(SupplierFactsSchema, {
            name,
            companyId: text(pick(shop, 'companyId', 'sellerInfo.companyId')),
            profileUrl: absolute(storeUrl),
            rating: Number.isFinite(score) && score > 0 && score <= 5 ? score : null,
          })
        : null;
    const h1 = doc.querySelector('h1');
    const id = /\/item\/(?:\d+\/)?(\d+)\.html/.exec(url)?.[1] ?? null;
    const title =
      text(pick(titleModule, 'subject', 'text')) ?? (cleanText(h1 ? textPrefix(h1, 2_000) : '') || null);
    const product = id || title ? validateFields(ProductFactsSchema, { id, title, supplier }) : null;
    return { product, supplier, store: name || storeId ? store : null };
  } catch {
    return { product: null, supplier: null, store: null };
  }
}

const asRecord = (v: unknown): Json | null => (isRecord(v) ? v : null);

function absolute(href: string | null): string | null {
  if (!href) return null;
  const url = href.startsWith('//') ? `https:${href}` : href;
  return /^https:\/\//.test(url) ? url : null;
}
