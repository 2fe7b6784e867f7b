import { anyOf, type ChatPattern } from '../match';
import { COURIER, DETAILS } from './payment-details-by-mail';

/**
 * Bank or payment details said to reach the buyer some other way than this chat — "the bank details come by mail",
 * "Bankdaten kommen per Mail", "口座情報はメールでお送りします", "реквизиты пришлю в личку", "hesap bilgileri özelden
 * gelecek". payment-details-by-mail.ts reads the seller's own verb of sending ("I'll send…") as a move of the talk;
 * here the details are the subject and the way is named beside them, whatever verb carries them (come, arrive,
 * follow, are sent, go): the account the buyer is to pay is handed over where the platform cannot see it, a payment
 * outside the order — as the project's corpora label "our bank details come by email" and "l'IBAN in privato" (payment,
 * not contact). The way must stand in the same clause as the details (a comma ends it: "…on the order page, not the
 * one in the mail" names two places). As in payment-details-by-mail.ts, a new or changed account or a document
 * (invoice, PI) carrying the details keeps the mail a courier: the bank-change rule reports the change.
 * Words over normalised text (lower case, Latin accents folded, Thai marks dropped).
 */

/** The details in the languages that payment-details-by-mail.ts does not spell, and "account info(rmation)". */
const MORE_DETAILS = [
  '\\baccount\\s+(?:info(?:rmation)?|details|number)\\b',
  '口座(?:情報|番号)|(?:お?振込|入金)(?:先|口座)',
  '(?:银行|銀行|收款|账户|賬戶|帳戶|账号|帳號)(?:账户|帳戶)?(?:信息|資訊|资料|資料)|收款(?:账户|帳戶|账号|帳號)',
  '계좌\\s?(?:정보|번호)|입금\\s?계좌',
  '(?<![\\p{L}])(?:реквізит\\p{L}*|номер\\p{L}*\\s+(?:карты|картки|сч[её]та|рахунку))',
  '(?:بيانات|تفاصيل|معلومات)\\s+(?:ال)?(?:حساب|بنك|دفع)\\p{L}*|رقم\\s+(?:ال)?حساب',
  'شماره\\s+(?:کارت|حساب)|اطلاعات\\s+(?:حساب|بانکی)',
  'פרטי\\s+(?:ה)?(?:חשבון|בנק|תשלום)',
  'τραπεζικ\\p{L}*\\s+στοιχεί\\p{L}*|στοιχεί\\p{L}*\\s+(?:του\\s+)?(?:λογαριασμού|πληρωμής)',
  '\\bmaelezo\\s+ya\\s+(?:benki|akaunti|malipo)\\b',
  '\\b(?:hesap|banka|odeme)\\s+bilgi\\w*',
  '\\b(?:thong\\s+tin|so)\\s+(?:tai\\s+khoan|chuyen\\s+khoan|ngan\\s+hang)\\b',
  '\\b(?:detail|info|data|maklumat|nomor|nombor|no)\\s+(?:akaun|rekening)(?:\\s+bank)?\\b',
  'เลขบญช|ขอมลบญช',
  'बैंक\\s+(?:डिटेल्स|विवरण)|खाता\\s+(?:नंबर|संख्या)',
  'اکاؤنٹ\\s+(?:نمبر|کی\\s+تفصیلات)|بینک\\s+کی\\s+تفصیلات',
  // A wallet's number or the Portuguese "dados bancários" (stop 54: "GCash number", "os dados bancários pelo WhatsApp").
  '\\b(?:gcash|maya|paymaya)\\s+(?:number|no|account)\\b|\\bdados\\s+(?:bancarios|da\\s+conta|para\\s+(?:o\\s+)?pagamento)\\b',
].join('|');
export const ANY_DETAILS = `(?:${DETAILS}|${MORE_DETAILS})`;

