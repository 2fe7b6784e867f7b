import { KEEPS_PURCHASE_HERE, MARKETPLACES } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';

/**
 * A shop on another marketplace given with the handle or name to search there ("kami juga punya toko di Shopee, cari
 * aja 'happyhome_official'", "search 'lily_home' on Amazon", "búscanos en Mercado Libre como @casa_lily"): the name is
 * how the buyer reaches the seller there, as a name to google is (contact-pointed.ts); the purchase moved is read by
 * the payment rule. Modelled on marketplace rules against sellers who post shop names to move buyers (Shopee and
 * Tokopedia against "mengarahkan pembeli ke luar", eBay's off-site rules). The seller's own web address given with a
 * purchase is left to the payment rule alone, as the project's corpora label it; the purchase kept here is no move.
 * Words over normalised text.
 */
/** A handle or a quoted shop name: "'happyhome_official'", "@lily.home", "lily_home". */
const HANDLE = `(?:'[^'\\n]{3,40}'|"[^"\\n]{3,40}"|«[^»\\n]{3,40}»|@[a-z0-9_.]{3,}|\\b[a-z0-9]+(?:[_.][a-z0-9]+)+\\b)`;
/** Looking for it: "search", "cari", "busca", "cherchez", "suchen", "cerca", "procure", "ara", "найдите", "搜". */
const SEARCH =
  '\\b(?:search\\w*|look\\s+(?:for|up)|find|type|cari\\w*|ketik|busca\\w*|busque\\w*|procur\\w*|pesquis\\w*|cherch\\w*|tapez|such\\w*|cerca\\w*|szukaj\\w*|wyszukaj\\w*|ara\\w*|tim|tra)\\b|(?<![\\p{L}])(?:найд|ищ|поищ|шука|знайд)\\p{L}*|搜|検索|검색';
/** Looked up to check a claim: complaints, reviews, a fake, a scam. */
export const CHECKED =
  '\\b(?:complaints?|reviews?|ratings?|fake|fakes|scam\\w*|counterfeit|copies|copy|ulasan|palsu|penipu\\w*|resenas?|opiniones|falso|avis|faux|bewertung\\w*|falsch\\w*|recension\\w*|opinie|sahte|yorum\\w*)\\b|(?<![\\p{L}])(?:отзыв|подделк|отгук)\\p{L}*|假货|假貨|评价|評價|差评|差評';
/** A shop's name or id given with a colon: "our Shopee shop: lily_home", "toko kami di Tokopedia: happyhome". */
const SHOP_NAMED = '\\b(?:shop|store|toko|tienda|loja|boutique|negozio|sklep|magaza\\w*|cua\\s+hang)\\b';

/**
 * A marketplace's own web address with a path: a shop, a seller page or an item there ("shopee.ph/happyhome.official",
 * "ozon.ru/seller/domsvet", "allegro.pl/uzytkownik/domlux", "smartstore.naver.com/chinamall", "x.taobao.com/…").
 * AliExpress and Alibaba are not in it: the platform's own store link keeps the buyer here.
 */
const MARKET_LINK =
  '(?<![\\w.@-])(?:[a-z0-9-]+\\.)*(?:shopee|lazada|tokopedia|bukalapak|blibli|taobao|tmall|pinduoduo|yangkeduo|jd|temu|shein|amazon|ebay|etsy|mercadolivre|mercadolibre|allegro|olx|avito|wildberries|wb|ozon|rozetka|prom|kaspi|jumia|trendyol|hepsiburada|n11|coupang|gmarket|11st|smartstore\\.naver|shopping\\.naver|rakuten|mercari|qoo10|dhgate|joom|cdiscount|emag|noon|flipkart|meesho|tiki|walmart|wish)\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?/[^\\s,;)]{3,}';
