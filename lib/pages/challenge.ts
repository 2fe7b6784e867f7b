/**
 * Anti-bot interstitials and "gone" pages served with HTTP 200 on the same
 * URLs as real pages. TradeGuard must recognise them from content and stay
 * silent: reading them would produce empty facts that look like "no TA limit".
 * Markers seen in the real captures (fixtures/real/alibaba_access_challenge_*,
 * alibaba_captcha_interception_*) and listed in research/alibaba-pages.md.
 */
const CHALLENGE_TITLES = [/^\s*captcha interception\s*$/i];
/** Alibaba's page for a product taken down: read as nothing, like a challenge, but it is no security check. */
const GONE_TITLES = [/^\s*product not available\s*$/i];
/**
 * The mtop code as a returned value ("FAIL_SYS_USER_VALIDATE::…", code and message): a page that inlines
 * the mtop library names the bare code in the handler that tests for it (hendkai/aliexpress-scraper's
 * 2025 item page), which is no interstitial.
 */
const SCRIPT_MARKERS = ['_____tmd_____', 'x5secdata', 'FAIL_SYS_USER_VALIDATE::'];
/** The same code as the value of an mtop answer's "ret" list, bare or with escaped colons (red team). */
const RET_CODE = /"ret"\s*:\s*\[\s*"FAIL_SYS_USER_VALIDATE/;

/** `scripts` (inline script texts) may be passed when the caller already has them. */
export function isChallengePage(doc: Document, scripts?: readonly string[]): boolean {
  try {
    const title = doc.querySelector('title')?.textContent ?? '';
    if ([...CHALLENGE_TITLES, ...GONE_TITLES].some((re) => re.test(title))) return true;
    // Markers sit in small inline scripts or config blobs; a real page's scripts never name them.
    const texts =
      scripts ?? Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
    for (const text of texts) {
      if (text.length < 200_000 && (SCRIPT_MARKERS.some((m) => text.includes(m)) || RET_CODE.test(text)))
        return true;
    }
    return hasMarkerElement(doc.body);
  } catch {
    return false;
  }
}

/**
 * The interstitial puts <punish-component> (or the x5sec iframe/form) at the
 * top of <body>. Looking two levels deep avoids a walk over the whole tree,
 * which this check would otherwise add to every 1 MB search page.
 */
function hasMarkerElement(body: Element | null): boolean {
  const top = body ? Array.from(body.children) : [];
  for (const el of [...top, ...top.flatMap((child) => Array.from(child.children))].slice(0, 400)) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'punish-component') return true;
    const link = el.getAttribute('src') ?? el.getAttribute('action') ?? '';
    if ((tag === 'iframe' || tag === 'form') && /x5secdata|\/punish/.test(link)) return true;
  }
  return false;
}

/**
 * An item page that says the item is gone (an apology that the page cannot be found, in the shop's
 * language): AliExpress draws a not-found block where the item stood (class names that keep "not-found-"
 * under their hash, seen on a 2025 de.aliexpress page) and fills the rest with other sellers' items. The
 * head may still name the requested item, but the page shows no heading, price or seller of it: like
 * Alibaba's "Product Not Available", it is read as nothing. A page that draws the item's own heading,
 * price or specifications is never gone, whatever else it holds.
 */
const GONE_BLOCK = '[class^="not-found-"], [class*=" not-found-"]';
const ITEM_ITSELF = 'h1[data-pl="product-title"], [data-pl="product-price"], [data-pl="product-specs"]';

export function isGoneItemPage(doc: Document): boolean {
  try {
    // The item's own heading or price first: on a drawn item page it comes early, and ends the look.
    return doc.querySelector(ITEM_ITSELF) === null && doc.querySelector(GONE_BLOCK) !== null;
  } catch {
    return false;
  }
}

/**
 * A page read as nothing because what it was about is gone (Alibaba's "Product Not Available", AliExpress's
 * not-found block where the item stood), as against a security check: the command line says which, since
 * the buyer's next step differs (save the page again after the check, or there is no item to check).
 */
export function isGonePage(doc: Document): boolean {
  try {
    const title = doc.querySelector('title')?.textContent ?? '';
    return GONE_TITLES.some((re) => re.test(title)) || isGoneItemPage(doc);
  } catch {
    return false;
  }
}
