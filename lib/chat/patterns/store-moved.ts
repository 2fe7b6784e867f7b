import { KEEPS_PURCHASE_HERE, MARKETPLACES } from '../compose/compose';
import type { ChatPattern } from '../match';

/**
 * The shop said to have moved to another marketplace, or closed here with another marketplace named as where to go
 * (stop 40, AliExpress after-sales): "our store moved to Prom.ua", "мы переехали на Ozon", "przenieśliśmy się na
 * Allegro", "toko kami ditutup, silakan ke Shopee", "nossa loja foi fechada, agora estamos no Mercado Livre". The
 * buyer is sent to find the seller there: the talk moves (the contact rule); buying there is read by the payment
 * rule (compose.ts, the purchase moved). Folded text.
 */

/** The marketplaces of compose.ts and the regional ones buyers are sent to after a ban. */
const MARKET = `(?:${MARKETPLACES}|prom\\.ua|prom\\s+ua|kaspi(?:\\.kz)?|rozetka|epicentrk|lamoda|sbermegamarket|megamarket|magalu|americanas|casas\\s+bahia|falabella|linio|blibli|bukalapak|lazada|jd\\.id|zalando|bol\\.com|emag|heureka|alza|vatera|jofogas|aukro|ceneo|empik|prom|satu\\.kz|yandex\\s+market|mercado\\s+livre|mercadolivre|mercadolibre)`;

/**
 * A verb of moving, with the shop or "we" as subject: "we moved to", "our store has moved to", "переїхав на",
 * "przenieśliśmy się na". In English the subject is read too: "your order was moved to the Amazon-style packaging
 * line" moves an order inside a warehouse, not the shop.
 */
const MOVED_TO =
  '\\b(?:we|we\\s+have|we\\s+are|we\\s+will\\s+be|we\\W?(?:ve|re|ll\\s+be)|(?:store|shop|business|boutique|brand)\\s+(?:has\\s+|have\\s+|is\\s+|was\\s+|are\\s+|will\\s+be\\s+)?(?:been\\s+)?)\\s*(?:now\\s+|just\\s+|officially\\s+|fully\\s+|all\\s+)?(?:moved|moving|relocated|transferred|switched|migrated)\\s+(?:\\S+\\s+){0,3}?(?:to|onto)\\s+(?:the\\s+)?|\\b(?:nos\\s+)?(?:mudamos|mudou|mudamos-nos|nos\\s+mudamos|nos\\s+trasladamos|se\\s+traslado|se\\s+mudo|trasladamos)\\s+(?:\\S+\\s+){0,2}?(?:para|pro|pra|a|al|para\\s+o|para\\s+a)\\s+(?:o\\s+|a\\s+|el\\s+|la\\s+)?|\\b(?:przenies\\w*\\s+sie|przeniesli\\w*\\s+sie|przenieslismy\\s+sie)\\s+(?:\\S+\\s+){0,2}?na\\s+|\\b(?:presunuli\\s+jsme\\s+se|prestehovali\\s+jsme\\s+se|presunul\\s+se)\\s+(?:\\S+\\s+){0,2}?na\\s+|\\bpindah\\s+(?:\\S+\\s+){0,2}?ke\\s+|\\b(?:tasindik|tasindi)\\b\\s*|\\bchuyen\\s+(?:\\S+\\s+){0,2}?sang\\s+|\\b(?:demenage|sommes\\s+passes|nous\\s+sommes\\s+installes)\\s+(?:\\S+\\s+){0,2}?(?:sur|a|chez)\\s+|\\b(?:umgezogen|gewechselt)\\s+(?:\\S+\\s+){0,2}?(?:zu|auf|nach)\\s+|\\b(?:trasferiti|spostati)\\s+(?:\\S+\\s+){0,2}?(?:su|a)\\s+|(?<![\\p{L}])(?:переїхав|переїхала|переїхали|переехал|переехала|переехали|перейшли|перешли|перебрались|перебралися)\\s+(?:\\p{L}+\\s+){0,2}?(?:на|в|до)\\s+';

