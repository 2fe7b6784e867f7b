import { sentenceRange, type TextContext } from './text-context';

/**
 * An address named to be distrusted: "an e-mail from 'service@alibaba-order-pay.net' is not from us", "mails from
 * billing@… are fake", "el correo de pagos@… no es nuestro", "les mails de …@… ne viennent pas de nous", "письма с
 * адреса … не от нас", "…@… 发来的邮件不是我们的". A seller's phishing warning gives the impostor's address so that the
 * buyer ignores it; nobody is asked to write there. Only the address so disowned is set aside: another address in the
 * same message ("…, write to me at lily@…") is read as before. Words over normalised text.
 */
const DISOWNED_AFTER = new RegExp(
  [
    // "… — it is fake", "…, this is not ours": the address, then a pronoun that disowns it.
    "^['\"’”»)\\]>\\s]{0,3}\\s*[-—–,;:]?\\s*(?:it|this|that|they|these)\\s*(?:is|'s|are)\\s+(?:fake|phishing|a\\s+(?:fake|scam|phishing)|not\\s+(?:ours|from\\s+us|our\\s+(?:e-?mail|address)))\\b",
    "^['\"’”»)\\]>\\s]{0,3}(?:\\s*(?:is|are|was|were)\\s+(?:not\\s+(?:from\\s+us|ours|our\\s+(?:e-?mail|address|mail)|sent\\s+by\\s+us|(?:an?\\s+)?(?:official|real|genuine))|fake|false|a\\s+(?:fake|scam|phishing)|phishing|fraudulent|a\\s+scam)|\\s*(?:isn'?t|aren'?t|wasn'?t)\\s+(?:from\\s+us|ours|ours))",
    "^['\"’”»)\\]>\\s]{0,3}\\s*(?:no\\s+(?:es|son)\\s+(?:de\\s+nosotros|nuestr[oa]s?)|es\\s+falso|son\\s+falsos|nao\\s+(?:e|sao)\\s+(?:noss[oa]s?|de\\s+nos)|(?:n'est|ne\\s+sont)\\s+pas\\s+(?:de\\s+nous|le\\s+notre|les\\s+notres|a\\s+nous)|(?:ist|sind)\\s+nicht\\s+von\\s+uns|(?:ist|sind)\\s+gefalscht)\\b",
    '^[\'"’”»)\\]>\\s]{0,3}\\s*(?:—\\s*|-\\s*)?(?:это\\s+)?не\\s+(?:от\\s+нас|наш\\p{L}*)|^\\S{0,8}?(?:不是我们|不是我們|并非我们|並非我們|是假的|是骗子|是騙子)',
  ].join('|'),
  'u',
);
/** "fake / phishing e-mails from …", "do not reply to …" just before the address. */
const DISOWNED_BEFORE =
  /\b(?:ignore|delete|block|report)\s+(?:any|all|every|the|this|such)?\s*(?:e-?mails?|mails?|messages?)\s+(?:sent\s+)?from\s+['"‘“«(]?\s*$|\b(?:fake|false|phishing|spoofed|fraudulent|scam|bogus)\s+(?:\w+\s+)?(?:e-?mails?|mails?|messages?|address(?:es)?|senders?)\s+(?:from\s+|like\s+|such\s+as\s+)?['"‘“«(]?\s*$|\b(?:do\s+not|don'?t|never)\s+(?:reply|answer|respond|write|pay)\s+(?:to\s+)?['"‘“«(]?\s*$/u;

/**
 * The address given as the writer's own or as a wallet: "My PayPal lily@… is not official", "PayPal: lily@… — it's not
 * ours, it's my personal one". Disowning a payee that the writer just named as theirs is no phishing warning.
 */
const OWNED_BEFORE =
  /(?:\b(?:my|our|mine)\s+(?:\S+\s+){0,2}?|\b(?:paypal|pay\s+pal|payoneer|wise|skrill|zelle|venmo|alipay|wallet|e-?wallet|account|acc|payee|beneficiary|收款\S{0,4})\b\s*(?:account|acc|id|e-?mail|address)?\s*(?:is\s+)?[:：=\-–—]?\s*)['"‘“«(]?\s*$/u;
/**
 * Money asked for in the sentence: "…, send the balance there", "pay it via PayPal F&F", "переведите", "付款到". Told
 * of the impostor ("fake mails … ask you to pay") or forbidden ("do not pay to it") it asks nothing.
 */
const ASKED_TO_PAY =
  /(?<!\b(?:asks?|asking|asked|requests?|requesting|requested|want|wants|tell|tells|telling)\s+(?:you\s+|buyers\s+|customers\s+)?to\s+)(?<!\b(?:not|never|don'?t|no)\s+)\b(?:pay|send|transfer|wire|remit|deposit|pague\w*|envie\w*|transfiera\w*|zahlen\s+sie|uberweisen\s+sie|bayar|kirim|transfer)\b|(?<![\p{L}])(?:оплатите|переведите|отправьте)(?![\p{L}])|(?:请|請)?(?:付款|转账|轉帳|汇款|匯款|打款)(?:到|至|给|給)/u;

/** The address at [start, end) is disowned in its own words, and neither named as the writer's nor asked to be paid. */
export function isDisownedAddress(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const before = text.slice(Math.max(0, start - 50), start);
  if (!(DISOWNED_AFTER.test(text.slice(end, end + 60)) || DISOWNED_BEFORE.test(before))) return false;
  if (OWNED_BEFORE.test(before)) return false;
  // The sentence less the address itself ("pay@alibaba-…" asks nothing).
  const [a, b] = sentenceRange(tc, start, end);
  return !ASKED_TO_PAY.test(`${text.slice(a, start)} ${text.slice(end, b)}`);
}
