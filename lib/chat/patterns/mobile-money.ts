import { anyOf, type ChatPattern } from '../match';

/**
 * Mobile money wallets of Africa and South Asia, named as the way to send the money: Kenya's and Tanzania's M-Pesa
 * ("Tuma pesa kupitia M-Pesa namba 0712…", "send via Mpesa", "lipa na M-Pesa"), Airtel Money, Tigo Pesa, MTN MoMo
 * ("MoMo" alone is read with the wallets already), Orange Money, EcoCash, Wave, OPay, PalmPay, Chipper Cash, bKash,
 * Nagad, JazzCash and Easypaisa. Like the other wallets (offplatform-payment.ts) they are brand words, refused by a
 * "not" anywhere in the clause; "Pesa" alone (money) and "wave" alone (a wave) are no wallet. Modelled on East and
 * West African marketplace warnings against paying sellers by mobile money. The writer telling how it pays ("we pay
 * our workers by Wave") asks nothing of the reader.
 */
export const MOBILE_MONEY_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /pesa|airtel|orange|ecocash|wave|opay|palmpay|chipper|bkash|nagad|jazzcash|easypaisa|mtn|جاز|ایزی|ایزى|বকশ/,
    negationSpreads: true,
    brandWord: true,
    // "We pay by Wave in Senegal", "we pay our workers via M-Pesa": the writer is the one paying, telling how its
    // own payments go, not asking the reader to pay ("we pay you back" or an account of ours still count).
    unless:
      /\b(?:we|i)\s+(?:always\s+|usually\s+|also\s+|normally\s+|only\s+)?(?:pay|paid)\s+(?:(?!you\b|u\b|back\b)\w+\s+){0,3}?(?:via|by|on|through|with)\b(?![^.!?\n]{0,40}\b(?:you|your|u|number|account|to\s+(?:my|our|me|us))\b)/u,
    re: anyOf(
      // JazzCash and Easypaisa in Urdu letters, bKash in Bengali ones ("বিকাশ", vowel signs dropped by normalise.ts:
      // "বকশ"; Nagad, "নগদ", is also "cash" and is left to the Bengali lexicon) (stop 49).
      '(?<![\\p{L}])(?:جاز\\s?کیش|ایزی\\s?پیس[ہه]|ایزى\\s?پیس[ہه]|বকশ)\\p{L}{0,3}(?![\\p{L}])',
      '\\bm[\\s-]?pesa\\b|\\btigo\\s?pesa\\b|\\bairtel\\s+money\\b|\\borange\\s+money\\b|\\becocash\\b|\\bmtn\\s+(?:momo|mobile\\s+money)\\b|\\b(?:opay|palmpay|chipper\\s?cash|bkash|nagad|jazz\\s?cash|easypaisa)\\b',
      // "Wave" only as a wallet: after a word of paying or sending, or before "money / number / account".
      '\\b(?:via|by|on|through|with|kupitia|kwa|par|avec)\\s+wave\\b(?!\\s+(?:pattern|design|style|shape|spring|washer|guide|form))|\\bwave\\s+(?:money|mobile\\s+money|number|account|au\\s+numero)\\b',
    ),
  },
];