/** The shop said closed, blocked or banned here. */
const CLOSED =
  /\b(?:(?:store|shop|boutique|account)\s+(?:will|is\s+going\s+to|is\s+about\s+to)\s+(?:be\s+)?(?:close|shut)|closed|closing|shutting\s+down|va\s+fermer|fermera|blocked|banned|suspended|shut\s+down|deleted|ditutup|diblokir|dibanned|dinonaktifkan|cerrad[ao]|bloquead[ao]|suspendid[ao]|fechad[ao]|bloquead[ao]|suspens[ao]|ferme\w*|bloque\w*|suspendu\w*|geschlossen|gesperrt|chius[ao]|bloccat[ao]|zamkniet\w*|zablokowan\w*|zawieszon\w*|uzavren\w*|zablokovan\w*|zrusen\w*|bezar\w*|letilt\w*|kapat\w*|engellen\w*|bi\s+khoa|dong\s+cua)\b|(?<![\p{L}])(?:закрыл|закрит|закрыт|заблокир|заблокува|забанил|забанили|удален|видален)\p{L}*|폐쇄|정지|차단|閉鎖|停止|封店|关店|關店|被封/u;

/**
 * Closed for good, not for a while: "closed for Chinese New Year", "closed for the holiday", "closed because of the
 * typhoon", "closed from 5 to 15 Feb" is a break, and a shop on a break has not moved anywhere.
 */
const CLOSED_FOR_GOOD = new RegExp(
  `(?:${CLOSED.source})(?![^.!?;\\n]{0,30}?\\b(?:for|during|over|because|due|until|till|from|through)\\s+(?:\\S+\\s+){0,3}?(?:holiday\\w*|new\\s+year|festival|vacation|typhoon|storm|weather|weekend|national\\s+day|golden\\s+week|inventory|maintenance|stocktaking|\\d))`,
  'u',
);
/**
 * The address given for something other than buying or talking: "to download the catalogue", "to track your parcel",
 * "to see where the vessel is". The buyer is not sent there to order.
 */
const FOR_ANOTHER_PURPOSE =
  '(?![^.!?;\\n]{0,20}?\\bto\\s+(?:download|track|trace|follow\\s+(?:your|the)\\s+(?:parcel|package|shipment)|see\\s+where|check\\s+(?:the\\s+|your\\s+)?(?:status|tracking|parcel|shipment|vessel)|watch|read))';

/** Sent there: "go to", "find us", "visit", "order (again) at", "silakan ke", "ищите нас", "zapraszamy na". */
const GO_THERE =
  '\\b(?:go|come|head)\\s+to\\s+|\\b(?:find|visit|follow|search\\s+for|look\\s+for)\\s+us\\s+(?:on|at)\\s+|\\b(?:order|buy)\\s+(?:\\S+\\s+){0,2}?(?:on|at|from)\\s+|\\bsilakan\\s+(?:\\S+\\s+){0,1}?(?:ke|di)\\s+|\\b(?:kunjungi|cari)\\s+(?:kami\\s+)?(?:di\\s+)?|\\b(?:busque\\w*|encuentre\\w*|visite\\w*|procure\\w*|encontre\\w*)\\s+(?:nos\\s+|nosotros\\s+)?(?:en|no|na)\\s+(?:el\\s+|o\\s+|a\\s+)?|\\b(?:estamos|seguimos|agora\\s+estamos|ahora\\s+estamos)\\s+(?:agora\\s+|ahora\\s+)?(?:en|no|na)\\s+(?:el\\s+|o\\s+|a\\s+)?|\\b(?:zapraszamy|szukaj\\w*|znajdziesz\\s+nas)\\s+(?:nas\\s+)?(?:na|w)\\s+|\\b(?:najdete\\s+nas|hledejte\\s+nas)\\s+na\\s+|(?<![\\p{L}])(?:ищите|шукайте|найдите|знайдіть|заходьте|заходите|переходьте|переходите)\\s+(?:нас\\s+)?(?:на|в)\\s+|\\b(?:now|ahora|agora|teraz|sekarang)\\s+(?:we\\s+(?:are|sell)\\s+)?(?:on|en|no|na|di)\\s+|(?<![\\p{L}])(?:теперь|тепер)\\s+(?:мы\\s+|ми\\s+)?(?:на|в)\\s+';

/**
 * The new shop named as its address (stop 45): "our new shop is gadgets-outlet.shop", "notre nouvelle boutique est …",
 * "nuestra nueva tienda es …", "unser neuer Shop ist …", "nasz nowy sklep to …".
 */
const NEW_SHOP_IS =
  '\\b(?:our|notre|nuestra|nuestro|nossa|nosso|unser\\w*|nostro|nostra|nasz\\w*)\\s+(?:new|nouveau|nouvelle|nueva|nuevo|nova|novo|neue\\w*|nuovo|nuova|nowy|nowa)\\s+(?:site|website|store|shop|boutique|tienda|loja|sitio|seite|webseite|negozio|sklep)\\s+(?:is|est|es|e|ist|to|:)\\s+(?:at\\s+|now\\s+)?';

