import { anyOf, type ChatPattern } from '../match';

/**
 * An escrow or "secure payment" service the seller brings: "we use the escrow service of our partner www.…",
 * "güvenli ödeme sistemimizi kullanın: www.…", "un servizio di deposito a garanzia: www.…", "notre service de
 * séquestre". The platform's order already is the escrow; one the seller proposes is a site of its own choosing,
 * and the money paid there leaves the order, however safe it is said to be. Read as the escrow words next to a web
 * address that is not the platform's, or owned by the seller or a partner ("our", "our partner's", "third-party").
 * Words over normalised text (lower-case, accents folded).
 */

/**
 * Escrow words that name a service by themselves ("escrow", "Treuhand", "séquestre", "rekber"): the seller's own
 * such service is a place to pay. "Safe" or "secure" alone only describes: "our safe transaction record" is a
 * boast about past orders, so the seller's "secure payment" counts only as a system, site or gateway (stop 46).
 */
const ESCROW_SERVICE = [
  'escrow\\w*',
  '(?:secure|safe|protected|guaranteed)\\s+(?:payment|pay|checkout|transaction|trade)\\s*(?:system|service|site|platform|page|gateway|portal)',
  'payment\\s+protection\\s+(?:service|system|site|platform)',
  'guvenli\\s+odeme\\s+(?:sistem|servis|site|platform)\\w*',
  'emanet\\s+(?:hesab\\w*|odeme\\w*|sistem\\w*|servis\\w*)',
  'deposito\\s+(?:a|in|en|em)\\s+garan(?:zia|tia)',
  'servizio\\s+di\\s+garanzia|conto\\s+di\\s+garanzia',
  'custodia\\s+de\\s+fondos|servicio\\s+de\\s+garantia',
  'conta\\s+(?:de\\s+)?garantia|custodia\\s+de\\s+pagamento',
  'sequestre|tiers\\s+de\\s+confiance',
  'treuhand\\w*|zahlungsschutz\\w*',
  'rekening\\s+bersama|rekber|sistem\\s+pembayaran\\s+(?:aman|terjamin)',
  'depozyt\\w*',
].join('|');

/** Escrow and "secure payment" in the languages read. */
const ESCROW = [
  'escrow\\w*',
  '(?:secure|safe|protected|guaranteed)\\s+(?:payment|pay|checkout|transaction|trade)\\s*(?:system|service|site|platform|page|gateway|portal)?',
  'payment\\s+protection\\s+(?:service|system|site|platform)',
  'guvenli\\s+odeme\\w*',
  'emanet\\s+(?:hesab\\w*|odeme\\w*|sistem\\w*|servis\\w*)',
  'deposito\\s+(?:a|in|en|em)\\s+garan(?:zia|tia)',
  'servizio\\s+di\\s+garanzia|conto\\s+di\\s+garanzia|pagamento\\s+(?:sicuro|protetto|garantito)',
  'pago\\s+(?:seguro|protegido|garantizado)|custodia\\s+de\\s+fondos|servicio\\s+de\\s+garantia',
  'pagamento\\s+(?:seguro|protegido|garantido)|conta\\s+(?:de\\s+)?garantia|custodia\\s+de\\s+pagamento',
  'sequestre|paiement\\s+(?:securise|protege|garanti)|tiers\\s+de\\s+confiance',
  'treuhand\\w*|sicher\\w*\\s+zahlung\\w*|zahlungsschutz\\w*',
  'rekening\\s+bersama|rekber|(?:sistem\\s+)?pembayaran\\s+(?:aman|terjamin)',
  'bezpieczn\\w*\\s+platnos\\w*|depozyt\\w*',
].join('|');

