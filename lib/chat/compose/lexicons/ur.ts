import type { Lexicon } from '../lexicon';

/**
 * Urdu in its own script, as Pakistani and Indian sellers write it in chats: "بقایا رقم مینیجر کے ذاتی اکاؤنٹ میں بھیج
 * دیں", "سیدھا ہمارے اکاؤنٹ میں ٹرانسفر کریں", "پلیٹ فارم سے باہر ڈیل کرتے ہیں". Modelled on State Bank of Pakistan
 * and Urdu press warnings about transfers asked for by call or message, and on Urdu write-ups of P2P and
 * EasyPaisa / JazzCash scams ("سیدھا پیسے بھیجنا", "پلیٹ فارم سے باہر ڈیل"). The Arabic lexicon does not read it: Urdu
 * has its own letters (ک, ی, ہ, ے, ٹ, ڈ) and words ("اکاؤنٹ", not "حساب"). normalise.ts keeps them as written, and
 * writers mix the Arabic forms (ك, ي, ه), so a letter after a word's first one is a class of both; a word's first
 * letter is written out in both forms where they differ (the gate index reads literal first letters). Verbs come
 * last ("… میں بھیج دیں"), so "directly into the account" is read by `intoAccount`, not by a verb beside "directly".
 */
const L = '[\\p{L}\\p{M}]*';
const K = '[کك]';
const Y = '[یيى]';
const H = '[ہهۂة]';
const ACCOUNT_WORD = `اکاؤنٹ${L}|اکاونٹ${L}|اکاآنٹ${L}|اكاؤنٹ${L}|اكاونٹ${L}|اكاؤنت${L}|کھات${L}|كھات${L}|کارڈ|كارڈ|والٹ|account`;
export const UR: Lexicon = {
  lang: 'ur',
  script: 'letters',
  pay: `بھ${Y}ج${L}|ٹرانسفر|ادائ${Y}گ${Y}|ادائگ${Y}|پ${Y}منٹ|پ${Y}سے|پ${Y}س${H}|رقم|جمع\\s+${K}ر${L}|منتقل\\s+${K}ر${L}|ا${Y}ڈوانس|سوئفٹ|ٹ${Y}\\s+ٹ${Y}`,
  payNow: `بھ${Y}ج${L}|ٹرانسفر|ادائ${Y}گ${Y}|ادائگ${Y}|پ${Y}منٹ|جمع\\s+${K}ر${L}|منتقل\\s+${K}ر${L}|سوئفٹ\\s+${K}ر${L}`,
  account: ACCOUNT_WORD,
  bankInfo: `ب${Y}ن${K}\\s+(?:اکاؤنٹ|اکاونٹ|تفص${Y}ل|ڈ${Y}ٹ${Y}ل)${L}|اکاؤنٹ\\s+نمبر|اکاونٹ\\s+نمبر|آئی\\s*بی\\s*این|iban|سوئفٹ\\s+${K}وڈ`,
  // ذاتی / پرسنل / نجی (personal, private), "my", and whose: "مینیجر کے", "باس کا", "بھائی کی".
  owner: `ذات${Y}|پرسنل|پرائ${Y}و${Y}ٹ|نج${Y}|م${Y}رے|م${Y}را|م${Y}ر${Y}|(?:بھائ${Y}|ب${Y}و${Y}|مال${K}|باس|م${Y}ن${Y}جر|منیجر|مين${Y}جر|ا${K}اؤنٹنٹ|دوست|رشت${H}\\s+دار|والد|ابو|ام${Y}|بہن|ب${Y}ٹے|ڈائر${Y}${K}ٹر)\\s+(?:${K}ے|${K}${Y}|${K}ا)`,
  other: `دوسر${L}|الگ|${K}س${Y}\\s+اور|كس${Y}\\s+اور|اور\\s+${K}وئ${Y}`,
  fresh: `ن${Y}ا|نئے|نئ${Y}|ن${Y}ے`,
  related: `سسٹر\\s+${K}مپن${Y}|(?:ہمار${Y}|ہمارے)\\s+دوسر${Y}\\s+${K}مپن${Y}|ہان${K}\\s*${K}ان${K}\\s+(?:وال${Y}\\s+)?${K}مپن${Y}`,
  // "نمونہ سیدھا آپ کے پتے پر بھیجیں گے" (the sample goes straight to your address): what goes to the buyer is no payment.
  direct: `(?:س${Y}دھ${L}|براہ${L}\\s*راست|ڈائر${Y}${K}ٹ|ڈائرکٹ|direct)(?!\\s+آپ\\s+(?:${K}ے|${K}و|${K}${Y}|ت${K})(?![\\p{L}\\p{M}]))`,
  method: `طر${Y}ق${L}|ذر${Y}ع${L}`,
  platform: `عل${Y}\\s*بابا|پل${Y}ٹ\\s*فارم|ٹر${Y}ڈ\\s+(?:ا${Y}?شورنس|ا${Y}شورنس)|alibaba|platform|trade\\s?assurance`,
  notNeeded: `ضرورت\\s+نہ${Y}ں|ضرور${Y}\\s+نہ${Y}ں|بغ${Y}ر`,
  // Not the Arabic-letter "باهر": in Arabic it is "brilliant".
  outside: 'باہر',
  friends: `دوست(?:وں)?\\s+${K}${Y}\\s+طرح`,
  changed: `تبد${Y}ل\\s+(?:ہو|${K}ر)${L}|بدل\\s+(?:گ${Y}ا|گئ${Y}|د${Y}ا|د${Y})|بدلا|چ${Y}نج|اپ\\s*ڈ${Y}ٹ\\s+(?:ہو|${K}ر)${L}`,
  trouble: `بلا${K}|فر${Y}ز|منجمد|بند\\s+(?:ہو|ہے)${L}|مسئل${H}|مسئلے|مسل${H}|پرابلم|ہولڈ\\s+پر`,
  discard: `استعمال\\s+(?:نہ|مت)\\s+${K}ر${L}|اب\\s+درست\\s+نہ${Y}ں`,
  old: `پران${L}`,
  // Not "بل" (bill): in Arabic it is "but, rather", and the lexicons read every message.
  invoice: `انوائس|پرفارما|پ${Y}\\s+آئ${Y}`,
  soon: `آج|ابھ${Y}|فوراً|فورا|جلد${Y}|${K}ل\\s+ت${K}`,
  loss: `ورن${H}|نہ${Y}ں\\s+تو|ر${Y}ٹ\\s+بڑھ\\s+جائے\\s+گا`,
  received: `مل\\s+(?:گ${Y}ا|گئے|گئ${Y})|موصول|وصول\\s+ہو`,
  buy: `خر${Y}د${L}|آرڈر\\s+${K}ر${L}`,
  store: `د${K}ان|دو${K}ان|شاپ|و${Y}ب\\s*سائٹ|سائٹ|اسٹور|سٹور`,
  addMe: `مجھے\\s+ا${Y}ڈ|ا${Y}ڈ\\s+${K}ر\\s+(?:ل${Y}ں|د${Y}ں|لو|دو)|نمبر\\s+س${Y}و\\s+${K}ر${L}`,
  // "علی بابا پر آرڈر کرنے کی ضرورت نہیں", "بغیر آرڈر کے": the order set aside (stop 50).
  noOrder: `آرڈر(?:\\s+${L}){0,3}\\s+(?:ضرورت|ضروری)\\s+نہ${Y}ں|آرڈر(?:\\s+${L}){0,2}\\s+مت\\s+${K}ر${L}|بغ${Y}ر\\s+آرڈر`,
  // "ہمارے ایجنٹ کو کرایہ ہم خود دیں گے" (we pay our agent the freight ourselves): the seller paying, no request.
  agent: `(?:ہمارے|ہمارا)\\s+ا${Y}جنٹ(?![^.!?\\n]{0,60}ہم\\s+خود)`,
  otherwise: `(?:${K}س${Y}\\s+اور|دوسرے)\\s+طر${Y}قے\\s+سے`,
  refund: `ر${Y}فنڈ|پ${Y}سے\\s+واپس|رقم\\s+واپس`,
  onlyIf: `پہلے|تبھ${Y}|اگر`,
  send: `بھ${Y}جتا|بھ${Y}جت${Y}|بھ${Y}جوں\\s+گا|بھ${Y}ج\\s+(?:دوں|رہا|رہ${Y})|شئ${Y}ر\\s+${K}ر${L}|ش${Y}ئر\\s+${K}ر${L}`,
  // "علی بابا کی جگہ", "آرڈر کے بجائے": Urdu puts "instead of" after what it sets aside.
  insteadAfter: `(?:${K}${Y}|${K}ے)\\s+(?:جگ${H}|بجائے|بدلے)`,
  order: 'آرڈر',
  site: `سائٹ|ا${Y}پ|پل${Y}ٹ\\s*فارم`,
  toPerson: `(?:بھائ${Y}|ب${Y}و${Y}|مال${K}|باس|م${Y}ن${Y}جر|منیجر|ا${K}اؤنٹنٹ)\\s+(?:${K}ے|${K}و)`,
  intoAccount: `(?:${ACCOUNT_WORD}|ب${Y}ن${K})\\s+(?:م${Y}ں|پر)`,
};
