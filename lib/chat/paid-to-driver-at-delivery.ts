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

/** A way of paying someone else: an account, a transfer, a wallet, a link. */
const OTHER_WAY =
  /口座|振込|계좌|이체|账户|賬戶|转账|轉賬|\b(?:account|iban|transfer|wire|paypal|link|wallet|cuenta|conta|konto|rachun\w*|przelew\w*|transferencia|virement|bonifico|uberweis\w*)\b|(?<![\p{L}])(?:счет|рахун|карт|переказ|перевод)\p{L}*|https?:\/\/|www\./u;

/** The seller's own courier is not the carrier: "pay our courier at delivery" stays a request. */
const OURS =
  /\b(?:our|my|nuestro|nosso|notre|nostro|unser\w*|nasz\w*)\s+(?:own\s+)?(?:driver|courier|repartidor|entregador|livreur|corriere|fahrer|kurier\w*)\b|(?<![\p{L}])наш\p{L}*\s+курьер|弊社の(?:ドライバー|配達員)|저희\s?기사|我们的(?:快递员|司机)/u;

const SENTENCE = '[^.!?。！？\\n]{0,60}?';

/** The whole message: no other way to pay, not the seller's own courier, and the driver at delivery in one sentence. */
export const PAID_TO_DRIVER_AT_DELIVERY = new RegExp(
  `^(?![^]*(?:${OTHER_WAY.source}))(?![^]*(?:${OURS.source}))[^]*?(?:${AT_DELIVERY}${SENTENCE}${CARRIER_OR_DRIVER}|${CARRIER_OR_DRIVER}${SENTENCE}${AT_DELIVERY})`,
  'u',
);
