import { msg } from '../../i18n/msg';
import { cite } from '../../sources';
import { PAID_TO_COURIER } from '../compose/compose';
import { walletKeptDomestic } from '../domestic-only-wallets';
import { isAnchoredToPlatform, isMessageAnchored, storyEndsOnPlatform } from '../guards';
import { mayMatchInMessage } from '../literal-prefilter';
import { matchPatterns } from '../match';
import { patternName } from '../pattern-name';
import { CHANNEL_PATTERNS, MOVE_PATTERNS } from '../patterns/offplatform-contact';
import { OFFPLATFORM_PAYMENT_PATTERNS, PAY_VERB } from '../patterns/offplatform-payment';
import { personNotPaidWhilePaymentStays } from '../payment-stays-on-platform';
import { linkExpiredPayAsk } from '../platform-link-expired';
import { isPlatformOnlyNotice } from '../platform-notice';
import { type ChatRule, PAY_ON_PLATFORM_FIX } from '../rule';
import { sellerPaysFee } from '../seller-pays-fee';
import { writerAsksToPay } from '../writer-asks-to-pay';
import { bankChangeHits } from './bank-details-change';
import { offplatformContact } from './offplatform-contact';
import { paymentDetailsIn } from './payment-details';

/** Names of what this rule saw beyond its pattern lists (lib/chat/pattern-name-list.ts lists them for translation). */
export const CHANGED_ACCOUNT = 'a payment to a changed or new account';
export const DETAILS_TO_PAY = 'payment details given in chat, with an instruction to pay them';
/** The indirect-payment pattern of an account or store story (patterns/indirect-payment.ts). */
const STORY_ENDING_ELSEWHERE = 'a story about the store or account, ending in another way to pay';
/** One of the seller's people named as the payee (compose.ts, money-to-our-person.ts). */
const AGENT_PAID = 'an agent or intermediary to be paid instead of the order';

/** A bank transfer named as the way to pay, in the languages read. */
const BANK_TRANSFER =
  /\b(?:bank\s+transfer|wire\s+transfer|transfer\s+(?:bank|manual)|(?:bayar\w*|pembayaran\w*)\s+(?:via\s+|lewat\s+|pakai\s+|dengan\s+)?transfer|virement(?:\s+bancaire)?|uberweisung|transferencia(?:\s+bancaria)?|transferencia|bonifico|przelew\w*|havale|chuyen\s+khoan)\b|转账|轉帳|汇款|匯款|振込|계좌\s?이체|تحويل\s+بنكي|(?<![\p{L}])на\s+(?:мою\s+|нашу\s+)?(?:карт[уы]|картку|карточку)(?![\p{L}])|बैंक\s+ट्रांसफर|यूपीआई|\bupi\b/u;

/**
 * The payment itself is to be arranged in the other channel: "write to me on WhatsApp and I'll explain how to
 * pay", "WhatsApp'tan yazın, ödemeyi oradan hallederiz", "там скину реквизиты", "那边告诉你怎么付".
 */
