/**
 * A label right before a run of digits says what the digits are, whatever the rest of the message asks:
 *
 * - an account-number label ("Hesap numarası 1 9 8 7…", "account no.", "número de cuenta", "nomor rekening",
 *   "số tài khoản", "账号", "卡号", "Kontonummer") names a bank or wallet account, not a phone to call — whether or
 *   not the payment is asked for in the same sentence;
 * - a tracking-number label ("nomor resi J&T nya 0087…", "AWB DHL", "tracking no. (UPS)", "运单号 顺丰", "mã vận đơn
 *   GHN", "เลขพัสดุ Kerry", "takip no Yurtiçi") names a parcel, even with the carrier's name between label and digits.
 *
 * Neither holds when a word of calling or an app stands in the label ("WhatsApp account number", "phone/WhatsApp:",
 * "resi, telepon saya"): then the digits are still read as a phone. Text is normalised (lower-case, accents folded).
 */

/** The account word with its word for "number", in either order, as each language writes it. */
const ACCOUNT_NUMBER =
  '\\b(?:(?:bank\\s+)?(?:account|acct|a\\/c|card|iban)\\s*(?:no\\.?|nr\\.?|number|num\\.?|#)|(?:numero|nomor|no\\.?|nr\\.?|so|numer|num\\.?)\\s+(?:de\\s+|da\\s+|do\\s+|du\\s+|del\\s+|di\\s+)?(?:la\\s+|el\\s+|o\\s+|a\\s+)?(?:cuenta|conta|compte|conto|rekening|tai\\s+khoan|konta|rachunku|karty|tarjeta|cartao|carte|carta)|(?:hesap|iban|kart)\\s*(?:no\\.?|numara\\w*)|konto(?:nummer|nr\\.?)|rekening|norek|stk)\\b' +
  '|账号|帳號|账户号码?|賬戶號碼?|卡号|卡號|口座番号|계좌\\s?번호|(?<![\\p{L}])номер\\s+(?:сч[её]та|карты|картки|рахунку)(?![\\p{L}])';

/** A parcel's tracking label: the courier's receipt, the air waybill, the waybill number, in the languages read. */
const TRACKING_NUMBER =
  '\\b(?:(?:no\\.?\\s+|nomor\\s+)?resi|awb|air\\s?way\\s?bill|tracking(?:\\s+(?:no\\.?|number|code|id|#))?|waybill|(?:ma\\s+)?van\\s+don|takip(?:\\s+(?:no\\.?|numara\\w*|kodu))?|numero\\s+de\\s+(?:seguimiento|rastreio|suivi)|sendungsnummer)\\b' +
  '|运单号?|運單號?|快递单号|快遞單號|物流单号|物流單號|追跡番号|운송장\\s?번호|เลขพสด|เลขแทรค';

/** A word of calling or an app: with one in the label, the digits may be a phone after all. */
const REACH_IN_LABEL =
  /\b(?:call|phone|tel|mobile|cell|whats\s?app|wa|wechat|zalo|telegram|line|viber|contact|sms|text|message|msg|write|add|dm|ib|inbox|chat|talk|speak|ask|ping|check\s+with|hp|telepon|telp|hubungi|kontak|telefon\w*|dien\s+thoai|sdt|goi|lien\s+he|nhan\s+tin|llam\w*|escrib\w*|arayin|ara|yaz\w*|iletisim)\b|电话|電話|手机|手機|微信|联系|聯繫|加我|โทร|ไลน|แอด/u;

// What may stand between the label and the digits: the carrier's name, "nya", a colon, a bracket — no digits and
// no clause end, at most 24 characters.
const BETWEEN = '[^\\d.!?\\n。！？]{0,24}$';
const ACCOUNT_LABEL = new RegExp(`(?:${ACCOUNT_NUMBER})\\W{0,4}(?:\\p{L}{1,3}\\W{0,2})?$`, 'u');
const TRACKING_LABEL = new RegExp(`(?:${TRACKING_NUMBER})${BETWEEN}`, 'u');

/** The digits starting at `start` are labelled an account's or a parcel's number, with no word of calling between. */
export function labelledNotPhone(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const account = ACCOUNT_LABEL.exec(before);
  if (account && !REACH_IN_LABEL.test(before.slice(Math.max(0, account.index - 16)))) return true;
  const tracking = TRACKING_LABEL.exec(before);
  return tracking !== null && !REACH_IN_LABEL.test(before.slice(Math.max(0, tracking.index - 16)));
}
