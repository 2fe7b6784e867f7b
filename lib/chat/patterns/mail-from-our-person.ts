import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';
import { DETAILS } from './payment-details-by-mail';

/**
 * Another of the seller's people — "our accountant", "unser Partner", "muhasebecimiz", "наш бухгалтер", "nuestro
 * contador" — who will write to the buyer's mailbox: the talk (and what it asks for: a balance, a fee, an invoice to pay
 * him) goes on with a person the platform never sees. A document named as what he sends does not keep this a courier,
 * as it does for the seller's own "I e-mail you the invoice" (offplatform-contact.ts): the sender is someone else, and
 * the buyer is to answer him. Read as a possessive of the seller's, one of his roles, a verb of sending or writing to
 * the buyer, and the mailbox, in one clause. Carriers and the platform are nobody's "our accountant"; the buyer's own
 * broker ("your broker") is not the seller's. Bank details or payment instructions as what he mails keep the
 * project's convention for them (README, "e-mail as a courier"): the account they carry is judged by the payment and
 * bank-change rules, and the mail is their courier — the corpora label "our finance colleague will e-mail you the new
 * bank details" payment and bank change, not contact (stop 45: the fifth-set labelling guide reads it as a contact too;
 * the corpora's reading is kept). Words over normalised text (lower case, Latin accents folded).
 */

/** The details as what is mailed: the mail is their courier. */
const BANK_DETAILS_MAILED = new RegExp(DETAILS, 'u');

const GAP = '[^.!?;\\n]{0,60}?';

/**
 * The same thing posted here too ("… by email and also upload it here", "y también lo sube aquí"): the mail is a
 * copy, the talk stays in the chat.
 */
const ALSO = '(?:also|too|as\\s+well|tambien|aussi|anche|auch)';
const HERE =
  '(?:here|in\\s+(?:this|the)\\s+chat|on\\s+(?:the\\s+)?(?:platform|alibaba)|aqui|aca|en\\s+el\\s+chat|ici|qui|hier)';
const ALSO_HERE = `(?![^.!?;\\n]{0,40}?(?:\\b${ALSO}\\b[^.!?;\\n]{0,30}?\\b${HERE}\\b|\\b${HERE}\\s+${ALSO}\\b))`;

// ── English ──
const EN_PERSON =
  '\\b(?:our|my)\\s+(?:\\w+\\s+)?(?:accountants?|accounting|finance|financial|cashier|partners?|colleagues?|brokers?|agents?|associates?|friend)(?:\\s+(?:team|department|dept|office|guy|lady))?';
const EN_SEND =
  "(?:will|'ll|is\\s+going\\s+to|shall|can|would)\\s+(?:\\w+\\s+)?(?:e-?mail|write\\s+to|send|contact|forward)\\b|\\b(?:e-?mails?|writes\\s+to|sends|contacts)\\b";
const EN_MAILBOX =
  '\\b(?:by|via|per|over|through|in\\s+an?)\\s+e-?mail\\b|\\bto\\s+your\\s+(?:e-?mail|mailbox|inbox)\\b|\\be-?mails?\\s+(?:you|u)\\b';

// ── German ──
const DE_PERSON =
  '\\b(?:unser|unsere|unserem|unseren|mein|meine)\\s+(?:\\w+\\s+)?(?:buchhalter\\w*|buchhaltung|finanzabteilung|partner\\w*|kolleg\\w*|vertreter\\w*|makler\\w*|zollagent\\w*|agent\\w*|steuerberater\\w*)';
const DE_SEND =
  '\\b(?:schickt|sendet|schreibt|mailt|kontaktiert|meldet\\s+sich|wird\\s+(?:\\w+\\s+){0,3}?(?:schicken|senden|schreiben|mailen|kontaktieren))\\b';
const DE_MAILBOX = '\\b(?:per|via|uber|mit)\\s+(?:e-?mail|mail)\\b|\\bmailt\\b';