/** By mail, in each language's way of saying it (the seller's mailbox or the buyer's). */
const BY_MAIL = [
  '\\b(?:by|via|per|over|through|in\\s+an?)\\s+e-?mail\\b|\\bto\\s+your\\s+(?:e-?mail|mailbox|inbox)\\b',
  '\\b(?:par|por|pelo|via|per|op|przez)\\s+(?:e-?mail|mail|correo|courriel)\\b|\\b(?:e-?)?mailem\\b',
  '\\b(?:melalui|lewat|via|ke)\\s+(?:e-?mail|emel)\\b|\\b(?:qua|bang)\\s+(?:e-?mail|mail)\\b|\\bkwa\\s+(?:barua\\s+pepe|e-?mail)\\b|\\bsa\\s+(?:e-?mail|gmail)\\b',
  '\\be-?posta\\s*(?:ile|yoluyla)\\b|\\be-?postay?\\w*\\b',
  '(?<![\\p{L}])(?:по\\s+почте|на\\s+(?:вашу\\s+)?(?:почту|пошту)|поштою|на\\s+e-?mail)',
  'メール(?:で|にて|へ|に)|메일로|(?:用|通过|通過|发|發)?(?:邮件|郵件|邮箱|郵箱)',
  '(?:عبر|على|ب)\\s*(?:ال)?(?:بريد|ايميل|إيميل)|با\\s+ایمیل|از\\s+طریق\\s+ایمیل|ای\\s?میل\\s+(?:پر|سے)|במייל|באימייל|(?<![\\p{L}])με\\s+(?:e-?mail|email|μέιλ)',
  'ทาง\\s?อเมล|อเมล',
].join('|');

/** Privately, in a private message — the talk's own back room, away from the chat the platform keeps. */
const PRIVATELY = [
  '\\b(?:privately|in\\s+private|by\\s+(?:dm|pm|private\\s+message)|in\\s+(?:a\\s+)?(?:dm|pm|private\\s+message))\\b',
  '\\b(?:en|por)\\s+privado\\b|\\ben\\s+prive\\b|\\bin\\s+privato\\b|\\bno\\s+privado\\b|\\bprywatnie\\b|\\bprivat\\b|\\bozel(?:den|\\s+mesaj\\w*)\\b|\\bqua\\s+inbox\\b|\\bnhan\\s+rieng\\b|\\b(?:lewat|via)\\s+(?:japri|pesan\\s+pribadi)\\b|\\bjapri\\b|\\bprivate\\s+(?:me|mein|pe)\\b',
  '(?<![\\p{L}])(?:в\\s+личк\\p{L}*|в\\s+лс|в\\s+особист\\p{L}*|личным\\s+сообщением|в\\s+приват\\p{L}*)(?![\\p{L}])',
  '私下|私聊|私信|单独发|單獨發|個別に|別途|개인\\s?(?:톡|메시지|메세지)으?로|따로\\s?(?:보내|드리)',
  '(?<![\\p{L}])(?:على\\s+ال|في\\s+ال|بال)خاص(?![\\p{L}])(?!\\s+ب)|پیام\\s+خصوصی|در\\s+خصوصی|پرائیویٹ|בפרטי|ในแชทสวนตว|ทางแชทสวนตว|สวนตว',
].join('|');

/**
 * In a chat app, by its name (stop 54): "ipapadala ko po ang bank details sa Messenger o Viber", "os dados bancários
 * pelo WhatsApp", "bank details I will message you on Telegram". The account is handed over where the platform cannot
 * see it, and the talk goes there with it: a payment elsewhere, and the app names the move (offplatform-contact.ts).
 * "line", "signal" and "wa" are ordinary words: only with an article or "app" do they count.
 */
const IN_CHAT_APP = [
  "\\b(?:on|via|by|through|in|over|per|pelo|pela|por|no|na|sur|par|auf|uber|su|sa|lewat|melalui|qua|tren|den|dan|uzerinden)\\s+(?:(?:my|our|the|mi|mon|notre|meu|nosso|o|el|le|il|ang|yung|aking|aming|unser\\w*|mein\\w*)\\s+)?(?:whats\\s?app|viber|telegram|wechat|messenger|skype|zalo|kakao\\w*|botim|imo|(?:line|signal|wa)\\s+app)(?:'?(?:tan|ten|dan|den))?\\b",
  "\\b(?:whats\\s?app|viber|telegram|wechat|zalo|kakao\\w*)'?(?:tan|ten|dan|den|uzerinden)\\b",
].join('|');

