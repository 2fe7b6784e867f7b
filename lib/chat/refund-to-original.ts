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
  '\\b(?:tej\\s+samej|ta\\s+sama|na\\s+ta\\s+sama)\\s+(?:metod\\w*|kart\\w*)',
  '\\bayni\\s+(?:odeme\\s+yontem\\w*|kart\\w*)',
  '\\bcung\\s+phuong\\s+thuc\\s+thanh\\s+toan\\b|\\bphuong\\s+thuc\\s+thanh\\s+toan\\s+(?:cu|da\\s+dung)\\b',
  '\\bmetode\\s+pembayaran\\s+yang\\s+sama\\b',
  '原路|原支付方式|原付款方式|元の(?:支払い?|決済)方法|원래\\s?(?:결제|지불)\\s?(?:수단|방법)',
].join('|');
/** A word of the money coming back. */
const COMES_BACK =
  '\\b(?:refund\\w*|back|returned|vuelve\\w*|regresa\\w*|volta\\w*|revient|retourne\\w*|torna\\w*|zuruck\\w*|erstatt\\w*|gutgeschrieben|reembols\\w*|devuel\\w*|rembours\\w*|rimbors\\w*|restitui\\w*|estorn\\w*|zwrot\\w*|iade|hoan|dikembalikan|refund)\\b|退|返金|환불';

export const REFUND_TO_ORIGINAL_METHOD = new RegExp(
  `^(?![^]*\\b(?:once|after|when|until|before|first)\\s+(?:you\\s+)?(?:pay|send|transfer)\\b)(?=[^]*(?:${COMES_BACK}))[^]*(?:${ORIGINAL_METHOD})`,
  'u',
);
