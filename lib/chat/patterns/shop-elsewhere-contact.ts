import { KEEPS_PURCHASE_HERE, MARKETPLACES } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';

/**
 * A shop on another marketplace given with the handle or name to search there ("kami juga punya toko di Shopee, cari
 * aja 'happyhome_official'", "search 'lily_home' on Amazon", "búscanos en Mercado Libre como @casa_lily"): the name is
 * how the buyer reaches the seller there, as a name to google is (contact-pointed.ts); the purchase moved is read by
 * the payment rule. Modelled on marketplace rules against sellers who post shop names to move buyers (Shopee and
 * Tokopedia against "mengarahkan pembeli ke luar", eBay's off-site rules). The seller's own web address given with a
 * purchase is left to the payment rule alone, as the project's corpora label it; the purchase kept here is no move.
 * Words over normalised text.
 */
/** A handle or a quoted shop name: "'happyhome_official'", "@lily.home", "lily_home". */
const HANDLE = `(?:'[^'\\n]{3,40}'|"[^"\\n]{3,40}"|«[^»\\n]{3,40}»|@[a-z0-9_.]{3,}|\\b[a-z0-9]+(?:[_.][a-z0-9]+)+\\b)`;
/** Looking for it: "search", "cari", "busca", "cherchez", "suchen", "cerca", "procure", "ara", "найдите", "搜". */
const SEARCH =
  '\\b(?:search\\w*|look\\s+(?:for|up)|find|type|cari\\w*|ketik|busca\\w*|busque\\w*|procur\\w*|pesquis\\w*|cherch\\w*|tapez|such\\w*|cerca\\w*|szukaj\\w*|wyszukaj\\w*|ara\\w*|tim|tra)\\b|(?<![\\p{L}])(?:найд|ищ|поищ|шука|знайд)\\p{L}*|搜|検索|검색';
/** Looked up to check a claim: complaints, reviews, a fake, a scam. */
const CHECKED =
  '\\b(?:complaints?|reviews?|ratings?|fake|fakes|scam\\w*|counterfeit|copies|copy|ulasan|palsu|penipu\\w*|resenas?|opiniones|falso|avis|faux|bewertung\\w*|falsch\\w*|recension\\w*|opinie|sahte|yorum\\w*)\\b|(?<![\\p{L}])(?:отзыв|подделк|отгук)\\p{L}*|假货|假貨|评价|評價|差评|差評';
/** A shop's name or id given with a colon: "our Shopee shop: lily_home", "toko kami di Tokopedia: happyhome". */
const SHOP_NAMED = '\\b(?:shop|store|toko|tienda|loja|boutique|negozio|sklep|magaza\\w*|cua\\s+hang)\\b';

export const SHOP_ELSEWHERE_MOVES: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: new RegExp(MARKETPLACES, 'u'),
    // "search 'happyhome' complaints": the name looked up to check a claim, not to reach the seller.
    unless: new RegExp(`${KEEPS_PURCHASE_HERE.source}|${CHECKED}`, 'u'),
    unlessIn: 'message',
    re: anyOf(
      `(?:${MARKETPLACES})[^.!?\\n]{0,80}?(?:${SEARCH})[^.!?\\n]{0,20}?${HANDLE}`,
      `(?:${SEARCH})[^.!?\\n]{0,20}?${HANDLE}[^.!?\\n]{0,40}?(?:${MARKETPLACES})`,
      `(?:${SEARCH})[^.!?\\n]{0,20}?(?:${MARKETPLACES})[^.!?\\n]{0,30}?${HANDLE}`,
      `(?:${MARKETPLACES})[^.!?\\n]{0,30}?${SHOP_NAMED}[^.!?\\n]{0,20}?[:：]\\s*${HANDLE}`,
      // "…our other store on DHgate, link: dhgate.com/store/21…" (stop 54): the store's page given by its link.
      `${SHOP_NAMED}[^.!?\\n]{0,30}?(?:${MARKETPLACES})\\s*(?:[,;(]\\s*)?(?:(?:the\\s+|our\\s+)?(?:link|url|address|page|enlace|lien|pagina|halaman)\\s*)?[:：]\\s*${HANDLE}`,
    ),
  },
];
