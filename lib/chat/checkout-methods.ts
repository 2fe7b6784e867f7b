/**
 * The methods a marketplace checkout itself offers: PayPal, cards, Apple/Google Pay, pay-later services and the
 * platform's own online bank payment. A guard that reads "when I place the order" or "choose it at the checkout"
 * as the platform's payment may only do so for these: Western Union, MoneyGram, Wise, Payoneer, crypto, gift
 * cards or a transfer to a person are never a checkout option, so naming the checkout next to them excuses nothing.
 * Text is the normalised (lower-case, accent-folded) form.
 */
const CHECKOUT_METHOD =
  /\b(?:pay\s?pal|visa|master\s?card|maestro|amex|american\s+express|discover|jcb|(?:credit|debit|bank)\s+cards?|cards?|apple\s?pay|google\s?pay|g\s?pay|klarna|afterpay|clearpay|affirm|pay\s+later|buy\s+now,?\s+pay\s+later|online\s+bank(?:ing)?(?:\s+(?:payment|transfer))?|tarjeta|cartao|carte(?:\s+bancaire)?|kreditkarte|karte|carta)\b/u;
/** Methods no checkout offers; one of them anywhere in the match rules the exception out. */
const NEVER_AT_CHECKOUT =
  /\b(?:western\s?union|money\s?gram|wise|transferwise|payoneer|skrill|neteller|crypto\w*|bitcoin|btc|usdt|tether|eth(?:ereum)?|gift\s?cards?|itunes|steam\s+cards?|ria|remitly|worldremit|zelle|cash\s?app|venmo|alipay|wechat\s?pay|(?:bank|wire|telegraphic)\s+transfer|t\/t|tt|my\s+account|our\s+account|personal\s+account)\b/u;

/** The named method is one the checkout offers, and nothing in it is one the checkout never offers. */
export function isCheckoutMethod(named: string): boolean {
  return CHECKOUT_METHOD.test(named) && !NEVER_AT_CHECKOUT.test(named);
}
