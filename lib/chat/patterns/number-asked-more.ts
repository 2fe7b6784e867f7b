import { anyOf, type ChatPattern } from '../match';
import { SHIPPING } from './invitations';

/**
 * The reader's phone number asked for, in languages the asks of invitations.ts do not read, and a reply asked for "on
 * the phone number" in German: a verb of giving, sending or leaving that governs the number (Hebrew "תשאיר מספר טלפון",
 * Greek "στείλτε μου το κινητό σας", Romanian "dați-mi numărul de telefon"; German "bitte auf Telefonnummer schreiben").
 * Once the buyer's number is in hand, the catalogue, the video or the offer goes there: the talk has left the platform,
 * whatever reason is given (a file limit here, a slow chat). A number for the courier, the label or the delivery is
 * shipping, as in the other languages.
 * Words over normalised text (lower case; Latin accents folded, Greek accents kept, so each Greek vowel is a class).
 */

/** Greek letters with or without their accent (normalise.ts keeps Greek tonos). */
const el = (word: string) => word.replace(/[αεηιουω]/g, (v) => `[${v}${'άέήίόύώ'['αεηιουω'.indexOf(v)]}]`);

/** Shipping in Hebrew, Greek and Romanian, beside the English words SHIPPING reads. */
const SHIPPING_MORE = new RegExp(
  `${SHIPPING.source}|שליח|משלוח|כתובת|מדבקה|${el('κουριερ')}|${el('αποστολ')}\\p{L}*|${el('παραδοσ')}\\p{L}*|${el('διευθυνσ')}\\p{L}*|\\b(?:curier\\w*|livrar\\w*|colet\\w*|adres\\w*|awb|eticheta)\\b`,
  'u',
);

/** Hebrew: "תשאיר / השאר / שלח לי / תן לי" and the number, the mobile or the app (a ה or את may stand before it). */
const HE_GIVE =
  '(?<![\\p{L}])(?:תשאיר|תשאירי|תשאירו|השאר|השאירו|תשלח|תשלחי|תשלחו|שלח|שלחי|שלחו|תן|תני|תנו|תביא|תביאי)(?:\\s+(?:לי|לנו))?';
/**
 * The number, or the phone or mobile as the buyer's own ("הנייד שלך"), or the messaging app. A bare "טלפון" or "נייד" is
 * also a handset ("שלח לנו טלפון אחד מהדגם", a phone sent in as a sample), so without "מספר" it needs the possessive.
 */
const HE_POSSESSIVE = '\\s+(?:שלך|שלכם|שלכן)(?![\\p{L}])';
const HE_NUMBER = `(?:את\\s+)?ה?(?:מספר\\s+(?:ה?טלפון|ה?נייד|ה?פלאפון|ה?וואטסאפ|ה?ווטסאפ)|מספר(?=${HE_POSSESSIVE})|(?:טלפון|נייד|פלאפון)(?=${HE_POSSESSIVE})|וואטסאפ|ווטסאפ)(?![\\p{L}])`;

/** Greek: "στείλτε / δώστε / αφήστε (μου) το κινητό / τηλέφωνο / τον αριθμό σας". */
const EL_GIVE = `(?<![\\p{L}])(?:${['στειλτε', 'στειλε', 'δωστε', 'δωσε', 'αφηστε', 'αφησε', 'πειτε', 'γραψτε'].map(el).join('|')})`;
/**
 * The mobile or telephone, or "the number" only as the buyer's own ("τον αριθμό σας") or a phone's ("αριθμό τηλεφώνου"):
 * "τον αριθμό παραγγελίας" (the order number) and "τον αριθμό των τεμαχίων" (how many pieces) are no contact.
 */
const EL_NUMBER = `(?:${['κινητο', 'τηλεφωνο'].map(el).join('|')}|(?:${['αριθμο', 'νουμερο'].map(el).join('|')})(?=\\s+(?:${['σας', 'σου', 'τηλεφωνου', 'κινητου', 'whatsapp'].map(el).join('|')})(?![\\p{L}])))(?![\\p{L}])`;

/**
 * Romanian: "dați-mi / trimiteți-mi / lăsați numărul de telefon / telefonul / mobilul (dvs.)". "Numărul" alone is as often
 * a count ("numărul de bucăți", "numărul de culori") or an order's number, so it needs the phone word or the buyer's
 * possessive ("numărul dvs.", "numărul tău").
 */
