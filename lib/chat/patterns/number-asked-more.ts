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
const HE_NUMBER =
  '(?:את\\s+)?ה?(?:מספר\\s+(?:ה?טלפון|ה?נייד|ה?פלאפון|ה?וואטסאפ|ה?ווטסאפ)|מספר(?=\\s+(?:שלך|שלכם))|טלפון|נייד|פלאפון|וואטסאפ|ווטסאפ)(?![\\p{L}])';

/** Greek: "στείλτε / δώστε / αφήστε (μου) το κινητό / τηλέφωνο / τον αριθμό σας". */
const EL_GIVE = `(?<![\\p{L}])(?:${['στειλτε', 'στειλε', 'δωστε', 'δωσε', 'αφηστε', 'αφησε', 'πειτε', 'γραψτε'].map(el).join('|')})`;
const EL_NUMBER = `(?:${['κινητο', 'τηλεφωνο', 'αριθμο', 'νουμερο'].map(el).join('|')})(?![\\p{L}])`;

/** Romanian: "dați-mi / trimiteți-mi / lăsați numărul (de telefon) / telefonul / mobilul (dvs.)" — not an order's number. */
const RO_GIVE =
  '\\b(?:dati|da|trimiteti|trimite|lasati|lasa|spuneti|scrieti|comunicati)(?:\\s*-\\s*|\\s+)(?:mi|ne)\\b|\\b(?:sa\\s*-\\s*mi|sa\\s+imi|sa\\s*-\\s*ne|sa\\s+ne|imi|ne)\\s+(?:dati|trimiteti|lasati|spuneti|scrieti|comunicati)\\b';
const RO_NUMBER =
  '(?:numarul(?:\\s+(?:de\\s+)?(?:telefon|mobil|whatsapp))?(?!\\s+(?:de\\s+)?(?:comanda|comenzii|urmarire|factura|facturii|awb|serie|tva|cui|cnp|cont|card)\\b)|telefonul|mobilul|whatsapp-?ul)\\b';

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
      '\\b(?:auf|an|unter|uber)\\s+(?:(?:meine|unsere|die|diese|der|dieser)\\s+)?(?:telefon|handy|mobil|whatsapp)-?nummer\\s+(?:\\S+\\s+)?(?:schreiben|schreibt|schreib|anrufen|melden|antworten|kontaktieren|erreichen)\\b',
      '\\b(?:schreiben|schreibt|schreib|rufen|melden|antworten)\\s+(?:sie\\s+)?(?:(?:mir|uns|bitte|sich)\\s+)*(?:auf|an|unter)\\s+(?:(?:meine|unsere|die|diese)\\s+)?(?:telefon|handy|mobil|whatsapp)-?nummer\\b',
    ),
  },
];