/** A web address that is not the platform's ("www.safe-pay-trade.com", "https://…", "pay-guard.net"). */
const ADDRESS =
  '(?:https?:\\/\\/|www\\.)(?!(?:www\\.)?(?:[\\w-]+\\.)*(?:alibaba|aliexpress|1688|alipay)\\.)[\\w-]+(?:\\.[\\w-]+)+|(?<![\\w.@\\/-])(?!(?:alibaba|aliexpress|1688|alipay)\\.)[\\w-]+\\.(?:com|net|org|shop|store|top|xyz|online|site|cn|co|hk|io|pay)\\b';

/** The seller's own or a partner's: "our", "our partner's", "third-party", "nuestro", "notre", "unser", "kami", "-imiz". */
const OWNER =
  "\\b(?:our|my|partner'?s?|third[\\s-]party|independent|nuestr[oa]s?|nuestro\\s+socio|nostr[oa]|notre|unser\\w*|nosso|nossa|kami|bizim)\\b";

/** Where the escrow is the platform's own: "Alibaba's escrow", "the escrow of Trade Assurance", "uber Alibaba". */
const PLATFORMS_OWN =
  /\b(?:alibaba|aliexpress|trade\s?assurance)(?:'s)?\s+(?:\S+\s+){0,1}?(?:escrow|secure|safe|treuhand|sequestre|guvenli)|\b(?:escrow|treuhand\w*|sequestre|secure\s+payment)\s+(?:\S+\s+){0,3}?(?:of|from|by|von|de|di|da|du)\s+(?:the\s+)?(?:alibaba|aliexpress|trade\s?assurance|platform)\b|\b(?:on|via|through|in|by|uber|auf|sur|en|por|pelo|tramite|su|lewat|melalui|uzerinden)\s+(?:the\s+)?(?:www\.)?(?:alibaba|aliexpress|trade\s?assurance)\b|\b(?:escrow|secure|safe|treuhand\w*|sequestre|guvenli)\s+(?:\S+\s+){0,2}?(?:is|are|means|=|ist|es|est|e)\s+(?:the\s+|simply\s+|just\s+)?(?:alibaba|aliexpress|trade\s?assurance)\b/u;

/**
 * Another escrow the seller prefers, anywhere in the message: "Alibaba's escrow is slow, we prefer escrow.com". The
 * platform's escrow is named there only to be set aside, so it must not excuse the address that replaces it: a
 * preference ("prefer", "rather", "instead", "better") before an address. Not an escrow-like address alone: "never
 * use escrow.com, only Alibaba's escrow" names it to warn.
 */
const OTHER_ESCROW_PREFERRED = new RegExp(
  `\\b(?:prefer\\w*|rather|instead|better|recommend\\w*|bevorzug\\w*|preferimos|preferons|preferiamo)\\b[^.!?\\n]{0,30}?(?:${ADDRESS})`,
  'u',
);

export const SELLERS_ESCROW: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'an escrow or secure-payment site proposed by the seller',
    gate: /escrow|secure|safe|protect|guarant|guvenli|emanet|garanzia|garantia|sicuro|seguro|custodia|sequestre|securise|confiance|treuhand|sicher|zahlungsschutz|rekening bersama|rekber|aman|terjamin|bezpieczn|depozyt/,
    unless: PLATFORMS_OWN,
    unlessUndoneBy: OTHER_ESCROW_PREFERRED,
    re: anyOf(
      // The service, then its address within the sentence: "escrow service of our partner www.…".
      `(?:${ESCROW})[^.!?\\n]{0,60}?(?:${ADDRESS})`,
      // The address first: "www.… is our secure payment system".
      `(?:${ADDRESS})[^.!?\\n]{0,40}?(?:${ESCROW})`,
      // Owned by the seller or a partner: "our partner's escrow", "güvenli ödeme sistemimiz", "notre service de séquestre".
      `${OWNER}\\s+(?:\\S+\\s+){0,3}?(?:${ESCROW_SERVICE})`,
      '\\bguvenli\\s+odeme\\s+(?:sistem|servis|site|platform)\\w*(?:imiz|miz)\\w*',
    ),
  },
];
