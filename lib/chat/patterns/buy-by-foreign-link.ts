import { anyOf, type ChatPattern } from '../match';
import { PLATFORM_HOST } from '../platform-host';

/**
 * The purchase sent to a link on an address that is not the platform's: "I cancel your order, then buy again from
 * this link https://ali-store-deals.com/…, it is our official site", "compre de nuevo por este enlace
 * https://…", "commandez via ce lien https://…". The page takes the money, so it is a payment outside the order; a
 * link on the platform's own hosts (platform-host.ts: "aliexpress.com/item/…", "m.alibaba.com/…") is a purchase kept
 * here, and a link named but given nowhere in the message is left to the other patterns.
 */

/**
 * Carriers', trackers' and video hosts take no money for goods: "track it at this link https://www.17track.net",
 * "watch the install video at this link https://youtu.be/…", "las normas de dirección en https://www.dhl.com/…".
 * The carrier's name must be the address's own domain: "dhl.secure-pay.top" and "fedex.customs-pay.net" are not DHL's
 * or FedEx's (second red team, stop 38).
 */
const NOT_A_SHOP =
  '(?:https?:\\/\\/)?(?:[a-z0-9-]{1,63}\\.){0,3}(?:dhl|fedex|ups|usps|tnt|aramex|sf-express|ems|17track|aftership|parcelsapp|track24|trackingmore|cainiao|youtube|youtu|vimeo)\\.[a-z]{2,3}(?:\\.[a-z]{2})?(?![\\w.-])';

/** Top-level domains a bare address ends in, for an address written with a path but no scheme. */
const BARE_TLD =
  '(?:com|net|org|shop|store|top|xyz|site|online|vip|cc|co|me|io|ly|gd|gy|at|id|to|ru|br|in|uk|de|fr|es|it|pl|cn|hk|link|club|info|biz|app)';

/**
 * An address that is not on the platform's hosts: with a scheme or "www." (scheme, then host, as platform-host.ts),
 * or written bare with a path ("bit.ly/3abc", "myshop-deals.com/p/12"), as a shortened link always is: a short
 * link hides the page it leads to, and the platform's own short links are on its hosts ("a.aliexpress.com/_…").
 */
const FOREIGN_ADDRESS = new RegExp(
  `(?<![\\w@.\\/-])(?:https?:\\/\\/|www\\.)(?!(?:https?:\\/\\/)?${PLATFORM_HOST})(?!${NOT_A_SHOP})(?:[a-z0-9-]{1,63}\\.){1,4}[a-z]{2,24}(?=[/:?#\\s)\\],!]|\\.(?:\\s|$)|$)|(?<![\\w@.\\/-])(?!${PLATFORM_HOST})(?!${NOT_A_SHOP})(?:[a-z0-9-]{1,63}\\.){1,4}${BARE_TLD}\\/[\\w-]`,
  'u',
);

/**
 * Buying or ordering, in the languages read (folded); as a verb, not the order itself ("track the order with this
 * link", "your purchase via this link" are the platform's order).
 */
// "Before you buy, watch the video at this link", "antes de comprar, lea el manual en este enlace": advice before a
// purchase, not the purchase sent there. Spanish and Portuguese buying is "compra-/compre-", never "comprobar".
const BUY =
  "(?<!\\b(?:the|your|ur|my|our|this|that|an?|el|su|tu|la|le|votre|ihre|die)\\s)(?<!\\bbefore\\s+(?:you\\s+|we\\s+)?|\\bafter\\s+(?:you\\s+|we\\s+)?|\\bfor\\s+(?:your\\s+)?|\\bpor\\s+(?:su\\s+|tu\\s+)?|\\bd'avoir\\s+|\\bdespues\\s+de\\s+|\\bapres\\s+avoir\\s+|\\bfur\\s+(?:ihren?\\s+|den\\s+|die\\s+)?|\\bantes\\s+de\\s+|\\bantes\\s+que\\s+|\\bavant\\s+d'?\\s*|\\bbevor\\s+sie\\s+)\\b(?:buy|buying|ordering|purchas(?:e|ing)|checkout|compra\\w*|compre\\w*|comprar|compren|pid\\w*|achet\\w*|command\\w*|kauf\\w*|bestell\\w*|acquist\\w*|ordin\\w*|kup\\w*|zamow\\w*|beli|pesan|order|mua|dat\\s+hang|satin\\s+al\\w*|siparis\\w*|bestel\\w*)\\b|(?<![\\p{L}])(?:куп|закаж|оформ)\\p{L}*|(?:购买|下单|下單|購買|購入)(?![后後])|注文(?!後)|구매(?!\\s?후)|주문(?!\\s?후)";
