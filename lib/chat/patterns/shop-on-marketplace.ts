import { KEEPS_PURCHASE_HERE, MARKETPLACES } from '../compose/compose';
import type { ChatPattern } from '../match';
import { CHECKED, RIVALS_SHOP } from './shop-elsewhere-contact';

/**
 * The seller's own shop on another marketplace, named as where to find, write to or buy from the seller, with no
 * link and no quoted handle (stop 56): "our store on Lazada has it in stock", "find us on Etsy under ClayAndCo",
 * "sprzedajemy też na Allegro … napisz tam", "Trendyol mağazamızdan sipariş verebilirsiniz", "shop em bên Shopee",
 * "متجرنا على نون", "у нас есть магазин на Ozon, там дешевле", "关注我们的抖音号". The buyer goes to meet the
 * seller in another marketplace's chat: the talk moves (this rule); buying there is read by the payment rule
 * (compose.ts, the purchase moved). Clear: the buyer's own shop ("your Amazon store"), a price compared with another
 * marketplace, reviews or fakes looked up there, a rival's shop, and the purchase kept here. Words over folded text.
 */

/** Other marketplaces, and the Chinese video shops buyers are sent to (Douyin, Kuaishou, Xiaohongshu). */
const MARKET = `(?:${MARKETPLACES}|douyin|kuaishou|xiaohongshu|抖音|快手|小红书|小紅書|noon\\.com)`;
/** Ours, as a possessive: "our", "nuestra", "notre", "unser", "nasz", "kami", "em", "наш", "我们的", "저희". */
const OURS =
  '\\b(?:our|my|nuestr[oa]s?|nuestra|nosso|nossa|notre|nos|unser\\w*|nostr[oa]|nasz\\w*|swoj\\w*|kami|em|minh|chung\\s+toi|bizim|onze|mijn)\\b|(?<![\\p{L}])(?:наш\\p{L}*|мой|моя|мій|моя)(?![\\p{L}])|我们的|我們的|本店的?|弊社の|当店の|저희|우리';
/** A shop, a page or an account there: "store", "shop", "sklep", "mağaza", "gian hàng", "магазин", "店", "号". */
const SHOP =
  '\\b(?:shop|store|page|account|channel|toko|lapak|tienda|loja|boutique|negozio|sklep|konto|magaza\\w*|cua\\s+hang|gian\\s+hang|kenh|winkel|webshop|laden)\\b|(?<![\\p{L}])(?:магазин|страниц|крамниц|аккаунт)\\p{L}*|스토어|상점|店铺|店鋪|网店|號|号|ショップ';
/** A shop word with the owner inside it: "متجرنا" (our store), "mağazamız" (our store), "sklepiku naszym". */
const OWN_SHOP_ONE_WORD =
  '(?<![\\p{L}])(?:متجرنا|صفحتنا|محلنا|حسابنا)(?![\\p{L}])|\\bmagazamiz\\w*|\\bsayfamiz\\w*';
/**
 * "We (also) sell / have a shop / are on X", "sprzedajemy też na", "vendemos también en", "nous vendons aussi sur",
 * "wir verkaufen auch auf", "мы продаём на", "kami juga jualan di", "chúng tôi bán trên", "find us on".
 */
const WE_ARE_THERE =
  '\\b(?:we\\s+(?:also\\s+|too\\s+)?(?:sell|have\\s+(?:a|an|our)\\s+(?:\\w+\\s+)?(?:shop|store|page)|are\\s+(?:also\\s+)?(?:on|at)|run\\s+(?:a|an)\\s+(?:shop|store))|find\\s+us|search\\s+(?:for\\s+)?us|sprzedajemy|mamy\\s+(?:tez\\s+)?(?:swoj\\s+|nasz\\s+)?sklep|vendemos|tenemos\\s+(?:tambien\\s+)?(?:una\\s+)?tienda|temos\\s+(?:tambem\\s+)?(?:uma\\s+)?loja|nous\\s+vendons|on\\s+vend|on\\s+a\\s+(?:aussi\\s+)?une\\s+boutique|wir\\s+verkaufen|wir\\s+haben\\s+(?:auch\\s+)?(?:einen\\s+)?(?:shop|laden)|vendiamo|abbiamo\\s+(?:anche\\s+)?un\\s+negozio|kami\\s+(?:juga\\s+)?(?:jualan|jual|punya\\s+toko|buka\\s+toko)|chung\\s+toi\\s+(?:cung\\s+)?ban|ben\\s+em\\s+(?:cung\\s+)?(?:ban|co\\s+shop)|satiyoruz|satisimiz\\s+var)\\b|(?<![\\p{L}])(?:мы\\s+(?:также\\s+|тоже\\s+)?(?:прода[её]м|продаем|торгуем)|у\\s+нас\\s+(?:есть\\s+)?(?:магазин\\s+)?на|ми\\s+(?:також\\s+)?прода[єе]мо)(?![\\p{L}])|我们(?:也)?在|我們(?:也)?在';
