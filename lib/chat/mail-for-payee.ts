import { sentenceRange, type TextContext } from './text-context';

/**
 * "You only pay the 8 USD shipping by PayPal to me, e-mail in my next message", "pague por PayPal, el correo va en el
 * siguiente mensaje": a service that names its payee by an e-mail address (PayPal, Payoneer, Skrill, Zelle, Interac;
 * Wise, Revolut and Venmo named as the means),
 * in the same sentence as the e-mail named or promised. The address is the account to pay, which the payment rule
 * reports; it does not move the talk. A bank transfer or an app is no such service ("pay by bank transfer, my e-mail
 * in the next message" still moves it), and a word of talking in the sentence ("…, we continue by e-mail", "contact me
 * there") keeps the move. Words over normalised text.
 */
// "paypal" glued to what follows ("paypalf&f" once "p a y p a l f&f" is closed up) is still PayPal.
const PAYEE_BY_MAIL = /\bpay\s?pal|\b(?:payoneer|skrill|zelle|interac|mercado\s?pago)\b/u;
/**
 * Wallets whose payee is a phone number, and a card named as where the money goes: "przelew BLIK na numer 600 700
 * 800", "manda por PIX, meu número …", "M-Pesa to 0712…", "верну на карту или через ЮMoney, напишите номер". The
 * number is the account, which the payment rule reports; said in the same sentence with no word of talking, it is
 * not a phone to call.
 */
const PAYEE_BY_NUMBER =
  /\b(?:blik|pix|m-?pesa|momo|airtel\s+money|bkash|nagad|nequi|daviplata|yape|plin|gcash|paymaya|maya|orange\s+money|upi|paytm|phonepe|promptpay|swish|mobilepay|vipps|twint|bizum|yoomoney|qiwi|card\s+number)\b|юmoney|(?<![\p{L}])(?:юмани|киви|сбп|(?:на|по)\s+карт\p{L}*|номер\p{L}*\s+карт\p{L}*)/u;
/** Calling the number, which makes it a phone as well as an account ("then call me on this number"). */
const CALL =
  /\b(?:call|ring|dial|phone\s+me|zadzwon\w*|llam\w*|ligue\w*|liga\w*|appel\w*|anruf\w*|ruf\w*\s+an|chiama\w*|telepon\w*|goi)\b|(?<![\p{L}])(?:звон|позвон|подзвон)\p{L}*/u;
/** Asking for the number or address itself ("напишите номер", "write your number"): data given, not talk. */
const WRITE_THE_HANDLE =
  /\b(?:write|escrib\w*|napisz\w*)\s+(?:\w+\s+)?(?:number|numero|numer|mail|e-?mail|correo)\b|(?<![\p{L}])напиш\p{L}*\s+(?:\p{L}+\s+)?(?:номер|почт|мейл)\p{L}*/gu;
/**
 * Wise, Revolut and Venmo also name their payee by e-mail, but "wise" is an English word ("price wise", "quality-wise,
 * email me"): they count only as the way money goes — after a word of means ("via Wise", "a me personalmente via Wise
 * (email: …)", "per Wise", "über Revolut", "con Venmo") or before a word of transfer or account ("Wise transfer").
 */
const MEANS =
  'via|by|per|con|with|through|using|tramite|attraverso|uber|ueber|par|por|pelo|pela|na|przez|met|ile|lewat|melalui|qua|bang|su|on|mit|en|sur|no|au|a|nel|sul|op';
const SERVICE_AS_MEANS = new RegExp(
  `\\b(?:${MEANS})\\s+(?:wise|revolut|venmo)\\b|\\b(?:wise|revolut|venmo)\\s+(?:transfer|account|payment|pay|e-?mail|mail|id|konto|conto|cuenta|compte|bonifico|ueberweisung|uberweisung|transferencia|virement|przelew)\\w*`,
  'u',
);
/** Talking, writing or answering, in the languages the mail patterns read: the mailbox is also where the talk goes. */
const TALK =
  /\b(?:contact|reach|write|talk|chat|continue|discuss|reply|answer|respond|get\s+back|escrib|contact|ecri|repond|schreib|antwort|fale|fala|convers|hablamos|seguimos|continu|scriv|contatt|sentiam|napisz|schrijf|mail\s+me|yaz|hubungi|nhan\s+tin)\w*|\b(?:e-?mail|mail|message|msg|text)\s+(?:me|us)\b|(?<![\p{L}])(?:пиш|напиш|связ)\p{L}*|联系|聯繫|聊|回复|回覆/u;

/** The e-mail at [start, end) is the payee's address of a payment service named in its sentence. */
export function mailNamesPayee(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return (PAYEE_BY_MAIL.test(sentence) || SERVICE_AS_MEANS.test(sentence)) && !TALK.test(sentence);
}

