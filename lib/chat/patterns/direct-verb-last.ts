import { anyOf, type ChatPattern } from '../match';

/**
 * Hindi and Urdu in Latin letters put the verb last, after where the money goes: "payment seedha <bank> ke account
 * mein bhej dein", "paisa direct hamare HBL wale khate me jama karwa dein". The lexicon's "direct near a verb of
 * paying" allows a few words between them; a bank's name and its postpositions ("Meezan bank ke account mein")
 * make the place longer than that. Read here as the shape itself: "directly", then a place that ends in an account
 * word and a postposition (mein, me, pe, par), then a verb of sending or depositing. The buyer's own account ("aapke
 * account", a refund, "wapas") is no payment to the seller.
 */
const DIRECT = '(?:seedha|sidha|seedhe|sidhe|direct|directly)';
const ACCOUNT = '(?:account|acc|khata|khate|khaate|wallet)';
const INTO = '(?:mein|me|main|mai|pe|par|m)';
const SEND =
  '(?:bhej\\w*|bhij\\w*|jama\\s+kar\\w*|daal\\w*|dal\\s+d\\w*|transfer\\s+kar\\w*|deposit\\s+kar\\w*|pay\\s+kar\\w*|kar\\s+d(?:ein|en|o|ijiye|ijie))';

/** "bhejna mana hai", "bhejna allowed nahi": the verb named as forbidden, after it. */
const FORBIDDEN = '(?:mana|manaa|allowed\\s+nahi|nahi|nahin|mat)\\b';

/** The platform's order: "Alibaba order", "Trade Assurance", "TA order". */
const PLATFORM = '(?:alibaba|aliexpress|trade|assurance|ta|order|platform|escrow)';

/** "mat bhejein", "na bhejein", "nahi bhejna": the prohibitive before the verb. */
const NOT = '(?:mat|na|nahi|nahin|mut)';

export const DIRECT_VERB_LAST: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to pay the supplier directly',
    gate: /seedha|sidha|seedhe|sidhe|direct/,
    gateAlso: /account|acc|khata|khate|khaate|wallet/,
    unless: /\b(?:aap(?:ke|ka|ki)|apke|apka|your|refund|wapas|vapas)\b/,
    // The platform's own order or Trade Assurance as the place ("direct Alibaba order ke account mein jama karein")
    // is where the money should go: read in the gap itself, not elsewhere in the clause.
    re: anyOf(
      `\\b${DIRECT}\\s+(?:(?!${PLATFORM}\\b)\\S+\\s+){0,5}?${ACCOUNT}\\s+${INTO}\\s+(?:(?!${NOT}\\b)\\S+\\s+)?${SEND}\\b(?!\\s+${FORBIDDEN})`,
    ),
  },
];
