/**
 * Tagalog and Taglish guard words (folded text), read as guard-words.ts reads the others: modelled on Filipino
 * sellers' chat replies on Shopee, Lazada and AliExpress ("hindi po kami tumatanggap ng GCash sa labas ng app",
 * "sa checkout lang po", "huwag po kayong magbayad sa labas").
 * - negation: "hindi" (not), "huwag" / "wag" (don't), "bawal" (forbidden), "manloloko" (scammer); "wala" (none)
 *   is left out: "walang fee" sells, it refuses nothing;
 *   the short "di" is left out: it is also Indonesian and Malay "at" ("bayar di Shopee").
 * - anchor: the platform's own checkout or app ("sa checkout", "sa app", "sa order page", "sa loob ng app").
 * - undoneBefore: "sa labas ng" / "labas ng" (outside of) before the platform turns it round.
 */
export const TAGALOG_GUARD_WORDS = {
  negation: '\\b(?:hindi|huwag|wag|bawal|manloloko)\\b',
  anchor:
    '\\bsa\\s+(?:loob\\s+ng\\s+)?(?:checkout|app|application|order\\s+page|platform)\\b|\\bsa\\s+(?:mismong\\s+)?(?:shopee|lazada|aliexpress|alibaba)\\s+(?:checkout|app)\\b',
  undoneBefore: '\\b(?:labas|liban)\\s+(?:ng|sa)\\s*$',
};
