/**
 * "You pay the deposit in the order directly", "pagar el anticipo en el pedido directamente", "payer directement
 * dans la commande": "directly" said of a payment whose place, between the verb and "directly", is the platform's
 * order. The guards blank the matched span before they look for an anchor, so a place inside the span was never
 * seen (the Chinese form, "直接在订单里付款", is excused the same way in compose.ts). A word of the skipped gap may
 * therefore not be the order, the checkout or the platform: the "pay … directly" phrase then does not form, while
 * any other request in the message ("…, and the rest directly to our account") is still read on its own.
 */
export const PLATFORM_PLACE_WORD =
  '(?:order|orders|checkout|platform|alibaba|aliexpress|ta|escrow|pedido|pedidos|commande|ordine|encomenda|plataforma|plateforme|piattaforma|bestellung)\\b';

/**
 * The same place said right beside "directly", for the lexicons' "directly near a verb of paying" (compose.ts), whose
 * words of paying include the thing paid ("deposit … in the order directly", "anticipo en el pedido directamente"):
 * "in the (TA) order directly", "directly in the Alibaba order", "sur la commande directement", "direkt in der
 * Bestellung". Not after "not / no / pas / nicht" ("not in the order directly" is the opposite).
 */
export const DIRECT_IN_ORDER_LATIN = new RegExp(
  [
    "(?<!\\b(?:not|no|pas|nicht|non|nao)\\s+)\\b(?:in|on|through|via|into|en|sur|dans|par|nel|nell'|sul|no|na|pelo|auf|in\\s+der|uber\\s+die)\\s+(?:the\\s+|this\\s+|your\\s+|el\\s+|la\\s+|le\\s+|l'|il\\s+|o\\s+|a\\s+|die\\s+|der\\s+)?(?:ta\\s+|trade\\s+assurance\\s+|alibaba\\s+|aliexpress\\s+|platform\\s+|online\\s+)?(?:order|pedido|commande|ordine|encomenda|bestellung)\\s+(?:directly|direct|directamente|directement|direttamente|diretamente|direkt)\\b",
    "\\b(?:directly|directamente|directement|direttamente|diretamente|direkt)\\s+(?:in|on|through|via|into|en|sur|dans|par|nel|nell'|sul|no|na|pelo|auf|in\\s+der|uber\\s+die)\\s+(?:the\\s+|this\\s+|your\\s+|el\\s+|la\\s+|le\\s+|l'|il\\s+|o\\s+|a\\s+|die\\s+|der\\s+)?(?:ta\\s+|trade\\s+assurance\\s+|alibaba\\s+|aliexpress\\s+|platform\\s+|online\\s+)?(?:order|pedido|commande|ordine|encomenda|bestellung)\\b",
  ].join('|'),
  'u',
);
