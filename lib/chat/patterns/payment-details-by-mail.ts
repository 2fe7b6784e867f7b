import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * The seller saying it will send its bank details to the buyer's mailbox: "I'll send you our bank details by e-mail",
 * "Die Bankdaten schicke ich per E-Mail", "le mando los datos bancarios por correo", "je vous envoie le RIB par mail",
 * "wyślę dane do przelewu mailem". The payment itself is then arranged in the mailbox, away from the chat the platform
 * keeps: a move of the talk, as unnamed details sent there already are (offplatform-contact.ts, stop 33).
 * Two readings are kept as the project's corpora label them: a message that announces a new or changed account (the
 * mail is the courier of the change, which the bank-change rule reports), and a named document (an invoice or PI) that
 * carries the details (the mail is its courier). Only the seller as sender ("I / we", a first-person verb): mail the
 * platform or a carrier sends is not the seller's. Words over normalised text (lower-case, accents folded).
 */

/**
 * The details themselves: bank, account or payment details, an IBAN, in the languages read — the seller's own. The
 * platform's payment guide ("the payment instructions of Trade Assurance", "the Alibaba payment details") mailed as a
 * help is not an account to pay into: the details must not be the platform's (named right before or after).
 */
const PLATFORM_NAME =
  '(?:alibaba|aliexpress|trade\\s?assurance|escrow|(?:the\\s+)?(?:platform|plataforma|plateforme|plattform))';
const DETAILS_WORDS =
  "(?:(?:our|my|the|company'?s?)\\s+)?(?:bank(?:ing)?|account|payment|remittance|beneficiary|wire|transfer)\\s+(?:details|info(?:rmation)?|data|instructions)|\\biban\\b|\\brib\\b|bankdaten|bankverbindung|kontodaten|zahlungsdaten|datos\\s+(?:bancarios|de\\s+(?:la\\s+)?cuenta|de\\s+pago)|dados\\s+(?:bancarios|da\\s+conta|de\\s+pagamento)|coordonnees\\s+bancaires|coordinate\\s+bancarie|dati\\s+(?:bancari|del\\s+conto|per\\s+il\\s+bonifico)|dane\\s+(?:do\\s+przelewu|bankowe|konta)|numer\\s+konta|bankgegevens|rekeninggegevens|реквизит\\p{L}*";
export const DETAILS = `(?<!\\b${PLATFORM_NAME}(?:'s)?\\s+)(?:${DETAILS_WORDS})(?![\\p{L}])(?!\\s+(?:of|for|from|on|de|del|da|do|du|des|von|der|della)\\s+(?:the\\s+|la\\s+|el\\s+|a\\s+)?${PLATFORM_NAME})`;

/** By e-mail, or to the buyer's mailbox. */
const BY_MAIL =
  '(?:by|via|per|over|through)\\s+(?:e-?mail|mail)\\b|\\bin\\s+(?:an?\\s+|separate\\s+|another\\s+)*e-?mail\\b|\\bto\\s+your\\s+(?:e-?mail|mailbox|inbox)\\b|\\bpar\\s+(?:e-?mail|mail|courriel)\\b|\\b(?:por|pelo|via)\\s+(?:e-?mail|mail|correo)\\b|\\bper\\s+(?:e-?mail|mail)\\b|\\b(?:e-?)?mailem\\b|\\bna\\s+(?:(?:pana|pani|panstwa|twoj|wasz)\\w*\\s+)?(?:e-?mail|maila|skrzynk\\w*)\\b|(?<![\\p{L}])(?:по\\s+почте|на\\s+(?:вашу\\s+)?почту|на\\s+e-?mail)';

/** A first-person verb of sending: "I('ll) send / give", "we e-mail you", "schicke ich", "le mando", "je vous envoie / donne", "wyślę". */
const SEND =
  "\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+shall|\\s+am\\s+going\\s+to|\\s+are\\s+going\\s+to)?\\s+(?:also\\s+|then\\s+|later\\s+)?(?:send|forward|share|give|e-?mail|mail)\\b|\\b(?:schicke|sende|maile|schicken\\s+wir|senden\\s+wir)\\b|\\b(?:(?:le|te|les|lhe|ti|vi|gli)\\s+)?(?:mando|envio|enviare|mandare|paso|pasare|mandarei|enviarei|passo|invio|inviero|mandero|giro|girero|doy|darei|daro)\\b|\\b(?:je|nous)\\s+(?:vous\\s+|te\\s+|lui\\s+)?(?:envoie|enverrai|envoyons|enverrons|transmets|transmettrai|donne|donnerai|donnons|donnerons|communique|communiquerai|communiquons)\\b|\\b(?:wysle|przesle|wyslemy|przeslemy|podesle)\\b|(?<![\\p{L}])(?:вышлю|отправлю|пришлю|скину)(?![\\p{L}])";

/** What keeps the mail a courier: a new or changed account announced, or a document that carries the details. */
export const COURIER =
  /\b(?:new|changed|updated|update|neue\w*|geandert\w*|aktualisiert\w*|nuev[oa]s?|cambi\w*|actualizad\w*|nouve(?:au|l|lle)s?|change\w*|modifi\w*|nov[oa]s?|alterad\w*|mudou|nuov[oa]|aggiornat\w*|now\w+|zmian\w*|zmienion\w*|invoice|pi|proforma|pro-forma|factura|fatura|facture|fattura|rechnung|faktur\w*|invoic\w*)\b|(?<![\p{L}])(?:нов\p{L}*|измен\p{L}*|сч[её]т)(?![\p{L}])/u;

const GAP = '[^.!?;\\n]{0,40}?';

