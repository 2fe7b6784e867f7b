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
// "paypal" glued to what follows ("paypalf&f" once "p a y p a l f&f" is closed up) is still PayPal. A Pix key may be an
// e-mail address ("chave Pix: loja@gmail.com", "pague pelo nosso Pix: …@…", "faz o Pix para …"): the key is the payee
// (red team, stop 47). Pix only with a Portuguese word before it, or as a key: the English "pix" is photos ("more pix").
const PIX_KEY =
  /\bchave\s+(?:do\s+|de\s+)?pix\b|\bpix\s*(?:key|chave)\b|\b(?:pelo|por|via|nosso|meu|minha|seu|o|do|um)\s+pix\b/u;
const PAYEE_BY_MAIL = new RegExp(
  `\\bpay\\s?pal|\\b(?:payoneer|skrill|zelle|interac|mercado\\s?pago)\\b|${PIX_KEY.source}`,
  'u',
);
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

/** The e-mail at [start, end) is the payee's address of a payment service named in its sentence (or a Pix key). */
export function mailNamesPayee(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return (PAYEE_BY_MAIL.test(sentence) || SERVICE_AS_MEANS.test(sentence)) && !TALK.test(sentence);
}

/**
 * The e-mail at [start, end) is a Pix key: the account itself, never a mailbox to write to, so the contact rule leaves
 * it to the payment rules. A PayPal address stays a contact too ("pay me there, my email …", round 11).
 */
export function mailIsPixKey(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return PIX_KEY.test(sentence) && !TALK.test(sentence);
}

/**
 * The seller's own mailbox named as where the money goes, with the address given (stop 55): "pay by PayPal to my
 * e-mail tom@…", "paga por PayPal a mi correo …", "para o meu email …", "на мою почту …", "付款到我的邮箱 …". The
 * address is the payee's, and it is the seller's own mailbox too: the buyer now holds a line to write to outside the
 * chat. A bare "my PayPal: x@…" or "meu email paypal: …" names only the account, as the corpora label it.
 */
const TO_MY_MAILBOX =
  /\b(?:to|into|a|al|para|pro|pra|an|auf|na|ke|vao|qua|sur|nel|sulla|do)\s+(?:(?:o|a|la|il|la\s+mia|il\s+mio)\s+)?(?:my|our|mi|nuestro|meu|minha|nosso|mon|ma|notre|meine?|unsere?|mio|mia|nostro|nostra|moj\w*|nasz\w*)\s+(?:(?:personal|private|own|personnel|personale|prywatn\w*)\s+)?(?:e-?mail|mail|correo|courriel|adresse(?:\s+(?:e-?)?mail)?|endereco\s+de\s+e-?mail|casella\s+(?:e-?mail|di\s+posta)|skrzynk\w*)\b|\bke\s+(?:e-?mail|surel)\s+(?:saya|kami|aku)\b|\b(?:vao|qua|toi)\s+(?:e-?mail|mail)\s+(?:cua\s+)?(?:em|toi|minh|shop)\b|\be-?posta(?:m|miz)a\b|(?<![\p{L}])на\s+(?:мою|нашу|мой|наш)\s+(?:(?:электронную\s+)?почт\p{L}*|имейл\p{L}*|e-?mail|мейл\p{L}*)|(?:到|至|给|給|进|進)(?:我|我们|我們)的?(?:邮箱|郵箱|电邮|電郵)|(?:私|弊社)の(?:メール(?:アドレス)?)(?:に|へ|宛)/u;

/** True when the payment e-mail at [start, end) is said, in its sentence, to be the seller's own mailbox paid to. */
export function payeeMailboxIsOwn(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  return TO_MY_MAILBOX.test(tc.norm.text.slice(a, b));
}