/** The same clause: no sentence end or semicolon between the details and the way. */
const GAP = '[^.!?;,。！？，、\\n]{0,40}?';

/** The platform as the sender ("Alibaba e-mails you the payment details after you order"): its mail, not the seller's. */
const PLATFORM_SENDS =
  /\b(?:alibaba|aliexpress|the\s+platform|trade\s+assurance)\s+(?:\w+\s+){0,2}?(?:sends?|sent|e-?mails?|notif\w*|envia\w*|envoie\w*|schickt|sendet|invia\w*)\b/u;
/**
 * A new or changed account in the languages COURIER does not read ("ödeme bilgilerimiz e-posta ile değişmez", "新的收款
 * 信息", "口座が変更", "계좌 변경", "tài khoản mới", "rekening baru", "الحساب الجديد"): the mail is the courier of a
 * change, and the change is the bank-change rule's to report.
 */
const CHANGED =
  /\b(?:degis\w*|yeni|moi|thay\s+doi|baru|ganti\w*|berubah|mpya)\b|新的|新|变更|變更|更改|変更|새\s?계좌|변경|(?<![\p{L}])(?:جديد\p{L}*|تغيير\p{L}*|تغير\p{L}*|جدید|تغییر|חדש\p{L}*|νέ\p{L}*|άλλαξ\p{L}*)/u;
/**
 * Japanese says "we never send …" by naming the sending and refusing it at the sentence's end, past a topic
 * ("振込先口座をメールでお送りすることは、当社では絶対にありません"): the sending itself refused (stop 43).
 */
const JA_SENDING_REFUSED =
  /(?:送|お送り|送付|ご送付|ご案内|お知らせ)\p{L}{0,3}(?:こと|事)(?:は|も)[^。！？\n]*?(?:ありません|ございません|いたしません|しません|ない(?=[。！？\n]|$))/u;
const COURIER_OR_PLATFORM_MAIL = new RegExp(
  `${COURIER.source}|${PLATFORM_SENDS.source}|${CHANGED.source}|${JA_SENDING_REFUSED.source}`,
  'u',
);

const detailsThen = (way: string) =>
  anyOf(`(?:${ANY_DETAILS})${GAP}(?:${way})`, `(?:${way})${GAP}(?:${ANY_DETAILS})`);

export const DETAILS_BY_OTHER_CHANNEL: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'bank details handed over through another channel',
    gate: /mail|correo|courriel|почт|пошт|メール|메일|邮件|郵件|邮箱|郵箱|بريد|ايميل|إيميل|ایمیل|ای میل|מייל|barua|emel|posta|อเมล/,
    unless: COURIER_OR_PLATFORM_MAIL,
    unlessIn: 'message',
    negationInside: true,
    re: detailsThen(BY_MAIL),
  },
  {
    kind: 'explicit',
    what: 'bank details handed over through another channel',
    gate: /priv|pryw|dm|pm|ozel|inbox|rieng|japri|pribadi|личк|лс|особист|приват|私|单独|單獨|個別|別途|개인|따로|خاص|خصوصی|پرائیویٹ|בפרטי|สวนตว/,
    unless: COURIER_OR_PLATFORM_MAIL,
    unlessIn: 'message',
    negationInside: true,
    re: detailsThen(PRIVATELY),
  },
  {
    kind: 'explicit',
    what: 'bank details handed over through another channel',
    gate: /whats|viber|telegram|wechat|messenger|skype|zalo|kakao|botim|imo|line app|signal app|wa app/,
    unless: COURIER_OR_PLATFORM_MAIL,
    unlessIn: 'message',
    negationInside: true,
    brandWord: true,
    re: detailsThen(IN_CHAT_APP),
  },
];
