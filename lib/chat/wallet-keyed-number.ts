/**
 * The buyer's phone number asked for as the key of a wallet that pays by phone (stop 56): "dați-mi numărul de telefon de
 * Revolut", "pásame tu número de Bizum", "o seu número do MB Way", "your Zelle / Venmo phone number", "votre numéro
 * Lydia", "il numero Satispay", "Ihre Swish-Nummer", "numer do BLIK", "номер для СБП", "nomor GoPay / OVO / DANA",
 * "số MoMo", "GCash number". The number is where money is sent, which the payment rules judge; it moves no talk.
 * Only when no chat app and no word of talking is beside it ("your WhatsApp number for the Revolut refund" still asks).
 * Words over normalised text (accents folded).
 */
const WALLET =
  '(?:revolut|bizum|mb\\s?way|pix|zelle|venmo|cash\\s?app|swish|vipps|mobilepay|blik|twint|satispay|lydia|paylib|wero|m-?pesa|gcash|maya|momo|zalopay|viettel\\s?money|gopay|ovo|dana|shopeepay|paynow|payme|upi|phonepe|paytm|google\\s?pay|gpay|yape|plin|nequi|daviplata|sinpe|kaspi|сбп|сбер\\p{L}*|киви|qiwi|payconiq|tikkie)';
const NUMBER_WORD =
  '(?:number|no\\.?|numero|numarul|nummer|numer|nomor|so|номер\\p{L}*|رقم|号码|號碼|手机号|手機號)';
const TALK =
  /whats\s?app|wechat|telegram|viber|zalo|line\b|signal|skype|\b(?:chat|talk|contact|call|write|message|text)\b|llam|escrib|ligar|appel|chiam|anruf|schreib|звон|пиш|محادث/u;
// Right after the ask: "… de Revolut", "… for Zelle", "… (de telefon) de Revolut" — nothing else may stand between, so
// "send me your number, Maya from sales will call" names a person, not the wallet.
const WALLET_NUMBER_AFTER = new RegExp(
  `^\\s*(?:-\\s*)?(?:(?:de\\s+)?(?:telefon\\w*|phone|mobile|celular|movil)\\s+)?(?:(?:de|do|da|du|del|di|for|of|on|in|fur|pour|per|para|pra|na|dla|ke|cua|для|в|на|في)\\s+)?(?:(?:your|tu|su|seu|votre|ihr\\w*|il\\s+tuo)\\s+)?${WALLET}(?![\\p{L}])`,
  'u',
);
const WALLET_NUMBER_BEFORE = new RegExp(`${WALLET}[\\s-]*(?:(?:phone|mobile|cell|telefon\\w*)\\s+)?$`, 'u');
const NUMBER_AT_END = new RegExp(
  `${NUMBER_WORD}(?:\\s+(?:de\\s+)?(?:telefon\\w*|phone|mobile|celular|movil))?\\s*$`,
  'u',
);

/** True when the ask at [start, end) is for the number of a phone-keyed wallet, with no talk beside it. */
export function walletKeyedNumber(text: string, start: number, end: number): boolean {
  const hit = text.slice(start, end);
  if (!NUMBER_AT_END.test(hit) && !/\b(?:telefon\w*|phone|mobile)\s*$/u.test(hit)) return false;
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 40), start);
  const wallet =
    WALLET_NUMBER_AFTER.test(after) ||
    WALLET_NUMBER_BEFORE.test(before) ||
    new RegExp(`${WALLET}`, 'u').test(hit);
  return wallet && !TALK.test(`${before.slice(-20)} ${hit} ${after.slice(0, 25)}`);
}
