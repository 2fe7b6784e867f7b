import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * More ways the talk itself is taken to the mailbox or to imo (stop 46):
 * - Details or data the seller sends to the buyer's e-mail, in Hindi (both scripts) and Arabic: "account detail email pe
 *   bhej raha hu", "अकाउंट डिटेल ईमेल पर भेज रहा हूँ", "أرسل لك البيانات على الإيميل الخاص" — as the project reads them
 *   in the other languages (payment-details-by-mail*.ts): the payment is then arranged in the mailbox. A named document
 *   (an invoice, a PI) sent there is its courier and is not read here: only details, data or information are.
 * - The deal itself made by e-mail: "we can do the PI and the contract by email", "firmamos el contrato por correo",
 *   "sözleşmeyi mail üzerinden yaparız". Doing or signing the contract there, not sending a copy of it, moves the
 *   agreement (and what it says about paying) out of the chat.
 * - Bengali "ইমো নম্বর / আইডি" (the imo number or id) and "ইমোতে কথা বলি" (let's talk on imo): imo, the messenger much
 *   used in Bangladesh, named with its handle or as where to talk. `normalise` drops Bengali vowel signs and the
 *   virama, so the Bengali words are written as they come out of it (`bn`).
 */
const bn = (s: string) => s.replace(/\p{M}/gu, '');

// ── Hindi in Latin letters and in Devanagari ──
const HINGLISH_DETAILS =
  '\\b(?:account|acc|a\\/c|bank|khata|khate|payment)\\s+(?:detail|details|dital|info|number|no|ki\\s+details?)\\b';
const HINGLISH_MAIL = '\\b(?:e-?mail|mail|gmail)\\s+(?:pe|par|pr|se|me|mein|ke\\s+through)\\b';
const HINGLISH_SEND = '\\b(?:bhej\\w*|send\\s+kar\\w*|kar\\s+dunga|share\\s+kar\\w*)';
/** "nahi bhejunga", "mat bhejo": a refusal before the verb. */
const HINGLISH_NOT = '(?<!\\b(?:nahi|nahin|mat|na)\\s+)';
/**
 * The word allowed between the mail and the verb is not a refusal: "email pe nahi bhejunga" (I won't send it by mail)
 * puts "nahi" there, and "bhejunga nahi" after the verb (red team, stop 46). Devanagari "…पर नहीं भेजूंगा" likewise.
 */
const HINGLISH_GAP = '(?:(?!(?:nahi|nahin|mat|na)\\b)\\S+\\s+)?';
const HINGLISH_NOT_AFTER = '(?!\\w*\\s+(?:nahi|nahin)\\b)';
const DEVA_GAP = '(?:(?!(?:नहीं|मत|न)(?![\\p{L}\\p{M}]))\\S+\\s+)?';
const DEVA_NOT_AFTER = '(?![\\p{L}\\p{M}]*\\s+(?:\\S+\\s+)?(?:नहीं|मत)(?![\\p{L}\\p{M}]))';
const DEVA_DETAILS = '(?:अकाउंट|अकाउन्ट|खाता|खाते|बैंक|पेमेंट)\\s+(?:डिटेल|डिटेल्स|विवरण|जानकारी|नंबर|की\\s+जानकारी)';
const DEVA_MAIL = '(?:ईमेल|ई-मेल|मेल|जीमेल)\\s+(?:पर|पे|से|में)';
const DEVA_SEND = '(?<!(?:नहीं|मत)\\s+)(?:भेज|शेयर)';

// ── Arabic: a first-person verb of sending, the details or data, and the mail ──
const AR_SEND =
  '(?<![\\p{L}])(?:أرسل|ارسل|سأرسل|سارسل|نرسل|سنرسل|راح\\s+(?:أرسل|ارسل)|بعتلك|ابعت|أبعت|ببعت|هرسل)(?:\\s+(?:لك|لكم|لحضرتك))?';
const AR_DETAILS =
  '(?:ال)?(?:بيانات|تفاصيل|معلومات)(?:\\s+(?:ال)?(?:حساب|بنك|بنكية|الحساب|البنك|التحويل|الدفع))?';
const AR_MAIL = '(?:على|عبر|في|ب|الى|إلى)\\s*(?:ال)?(?:إيميل|ايميل|ميل|بريد|إيميلك|ايميلك|بريدك)';

// ── The contract made by e-mail ──
const EN_DEAL = '(?:the\\s+)?(?:pi|proforma|contract|deal|agreement|order|paperwork)';

export const TALK_MOVED_BY_MAIL_MORE: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|ईमेल|ई-मेल|मेल|إيميل|ايميل|ميل|بريد/,
    re: anyOf(
      `${HINGLISH_NOT}${HINGLISH_DETAILS}[^.!?\\n]{0,30}?${HINGLISH_MAIL}\\s+${HINGLISH_GAP}${HINGLISH_SEND}${HINGLISH_NOT_AFTER}`,
      `${HINGLISH_MAIL}\\s+${HINGLISH_GAP}${HINGLISH_DETAILS}\\s+${HINGLISH_GAP}${HINGLISH_SEND}${HINGLISH_NOT_AFTER}`,
      `${DEVA_DETAILS}[^.!?।\\n]{0,30}?${DEVA_MAIL}\\s+${DEVA_GAP}${DEVA_SEND}${DEVA_NOT_AFTER}`,
      `${AR_SEND}\\s+(?:\\S+\\s+)?${AR_DETAILS}\\s+(?:\\S+\\s+)?${AR_MAIL}`,
      `${AR_SEND}\\s+(?:\\S+\\s+)?${AR_MAIL}\\S*\\s+(?:\\S+\\s+)?${AR_DETAILS}`,
    ),
  },
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo/,
    re: anyOf(
      `\\b(?:do|make|sign|finali[sz]e|close|conclude|handle|arrange)\\s+${EN_DEAL}(?:\\s+(?:and|&)\\s+${EN_DEAL})?\\s+(?:by|via|over|through|per)\\s+e-?mail\\b`,
      '\\b(?:firm\\w*|hac\\w*|cerr\\w*|formaliz\\w*)\\s+(?:el\\s+)?(?:contrato|acuerdo|pedido|trato)\\s+(?:por|via)\\s+(?:e-?mail|correo)\\b',
      '\\b(?:sozlesme|anlasma|kontrat)\\w*\\s+(?:\\S+\\s+)?(?:e-?posta|mail)\\w*\\s+(?:ile\\s+|uzerinden\\s+)?(?:yapar\\w*|imzala\\w*|hallederiz|kapatiriz)',
    ),
  },
  {
    channel: 'imo',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: new RegExp(bn('ইমো')),
    re: anyOf(
      bn('(?<![\\p{L}])ইমো(?:র|তে|য়|এ)?\\s+(?:নম্বর|নাম্বার|আইডি|অ্যাকাউন্ট)'),
      bn('(?<![\\p{L}])ইমোতে\\s+(?:\\S+\\s+)?(?:কথা|মেসেজ|নক|কল|যোগাযোগ|পাঠা|অ্যাড|এড)'),
    ),
  },
];
