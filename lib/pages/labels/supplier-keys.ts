/**
 * The data keys that carry each supplier fact, one table per fact, each key
 * with the capture (or public layout) it was seen in. Readers look these up
 * in any JSON the page carries — inline scripts, `application/json` scripts
 * with an id, URL-encoded `module-data` attributes, HTML comments — so a new
 * layout that keeps a known key is read without a new parser.
 *
 * "strong" keys name the supplier fact on their own (baoAccountAmount is
 * always the TA limit) and are read wherever they appear outside product
 * data; "weak" keys are generic words (`country`, `reviewCount`) and are read
 * only inside an object that names a supplier or store, or a store-review holder.
 * Captures are named as in the shared fixtures README; "public" entries come
 * from public scrapers' fixtures and code, noted in research/alibaba-pages.md.
 */
export interface KeyEntry {
  key: string;
  seen: string;
  weak?: true;
}

const k = (key: string, seen: string, weak = false): KeyEntry => (weak ? { key, seen, weak } : { key, seen });

export const SUPPLIER_KEYS = {
  name: [
    k(
      'companyName',
      'ReviewLens detailData seller; QwayInc module-data shopSign; bp-shopsign-data; search offers',
    ),
    k('supplierName', 'older search layout, nested supplier object (public scraper code)'),
    k('storeName', 'AliExpress sellerComponent / storeModule / storeHeaderResult (airvzxf captures)'),
    k('companyTitle', 'supplier-tab search API offers (public spec)', true),
  ],
  companyId: [
    k('companyId', 'every Alibaba layout; AliExpress sellerComponent'),
    k('supplierId', 'older layouts', true),
  ],
  storeId: [
    k('storeNum', 'AliExpress sellerComponent / storeModule'),
    k('storeId', 'AliExpress store links', true),
  ],
  profileUrl: [
    k('companyProfileUrl', 'ReviewLens detailData seller'),
    k('supplierHref', 'search offers 2024'),
    k('supplierHomeHref', 'search offers; older nested supplier object'),
    k('storeURL', 'AliExpress sellerComponent / storeModule'),
  ],
  subDomain: [
    k('esiteSubDomain', 'QwayInc module-data; bp-shopsign-data; json_store shopSign'),
    k('subDomain', 'ReviewLens detailData seller'),
  ],
  country: [
    k('companyRegisterCountry', 'detailData seller; module-data shopSign'),
    k('countryCode', 'search offers', true),
    k('countryAbbr', 'detailData company card', true),
    k('countryName', 'detailData mini company card ("CN")', true),
  ],
  years: [
    k('companyJoinYears', 'module-data shopSign; detailData seller'),
    k('localCompanyJoinYears', 'detailData seller ("6 yrs")'),
    k('goldSupplierYears', 'search offers ("8 yrs")'),
    k('goldYears', 'supplier-tab search (public spec "2 yrs")'),
    k('goldYearsNumber', 'supplier-tab search (public spec)'),
    k('accountJoinYears', 'json_store shopSign {value}'),
    k('supplierYear', 'older search layout, nested supplier object', true),
    k('openedYear', 'AliExpress sellerComponent / storeModule (years open)', true),
    k('yearsOnAlibabaText', 'detailData mini company card ("6 yrs on Alibaba.com")'),
  ],
  verified: [
    k('companyHasPassAssessment', 'detailData seller; module-data shopSign; json_store'),
    k('verifiedSupplier', 'supplier-tab search (public spec)', true),
    k('isVerified', 'older layouts', true),
    k('assessedSupplier', 'older search layout', true),
  ],
  gold: [
    k('accountIsGoldPlusSupplier', 'detailData seller'),
    k('isGoldSupplier', 'older layouts', true),
    k('goldSupplier', 'older search layout', true),
    k('accountIsPaidMember', 'module-data shopSign (2018: paid member = Gold Supplier)'),
  ],
  taOffered: [
    k('baoAccountIsService', 'detailData seller; module-data companyContact'),
    k('tradeAssurance', 'older search layout; nested TA objects', true),
    k('isTradeAssurance', 'older layouts', true),
    k('tradeAssuranceSupplier', 'older layouts', true),
  ],
  taLimit: [
    k(
      'baoAccountAmount',
      'detailData seller ("178,000"); module-data shopSign ("35,000"); bp-shopsign-data ("84,000")',
    ),
    k('tradeAssuranceLimit', 'older layouts'),
    k('tradeAssuranceAmount', 'older layouts'),
    k('taPrice', 'data-ta-price on the 2018 supplier-search TA icon (Supplier.html)'),
  ],
  taRemaining: [
    k('baoAccountBalance', 'named like baoAccountAmount'),
    k('tradeAssuranceBalance', 'named like tradeAssurance.balance'),
  ],
  taCreditLevel: [k('baoAccountCreditLevel', 'module-data shopSign; bp-shopsign-data')],
  responseRate: [
    k('sesameFirstReplyRate', 'module-data shopSign ("88.9%"); bp-shopsign-data'),
    k('responseRate', 'older layouts', true),
    k('replyRate', 'older layouts', true),
  ],
  responseTime: [
    k('responseTimeText', 'detailData seller ("≤3h")'),
    k('sesameReplyAvgTimeRange', 'module-data shopSign ("<24h"); bp-shopsign-data'),
    k('replyAvgTime', 'supplier-tab search (public spec "≤2h")'),
    k('responseTimeValueMinutes', 'detailData mini company card ("2h")'),
    k('responseTime', 'older layouts', true),
  ],
  onTime: [
    k('supplierOnTimeDeliveryRate', 'detailData seller ("98.5%")'),
    k('onTimeDeliveryRateValue', 'detailData mini company card ("98%", shown as "≥98%")'),
    k('onTimeDelivery', 'supplier-tab search (public spec "87%")', true),
    k('onTimeDeliveryRate', 'older layouts', true),
  ],
  rating: [
    k('storeRatingScore', 'detailData mini company card (4.7)'),
    k('averageStar', 'store review holders; json_store shopSign {value}', true),
    k('reviewScore', 'search offers; supplier-tab search', true),
    k('storeRating', 'older layouts', true),
  ],
  reviewCount: [
    k('storeReviewText', 'detailData mini company card ("1966 reviews")'),
    k('totalReviewCount', 'store review holders (storeReview)', true),
    k('reviewCount', 'search offers', true),
  ],
  /** Orders with a review, a different count: used only when no review count is given (json_pdp). */
  reviewOrderCount: [
    k('totalReviewOrderCount', 'detailData supplierRatingReviews (618 orders vs 1966 reviews)'),
  ],
  positiveRate: [
    k('sellerPositiveRate', 'AliExpress storeFeedbackComponent ("97.6")'),
    k('positiveRate', 'AliExpress storeModule ("100.0%", public 2020 layout)', true),
  ],
  openedOn: [
    k('formatOpenTime', 'AliExpress sellerComponent ("nov 1, 2020")'),
    k('openTime', 'AliExpress storeModule ("Oct 8, 2011"); sellerComponent (epoch ms)', true),
  ],
} as const satisfies Record<string, readonly KeyEntry[]>;

