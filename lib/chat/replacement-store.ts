/**
 * A shop that the platform itself closed, and the seller's new shop that replaces it (stop 40): "our old store was
 * blocked by the platform, now we are in the new store, ask me on WhatsApp for the link and a coupon", "la tienda
 * anterior fue cerrada por AliExpress", "наш старый магазин заблокировала платформа". A new shop said to replace one
 * the platform closed is, with nothing else named, a new shop on that platform: the word "link" alone (to that shop)
 * moves no purchase. An address written out, another marketplace, or a word of buying or paying still does
 * (compose.ts, the purchase moved). Folded text.
 */

/** The platform as the one who closed it: "by the platform", "pela plataforma", "przez AliExpress", "платформой". */
const BY_PLATFORM =
  '\\b(?:by|pela|pelo|por\\s+(?:la\\s+|el\\s+)?|par\\s+(?:la\\s+)?|dalla|dal|von\\s+(?:der\\s+)?|przez|ze\\s+strany|oleh)\\s*(?:aliexpress|alibaba|the\\s+platform|plataforma|plateforme|piattaforma|plattform|platform\\w*)\\b|(?<![\\p{L}])(?:платформой|платформою|алиэкспресс|аліекспрес)\\p{L}*|被(?:平台|速卖通|阿里)';

/** The platform as the subject that closed it: "the platform blocked our shop", "AliExpress закрыл магазин". */
const PLATFORM_SUBJECT =
  '\\b(?:the\\s+platform|aliexpress|alibaba|a\\s+plataforma|la\\s+plataforma|la\\s+plateforme|platforma)\\b|(?<![\\p{L}])(?:платформа|алиэкспресс|аліекспрес)(?![\\p{L}])|平台';

/** Closed, blocked or banned. */
const CLOSED =
  '\\b(?:closed|blocked|banned|suspended|shut\\s+down|bloquead[ao]|fechad[ao]|cerrad[ao]|suspens[ao]|suspendid[ao]|ferme\\w*|bloque\\w*|chius[ao]|bloccat[ao]|gesperrt|geschlossen|zablokowan\\w*|zamkniet\\w*|ditutup|diblokir)\\b|(?<![\\p{L}])(?:закрыт|заблокир|закрит|заблокова)\\p{L}*|封|关闭';

/** The whole message tells of a shop the platform closed. */
export const STORE_CLOSED_BY_PLATFORM = new RegExp(
  `(?:${CLOSED})[^.!?\\n]{0,30}?(?:${BY_PLATFORM})|(?:${BY_PLATFORM})[^.!?\\n]{0,30}?(?:${CLOSED})|(?:${PLATFORM_SUBJECT})\\s+(?:\\S+\\s+){0,2}?(?:${CLOSED})`,
  'u',
);

/** A link named only by its word ("send you the link"), not written out as an address. */
export const LINK_WORD = /\blink\b|链接|連結|링크|リンク|ссылк|رابط/u;
/** A link written out. */
export const LINK_ADDRESS = /https?:\/\/|www\.|\.com\b/u;

/**
 * A link to buy through: written out. The word "link" alone (stop 50) moves no purchase, whether the shop replaces one
 * the platform closed or is the seller's "other shop" where an item out of stock here is ("message me on WhatsApp, I
 * give you the link"): such a shop may be on the same platform; the talk moving to the app is the contact rule's. A
 * word of buying or paying, another marketplace or an address written out still moves it (compose.ts).
 */
export const LINK_TO_BUY = LINK_ADDRESS;
