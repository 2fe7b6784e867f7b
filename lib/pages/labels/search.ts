/**
 * Visible texts on search result cards, en/fr/es/de/pt. "Min. order" and
 * "Commande min." are from the real captures' moqV2 texts; the ad badge
 * wording from alibaba.com's localised result pages.
 */
export const SEARCH_LABELS = {
  moq: [
    'Min. order',
    'MOQ',
    'Commande min.',
    'Pedido mín.',
    'Pedido mínimo',
    'Mindestbestellmenge',
    'Mindestbestellung',
    'Min. Bestellung',
    'Pedido mín',
  ],
  ad: [
    'Ad',
    'Ads',
    'Sponsored',
    'Sponsored Listing', // 2018 result cards
    'Annonce',
    'Sponsorisé',
    'Anuncio',
    'Patrocinado',
    'Anzeige',
    'Gesponsert',
    'Anúncio',
  ],
} as const;

/**
 * Where search data keeps its offer list: the anchor key of its holder, with
 * where each was seen. The list inside is `offers`, `offerList`, `list` or `itemList`.
 */
export const OFFER_LISTS: readonly [anchor: string, seen: string][] = [
  [
    'offerResultData',
    'window.__page__data (both 2024 captures); supplier tab offerList (json_search layout)',
  ],
  ['model', 'supplier-search API {success, model: {offers}} (public spec, 2025)'],
  ['mainList', 'older result pages (public scraper code)'],
];

/** Objects an offer nests its facts in (older layout), looked into after the offer itself, in this order. */
export const OFFER_NESTS = [
  'information',
  'supplier',
  'company',
  'companyInfo',
  'tradePrice',
  'reviews',
  'review',
  'tradeAssurance',
  'supplierCountry',
];

/** Keys holding the supplier's country as an object `{id: "CN", name: "China"}` (2022 gallery offers, nested in `supplier`). */
export const OFFER_COUNTRY_OBJECTS = ['supplierCountry', 'country'] as const;

/** Keys per offer fact, most specific first (seen: 2024 captures' flat offers; older nested objects; supplier tab). */
export const OFFER_KEYS = {
  productId: ['productId', 'id'],
  title: ['title', 'enPureTitle', 'puretitle', 'subject'],
  productUrl: ['productUrl', 'productHref', 'detailUrl'],
  supplierName: ['companyName', 'supplierName', 'companyTitle'],
  companyId: ['companyId', 'supplierId'],
  supplierUrl: ['supplierHref', 'companyProfileUrl', 'supplierHomeHref', 'profileUrl'],
  years: [
    'goldSupplierYears',
    'goldYears',
    'goldYearsNumber',
    'supplierYears',
    'supplierYear',
    'companyJoinYears',
  ],
  verified: ['verifiedSupplier', 'isVerified', 'verified', 'assessedSupplier', 'isAssessedSupplier'],
  /** TA flag holders, in order: booleans, a nested {tradeAssurance: true}, an icon URL; tradeProduct: false is "no" only when no other holder answers. */
  taOffered: [
    'tradeAssurance',
    'isTradeAssurance',
    'taSupplier',
    'hasTradeAssurance',
    'tradeAssuranceIcon',
    'taIcon',
    'tradeProduct',
  ],
  taLimit: ['taLimit', 'tradeAssuranceLimit', 'baoAccountAmount'],
  rating: ['reviewScore', 'storeRating', 'averageStar'],
  reviewCount: ['reviewCount', 'reviewsCount', 'totalReviewCount'],
  price: ['price', 'priceV2', 'promotionPrice', 'priceRange'],
  moq: ['moqV2', 'moq', 'minOrder', 'minOrderQuantity'],
  isAd: ['isP4P', 'isAd', 'p4p', 'newAd'],
  country: ['countryCode', 'code', 'country'],
  // The supplier's own figures on an offer (supplier-tab search: replyAvgTime "≤2h", onTimeDelivery "99.1%").
  responseRate: ['responseRate', 'replyRate', 'sesameFirstReplyRate'],
  responseTime: ['replyAvgTime', 'responseTimeText', 'responseTime', 'sesameReplyAvgTimeRange'],
  onTimeDelivery: ['onTimeDelivery', 'onTimeDeliveryRate', 'supplierOnTimeDeliveryRate'],
} as const;
