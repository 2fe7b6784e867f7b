import { anyOf, type ChatPattern } from '../match';

/**
 * "Our bank account has changed, pay the balance to the new account" in Bengali and Swahili, two languages the
 * machinery buyers write in that had no bank-change reading: Bengali "আমাদের ব্যাংক অ্যাকাউন্ট পরিবর্তন হয়েছে", "নতুন
 * অ্যাকাউন্টে টাকা পাঠান"; Swahili "akaunti yetu ya benki imebadilika", "lipa salio kwa akaunti mpya". Read as the
 * account word governing a verb of changing, or a verb of paying or sending whose goal is a new account.
 * `normalise` drops Bengali vowel signs and the virama, so the Bengali words are written here as they come out of it
 * (`bn` strips the marks from the readable spelling). A seller's warning against such messages ("if anyone says…",
 * "don't trust…", "kama mtu yeyote…", "usiamini…") in the same sentence is a warning, not a change — except for an order
 * to pay the new account: "beware of fake messages, send the money to our real new account" (Bengali), "tahadhari na
 * matapeli, … tuma pesa kwa akaunti mpya" (Swahili) point the buyer away from the order, so a warning word alone does
 * not clear them; only a condition, a report of what others say, or a refusal of the payment does (red team, stop 46).
 */
const bn = (s: string) => s.replace(/\p{M}/gu, '');

const BN_ACCOUNT = bn('(?:অ্যাকাউন্ট|একাউন্ট|এ্যাকাউন্ট|হিসাব|ব্যাংক)');
const BN_CHANGED = bn('(?:পরিবর্তন|বদল)');
const BN_NEW = bn('নতুন');
const BN_SEND = bn('(?:পাঠা|পাঠি|জমা|পেমেন্ট|পরিশোধ|দিন|দেবেন|ট্রান্সফার)');
const BN_WARNING = new RegExp(bn('যদি\\s+কেউ|প্রতারণা|প্রতারক|ভুয়া|বিশ্বাস\\s+করবেন\\s+না|সতর্ক'), 'u');
/** What clears an order to pay the new account: "if anyone…", "they say…", "don't believe", "…পাঠাবেন না" (don't send). */
const BN_NOT_ORDERED = new RegExp(
  bn(`যদি|বলে|বলছে|বলবে|বিশ্বাস\\s+করবেন\\s+না|${BN_SEND}\\S*\\s+না(?![\\p{L}])`),
  'u',
);

const SW_WARNING =
  /\bkama\s+(?:mtu|kuna|utapokea)|\bukipokea\b|\busiamini\b|\budanganyifu\b|\bmatapeli\b|\btapeli\b|\btahadhari\b/u;
/** What clears an order to pay the new account: "kama…", "ukipokea…", "wanaosema…" (who say), "usiamini" (don't trust). */
const SW_NOT_ORDERED =
  /\bkama\b|\bukipokea\b|\busiamini\b|\b(?:wanaosema|anayesema|wakisema|akisema|wanasema|anasema)\b/u;

export const ACCOUNT_CHANGED_BN_SW: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: new RegExp(bn('অ্যাকাউন্ট|একাউন্ট|এ্যাকাউন্ট|হিসাব|ব্যাংক|পরিবর্তন|বদল')),
    unless: BN_WARNING,
    unlessIn: 'sentence',
    re: anyOf(`${BN_ACCOUNT}\\s+(?:\\S+\\s+){0,2}?${BN_CHANGED}`),
  },
  {
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: new RegExp(BN_NEW),
    unless: BN_NOT_ORDERED,
    unlessIn: 'sentence',
    re: anyOf(`${BN_NEW}\\s+(?:${bn('ব্যাংক')}\\s+)?${BN_ACCOUNT}\\S*\\s+(?:\\S+\\s+){0,3}?${BN_SEND}`),
  },
  {
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: /akaunti|tumebadilisha|tumebadili/,
    // A login or store account on the platform changing its password is not where money goes.
    unless: new RegExp(`${SW_WARNING.source}|\\b(?:alibaba|nenosiri|password)\\b`, 'u'),
    unlessIn: 'sentence',
    needs: /\b(?:benki|lipa|malipo|pesa|salio|tuma|fedha|amana)\b/u,
    needsIn: 'message',
    re: anyOf(
      '\\bakaunti\\s+(?:\\S+\\s+){0,4}?(?:imebadilika|imebadilishwa|zimebadilika|zimebadilishwa|imehamishwa)\\b',
      '\\b(?:tumebadilisha|tumebadili|tumehamisha)\\s+(?:\\S+\\s+){0,2}?akaunti\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'a changed bank account or beneficiary',
    gate: /akaunti/,
    unless: new RegExp(`${SW_NOT_ORDERED.source}|\\b(?:alibaba|nenosiri|password)\\b`, 'u'),
    unlessIn: 'sentence',
    re: anyOf(
      '\\b(?:lipa|tuma|weka|lipia|hamisha)\\s+(?:\\S+\\s+){0,3}?(?:kwa|kwenye)\\s+akaunti\\s+mpya\\b',
    ),
  },
];
