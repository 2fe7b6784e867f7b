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
  weak?: true;
}

/** A key; the comment after each says where it was seen (kept out of the shipped bundle). */
const k = (key: string, weak = false): KeyEntry => (weak ? { key, weak } : { key });

export const SUPPLIER_KEYS = {
  name: [
    k('companyName'), // ReviewLens detailData seller; QwayInc module-data shopSign; bp-shopsign-data; search offers
    k('supplierName'), // older search layout, nested supplier object (public scraper code)
    k('storeName'), // AliExpress sellerComponent / storeModule / storeHeaderResult (airvzxf captures)
    k('companyTitle', true), // supplier-tab search API offers (public spec)
  ],
  companyId: [
    k('companyId'), // every Alibaba layout; AliExpress sellerComponent
    k('supplierId', true), // older layouts
  ],
  storeId: [
    k('storeNum'), // AliExpress sellerComponent / storeModule
    k('storeId', true), // AliExpress store links
  ],
  profileUrl: [
    k('companyProfileUrl'), // ReviewLens detailData seller
    k('supplierHref'), // search offers 2024
    k('supplierHomeHref'), // search offers; older nested supplier object
    k('storeURL'), // AliExpress sellerComponent / storeModule
  ],
  subDomain: [
    k('esiteSubDomain'), // QwayInc module-data; bp-shopsign-data; json_store shopSign
    k('subDomain'), // ReviewLens detailData seller
  ],
  country: [
    k('companyRegisterCountry'), // detailData seller; module-data shopSign
    k('countryCode', true), // search offers
    k('countryAbbr', true), // detailData company card
    k('countryName', true), // detailData mini company card ("CN")
    k('countryCompleteName', true), // AliExpress storeModule / sellerComponent ("China": a name, read via labels/countries)
  ],
  years: [
    k('companyJoinYears'), // module-data shopSign; detailData seller
    k('localCompanyJoinYears'), // detailData seller ("6 yrs")
    k('goldSupplierYears'), // search offers ("8 yrs")
    k('goldYears'), // supplier-tab search (public spec "2 yrs")
    k('goldYearsNumber'), // supplier-tab search (public spec)
    k('accountJoinYears'), // json_store shopSign {value}
    k('supplierYear', true), // older search layout, nested supplier object
    k('openedYear', true), // AliExpress sellerComponent / storeModule (years open)
    k('yearsOnAlibabaText'), // detailData mini company card ("6 yrs on Alibaba.com")
    // shopBizData pageModuleMap supplierPerformance.moduleData.years {label: "years", value: "6 yrs"} (vct-connect
    // 2026 company_profile); weak: a bare "years" counts only in an object that names the supplier.
    k('years', true),
  ],
  verified: [
    k('companyHasPassAssessment'), // detailData seller; module-data shopSign; json_store
    k('verifiedSupplier', true), // supplier-tab search (public spec)
    k('isVerified', true), // older layouts
    k('assessedSupplier', true), // older search layout
    k('verified', true), // detailData mini company card: the "Verified by <assessor>" badge (ReviewLens 2026)
    k('isAssessedSupplier', true), // supplier-tab search offerList (cylixlee/alibaba_crawlerplus 2024 capture)
  ],
  gold: [
    k('accountIsGoldPlusSupplier'), // detailData seller
    k('isGoldSupplier', true), // older layouts
    k('goldSupplier', true), // older search layout
    k('accountIsPaidMember'), // module-data shopSign (2018: paid member = Gold Supplier)
  ],
  taOffered: [
    k('baoAccountIsService'), // detailData seller; module-data companyContact
    k('tradeAssurance', true), // older search layout; nested TA objects
    k('isTradeAssurance', true), // older layouts
    k('tradeAssuranceSupplier', true), // older layouts
    k('baoAccountIsDisplayAssurance'), // module-data shopSign: draws "The supplier supports Trade Assurance" (cylixlee 2024 company_profile)
  ],
  taLimit: [
    k('baoAccountAmount'), // detailData seller ("178,000"); module-data shopSign ("35,000"); bp-shopsign-data ("84,000")
    k('tradeAssuranceLimit'), // older layouts
    k('tradeAssuranceAmount'), // older layouts
    k('taPrice'), // data-ta-price on the 2018 supplier-search TA icon (Supplier.html)
  ],
  taRemaining: [
    k('baoAccountBalance'), // named like baoAccountAmount
    k('tradeAssuranceBalance'), // named like tradeAssurance.balance
  ],
  taCreditLevel: [
    k('baoAccountCreditLevel'), // module-data shopSign; bp-shopsign-data
  ],
  responseRate: [
    k('sesameFirstReplyRate'), // module-data shopSign ("88.9%"); bp-shopsign-data
    k('responseRate', true), // older layouts
    k('replyRate', true), // older layouts
  ],
  responseTime: [
    k('responseTimeText'), // detailData seller ("≤3h")
    k('sesameReplyAvgTimeRange'), // module-data shopSign ("<24h"); bp-shopsign-data
    k('replyAvgTime'), // supplier-tab search (public spec "≤2h")
    k('responseTimeValueMinutes'), // detailData mini company card ("2h")
    k('responseTime', true), // older layouts
  ],
  onTime: [
    k('supplierOnTimeDeliveryRate'), // detailData seller ("98.5%")
    k('onTimeDeliveryRateValue'), // detailData mini company card ("98%", shown as "≥98%")
    k('onTimeDelivery', true), // supplier-tab search (public spec "87%")
    k('onTimeDeliveryRate', true), // older layouts
  ],
  rating: [
    k('storeRatingScore'), // detailData mini company card (4.7)
    k('averageStar', true), // store review holders; json_store shopSign {value}
    k('reviewScore', true), // search offers; supplier-tab search
    k('storeRating', true), // older layouts
  ],
  reviewCount: [
    k('storeReviewText'), // detailData mini company card ("1966 reviews")
    k('totalReviewCount', true), // store review holders (storeReview)
    k('reviewCount', true), // search offers
  ],
  /** Orders with a review, a different count: used only when no review count is given (json_pdp). */
  reviewOrderCount: [
    k('totalReviewOrderCount'), // detailData supplierRatingReviews (618 orders vs 1966 reviews)
  ],
  positiveRate: [
    k('sellerPositiveRate'), // AliExpress storeFeedbackComponent ("97.6")
    k('positiveRate', true), // AliExpress storeModule ("100.0%", public 2020 layout)
  ],
  businessType: [
    k('companyBusinessType'), // detailData seller ("Manufacturer,Trading Company"); module-data shopSign {authenticated, value}; json_store {title, value}
    k('businessType', true), // named like it; weak: an order's `businessType: "trade_assurance"` is no supplier's (the shape asks for a kind of business)
  ],
  /** The platform's verified identity (a kind of business it checked), beside the stated business type. */
  verifiedType: [
    k('identityName'), // detailData identityInfo {identityKey: "strengthFactory", identityName: "Custom Manufacturer"}; json_store authIdentityInfo / companyIdentityInfo (the shape asks for a kind of business)
  ],
  reorderRate: [
    k('reorderRateValue'), // detailData module_mini_company_card ("10%", shown as "Reorder rate")
    k('reorderRate', true), // 2026 shopBizData supplierPerformance {label: "Reorder rate", value: "43.9%"}; supplier-tab search offers
  ],
  openedOn: [
    k('formatOpenTime'), // AliExpress sellerComponent ("nov 1, 2020")
    k('openTime', true), // AliExpress storeModule ("Oct 8, 2011"); sellerComponent (epoch ms)
  ],
} as const satisfies Record<string, readonly KeyEntry[]>;

export type SupplierKeyField = keyof typeof SUPPLIER_KEYS;

/** Keys whose object names a supplier or a store: weak keys are read inside such objects only. */
export const IDENTITY_KEYS = ['companyName', 'supplierName', 'storeName', 'companyId', 'storeNum'];

/**
 * Objects under these keys are the page's own supplier: identity is taken from
 * them before anything else, so a recommendation listed earlier cannot claim it.
 */
export const TRUSTED_HOLDERS = new Set([
  'seller', // detailData globalData.seller (ReviewLens, vct-connect)
  'sellerComponent', // AliExpress newer format (airvzxf captures)
  'sellerModule',
  'storeModule', // AliExpress older format
  'storeHeaderComponent',
  'shopSign', // json_store; module-data of the 2018 minisites
  'companyCard',
  'supplierInfo', // TA order detail JSON
  'sellerInfo',
]);

/**
 * Keys and script ids holding other stores (recommendations, "similar suppliers",
 * "you may like"): never this page's supplier, so their subtrees are not read.
 */
export const OTHER_STORES =
  /^(?:recommend|similar|reco(?![a-z]*(?:rd|gni))|related|youMayLike|you-may-like|guess|otherSupplier|other-supplier|moreSupplier|hotSupplier|peer)/i;

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
