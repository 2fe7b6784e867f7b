import type { Conflict } from '../../model/conflict';
import type { PriceRange, ProductFacts } from '../../model/product';
import type { SupplierFacts } from '../../model/supplier';
import { parsePercent } from '../../money/parse';
import { cleanText } from '../alibaba/order-text';
import { productFromJsonLd } from '../alibaba/product-json';
import { readSupplierFacts } from '../alibaba/supplier';
import { textPrefix } from '../dom-text';
import { scriptTexts } from '../embedded-json';
import { type DataRoot, pageDataRoots } from '../sources/page-data';
import { pageText } from '../sources/page-text';
import { itemApiOf } from './item-api';
import { buyerProtectionOf, idOf, priceRangeOf, soldCountOf, titleOf, unitOf } from './item-data';
import { itemHeading, storeLinkOf } from './item-dom';
import { specsFromDom, specsOf } from './item-specs';
import {
  bulkTiersFromDom,
  itemListPriceFromDom,
  itemPriceFromDom,
  itemReviewsFromWords,
  itemTitleFromTitle,
  openedOnFromWords,
} from './item-text';
import { type ListPrice, listPriceBeside, listPriceOf, skuSalePriceOf, statedDiscount } from './list-price';
import { lazyDeclaredCurrency } from './page-currency';
import { returnPromiseOf } from './return-promise';

/** Store facts kept beside the shared shapes for the callers that read them here (the popup, tests). */
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
  conflicts: Conflict[];
}

/**
 * An AliExpress item page (/item/<id>.html) in either data format the page has
 * used: `window.runParams.data` with …Module objects (storeModule, priceModule,
 * titleModule, buyerProtectionModule; until ~2023) or …Component objects
 * (sellerComponent, storeHeaderComponent, storeFeedbackComponent,
 * priceComponent, feedbackComponent, sellerPromiseComponent; the airvzxf
 * captures), and the API's SHOP_CARD_PC. The store comes from the same key
 * tables as an Alibaba supplier (facts/supplier-data.ts); visible text fills
 * what no data gives.
 */
