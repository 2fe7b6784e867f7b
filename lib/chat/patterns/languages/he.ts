import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Hebrew. Modelled on Israeli consumer warnings about Yad2 and Marketplace sellers who ask for a Bit or bank
 * transfer to someone else's account ("the business account is under review, transfer to my wife's account").
 * Prepositions are glued to the noun ("לחשבון", to the account; "בחשבון", in the account), hence the optional
 * ל/ב/ה before it. WhatsApp and Telegram in Hebrew letters and the Bit wallet are read in offplatform-contact.ts
 * and offplatform-payment.ts; negations and anchors in guard-words.ts.
 */
const PAY =
  // Stop 52: the present "משלמים / משלם" (paying) too.
  /(?<![\p{L}])(?:שלמו|שלמי)(?![\p{L}])|(?<![\p{L}])ו?(?:משל[מם]|ישל[מם]|נשל[מם])|העבר|להעביר|תעביר|תעבירי|תעבירו|העברה|לשלם|תשלם|תשלמי|תשלמו|תשלום|להפקיד|הפקדה|תפקיד/u;
/**
 * Paid "directly to" the platform or its order ("ישירות לעליבאבא", "ישירות להזמנה"), or to the buyer's own provider
 * ("ישירות לחברת השילוח שלכם", your forwarding company): not the seller. Read in the words right after "directly".
 */
const NOT_THE_SELLER =
  '[לא]?(?:ה)?(?:עליבאבא|אליבאבא|עלי\\s?אקספרס|אליאקספרס|פלטפורמה|הזמנה|אתר)(?![\\p{L}])|[לא]\\p{L}+(?:\\s+\\p{L}+){0,2}?\\s+(?:שלכם|שלך)(?![\\p{L}])';
/** The platform refused: "ולא דרך עליבאבא", "לא באליבאבא", "במקום דרך האתר" (instead of through the site). */
const REFUSED_PLATFORM =
  '(?:(?<![\\p{L}])ו?לא\\s+|(?<![\\p{L}])במקום\\s+)(?:(?:דרך|באמצעות)\\s+|ב)?ה?(?:עליבאבא|אליבאבא|עלי\\s?אקספרס|אליאקספרס|פלטפורמה|אתר|אפליקציה|הזמנה)(?![\\p{L}])';
/** The platform itself, by name: what "without" or "outside" leaves out of the deal. */
const PLATFORM_ONLY = 'עליבאבא|אליבאבא|עלי\\s?אקספרס|אליאקספרס|פלטפורמה|טרייד\\s+אשורנס';
/**
 * "Don't …" a few words before: "אל תשלמו שום דבר", "לא תקבלו"; or "it cannot be done …": "אי אפשר להזמין בלי עליבאבא"
 * (one cannot order without Alibaba), "לא ניתן", "אין אפשרות", "אסור" (forbidden) — the deal without the platform
 * refused as impossible, which is the platform's rule stated, not a request (stop 46).
 */
const NOT_BEFORE =
  '(?<!(?<![\\p{L}])(?:(?:אל|לא)\\s+ת\\p{L}+|אי\\s+אפשר|לא\\s+(?:ניתן|אפשרי?)|אין\\s+(?:אפשרות|דרך)|אסור)\\s+(?:\\p{L}+\\s+){0,3})';
/** A company of the seller's other than the one the order names: related, sister, subsidiary, parent, affiliated. */
const RELATED = 'קשורה|קשורות|אחות|בת|אם|מקושרת|שותפה|מסונפת';
/** "התשלום רק דרך עליבאבא", "רק בהזמנה בעליבאבא": the payment said to go only through the platform or its order. */
const ONLY_VIA_PLATFORM =
  /(?<![\p{L}])רק\s+(?:דרך\s+|באמצעות\s+|ב)?ה?(?:הזמנה\s+(?:ב|דרך\s+)?)?(?:עליבאבא|אליבאבא|עלי\s?באבא|אלי\s?באבא|עלי\s?אקספרס|אליאקספרס|פלטפורמה|הזמנה|טרייד\s+אשורנס)(?![\p{L}])/u;
/** E-mail, as Hebrew writes it ("מייל", "אימייל", "דוא\"ל"), with the article or a preposition glued on before it. */
const MAIL = 'מייל|אימייל|דוא"?ל';
/** Whose account: a relative's, a manager's or owner's, a private one, "mine". */
const SOMEONE =
  'ה?פרטי|ה?אישי|שלי|של\\s+(?:אשתי|בעלי|אחי|אחותי|אמי|אבי|אמא\\s+שלי|אבא\\s+שלי|ה?מנהל\\p{L}*|ה?בעלים|ה?בוס|ה?מנכ"?ל|ה?רואה\\s+חשבון|ה?מזכירה|חבר\\p{L}*|שות\\p{L}*)';

