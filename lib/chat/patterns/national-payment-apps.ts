import { anyOf, type ChatPattern } from '../match';
import { REFUND_TO_ORIGINAL_METHOD } from '../refund-to-original';

// "We pay our workers via Swish", "we always pay suppliers with BLIK": the writer telling how it pays, not asking.
const WRITER_OR_REFUND = new RegExp(
  `\\b(?:we|i)\\s+(?:always\\s+|usually\\s+|also\\s+|normally\\s+|only\\s+)?(?:pay|paid)\\s+(?:(?!you\\b|u\\b|back\\b)\\w+\\s+){0,3}?(?:via|by|on|through|with)\\b(?![^.!?\\n]{0,40}\\b(?:you|your|u|number|account|to\\s+(?:my|our|me|us))\\b)|${REFUND_TO_ORIGINAL_METHOD.source}`,
  'u',
);

/**
 * A clause that sends money somewhere: a request to pay or transfer ("pay me", "оплатите", "to'lang", "төлеңіз",
 * "zapłać", "pague"), or a payee ("to my number", "на номер", "по номеру", a phone number's digits). A product
 * that merely takes a wallet ("terminal accepts payment by SBP", "video transfer at 60 fps") names no payee.
 */
export const PAID_TO_SOMEONE = new RegExp(
  [
    '(?<!(?:google|apple|samsung|kaspi)\\s)\\bpay\\b(?!\\s+now\\s+button)|\\bpaid\\s+to\\b|\\bsend\\s+(?:me|us|it|the\\s+(?:money|payment|amount|balance|deposit))\\b|\\b(?:transfer|wire)\\s+(?:it|me|us|to|the\\s+(?:money|payment|amount|balance|deposit))\\b',
    '(?<![\\p{L}])(?:оплатите|оплати|оплатить|переведите|переведи|перевести|переводите|скиньте|скинь|отправьте\\s+деньги|по\\s+номеру|на\\s+(?:мой|наш|номер|карту)|төле\\p{L}*|аудар\\p{L}*)(?![\\p{L}])',
    '\\bto.?la(?:ng|y|sh|s|b|g|m)\\w*|\\bto.?lov\\w*|\\bo.?tkaz\\w*|\\braqam\\w*|\\bzap(?:l|ł)ac\\w*|\\bprzel(?:ej|ew)\\w*|\\bwp(?:l|ł)ac\\w*|\\bbetaal\\b|\\bbetalen\\b|\\bovermaken\\b|\\bpayez\\b|\\bpayer\\b|\\bvirez\\b|\\bpag(?:ue|ar|a|ame)\\b|\\bpasame\\b|\\btransfi(?:era|ra)\\b|\\bbayar\\w*|\\bmagbayad\\b|\\bzahlen\\b|\\buberweisen\\b',
    '付款|转账|轉賬|轉帳|付钱|付錢|過數|俾錢|付给|付給',
    '\\b(?:my|our|mi|meu|mon|mein\\w*|moj\\w*)\\s+(?:\\w+\\s+)?(?:number|numero|nummer|numer|phone|account|cuenta|conta)\\b',
    '(?<![\\w.])\\+?\\d(?:[\\s-]?\\d){7,}',
  ].join('|'),
  'u',
);

/** The writer or the writer's own number or account as the payee: "to my number", "to me", "a mi número". */
const TO_THE_WRITER =
  /\b(?:to|a|al|para|an|au|na)\s+(?:me|us|my|our|mi|mis|meu|minha|mein\w*|mon|ma|nuestr\w*|noss\w*)\b(?:\s+(?:\w+\s+)?(?:number|numero|nummer|phone|mobile|account|cuenta|conta|konto|compte|celular|email|e-mail))?|\bpay\s+me\b/u;

/**
 * Each country's person-to-person instant payment app, named as the way to pay or to refund: money sent there goes
 * to a phone number or a person, never through the order. Written as their users write them, with the verbs and
 * case endings the names take: Sweden's Swish ("swisha 300 kr", "betala med Swish"; the English noun "swish" is no wallet), Denmark's and Finland's MobilePay ("MobilePaylla"),
 * Norway's Vipps ("vippse"), Italy's Satispay and PostePay, Switzerland's Twint, Poland's BLIK ("blikiem"),
 * Portugal's MB Way, Belgium's Payconiq, France's Lydia, Paylib and Wero, Peru's Yape and Plin, Colombia's Nequi and
 * Daviplata, Costa Rica's SINPE Móvil, Brazil's PicPay, Argentina's Ualá, Canada's Interac e-Transfer, Australia's
 * PayID, Singapore's PayNow and PayLah, Hong Kong's PayMe and FPS (轉數快), India's UPI and BHIM, Malaysia's
 * Touch 'n Go, the Philippines' Maya, Russia's SBP (СБП, "Система быстрых платежей") and card transfers "на Сбер /
 * Тинькофф", Ukraine's monobank and Privat24, Kazakhstan's Kaspi, Uzbekistan's Click and Payme, Saudi Arabia's STC
 * Pay and Bahrain's BenefitPay. The wallets named elsewhere (offplatform-payment.ts, mobile-money.ts) are not
 * repeated. A name that is also an everyday word, a product or a person (Click, Lydia, Maya, Payme, Kaspi, "fps",
 * "touch and go", Dutch "blik" = a tin, a QR stand or terminal "for SBP") counts only where the clause asks for
 * money to go somewhere (PAID_TO_SOMEONE): a logo sticker, a safe model, a 3D tool or a dimming mode asks nothing.
 * Like the other wallets they are brand words: a "not" in the clause refuses them, a description ("Swish-style logo") is no request, and a refund back to the buyer's original method asks nothing.
 * A wallet at the platform's own checkout is spared by the guards, as for Pix or Mercado Pago.
 */