export function extractAliexpressItem(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): AliexpressItemFacts {
  try {
    const text = pageText(doc);
    const roots = pageDataRoots(scripts, text);
    const read = readSupplierFacts(doc, url, scripts, { roots, text });
    const pageWords = cleanText(doc.body ? textPrefix(doc.body, 400_000) : '').slice(0, 200_000);
    const api = itemApiOf(roots);
    const supplier = withTextFallback(withApiStore(read.supplier, api), doc, pageWords);
    const id = idOf(roots) ?? api?.id ?? /\/item\/(?:\d+\/)?(\d+)\.html/.exec(url)?.[1] ?? null;
    // The page's schema.org Product (JSON-LD): its name and offer price when a saved page lost the
    // visible ones (an empty heading, a price block that kept only "$").
    const jsonLd = productFromJsonLd(text.jsonScripts);
    const title =
      titleOf(roots) ??
      api?.title ??
      itemHeading(doc) ??
      (jsonLd?.title || null) ??
      itemTitleFromTitle(text.title) ??
      // The page as served before its scripts ran (a client-rendered shell saved by a scraper) has no
      // heading and may have no <title>: its og:title still names the item ("… - AliExpress 509").
      itemTitleFromTitle(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
    // Words stand in only where no data object answered (a page built in the browser and saved).
    const declared = lazyDeclaredCurrency(scripts, url);
    const fromData = priceRangeOf(roots) ?? skuSalePriceOf(roots);
    const fromDom = fromData || api?.priceRange ? null : itemPriceFromDom(doc, declared);
    const priceRange = fromData ?? api?.priceRange ?? fromDom ?? jsonLd?.priceRange ?? null;
    // The list price comes from where the price paid came from: its data holder, the API's own pair, else the
    // drawn price block (whose current price may be drawn, or left empty beside the schema.org offer's).
    const listPrice: ListPrice | null = fromData
      ? listPriceOf(roots, fromData)
      : api?.priceRange
        ? listPriceBeside(api.priceRange, api.listPriceRange, null)
        : priceRange
          ? domListPrice(doc, priceRange, declared)
          : null;
    const reviewsInWords =
      read.productReview.get('reviewCount') === null ? itemReviewsFromWords(pageWords) : null;
    const product =
      id || title
        ? ({
            id,
            title,
            priceRange,
            // Only a page drawn in the browser shows a bulk price as words; the data's layouts carry none.
            priceTiers: bulkTiersFromDom(doc, priceRange),
            unit: unitOf(roots) ?? api?.unit ?? null,
            attributes: specsOf(roots) ?? api?.attributes ?? specsFromDom(doc),
            taOffered: null,
            // The schema.org Product's aggregateRating last: a page whose score line is in a language the
            // words are not read in ("4.8 ౹ 1000+ مُباع") still keeps it there.
            rating: read.productReview.get('rating') ?? reviewsInWords?.rating ?? jsonLd?.rating ?? null,
            reviewCount:
              read.productReview.get('reviewCount') ??
              reviewsInWords?.reviewCount ??
              jsonLd?.reviewCount ??
              null,
            buyerProtection: buyerProtectionOf(roots),
            soldCount: soldCountOf(roots),
            listPriceRange: listPrice?.range ?? null,
            discount: listPrice?.discount ?? null,
            returnPromise: returnPromiseOf(roots),
            supplier,
          } as ProductFacts)
        : null;
    return { product, supplier, store: storeOf(supplier, roots, pageWords), conflicts: read.conflicts };
  } catch {
    return { product: null, supplier: null, store: null, conflicts: [] };
  }
}

/**
 * Whether the page carries the item's own data: a product id, title or price in its data objects, a schema.org
 * Product, a drawn heading or a price block. A "not-found-" class alone (an empty reviews or Q&A state uses one
 * too) never makes such a page a gone item; the URL's id and the head's title do not count, a gone page keeps both.
 */
export function showsItsOwnData(
  doc: Document,
  url: string,
  scripts: readonly string[] = scriptTexts(doc),
): boolean {
  try {
    const text = pageText(doc);
    const roots = pageDataRoots(scripts, text);
    return (
      idOf(roots) !== null ||
      titleOf(roots) !== null ||
      priceRangeOf(roots) !== null ||
      productFromJsonLd(text.jsonScripts) !== null ||
      itemHeading(doc) !== null ||
      itemPriceFromDom(doc, lazyDeclaredCurrency(scripts, url)) !== null
    );
  } catch {
    return true;
  }
}

/** The drawn struck-through price beside the drawn current one, with the discount printed beside them. */
function domListPrice(doc: Document, paid: PriceRange, declared: () => string | null): ListPrice | null {
  const { range, discountText } = itemListPriceFromDom(doc, declared);
  return listPriceBeside(paid, range, discountText ? statedDiscount({ discount: discountText }) : null);
}

/** The store an item API reply names beside its item, where the page readers found none of it. */
function withApiStore(
  supplier: SupplierFacts | null,
  api: ReturnType<typeof itemApiOf>,
): SupplierFacts | null {
  if (!api || (!api.storeName && !api.storeId)) return supplier;
  const out = { ...(supplier ?? ({} as SupplierFacts)) };
  out.name ??= api.storeName;
  out.storeId ??= api.storeId;
  out.profileUrl ??= api.storeUrl;
  return out;
}

/** A page built in the browser: the store link and its surrounding words. */
function withTextFallback(
  supplier: SupplierFacts | null,
  doc: Document,
  words: string,
): SupplierFacts | null {
  // A store's own link ("//www.aliexpress.com/store/911046070"); the footer's app links
  // ("play.google.com/store/apps/…") also hold "/store/" and name no seller.
  const link = storeLinkOf(doc);
  const href = link?.href ?? '';
  const base: SupplierFacts | null = supplier ?? (link ? ({} as SupplierFacts) : null);
  if (!base) return null;
  const out = { ...base };
  out.name ??= link?.name ?? null;
  out.storeId ??= /\/store\/(\d+)/.exec(out.profileUrl ?? '')?.[1] ?? link?.storeId ?? null;
  out.profileUrl ??= link?.isStorePage ? absolute(href) : null;
  out.positiveRate ??= positiveFromWords(words);
  out.openedOn ??= openedOnFromWords(words);
  // Repaired field by field against SupplierFactsSchema where every snapshot is (validateSnapshot), as the
  // product's fields are: zod stays off the page's thread.
  return out;
}

function storeOf(
  supplier: SupplierFacts | null,
  roots: readonly DataRoot[],
  words: string,
): AliexpressStoreFacts | null {
  if (!supplier || (!supplier.name && !supplier.storeId)) return null;
  const openedYear =
    Number(supplier.openedOn?.slice(0, 4)) ||
    Number(
      /(store opened|open since|since|ouverte depuis|abierta desde|seit|aberta desde)\s*:?\s*(?:[A-Za-z]{3,9}\.? \d{1,2},? )?((19|20)\d{2})/i.exec(
        words,
      )?.[2],
    ) ||
    null;
  return {
    storeId: supplier.storeId ?? null,
    positiveRate: supplier.positiveRate ?? null,
    openedYear,
    topRated: topRatedOf(roots),
  };
}

/**
 * "96.5% Positive feedback", "95,2% Comentarios positivos", "98% d'avis positifs",
 * "98.4% Pozytywne opinie", "97% положительных отзывов", "96% Positieve feedback",
 * "好评率 97%": the percentage beside a positive-feedback phrase, before or after it. The store card
 * says it in the interface's language; Polish and Russian inflect the word (pozytywne, pozytywnych;
 * положительных, положительные), so their stems are matched.
 */
const POSITIVE_AFTER =
  /(\d{1,3}(?:[.,]\d)?\s?%)\s*(?:(?:de|d'|des|of)\s*)?(?:[\p{L}]+\s+){0,1}(?:positive|positivos?|positivas?|positifs?|positives?|positieve|pozytywn\p{L}*|положительн\p{L}*|Bewertungen positiv)/iu;
const POSITIVE_BEFORE =
  /(?:positive feedback|comentarios positivos|valoraciones positivas|avis positifs|avaliações positivas|feedback positivo|positive Bewertungen|positieve feedback|pozytywn\p{L}* opini\p{L}*|положительн\p{L}* отзыв\p{L}*|好评率)\s*[:：]?\s*(\d{1,3}(?:[.,]\d)?\s?%)/iu;

function positiveFromWords(words: string): number | null {
  const m = POSITIVE_AFTER.exec(words) ?? POSITIVE_BEFORE.exec(words);
  return m ? parsePercent(m[1] as string) : null;
}

function topRatedOf(roots: readonly DataRoot[]): boolean | null {
  for (const { value } of roots) {
    const found = findKey(value, 'topRatedSeller', 4);
    if (typeof found === 'boolean') return found;
  }
  return null;
}

function findKey(node: unknown, key: string, depth: number): unknown {
  if (!node || typeof node !== 'object' || depth < 0) return undefined;
  if (!Array.isArray(node) && key in node) return (node as Record<string, unknown>)[key];
  for (const child of Object.values(node as Record<string, unknown>)) {
    const v = findKey(child, key, depth - 1);
    if (v !== undefined) return v;
  }
  return undefined;
}

function absolute(href: string | null): string | null {
  if (!href) return null;
  const url = href.startsWith('//') ? `https:${href}` : href;
  return /^https:\/\//.test(url) ? url : null;
}
