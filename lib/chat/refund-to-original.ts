/**
 * A refund going back to the buyer's own original payment method, which the clause names: "das Geld geht automatisch
 * auf Ihre ursprüngliche Zahlungsmethode (PayPal) zurück", "the refund goes back to your original payment method
 * (PayPal)", "se reembolsa a tu método de pago original (PayPal)", "remboursé sur votre moyen de paiement d'origine",
 * "rimborsato sul metodo di pagamento originale", "estornado para o seu método de pagamento original", "zwrot na
 * pierwotną metodę płatności", "orijinal ödeme yönteminize iade", "hoàn về phương thức thanh toán ban đầu",
 * "dikembalikan ke metode pembayaran asal", "原路退回", "元の支払い方法に返金", "원래 결제 수단으로 환불". The wallet named there
 * is the buyer's own, paid through the platform; no one is asked to pay. Words over normalised text (accents folded).
 * A clause that also asks for a payment ("…once you pay the fee by PayPal") is left to the refund-fee patterns.
 *
 * Stop 55: the same method named as "the same payment method you used", "the method you paid with", "el mismo método
 * de pago que usó", "le même moyen de paiement", "dieselbe Zahlungsmethode", "lo stesso metodo", "o mesmo método",
 * "tej samej metody", "aynı ödeme yöntemi", "cùng phương thức", "metode pembayaran yang sama" — the buyer's own way
 * back, as "original" is. Spoken as "the money goes back / vuelve / volta / revient / torna".
 */
const ORIGINAL_METHOD = [
  '\\boriginal\\s+(?:payment\\s+)?(?:method|card|account|source|wallet|way)',
  '\\b(?:ursprungliche\\w*|originale?n?)\\s+(?:zahlungs\\w*|bezahl\\w*)',
  '\\b(?:metodo|medio|forma)\\s+de\\s+pago\\s+original\\b',
  "\\b(?:moyen|mode)\\s+de\\s+paiement\\s+(?:d'\\s?origine|initial|original)",
  '\\bmetodo\\s+di\\s+pagamento\\s+originale\\b',
  '\\b(?:metodo|forma)\\s+de\\s+pagamento\\s+original\\b',
  '\\bpierwotn\\w*\\s+metod\\w*\\s+platnosci\\b',
  '\\borijinal\\s+odeme\\s+yontem\\w*',
  '\\bphuong\\s+thuc\\s+thanh\\s+toan\\s+ban\\s+dau\\b',
  '\\bmetode\\s+pembayaran\\s+(?:asal|awal|semula)\\b',
  '\\bsame\\s+(?:payment\\s+)?(?:method|card|wallet)(?:\\s+(?:of\\s+payment\\s+)?(?:you|u)\\s+(?:used|paid|chose|selected))?',
  '\\b(?:method|card|account|wallet|way)\\s+(?:that\\s+)?(?:you|u)\\s+(?:used\\s+to\\s+pay|paid\\s+(?:with|by))\\b',
  '\\b(?:mism[oa]|mesm[oa])\\s+(?:metodo|medio|forma|tarjeta|cartao)(?:\\s+de\\s+pago|\\s+de\\s+pagamento)?\\b',
  '\\b(?:meme|memes)\\s+(?:moyen|mode|carte)(?:\\s+de\\s+paiement)?\\b',
  '\\b(?:dieselbe|gleiche|dieselben|gleichen|selbe|selben)\\s+(?:zahlungs\\w*|bezahl\\w*|karte)',
  '\\bstess[oa]\\s+(?:metodo|carta)(?:\\s+di\\s+pagamento)?\\b',
  '\\b(?:tej\\s+samej|ta\\s+sama|te\\s+sama|na\\s+(?:ta|te)\\s+sama)\\s+(?:metod\\w*|kart\\w*)',
  '\\bayni\\s+(?:odeme\\s+yontem\\w*|kart\\w*)',
  '\\bcung\\s+phuong\\s+thuc\\s+thanh\\s+toan\\b|\\bphuong\\s+thuc\\s+thanh\\s+toan\\s+(?:cu|da\\s+dung)\\b',
  '\\bmetode\\s+pembayaran\\s+yang\\s+sama\\b',
  // Stop 56: ru, uk, ar, cs ("тем же способом оплаты", "тим самим способом", "نفس طريقة الدفع", "stejnou platební metodu").
  '(?<![\\p{L}])(?:тем\\s+же|тот\\s+же|на\\s+тот\\s+же|тим\\s+самим|той\\s+самий|на\\s+той\\s+самий|исходн\\p{L}*|первоначальн\\p{L}*)\\s+(?:способ\\p{L}*|метод\\p{L}*|карт\\p{L}*|рахун\\p{L}*|сч[её]т\\p{L}*)',
  '(?:نفس|ذات)\\s+(?:طريقة|وسيلة)\\s+(?:ال)?دفع|(?:طريقة|وسيلة)\\s+الدفع\\s+(?:الأصلية|الاصلية)',
  '\\b(?:stejn\\w*|puvodn\\w*)\\s+(?:platebn\\w*\\s+)?(?:metod\\w*|zpusob\\w*|kart\\w*)',
  '原路|原支付方式|原付款方式|元の(?:支払い?|決済)方法|원래\\s?(?:결제|지불)\\s?(?:수단|방법)',
].join('|');
/** A word of the money coming back. */
const COMES_BACK =
  '(?<![\\p{L}])(?:возврат\\p{L}*|верн\\p{L}*|поверн\\p{L}*|повернен\\p{L}*|استرداد|يعود|ترجع|تعود|المبلغ)(?![\\p{L}])|\\b(?:vracen\\w*|vrati\\w*|vraci\\w*|wraca\\w*|hoan\\s+ve)\\b|\\b(?:refund\\w*|back|returned|vuelve\\w*|regresa\\w*|volta\\w*|revient|retourne\\w*|torna\\w*|zuruck\\w*|erstatt\\w*|gutgeschrieben|reembols\\w*|devuel\\w*|rembours\\w*|rimbors\\w*|restitui\\w*|estorn\\w*|zwrot\\w*|iade|hoan|dikembalikan|refund)\\b|退|返金|환불';

