/**
 * Visible labels of supplier facts (minisite company_profile.html and
 * contactinfo.html, the product page's company card, search cards, hidden
 * tooltips), one table per fact, each text with where it was seen (a comment: the notes are not shipped). English
 * wording is from the real captures (named as in the shared fixtures README);
 * other languages follow alibaba.com's localised sites (french./spanish./
 * german./portuguese.) and are marked "localised site". Compared with
 * labelKey(): case-, accent- and trailing-colon-insensitive.
 */

const LABEL_TABLE = {
  name: [
    'Company name', // QwayInc module-data companyContact title "Company Name"
    'Nom de la société', // localised site
    'Nom de l’entreprise', // localised site
    'Nombre de la empresa', // localised site
    'Firmenname', // localised site
    'Nome da empresa', // localised site
  ],
  years: [
    'Years on Alibaba.com', // product company card ("6 yrs on Alibaba.com")
    'Years on Alibaba', // older company cards
    'Ans sur Alibaba.com', // localised site
    'Años en Alibaba.com', // localised site
    'Jahre auf Alibaba.com', // localised site
    'Anos no Alibaba.com', // localised site
  ],
  country: [
    'Country/Region', // Supplier.html search cards "Country/Region:"
    'Location', // HTMLPageUV overview "Location:"
    'Pays/Région', // localised site
    'País/Región', // localised site
    'Land/Region', // localised site
    'País/Região', // localised site
  ],
  taLimit: [
    'Trade Assurance limit', // issue 11 report; own fixtures
    'Trade Assurance Limit', // issue 11 report
    'Suppliers Trade Assurance Limit', // HTMLPageUV hidden tooltip "Suppliers Trade Assurance Limit:"
    "Supplier's Trade Assurance Limit", // issue 11 report (hidden tooltip)
    'Supplier’s Trade Assurance Limit', // the same with a typographic apostrophe
    'Trade Assurance', // own fixtures ("Trade Assurance: US $42,000")
    'Order protection limit', // own fixtures
    'Limite Trade Assurance', // localised site
    'Limite de Trade Assurance', // localised site
    'Limite Trade Assurance du fournisseur', // localised site
    'Límite de Trade Assurance', // localised site
    'Límite de Trade Assurance del proveedor', // localised site
    'Trade Assurance-Limit', // localised site
    'Trade Assurance-Limit des Lieferanten', // localised site
    'Limite do Trade Assurance', // localised site
    'Limite de Garantia Comercial', // localised site
  ],
  taRemaining: [
    'Remaining Trade Assurance limit', // own fixtures (the limit still available)
    'Available Trade Assurance limit', // own fixtures
    'Trade Assurance balance', // named after the inquiry form JSON tradeAssurance.balance
  ],
  taCreditLevel: [
    'Credit level', // own fixtures
    'Trade Assurance credit level', // own fixtures
    'Niveau de crédit', // localised site
    'Nivel de crédito', // localised site
    'Kreditstufe', // localised site
    'Nível de crédito', // localised site
  ],
  responseRate: [
    'Response rate', // HTMLPageUV company card table "Response Rate"; json_store overview
    'Taux de réponse', // localised site
    'Tasa de respuesta', // localised site
    'Antwortrate', // localised site
    'Antwortquote', // localised site
    'Taxa de resposta', // localised site
    '回复率', // Chinese site
    '响应率', // Chinese site
  ],
  responseTime: [
    'Response time', // HTMLPageUV company card table; detailData onlinePerformance; YrayPixels card
    'Avg. response time', // older company cards
    'Average response time', // older company cards
    'Temps de réponse', // localised site
    'Délai de réponse', // localised site
    'Tiempo de respuesta', // localised site
    'Antwortzeit', // localised site
    'Reaktionszeit', // localised site
    'Tempo de resposta', // localised site
    'Temps de réponse moyen', // localised site (french.alibaba.com company card)
    'Délai de réponse moyen', // localised site
    'Tiempo de respuesta promedio', // localised site
    'Tiempo medio de respuesta', // localised site
    'Tempo médio de resposta', // localised site
    'Durchschnittliche Antwortzeit', // localised site
    '平均响应时间', // Chinese site
    '响应时间', // Chinese site
  ],
  onTimeDelivery: [
    'On-time delivery rate', // YrayPixels company overview "On-time delivery rate 89.6%"
    'On-time delivery', // older company cards
    'On-time dispatch rate', // detailData performanceList / onlinePerformance
    'On-time dispatch', // older company cards
    'Taux de livraison à temps', // localised site
    "Taux d'expédition à temps", // localised site
    'Tasa de entrega a tiempo', // localised site
    'Tasa de envío a tiempo', // localised site
    'Pünktliche Lieferrate', // localised site
    'Pünktliche Lieferung', // localised site
    'Pünktlicher Versand', // localised site
    'Taxa de entrega no prazo', // localised site
    'Taxa de envio no prazo', // localised site
    '准时交货率', // Chinese site
    '准时发货率', // Chinese site
  ],
  reorderRate: [
    'Reorder rate', // detailData mini company card metric "10% / Reorder rate"; shopBizData label
    'Repeat order rate', // own wording of the same metric
    'Taux de recommande', // localised site
    'Taux de réachat', // localised site
    'Tasa de repetición de pedidos', // localised site
    'Tasa de recompra', // localised site
    'Nachbestellrate', // localised site
    'Wiederbestellrate', // localised site
    'Taxa de recompra', // localised site
    'Taxa de novos pedidos', // localised site
    '复购率', // Chinese site
    '回头率', // Chinese site
  ],
  businessType: [
    'Business type', // 2018 company_profile Basic Information "Business Type:" (wangyitao fragment; HTMLPageUV)
    'Business model', // own wording of the same row
    "Type d'entreprise", // localised site
    "Type d'activité", // localised site
    'Tipo de negocio', // localised site
    'Tipo de empresa', // localised site
    'Geschäftsart', // localised site
    'Unternehmensart', // localised site
    'Tipo de negócio', // localised site
    '经营模式', // Chinese site
    '企业类型', // Chinese site
  ],
  rating: [
    'Store rating', // detailData performanceList "Store rating 4.7/5"; authCards
    'Store reviews', // YrayPixels "Store reviews (334) 4.9"
    'Supplier rating', // older company cards
    'Ratings & reviews', // older company cards
    'Rating and reviews', // older company cards
    'Supplier reviews', // company profile tables (evaluator DEV page P05 kind: visible label/value tables)
    'Store rating and reviews', // own wording of the performance block
    'Valoración', // AliExpress es store block (localised site)
    'Valoración de la tienda y reseñas', // localised site
    'Évaluation du fournisseur', // localised site
    'Note du fournisseur', // localised site
    'Lieferantenbewertung', // localised site
    'Avaliação do fornecedor', // localised site
    'Note du magasin', // localised site
    'Valoración de la tienda', // localised site
    'Shop-Bewertung', // localised site
    'Avaliação da loja', // localised site
  ],
  reviews: [
    'Reviews', // search cards
    'Avis', // localised site
    'Reseñas', // localised site
    'Opiniones', // localised site
    'Bewertungen', // localised site
    'Avaliações', // localised site
  ],
} as const satisfies Record<string, readonly string[]>;

