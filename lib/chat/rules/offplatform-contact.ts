import { type MsgParam, msg } from '../../i18n/msg';
import { cite } from '../../sources';
import { mailToBuyersParty } from '../buyers-party-mail';
import { carrierCallsBuyer } from '../carrier-calls-buyer';
import { contactIds, type NumberRun } from '../extract';
import { instructedAround, keepsTalkHere } from '../guards';
import { isLetterheadNumber } from '../letterhead';
import { mailIsPixKey, mailNamesPayee, payeeMailboxIsOwn } from '../mail-for-payee';
import { mailShownOnPlatformProfile } from '../mail-on-profile';
import { ACCOUNT_BEFORE, maskedPhoneRuns } from '../masked-phone';
import { type ChatPattern, matchPatterns, type PatternHit } from '../match';
import { labelledNotPhone } from '../number-labels';
import { reachedAfterNumber } from '../number-then-reach';
import {
  CHANNEL_PATTERNS,
  CONTACT_AHEAD,
  MOVE_PATTERNS,
  NOT_PHONE_CUE,
  PHONE_CUE,
  TAGALOG_CALL_ME,
} from '../patterns/offplatform-contact';
import { numberOfReadersPerson } from '../readers-own-person';
import type { ChatRule } from '../rule';
import { uniq } from '../rule';
import { type SpeltRun, speltNumbersIn } from '../spelt-digits';
import { sentenceStartBefore, type TextContext } from '../text-context';
import { walletKeyedNumber } from '../wallet-keyed-number';
import { accountsIn, emailsIn, numbersIn, paymentEmails } from './payment-details';

const CHANNEL_DOWN =
  /^\s*(?:account\s+)?(?:is|was|has\s+been|got|been)?\s*(?:\w+ly\s+)?(?:suspended|blocked|banned|closed|disabled|not\s+working|down)|^\S{0,3}(?:被封|被冻结|被凍結|不能用)|^\s*(?:заблокирован|не\s+работает)/u;

/**
 * After a dead channel, a replacement handed over: "my old WeChat is blocked, this is my new one", "…, add my new
 * account", "被封了，这是我的新号", "заблокирован, вот мой новый". The app still names where the talk goes (stop 48).
 */
const CHANNEL_REPLACED =
  /^[^\n]{0,80}?(?:\bnew\s+(?:one|account|acc|id|number|no|wechat|whatsapp|telegram|line|skype|profile)\b|\b(?:this|that)\s+(?:one|account|id)\s+(?:is\s+)?(?:new|now)\b)|^[^\n]{0,40}?(?:新号|新號|新的号|新账号|新帳號|新微信|换号|換號)|^[^\n]{0,80}?(?<![\p{L}])(?:нов\p{L}*|нов\p{L}*\s+аккаунт\p{L}*)/u;
/**
 * "Contact the courier on 1-800-…", "快递员电话", "kurir akan menelepon": a carrier's or customs' number is
 * shipping, not the seller moving the talk — unless the seller's own number is meant too ("me", "our").
 */
const THIRD_PARTY_PHONE =
  /\b(?:courier|carrier|dhl|fedex|ups|tnt|ems|usps|post\s+office|customs|forwarder|driver|pick\s?-?up|warehouse|kurir|shipper|kurier|spedition|zusteller|corriere|transportista|transportadora|livreur|kargo|kurye)\b|快递员|快遞員|快递公司|快遞公司|司机|司機|海关|海關|物流公司|配達員|ドライバー|택배\s?기사|배송\s?기사/u;
/**
 * Said after the digits, in their sentence: the number is for the courier or the delivery, not for the buyer to call
 * ("…, it is the office landline for the courier", "…, only for the courier if they can't find the address").
 */