/** The seller's own presence there, in one sentence. */
const OWN_THERE = `(?:${OURS})[^.!?。！？\\n]{0,30}?(?:${SHOP})[^.!?。！？\\n]{0,30}?${MARKET}|(?:${OURS})[^.!?。！？\\n]{0,16}?${MARKET}[^.!?。！？\\n]{0,12}?(?:${SHOP})|${MARKET}[^.!?。！？\\n]{0,40}?(?:${OWN_SHOP_ONE_WORD})|(?:${OWN_SHOP_ONE_WORD})[^.!?。！？\\n]{0,20}?${MARKET}|${MARKET}[^.!?。！？\\n]{0,20}?(?:${SHOP})[^.!?。！？\\n]{0,6}?(?:${OURS})|(?:${SHOP})\\s+(?:${OURS})[^.!?。！？\\n]{0,20}?${MARKET}|(?:${WE_ARE_THERE})[^.!?。！？\\n]{0,30}?${MARKET}`;
/**
 * What sends the buyer there: "there", a search or a name, a link, cheaper or in stock there, an order, a word to
 * write, to follow (关注).
 */
const POINTER =
  '\\b(?:there|tam|tamże|alli|ahi|la|la-bas|dort|li|orada|orda|oradan|disana|di\\s+sana|do\\s+do|search\\w*|find|look\\s+(?:for|up)|under\\s+the\\s+name|name[ds]?|called|cari\\w*|nama|busca\\w*|busque\\w*|procur\\w*|cherch\\w*|such\\w*|cerca\\w*|szukaj\\w*|wpisz\\w*|wyszukaj\\w*|ara\\w*|adi|tim|ten|link|in\\s+stock|full\\s+range|cheaper|lower\\s+price|taniej|mas\\s+barat[oa]|mais\\s+barat[oa]|moins\\s+cher|gunstiger|lebih\\s+murah|re\\s+hon|daha\\s+ucuz|order\\w*|buy|purchase|custom\\s+orders|zamow\\w*|napisz\\w*|pisz\\w*|write|message|contact|pedido\\w*|compr\\w*|command\\w*|bestell\\w*|ordin\\w*|siparis\\w*|pesan\\w*|dat\\s+hang|mua|follow)\\b|(?<![\\p{L}])(?:там|дешевле|дешевше|заказ\\p{L}*|замов\\p{L}*|напиш\\p{L}*|ищите|найдите|шукайте|هناك|ابحث\\p{L}*|اسمه|اسمها|أقل|ارخص|أرخص|اطلب\\p{L}*)(?![\\p{L}])|关注|關注|搜|下单|下單|便宜|검색|주문|더\\s?싸|検索|注文|安い';
/**
 * The buyer's own shop, a comparison, a warning or a rival: not the seller's door. Nor a wallet described by the shop's
 * income ("our Payoneer is only for our Amazon store income"), or the platform's own store named as where to search.
 */
const NOT_OURS =
  '\\b(?:income|payouts?|earnings|revenue)\\b|\\b(?:in|on|at)\\s+(?:our|my)\\s+(?:aliexpress|alibaba)\\s+(?:store|shop|page)\\b|\\b(?:your|ur|votre|vos|su|sus|seu|sua|ihr\\w*|twoj\\w*|pana|anda|kamu|senin|sizin|cua\\s+anh|cua\\s+chi)\\s+(?:\\S+\\s+)?(?:shop|store|page|account|toko|tienda|loja|boutique|negozio|sklep|magaza\\w*|listing)|\\b(?:than|compared|versus|vs|que\\s+en|que\\s+no|que\\s+na|niz\\s+na|als\\s+auf|daripada\\s+di)\\b|(?<![\\p{L}])(?:чем|ваш\\p{L}*)(?![\\p{L}])|您的|你的|比';

export const SHOP_ON_MARKETPLACE_MOVES: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: new RegExp(MARKET, 'u'),
    needs: new RegExp(POINTER, 'u'),
    needsIn: 'message',
    unless: new RegExp(`${KEEPS_PURCHASE_HERE.source}|${CHECKED}|${RIVALS_SHOP}|${NOT_OURS}`, 'u'),
    unlessIn: 'message',
    re: new RegExp(OWN_THERE, 'u'),
  },
];
