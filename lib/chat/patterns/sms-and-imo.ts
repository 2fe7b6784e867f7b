import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/** Bengali as normalise.ts leaves it: vowel signs and the virama dropped. */
const bn = (s: string) => s.replace(/\p{M}/gu, '');

/**
 * Two ways off the chat that were not read: text messages (SMS) the seller sends to the buyer's phone, and imo, the
 * messenger much used in Bangladesh, Pakistan and East Africa.
 *
 * SMS: "I'll send you the number by SMS", "I'll text you my number", Swahili "namba nitakutumia kwa SMS", "nitakutumia
 * SMS": the seller writes to the buyer's phone, outside the chat. A carrier's or the platform's text ("DHL sends the
 * tracking by SMS", "Alibaba sends you a code by SMS") is theirs, not the seller's (named in the same sentence).
 *
 * imo: the name is also an English abbreviation ("IMO, the blue is better") and a ship's number ("IMO 9321483"), so
 * it counts only with a verb of writing or calling beside it and a preposition or postposition that makes it a place:
 * "message me on imo", "add me in imo", Bengali and Hindi/Urdu in Latin letters "imo te message den", "imo pe call
 * karo", "imo e knock dio". Words over normalised text.
 */
const NOT_THE_SELLERS_TEXT =
  /\b(?:dhl|fedex|ups|tnt|ems|courier|carrier|driver|forwarder|customs|alibaba|aliexpress|platform|bank|otp|verification|code)\b/u;

/** What a seller may text without moving the talk: a document or a tracking number ("the invoice by SMS"). */
const SENT_DOCUMENT = '(?:invoices?|pi|proforma|bills?|receipts?|tracking|waybill|awb|codes?|links?)';

const CONTACT_VERB = '(?:message|msg|text|txt|call|add|contact|reach|chat|write|knock|nok|ping)\\w*';

export const SMS_AND_IMO_MOVES: readonly ChannelPattern[] = [
  {
    channel: 'SMS',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /sms|text|txt|nitakutumia|nitakutumiya/,
    // In the text's own sentence: "faster than Alibaba. I'll send the number by SMS" still moves the talk.
    unless: NOT_THE_SELLERS_TEXT,
    unlessIn: 'sentence',
    re: anyOf(
      // en: the seller sends something to the buyer's phone by SMS, or texts the buyer a number.
      `\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+shall)?\\s+(?:send|give|forward|share)\\s+(?:it\\s+to\\s+)?(?:you|u)\\s+(?:(?!${SENT_DOCUMENT}\\b)\\S+\\s+){0,3}?(?:by|via|through|per|in\\s+an?)\\s+(?:sms|text(?:\\s+message)?)\\b`,
      "\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+shall)?\\s+(?:sms|text|txt)\\s+(?:you|u)\\s+(?:my|our|the|his|her)\\s+(?:\\w+\\s+)?(?:number|contact|details|account)\\b",
      // sw: "nitakutumia (namba) kwa SMS", "namba nitakutumia kwa SMS", "nitakutumia SMS".
      '\\bnitakutumi(?:a|ya)\\s+(?:\\S+\\s+){0,2}?(?:kwa\\s+)?(?:sms|ujumbe(?:\\s+mfupi)?)\\b',
    ),
  },
  {
    channel: 'imo',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /imo/,
    re: anyOf(
      `\\b${CONTACT_VERB}\\s+(?:me|us|him|her)?\\s*(?:on|in|via|through|at)\\s+imo\\b(?!\\s+(?:number|no|code|class|rules?|regulations?|convention)\\b)`,
      `\\bimo\\s+(?:te|e|pe|par|per|me|mein|main)\\s+(?:\\S+\\s+)?${CONTACT_VERB}`,
    ),
  },
  {
    channel: 'imo',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    // Bengali "ইমোতে মেসেজ দিন", "আমার ইমো নাম্বার…", "ইমোতে কথা বলি" (stop 49): imo in Bengali letters, which
    // normalise.ts leaves as "ইম", with a word of writing, calling, a number or talking beside it.
    gate: new RegExp(bn('ইমো')),
    re: anyOf(
      bn(
        '(?<![\\p{L}])ইমো(?:তে|য়|এ)?\\s+(?:\\S+\\s+){0,2}?(?:মেসেজ|কল|নাম্বার|নম্বর|অ্যাড|যোগাযোগ|কথা|আইডি)|(?:আমার|আমাদের)\\s+ইমো(?![\\p{L}])',
      ),
    ),
  },
  {
    channel: 'Rubika / Eitaa',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    // Iran's own messengers (stop 49): Rubika and Eitaa by name ("در روبیکا پیام بدهید", "آیدی ایتا", "rubika",
    // "eitaa"); Soroush and Bale are also a given name and "yes", so only "Soroush Plus" / "Bale messenger" and "در
    // سروش / در بله" with a word of writing after them count. "ایتالیا" (Italy) is not Eitaa.
    gate: /روبیکا|ایتا|rubika|eitaa|سروش|بله|soroush|bale/,
    re: anyOf(
      '(?<![\\p{L}])(?:روبیکا|ایتا)(?![\\p{L}])|\\b(?:rubika|eitaa)\\b|\\bsoroush\\s?plus\\b|\\bbale\\s+messenger\\b',
      '(?<![\\p{L}])(?:در|توی|تو)\\s+(?:سروش|بله)\\s+(?:به\\s+(?:من|ما)\\s+)?(?:پیام|پیغام|تماس|آیدی)',
    ),
  },
];