const FOR_THE_DELIVERY =
  /^[^.!?\n]{0,30}?(?:\b(?:is|it'?s|this\s+is|that\s+is|which\s+is)\s+(?:\w+\s+){0,3}?|^\W{0,3}(?:only|just|solely)\s+)for\s+(?:the\s+)?(?:courier|carrier|driver|delivery|customs|forwarder|dhl|fedex|ups|pick\s?-?up)\b/u;
/**
 * Said after the digits, in their sentence: the number is (to be) printed on the parcel's label or mark ("… on the
 * label or yours?", "…, printed on the waybill", "… en la etiqueta", "… auf dem Etikett"), not given to call.
 */
const ON_LABEL_AFTER =
  /^[^.!?\n]{0,30}?(?:\b(?:on|in|at|onto|en|sur|auf|sul|sulla|na|no|pada|di)\s+(?:the\s+|your\s+|our\s+|this\s+|that\s+|la\s+|el\s+|l'|le\s+|dem\s+|der\s+|a\s+|o\s+)?(?:shipping\s+|delivery\s+|carton\s+|box\s+|parcel\s+|package\s+)?(?:label|labels|waybill|awb|airway\s+bill|shipping\s+marks?|carton\s+marks?|etiqueta|etiquette|etikett\w*|etichetta|etiket\w*|label\s+pengiriman)\b)|唛头|嘜頭|面单|面單/u;
/** The buyer invited to call or write the writer: "call me on it", "text us anytime", "WhatsApp me". */
const CALL_ME_TOO =
  /\b(?:call|ring|phone|text|message|msg|whats\s?app|wa|contact|reach|write|sms)\s+(?:me|us)\b|\b(?:call|ring|text|message|contact|reach)\s+(?:\w+\s+){0,2}?(?:on|at)\s+(?:it|this|that|this\s+number)\b/u;
/** The text up to the end of its first sentence. */
/** The platform, a carrier or a customer service named before the digits: their line, not the seller's (stop 50). */
const SOMEONE_ELSES_LINE =
  /alibaba|aliexpress|علي\s?بابا|עליבאבא|אליבאבא|알리바바|アリババ|阿里|\b(?:dhl|fedex|ups|tnt|ems|aramex|kurier\w*|courier|kargo\w*|customer\s+service|serviciul\s+clienti|obsluga\s+klienta)\b|خدمة\s+العملاء|고객센터/u;

function ownSentenceAfter(text: string): string {
  const stop = text.search(/[.!?。！？\n](?:\s|$)/u);
  return stop < 0 ? text : text.slice(0, stop);
}
const TAGALOG_CALL_ME_CUE = new RegExp(`(?:${TAGALOG_CALL_ME})\\W{0,12}$`, 'u');
/** A number given to "him", "her" or "them" (someone other than the buyer). */
const GIVEN_TO_THIRD = /\b(?:gave|given|give|sent|send|passed|told)\s+(?:him|her|them)\b/u;
const SELLER_OWN = /\b(?:me|us|my|our|mine)\b|我|我们|我們/u;
/**
 * A shipping label or mark: "consignee BRIGHT HOME, tel +1 305 …", "la etiqueta lleva su teléfono +52 …",
 * "唛头上的电话", "etiketteki telefon": the number printed for delivery, not the seller's invitation.
 */
const ON_LABEL =
  /\b(?:consignee|receiver|recipient|ship\s+to|delivery\s+(?:phone|tel|contact|number)|awb|airway\s+bill|shipping\s+marks?|carton\s+marks?|label|labels|waybill|destinatario|etiqueta|etiquetas|destinataire|etiquette|empfanger|etikett\w*|etichetta|etiket\w*|alici|penerima|tren\s+nhan)\b|(?<![\p{L}])(?:наклейк\p{L}*|этикетк\p{L}*|получател\p{L}*)|الملصق|المستلم|唛头|嘜頭|面单|面單|收件人|收货人/u;
/** A move's own words name the mailbox ("e-mail in my next message", "el correo en el siguiente mensaje"). */
const NAMES_MAIL = /e-?mail|\bmail|correo|courriel/u;
type MaskedRun = ReturnType<typeof maskedPhoneRuns>[number];
/** Paying or transferring, in the languages read (normalised: accents folded). */
const PAY_VERB =
  /\b(?:pay|paid|transfer|wire|remit|deposit|chuyen\s+khoan|chuyen\s+tien|ck|bayar|transferir|transfira|transfiera|transfiere|deposite|deposita|virement|virez|uberweis\w*|ueberweis\w*|zahlen|pagar|pague|paga|bonifico|przelew\w*|wplac\w*|havale|eft|odeme|odeyin)\b|(?<![\p{L}])(?:перевед\p{L}*|перевод\p{L}*|оплат\p{L}*)|转账|轉賬|打款|汇款|匯款|付款|打到|振込|송금|입금|تحويل|حول|โอน/u;
/** Any word of calling, writing, adding or an app, in the sentence of the digits: then they may be a phone. */
const REACH_WORD =
  /\b(?:call|phone|tel|mobile|cell|whats\s?app|wa|wechat|we\s?chat|zalo|telegram|tg|line|viber|skype|contact|reach|text|sms|add|write|message|msg|ib|inbox|kb|nhan\s+tin|goi\s+(?:cho|dien)|sdt|dien\s+thoai|hubungi|telepon|telefon\w*|llam\w*|ligue|appel\w*|anruf\w*|chiam\w*|zadzwon\w*|ara\w*|yaz\w*)\b|(?<![\p{L}])(?:звон\p{L}*|пиш\p{L}*|телефон\p{L}*|номер\p{L}*)|电话|電話|手机|手機|微信|联系|聯繫|加我|電話番号|전화|연락|اتصل|هاتف|واتساب|โทร|ไลน์/u;
function accountNumberOfPayment(text: string, start: number, end: number): boolean {
  const sentenceStart = sentenceStartBefore(text, start, 160);
  const before = text.slice(Math.max(0, sentenceStart), start);
  const stop = text.slice(end, end + 120).search(/[.!?。！？\n](?:\s|$)/u);
  const after = text.slice(end, stop < 0 ? end + 120 : end + stop);
  const account = before.search(ACCOUNT_BEFORE);
  return (
    account >= 0 &&
    PAY_VERB.test(before.slice(0, account + 30)) &&
    !REACH_WORD.test(before) &&
    !REACH_WORD.test(after)
  );
}
/** A +/00 prefix, a Chinese mobile shape, or a phone cue ("call", "WhatsApp", "电话") makes digits a phone. */
/**
 * The stretch before a number cut at the last sentence end: what is said of the number is said in its sentence. A dot
 * ends a sentence only after a word of four letters or more: "M. Dubois, tél. +33…", "Mr. K", "No. 5" are abbreviations.
 */
const SENTENCE_END = /(?<=\p{L}{4})\.(?=\s)|[!?。！？](?=\s)|\n/gu;
function ownSentence(before: string): string {
  const ends = [...before.matchAll(SENTENCE_END)];
  const last = ends[ends.length - 1];
  return last?.index === undefined ? before : before.slice(last.index + 1);
}
/**
 * Where a courier or a label may be named for a number: its own sentence, or the one before when the number's
 * sentence points back to it ("Our courier is SF. Call them on 400…"). "Greetings from Global Express Courier. Contact
 * agent Mr. K on +233…" names the writer's firm, and the number is the agent's (stop 43).
 */
const POINTS_BACK = /\b(?:them|they|their|him|he|his|her|she|it|its)\b|他们|他們|他|她/u;
/**
 * A sentence that is only a service line's label before the digits ("Tracking hotline:", "Customer service line:",
 * "Línea de atención:"): after a sentence naming the carrier, the line is the carrier's (stop 43).
 */
const SERVICE_LINE_LABEL =
  /^\s*(?:(?:the|their|its)\s+)?(?:(?:tracking|customer[\s-]+service|customer[\s-]+care|support|call[\s-]+cent(?:er|re))\s*(?:hotline|helpline|line|number|phone|tel|desk)?|hotline|helpline)\s*(?:no\.?\s*)?[:-]?\s*$|^\s*(?:linea|telefono|numero)\s+de\s+(?:atencion|seguimiento|servicio)(?:\s+al\s+cliente)?\s*:?\s*$/u;
function thirdPartyWindow(before: string): string {
  const own = ownSentence(before);
  return own !== before && (POINTS_BACK.test(own) || SERVICE_LINE_LABEL.test(own)) ? before : own;
}
/**
 * The writer's own phone named right before the digits ("支付宝就是我手机号138…", "my Alipay is my mobile number 188…",
 * "mi Nequi es mi celular 300…"): a wallet keyed by the phone number gives the buyer that phone too, so the digits are
 * a contact as well as the account to pay (stop 48).
 */
const OWN_PHONE_LABEL =
  /(?:我的?|我们的?|我們的?)(?:手机|手機|电话|電話)(?:号码?|號碼?)?\s*(?:是|為|为)?\s*[:：]?\s*$|\b(?:my|our)\s+(?:(?:personal|private)\s+)?(?:phone|mobile|cell(?:phone)?|whats\s?app)(?:\s+(?:number|no\.?))?\s*(?:is\s*)?[:#]?\s*$|\b(?:mi|meu|nuestro|nosso)\s+(?:celular|telefono|telefone|movil|whats\s?app)\s*[:#]?\s*$/u;
function phones(tc: TextContext, runs: (NumberRun | SpeltRun | MaskedRun)[]): NumberRun[] {
  const text = tc.norm.text;
  const accounts = new Set(accountsIn(tc).map((a) => a.start));
  return runs.filter((r) => {
    if (r.value.length < 7 || r.value.length > 15) return false;
    if (accounts.has(r.start) && !OWN_PHONE_LABEL.test(text.slice(Math.max(0, r.start - 30), r.start)))
      return false;
    const masked = 'prefixed' in r;
    // A masked account or card number ("tài khoản … 0071 000 *** 582") is payment detail, not a phone.
    // The account word must be in the number's own sentence: "Pay by gift card. Contact Mr. K on +233 24 xxx 0091"
    // names a card for the payment, not for the digits (stop 43).
    if (masked && ACCOUNT_BEFORE.test(ownSentence(text.slice(Math.max(0, r.start - 60), r.start))))
      return false;
    // Digits glued to letters are a code ("LP00123456789CN", "SF1234567890"), not a phone number.
    if (/[a-z]/.test(text[r.start - 1] ?? '') || /[a-z]/.test(text[r.end] ?? '')) return false;
    const before = text.slice(Math.max(0, r.start - 30), r.start);
    const wider = thirdPartyWindow(text.slice(Math.max(0, r.start - 40), r.start));
    if ((THIRD_PARTY_PHONE.test(wider) || ON_LABEL.test(wider)) && !SELLER_OWN.test(wider)) return false;
    // "I gave him Mr. Li's mobile …": a number handed to a third person (the forwarder, the driver), not to the buyer.
    if (GIVEN_TO_THIRD.test(wider)) return false;
    // "The PPL courier will call you from +420 …", "the DHL driver will contact you, his number is …": the delivery's
    // line, read over the whole sentence (the carrier may stand far before the digits).
    const sentenceBefore = thirdPartyWindow(text.slice(Math.max(0, r.start - 200), r.start));
    if (carrierCallsBuyer(sentenceBefore)) return false;
    // "Ihr Elektriker hat die Nummer 0171 … hinterlassen", "your colleague Mr. Brown (+1 212 …)": the reader's own
    // person's line, handed back for the reader's own errand.
    // A Chinese number ("+86 …") is the seller's side's line, whatever the sentence calls the person (red team, stop 56).
    if (numberOfReadersPerson(sentenceBefore) && !/^(?:\+|00)\s?86\b/.test(text.slice(r.start, r.start + 6)))
      return false;
    // "+86 574 …, it is the office landline for the courier": a number said, after it, to be for the delivery.
    // Not when the same sentence also invites the buyer to call on it ("…, just for the courier, or call me anytime").
    const afterDigits = text.slice(r.end, r.end + 140);
    if (FOR_THE_DELIVERY.test(afterDigits) && !CALL_ME_TOO.test(ownSentenceAfter(afterDigits))) return false;
    // "Is it my mobile 138… on the label or yours?", "…, printed on the waybill": a number spoken of as printed on the
    // parcel's label, whoever's it is, unless the sentence also asks the buyer to call or write on it.
    if (ON_LABEL_AFTER.test(afterDigits) && !CALL_ME_TOO.test(ownSentenceAfter(afterDigits))) return false;
    // An international "+44 7700 …" is a phone even after "…your order:": order numbers never start with "+".
    if (r.plus && r.value.length >= 8) return true;
    // "text nyo po ako sa 0917…": the ask ends right before the digits, so its Tagalog "po" is no P.O. number. This
    // only ever keeps a number base code kept too or one it dropped for that "po".
    if (!TAGALOG_CALL_ME_CUE.test(before) && NOT_PHONE_CUE.test(before)) return false;
    // "Hesap numarası 1 9 8 7…", "nomor resi J&T nya 0087…": a label names the digits an account's or a parcel's.
    if (labelledNotPhone(text, r.start)) return false;
    // "chuyển khoản vào tài khoản Vietcombank cá nhân của em: 0071 000 9 8 8 7 6 5": digits where a payment is told to
    // go to an account are the account's number (a "00" start is a bank's), not a phone to call.
    if (!masked && accountNumberOfPayment(text, r.start, r.end)) return false;
    // A masked number is a phone with its "+" (above) or after a phone cue; a leading "00" alone is no prefix here:
    // coupon, refund and batch references are masked the same way ("coupon code 0086 **** 5521").
    if (masked) return PHONE_CUE.test(before);
    // Seven digits or more spelt one word each ("nine one seven, four four two…") is a number read out to be dialled.
    if ('spelt' in r && r.spelt) return true;
    if (/^00\d{8,}$/.test(r.value)) return true;
    if (/^(?:86)?1[3-9]\d{9}$/.test(r.value)) return true;
    // "Contact our dealer in Hà Nội 0912…": the verb a few words (whom, where) before the digits; not the platform's
    // or a carrier's own line ("contactați serviciul clienți Alibaba la 0800…", "skontaktuj się z kurierem DHL").
    if (PHONE_CUE.test(before)) return true;
    // "Sales kami Budi …, 0812 3456 7890. Hubungi dia langsung": the reader told after the digits to reach the person
    // they belong to (stop 55).
    if (reachedAfterNumber(text, r.start, r.end)) return true;
    const ahead = text.slice(Math.max(0, r.start - 60), r.start);
    return CONTACT_AHEAD.test(ahead) && !SOMEONE_ELSES_LINE.test(ahead);
  });
}

/** The app a move pattern names, when it names one (the meeting rooms: Zoom, Google Meet, Teams, DingTalk). */
function roomApp(pattern: ChatPattern | undefined): string[] {
  const channel = pattern && 'channel' in pattern ? pattern.channel : undefined;
  return typeof channel === 'string' ? [channel] : [];
}

/** Moving the conversation to WhatsApp, WeChat, Telegram, Skype, Line, Viber, e-mail or the phone. */
export const offplatformContact: ChatRule = {
  id: 'offplatform-contact',
  severity: 'warning',
  source: cite('taProtects', 'refunds need proof that communication and payment stayed on the platform'),
  fix: msg('chat.offplatformContact.fix'),
  detect({ tc }) {
    const n = tc.norm;
    const payEmails = new Set(paymentEmails(tc).map((e) => e.value));
    // An address of the buyer's own customs broker or forwarder, written to about their work, is not a move.
    // An address given as the payee of a service that names its payee by e-mail ("pague pelo nosso Pix: loja@…",
    // with no word of talking in its sentence) is the account to pay, which the payment rules report (stop 47).
    const allEmails = emailsIn(tc);
    const ownEmails = allEmails.filter(
      (e) =>
        !payEmails.has(e.value) && !mailToBuyersParty(n.text, e.start) && !mailIsPixKey(tc, e.start, e.end),
    );
    // "Pay by PayPal to my e-mail tom@…", "a mi correo …": the payee's address named as the seller's own mailbox is a
    // line to write to as well (stop 55).
    const contactEmails =
      ownEmails.length > 0
        ? ownEmails
        : allEmails.filter((e) => payEmails.has(e.value) && payeeMailboxIsOwn(tc, e.start, e.end));
    const channelHits: (PatternHit & { channel: string })[] = [];
    // A plain loop: this runs for most messages, and flatMap/map/filter allocated three arrays each time.
    for (const h of matchPatterns(tc, CHANNEL_PATTERNS)) {
      // "my WeChat is blocked" reports a dead channel, not an invitation; "my e-mail paypal: x@y" is a payment address.
      // "…is blocked, this is my new one" hands a replacement over: the app is still where the talk goes.
      if (CHANNEL_DOWN.test(n.text.slice(h.end, h.end + 40)) && !CHANNEL_REPLACED.test(n.text.slice(h.end)))
        continue;
      const channel = CHANNEL_PATTERNS[h.index]!.channel;
      if (channel === 'e-mail' && payEmails.size > 0 && contactEmails.length === 0) continue;
      if (channel === 'e-mail' && mailToBuyersParty(n.text, h.start)) continue;
      // "Our e-mail is shown on our profile on the platform": where the platform shows it, with no address given.
      if (
        channel === 'e-mail' &&
        contactEmails.length === 0 &&
        mailShownOnPlatformProfile(tc, h.start, h.end)
      )
        continue;
      // "Pay the shipping by PayPal to me, my e-mail comes next": the address of the account to pay, not a mailbox to talk in.
      if (channel === 'e-mail' && contactEmails.length === 0 && mailNamesPayee(tc, h.start, h.end)) continue;
      channelHits.push({ ...h, channel });
    }
    // "…by PayPal to me, e-mail in my next message": the address promised is the payee's, as above.
    const moveHits = matchPatterns(tc, MOVE_PATTERNS).filter(
      (h) =>
        (contactEmails.length > 0 ||
          !NAMES_MAIL.test(n.text.slice(h.start, h.end)) ||
          !mailNamesPayee(tc, h.start, h.end)) &&
        // "dați-mi numărul de telefon de Revolut", "tu número de Bizum": a wallet's key, not a line to talk on.
        !walletKeyedNumber(n.text, h.start, h.end),
    );
    const masked = maskedPhoneRuns(n.text);
    // The digits before a mask ("0086-138" of "0086-138-xxxx-4410") are part of the masked number, not one of their own.
    const plain = numbersIn(tc).filter((r) => !masked.some((m) => r.start < m.end && m.start < r.end));
    // "Tel: +86-20-… Fax: … Add: …": a letterhead's lines, when no app is named and no move is asked.
    const phoneRuns = phones(tc, [...plain, ...speltNumbersIn(tc), ...masked]).filter(
      (r) => channelHits.length > 0 || moveHits.length > 0 || !isLetterheadNumber(tc, r.start, r.value),
    );
    const spots = [...channelHits, ...moveHits, ...contactEmails, ...phoneRuns].sort(
      (a, b) => a.start - b.start,
    );
    const first = spots[0];
    if (!first) return null;
    const ids = contactIds(n).filter((i) => !payEmails.has(i.value));
    // "Our WeChat service is for domestic clients only, please leave a message here": an app is named, no id or
    // number is given, nobody is asked to go there, and the message keeps the talk in this chat.
    if (
      moveHits.length === 0 &&
      contactEmails.length === 0 &&
      phoneRuns.length === 0 &&
      ids.length === 0 &&
      keepsTalkHere(tc) &&
      channelHits.every((h) => !instructedAround(tc, h.start, h.end))
    )
      return null;
    const channels = uniq([
      ...channelHits.map((h) => h.channel),
      // A meeting room named by its app ("send you the Zoom link") lists that app too.
      ...moveHits.flatMap((h) => roomApp(MOVE_PATTERNS[h.index])),
      ...(contactEmails.length ? ['e-mail'] : []),
      ...(phoneRuns.length && channelHits.length === 0 ? ['phone'] : []),
    ]);
    const details = {
      channels,
      ...(ids.length ? { ids: uniq(ids.map((i) => i.value)) } : {}),
      ...(phoneRuns.length ? { phones: uniq(phoneRuns.map((p) => `${p.plus ? '+' : ''}${p.value}`)) } : {}),
      ...(contactEmails.length ? { emails: uniq(contactEmails.map((e) => e.value)) } : {}),
    };
    // App names are names; "e-mail" and "phone" are words of the buyer's language.
    const word = (c: string): MsgParam =>
      c === 'e-mail'
        ? msg('chat.offplatformContact.email')
        : c === 'phone'
          ? msg('chat.offplatformContact.phone')
          : c;
    const where: MsgParam = channels.length
      ? { list: channels.map(word), sep: ', ' }
      : msg('chat.offplatformContact.anotherApp');
    return {
      start: first.start,
      end: first.end,
      message: msg('chat.offplatformContact.message', { where }),
      details,
    };
  },
};