/**
 * What lies between the purchase and the link is no manual, tutorial or video: "Merci d'avoir commandé, voici le lien du
 * tutoriel", "gracias por comprar, aquí el enlace del manual", "购买后请看这个链接的安装视频" send a guide, not a shop.
 */
const NOT_A_GUIDE =
  '(?:(?!manual|manuel|tutori|video|vidéo|instruc|guide|guia|anleitung|istruzion|handleiding|instrukcj|инструкц|видео|视频|教程|说明|說明|安装|安裝|動画|説明書|설명서|영상)[^.!?\\n])';
/** A link named as the way: "this link", "the link below", "este enlace", "ce lien", "diesen Link", "ссылке". */
const LINK =
  '\\b(?:link|links|enlace|vinculo|lien|collegamento|tautan|liên\\s+kết|lien\\s+ket|baglanti\\w*)\\b|(?<![\\p{L}])(?:ссылк|посиланн)\\p{L}*|链接|連結|リンク|링크';

/**
 * The order itself placed as the verb's object, which BUY leaves out after "your" / "su": "place your order at this
 * link", "haga su pedido en este enlace", "faça seu pedido neste link", "passez votre commande via ce lien".
 */
const PLACE_ORDER =
  '\\b(?:place|make|put)\\s+(?:your|the|an?|ur)\\s+(?:\\w+\\s+)?order|\\b(?:haga|hagan|realice|realiza|coloque)\\s+(?:su|tu|el)\\s+pedido|\\bfa(?:ca|z|cam)\\s+(?:o\\s+)?(?:seu|teu)\\s+pedido|\\bpasse[zr]?\\s+(?:votre|ta|la|une)\\s+commande|\\bgeben\\s+sie\\s+(?:ihre|die)\\s+bestellung\\s+auf';

/**
 * The purchase sent to the platform itself: "please place your order on Alibaba, our catalogue is at this link" asks
 * for an order there; the link after it is something else. Only "on / in / through / via" the platform right after the
 * verb counts ("buy it outside Alibaba at this link" is still a purchase sent away).
 */
const NOT_ON_PLATFORM =
  '(?!\\s+(?:it\\s+|them\\s+|again\\s+)?(?:on|in|through|via|en|sur|em|no|na|auf|ueber|über)\\s+(?:the\\s+|la\\s+|a\\s+)?(?:alibaba|aliexpress|platform|plataforma|plateforme|plattform|trade\\s+assurance))';

export const BUY_BY_FOREIGN_LINK: ChatPattern = {
  kind: 'explicit',
  what: "a purchase moved to the seller's own website or another marketplace",
  gate: /http|www|\.[a-z]{2,6}\//,
  needs: FOREIGN_ADDRESS,
  needsIn: 'message',
  re: anyOf(`(?:${BUY}|${PLACE_ORDER})${NOT_ON_PLATFORM}${NOT_A_GUIDE}{0,40}?(?:${LINK})`),
};

/** Cancelling the order on the platform, in the languages read. */
export const CANCEL_ORDER =
  /\b(?:cancel\w*|anul\w*|cancela\w*|annul\w*|storn\w*|batal\w*|huy|iptal\w*)\b|(?<![\p{L}])(?:отмен|скасув)\p{L}*|取消|キャンセル|취소/u;

/**
 * The same ask after the order is cancelled: the buyer is sent off the platform to deal with the seller there, so
 * the talk moves with the money (the contact rule reports it too).
 */
export const BUY_BY_FOREIGN_LINK_AFTER_CANCEL: ChatPattern = {
  ...BUY_BY_FOREIGN_LINK,
  what: "a new order on the seller's own site after the platform's order is cancelled",
  gateAlso: /cancel|anul|annul|storn|batal|huy|iptal|отмен|скасув|取消|キャンセル|취소/,
  needs: new RegExp(`^(?=[^]*(?:${FOREIGN_ADDRESS.source}))[^]*(?:${CANCEL_ORDER.source})`, 'u'),
};
