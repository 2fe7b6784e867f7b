import { anyOf, type ChatPattern } from '../match';

/**
 * The purchase itself moved into a chat app, or to the seller's own shop, for a lower price: "order on our WhatsApp,
 * it's cheaper", "下次直接微信下单更划算", "카카오톡 채널에서 주문하시면 더 저렴해요", "LINEで注文するとお得",
 * "pide por WhatsApp y te sale más barato", "замовлення приймаємо на сайті, ціни нижчі", "máme vlastní eshop s lepší
 * cenou". An order placed there has no platform order behind it, so the money paid for it is paid outside the order.
 * Only with a saving or a better price in the message: "send the photos on WhatsApp" or "our shop on Instagram shows
 * the new colours" moves no purchase. Words over normalised text (lower-case, accents folded).
 */
/** Apps by names no everyday word shares ("line", "signal", "wa" are left out: "order in line with…"). */
const CHAT_APP =
  '(?:whats\\s?app|wpp|zap|wechat|weixin|telegram|instagram|facebook|messenger|kakao\\s?talk|kakao|viber|zalo)\\b|(?<![\\p{L}])(?:вотсап|ватсап|телеграм|телеграмм|інстаграм|инстаграм|вайбер|вайбері|вайбере)\\p{L}*';
const ORDER_VERB =
  '\\b(?:order\\w*|buy\\w*|purchas\\w*|pid[ae]\\w*|pedid\\w*|pedir|compr[ae]\\w*|encomend\\w*|command\\w*|achet\\w*|bestell\\w*|ordin[ai]\\w*|acquist\\w*|zamow\\w*|zamaw\\w*|kup\\w*|siparis\\w*|pesan\\w*|beli|dat\\s+hang|mua)\\b|(?<![\\p{L}])(?:заказ|закаж|замов|куп|придба)\\p{L}*';
/** A saving or a better price, in the languages read. */
const SAVING =
  /\b(?:cheaper|cheap|discount\w*|lower\s+price|better\s+price|save|saving|barat\w*|economic\w*|desconto|descuento|moins\s+cher|remise|billiger|gunstiger|rabatt\w*|sconto|conviene|conveniente|taniej|tansiz|ucuz\w*|murah\w*|re\s+hon|lepsi\s+cen\w*|levnej\w*|lacnejs\w*|lepsz\w+\s+cen\w*)\b|(?<![\p{L}])(?:дешевл|дешев|нижч|нижe|ниже|знижк|скидк|выгодн|вигідн)\p{L}*|划算|便宜|优惠|優惠|折扣|更省|저렴|싸게|할인|혜택|安い|安く|お得|割引/u;

export const ORDER_IN_CHAT_APP: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    gate: /whats|wpp|zap|wechat|weixin|vx|wx|telegram|insta|facebook|messenger|kakao|viber|zalo|line|电报|電報|вотсап|ватсап|телеграм|інстаграм|инстаграм|вайбер|微信|카카오|카톡|라인|텔레그램|인스타|왓츠앱|ライン|インスタ|замовлен|заказ|eshop|e-shop/,
    needs: SAVING,
    needsIn: 'message',
    // An app's name as a colour or a look ("phone cases in WhatsApp green", "Telegram blue"): a product, not a shop.
    brandWord: true,
    re: anyOf(
      // "order on / via / through our WhatsApp", "pide por WhatsApp", "bestellen Sie über Telegram", "закажите в телеграме".
      `(?:${ORDER_VERB})\\s+(?:[^\\s.!?,;]+\\s+){0,3}?(?:on|via|through|thru|in|by|over|por|pelo|pela|via|no|na|en|sur|par|uber|per|su|tramite|przez|na|uzerinden|lewat|qua|на|в|через)\\s+(?:(?:our|my|nuestro|nosso|notre|unser\\w*|nostro|naszego|naszym|наш\\p{L}*|мой|мій)\\s+)?(?:${CHAT_APP})`,
      // The app first: "on WhatsApp you can order", "по вайберу замовляйте".
      `\\b(?:on|via|in|por|pelo|en|sur|uber|su|przez|через|в|на)\\s+(?:${CHAT_APP})\\s+(?:[^\\s.!?,;]+\\s+){0,2}?(?:${ORDER_VERB})`,
      // zh: "微信下单", "直接微信下单", "加微信购买", "在微信上买".
      '(?:微信|薇信|威信|vx|wx|whatsapp|电报|電報)(?:上|里|裡|群)?(?:直接)?(?:下单|下單|购买|購買|订购|訂購|订货|訂貨|拍|买|買)',
      // ko: "카카오톡 채널에서 주문", "카톡으로 주문하시면".
      '(?:카카오톡|카톡|카카오|라인|텔레그램|인스타그램|인스타|왓츠앱|페이스북)\\s?(?:채널|플러스\\s?친구|톡\\s?채널|dm|메시지)?\\s?(?:에서|으로|로|을\\s?통해|를\\s?통해)\\s?(?:직접\\s?)?(?:주문|구매|구입)',
      // ja: "LINEで注文", "インスタから購入".
      '(?:line|ライン|インスタ|whatsapp|テレグラム)(?:で|から|経由で)(?:直接)?(?:注文|購入|ご注文|ご購入)',
      // Orders taken on the seller's own site or app channel: "замовлення приймаємо на сайті", "заказы принимаем в телеграме".
      '(?<![\\p{L}])(?:замовлення|заказы|заказ)\\s+(?:\\p{L}+\\s+)?(?:приймаємо|приймаю|принимаем|принимаю|оформляємо|оформляем)\\s+(?:\\p{L}+\\s+)?(?:на|через|в|у)\\s+(?:(?:нашому|нашем|наш|нашій|нашей|своєму|своем)\\s+)?(?:сайт|магазин|телеграм|інстаграм|инстаграм|вайбер|канал)\\p{L}*',
      // Czech and Slovak "our own e-shop" (vlastní eshop) and Polish "nasz własny sklep".
      '\\b(?:vlastn\\w*|nas\\w*)\\s+(?:\\w+\\s+)?e-?shop\\w*|\\bnasz\\w*\\s+(?:wlasn\\w*\\s+)?(?:sklep\\s+internetow\\w*|e-?sklep\\w*)',
    ),
  },
];
