import { anyOf, type ChatPattern } from '../match';
import { REFUND_TO_ORIGINAL_METHOD } from '../refund-to-original';

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
 * repeated. A name that is also an everyday word (Click, Lydia, Plin, Maya, "fps") counts only beside a word of
 * paying or another wallet. Like the other wallets they are brand words: a "not" in the clause refuses them, a
 * description ("Swish-style logo") is no request, and a refund back to the buyer's original method asks nothing.
 * A wallet at the platform's own checkout is spared by the guards, as for Pix or Mercado Pago.
 */
export const NATIONAL_PAYMENT_APP_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /swish|mobile ?pay|vipps|satispay|postepay|twint|blik|mb ?way|payconiq|lydia|paylib|wero|yape|plin|nequi|daviplata|sinpe|picpay|uala|interac|payid|paynow|paylah|payme|пейми|fps|转数快|轉數快|upi|bhim|touch|tng|maya|сбп|sbp|быстрых платеж|сбер|sber|тинькофф|tinkoff|монобанк|monobank|приват|privat|kaspi|каспи|click|stc ?pay|benefit ?pay/,
    negationSpreads: true,
    brandWord: true,
    // "We pay our workers via Swish", "we always pay suppliers with BLIK": the writer telling how it pays, not asking.
    unless: new RegExp(
      `\\b(?:we|i)\\s+(?:always\\s+|usually\\s+|also\\s+|normally\\s+|only\\s+)?(?:pay|paid)\\s+(?:(?!you\\b|u\\b|back\\b)\\w+\\s+){0,3}?(?:via|by|on|through|with)\\b(?![^.!?\\n]{0,40}\\b(?:you|your|u|number|account|to\\s+(?:my|our|me|us))\\b)|${REFUND_TO_ORIGINAL_METHOD.source}`,
      'u',
    ),
    re: anyOf(
      // Names no everyday word shares, with the verbs and endings they take ("swishar", "MobilePaylla", "blikiem").
      "\\bswish(?:a|ar|ade|at|nummer|nr)\\b|\\b(?:med|via|by|with|per|pa|on|through|thru|pay\\w*|betal\\w*)\\s+swish\\b|\\bswish\\s+(?:to|till|number|nr|nummer|me|mig|oss|us|or|eller|payment|betalning)\\b|\\bmobile\\s?pay\\w*|\\bvipps\\w*|\\bvippse\\w*|\\bsatispay\\w*|\\bpostepay\\w*|\\btwint\\w*|\\bblik(?:iem|a|u)?\\b|\\bmb\\s?way\\b|\\bpayconiq\\b|\\bpaylib\\b|\\bwero\\b|\\byape(?:a\\w*|e\\w*|o)?\\b|\\bnequi\\b|\\bdaviplata\\b|\\bsinpe(?:\\s+movil)?\\b|\\bpicpay\\b|\\binterac\\b|\\bpayid\\b|\\bpaynow\\b|\\bpaylah\\b|\\bpayme\\b|(?<![\\p{L}])пейми(?![\\p{L}])|转数快|轉數快|\\bupi(?:\\s+id)?\\b|\\bbhim\\b|\\btouch\\s?(?:'?n'?|and)\\s?go\\b|\\btng\\s+e?wallet\\b|\\bpaymaya\\b|\\bkaspi\\b|(?<![\\p{L}])каспи\\p{L}*|\\bstc\\s?pay\\b|\\bbenefit\\s?pay\\b",
      // Russia's SBP and the cards people send to by the bank's name; Ukraine's monobank and Privat24.
      '(?<![\\p{L}])сбп(?![\\p{L}])|\\bsbp\\b|систем\\p{L}*\\s+быстрых\\s+платеж\\p{L}*|(?<![\\p{L}])(?:на|через|в)\\s+(?:карт\\p{L}*\\s+)?(?:сбер\\p{L}*|тинькофф\\p{L}*|тинькоф\\p{L}*|монобанк\\p{L}*|моно)(?![\\p{L}])|монобанк\\p{L}*|\\bmonobank\\b|приват\\s?24|\\bprivat\\s?24\\b|\\b(?:sberbank|tinkoff)\\b',
      // Everyday words that are wallets only beside a word of paying or another wallet: "Click yoki Payme orqali",
      // "par Lydia", "Yape o Plin", "GCash or Maya", "pay by FPS", "Ualá".
      `\\bclick\\s+(?:yoki|va|ili|или|orqali|ga\\s+\\w+)\\b|\\b(?:payme|yoki|va|ili|или)\\s+click\\b|\\b(?:par|via|sur|avec|en|pay\\w*|by)\\s+lydia\\b|\\b(?:yape|por|al|a|o|y)\\s+plin\\b|\\bplin\\s+(?:o|y)\\s+yape\\b|\\b(?:gcash|via|thru|through|sa|by|pay\\w*)\\s+(?:or\\s+|o\\s+)?maya\\b|\\b(?:pay\\w*|transfer\\w*|via|by|through|thru)\\s+fps\\b|\\bfps\\s+(?:id|transfer|payment)\\b|\\b(?:por|via|con|pag\\w*|transfer\\w*)\\s+uala\\b`,
    ),
  },
];