export type SupplierKeyField = keyof typeof SUPPLIER_KEYS;

/** Keys whose object names a supplier or a store: weak keys are read inside such objects only. */
export const IDENTITY_KEYS = ['companyName', 'supplierName', 'storeName', 'companyId', 'storeNum'];

/** Objects under these keys hold the store's (supplier's) rating and review count. */
export const STORE_REVIEW_HOLDERS = [
  'supplierRatingReviews',
  'storeReview',
  'storeReviewInfo',
  'storeFeedbackComponent',
  'supplierReviews',
];

/** Objects under these keys describe the product, never the supplier (its own rating, its SKUs). */
export const PRODUCT_CONTEXT = [
  'product',
  'productReview',
  'productReviews',
  'feedbackComponent',
  'feedbackRating',
  'titleModule',
  'skuModule',
  'skuComponent',
  'priceComponent',
  'priceModule',
  'recommendModule',
  'recommendComponent',
  'sku',
  'offers',
  'offerList',
  'productList',
];

/** Subtrees with no facts (translations, tracking, menus, A/B flags): not walked. */
export const SKIP_KEYS = new Set([
  'i18n',
  'i18nMap',
  'traceInfo',
  'trackInfo',
  'traceCommonArgs',
  'menus',
  'abtest',
  'bts',
  'config',
  'formData',
  'latitudeScoreDTOList',
  'scoreScatterList',
  'skuPriceList',
  'productSKUPropertyList',
  'multiImage',
  'imagePathList',
  'hreflangTag',
  'crossLinkModule',
]);