/** The platform as the mail's sender, or the buyer's address the account already holds (stop 43). */
const PLATFORM_WRITES_TO_YOU =
  /(?<![\p{L}])(?:נשלח|נשלחה|נשלחו|נשלחת|ישלח|תשלח|שולח|שולחת|יישלח|תישלח)\p{L}*\s+(?:\S+\s+){0,3}?מ(?:ה)?(?:עליבאבא|אליבאבא|עלי\s?אקספרס|אלי\s?אקספרס|פלטפורמה|מערכת|אתר)|(?<![\p{L}])(?:עליבאבא|אליבאבא|עלי\s?אקספרס|אלי\s?אקספרס|הפלטפורמה|המערכת)\s+(?:\S+\s+){0,2}?(?:שלח|שולח|ישלח|תשלח|שלחה)\p{L}*|(?:שלך|שלכם)\s+(?:ש|ה)רשומ\p{L}*\s+(?:ב|אצל\s+)/u;

export const HE: LanguagePatterns = {
  lang: 'he',
  payment: [
    {
      // "ואסדר לך דוגמאות בלי לעבור דרך עליבאבא" (I'll arrange samples without going through Alibaba), "ללא עליבאבא",
      // "מחוץ לעליבאבא" (outside Alibaba): as "without going through Alibaba" and "outside Alibaba" in English, the platform
      // left out of the deal in so many words is the request. The "without" is inside the match, so it is no refusal.
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /בלי|ללא|מחוץ/,
      // "אל תשלמו שום דבר מחוץ לעליבאבא" (don't pay anything outside Alibaba): "אל" before a verb with the future ת- is
      // "don't" (guard-words.ts leaves "אל" out, as it is also "to"), so it refuses here.
      re: anyOf(
        `${NOT_BEFORE}(?<![\\p{L}])ו?(?:בלי|ללא|מבלי)\\s+(?:\\p{L}+\\s+)?(?:(?:דרך|באמצעות)\\s+)?[בל]?ה?(?:${PLATFORM_ONLY})(?![\\p{L}])`,
        `${NOT_BEFORE}(?<![\\p{L}])ו?מחוץ\\s+ל?ה?(?:${PLATFORM_ONLY})(?![\\p{L}])`,
      ),
    },
    {
      // "אין צורך להזמין באליבאבא, הוא נותן את הסחורה במזומן" (no need to order on Alibaba, he gives the goods for cash),
      // "לא צריך לעשות הזמנה", "בלי הזמנה": the order set aside, with money in the message, is a payment outside it
      // (as the lexicons' `noOrder`, stop 50). "No need to order again, we refund you" is the platform's refund.
      kind: 'explicit',
      what: 'a payment asked for without an order ("no need to place an order, send it to me")',
      gate: /צורך|צריך|בלי|ללא/,
      needs: new RegExp(`${PAY.source}|מזומן|כסף|₪|\\d\\s?(?:ש"ח|שח|דולר)`, 'u'),
      needsIn: 'message',
      unless: /החזר|זיכוי/u,
      unlessIn: 'message',
      re: anyOf(
        `(?<![\\p{L}])(?:אין\\s+צורך|לא\\s+צריך|לא\\s+צריכים)\\s+(?:\\p{L}+\\s+)?(?:להזמין|לבצע\\s+הזמנה|לעשות\\s+הזמנה|בהזמנה)(?![\\p{L}])`,
        `(?<![\\p{L}])(?:בלי|ללא)\\s+(?:לבצע\\s+|לעשות\\s+)?הזמנה(?![\\p{L}])`,
      ),
    },
    {
      // Stop 51: "לחשבון של החברה הקשורה שלנו בהונג קונג" (to the account of our related company in Hong Kong), "החברה
      // האחות", "חברת הבת", "החברה המקושרת", "חברת האם": a company of the seller's other than the one the order names.
      kind: 'contextual',
      what: "a related company's account (parent, sister company, branch in another territory)",
      gate: /חבר/,
      // The money must go there: "לחשבון (הבנק) של החברה הקשורה", "לחברת הבת" (to the subsidiary). A related company
      // only named ("חברת האם שלנו נמצאת בשנזן, אבל התשלום רק דרך עליבאבא", our parent company is in Shenzhen, but
      // payment only via Alibaba) asks nothing, and "payment only via / in an order on Alibaba" clears it (stop 51).
      needs: PAY,
      needsIn: 'message',
      unless: ONLY_VIA_PLATFORM,
      unlessIn: 'message',
      re: anyOf(
        `(?<![\\p{L}])ו?[לב]?ה?חשבו[ןנ]\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:של\\s+)?ה?(?:חברה|חברת)\\s+ה?(?:${RELATED})(?![\\p{L}])`,
        `(?<![\\p{L}])ו?ל(?:חברה|חברת)\\s+ה?(?:${RELATED})(?![\\p{L}])`,
        '(?<![\\p{L}])ו?[לב]?ה?חשבו[ןנ]\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:של\\s+)?ה?(?:סניף|משרד)\\s+(?:שלנו\\s+)?ב(?:הונג\\s?קונג|סינגפור|דובאי)(?![\\p{L}])',
        '(?<![\\p{L}])ו?ל(?:סניף|משרד)\\s+(?:שלנו\\s+)?ב(?:הונג\\s?קונג|סינגפור|דובאי)(?![\\p{L}])',
      ),
    },
    {
      kind: 'contextual',
      what: "a personal or employee's account",
      gate: /חשבון/,
      needs: PAY,
      re: anyOf(`(?<![\\p{L}])[לבה]?חשבון\\s+(?:ה?בנק\\s+)?(?:${SOMEONE})(?![\\p{L}])`),
    },
    {
      // "להעביר את המקדמה ישירות לחשבון הבנק שלנו" (transfer the deposit directly to our bank account), "תשלמו
      // ישירות אלינו" (pay us directly): as "pay directly" and "our account" in English, the seller's own account
      // named beside a verb of paying is not the order's. A verb of paying must stand in the clause.
      kind: 'contextual',
      what: 'a request to pay the supplier directly',
      gate: /ישירות|ישר/,
      needs: PAY,
      re: anyOf(
        `(?<![\\p{L}])(?:${PAY.source})\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:ישירות|ישר)\\s+(?!${NOT_THE_SELLER})(?:[לא]\\p{L}+)`,
      ),
    },
    {
      kind: 'contextual',
      what: 'a personal, relative\'s, "new" or Hong Kong account',
      gate: /חשבון/,
      needs: PAY,
      // "אל תעבירו כסף לחשבון הבנק שלנו" (do not transfer money to our bank account): "אל" before a verb with the
      // future ת- is "don't" (guard-words.ts leaves "אל" out, as it is also "to").
      re: anyOf(
        '(?<!(?<![\\p{L}])(?:אל|לא)\\s+ת\\p{L}+\\s+(?:\\p{L}+\\s+){0,2})(?<![\\p{L}])[לבה]?חשבון\\s+(?:ה?בנק\\s+|ה?עסקי\\s+|ה?פרטי\\s+)?שלנו(?![\\p{L}])',
      ),
    },
    {
      // "לשלם ישירות בהעברה בנקאית לחשבון שלנו ולא דרך עליבאבא" (pay by bank transfer to our account and not through
      // Alibaba), "ולא באליבאבא", "במקום דרך הפלטפורמה": the platform refused beside a verb of paying is the request.
      // The "not" is inside the match, so it refuses the platform and does not cancel the ask (guards.ts).
      kind: 'explicit',
      what: 'paying "not through" the platform',
      gate: /לא|במקום/,
      gateAlso: PAY,
      re: anyOf(
        `(?<![\\p{L}])(?:${PAY.source})\\p{L}*(?:\\s+\\S+){0,10}?\\s+${REFUSED_PLATFORM}`,
        `${REFUSED_PLATFORM}\\s*,?\\s+(?:אלא\\s+)?(?:\\S+\\s+){0,4}?(?:${PAY.source})\\p{L}*`,
      ),
    },
  ],
  bank: [
    {
      // "החשבון העסקי שלנו בבדיקה" (our business account is under review), "החשבון נחסם / הוקפא" (blocked, frozen).
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /חשבון/,
      re: anyOf(
        '(?<![\\p{L}])ה?חשבון\\s+(?:\\p{L}+\\s+){0,2}?(?:בבדיקה|חסום|נחסם|מוקפא|הוקפא|נסגר|הוחלף|השתנה)(?![\\p{L}])|חשבון\\s+(?:בנק\\s+)?חדש',
      ),
    },
  ],
  channels: [
    {
      // The buyer's mailbox asked for ("שלח לי את כתובת המייל שלך", send me your e-mail address) or the talk carried on
      // in a mailbox ("נמשיך את המשא ומתן במייל", we continue the negotiation by e-mail; "נתכתב באימייל"). A document
      // sent by mail ("המחירים נשלחים במייל") moves nothing by itself.
      channel: 'e-mail',
      kind: 'explicit',
      what: 'a move to e-mail',
      gate: /מייל|דוא/,
      // "אישור ההזמנה נשלח מעליבאבא לכתובת המייל שלך" (sent FROM Alibaba to your address), "…שרשומה בחשבון" (the one
      // registered in the account): the platform writes to the address it already holds; nobody moves the talk.
      unless: PLATFORM_WRITES_TO_YOU,
      unlessIn: 'sentence',
      re: anyOf(
        `(?<![\\p{L}])(?:כתובת\\s+)?ה?(?:${MAIL})\\s+(?:\\p{L}+\\s+)?(?:שלך|שלכם|שלכן)(?![\\p{L}])`,
        `(?<![\\p{L}])ו?(?:נמשיך|נדבר|נתכתב|נתכתבו|נתאם|נסגור|המשך)\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:ב|דרך\\s+ה?|ל)(?:${MAIL})(?![\\p{L}])`,
      ),
    },
  ],
  moves: [],
};
