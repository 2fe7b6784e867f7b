import { sentenceRange, type TextContext } from './text-context';

/**
 * The writer asks whether it may pay a certain way: "can I pay with GCash?", "¿puedo pagar con Bizum?", "kann ich
 * per Überweisung zahlen?", "我可以用支付宝付款吗？", "토스로 결제해도 되나요?", "क्या मैं … ट्रांसफर कर सकता हूँ?".
 * Whoever pays is the buyer: such a sentence is the buyer's own question (a page we could not attribute, or a
 * message pasted whole), not the seller steering the payment away. A seller asks "can YOU pay…", which stays a
 * request. Only the sentence of the question is spared: an answer after it ("yes, send it to my GCash") is read as
 * usual. Words over normalised text (lower-case, accents folded).
 */
const WRITER_MAY_PAY = new RegExp(
  [
    // en: "can / could / may I pay", "is it ok if I pay"; "can I use…" is left out ("can I use a PayPal invoice
    // for you?" is the seller's offer).
    '\\b(?:can|could|may|shall)\\s+i\\s+(?:also\\s+|just\\s+|still\\s+)?(?:pay|make\\s+(?:the\\s+)?payment(?!\\s+links?\\b)|transfer\\s+the\\s+(?:money|deposit|payment))\\b|\\b(?:is\\s+it|would\\s+it\\s+be)\\s+(?:ok|okay|possible|fine)\\s+(?:if|that|for)\\s+i\\s+(?:\\w+\\s+)?pay\\b',
    // es, pt, it, fr, de, nl, pl
    '\\b(?:puedo|podria|posso|poderia|potrei)\\s+(?:tambien\\s+|tambem\\s+|anche\\s+)?(?:pagar(?:le|te|lhe)?|pagare|hacer\\s+el\\s+pago|fazer\\s+o\\s+pagamento)\\b',
    '\\b(?:je\\s+peux|puis-je|pourrais-je|est-ce\\s+que\\s+je\\s+(?:peux|pourrais))\\s+(?:vous\\s+|te\\s+)?(?:payer|regler|effectuer\\s+le\\s+paiement)\\b',
    // Verb-last languages allow words between, but not a request to someone else ("kann ich Sie bitten, … zu zahlen").
    '\\b(?:kann|konnte|darf)\\s+ich\\s+(?:(?!sie\\b|dich\\b|euch\\b|bitten\\b|fragen\\b|zu\\b)\\S+\\s+){0,5}?(?:zahlen|bezahlen|uberweisen|begleichen)\\b|\\bkan\\s+ik\\s+(?:(?!u\\b|je\\b|jou\\b|vragen\\b|te\\b)\\S+\\s+){0,5}?(?:betalen|overmaken)\\b|\\bczy\\s+(?:moge|moglbym|moglabym)\\s+(?:(?!pana\\b|pania\\b|panstwa\\b|prosic\\b|poprosic\\b)\\S+\\s+){0,3}?(?:zaplacic|placic|oplacic)\\b',
    // tr "ödeyebilir miyim", id/ms "saya boleh bayar", vi "em trả … được không", tl "pwede ko bang bayaran"
    '\\bode(?:yebilir|sem)\\s?(?:mi|miyim)\\b|\\b(?:saya|aku|sy|sya)\\s+(?:boleh|bisa|dapat|blh)\\s+(?:(?!minta\\b|meminta\\b|mohon\\b)\\w+\\s+)?(?:bayar|transfer|tf)\\b',
    '\\b(?:toi|em)\\s+(?:co\\s+the\\s+)?(?:tra|thanh\\s+toan|chuyen\\s+khoan)\\b[^.!?\\n]{0,40}?\\bduoc\\s+(?:khong|ko|k)\\b',
    '\\b(?:pwede|puwede|pede)\\s+(?:po\\s+)?(?:ko\\s+)?(?:ba|bang)\\b[^.!?\\n]{0,40}?\\b(?:pambayad|magbayad\\s+(?:ako|ko)|ibayad\\s+ko|bayaran\\s+ko)\\b',
    // ru, uk
    '(?<![\\p{L}])(?:могу\\s+ли\\s+я|можно\\s+(?:ли\\s+)?мне|чи\\s+можу\\s+я|можу\\s+я)\\s+(?:(?!попрос|проси|вас\\b|тебя\\b|вам\\b)\\p{L}+\\s+){0,3}?(?:оплат|заплат|перевест|сплат|переказ)\\p{L}*',
    // ar: "هل يمكنني أن أدفع", "ممكن أدفع"
    '(?:يمكنني|أستطيع|استطيع|ممكن)\\s+(?:أن\\s+|ان\\s+)?(?:أدفع|ادفع|أحول|احول)',
    // zh, ja, ko, hi
    // The verb itself ("支付宝" names a wallet, "发…收款码" is the seller sending its code).
    '我(?:可以|能|可不可以|能不能|可否)(?:用|通过|通過|透过|透過|使用)?(?:(?!发|發|给你|給你)\\S){0,12}?(?:付款|支付(?![宝寶])|付钱|付錢|转账|轉帳|汇款|匯款)',
    // Japanese and Korean name no subject: only asking permission ("払ってもいいですか", "결제해도 되나요") is the payer's
    // question; "お支払いできますか" / "송금 가능할까요" from a seller asks the buyer to pay.
    '(?:払って|支払って|振り込んで|振込して|決済して)(?:も)?(?:いい|よい|大丈夫)(?:ですか|でしょうか)',
    '(?:결제|입금|송금|이체|계산)\\s?해도\\s?(?:되나요|될까요|되죠|돼요\\s?\\?|되요\\s?\\?|괜찮)',
    'क्या\\s+(?:मैं|हम)\\s+[^?।]{0,80}?(?:कर|दे|भेज)\\s+(?:सकता|सकती|सकते)',
  ].join('|'),
  'u',
);
const QUESTION = /[?？]|吗|嗎|ますか|나요|까요|\bduoc\s+(?:khong|ko|k)\b|\bmiyim\b/u;

