/**
 * Import duties paid "directly" to the carrier's driver or courier when the parcel is delivered: "関税は配達時に
 * 佐川急便のドライバーへ直接お支払いください", "관세는 배송 시 택배 기사님께 직접 결제", "关税送货时直接付给快递员",
 * "se pagan directamente al repartidor de Correos en la entrega", "cło zapłacisz kurierowi przy odbiorze". That is
 * how imports are taxed (the carrier collects at the door), not a payment to the seller (stop 40). Narrow on
 * purpose: the payee is a carrier or its driver, the time is the delivery, both in one sentence, not the seller's
 * own ("our courier"), and the message names no account, transfer, wallet or link the money could go to instead.
 * Folded text.
 */

/** The carrier's driver, courier or postman, or a carrier named. */
const CARRIER_OR_DRIVER =
  '(?:ドライバー|配達員|配達担当|配達の方|郵便局|日本郵便|佐川|ヤマト|西濃|福山通運|기사님|택배\\s?기사|배달원|배송\\s?기사|집배원|우체국|대한통운|한진|롯데택배|快递员|快遞員|送货员|送貨員|司机|司機|顺丰|順豐|邮递员|郵差|\\b(?:driver|courier|postman|delivery\\s+(?:man|person|agent)|carrier|dhl|fedex|ups|usps|tnt|ems|gls|dpd|repartidor\\w*|mensajero|cartero|correos|correios|entregador|carteiro|livreur|facteur|la\\s+poste|corriere|postino|zusteller|paketbote|fahrer|kurier\\w*|listonosz\\w*|poczta|inpost|kuryr\\w*|posta)\\b|(?<![\\p{L}])(?:курьер|кур.ер|почтальон|листонош|водител|сдэк|почт|пошт)\\p{L}*)';

/** The time of delivery. */
const AT_DELIVERY =
  '(?:配達時|配達の際|お届けの際|お届け時|受け取り時|受取時|受け取りの際|배송\\s?시|배달\\s?시|수령\\s?시|받으실\\s?때|送货时|送貨時|签收时|簽收時|收货时|收貨時|派送时|\\b(?:on|upon|at)\\s+(?:the\\s+)?(?:delivery|arrival|the\\s+door)|when\\s+(?:it|the\\s+(?:parcel|package))\\s+(?:arrives|is\\s+delivered)|en\\s+la\\s+entrega|al\\s+(?:recibir|entregar)|na\\s+entrega|ao\\s+receber|a\\s+la\\s+livraison|lors\\s+de\\s+la\\s+livraison|alla\\s+consegna|bei\\s+(?:der\\s+)?(?:zustellung|lieferung|ubergabe)|przy\\s+(?:odbiorze|dostawie)|(?<![\\p{L}])при\\s+(?:получении|доставке|отриманні|доставці))';

/**
 * A way of paying someone else: an account, a transfer, a wallet, a link, an instant-payment scheme, a crypto coin,
 * a gift card or a phone number to pay to. A red team hid "first send 1500 through СБП to the number +7 …", "haga un
 * Bizum al número …", "send USDT to the agent" behind the driver's sentence: any of them keeps the request.
 */
const OTHER_WAY =
  /口座|振込|계좌|이체|账户|賬戶|转账|轉賬|微信支付|支付宝|\b(?:account|iban|transfer|wire|paypal|link|wallet|cuenta|conta|konto|rachun\w*|przelew\w*|transferencia|virement|bonifico|uberweis\w*|sbp|bizum|pix|blik|paypay|toss|wechat\s*pay|alipay|usdt|usdc|crypto\w*|bitcoin|btc|binance|gift\s*cards?|western\s+union|moneygram|zelle|venmo|cash\s*app|revolut|wise|qiwi|yoomoney|(?:to|on|al|na|a|au|an|auf\s+die)\s+(?:the\s+|this\s+|el\s+|o\s+|le\s+|die\s+)?(?:number|numero|numer\w*|nummer|phone|telefono|telefon\w*))\b|(?<![\p{L}])(?:счет|рахун|карт|переказ|перевод|сбп|юмани|киви|крипт)\p{L}*|(?<![\p{L}])на\s+номер|\+\d|\d{3}[\s-]\d{3}[\s-]\d{2,4}|https?:\/\/|www\./u;

/**
 * A second request to pay in the same message: "duties are paid to the FedEx driver on delivery; for the goods
 * please pay me directly" asks the buyer twice, and the exemption (read over the whole message) cannot tell which
 * sentence it would clear, so it clears none; nor when money is asked for the writer ("pay me directly") anywhere.
 * One verb of paying is the driver's sentence alone.
 */