// ── Turkish: "muhasebecimiz / ortağımız size mail atacak / e-posta gönderecek / yazacak" ──
const TR_PERSON =
  '\\b(?:muhasebeci|muhasebe|ortag|temsilci|acente|arkadas|calisan|meslektas|gumrukcu|musavir)\\w*(?:imiz|umuz|miz|muz|im|um)\\b';
const TR_MAIL_SEND =
  '\\b(?:e-?)?(?:mail|posta|eposta)\\w*\\s+(?:\\S+\\s+)?(?:atacak|atar|gonderecek|gonderir|yazacak|yazar|cekecek|iletecek)\\w*';

// ── Russian ──
const RU_PERSON =
  '(?<![\\p{L}])(?:наш|наша|мой|моя)\\s+(?:\\p{L}+\\s+)?(?:бухгалтер|бухгалтери|партн[её]р|коллег|агент|брокер|представител|финансов\\p{L}*\\s+отдел)\\p{L}*';
const RU_SEND = '(?<![\\p{L}])(?:пришл|вышл|отправ|напиш|свяж|перешл|скин)\\p{L}*';
const RU_MAILBOX =
  '(?<![\\p{L}])(?:на\\s+(?:вашу\\s+|твою\\s+)?(?:почт|e-?mail|имейл|электронн)\\p{L}*|по\\s+(?:почте|e-?mail|электронной\\s+почте))';

// ── Spanish, Portuguese, French, Italian ──
const ROM_PERSON =
  '\\b(?:nuestr[oa]|mi|nosso|nossa|meu|minha|notre|mon|ma|il\\s+nostro|la\\s+nostra|il\\s+mio|la\\s+mia)\\s+(?:\\w+\\s+)?(?:contador\\w*|contable|contabilidad|contabilidade|contabile|commercialista|comptable|comptabilite|socio|socia|socios|parceir\\w*|partenaire|partner|colega|collegue|collega|agente|agent|despachante|transitaire|finanzas|financeiro|financiero|finance)';
const ROM_SEND =
  '\\b(?:(?:le|te|les|lhe|vous|ti|la|vi)\\s+)?(?:escribira|enviara|mandara|escrevera|enviara|mandara|vai\\s+(?:te\\s+|lhe\\s+)?(?:escrever|enviar|mandar)|va\\s+a\\s+(?:escribir|enviar|mandar)|enverra|ecrira|contactera|va\\s+vous\\s+(?:ecrire|envoyer|contacter)|scrivera|inviera|mandera|contattera)\\b';
const ROM_MAILBOX =
  '\\b(?:por|pelo|via|par|per)\\s+(?:e-?mail|mail|correo|courriel)\\b|\\b(?:a|ao|au|al)\\s+(?:su|seu|votre|tuo|suo)\\s+(?:e-?mail|correo|courriel)\\b';

export const MAIL_FROM_OUR_PERSON: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|posta|почт|correo|courriel/,
    unless: BANK_DETAILS_MAILED,
    re: anyOf(
      `${EN_PERSON}\\s+(?:${EN_SEND})${GAP}(?:${EN_MAILBOX})${ALSO_HERE}|${EN_PERSON}\\s+(?:will\\s+|'ll\\s+)?e-?mails?\\s+(?:you|u)\\b`,
      `${DE_PERSON}${GAP}(?:${DE_SEND})${GAP}(?:${DE_MAILBOX})|${DE_PERSON}${GAP}(?:${DE_MAILBOX})${GAP}(?:${DE_SEND})`,
      `${TR_PERSON}\\s+(?:\\S+\\s+){0,3}?${TR_MAIL_SEND}`,
      `${RU_PERSON}${GAP}${RU_SEND}${GAP}${RU_MAILBOX}|${RU_SEND}${GAP}${RU_PERSON}${GAP}${RU_MAILBOX}|${RU_MAILBOX}${GAP}${RU_SEND}\\s+${RU_PERSON}`,
      `${ROM_PERSON}${GAP}${ROM_SEND}${GAP}(?:${ROM_MAILBOX})${ALSO_HERE}`,
    ),
  },
];
