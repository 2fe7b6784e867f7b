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

/**
 * The bank details said not to be needed: "we don't need your IBAN", "nu ne trebuie IBAN-ul dvs.", "no necesitamos su
 * IBAN", "votre RIB n'est pas nécessaire" — the refund goes back the platform's way, nobody asks for the account. The
 * negation must govern the bank details themselves (at most three words between): "we don't need AliExpress, send your
 * IBAN" still asks.
 */
const BANK_WORD =
  '(?:iban\\S*|rib|bank\\w*|account\\w*|cont\\w*|cuenta\\w*|dados|coordonnees|bankverbindung|kontonummer|conto|dati|szamla\\w*|hesap\\w*|λογαριασμ\\p{L}*)';
/**
 * The denied thing must be the bank details themselves, not another noun they qualify ("we don't need your bank name",
 * "…your bank's address"), and no "only / just / but" may bring the IBAN back after it ("I don't need your bank name,
 * only your IBAN, and I refund you directly" still asks for it).
 */
const DENIED_IS_THE_DETAILS =
  "(?!'?s?\\s+(?:name|names|address|branch|logo|app|card|cards|fee|fees|charges?|hours|holidays?|nume|numele|adresa|nombre|direccion|nom|adresse))" +
  `(?![^.!?;\\n]{0,40}?\\b(?:only|just|but|doar|numai|ci|solo|sino|seulement|mais|nur|sondern|apenas|mas|csak|sadece)\\b[^.!?;\\n]{0,25}?(?:iban|rib|account|cont|cuenta|conta|konto|hesap|szamla))`;
const NEED_DENIED = new RegExp(
  [
    `(?:(?:don'?t|do\\s+not|does\\s+not|doesn'?t|will\\s+not|won'?t|never|no)\\s+(?:\\w+\\s+)?(?:need|require|ask\\s+for|ask)|nu\\s+(?:ne\\s+|va\\s+|mai\\s+|le\\s+)?(?:trebuie|cerem|solicitam)|nu\\s+(?:avem|aveti|este|e)\\s+(?:nevoie|necesar\\w*)(?:\\s+de)?|no\\s+(?:le\\s+|te\\s+|les\\s+)?(?:necesit\\w*|pedimos|hace\\s+falta|es\\s+necesari\\w*)|pas\\s+besoin(?:\\s+de|\\s+d')?|ne\\s+demandons\\s+pas|nao\\s+(?:precis\\w*|pedimos|e\\s+necessari\\w*)|brauchen\\s+(?:wir\\s+)?(?:\\w+\\s+)?nicht|nem\\s+kell|nincs\\s+szukseg\\w*|gerek\\s+yok|(?<![\\p{L}])δεν\\s+(?:χρειάζ|χρειαζ)\\p{L}*)\\s+(?:\\S+\\s+){0,3}?${BANK_WORD}${DENIED_IS_THE_DETAILS}`,
    `${BANK_WORD}\\s+(?:\\S+\\s+){0,3}?(?:is\\s+not|isn'?t|are\\s+not|aren'?t|not)\\s+(?:needed|required|necessary)|${BANK_WORD}\\s+(?:\\S+\\s+){0,3}?(?:n'est\\s+pas|no\\s+es|nu\\s+(?:e|este)|nao\\s+e|ist\\s+nicht)\\s+(?:necesar\\w*|necessaire|necessari\\w*|notig|erforderlich)`,
  ].join('|'),
  'u',
);

/**
 * The refund said to be made by the platform itself: "the money is refunded by Alibaba to your card or IBAN", "banii vă
 * vor fi rambursați de Alibaba", "reembolsado por AliExpress", "von Alibaba erstattet", "AliExpress will refund you" —
 * the platform's own refund, nobody else's. Only the platform as the one who refunds (a passive "by", or the platform
 * as subject): "the refund through AliExpress" is the scam's opening. And not when the same sentence has the seller's
 * own way back — slow, faster, directly, "I refund you" — which is the story the rule is for.
 */
const PLATFORM =
  '(?:alibaba|aliexpress|the\\s+platform|platforma|plataforma|la\\s+plateforme|der\\s+plattform|la\\s+piattaforma)';
const PLATFORM_REFUNDS = new RegExp(
  "^(?![^]*(?:\\b(?:slow\\w*|too\\s+long|faster|quicker|direct\\w*|myself|personally|lent[oa]?|tarda\\w*|demora\\w*|mai\\s+repede|dureaza|langsam|dauert|kozvetlen\\w*|(?:i|we|i'll|we'll|i\\s+will|we\\s+will)\\s+(?:\\w+\\s+)?(?:refund|pay\\s+you\\s+back|return\\s+the\\s+money))\\b))(?:" +
    [
      `[^]*\\b(?:refunded|paid\\s+back|returned|credited|rambursat\\w*|reembolsad\\w*|rembours[e]\\w*|rimborsat\\w*|erstattet|ruckerstattet|estornad\\w*|devuelt\\w*|devolvid\\w*)\\s+(?:[\\w-]+\\s+){0,3}?(?:by|de|de\\s+catre|catre|por|pela|pelo|par|da|dalla|von)\\s+${PLATFORM}\\b`,
      `[^]*\\bvon\\s+${PLATFORM}\\s+(?:\\w+\\s+){0,3}?(?:erstattet|ruckerstattet|zuruckgezahlt)\\b`,
      `[^]*\\b${PLATFORM}\\s+(?:will\\s+|would\\s+|shall\\s+|then\\s+|automatically\\s+|va\\s+|vor\\s+|o\\s+sa\\s+)*(?:refunds?|returns?\\s+the\\s+money|rambursea\\w*|ramburseaza|reembolsa\\w*|rembourse\\w*|rimborsa\\w*|erstattet|visszaterit\\w*|visszautal\\w*)\\b`,
      `[^]*(?<![\\p{L}])(?:επιστρέφ|επιστρεφ|επιστραφ)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?από\\s+(?:την\\s+|το\\s+)?(?:alibaba|aliexpress|πλατφόρμα)`,
    ].join('|') +
    ')',
  'u',
);

export const REFUND_OUTSIDE: ChatPattern = {
  kind: 'contextual',
  what: "a refund offered outside the platform, to the buyer's own bank details",
  gate: /iban|rib|bank|account|cuenta|coordonnees|bankverbindung|kontonummer|conto|dati|conta|dados|numer|rekeningnummer|banka|bankszamla|szamlaszamat|αριθμ/,
  needs: new RegExp(`^(?=[^]*(?:${REFUND.source}))(?=[^]*(?:${OWN_WAY.source}))`, 'u'),
  needsIn: 'message',
  unless: new RegExp(`${NEED_DENIED.source}|${PLATFORM_REFUNDS.source}`, 'u'),
  unlessIn: 'sentence',
  re: anyOf(...YOUR_BANK_DETAILS),
};
