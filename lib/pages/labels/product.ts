/**
 * Visible labels on product detail pages, en/fr/es/de/pt. English from the
 * real product capture (productBasicProperties names such as "Packing",
 * "Payment term") and alibaba.com's 2025 detail layout; other languages from
 * the localised sites. Compared with labelKey().
 */
export const PRODUCT_LABELS = {
  moq: [
    'Min. order',
    'Minimum order quantity',
    'MOQ',
    'Min. Order',
    'Commande min.',
    'Quantité minimale de commande',
    'Pedido mín.',
    'Pedido mínimo',
    'Cantidad mínima de pedido',
    'Mindestbestellmenge',
    'Mindestbestellung',
    'Quantidade mínima de pedido',
    'Pedido mín',
  ],
  leadTime: [
    'Lead time',
    'Délai de livraison',
    'Délai de production',
    'Plazo de entrega',
    'Tiempo de entrega',
    'Lieferzeit',
    'Vorlaufzeit',
    'Prazo de entrega',
    'Tempo de espera',
  ],
  quantity: [
    'Quantity (pieces)',
    'Quantity',
    'Quantité (pièces)',
    'Quantité',
    'Cantidad (piezas)',
    'Cantidad',
    'Menge (Stück)',
    'Menge',
    'Quantidade (peças)',
    'Quantidade',
  ],
  days: [
    'Lead time (days)',
    'Est. time (days)',
    'Délai (jours)',
    'Tiempo estimado (días)',
    'Zeit (Tage)',
    'Tempo estimado (dias)',
  ],
  attributes: [
    'Key attributes',
    'Product details',
    'Specifications',
    'Other attributes',
    'Caractéristiques clés',
    'Atributos clave',
    'Wichtige Merkmale',
    'Atributos principais',
  ],
  /** The heading over a detail page's packaging rows, set apart from the attributes (2025 layout). */
  packagingSection: [
    'Packaging and delivery',
    'Packaging & delivery',
    'Packaging',
    'Emballage et livraison',
    'Embalaje y entrega',
    'Embalaje y envío',
    'Verpackung und Lieferung',
    'Embalagem e entrega',
  ],
} as const;

/** "Negotiable" in the lead-time table's last column. */
export const NEGOTIABLE = [
  'Negotiable',
  'To be negotiated',
  'À négocier',
  'Négociable',
  'A negociar',
  'Negociable',
  'Verhandelbar',
  'Verhandlungssache',
  'Negociável',
];