const PAY_VERB =
  '\\b(?:pay|paid|paying|transfer|wire|deposit|send\\s+(?:me|us)|pag(?:a|an|ar|as|ue|uen|ues|ou|amos|ara|aran|ado|ada|o|ate|hi)|haga\\s+un|faca\\s+um|paie\\w*|payez|versez|zahl\\w*|bezahl\\w*|uberweis\\w*|zaplac\\w*|zaplat\\w*|wplac\\w*|przelej\\w*|fizet\\w*|utal\\w*|odeme\\w*|bayar\\w*)\\b|(?<![\\p{L}])(?:оплат|заплат|перевед|переве|сплат|плат[иі]т)\\p{L}*|払|振り?込|送金|송금|결제|지불|입금|付|汇|匯|打款|转给|轉給';
const SECOND_PAYMENT = `(?:${PAY_VERB})[^]*(?:${PAY_VERB})`;
/** Money asked for the writer: "pay me directly", "send us", "pay to my account", "outside the app". */
const TO_WRITER =
  '\\b(?:pay|send|transfer|wire|pague|pagar|envie|paga|payez|zahlen|zaplac\\w*)\\s+(?:\\S+\\s+){0,2}?(?:me|us|to\\s+me|to\\s+us|me\\s+directly|a\\s+mi|a\\s+nosotros|para\\s+mim|mir|uns|mnie|nam|moi|nous)\\b|\\b(?:outside|off)\\s+(?:the\\s+)?(?:app|platform|aliexpress|alibaba)\\b|(?<![\\p{L}])(?:мне|нам)\\s+(?:напрямую|лично)';

/**
 * The seller's own courier is not the carrier: "pay our courier at delivery" stays a request, and so does a driver
 * said to be the seller's in another sentence: "he works for my company", "the delivery man is my brother", "he is
 * our delivery agent", "trabaja para nosotros", "мой брат".
 */
const OURS =
  /\b(?:our|my|nuestro|nosso|notre|nostro|unser\w*|nasz\w*)\s+(?:own\s+)?(?:driver|courier|repartidor|entregador|livreur|corriere|fahrer|kurier\w*)\b|\b(?:works?\s+(?:for|with)\s+(?:me|us|my|our)|(?:is|he's|she's|es|e|ist|jest|est)\s+(?:my|our|mi|nuestro|meu|nosso|mon|notre|mein\w*|unser\w*|moj\w*|nasz\w*|il\s+mio|il\s+nostro)|my\s+(?:brother|sister|cousin|son|husband|wife|friend|colleague|employee|staff|partner|man)|our\s+(?:delivery\s+(?:agent|man|person|guy)|staff|employee|colleague|agent|man)|trabaja\s+(?:para|con)\s+(?:mi|nosotros)|mi\s+(?:hermano|primo)|trabalha\s+(?:para|com)\s+(?:mim|nos|a\s+minha)|meu\s+(?:irmao|primo)|mein\s+bruder|arbeitet\s+(?:fur|bei)\s+(?:mich|uns|meiner|unserer)|moj\s+brat|pracuje\s+(?:dla|u)\s+(?:mnie|nas)|mon\s+frere|travaille\s+pour\s+(?:moi|nous)|mio\s+fratello|lavora\s+per\s+(?:me|noi))\b|(?<![\p{L}])(?:наш\p{L}*\s+курьер|мой\s+брат|мій\s+брат|наш\p{L}*\s+сотрудник|работает\s+на\s+(?:меня|нас)|працює\s+на\s+(?:мене|нас))|弊社の(?:ドライバー|配達員)|저희\s?기사|我们的(?:快递员|司机)|我(?:的)?(?:兄弟|哥哥|弟弟)/u;

const SENTENCE = '[^.!?。！？\\n]{0,60}?';

/**
 * The whole message: no other way to pay, not the seller's own courier, no second request to pay, and the driver at
 * delivery in one sentence.
 */
export const PAID_TO_DRIVER_AT_DELIVERY = new RegExp(
  `^(?![^]*(?:${OTHER_WAY.source}))(?![^]*(?:${OURS.source}))(?![^]*${SECOND_PAYMENT})(?![^]*(?:${TO_WRITER}))[^]*?(?:${AT_DELIVERY}${SENTENCE}${CARRIER_OR_DRIVER}|${CARRIER_OR_DRIVER}${SENTENCE}${AT_DELIVERY})`,
  'u',
);
