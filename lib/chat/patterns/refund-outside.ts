import { anyOf, type ChatPattern } from '../match';

/**
 * A refund taken out of the platform: "the refund through AliExpress takes too long, send me your IBAN and I pay you
 * back directly", "el reembolso por AliExpress tarda mucho, mándeme su IBAN", "Στείλτε μου το IBAN σας … σας επιστρέφω
 * αμέσως". The money then moves between the parties' own accounts, outside the order the platform would settle (and
 * the buyer's bank details are what the next "small verification payment" story needs). Folded text; Greek keeps its
 * accents.
 *
 * Three things in one message: the buyer's own IBAN or bank details asked for, a refund, and the seller's own way —
 * "directly", "myself", "faster", or the platform's refund called slow. A refund the platform makes ("the refund goes
 * back through AliExpress, no IBAN needed") has no such ask.
 */

/** The buyer's bank details: "your IBAN", "su IBAN", "votre RIB", "Ihre IBAN", "το IBAN σας", "IBAN-ul dvs.". */
const YOUR_BANK_DETAILS = [
  '\\b(?:your|ur|su|tu|sus|votre|vos|ton|ihre|ihr|deine|dein|il\\s+tuo|il\\s+suo|la\\s+tua|la\\s+sua|tuo|suo|seu|sua|o\\s+seu|twoj\\w*|swoj\\w*|uw|je)\\s+(?:own\\s+)?(?:iban|rib|bank\\s+(?:account|details|info\\w*)|account\\s+(?:number|details)|numero\\s+de\\s+cuenta|cuenta\\s+bancaria|coordonnees\\s+bancaires|bankverbindung|kontonummer|conto\\s+corrente|dati\\s+bancari|conta\\s+bancaria|dados\\s+bancarios|numer\\s+konta|rekeningnummer)\\b',
  '\\biban(?:-?ul)?\\s+(?:(?:dvs|tau|dumneavoastra)\\b|(?:σας|σου)(?![\\p{L}]))',
  '\\b(?:iban|banka\\s+hesab)\\w*\\s*(?:numaranizi|numaranizi|inizi|ınızı|ini)\\b|\\bibaninizi\\b',
  '(?<![\\p{L}])(?:το\\s+)?iban\\s+(?:σας|σου)(?![\\p{L}])|(?<![\\p{L}])(?:τον\\s+)?(?:αριθμό|αριθμο)\\s+λογαριασμού?\\s+(?:σας|σου)',
  '\\b(?:az\\s+on\\s+)?(?:iban|bankszamla)\\w*\\s+(?:szamat|szamlaszamat)\\b|\\bszamlaszamat\\b',
];

/** Money coming back to the buyer. */
const REFUND =
  /\b(?:refund\w*|pay\s+(?:you\s+)?back|money\s+back|reembols\w*|devolu\w*|devolv\w*|rembours\w*|erstatt\w*|ruckerstatt\w*|zuruckzahl\w*|rimbors\w*|restitui\w*|estorn\w*|zwrot\w*|iade\w*|rambursa\w*|restitui\w*|visszaterit\w*|visszautal\w*|terugbetal\w*|hoan\s+tien)\b|(?<![\p{L}])(?:επιστροφ|επιστρέφ|επιστρεφ|αποζημ)\p{L}*|(?<![\p{L}])(?:возврат|верн)\p{L}*|退款|返金|환불/u;

/** The seller's own way: directly, myself, faster — or the platform's refund said to be slow. */
const OWN_WAY =
  /\b(?:direct\w*|myself|personally|faster|quicker|immediately|slow|too\s+long|takes\s+(?:too\s+)?long|directamente|directo|mas\s+rapido|tarda\w*|lento|directement|plus\s+vite|lent|trop\s+long|direkt|schneller|dauert|langsam|direttamente|piu\s+veloce|lento|diretamente|mais\s+rapido|demora\w*|bezposrednio|szybciej|dlugo|direkt|hizli|uzun\s+suru\w*|imediat|mai\s+repede|dureaza|kozvetlen\w*|azonnal|gyorsabban|lassu)\b|(?<![\p{L}])(?:αμέσως|αμεσως|απευθείας|απευθειας|αργεί|αργει|γρηγορότερα|γρηγοροτερα)(?![\p{L}])/u;

export const REFUND_OUTSIDE: ChatPattern = {
  kind: 'contextual',
  what: "a refund offered outside the platform, to the buyer's own bank details",
  gate: /iban|rib|bank|account|cuenta|coordonnees|bankverbindung|kontonummer|conto|dati|conta|dados|numer|rekeningnummer|banka|bankszamla|szamlaszamat|αριθμ/,
  needs: new RegExp(`^(?=[^]*(?:${REFUND.source}))(?=[^]*(?:${OWN_WAY.source}))`, 'u'),
  needsIn: 'message',
  re: anyOf(...YOUR_BANK_DETAILS),
};