const RO_GIVE =
  '\\b(?:dati|da|trimiteti|trimite|lasati|lasa|spuneti|scrieti|comunicati)(?:\\s*-\\s*|\\s+)(?:mi|ne)\\b|\\b(?:sa\\s*-\\s*mi|sa\\s+imi|sa\\s*-\\s*ne|sa\\s+ne|imi|ne)\\s+(?:dati|trimiteti|lasati|spuneti|scrieti|comunicati)\\b';
const RO_NUMBER =
  '(?:numarul\\s+(?:(?:de\\s+)?(?:telefon|mobil|whatsapp)|dvs|dumneavoastra|tau|vostru)|telefonul|mobilul|whatsapp-?ul)\\b';

/**
 * German: the platform's own service reaching the buyer ("der Alibaba-Kundenservice kann Sie unter der Handynummer
 * erreichen") is no ask of the seller's, nor is the number the buyer gave at sign-up ("…, die Sie bei der Registrierung
 * angegeben haben"): the line is the platform's record, not the seller's.
 */
const NOT_THE_PLATFORM_REACHING_YOU =
  '(?<!\\b(?:kundenservice|kundendienst|support|service|plattform|alibaba|aliexpress)\\s+(?:\\S+\\s+){0,2})';
const NOT_ON_RECORD =
  '(?![^.!?;]{0,20}?\\b(?:die|den)\\s+(?:sie|du)\\s+(?:\\S+\\s+){0,4}?(?:angegeben|hinterlegt|registriert|eingetragen|angemeldet)\\b)';

export const NUMBER_ASKED_MORE_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /מספר|טלפון|נייד|פלאפון|וואטסאפ|ווטסאפ|κινητ|κιν|τηλ|αριθμ|νουμερ|numarul|telefonul|mobilul|whatsapp/,
    unless: SHIPPING_MORE,
    unlessIn: 'message',
    re: anyOf(
      `${HE_GIVE}\\s+${HE_NUMBER}`,
      `${EL_GIVE}(?:\\s+(?:μου|μας))?\\s+(?:(?:το|τον)\\s+)?${EL_NUMBER}`,
      `(?:${RO_GIVE})\\s+(?:\\S+\\s+)?${RO_NUMBER}`,
    ),
  },
  {
    // "Bitte auf Telefonnummer schreiben", "melden Sie sich auf meine Handynummer", "unter WhatsApp-Nummer anrufen": a
    // reply asked for on a phone line instead of here. "auf Rechnung schreiben" (bill it) names no number.
    kind: 'explicit',
    what: 'a phone or e-mail to continue elsewhere',
    gate: /nummer/,
    unless: SHIPPING_MORE,
    unlessIn: 'message',
    re: anyOf(
      `${NOT_THE_PLATFORM_REACHING_YOU}\\b(?:auf|an|unter|uber)\\s+(?:(?:meine|meiner|unsere|unserer|die|diese|der|dieser)\\s+)?(?:telefon|handy|mobil|whatsapp)-?nummer\\s+(?:\\S+\\s+)?(?:schreiben|schreibt|schreib|anrufen|melden|antworten|kontaktieren|erreichen)\\b${NOT_ON_RECORD}`,
      // "Sie erreichen mich unter meiner Handynummer": the writer reached there (the buyer reached is the line above).
      '\\b(?:erreichen|erreicht|kontaktieren|kontaktiert)\\s+(?:sie\\s+)?(?:mich|uns)\\s+(?:bitte\\s+|gerne\\s+|direkt\\s+|jederzeit\\s+)*(?:auf|an|unter|uber)\\s+(?:(?:meine|meiner|unsere|unserer|der|die)\\s+)?(?:telefon|handy|mobil|whatsapp)-?nummer\\b',
      '\\b(?:schreiben|schreibt|schreib|rufen|melden|antworten)\\s+(?:sie\\s+)?(?:(?:mir|mich|uns|bitte|sich)\\s+)*(?:auf|an|unter)\\s+(?:(?:meine|meiner|unsere|unserer|die|diese)\\s+)?(?:telefon|handy|mobil|whatsapp)-?nummer\\b',
    ),
  },
];
