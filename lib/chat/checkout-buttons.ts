/**
 * The platform's own buttons named as the way to pay: "all options are on the payment page after you click Buy Now",
 * "al pulsar en «Comprar ahora»", "ao clicar em Comprar agora", "en cliquant sur Acheter maintenant", "cliccando su
 * Acquista ora" (stop 47). A method listed with them is one the checkout offers; the button of the seller's own site
 * ("click Buy Now on our website") is turned back by the anchor's undoing words ("our website", a link) as any other
 * anchor is. Regex source over folded text.
 */
/**
 * A site named after the button, in the words up to it: "Acheter maintenant sur le site boutique-xyz.fr", "Buy Now on
 * the website", "Comprar ahora en la tienda online", or a bare domain ("…at shop-abc.com"). The button is then that
 * site's, not the platform's (stop 47): "le site" with any article, not only "notre site".
 */
const ON_A_SITE =
  "(?!\\s+(?:\\S+\\s+){0,2}?(?:on|in|at|from|sur|dans|depuis|en|em|no|na|su|sul|auf|bei)\\s+(?:(?:the|a|our|my|le|la|l'|el|o|a|il|lo|notre|mon|nuestr[oa]|mi|noss[oa]|meu|nostro|mio|unsere\\w*)\\s+)?(?:(?:own|official|propre|propio|proprio)\\s+)?(?:website|web\\s?site|site|sitio|sito|web|webshop|online\\s+(?:shop|store)|boutique|loja|tienda|negozio|shop|store|pagina\\s+web)\\b|\\s+(?:\\S+\\s+){0,4}?[a-z0-9][\\w-]*\\.(?:com|net|org|shop|store|fr|de|es|it|pt|br|mx|co|io|eu|uk|pl|cz|hu|ro|bg|ua|ru)\\b)";
export const CHECKOUT_BUTTON_SOURCE = [
  '\\b(?:click|clicking|clicked|tap|tapping|press|pressing|hit|hitting)\\s+(?:on\\s+)?(?:the\\s+)?[\'"“‘]?\\s?(?:buy\\s+now|place\\s+(?:the\\s+)?order|pay\\s+now|check\\s?out|add\\s+to\\s+cart)\\b(?!\\s+(?:on|in|at)\\s+(?:our|my)\\b)' +
    ON_A_SITE,
  '\\b(?:clic|click|clique\\w*|clicar|pulsa\\w*|pulse|presion\\w*|toque|toca\\w*|tocar|cliqu\\w*|clicc\\w*|premi\\w*|tocc\\w*)\\s+(?:en|em|no|sur|su)\\s+(?:el\\s+|o\\s+|le\\s+|il\\s+)?(?:boton\\s+|botao\\s+|bouton\\s+|pulsante\\s+|tasto\\s+)?[\'"“«]?\\s?(?:comprar\\s+(?:ahora|agora|ya)|pagar\\s+(?:ahora|agora)|finalizar\\s+(?:la\\s+|a\\s+)?(?:compra|pedido)|realizar\\s+pedido|acheter\\s+(?:maintenant|tout\\s+de\\s+suite)|payer\\s+maintenant|passer\\s+(?:la\\s+)?commande|compra(?:re)?\\s+ora|acquista\\s+ora|paga\\s+ora)\\b(?!\\s+(?:en|em|sur|su|no|na)\\s+(?:nuestr|noss|notre|nostr))' +
    ON_A_SITE,
].join('|');
