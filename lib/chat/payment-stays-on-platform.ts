import { clauseRange, once, type TextContext } from './text-context';

/**
 * The payment said to stay in the platform's order (stop 55): "our forwarder picks the goods up on Monday; the
 * payment stays in the Alibaba order", "el pago sigue en el pedido de Alibaba", "o pagamento continua no pedido do
 * Alibaba", "le paiement reste sur la commande Alibaba", "die Zahlung bleibt in der Alibaba-Bestellung", "il pagamento
 * resta nell'ordine Alibaba", "الدفع يبقى في طلب علي بابا", "ödeme Alibaba siparişinde kalıyor", "pembayaran tetap di
 * pesanan Alibaba", "thanh toán vẫn trên đơn Alibaba", "оплата остаётся в заказе на Alibaba", "付款还是走阿里订单".
 * Such a message names one of the seller's people (an agent, a forwarder) for a job, and its only word of paying is
 * the one that keeps the money on the platform: the person is no payee. Words over folded text (accents dropped).
 */
const PLATFORM =
  '(?:alibaba|aliexpress|trade\\s?assurance|the\\s+platform|(?:la\\s+)?plataforma|la\\s+plateforme)';
const ORDER_OF_PLATFORM = `(?:${PLATFORM}[\\s-]+(?:order|pedido|commande|bestellung|ordine|siparis\\w*|pesanan|don)|(?:order|pedido|commande|bestellung|ordine|pesanan|don(?:\\s+hang)?|заказ\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?${PLATFORM}|${PLATFORM})`;
const PAYMENT_STAYS = new RegExp(
  [
    // en: "the payment stays / remains / is still / goes through the Alibaba order".
    `\\b(?:the\\s+)?(?:payment|balance|money)\\s+(?:still\\s+)?(?:stays|remains|is\\s+still|will\\s+stay|will\\s+remain|goes\\s+through|is\\s+made\\s+(?:through|in|on))\\s+(?:in\\s+|on\\s+|through\\s+|via\\s+|with\\s+)?(?:the\\s+|our\\s+|your\\s+)?${ORDER_OF_PLATFORM}`,
    // es / pt: "el pago sigue / queda / se mantiene en el pedido de Alibaba", "o pagamento continua / fica no pedido".
    `\\b(?:el\\s+|o\\s+)?(?:pago|pagamento|saldo)\\s+(?:sigue|queda|se\\s+mantiene|continua|fica|permanece|se\\s+hace|e\\s+feito)\\s+(?:siendo\\s+)?(?:en|por|no|na|pelo|pela|dentro\\s+del?)\\s+(?:el\\s+|la\\s+|o\\s+|a\\s+)?${ORDER_OF_PLATFORM}`,
    // fr / de / it.
    `\\ble\\s+(?:paiement|reglement)\\s+(?:reste|se\\s+fait|passe)\\s+(?:sur|dans|par)\\s+(?:la\\s+|le\\s+)?${ORDER_OF_PLATFORM}`,
    `\\bdie\\s+zahlung\\s+(?:bleibt|lauft|erfolgt)\\s+(?:weiter(?:hin)?\\s+)?(?:in|uber|auf)\\s+(?:der|die|den)?\\s*${ORDER_OF_PLATFORM}`,
    `\\bil\\s+pagamento\\s+(?:resta|rimane|avviene)\\s+(?:nell'?|nel|sull'?|sul|tramite\\s+l'?|tramite)\\s*${ORDER_OF_PLATFORM}`,
    // tr / id / vi.
    `\\bodeme\\s+(?:yine\\s+)?${PLATFORM}\\s+(?:siparis\\w*|uzerinden)\\s*(?:kal\\w*|yapil\\w*)?`,
    `\\bpembayaran\\s+(?:tetap|masih)\\s+(?:di|lewat|melalui|via)\\s+(?:pesanan\\s+)?${PLATFORM}`,
    `\\bthanh\\s+toan\\s+van\\s+(?:tren|qua)\\s+(?:don\\s+(?:hang\\s+)?)?${PLATFORM}`,
  ].join('|'),
  'u',
);
/** Arabic, Russian and Chinese: the payment, a verb of staying, then the platform's order. */
const PAYMENT_STAYS_OTHER =
  /(?:ال)?دفع\s+(?:ي|س)?(?:بقى|يبقى|سيبقى|يظل|يتم)\s+(?:\p{L}+\s+){0,2}?(?:علي\s?بابا|علي\s?اكسبريس|المنصة)|(?<![\p{L}])оплата\s+(?:остается|остаётся|идет|идёт|проходит)\s+(?:\p{L}+\s+){0,3}?(?:alibaba|aliexpress|алибаба|платформ\p{L}*)|(?:付款|支付|货款)(?:还是|仍然|依然|照样)?(?:走|在|通过)(?:阿里|平台)/u;

/** A word of paying, or a payee's account, in the clause of the hit: the person is then paid there. */
const PAY_IN_CLAUSE =
  /\b(?:pay\w*|paid|transfer\w*|wire|remit\w*|deposit\w*|account|pag\w*|cuenta|conta|paie\w*|pai\w*|virement|compte|zahl\w*|bezahl\w*|uberweis\w*|konto|bonific\w*|conto|ode\w*|hesab\w*|bayar\w*|rekening|thanh\s+toan|chuyen\s+khoan)\b|(?<![\p{L}])(?:ت?دفع|ادفع|حول|تحويل|حساب)\p{L}*|(?<![\p{L}])(?:оплат|плат|перев[ео]д|сч[её]т)\p{L}*|付|转账|汇款|账户/u;

/** The message keeps the payment in the platform's order. */
export function paymentStaysOnPlatform(tc: TextContext): boolean {
  return once(tc, 'paymentStaysOnPlatform', () => {
    const text = tc.norm.text;
    return PAYMENT_STAYS.test(text) || PAYMENT_STAYS_OTHER.test(text);
  });
}

/** A person or agent named at [start, end) in a message that keeps the payment on the platform, with no payment of its own. */
export function personNotPaidWhilePaymentStays(tc: TextContext, start: number, end: number): boolean {
  if (!paymentStaysOnPlatform(tc)) return false;
  const [a, b] = clauseRange(tc, start, end);
  return !PAY_IN_CLAUSE.test(tc.norm.text.slice(a, b));
}