export const NATIONAL_PAYMENT_APP_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /swish|mobile ?pay|vipps|satispay|postepay|twint|blik|mb ?way|payconiq|lydia|paylib|wero|yape|plin|nequi|daviplata|sinpe|picpay|uala|interac|payid|paynow|paylah|payme|пейми|fps|转数快|轉數快|upi|bhim|touch|tng|maya|сбп|sbp|быстрых платеж|сбер|sber|тинькофф|tinkoff|монобанк|monobank|приват|privat|kaspi|каспи|click|stc ?pay|benefit ?pay/,
    negationSpreads: true,
    brandWord: true,
    unless: WRITER_OR_REFUND,
    re: anyOf(
      // Names no everyday word shares, with the verbs and endings they take ("swishar", "MobilePaylla", "blikiem").
      '\\bswish(?:a|ar|ade|at|nummer|nr)\\b|\\b(?:med|via|by|with|per|pa|on|through|thru|pay\\w*|betal\\w*)\\s+swish\\b|\\bswish\\s+(?:to|till|number|nr|nummer|me|mig|oss|us|or|eller|payment|betalning)\\b|\\bmobile\\s?pay\\w*|\\bvipps\\w*|\\bvippse\\w*|\\bsatispay\\w*|\\bpostepay\\w*|\\btwint\\w*|\\bblik(?:iem|a|u)\\b|\\bmb\\s?way\\b|\\bpayconiq\\b|\\bpaylib\\b|\\bwero\\b|\\byape(?:a\\w*|e\\w*|o)?\\b|\\bnequi\\b|\\bdaviplata\\b|\\bsinpe(?:\\s+movil)?\\b|\\bpicpay\\b|\\binterac\\b|\\bpayid\\b|\\bpaynow\\b|\\bpaylah\\b|(?<![\\p{L}])пейми(?![\\p{L}])|转数快|轉數快|\\bupi(?:\\s+id)?\\b|\\bbhim\\b|\\btng\\s+e?wallet\\b|\\bpaymaya\\b|\\bstc\\s?pay\\b|\\bbenefit\\s?pay\\b',
      // Russia's SBP and the cards people send to by the bank's name; Ukraine's monobank and Privat24.
      '(?<![\\p{L}])(?:на|через|в)\\s+(?:карт\\p{L}*\\s+)?(?:сбер\\p{L}*|тинькофф\\p{L}*|тинькоф\\p{L}*|монобанк\\p{L}*|моно)(?![\\p{L}])|монобанк\\p{L}*|\\bmonobank\\b|приват\\s?24|\\bprivat\\s?24\\b|\\b(?:sberbank|tinkoff)\\b',
      `\\b(?:por|al|a|o|y|yape)\\s+plin\\b|\\bplin\\s+(?:o|y)\\s+yape\\b|\\b(?:por|via|con|pag\\w*|transfer\\w*)\\s+uala\\b`,
    ),
  },
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /click|payme|kaspi|каспи|touch|tng|blik|fps|maya|lydia|сбп|sbp|быстрых платеж/,
    needs: PAID_TO_SOMEONE,
    negationSpreads: true,
    brandWord: true,
    unless: WRITER_OR_REFUND,
    re: anyOf(
      // "Click yoki Payme orqali", "Kaspi арқылы", "par Lydia", "GCash or Maya", "pay by FPS", "по СБП", a bare "blik".
      "\\bclick\\s+(?:yoki|va|ili|или|orqali|ga\\s+\\w+)\\b|\\b(?:payme|yoki|va|ili|или)\\s+click\\b|\\bpayme\\b|\\bkaspi\\b|(?<![\\p{L}])каспи\\p{L}*|\\btouch\\s?(?:'?n'?|and)\\s?go\\b|\\bblik\\b",
      '\\b(?:par|via|sur|avec|en|pay\\w*|by)\\s+lydia\\b|\\b(?:gcash|via|thru|through|sa|by|pay\\w*)\\s+(?:or\\s+|o\\s+)?maya\\b|\\b(?:pay\\w*|transfer\\w*|via|by|through|thru)\\s+fps\\b|\\bfps\\s+(?:id|transfer|payment)\\b',
      '(?<![\\p{L}])сбп(?![\\p{L}])|\\bsbp\\b|систем\\p{L}*\\s+быстрых\\s+платеж\\p{L}*',
    ),
  },
  {
    // Google Pay, Apple Pay and Samsung Pay are checkout methods too ("Google Pay is now supported at checkout"), but
    // sent to the writer's own number or account they are a transfer to a person, as in India's GPay.
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /pay/,
    needs: TO_THE_WRITER,
    negationSpreads: true,
    brandWord: true,
    unless: WRITER_OR_REFUND,
    re: anyOf('\\b(?:google|g|apple|samsung)\\s?pay\\b'),
  },
];