const PAY_THERE = new RegExp(
  [
    '\\b(?:tell|explain|show|send)\\s+you\\s+how\\s+to\\s+pay\\b|\\b(?:pay(?:ment)?|settle)\\s+(?:\\w+\\s+)?there\\b',
    // Stop 50: "I send you the bank detail there", "I'll explain the payment steps": the way to pay handed over in the
    // other app, with or without "how".
    '\\b(?:send|give|share|pass)\\s+(?:you\\s+|u\\s+)?(?:the\\s+|my\\s+|our\\s+)?(?:bank|account|acc|payment|beneficiary)\\s+(?:details?|detail|info\\w*|numbers?|no)\\s+there\\b',
    '\\b(?:explain|tell|show)\\s+(?:you\\s+|u\\s+)?(?:the\\s+)?(?:payment|paying)\\s+(?:steps|process|details|method|way)\\b',
    '\\b(?:le|te|les|vos)\\s+(?:explico|digo|paso|indico|explicamos)\\s+(?:como|los\\s+datos\\s+para)\\s+pagar\\b|\\bte\\s+(?:explico|passo|digo)\\s+como\\s+pagar\\b',
    '\\bje\\s+vous\\s+(?:explique|dis|indique)\\s+comment\\s+(?:payer|regler)\\b|\\bti\\s+(?:spiego|dico)\\s+come\\s+pagare\\b',
    '\\bodeme\\w*\\s+(?:oradan|orada|orda|ordan)\\b|\\b(?:oradan|orada)\\s+(?:\\w+\\s+)?ode\\w*',
    '\\b(?:dort|da)\\s+(?:\\w+\\s+)?(?:erklare|sage|schicke)\\s+ich\\s+(?:ihnen\\s+|dir\\s+)?(?:wie\\s+sie\\s+)?(?:\\w+\\s+)?(?:zahl|bezahl|bankdaten|kontodaten)\\w*',
    // "там прайс и оплата на карту": what is settled "there" may come a few words after it.
    '(?<![\\p{L}])там\\s+(?:\\p{L}+\\s+){0,3}?(?:реквизит\\p{L}*|как\\s+оплат\\p{L}*|оплат\\p{L}*|перевод\\p{L}*)',
    // Greek (stop 50): "θα σας πω πώς να πληρώσετε" (I'll tell you how to pay), "σας εξηγώ εκεί πώς να κάνετε την
    // κατάθεση" — Greek keeps its accents in normalised text, so both spellings are read.
    '(?<![\\p{L}])(?:σας|σου)\\s+(?:\\p{L}+\\s+){0,2}?(?:π[ωώ]|λ[εέ]ω|εξηγ\\p{L}*|στε[ιί]λ\\p{L}*|δε[ιί]ξ\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?π[ωώ]ς\\s+(?:να\\s+)?(?:\\p{L}+\\s+){0,2}?(?:πληρ[ωώ]|καταθ[εέ]|κατ[αά]θεση|μεταφορ|πληρωμ)\\p{L}*',
    // "оплата там карткою", "оплата там же": the payment named first, then "there".
    '(?<![\\p{L}])(?:оплат|переказ|перевод|розрахун)\\p{L}*\\s+там(?![\\p{L}])',
    // Hinglish: "payment bhi wahi GPay se kar dena", "paise wahan bhej do": the payment goes where the talk went.
    '\\b(?:payment|pay|paisa|paise|advance|amount)\\s+(?:bhi\\s+)?(?:wahi|wahin|waha|wahan|udhar|udhar\\s+hi)\\b',
    '(?:那边|那邊|那里|那裡)\\S{0,6}(?:付款|转账|轉帳|怎么付|怎麼付)',
    // "付款也走那边", "支付都在那里": the payment said to go the way the talk went.
    '(?:付款|支付|转账|轉帳|付钱|付錢|打款|汇款|匯款)(?:也|都|就)?(?:走|在|去|到|用)?(?:那边|那邊|那里|那裡)',
    // A link to pay sent in the other app: "скину посилання на оплату", "пришлю ссылку для оплаты".
    '(?<![\\p{L}])(?:посиланн|ссылк)\\p{L}*\\s+(?:на|для)\\s+оплат\\p{L}*',
    // The move made for the payment: "hubungi admin di nomor … untuk ganti kurir dan bayar selisihnya".
    '\\b(?:untuk|utk|buat)\\s+(?:\\w+\\s+){0,4}?(?:bayar|pembayaran|transfer)\\w*',
    // A QR code to scan and pay, with the proof sent on the app: "QR कोड स्कैन करके एडवांस भेजें", "scan the QR and send".
    '(?:qr|क्यूआर)\\s*(?:code|कोड)?\\s+(?:\\S+\\s+){0,2}?(?:scan|स्कैन)\\S*\\s+(?:\\S+\\s+){0,3}?(?:pay|send|भेज|पेमेंट|भुगतान|पे\\s)',
    '\\bscan\\s+(?:\\S+\\s+){0,2}?qr\\s*(?:code\\s+)?(?:\\S+\\s+){0,3}?(?:to\\s+)?(?:pay|send)',
    // Stop 50: "I'll tell you there how to pay / deposit into our account", said after the move, in more languages
    // (folded text: Latin accents dropped, Bengali without its vowel signs). A teller's verb, "how", then a word of
    // paying: "how to order" or "how to use it" stays the talk's business only.
    // Urdu and Hindi put the verb of paying last: "بتاؤں گا کہ … رقم کیسے جمع کروانی ہے", "बता दूंगा कि … कैसे जमा करने हैं".
    '(?:بتا|سمجھا)[\\p{L}\\p{M}]*\\s+(?:[\\p{L}\\p{M}]+\\s+){0,8}?(?:کیسے|کس\\s+طرح|طریق[ہه])\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:جمع|ادا|بھیج|ٹرانسفر|پیمنٹ|پےمنٹ)',
    '(?:बता|समझा)[\\p{L}\\p{M}]*\\s+(?:[\\p{L}\\p{M}]+\\s+){0,8}?(?:कैसे|किस\\s+तरह)\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:जमा|भेज|पेमेंट|भुगतान|ट्रांसफर|पे\\s+कर)',
    '\\bbata\\w*\\s+(?:\\w+\\s+){0,6}?kaise\\s+(?:\\w+\\s+){0,3}?(?:pay|payment|jama|bhej\\w*|transfer)\\b',
    // Bengali "বলে দেব কিভাবে … টাকা জমা দিতে হবে" (vowel signs dropped by normalise).
    '(?:বল|জন|বঝ)\\S*\\s+(?:\\S+\\s+){0,2}?(?:কভব|ক\\s+ভব)\\s+(?:\\S+\\s+){0,5}?(?:জম|পঠ|পমনট|টরনসফর|টক)',
    // Persian "بگویم چطور مبلغ را به حساب ما واریز کنید".
    '(?:بگویم|بگم|میگویم|میگم|توضیح\\s+(?:میدهم|میدم)|راهنمایی\\s+(?:میکنم|میدهم))\\s+(?:که\\s+)?(?:چطور|چگونه|چجوری|چطوری)\\s+(?:\\S+\\s+){0,5}?(?:واریز|پرداخت|کارت\\s+به\\s+کارت|انتقال)',
    // Arabic "وسأخبرك كيف تودع المبلغ في حسابنا", "أشرح لك طريقة الدفع".
    '(?<![\\p{L}])[وف]?س?[أا](?:خبر|شرح|قول|رسل)\\p{L}*\\s+(?:لك\\s+)?(?:كيف|كيفي[ةه]|طريق[ةه])\\s+(?:\\p{L}+\\s+){0,2}?(?:تدفع|تودع|تحول|الدفع|الإيداع|الايداع|التحويل|إيداع|ايداع|تحويل|دفع|السداد|تسدد)',
    // Greek "θα σας πω πώς να κάνετε την κατάθεση".
    '(?<![\\p{L}])(?:σας|σου)\\s+(?:πω|εξηγήσω|εξηγώ|λέω|δείξω|στείλω)\\s+(?:πώς|πως|τον\\s+τρόπο)\\s+(?:\\p{L}+\\s+){0,4}?(?:πληρ|καταθ|κατάθεσ|μεταφ|εξοφλ|εμβ)',
    // Tagalog "sasabihin ko po kung paano mag-deposit sa account namin".
    '\\b(?:sasabihin|ituturo|ipapaliwanag|sabihin|tuturuan|ieexplain|i-explain)\\s+(?:\\w+\\s+){0,3}?(?:kung\\s+)?paano\\s+(?:\\w+\\s+)?(?:mag-?\\s?)?(?:bayad|magbayad|deposit|hulog|transfer|padala|send)',
    // Malay and Indonesian "saya beritahu cara bayar masuk akaun", "nanti saya jelaskan cara transfernya".
    '\\b(?:beritahu|bagitahu|bagi\\s+tahu|terangkan|jelaskan|kasih\\s+tahu|kasi\\s+tau|ajar)\\s+(?:\\w+\\s+){0,2}?(?:cara|macam\\s+mana|camne|gimana|bagaimana)\\s+(?:\\w+\\s+){0,2}?(?:bayar|transfer|tf|deposit|bank\\s+in|masuk\\s+(?:duit|wang|akaun|rekening))',
    // Korean "입금 방법 알려드릴게요", "결제 방법은 카톡으로 안내".
    '(?:입금|결제|송금|이체)\\s?(?:방법|계좌|정보)\\S*\\s?(?:\\S+\\s?){0,2}?(?:알려|안내)',
    // Turkish "hesabımıza nasıl para yatıracağınızı anlatırım".
    '\\bnasil\\s+(?:\\w+\\s+){0,2}?(?:odeme|ode|yatir|havale|gonder)\\w*\\s+(?:\\w+\\s+)?(?:anlatir|soyler|aciklar|gosteri|yazar|iletir|bildiri)\\w*',
    // Romanian "vă spun cum să depuneți banii în contul nostru".
    '\\b(?:va|iti|ti)\\s+(?:spun|explic|zic|arat|scriu)\\s+(?:\\w+\\s+)?cum\\s+(?:sa\\s+)?(?:\\w+\\s+)?(?:plat|depun|achit|vira|vir|transfer|trimit)\\w*',
    // Hungarian "elmondom, hogyan fizessen be a számlánkra".
    '\\b(?:elmondom|megmondom|leirom|elmagyarazom|megirom)\\W+(?:\\w+\\s+)?(?:hogyan|hogy\\s+hogyan|mikent|hova|hogy\\s+hova)\\s+(?:\\w+\\s+)?(?:fizet|fizes|utal|befizet)\\w*',
    // Czech and Slovak "řeknu vám, jak poslat zálohu na náš účet", "poviem vám, ako zaplatiť".
    '\\b(?:reknu|napisu|vysvetlim|povim|ukazu|poviem|napisem|vysvetlim)\\s+(?:vam|ti)\\W+(?:\\w+\\s+)?(?:jak|ako|kam)\\s+(?:\\w+\\s+)?(?:zaplat\\w*|plat\\w*|uhrad\\w*|prevest|preved\\w*|posl\\w*\\s+(?:\\w+\\s+)?(?:zaloh|penize|peniaze|castk|sumu|platb|doplat))',
    // Polish "powiem, jak wpłacić zaliczkę na nasze konto".
    '\\b(?:powiem|napisze|wyjasnie|podam|podpowiem|wytlumacze)\\W+(?:\\w+\\s+){0,2}?(?:jak|gdzie)\\s+(?:\\w+\\s+)?(?:zaplac|wplac|przelac|oplac|wysla\\w*\\s+(?:pieniadze|zaliczk|kase))\\w*',
    // Ukrainian and Russian "я підкажу, як внести передоплату", "подскажу, как оплатить".
    '(?<![\\p{L}])(?:підкаж|розповім|розкажу|поясню|скажу|напишу|подскаж|расскаж|объясн|объясню)\\p{L}*\\W+(?:\\p{L}+\\s+){0,2}?(?:як|куди|как|куда)\\s+(?:\\p{L}+\\s+)?(?:оплат|сплат|внест|переказ|переве|заплат|доплат|кинут|скинут)\\p{L}*',
    // Swahili "nitakuelekeza jinsi ya kuweka pesa kwenye akaunti yetu".
    '\\b(?:nitakuelekeza|nitakueleza|nitakuambia|nitakuonyesha|nitakuonesha)\\s+(?:\\w+\\s+)?(?:jinsi|namna|vipi|njia)\\s+(?:ya\\s+)?(?:\\w+\\s+)?(?:kulipa|kuweka\\s+pesa|kutuma\\s+pesa|malipo|lipa|kutuma\\s+hela|kuweka\\s+hela)',
    // The move made to settle the money: "my colleague will contact you on WhatsApp to confirm the payment".
    '\\b(?:to|for|about|regarding)\\s+(?:confirm|arrange|discuss|settle|complete|finish|handle|process|check|verify)\\s+(?:the\\s+|your\\s+|this\\s+)?(?:payment|deposit|balance|transfer|bank\\s+details|account\\s+details)\\b',
  ].join('|'),
  'u',
);

