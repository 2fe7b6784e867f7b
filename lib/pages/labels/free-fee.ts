/**
 * A fee line whose value is a word for "free" instead of an amount: "Free shipping" (AliExpress order's
 * price details, 2026), "Frete grátis", "Envío gratis", "Livraison gratuite", "Kostenloser Versand",
 * "Spedizione gratuita", "Бесплатная доставка", "免运费", or "Free" alone. A value that also holds a digit
 * ("Free over US $10", "Free shipping on orders over 20") is a condition, not this fee: not free.
 */
const FREE_WORD =
  /(?:^|[^\p{L}])(?:free|gr[aá]tis|gratuit[oae]?s?|kostenlos\p{L}*|versandkostenfrei|бесплатн\p{L}*|ücretsiz|darmowa|gratuita)(?=$|[^\p{L}])|免运费|包邮|免费/iu;

export function isFreeFeeText(text: string | null | undefined): boolean {
  if (!text || text.length > 60 || /\d/.test(text)) return false;
  return FREE_WORD.test(text);
}

/** "Free over €30": a word for free with an amount, the threshold of a condition, never the fee itself. */
export function isConditionalFreeText(text: string | null | undefined): boolean {
  return !!text && text.length <= 120 && /\d/.test(text) && FREE_WORD.test(text);
}