/** Whose: "our", "we", "у нас", "kami", "저희"… */
const OWN_WORD =
  '\\b(?:our|my|we|us|nosso|nossa|nuestr[oa]s?|notre|nos|unser\\w*|nostr[oa]|nasz\\w*|mamy|swoj\\w*|kami|chung\\s+toi|ben\\s+em|shop\\s+em|bizim)\\b|(?<![\\p{L}])(?:наш\\p{L}*|нас|мы|мой|моя|мій)(?![\\p{L}])|我们|我們|我的|本店|弊社|当店|저희|우리|เรา|لدينا';
/** A shop or a page: "store", "магазин", "sklep", "toko", "boutique", "스토어", "店". */
const SHOP_WORD =
  '\\b(?:shop|store|stores|page|toko|tienda|loja|boutique|negozio|sklep|magaza\\w*|cua\\s+hang|gian\\s+hang|winkel|webshop)\\b|(?<![\\p{L}])(?:магазин|страниц|крамниц)\\p{L}*|스토어|상점|店铺|店舗|网店|متجر';
/** Cheaper there: a price reason sends the buyer to buy and write there. */
const CHEAPER_THERE =
  '\\b(?:cheaper|lower\\s+price|better\\s+price|mas\\s+barat[oa]|mais\\s+barat[oa]|moins\\s+cher|taniej|gunstiger|piu\\s+economic[oa]|lebih\\s+murah|re\\s+hon|daha\\s+ucuz|goedkoper)\\b|(?<![\\p{L}])(?:дешевле|дешевше)(?![\\p{L}])|더\\s?싸|더\\s?저렴|便宜|安い';
/**
 * The seller's own page: a store path in the link itself ("/shop/", "/seller/", "/str/", "/uzytkownik/", "/loja/"), a
 * shop said to be ours ("our Etsy shop", "у нас есть магазин", "toko Tokopedia kami"), or the price said lower there.
 * A link to someone else's item with none of these ("the buyer sent me amazon.com/dp/…, we can make the same") is a
 * reference, not the seller's door.
 */
const SELLERS_OWN = `/(?:shop|shops|store|stores|str|seller|sellers|uzytkownik|loja|tienda|boutique|magaza|toko)\\b|(?:${OWN_WORD})[^.!?\\n]{0,40}?(?:${SHOP_WORD})|(?:${SHOP_WORD})[^.!?\\n]{0,30}?(?:${OWN_WORD})|${CHEAPER_THERE}`;
/** Looking a shop up by its name, more forms than SEARCH: "wpisać w wyszukiwarkę", "recherchez", "digite", "입력". */
const SEARCH_MORE = `${SEARCH}|\\b(?:wpisa\\w*|wpisz\\w*|wyszukiwark\\w*|recherch\\w*|digit\\w*)\\b|입력|치시면|치세요`;
/** A shop's name in quotes of any script, for a search: "'MOTOPART-CN'", "「…」", "《…》". */
const QUOTED_NAME = `(?:${HANDLE}|「[^」\\n]{2,40}」|《[^》\\n]{2,40}》|“[^”\\n]{2,40}”)`;
/** Another marketplace, or the search engine that fronts one ("네이버 검색창" for a Naver smart store). */
const MARKET_OR_ITS_SEARCH = `${MARKETPLACES}|naver|네이버|shein|smart\\s?store`;

/** The shop is a rival's: "that is your competitor", "a competitor's store", "es su competidor", "c'est votre concurrent". */
export const RIVALS_SHOP =
  "\\b(?:is|are|it's|that's)\\s+(?:your|a|the|one\\s+of\\s+your)\\s+(?:main\\s+)?competitors?\\b|\\bcompetitor'?s\\s+(?:store|shop|page|link|listing)\\b|\\b(?:es|e|est|ist)\\s+(?:su|seu|votre|ihr|il\\s+suo|un|una|o|el|le|der)\\s+(?:competidor|concorrente|concurrent|konkurrent)\\w*";

