/**
 * The currency an AliExpress page declares it shows prices in, for the one sign that names two: "¥" / "￥"
 * is the yen on the Japanese site and the yuan elsewhere. The page says which in its own data: the
 * environment it was served for (`env: {currency: "JPY", host: "ja.aliexpress.com"}`, the `_currency`
 * request parameter, the `c_tp=JPY` currency cookie). Without such a word, the site's host or language
 * decides (ja.aliexpress.com, lang "ja"); with neither, nothing is declared and the price's own sign
 * reads as it always has (money/currency.ts).
 */
const DECLARED =
  /["']?\b(?:_currency|currency|currencyCode|c_tp)["']?\s*(?:[:=]|\\u003d)\s*["']?([A-Z]{3})\b/g;
const JAPANESE_SITE =
  /\bja\.aliexpress\.[a-z.]+|["']?\b(?:lang|language|locale|_lang)["']?\s*:\s*["']ja(?:[_-]JP)?["']/;
const SCAN = 400_000;

export function declaredCurrency(scripts: readonly string[], url: string): string | null {
  const seen = new Map<string, number>();
  for (const script of scripts) {
    const text = script.length > SCAN ? script.slice(0, SCAN) : script;
    DECLARED.lastIndex = 0;
    for (let m = DECLARED.exec(text); m; m = DECLARED.exec(text)) {
      const code = m[1] as string;
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
  }
  // The code the page names most often: one stray word (a currency switcher's option) does not outvote
  // the page's own environment and every item's price.
  const declared = [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (declared) return declared;
  if (/^https?:\/\/ja\.aliexpress\./.test(url)) return 'JPY';
  return scripts.some((s) => JAPANESE_SITE.test(s.length > SCAN ? s.slice(0, SCAN) : s)) ? 'JPY' : null;
}

/**
 * The currency to read a price's shared sign in, or undefined to leave the sign to its usual reading: only
 * a price written with "¥" / "￥" asks. `declared` is the item's own code or the page's (called only then,
 * as finding the page's is a pass over its scripts). A price with a fractional part is never in yen (the
 * yen has no minor unit), whatever the page declares.
 */
export function yenOrYuan(priceText: string, declared: () => string | null): string | undefined {
  if (!/[¥￥]/.test(priceText)) return undefined;
  const code = declared();
  if (code === 'JPY' && /\d[.,]\d{1,2}(?!\d)/.test(priceText)) return 'CNY';
  return code ?? undefined;
}

/** The page's declared currency, looked for once and only when a price asks for it. */
export function lazyDeclaredCurrency(scripts: readonly string[], url: string): () => string | null {
  let declared: string | null | undefined;
  return () => {
    if (declared === undefined) declared = declaredCurrency(scripts, url);
    return declared;
  };
}