/**
 * A word of carrying on the talk anywhere in the message ("wyślij SMS na ten numer", "дальше общаемся там", "same
 * number for updates", "seguimos por ahí", "add this number on Line", "we close outside the platform"): the wallet's
 * number is then also where the talk goes, so the move stands.
 */
const CONTINUES =
  /\b(?:sms|text\s+me|ping\s+me|add\s+(?:this|that|my|the\s+same)\s+(?:number|no)|same\s+(?:number|no)|updates?|deal\s+there|close\s+(?:it\s+)?(?:there|outside)|finish\s+(?:it|the\s+deal)\s+there|outside\s+(?:the\s+|of\s+the\s+)?(?:platform|app|site|alibaba)|off\s+(?:the\s+)?(?:platform|app)|not\s+on\s+(?:alibaba|the\s+platform|the\s+app)|no\s+need\s+for\s+the\s+(?:app|platform)|whats\w*|wa|viber|telegram|wechat|(?:on|via|na|en|by|no)\s+line|line\s+(?:id|app)|keep\s+in\s+touch|seguimos|hablamos|hablando|coordin\w*|quedamos|ahi|ali|alla|por\s+l[aá]|me\s+(?:manda|mande|chama|liga|escreve)\w*|fuera\s+de\s+la\s+(?:app|plataforma)|sin\s+la\s+(?:app|plataforma)|fora\s+d[ao]\s+(?:app|site|plataforma)|sem\s+(?:o\s+|a\s+)?(?:app|site|plataforma)|dalej|ustal\w*|poza\s+platform\w*|ket\s+ban|ngoai\s+san|lien\s+he|nhan\s+tin|zalo)\b|(?<![\p{L}])(?:дальше|обща\p{L}*|переписк\p{L}*|вне\s+площадк\p{L}*|смс|вотсап\p{L}*|ватсап\p{L}*|телеграм\p{L}*)/u;
/** A number labelled as a phone or chat ("номер телефона для вопросов", "WhatsApp: …", "tel."): a phone, never a handle. */
const PHONE_LABEL =
  /(?:\b(?:phone|tel|telf|telefon\w*|telefono|telephone|mobile|mob|cell|celular|movil|handy|hp|whats\w*|wa|zap\w*)\b|(?<![\p{L}])(?:телефон\p{L}*|тел))[\s.:：#-]*(?:no\.?|nr\.?|number|numero|número|номер\p{L}*)?[\s.:：#-]*$/u;
/** Another number or mailbox before the handle: only the first one after the wallet is its own. */
const OTHER_HANDLE = /\d{3}|@/u;
/** At most this many words between the wallet word and its handle ("BLIK na numer 600…", "Mercado Pago: x@y"). */
const NEAR_WORDS = 5;

/** The wallet or card word closes within a few words before `start` (or, for an ask, just after its end). */
function walletNear(sentence: string, at: number, end: number, asked: boolean): boolean {
  const re = new RegExp(`${PAYEE_BY_NUMBER.source}|${PAYEE_BY_MAIL.source}|${SERVICE_AS_MEANS.source}`, 'gu');
  for (const m of sentence.matchAll(re)) {
    const mEnd = (m.index ?? 0) + m[0].length;
    const gap =
      mEnd <= at
        ? sentence.slice(mEnd, at)
        : asked && (m.index ?? 0) >= end
          ? sentence.slice(end, m.index)
          : null;
    if (gap === null || OTHER_HANDLE.test(gap)) continue;
    if ((gap.match(/[\p{L}\p{N}]+/gu) ?? []).length <= NEAR_WORDS) return true;
  }
  return false;
}

/**
 * The number or address at [start, end) is the payee's own handle of a wallet or card: it follows the wallet word
 * within a few words ("BLIK na numer 600 700 800", "Mercado Pago: x@y"; an ask for the handle, "напишите номер",
 * may also come just before it), it is the first number after that word, it carries no phone or chat label, the
 * sentence says nothing of talking or calling, and the message says nothing of carrying the talk on (SMS, "same
 * number", "дальше общаемся"). A red team sent a second number, a "номер телефона" and "then SMS this number" past the
 * looser reading; a scam silenced costs more than a double flag.
 */
export function handleNamesPayee(tc: TextContext, start: number, end: number, asked = false): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  if (!PAYEE_BY_MAIL.test(sentence) && !SERVICE_AS_MEANS.test(sentence) && !PAYEE_BY_NUMBER.test(sentence))
    return false;
  if (CONTINUES.test(tc.norm.text)) return false;
  if (PHONE_LABEL.test(tc.norm.text.slice(Math.max(0, start - 30), start))) return false;
  if (!walletNear(sentence, start - a, end - a, asked)) return false;
  return !TALK.test(sentence.replace(WRITE_THE_HANDLE, ' ')) && !CALL.test(sentence);
}
