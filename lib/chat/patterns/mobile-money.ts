import { anyOf, type ChatPattern } from '../match';

/**
 * Mobile money wallets of Africa and South Asia, named as the way to send the money: Kenya's and Tanzania's M-Pesa
 * ("Tuma pesa kupitia M-Pesa namba 0712…", "send via Mpesa", "lipa na M-Pesa"), Airtel Money, Tigo Pesa, MTN MoMo
 * ("MoMo" alone is read with the wallets already), Orange Money, EcoCash, Wave, OPay, PalmPay, Chipper Cash, bKash,
 * Nagad, JazzCash and Easypaisa. Like the other wallets (offplatform-payment.ts) they are brand words, refused by a
 * "not" anywhere in the clause; "Pesa" alone (money) and "wave" alone (a wave) are no wallet. Modelled on East and
 * West African marketplace warnings against paying sellers by mobile money.
 */
export const MOBILE_MONEY_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /pesa|airtel|orange|ecocash|wave|opay|palmpay|chipper|bkash|nagad|jazzcash|easypaisa|mtn/,
    negationSpreads: true,
    brandWord: true,
    re: anyOf(
      '\\bm[\\s-]?pesa\\b|\\btigo\\s?pesa\\b|\\bairtel\\s+money\\b|\\borange\\s+money\\b|\\becocash\\b|\\bmtn\\s+(?:momo|mobile\\s+money)\\b|\\b(?:opay|palmpay|chipper\\s?cash|bkash|nagad|jazz\\s?cash|easypaisa)\\b',
      // "Wave" only as a wallet: after a word of paying or sending, or before "money / number / account".
      '\\b(?:via|by|on|through|with|kupitia|kwa|par|avec)\\s+wave\\b(?!\\s+(?:pattern|design|style|shape|spring|washer|guide|form))|\\bwave\\s+(?:money|mobile\\s+money|number|account|au\\s+numero)\\b',
    ),
  },
];
