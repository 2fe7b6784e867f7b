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
    '\\b(?:can|could|may|shall)\\s+i\\s+(?:also\\s+|just\\s+|still\\s+)?(?:pay|make\\s+(?:the\\s+)?payment|transfer\\s+the\\s+(?:money|deposit|payment))\\b|\\b(?:is\\s+it|would\\s+it\\s+be)\\s+(?:ok|okay|possible|fine)\\s+(?:if|that|for)\\s+i\\s+(?:\\w+\\s+)?pay\\b',
    // es, pt, it, fr, de, nl, pl
    '\\b(?:puedo|podria|posso|poderia|potrei)\\s+(?:tambien\\s+|tambem\\s+|anche\\s+)?(?:pagar(?:le|te|lhe)?|pagare|hacer\\s+el\\s+pago|fazer\\s+o\\s+pagamento)\\b',
    '\\b(?:je\\s+peux|puis-je|pourrais-je|est-ce\\s+que\\s+je\\s+(?:peux|pourrais))\\s+(?:vous\\s+|te\\s+)?(?:payer|regler|effectuer\\s+le\\s+paiement)\\b',
    '\\b(?:kann|konnte|darf)\\s+ich\\s+(?:\\S+\\s+){0,5}?(?:zahlen|bezahlen|uberweisen|begleichen)\\b|\\bkan\\s+ik\\s+(?:\\S+\\s+){0,5}?(?:betalen|overmaken)\\b|\\bczy\\s+(?:moge|moglbym|moglabym)\\s+(?:\\S+\\s+){0,3}?(?:zaplacic|placic|oplacic)\\b',
    // tr "ödeyebilir miyim", id/ms "saya boleh bayar", vi "em trả … được không", tl "pwede ko bang bayaran"
    '\\bode(?:yebilir|sem)\\s?(?:mi|miyim)\\b|\\b(?:saya|aku|sy|sya)\\s+(?:boleh|bisa|dapat|blh)\\s+(?:\\w+\\s+)?(?:bayar|transfer|tf)\\b',
    '\\b(?:toi|minh|em)\\s+(?:co\\s+the\\s+)?(?:tra|thanh\\s+toan|chuyen\\s+khoan)\\b[^.!?\\n]{0,40}?\\bduoc\\s+(?:khong|ko|k)\\b',
    '\\b(?:pwede|puwede|pede)\\s+(?:po\\s+)?(?:ko\\s+)?(?:ba|bang)\\b[^.!?\\n]{0,40}?\\b(?:pambayad|magbayad\\s+(?:ako|ko)|ibayad\\s+ko|bayaran\\s+ko)\\b',
    // ru, uk
    '(?<![\\p{L}])(?:могу\\s+ли\\s+я|можно\\s+(?:ли\\s+)?мне|чи\\s+можу\\s+я|можу\\s+я)\\s+(?:\\p{L}+\\s+){0,3}?(?:оплат|заплат|перевест|сплат|переказ)\\p{L}*',
    // ar: "هل يمكنني أن أدفع", "ممكن أدفع"
    '(?:يمكنني|أستطيع|استطيع|ممكن)\\s+(?:أن\\s+|ان\\s+)?(?:أدفع|ادفع|أحول|احول)',
    // zh, ja, ko, hi
    '我(?:可以|能|可不可以|能不能|可否)(?:用|通过|通過|透过|透過|使用)?\\S{0,12}?(?:付款|支付|付钱|付錢|转账|轉帳|汇款|匯款)',
    '(?:払え|支払え|支払いでき|お支払いでき|決済でき|振り込め|振込でき)(?:ますか|ませんか|るか|る\\?)',
    '(?:결제|입금|송금|이체|계산)\\s?(?:해도|하면)\\s?(?:되나요|될까요|되죠|돼요\\s?\\?|되요\\s?\\?|괜찮)|(?:결제|입금|송금)\\s?(?:가능한가요|가능할까요|할\\s?수\\s?있나요|할\\s?수\\s?있을까요)',
    'क्या\\s+(?:मैं|हम)\\s+[^?।]{0,80}?(?:कर|दे|भेज)\\s+(?:सकता|सकती|सकते)',
  ].join('|'),
  'u',
);
const QUESTION = /[?？]|吗|嗎|ますか|나요|까요|\bduoc\s+(?:khong|ko|k)\b|\bmiyim\b/u;

/** The hit at [start, end) sits in a sentence where the writer asks whether it may pay. */
export function writerAsksToPay(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(a, b);
  return QUESTION.test(sentence) && WRITER_MAY_PAY.test(sentence);
}