export const SHOP_ELSEWHERE_MOVES: readonly ChatPattern[] = [
  {
    // "Same item is cheaper in our store here: shopee.ph/happyhome.official", "у нас есть магазин на Ozon, там
    // дешевле: ozon.ru/seller/domsvet", "Checkout di toko Tokopedia kami aja: tokopedia.com/rumahjaya" (stop 55): the
    // seller's page on another marketplace given by its address is where the buyer finds and writes to the seller.
    // Explicit: "checkout" or "order" beside another marketplace's address anchor nothing to this platform.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /\.[a-z]{2,3}\//,
    needs: new RegExp(SELLERS_OWN, 'u'),
    needsIn: 'message',
    // A warning that names the link as a fake, reviews looked up, or the purchase kept here; or a rival's shop shown
    // for its retail price ("amazon.com/stores/… – that is your competitor, our price is 40% lower"; red team, stop 55).
    unless: new RegExp(`${KEEPS_PURCHASE_HERE.source}|${CHECKED}|${RIVALS_SHOP}`, 'u'),
    unlessIn: 'message',
    // Not a price compared with it: "our price is lower than amazon.com/dp/…".
    re: new RegExp(
      `(?<!\\b(?:than|que|чем|niz|als|daripada|hon|di)\\s+(?:on\\s+|at\\s+|in\\s+|na\\s+|на\\s+|en\\s+)?)${MARKET_LINK}`,
      'u',
    ),
  },
  {
    // The shop named in one sentence and its name to search in the next (stop 55): "mamy też swój sklep na Allegro, …
    // Proszę wpisać w wyszukiwarkę 'MOTOPART-CN'", "on a aussi une boutique sur Temu … Cherchez 'HOMEDECO-GZ'",
    // "저희 스마트스토어에서 … 네이버 검색창에 '차이나팩토리몰' 치시면 나와요". The first pattern below needs both in one sentence.
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: /search|look|find|type|cari|ketik|busc|busq|procur|pesquis|cherch|tapez|such|cerca|szuka|wyszuk|wpis|ara|tim|tra|найд|ищ|поищ|шука|знайд|搜|検索|검색|입력|치시|recherch|digit/,
    needs: new RegExp(MARKET_OR_ITS_SEARCH, 'u'),
    needsIn: 'message',
    unless: new RegExp(
      `${KEEPS_PURCHASE_HERE.source}|${CHECKED}|aliexpress|alibaba|\\bhere\\b|速卖通|阿里`,
      'u',
    ),
    unlessIn: 'message',
    // The verb may come after the name, as Korean, Japanese and Turkish put it ("'반짝조명' 검색", "「…」で検索", "'…' aratın").
    re: new RegExp(
      `(?:${SEARCH_MORE})[^.!?\\n]{0,20}?${QUOTED_NAME}|${QUOTED_NAME}[^.!?\\n]{0,12}?(?:검색|検索|입력|치시|치세|aray\\w*|arat\\w*|搜)`,
      'u',
    ),
  },
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: new RegExp(MARKETPLACES, 'u'),
    // "search 'happyhome' complaints": the name looked up to check a claim, not to reach the seller.
    unless: new RegExp(`${KEEPS_PURCHASE_HERE.source}|${CHECKED}`, 'u'),
    unlessIn: 'message',
    re: anyOf(
      `(?:${MARKETPLACES})[^.!?\\n]{0,80}?(?:${SEARCH})[^.!?\\n]{0,20}?${HANDLE}`,
      `(?:${SEARCH})[^.!?\\n]{0,20}?${HANDLE}[^.!?\\n]{0,40}?(?:${MARKETPLACES})`,
      `(?:${SEARCH})[^.!?\\n]{0,20}?(?:${MARKETPLACES})[^.!?\\n]{0,30}?${HANDLE}`,
      `(?:${MARKETPLACES})[^.!?\\n]{0,30}?${SHOP_NAMED}[^.!?\\n]{0,20}?[:：]\\s*${HANDLE}`,
      // "…our other store on DHgate, link: dhgate.com/store/21…" (stop 54): the store's page given by its link.
      `${SHOP_NAMED}[^.!?\\n]{0,30}?(?:${MARKETPLACES})\\s*(?:[,;(]\\s*)?(?:(?:the\\s+|our\\s+)?(?:link|url|address|page|enlace|lien|pagina|halaman)\\s*)?[:：]\\s*${HANDLE}`,
    ),
  },
];