/**
 * Someone else paid or the money sent to the writer's own wallet in the same sentence: "…and you pay the rest by
 * Western Union?", "can you send the money to my Payoneer?", "back to your PayPal instead of the refund"; or the
 * writer paying the other side ("can I pay you the refund by PayPal, and you close the dispute?"), directly, to
 * save a fee, or to a named person: a seller's offer, not a buyer's question.
 */
const ANOTHER_ASK =
  /\b(?:refund\w*|reembols\w*|rembours\w*|erstatt\w*|dispute\w*|disputa|litige|directly|direct|personal|commission|fee|fees|mr|mrs|ms)\b|退款|纠纷|糾紛|返金|返品|환불|분쟁|\byou\s+(?:\w+\s+){0,2}?(?:pay|send|transfer|wire|remit)\b|\bto\s+(?:my|our)\b|\b(?:instead\s+of|rather\s+than|back\s+to\s+your)\b|\b(?:usted|voce|vous|sie|du)\s+(?:\S+\s+){0,2}?(?:pagu\w*|pag\w*|pay\w*|zahl\w*|envi\w*|envoy\w*)|给我|給我|到我的|我的(?:支付宝|支付寶|账户|賬戶|卡)/u;
/** How far the hit may sit from the question's words: the method is named beside its verb. */
const REACH = 60;

/**
 * The hit at [start, end) is the payment the writer asks permission to make: a question in its sentence, the
 * hit beside the words of that question, and nothing in the sentence asking anyone else to pay.
 */
export function writerAsksToPay(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  if (!QUESTION.test(sentence) || ANOTHER_ASK.test(sentence)) return false;
  const asked = WRITER_MAY_PAY.exec(sentence);
  if (!asked) return false;
  const askStart = a + asked.index;
  const askEnd = askStart + asked[0].length;
  return start >= askStart - REACH && end <= askEnd + REACH;
}