/**
 * A fee or a payment made through a link that comes over the other app: "pay the express fee through the link I send
 * you on WhatsApp", "доплатить … по ссылке, которую я пришлю в Telegram", "pague pelo link que mando no zap". The
 * order named elsewhere in the message ("your order is confirmed, but…") does not make such a link the checkout: only
 * an anchor in the payment's own clause does.
 */
const PAY_BY_LINK = new RegExp(
  [
    '\\b(?:pay\\w*|fee|fees|deposit|balance|charge)\\b[^.!?\\n]{0,60}?\\b(?:via|through|by|using|with|on|from)\\s+(?:the|a|this|my|our)\\s+(?:payment\\s+)?link\\b',
    '(?<![\\p{L}])(?:оплат|доплат|заплат|плат|перевед|перевест|сплат|переказ)\\p{L}*(?:[^.!?\\n]|(?<=(?:руб|грн|коп|тыс|usd|eur))\\.){0,60}?(?:по\\s+ссылке|за\\s+посиланням|по\\s+посиланню)',
    '\\b(?:pag\\w*|regl\\w*|zahl\\w*|bezahl\\w*)\\b[^.!?\\n]{0,60}?\\b(?:por|con|en|mediante|pelo|no|com\\s+o|via|par|avec|uber|per|mit|tramite|dal|nel|col)\\s+(?:el\\s+|este\\s+|un\\s+|le\\s+|ce\\s+|den\\s+|diesen\\s+|einen\\s+|il\\s+|questo\\s+|o\\s+|esse\\s+)?(?:enlace|link|lien)\\b',
    '(?:链接|鏈接)\\S{0,6}(?:付款|支付|缴费|繳費|补款|補款)|(?:付款|支付|补款|補款)\\S{0,6}(?:链接|鏈接)',
  ].join('|'),
  'u',
);

