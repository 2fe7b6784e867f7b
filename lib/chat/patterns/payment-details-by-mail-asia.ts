import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';
import { COURIER } from './payment-details-by-mail';

/**
 * The bank details the seller will send to the buyer's mailbox, in the languages payment-details-by-mail.ts does not
 * spell (stop 43): "货代的银行信息我发您邮箱", "收款账号我会通过邮件发给您", "포워더 계좌는 이메일로 보내드릴게요",
 * "振込先口座はメールでお送りします", "thông tin tài khoản em gửi qua email", "detail rekening saya kirim lewat
 * email", "hesap bilgilerini e-postayla göndereceğim". As there, the payment is then arranged in the mailbox, away
 * from the chat the platform keeps: a move of the talk, whoever the account belongs to (the seller, its forwarder).
 * The same two readings are kept apart: a new or changed account announced, and an invoice that carries the details
 * (COURIER, widened here to these languages). A refusal ("我们不会通过邮件发…", "メールで送ることはありません") is no
 * move. Folded text.
 */

/** A new or changed account, or a document carrying the details, in these languages. */
const COURIER_HERE = new RegExp(
  `${COURIER.source}|新账户|新賬戶|新账号|新賬號|新的(?:银行|收款)|更改|变更|變更|发票|發票|形式发票|新しい口座|口座(?:が|を)?変更|請求書|インボイス|새\\s?계좌|계좌\\s?변경|변경된|인보이스|송장|\\b(?:tai\\s+khoan\\s+moi|thay\\s+doi|hoa\\s+don|rekening\\s+baru|ganti\\s+rekening|faktur|yeni\\s+hesap|hesap\\s+degis\\w*|fatura\\w*)\\b`,
  'u',
);

const ZH_DETAILS =
  '(?:银行|銀行|收款|付款|汇款|匯款|账户|賬戶|帐户|帳戶)(?:信息|資料|资料|详情|詳情|账号|賬號|帐号|帳號|卡号|卡號)|银行账户|銀行賬戶|收款账户|收款賬戶|银行卡号|銀行卡號';
const ZH_MAIL = '(?:邮箱|郵箱|邮件|郵件|电邮|電郵|e-?mail|mail)';
const ZH_SEND = '(?:发|發|寄|传|傳)';
const ZH_GAP = '[^。．.!?！？\\n]{0,10}?';
/** No "not" or "never" of Chinese before the verb: "我们不会通过邮件发…", "不要发邮件". */
const ZH_NOT = '(?<!(?:不|别|別|没|沒|勿|从不|從不|不会|不會)\\S{0,4})';

const KO_DETAILS = '계좌(?:\\s?(?:정보|번호))?|입금\\s?(?:정보|계좌)|송금\\s?정보|은행\\s?정보';
const KO_MAIL = '(?:이메일|메일)\\s?(?:로|으로)';
/** The Korean verb of sending, not refused after it ("보내지 않습니다", "보내드리지 않아요"). */
const KO_SEND = '(?:보내|전달|발송|송부)(?!\\S{0,4}\\s?(?:않|못|안\\s))';

const JA_DETAILS = '振込先(?:口座)?|口座(?:情報|番号)?|銀行(?:情報|口座)|お支払い?(?:情報|先)';
const JA_MAIL = '(?:メール|e-?mail|mail)\\s?(?:で|にて)';
/**
 * The Japanese verb of sending, not refused after it ("送ることはありません", "送りません"). Japanese puts the negation
 * at the sentence's end, and a topic can come between ("お送りすることは、当社では絶対にありません"), so a polite
 * refusal is read up to the sentence end; the bare "ない" only close to the verb, where it is the verb's own.
 */
const JA_SEND =
  '(?:送|お送り|送付|ご送付|ご案内|お知らせ)(?![^。！？\\n]{0,10}?(?:ない|しない)|[^。！？\\n]*?(?:ません|ございません|いたしかねます))';

/** vi, id/ms, tr (folded): the details, by e-mail, and a verb of sending. */
const LATIN_DETAILS =
  '\\b(?:thong\\s+tin\\s+(?:tai\\s+khoan|ngan\\s+hang|chuyen\\s+khoan)|so\\s+tai\\s+khoan|stk|detail\\s+rekening|info\\s+rekening|nomor\\s+rekening|no\\s+rek(?:ening)?|maklumat\\s+(?:akaun|bank)|nombor\\s+akaun|hesap\\s+bilgi\\w*|banka\\s+bilgi\\w*|iban\\s+bilgi\\w*)\\b';
const LATIN_MAIL =
  '\\b(?:qua|bang|lewat|melalui|via|ke|ile)\\s+(?:e-?mail|emel|mail)\\b|\\b(?:e-?posta|e-?mail|mail)(?:yla|la|le|\\s+ile|\\s+yoluyla|\\s+uzerinden)\\b';
const LATIN_SEND =
  '\\b(?:gui|kirim\\w*|hantar\\w*|send|gonder\\w*|iletece\\w*|ilet\\w*)\\b(?!\\s+(?:\\S+\\s+)?(?:meyece|mem|miyor))';
const LATIN_NOT = '(?<!\\b(?:khong|chang|dung|tidak|tak|takkan|jangan|bukan|asla|hic)\\s+(?:\\S+\\s+){0,3})';

export const PAYMENT_DETAILS_BY_MAIL_ASIA: readonly ChannelPattern[] = [
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /邮|郵|电邮|電郵|mail|메일|メール|emel|posta/,
    unless: COURIER_HERE,
    unlessIn: 'message',
    negationInside: true,
    re: anyOf(
      // zh: the details, then "send … mailbox" or "mail … send", or the verb and the mail first.
      `(?:${ZH_DETAILS})${ZH_GAP}${ZH_NOT}(?:${ZH_SEND}${ZH_GAP}${ZH_MAIL}|${ZH_MAIL}${ZH_GAP}${ZH_SEND})`,
      `${ZH_NOT}(?:${ZH_SEND}${ZH_GAP}${ZH_MAIL}|${ZH_MAIL}${ZH_GAP}${ZH_SEND})${ZH_GAP}(?:${ZH_DETAILS})`,
      // ko: "계좌는 이메일로 보내드릴게요", "이메일로 계좌 정보를 보내드리겠습니다".
      `(?:${KO_DETAILS})[^.!?\\n]{0,12}?${KO_MAIL}\\s?(?:\\S+\\s)?${KO_SEND}`,
      `${KO_MAIL}\\s(?:\\S+\\s)?(?:${KO_DETAILS})[^.!?\\n]{0,8}?${KO_SEND}`,
      // ja: "振込先はメールでお送りします", "口座情報をメールにてご案内します".
      `(?:${JA_DETAILS})[^。！？\\n]{0,12}?${JA_MAIL}[^。！？\\n]{0,6}?${JA_SEND}`,
      // vi, id/ms, tr: "thông tin tài khoản em gửi qua email", "detail rekening saya kirim lewat email".
      `${LATIN_NOT}(?:${LATIN_DETAILS})[^.!?\\n]{0,30}?(?:${LATIN_SEND})[^.!?\\n]{0,20}?(?:${LATIN_MAIL})`,
      `${LATIN_NOT}(?:${LATIN_DETAILS})[^.!?\\n]{0,30}?(?:${LATIN_MAIL})[^.!?\\n]{0,20}?(?:${LATIN_SEND})`,
      `${LATIN_NOT}(?:${LATIN_SEND})[^.!?\\n]{0,20}?(?:${LATIN_MAIL})[^.!?\\n]{0,20}?(?:${LATIN_DETAILS})`,
    ),
  },
];