/** Sent to an address: "follow", "visit", "go to", "order at", "visitez", "retrouvez-nous sur", "acesse", "besuchen Sie". */
const TO_ADDRESS =
  '\\b(?:follow|visit|go\\s+to|come\\s+to|find\\s+us\\s+(?:on|at)|(?:order|buy)\\s+(?:\\S+\\s+){0,2}?(?:on|at|from)|visitez|allez\\s+sur|retrouvez-nous\\s+sur|visite\\w*|acesse\\w*|entre\\s+em|besuchen\\s+sie|gehen\\s+sie\\s+auf)\\s+(?:(?:our|notre|nuestra|nuestro|nossa|nosso|unsere\\w*)\\s+(?:new\\s+|nouveau\\s+|nouvelle\\s+|nueva\\s+|nova\\s+|neue\\w*\\s+)?(?:site|website|store|shop|boutique|tienda|loja|sitio|seite|webseite)\\s+(?:at\\s+|:\\s*)?)?';

export const STORE_MOVED_MOVES: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: /moved|moving|relocated|transferred|switched|migrated|muda|traslad|przenies|przeniesli|presunul|prestehoval|pindah|tasindi|chuyen|demenage|passes|installes|umgezogen|gewechselt|trasferiti|spostati|переїха|перееха|перейшли|перешли|перебрал/,
    unless: KEEPS_PURCHASE_HERE,
    unlessIn: 'message',
    re: new RegExp(`(?:${MOVED_TO})${MARKET}(?![\\p{L}]|-\\p{L})`, 'u'),
  },
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: new RegExp(
      `${MARKETPLACES}|prom|kaspi|rozetka|magalu|americanas|falabella|linio|blibli|zalando|emag|heureka|alza|vatera|aukro|ceneo|empik`,
      'u',
    ),
    needs: CLOSED,
    needsIn: 'message',
    unless: KEEPS_PURCHASE_HERE,
    unlessIn: 'message',
    re: new RegExp(`(?:${GO_THERE})(?:\\S+\\s+){0,2}?${MARKET}(?![\\p{L}]|-\\p{L})`, 'u'),
  },
  {
    // The shop closed here and the buyer sent to the seller's own web address ("this account will be closed end of
    // month, please follow www.… and place future orders there", "notre boutique ferme, visitez www.…"): the talk
    // and the buying go there (the payment rule reads the purchase moved). A platform's own address is not a move.
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: /follow|visit|go to|come to|find us|order|buy|visitez|allez|retrouvez|visite|acesse|entre|besuchen|geh/,
    needs: CLOSED_FOR_GOOD,
    needsIn: 'message',
    unless: KEEPS_PURCHASE_HERE,
    unlessIn: 'message',
    re: new RegExp(
      `(?:${TO_ADDRESS})(?:https?:\\/\\/)?(?!(?:www\\.)?(?:[a-z0-9-]+\\.)*(?:alibaba|aliexpress|1688)\\.)(?:www\\.[a-z0-9-]+|[a-z0-9-]+(?=\\.(?:com|net|shop|store|co|cn|ru|ua|de|fr|es|pt|br|it|pl)\\b))(?:\\.[a-z0-9-]+)+(?![a-z0-9-]|\\.[a-z0-9])${FOR_ANOTHER_PURPOSE}`,
      'u',
    ),
  },
  {
    // The same, with the new shop named as the address. Explicit, not contextual: its reason is often the platform's
    // fee ("cheaper because no platform fee"), which names the platform without keeping the purchase on it.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /our|notre|nuestr|noss|unser|nostr|nasz/,
    needs: CLOSED_FOR_GOOD,
    needsIn: 'message',
    unless: KEEPS_PURCHASE_HERE,
    unlessIn: 'message',
    re: new RegExp(
      `(?:${NEW_SHOP_IS})(?:https?:\\/\\/)?(?!(?:www\\.)?(?:[a-z0-9-]+\\.)*(?:alibaba|aliexpress|1688)\\.)(?:www\\.[a-z0-9-]+|[a-z0-9-]+(?=\\.(?:com|net|shop|store|co|cn|ru|ua|de|fr|es|pt|br|it|pl)\\b))(?:\\.[a-z0-9-]+)+(?![a-z0-9-]|\\.[a-z0-9])${FOR_ANOTHER_PURPOSE}`,
      'u',
    ),
  },
];
