import { anyOf, type ChatPattern } from '../match';
import { OFFICIAL_CARRIER_HOST } from './fees-and-terms';

/**
 * A fee for a parcel (customs, re-delivery, a new address) paid on an address that borrows a carrier's name
 * (stop 43): "sua encomenda ficou retida, regularize a taxa em correios-liberacao-br.com", "frais de
 * reprogrammation : colissimo-rdv-livraison.info", "uhraďte poplatek: dhl-doruceni-cz.net", "関税を
 * japanpost-zeikin.top で支払". Modelled on the postal services' own phishing warnings (the carrier's name, then
 * words such as "tracking", "delivery", a country code, on a cheap top-level domain). A carrier's real site is
 * its name alone as the registrable label, under any sub-domain: "dhl.cz", "tracking.dhl.com", "www.correios.com.br",
 * "colissimo.fr" — or one of the official hosts named in fees-and-terms.ts. The carrier's name joined to other words
 * ("correios-br.com"), or standing as a sub-domain of another domain ("dhl.com.pay-fee.top"), is not the carrier's.
 * Like the platform's own look-alike (platform-look-alike.ts) it is wrong whatever else the message says, so no
 * anchor cancels it; a warning in the same clause ("fake site", "golpe") does. Folded text.
 */

/** Carrier names long enough to be read inside a longer label ("mycolissimo", "japanpostzeikin"). */
const CARRIER_LONG =
  '(?:correios|correos|colissimo|chronopost|laposte|japanpost|royalmail|postnl|posteitaliane|fedex|aramex|canadapost|auspost|deutschepost|parcelforce|purolator|swisspost|postnord|singpost|thailandpost|kerryexpress|ninjavan|jtexpress|cainiao|yanwen|ceskaposta|pocztapolska|inpost|bpost|anpost|omniva|kuroneko|yodel|pochta|novaposhta|ukrposhta|poslaju|correoargentino|estafeta|servientrega|chilexpress|vietnampost|ghtk|posindonesia)';
/** Short names, read only as a label or a hyphenated word of their own ("dhl-fee", not "adhlers"). */
const CARRIER_SHORT = '(?:dhl|ups|usps|tnt|dpd|gls|evri|ctt|cdek|poste|posta|correo)';

/** The end of a host: a path, a port, punctuation, a space or the end of the text. */
const HOST_END = '(?![\\w.-]*[a-z0-9-]\\.[a-z])(?=[/:?#\\s)\\],!]|\\.(?:\\s|$)|$)';

/**
 * A carrier's own host: its name is the whole registrable label, under a generic, a country or a country's second
 * level domain ("com.br", "co.jp"), a ".dhl" address, a GLS group site, or one of the official hosts. Two-letter
 * domains sold to anyone as a stand-in for ".com" (".co", ".io", ".to", ".ly", ".tv", ".ai"…) are no country's
 * carrier: "usps.co", "dhl.io" (stop 43's red team; carriers in Colombia use ".com.co").
 */
const GENUINE_CARRIER_HOST = `(?:https?:\\/\\/)?(?:(?:[a-z0-9-]+\\.)*(?:${CARRIER_LONG}|${CARRIER_SHORT})\\.(?:com|net|org|express|(?:com|co|ne|or|go|gov|gob|net)\\.[a-z]{2}|(?!cc|tk|ml|ga|cf|gq|ws|co|io|to|ly|tv|ai|pw|su)[a-z]{2})|(?:[a-z0-9-]+\\.)+dhl|(?:[a-z0-9-]+\\.)*gls-(?:group|pakete|italy|spain|france)\\.[a-z]{2,3}|${OFFICIAL_CARRIER_HOST})${HOST_END}`;

/**
 * A host named as where a paper comes from is no page to pay on: "they mail the invoice from dhl-partner-hub.com" (a
 * forwarder's own site; the red team's case, stop 39).
 */
const NOT_A_SOURCE = '(?<!\\b(?:from|von|desde|depuis)\\s+)';

/** A host that carries a carrier's name and is not the carrier's own. Every repeat is bounded (see platform-look-alike.ts). */
const CARRIER_LOOK_ALIKE_HOST = `(?<![\\w@.\\/-])${NOT_A_SOURCE}(?:https?:\\/\\/)?(?!${GENUINE_CARRIER_HOST})(?:[a-z0-9-]{1,63}\\.){0,4}[a-z0-9-]{0,40}(?:(?<![a-z])${CARRIER_SHORT}(?![a-z])|${CARRIER_LONG})[a-z0-9-]{0,40}(?:\\.[a-z0-9-]{1,63}){0,4}\\.[a-z]{2,24}(?=[/:?#\\s)\\],!]|\\.(?:\\s|$)|$)`;

/** A fee or a payment, in the languages read (folded): what the page is given for. */
const FEE_OR_PAYING =
  /\b(?:pay\w*|fee|fees|charge\w*|tax\w*|duty|duties|customs|taxa|taxas|tasa|tasas|tarifa|frais|payer|payez|paiement|regle[rz]|reglement|regulariz\w*|pag(?:a|ue|uen|ar|ara|amento|o|ando)\b|poplat\w*|uhrad\w*|zaplat\w*|zaplac\w*|oplat\w*|zahl\w*|bezahl\w*|gebuhr\w*|zoll\w*|betaal\w*|kosten|tassa|tasse|dazi\w*|dogan\w*|douane|aduana|alfandega|clo|cla|odeme\w*|ucret\w*|gumruk\w*|bayar\w*|biaya|cukai|caj|kastam|phi|thue|thanh\s+toan|plata|taxe|vam\w*|dij\w*|fizet\w*)\b|支払|払い|関税|税|手数料|料金|付款|支付|费|費|关税|결제|수수료|관세|요금|ภาษ|ช\p{M}*[ำา]ระ|رسوم|دفع|جمارك|оплат|пошлин|сбор|платеж|мит/u;

/** A warning in the link's own clause: "fake site", "it is a scam", "não clique", "arnaque", "詐欺". */
export const WARNED =
  /\b(?:fake|scam\w*|phishing|fraud\w*|beware|ignore|never|golpe\w*|falso|falsa|falsos|falsas|fraude\w*|estafa\w*|arnaque\w*|faux|fausse|hameconnage|betrug\w*|gefalscht\w*|truffa\w*|podvod\w*|falesn\w*|oszust\w*|dolandirici\w*|penipu\w*|lua\s+dao|gia\s+mao)\b|詐欺|偽|诈骗|詐騙|假|사기|가짜|احتيال|мошенн|фейк/u;

export const CARRIER_LOOK_ALIKE: ChatPattern = {
  kind: 'explicit',
  what: "a parcel fee paid on a look-alike of a carrier's address",
  gate: /correio|correo|colissimo|chronopost|laposte|japanpost|royalmail|postnl|poste|posta|fedex|aramex|canadapost|auspost|deutschepost|parcelforce|purolator|swisspost|postnord|singpost|thailandpost|kerryexpress|ninjavan|jtexpress|cainiao|yanwen|ceskaposta|pocztapolska|inpost|bpost|anpost|omniva|kuroneko|yodel|pochta|novaposhta|ukrposhta|poslaju|estafeta|servientrega|chilexpress|vietnampost|ghtk|posindonesia|dhl|ups|usps|tnt|dpd|gls|evri|ctt|cdek/,
  needs: FEE_OR_PAYING,
  needsIn: 'message',
  unless: WARNED,
  unlessIn: 'clause',
  re: anyOf(CARRIER_LOOK_ALIKE_HOST),
};
