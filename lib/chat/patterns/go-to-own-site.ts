import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer sent over to the seller's own website, with the payment or a saving named in the message: "for the
 * wholesale price, go over to our official site … payment by transfer, cheaper than here", "passez sur notre site
 * officiel", "gehen Sie auf unsere Webseite", "pase a nuestra web", "passe para o nosso site", "passi sul nostro
 * sito". "Buy on our site" was read; the verb of going there was not, though the purchase follows it all the same.
 * Only with money in the message (a verb of paying, a transfer, cheaper, a discount): "visit our website for the
 * catalogue" sends no purchase anywhere. Words over normalised text.
 */
const GO =
  '\\b(?:go|come|move|switch|head|visit)\\w*\\s+(?:over\\s+)?(?:to\\s+|on\\s+)?|\\bpass(?:er|ez|e|es|ons)\\s+(?:sur|par|a)\\s+|\\b(?:aller|allez)\\s+sur\\s+|\\bgehen\\s+sie\\s+(?:auf|zu)\\s+|\\bwechseln\\s+sie\\s+(?:auf|zu)\\s+|\\b(?:pase|pasa|pasen|vaya|ve|vayan)\\s+(?:a|por)\\s+|\\b(?:passe|passa|va|vai|venha)\\s+(?:para|pro|no|pelo)\\s+|\\b(?:passi|passate|vada|andate|vai)\\s+(?:sul|sulla|al|nel)\\s+';
const OWN_SITE =
  '(?:our|my)\\s+(?:own\\s+|official\\s+|company\\s+)?(?:website|web\\s?site|site|web\\s?shop|online\\s+(?:shop|store))\\b|\\bnotre\\s+(?:propre\\s+)?(?:site|boutique\\s+en\\s+ligne)\\b|\\bunser\\w*\\s+(?:eigene\\w*\\s+|offizielle\\w*\\s+)?(?:website|webseite|homepage|onlineshop|online-shop|webshop|web-shop|shop)\\b|\\bnuestr[oa]\\s+(?:propi[oa]\\s+)?(?:web|pagina|sitio|tienda\\s+online)\\b|\\b(?:o\\s+)?nosso\\s+(?:proprio\\s+)?(?:site|loja\\s+online)\\b|\\b(?:il\\s+)?nostro\\s+(?:sito|negozio\\s+online)\\b';
/**
 * Money in the message: a verb or noun of paying, a transfer, a saving — and lower prices there ("les prix sont plus
 * bas qu'ici", "precios más bajos", "preços mais baixos", "prezzi più bassi", "lower prices", stop 47).
 */
const MONEY =
  /\b(?:(?:plus|mais|mas|piu)\s+(?:bas|basses|baixos?|baixas?|bajos?|bajas?|bassi|basse)|lower\s+prices?|prices?\s+(?:are\s+)?lower|niedrigere?\w*\s+preise?|pay\w*|paid|transfer\w*|cheaper|discount\w*|paie\w*|paye\w*|virement|moins\s+cher|remise|zahl\w*|bezahl\w*|uberweis\w*|billiger|gunstiger|rabatt\w*|paga\w*|pague\w*|pago|pagar\w*|pagamento|transferencia|barat\w*|descuento|desconto|sconto|bonifico|conveniente|economico|sparen|sparst|spart|save|saving|ahorr\w*|economiz\w*|risparmi\w*)\b/u;

/**
 * Paying or buying on the seller's own site, the verb and the site in one clause, in either order: "if you pay the
 * sample directly through our web shop", "wenn Sie das Muster über unseren Webshop bezahlen", "si paga la muestra en
 * nuestra tienda online", "payez l'échantillon sur notre site", "paghi il campione sul nostro sito". Going there was
 * read; paying there, with no verb of going, was not (stop 46).
 */
const PAY_OR_BUY =
  '\\b(?:pay\\w*|paid|buy\\w*|purchas\\w*|zahl\\w*|bezahl\\w*|kauf\\w*|kauft|pag\\w*|compr\\w*|pai\\w*|achet\\w*|command\\w*|encomend\\w*|regl\\w*|acquist\\w*|ordin\\w*)';
const ON =
  '(?:via|on|in|at|through|from|uber|auf|bei|en|por|no|na|pelo|pela|sur|dans|sul|sulla|nel|tramite|su)';
const PAY_ON_OWN_SITE = [
  `${PAY_OR_BUY}\\s+(?:[^\\s.,;:!?()]+\\s+){0,5}?${ON}\\s+(?:the\\s+|la\\s+|le\\s+|il\\s+|o\\s+|a\\s+)?(?:${OWN_SITE})`,
  `\\b${ON}\\s+(?:${OWN_SITE})\\s+(?:[^\\s.,;:!?()]+\\s+){0,3}?${PAY_OR_BUY}`,
];

/** A web address that is not the platform's: "www.hx-shop.com", "https://deals.example.top/p/12", "acme-led.shop". */
const OWN_ADDRESS =
  '(?:https?:\\/\\/|www\\.)(?!(?:www\\.)?(?:[\\w-]+\\.)*(?:alibaba|aliexpress|1688)\\.)[\\w-]+(?:\\.[\\w-]+)+\\S*|(?<![\\w.@\\/-])(?!(?:alibaba|aliexpress|1688)\\.)[\\w-]+\\.(?:com|net|shop|store|top|xyz|online|site|cn|co)(?![\\w.-]*\\.[a-z])\\S*';
/**
 * Chinese and pinyin (stop 45, red team): "请到www.hx-shop.com下单", "qing dao www.hx-shop.com xia dan" — the buyer sent to
 * a web address of the seller's to order or pay there. English reads the same request through the shop-moved and
 * own-site words; these two had no reading of the address itself.
 */
const ORDER_AT_ADDRESS_ZH = `(?:到|去|在|上|登录|登錄|打开|打開)\\s*(?:我们的?|我們的?|我的)?(?:网站|網站|官网|官網)?[:：]?\\s*(?:${OWN_ADDRESS})\\s*(?:上|里|裡)?\\s*(?:下单|下單|购买|購買|付款|支付|拍下|订购|訂購)`;
const ORDER_AT_ADDRESS_PINYIN = `\\b(?:dao|qu|zai|shang)\\s+(?:${OWN_ADDRESS})\\s+(?:shang\\s+|li\\s+)?(?:xia\\s?dan|gou\\s?mai|fu\\s?kuan|zhi\\s?fu|pai\\s+xia|ding\\s?gou)\\b`;

export const GO_TO_OWN_SITE: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /site|web|homepage|shop|sito|pagina|loja|tienda|negozio|boutique/,
    needs: MONEY,
    needsIn: 'message',
    anchorIn: 'message',
    re: anyOf(`(?:${GO})(?:the\\s+|le\\s+|la\\s+|a\\s+)?(?:${OWN_SITE})`),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /site|web|homepage|shop|sito|pagina|loja|tienda|negozio|boutique/,
    needs: MONEY,
    needsIn: 'message',
    re: anyOf(...PAY_ON_OWN_SITE),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /www|http|\.com|\.net|\.shop|\.store|\.top|\.xyz|\.online|\.site|\.cn|\.co/,
    anchorIn: 'message',
    re: anyOf(ORDER_AT_ADDRESS_ZH, ORDER_AT_ADDRESS_PINYIN),
  },
];
