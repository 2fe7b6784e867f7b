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