export const REFUND_TO_ORIGINAL_METHOD = new RegExp(
  `^(?![^]*\\b(?:once|after|when|until|before|first)\\s+(?:you\\s+)?(?:pay|send|transfer)\\b)(?=[^]*(?:${COMES_BACK}))[^]*(?:${ORIGINAL_METHOD})`,
  'u',
);

/** The original or same method, for the look-back of `refundMethodListed`. */
const ORIGINAL_METHOD_RE = new RegExp(ORIGINAL_METHOD, 'gu');
const COMES_BACK_RE = new RegExp(COMES_BACK, 'u');
/** What may stand between the method and the wallets it is said to be: a comma, "like", "e.g.", "(", a dash. */
const APPOSITION =
  /^(?:\s*(?!(?:pay|send|to|me|my|our|an|a)\b)\p{L}{1,12})?[\s,:;(\u2013\u2014-]*(?:(?:e\.g\.|i\.e\.|such\s+as|like|either|also|namlich|d\.\s?h\.|ou\s+seja|o\s+sea|c'est-a-dire|cioe|czyli|то\s+есть|т\.\s?е\.|yani|tuc\s+la|yaitu|como|wie|comme|come|jak|gibi|nhu|seperti|например|наприклад|مثل|如|比如)\s*[,:]?\s*)?$/u;
/** A request beside the wallets: "…, PayPal to my e-mail", "…, or pay me by PayPal". */
const ASKS_BESIDE =
  /\b(?:my|me|our|us|mi|mio|mia|meu|minha|mon|ma|mein\w*|nuestr\w*|noss\w*|notre|nostr\w*|pay|send|transfer|wire|pague|envie|paga|payez|zahlen|zaplac\w*|gonder\w*|odeyin|bayar|chuyen)\b|(?<![\p{L}])(?:мне|мой|мою|наш\p{L}*|переведите|оплатите)(?![\p{L}])|我的|给我|給我|转给|轉給/u;

/**
 * The wallets named after the buyer's original or same method, as what that method is (stop 56): "the refund goes back
 * to the same method, PayPal or card", "el reembolso vuelve al mismo método de pago, PayPal o tarjeta", "возврат придёт
 * тем же способом оплаты, PayPal или картой". The method guard reads the wallet's own clause, which the comma cuts off
 * from the refund; here the sentence is read up to the wallet: a refund word, then the method, then only the apposition
 * before the wallet — and nothing of the writer's own or any verb of paying around it.
 */
export function refundMethodListed(sentence: string, at: number, clauseEnd: number): boolean {
  const before = sentence.slice(0, at);
  if (!COMES_BACK_RE.test(before) || REFUND_FIRST_PAY.test(before)) return false;
  let last: RegExpExecArray | null = null;
  ORIGINAL_METHOD_RE.lastIndex = 0;
  for (let m = ORIGINAL_METHOD_RE.exec(before); m; m = ORIGINAL_METHOD_RE.exec(before)) last = m;
  if (!last) return false;
  if (!APPOSITION.test(before.slice(last.index + last[0].length))) return false;
  return !ASKS_BESIDE.test(sentence.slice(at, clauseEnd));
}
const REFUND_FIRST_PAY = /\b(?:once|after|when|until|before|first)\s+(?:you\s+)?(?:pay|send|transfer)\b/u;
