import { anyOf, type ChatPattern } from '../match';

/**
 * The seller's social page or group offered as the place for what the buyer wants from the shop (stop 45, AliExpress
 * after-sales): "join our Facebook group, discount codes for regular customers there", "подписывайтесь на нашу группу
 * ВКонтакте — там скидки и быстрые ответы", "تابعونا على انستغرام للعروض الحصرية والطلب المباشر", "follow our Instagram
 * for special prices and direct orders". "Follow us on Instagram" alone is publicity (offplatform-contact.ts keeps it
 * so); a page that holds the discounts, the direct orders or the faster answers is where the buyer is sent to talk and
 * buy, away from the order's record. Both in one sentence. Folded text (lower-case, accents dropped).
 */

/** A social network by name, in Latin letters and in the scripts read. */
const SOCIAL =
  '\\b(?:facebook\\w*|fb|instagram\\w*|insta|vk|vkontakte|tiktok)\\b|(?<![\\p{L}])(?:вконтакте|вк|фейсбук\\p{L}*|инстаграм\\p{L}*|інстаграм\\p{L}*|фейсбуці)(?![\\p{L}])|فيسبوك|فيس\\s?بوك|انستغرام|انستقرام|انستجرام|انستا|인스타그램|인스타|페이스북|インスタ|フェイスブック|脸书|臉書';

/**
 * What the page is said to hold that the shop here does not give: discounts, codes, special or separate prices,
 * prices for regular customers, direct orders, faster answers.
 */
const DEAL =
  '\\b(?:discount\\w*|coupons?|promo\\s*codes?|special\\s+(?:prices?|offers?|deals?)|exclusive\\s+(?:offers?|deals?|prices?)|regular\\s+customers|direct\\s+orders?|order\\s+directly|faster\\s+(?:answers?|replies|response)|rabat\\w*|promocj\\w*|stalych\\s+klientow|szybciej\\s+odpowiad\\w*|descuentos?|descontos?|cupon\\w*|cupom\\w*|ofertas?\\s+exclusiv\\w*|precios?\\s+especial\\w*|precos?\\s+especia\\w*|remises?|reductions?|codes?\\s+promo|offres?\\s+exclusiv\\w*|rabatt\\w*|gutschein\\w*|sonderpreis\\w*|stammkunden|sconti|sconto|offerte\\s+esclusiv\\w*|indirim\\w*|giam\\s+gia|ma\\s+giam|uu\\s+dai)\\b|(?<![\\p{L}])(?:скидк|знижк|промокод|постоянн\\p{L}*\\s+покупател|постійн\\p{L}*\\s+покупц|быстр\\p{L}*\\s+ответ|швидк\\p{L}*\\s+відповід)\\p{L}*|عروض|خصم|خصومات|الطلب\\s+المباشر|كود\\s+خصم|할인|단골|따로\\s?가격|쿠폰|특가';

export const SOCIAL_PAGE_DEALS: readonly ChatPattern[] = [
  {
    // Explicit: "pedidos directos" and "orders" are the page's offer, not the platform's order anchoring it; the
    // platform named in the clause ("AliExpress coupons announced on our Facebook page") is the platform's deal.
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    unless: /\b(?:aliexpress|alibaba|ali\s+express)\b/,
    gate: /facebook|fb|instagram|insta|vk|tiktok|вконтакт|вк|фейсбук|инстаграм|інстаграм|фейсбуці|فيس|انست|인스타|페이스북|インスタ|フェイスブック|脸书|臉書/,
    re: new RegExp(`(?:${SOCIAL})[^.!?\\n]{0,80}?(?:${DEAL})|(?:${DEAL})[^.!?\\n]{0,60}?(?:${SOCIAL})`, 'u'),
  },
  {
    // "저희 인스타그램 DM으로 문의 주세요": a private message on the page, in Korean and Japanese script (the Latin
    // "Instagram DM" is read by offplatform-contact.ts).
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /인스타|페이스북|インスタ|フェイスブック/,
    re: anyOf(
      '(?:인스타그램|인스타|페이스북|インスタ|フェイスブック)\\s?(?:dm|디엠|메시지|메세지|ダイレクトメッセージ)',
    ),
  },
];