/**
 * Any request to pay outside the platform's checkout: direct/company/personal/relative's/"new"/Hong Kong
 * accounts, PayPal (incl. Friends & Family), Western Union/MoneyGram, Alipay/WeChat Pay, crypto, remittance
 * apps, discounts for paying directly, "Trade Assurance is not needed", "cancel the order", payment links,
 * and bank details in chat together with an instruction to pay them.
 */
export const offplatformPayment: ChatRule = {
  id: 'offplatform-payment',
  severity: 'critical',
  source: cite('taGuide', "pay the Citibank account created for the order, never the supplier's own account"),
  fix: PAY_ON_PLATFORM_FIX,
  detect({ tc, ctx }) {
    // "Can I pay with GCash?": the writer is the one who pays, so the sentence is the buyer's question.
    // "Under DDP we pay the customs fee to our broker": the seller's own payment, not an ask (stop 47).
    // "Our account is frozen, so please pay via the Alibaba order": a story that ends on the checkout (stop 49).
    const hits = matchPatterns(tc, OFFPLATFORM_PAYMENT_PATTERNS).filter(
      (h) =>
        !writerAsksToPay(tc, h.start, h.end) &&
        !sellerPaysFee(tc, h.start, h.end) &&
        !(h.what === STORY_ENDING_ELSEWHERE && storyEndsOnPlatform(tc, h.start, h.end)) &&
        // "Our forwarder picks up on Monday; the payment stays in the Alibaba order" (stop 55): the agent has a job,
        // and the message's only payment is kept on the platform.
        !(h.what === AGENT_PAID && personNotPaidWhilePaymentStays(tc, h.start, h.end)),
    );
    // A changed or new account is an account other than the one the order designates: paying it is paying
    // outside the checkout, whatever words the request uses.
    const changed =
      hits.length === 0
        ? bankChangeHits(tc).find((h) => !isAnchoredToPlatform(tc, h.start, h.end))
        : undefined;
    if (changed) hits.push({ ...changed, what: CHANGED_ACCOUNT, index: -1 });
    // "The order link has expired, just pay to this account": the broken link is the reason to pay elsewhere.
    const expired = hits.length === 0 ? linkExpiredPayAsk(tc.norm.text) : null;
    if (expired) hits.push({ ...expired, what: 'a request to pay outside the platform', index: -1 });
    if (hits.length === 0) {
      // Bank details or a wallet in chat, with an instruction to pay them, is itself an off-platform request.
      const details = paymentDetailsIn(tc, ctx);
      const first = details?.first;
      PAY_VERB.lastIndex = 0;
      if (
        details &&
        first &&
        details.details.designated !== 'same' &&
        PAY_VERB.test(tc.norm.text) &&
        !isAnchoredToPlatform(tc, first.start, first.end)
      )
        hits.push({
          start: first.start,
          end: first.end,
          what: DETAILS_TO_PAY,
          index: -1,
        });
    }
    if (hits.length === 0) {
      // "Order lewat WA saja, bayarnya transfer", "hubungi WA …, pembayaran transfer bank": the talk is moved to
      // an app and the payment named as a bank transfer, with nothing tying it to the order. A move that names no
      // app counts too ("加个好友…付款也走那边", "hubungi admin di nomor … untuk bayar").
      // A payment said to be made there or for it ("untuk … bayar", "付款也走那边") also follows a bare number to
      // contact.
      const text = tc.norm.text;
      // Each searched only when the message holds one of its words (literal-prefilter.ts): most messages that get
      // this far hold none, and the three long alternations were a scan of every such message each.
      const byLink = mayMatchInMessage(tc, PAY_BY_LINK) ? PAY_BY_LINK.exec(text) : null;
      const linkHere =
        byLink !== null && !isAnchoredToPlatform(tc, byLink.index, byLink.index + byLink[0].length);
      const there = (mayMatchInMessage(tc, PAY_THERE) && PAY_THERE.test(text)) || linkHere;
      const bankTransfer = mayMatchInMessage(tc, BANK_TRANSFER) && BANK_TRANSFER.test(text);
      // Duties paid to the carrier through the link it sends ("DHL texts you a payment link") are the carrier's own.
      if ((linkHere || ((there || bankTransfer) && !isMessageAnchored(tc))) && !PAID_TO_COURIER.test(text)) {
        const move =
          matchPatterns(tc, CHANNEL_PATTERNS)[0] ??
          matchPatterns(tc, MOVE_PATTERNS)[0] ??
          (there ? offplatformContact.detect({ norm: tc.norm, tc, ctx }) : null);
        if (move)
          hits.push({
            start: move.start,
            end: move.end,
            what: 'a request to pay outside the platform',
            index: -1,
          });
      }
    }
    if (hits.length === 0) return null;
    // A safety notice names the wallets and accounts the fraudsters use so that the buyer refuses them.
    if (isPlatformOnlyNotice(tc)) return null;
    // A shop's own QR codes kept for buyers at home, with buyers abroad sent to the platform's order: only the
    // wallets the limit sets aside are dropped; any other way to pay in the message still counts.
    const kept = hits.filter((h) => !walletKeptDomestic(tc, h.start, h.end));
    if (kept.length === 0) return null;
    hits.splice(0, hits.length, ...kept);
    const first = hits[0]!;
    // Each name a message of its own, shown in the buyer's language; "; " between them, as in English.
    const seen = { list: [...new Set(hits.map((h) => h.what))].map(patternName) };
    return {
      start: first.start,
      end: first.end,
      message: msg('chat.offplatformPayment.message', { seen }),
    };
  },
};
