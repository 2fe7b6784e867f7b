import { anyOf, type ChatPattern } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * Orders and payments taken in the seller's chat-app group: "we have a WeChat group for after-sales, order parts and pay
 * in the group", "đặt phụ tùng, thanh toán gì cũng trong nhóm", "हमारा WhatsApp ग्रुप है … वहीं से सीधे ऑर्डर कर
 * दीजिए". A purchase made in a group has no platform order behind it, so what is paid for it is paid outside the
 * order, and the talk about it is in the app. Read as a verb of paying or ordering whose place is "the group" (or
 * "there", "from there" in Hindi), with a chat app's group named in the message: a group that only shares videos or
 * news ("join our WeChat group for updates") takes no order.
 * Alipay written in Arabic letters, as Urdu, Persian and Arabic writers spell it ("علی پے", "علي باي"), paid with:
 * "پیسے اسے علی پے کر دیں" (pay him the money by Alipay). "پے" is also "on" in spoken Urdu, so the name counts only as
 * what is done ("… کر دیں", "سے") with money named in the message.
 * Words over normalised text (lower case, Latin accents folded).
 */
const APP_GROUP =
  /\b(?:whats\s?app|wechat|weixin|telegram|zalo|viber|line|imo)\b[^.!?\n]{0,20}?(?:group|grup|nhom|ग्रुप|گروپ|گروه|مجموعة|جروب|قروب)|(?:group|grup|nhom|ग्रुप|گروپ|گروه|مجموعة|جروب|قروب)\s+(?:\S+\s+)?(?:whats\s?app|wechat|weixin|telegram|zalo|viber|line|imo)\b|(?:व्हाट्सएप|व्हाट्सऐप|वीचैट)\s+ग्रुप|微信群|vx群|wx群/u;

const EN_IN_GROUP = '(?:in|through|via|on|inside)\\s+(?:the|our|this|that)\\s+(?:\\w+\\s+){0,2}?group\\b';

/**
 * A payment in the group refused or pinned on a scammer is a warning, not a move (red team, stop 46): "do not pay in
 * the WhatsApp group; anyone asking for payment in our group is a scammer", "đừng chuyển khoản trong nhóm, ai đòi
 * thanh toán trong nhóm là lừa đảo", "ग्रुप में पेमेंट मत कीजिए". Read as a "not" a few words before the verb, or the
 * verb asked for by "anyone" / "whoever" / "ai" (who), or a Hindi "मत" / "नहीं" / "nahi" right after it.
 */
const REFUSED_OR_SCAMMERS =
  "(?<!\\b(?:not|never|don'?t|dont|no|nobody|avoid|refuse|dung|khong|chang|mat|nahi|nahin)\\s+(?:[^\\s,;.]+\\s+){0,3})" +
  '(?<!\\b(?:any(?:one|body)|who(?:ever)?|some(?:one|body)|scammers?|fraudsters?|ai|nguoi\\s+nao)\\s+(?:[^\\s,;.]+\\s+){0,3})' +
  '(?<!(?:मत|नहीं|न)\\s+(?:\\S+\\s+){0,2})';
const NOT_AFTER = '(?!\\s+(?:\\S+\\s+)?(?:मत|नहीं|nahi|nahin|mat)(?![\\p{L}]))';

/** The group's order or payment, in en, vi and Hindi (Devanagari and Latin). */
const IN_GROUP_ALTERNATIVES = [
  // en: "order the parts and pay in the group", "payment is done through our WeChat group".
  `\\b(?:pay|payment|payments|paid|order|orders|ordering|buy|purchase)\\s+(?:\\S+\\s+){0,4}?${EN_IN_GROUP}`,
  // vi: "thanh toán gì cũng trong nhóm", "đặt hàng và chuyển khoản qua nhóm".
  '\\b(?:thanh\\s+toan|chuyen\\s+khoan|dat\\s+(?:hang|phu\\s+tung|mua)|mua\\s+hang)\\s+(?:\\S+\\s+){0,5}?(?:trong|qua|tren|o)\\s+nhom\\b',
  // hi: "वहीं से सीधे ऑर्डर कर दीजिए", "ग्रुप में ही पेमेंट कर दें", "group me hi order karo".
  '(?:वहीं|वहां|वहाँ|ग्रुप\\s+(?:में|से|पर))\\s+(?:\\S+\\s+){0,2}?(?:ऑर्डर|आर्डर|खरीद|पेमेंट|भुगतान)',
  '(?:ऑर्डर|आर्डर|पेमेंट|भुगतान)\\s+(?:\\S+\\s+){0,2}?ग्रुप\\s+(?:में|से|पर)',
  '\\bgroup\\s+(?:me|mein|pe|par|se)\\s+(?:\\S+\\s+){0,2}?(?:order|payment|pay|kharid)\\w*',
].map((alternative) => `${REFUSED_OR_SCAMMERS}(?:${alternative})${NOT_AFTER}`);

export const ORDER_IN_APP_GROUP: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /group|nhom|ग्रुप|वहीं|वहां|वहाँ/,
    needs: APP_GROUP,
    needsIn: 'message',
    re: anyOf(...IN_GROUP_ALTERNATIVES),
  },
  {
    kind: 'explicit',
    what: 'Alipay / WeChat Pay to a person',
    gate: /علی|علي/,
    needs: /پیسے|پیسہ|رقم|ادائیگی|پیمنٹ|پول|مبلغ|پرداخت|المبلغ|الفلوس|الدفع|ادفع/u,
    needsIn: 'message',
    re: anyOf(
      '(?<![\\p{L}])(?:علی|علي)\\s?(?:پے|پی|پئے|باي|بای|پay)\\s+(?:\\S+\\s+)?(?:کر|کریں|کردیں|کرو|سے|کے\\s+ذریعے|کنید|بزنید|از\\s+طریق|عبر|من\\s+خلال)',
      '(?:عبر|من\\s+خلال|بواسطة|با|از\\s+طریق)\\s+(?:علی|علي)\\s?(?:پے|پی|باي|بای)(?![\\p{L}])',
    ),
  },
];

/** The same group as where the talk goes on, for the app it names. */
const moveTo = (channel: string, app: string): ChannelPattern => ({
  channel,
  kind: 'explicit',
  what: 'a request to talk outside the platform',
  gate: /group|nhom|ग्रुप|वहीं|वहां|वहाँ/,
  needs: new RegExp(
    `(?:${app})[^.!?\\n]{0,20}?(?:group|grup|nhom|ग्रुप)|(?:group|grup|nhom|ग्रुप)\\s+(?:\\S+\\s+)?(?:${app})`,
    'u',
  ),
  needsIn: 'message',
  re: anyOf(...IN_GROUP_ALTERNATIVES),
});

export const ORDER_IN_APP_GROUP_MOVES: readonly ChannelPattern[] = [
  moveTo('WhatsApp', '\\bwhats\\s?app\\b|व्हाट्सएप|व्हाट्सऐप'),
  moveTo('WeChat', '\\bwechat\\b|\\bweixin\\b|वीचैट'),
  moveTo('Telegram', '\\btelegram\\b'),
  moveTo('Zalo', '\\bzalo\\b'),
];
