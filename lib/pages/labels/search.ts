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
    'Annonce',
    'Sponsorisé',
    'Anuncio',
    'Patrocinado',
    'Anzeige',
    'Gesponsert',
    'Anúncio',
  ],
} as const;
