import { anyOf, type ChatPattern } from '../match';
import { WARNED } from './carrier-look-alike';

/**
 * A fee or a payment asked on a shortened link (stop 44): "complete the customs fee here: bit.ly/…", "pague a
 * taxa de reentrega em tinyurl.com/…", "手数料はこちら x.gd/…". A short link hides where the money goes; the
 * platform never asks for a payment through one (its own short links, a.aliexpress.com and the like, are not in
 * the list), and the couriers' and customs' own warnings name short links in fee messages as the mark of their
 * look-alikes (modelled on the postal services' phishing notices and buyers' reports of "parcel held" texts).
 * The fee and the link must sit close together on one line (within about a sentence either side: the link often
 * follows a colon, which ends a clause): a product video's short link in a message that mentions payment three
 * sentences later is no payment page. A warning in the link's clause ("fake", "golpe") cancels it. Folded text.
 */

/** Public link shorteners (the host alone; each takes a path). */
const SHORTENER =
  '(?:bit\\.ly|bitly\\.com|bit\\.do|tinyurl\\.com|tiny\\.cc|tiny\\.one|t\\.ly|is\\.gd|v\\.gd|x\\.gd|cutt\\.ly|rb\\.gy|shorturl\\.at|ow\\.ly|buff\\.ly|s\\.id|rebrand\\.ly|bl\\.ink|u\\.to|clck\\.ru|urlz\\.fr|2u\\.pw|shorte\\.st|adf\\.ly|dub\\.sh|surl\\.li|t\\.cn|dwz\\.cn|url\\.cn|suo\\.im|reurl\\.cc|lihi[123]?\\.cc|0rz\\.tw|me2\\.do|han\\.gl|url\\.kr|goo\\.gl|shrtco\\.de|tny\\.im|short\\.gy|t2m\\.io|cli\\.re|qrco\\.de)';

/** A short link: the shortener's host, then a path of its own ("bit.ly/3xYz"), not a word after a dot. */
const SHORT_LINK = `(?<![\\w@.\\/-])(?:https?:\\/\\/)?(?:www\\.)?${SHORTENER}\\/[a-z0-9_-]{2,}`;

/**
 * A fee or payment word, narrower than the carriers' list (red team, stop 44): a product word beside a short link is
 * no payment — "plata 925" (silver), "免费样品" (free), "fast charger", "heavy duty", "tarifa … incluida".
 */
const PAY_WORD =
  '(?:\\b(?:pay|pays|paying|paid|payment|payments|fee|fees|settle|settlement|deposit|balance|checkout|invoice|taxa|taxas|tasa|tasas|frais|payer|payez|paiement|regle[rz]|reglement|regulariz\\w*|pag(?:a|ue|uen|ar|ara|amento|o|ando)|zahl\\w*|bezahl\\w*|gebuhr\\w*|zollgebuhr\\w*|betaal\\w*|oplat\\w*|zaplat\\w*|uhrad\\w*|poplat\\w*|odeme\\w*|ucret\\w*|bayar\\w*|biaya|thanh\\s+toan)\\b|支付|付款|缴费|繳費|支払|払い|払込|関税|关税|手数料|결제|수수료|관세|ช\\p{M}*[ำา]ระ|رسوم|دفع|оплат|пошлин)';

/**
 * A bounded reach between the two. Before the link, the rest of its sentence (a colon or a comma may stand between
 * "pay the fee" and the link, and the link may open the next line after that colon; a point inside "2.99" or "dhl.com"
 * is no sentence end). After it, only its own clause:
 * "video: bit.ly/…, payment by Trade Assurance as usual" names a payment, not one made on the link.
 */
const NEAR_BEFORE = '(?:[^\\n.!?。！？]|[.!?](?!\\s|$)|:[ \\t]*\\n){0,90}?';
const NEAR_AFTER = '[^\\n.!?,;。！？，；]{0,50}?';

export const SHORTENED_PAY_LINK: ChatPattern = {
  kind: 'explicit',
  what: 'a payment asked on a shortened link that hides its address',
  gate: /bit\.ly|bitly|bit\.do|tinyurl|tiny\.|t\.ly|\.gd\/|cutt\.ly|rb\.gy|shorturl|ow\.ly|buff\.ly|s\.id\/|rebrand\.ly|bl\.ink|u\.to\/|clck\.ru|urlz\.fr|2u\.pw|shorte\.st|adf\.ly|dub\.sh|surl\.li|t\.cn\/|dwz\.cn|url\.cn|suo\.im|reurl\.cc|lihi|0rz\.tw|me2\.do|han\.gl|url\.kr|goo\.gl|shrtco|tny\.im|short\.gy|t2m\.io|cli\.re|qrco\.de/,
  unless: WARNED,
  unlessIn: 'clause',
  re: anyOf(`${PAY_WORD}${NEAR_BEFORE}${SHORT_LINK}`, `${SHORT_LINK}${NEAR_AFTER}${PAY_WORD}`),
};
