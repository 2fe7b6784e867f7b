import { anyOf, type ChatPattern } from '../match';

/**
 * Requests to pay elsewhere whose words the lexicons cannot compose (stop 44), read in the spellings writers use
 * when they type their language in Latin letters, and two readings of the platform set against the seller's own
 * way to pay:
 * - money sent to a card, in Russian and Ukrainian typed in Latin letters ("oplatit' perevodom na kartu", "oplata
 *   na kartku PrivatBank"), as ru.ts reads it in Cyrillic;
 * - cash or a transfer through an exchange office or a hawala broker, in Arabizi ("el daf3 3an tari2 maktab
 *   sarafa", "ebe3t el flos 7awala"), as ar.ts reads it in Arabic script;
 * - paying compared with the platform ("c'est plus rapide que par la plateforme", "más fácil que por Alibaba",
 *   "quicker than through the platform"): the seller's way is offered as better than the platform's;
 * - the platform's fee said to fall away ("then there is no platform service charge", "without the Alibaba
 *   commission"), with bank details, a payment or the seller's own proforma in the message.
 * Folded text (lower case, accents dropped).
 */

/** Paying, in Russian and Ukrainian typed in Latin letters. */
const PAY_RU_LATN =
  '(?:oplat|oplach|perevod|pereved|perevest|perechisl|zaplat|doplat|predoplat|peredoplat|skin|zakin|perekaz|perekazh|splat|avans|zadat|zavdat)\\w*';

/** Paying, in Arabizi and the English words that come inside it. */
const PAY_AR_LATN =
  '(?:el\\s+)?(?:daf3|dafa3|edfa3|idfa3|tedfa3|ta7wee?l|tahwee?l|7awel|7awwel|ba3at|eb3at|ib3at|flos|floos|felos|cash|kash|transfer|payment|pay)';

/** Paying or a payment word, in the Latin-script languages read (folded). */
const PAYING =
  /\b(?:pay\w*|paid|transfer\w*|remit\w*|wire|t\/?t|deposit|bank\s+(?:info|details|account|transfer)|proforma|pi|invoice|virement|paiement|payer|regl\w*|compte|pago|pagar|pague\w*|transferencia|cuenta|pagamento|conta|bonifico|conto|zahl\w*|bezahl\w*|uberweis\w*|konto)\b/;

/** The platform, its checkout or its order, after "than": "que par la plateforme", "than through Alibaba". */
const THAN_PLATFORM =
  '(?:than|que|do\\s+que|di|als)\\s+(?:(?:by|via|through|on|with|using|par|sur|via|avec|por|en|con|pelo|pela|no|na|con|su|tramite|sulla|uber|auf|mit)\\s+)?(?:the\\s+|la\\s+|le\\s+|el\\s+|o\\s+|a\\s+|il\\s+|die\\s+|den\\s+|das\\s+)?(?:alibaba|aliexpress|platform|plateforme|plataforma|piattaforma|plattform|trade\\s?assurance|escrow)\\b';

/** Better, faster, easier, cheaper: the seller's way offered as an improvement on the platform's. */
const BETTER =
  '(?:faster|quicker|easier|simpler|safer|better|cheaper|plus\\s+(?:rapide|simple|facile|pratique|avantageux)|moins\\s+cher|mas\\s+(?:rapido|facil|sencillo|barato|conveniente)|mais\\s+(?:rapido|facil|simples|barato)|piu\\s+(?:veloce|rapido|facile|semplice|conveniente)|schneller|einfacher|gunstiger|billiger)';

export const TYPED_IN_LATIN_PAYMENT: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: "a transfer to a person's bank card",
    gate: /kart/,
    re: anyOf(
      // "perevodom na kartu", "oplata na kartku PrivatBank", "predoplata 50% na kartu", "skin'te 300 rub na kartu":
      // up to four words (a sum, a "please") between the payment and the card.
      `\\b${PAY_RU_LATN}'?,?\\s+(?:[\\w%$€.']+,?\\s+){0,4}?na\\s+(?:moyu\\s+|moju\\s+|nashu\\s+|lichnuyu\\s+|lichnuju\\s+|moyu\\s+lichnuyu\\s+)?(?:kartu|kartku|kartochku|kartocku)\\b`,
    ),
  },
  {
    kind: 'contextual',
    what: 'a money-transfer app',
    gate: /sar+af|7awala|hawala|7awla|hewala/,
    // Not the cash machine ("el sarraf el ali", "ATM"), where a buyer takes money out.
    unless: /\bsar+af\s+(?:el\s+)?(?:ali|a2li|aly)\b|\batm\b/,
    unlessIn: 'sentence',
    re: anyOf(
      // "el daf3 cash 3an tari2 maktab sarafa", "ebe3t el flos 7awala", "pay through a sarraf".
      `\\b${PAY_AR_LATN}\\b[^.!?\\n]{0,50}?\\b(?:(?:maktab|mahal|sharket|sherket)\\s+(?:el\\s+)?s[ae]r+af(?:a|ah|eh|e)?|s[ae]r+af(?:a|ah|eh)|(?:el\\s+)?(?:7awala|7awla|hawala|hewala))\\b`,
      `\\b(?:maktab|mahal)\\s+(?:el\\s+)?s[ae]r+af(?:a|ah|eh|e)?\\b[^.!?\\n]{0,40}?\\b${PAY_AR_LATN}\\b`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /faster|quicker|easier|simpler|safer|better|cheaper|plus|moins|mas|mais|piu|schneller|einfacher|gunstiger|billiger/,
    // What is compared must be a payment, named before it in the same sentence ("a wire to our account is quicker than
    // through the platform"): "our delivery time is faster than the platform average" compares something else, even
    // with the payment terms in the next sentence.
    re: anyOf(`(?<=${PAYING.source}[^.!?\\n]{0,80})\\b${BETTER}\\s+(?:(?:\\w+\\s+){0,2}?)${THAN_PLATFORM}`),
  },
  {
    // "…the proforma from the company side, then there is no platform service charge", "without the Alibaba
    // commission, pay to the account on the PI": the fee falls away only off the order. Not "Alibaba charges no fee
    // to buyers": the platform is named as the subject of charging, not as the fee that is saved.
    kind: 'contextual',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /\bno\b|without|zero|skip|avoid/,
    needs:
      /\b(?:bank\s+(?:info|information|details|account)|beneficiary|proforma|pi|transfer\w*|t\/?t|wire|remit\w*|(?:our|my|company)\s+account)\b/,
    needsIn: 'message',
    re: anyOf(
      "\\b(?:no|without|zero|skip\\w*|avoid\\w*)\\s+(?:the\\s+|any\\s+)?(?:alibaba|aliexpress|platform|trade\\s?assurance|ta)(?:'s)?\\s+(?:service\\s+|transaction\\s+|handling\\s+|processing\\s+)?(?:fee|fees|charge|charges|commission|commissions|cut|percentage)\\b",
    ),
  },
];