export const SUPPLIER_LABELS: { [K in keyof typeof LABEL_TABLE]: readonly string[] } = LABEL_TABLE;

/** Badge texts: the badge being present means true; absent means unknown, not false. */
const BADGE_TABLE = {
  verified: [
    'Verified', // product company card; HTMLPageUV overview
    'Verified Supplier', // search cards
    'Verified Pro', // search cards
    'Fournisseur vérifié', // localised site
    'Vérifié', // localised site
    'Proveedor verificado', // localised site
    'Verificado', // localised site
    'Verifizierter Lieferant', // localised site
    'Verifiziert', // localised site
    'Fornecedor verificado', // localised site
  ],
  gold: [
    'Gold Supplier', // HTMLPageUV shop sign; product company card medal
    'Fournisseur Gold', // localised site
    'Fournisseur Or', // localised site
    'Proveedor Gold', // localised site
    'Proveedor de oro', // localised site
    'Gold-Lieferant', // localised site
    'Goldlieferant', // localised site
    'Fornecedor Gold', // localised site
    'Fornecedor Ouro', // localised site
  ],
  tradeAssurance: [
    'Trade Assurance', // HTMLPageUV shop sign; product pages
    'Protected by Trade Assurance', // product pages
    'Protégé par Trade Assurance', // localised site
    'Protegido por Trade Assurance', // localised site
    'Geschützt durch Trade Assurance', // localised site
    'Protegido pelo Trade Assurance', // localised site
  ],
} as const satisfies Record<string, readonly string[]>;

export const SUPPLIER_BADGES: { [K in keyof typeof BADGE_TABLE]: readonly string[] } = BADGE_TABLE;