/** The buyer told to send: an imperative, or "please / kindly send", in the languages read (folded). */
const SEND_IMPERATIVE =
  '(?:^|[.!?]\\s+|\\b(?:please|pls|plz|kindly|and|also|then|just)\\s+)(?:also\\s+)?(?:send|forward|e-?mail|mail)\\b|\\b(?:envie|envie-?nos|enviem|mande|mandem|manden|envienos|enviame|envoyez|envoyez-nous|transmettez|adressez|senden\\s+sie|schicken\\s+sie|invii|inviate|mandi|mandate|inviateci|poslete|posli|zaslete|poslite|zaslite|wyslij|wyslijcie|przeslij|przeslijcie|stuur|gonderin|gonderiniz)\\b|(?<![\\p{L}])(?:пришлите|отправьте|вышлите|скиньте|надішліть)(?![\\p{L}])';
/** To the mailbox: "to the / my e-mail", "na e-mail", "e-mailem", "por correo", "par mail", "per E-Mail". */
const TO_MAIL =
  "\\bto\\s+(?:the|my|our|this|that)\\s+(?:e-?mail|mail)(?:\\s+address)?\\b|\\b(?:by|via|per|over)\\s+(?:e-?mail|mail)\\b|\\b(?:por|pelo|para\\s+o|al|a\\s+(?:mi|nuestro))\\s+(?:(?:meu|nosso)\\s+)?(?:e-?mail|mail|correo)\\b|\\bpar\\s+(?:e-?mail|mail|courriel)\\b|\\b(?:a|sur)\\s+(?:mon|notre|l)\\s*'?\\s*(?:adresse\\s+)?(?:e-?mail|mail)\\b|\\ban\\s+(?:meine|unsere|die)\\s+e-?mail\\b|\\b(?:e-?)?mailem\\b|\\bna\\s+(?:(?:vas|nas|muj|moj|nasz|twoj|wasz)\\w*\\s+)?(?:e-?mail\\w*|mail\\w*)\\b|(?<![\\p{L}])(?:на\\s+(?:мою\\s+|нашу\\s+)?почту|на\\s+e-?mail|на\\s+пошту)";

/** A named document sent (drawings, an invoice, a catalogue), in the languages read. */
const SENT_DOCUMENT =
  /\b(?:drawings?|bill\s+of\s+materials?|gerber\w*|invoice|pi|proforma|catalog\w*|price\s*list|quotation|documents?|files?|pdf|artwork|logo|photos?|pictures?|factura|fatura|facture|fattura|rechnung|zeichnung\w*|faktur\w*|vykres\w*|dokument\w*|catalogue|planos?|disegn\w*|rysun\w*|agreements?|contracts?|contratos?|contrat|contratto|vertr(?:a|ae)g\w*|smlouv\w*|umow\w*|nda|bom|specs?|specification\w*|certificates?|reports?|manuals?)\b/u;

export const PAYMENT_DETAILS_BY_MAIL: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel|почт/,
    unless: COURIER,
    unlessIn: 'message',
    // "Bankdaten schicke ich nicht per E-Mail", "реквизиты я не вышлю по почте": the "not" sits inside the match,
    // between the details and the verb, and refuses the sending (the phrase never carries a "not" of its own).
    negationInside: true,
    re: anyOf(
      // "I'll send you the bank details by e-mail", "le mando los datos bancarios por correo", "wyślę dane do przelewu
      // mailem".
      `(?:${SEND})${GAP}(?:${DETAILS})${GAP}(?:${BY_MAIL})`,
      // "I'll send by e-mail our bank details", "je vous envoie par mail le RIB".
      `(?:${SEND})${GAP}(?:${BY_MAIL})${GAP}(?:${DETAILS})`,
      // The details first: "Die Bankdaten schicke ich per E-Mail", "los datos bancarios se los mando por correo".
      `(?:${DETAILS})${GAP}(?:${SEND})${GAP}(?:${BY_MAIL})`,
      // The verb "e-mail" itself: "I'll e-mail you our bank details".
      `\\b(?:i|we)(?:'ll|\\s+will|\\s+can)?\\s+e-?mail\\s+(?:you|u)\\s+${GAP}(?:${DETAILS})`,
    ),
  },
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail/,
    // Polish: "proszę napisać do mnie na e-mail", "napiszcie do nas mailem": the buyer told to write to the mailbox.
    re: anyOf(
      '\\b(?:napisz|napiszcie|napisac|napisze|pisz|piszcie|pisac)\\s+(?:do\\s+(?:mnie|nas)\\s+)?(?:na\\s+(?:(?:moj|nasz)\\w*\\s+)?(?:e-?mail|maila|mail|adres\\s+e-?mail)|(?:e-?)?mailem)\\b',
    ),
  },
  {
    // Stop 52: the buyer told to send something (the balance's proof, a confirmation, a copy) to the mailbox: "Doplatek
    // prosím pošlete tam a potvrzení také na e-mail", "please send the payment confirmation to the e-mail too",
    // "envíe el comprobante por correo", "envoyez la preuve de paiement par mail", "senden Sie die Bestätigung per
    // E-Mail". The buyer then writes in the mailbox, whatever courier the seller's own mail was (a new account
    // announced keeps the seller's mail a courier, not the buyer's answer).
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel/,
    negationInside: true,
    // "Please send us the drawings by e-mail": a named document keeps the mail its courier, as offplatform-contact.ts reads.
    unless: SENT_DOCUMENT,
    unlessIn: 'sentence',
    // "here in the chat, not by e-mail": a word of here or not between the verb and the mailbox keeps the talk here.
    re: anyOf(
      `(?:${SEND_IMPERATIVE})(?:(?!\\b(?:not|here|no|nicht|pas|ne|nao|non|aqui|ici|hier|tady|zde|sem)\\b)[^.!?;\\n]){0,60}?(?:${TO_MAIL})`,
    ),
  },
];
