import { isDomainNamedOnly } from './domain-named';
import { hasIbanShape, isValidIban } from './iban';
import { MAIL_ENDINGS } from './mail-endings';
import type { NormalisedText } from './normalise';

/**
 * Pulls payment and contact details out of normalised text. Digits split by spaces, dots, dashes, brackets
 * or emoji ("138🔥2765🔥4410") are joined first. Each result keeps its normalised [start, end).
 */
export interface Extracted {
  value: string;
  start: number;
  end: number;
}

// Between two digit groups: up to 3 spacing characters, dashes, dots, brackets, slashes or emoji.
const NUMBER = /\+?\(?\d(?:(?:[\s\-.()/*_·•]|\p{Extended_Pictographic}|\u20e3){0,3}\d)*/gu;

function digitCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) count++;
  }
  return count;
}

export interface NumberRun extends Extracted {
  plus: boolean;
}

export function numberRuns(n: NormalisedText): NumberRun[] {
  const out: NumberRun[] = [];
  if (digitCount(n.text) < 6) return out; // a run needs six digits: most messages (prices, days) have fewer

  for (const m of n.text.matchAll(NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 6) continue;
    out.push({ value: digits, start: m.index, end: m.index + m[0].length, plus: m[0].startsWith('+') });
  }
  return out;
}

const EMAIL = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;

/**
 * An address spelt in words so that filters miss it: "tom (at) gz-hardware (dot) com", "anna[at]factory[dot]com",
 * "pedro arroba fabrica punto com", "jean chez usine point fr", "marco chiocciola fabbrica punto it". The "at" in
 * brackets, or a word that only means "@" (arroba, chiocciola, małpa, Klammeraffe, apenstaartje), or a plain "at"
 * or "chez" when a spelt dot and a known ending follow; the result is read as the address it spells.
 */
const AT_SPELT =
  '(?:\\s*[([{<]\\s*(?:at|@|arroba|chez|chiocciola|malpa|собака)\\s*[)\\]}>]\\s*|\\s+(?:at|arroba|chez|chiocciola|malpa|klammeraffe|apenstaartje|собака|собачка|равлик)\\s+)';
const DOT_SPELT =
  '(?:\\s*[([{<]\\s*(?:dot|punto|point|ponto|punkt|kropka|punt|точка|крапка|\\.)\\s*[)\\]}>]\\s*|\\s+(?:dot|punto|point|ponto|punkt|kropka|punt|точка|крапка)\\s+|\\.)';
const TLD = MAIL_ENDINGS.join('|');
/**
 * Words before a plain "at" that are never the start of an address: "buy at alibaba dot com", "look at it".
 * Only a plain "at" is judged by them: a bracketed "(at)" is an address whatever precedes it ("his address is
 * tony (at) …" — "is" once hid the whole address).
 */
const NOT_A_LOCAL_PART =
  /\b(?:us|me|it|them|price|prices|order|buy|sell|sold|shop|store|look|find|available|here|there|which|that|this|is|are|was|arrive|arrives|arrived|ship|shipped|delivered|made|check|pay|paid|listed|sale)\s+$/;
const SPELT_EMAIL = new RegExp(
  `(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]*?)${AT_SPELT}(?!(?:alibaba|aliexpress)\\b)([a-z0-9-]+(?:${DOT_SPELT}[a-z0-9-]+)*?)${DOT_SPELT}(${TLD})(?![a-z0-9])`,
  'g',
);
// Russian and Ukrainian writers spell "@" as "собака" (dog) or "равлик" (snail) and the dot as "точка" / "крапка".
const MAYBE_SPELT =
  /[([{<]\s*at\s*[)\]}>]|\b(?:arroba|chiocciola|malpa|klammeraffe|apenstaartje)\b|\b(?:dot|punto|point|ponto|punkt|kropka|punt)\b|собак|собачк|равлик|точка|крапка/;
const DOT_SPELT_ONE = new RegExp(DOT_SPELT, 'g');

export function emails(n: NormalisedText): Extracted[] {
  const out: Extracted[] = n.text.includes('@')
    ? [...n.text.matchAll(EMAIL)]
        .filter((m) => !isDomainNamedOnly(n, m.index, m.index + m[0].indexOf('@')))
        .map((m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }))
    : [];
  if (!MAYBE_SPELT.test(n.text)) return out;
  for (const m of n.text.matchAll(SPELT_EMAIL)) {
    // A spelt "at" that is only a plain word needs a spelt dot too: "tom at gz-hardware.com" is too often prose.
    const at = m[0].slice(m[1]!.length);
    const bracketOrSign = /[([{<]|arroba|chiocciola|malpa|klammeraffe|apenstaartje|собак|равлик/.test(
      at.slice(0, 16),
    );
    if (!bracketOrSign && NOT_A_LOCAL_PART.test(n.text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (
      !/[([{<]|arroba|chiocciola|malpa|klammeraffe|apenstaartje|собак|равлик/.test(at) &&
      !/(?:dot|punto|point|ponto|punkt|kropka|punt|точка|крапка)/.test(at)
    )
      continue;
    const domain = m[2]!.replace(DOT_SPELT_ONE, '.');
    out.push({ value: `${m[1]}@${domain}.${m[3]}`, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Wallet addresses are case-sensitive (base58/hex), so they are read from the case-kept text.
const WALLET =
  /(?<![A-Za-z0-9])(?:T[1-9A-HJ-NP-Za-km-z]{33}|bc1[a-z0-9]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40})(?![A-Za-z0-9])/g;
export function wallets(n: NormalisedText): Extracted[] {
  const out: Extracted[] = [];
  if (!/(?:T|bc1|0x|[13])[A-Za-z0-9]{25}/.test(n.cased)) return out;
  for (const m of n.cased.matchAll(WALLET)) {
    const v = m[0];
    // Legacy base58 addresses must mix letters and digits; a long word or number is not an address.
    if (/^[13]/.test(v) && !(/[A-Za-z]/.test(v) && /\d.*\d/.test(v.slice(1)))) continue;
    out.push({ value: v, start: m.index, end: m.index + v.length });
  }
  return out;
}

const MAYBE_IBAN = /[a-z]{2}\d{2}/;
const IBAN_CANDIDATE = /\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{1,4}){3,9}/g;
// "IBAN", "Neue IBAN:", "yeni IBAN'a", "IBAN nuovo": the message itself says the number is an IBAN.
const IBAN_CUE = /\biban\b/;

/**
 * IBANs written in groups: the longest prefix (at group ends) that passes the mod-97 check wins; when the
 * message calls it an IBAN, one with its country's exact length counts even if its check digits are wrong.
 */
export function ibans(n: NormalisedText): Extracted[] {
  const out: Extracted[] = [];
  if (!MAYBE_IBAN.test(n.text)) return out; // every candidate starts so; most texts with digits have no such spot
  const cued = IBAN_CUE.test(n.text);
  for (const m of n.text.matchAll(IBAN_CANDIDATE)) {
    const raw = m[0];
    const ends = [...raw.matchAll(/[a-z0-9](?=[ -]|$)/g)].map((e) => e.index + 1).reverse();
    let shaped: Extracted | null = null;
    for (const end of ends) {
      const compact = raw.slice(0, end).replace(/[ -]/g, '').toUpperCase();
      if (compact.length < 15) break;
      // A country of the registry and its exact length too: "LP00928374655CN", a parcel's tracking number, passes
      // the mod-97 check by chance (one number in 97 does).
      if (isValidIban(compact) && hasIbanShape(compact)) {
        shaped = { value: compact, start: m.index, end: m.index + end };
        break;
      }
      if (cued && !shaped && hasIbanShape(compact))
        shaped = { value: compact, start: m.index, end: m.index + end };
    }
    if (shaped) out.push(shaped);
  }
  return out;
}

const SWIFT =
  /\b(?:swift|bic)(?:\s*\/\s*bic)?(?:\s*(?:code|codigo|код|代码|代碼|碼|码))?\s*(?:no\.?|number)?\s*[:：#-]?\s*([a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)\b/g;
const SWIFT_LABEL_AFTER = /(?:codigo|code|код)\s+swift\s*[:：]?\s*([a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?)\b/g;
export function swifts(n: NormalisedText): Extracted[] {
  const out: Extracted[] = [];
  for (const re of [SWIFT, SWIFT_LABEL_AFTER]) {
    for (const m of n.text.matchAll(re)) {
      const code = m[1]!;
      const at = m.index + m[0].length - code.length;
      out.push({ value: code.toUpperCase(), start: at, end: at + code.length });
    }
  }
  return out;
}

// Thai, folded (marks dropped): "บัญชี" (account) or "ธนาคาร" (bank), or a Thai bank's name, with up to a few words
// run together after it ("บัญชีของฉัน", "บัญชีกสิกร", "ธนาคารกรุงเทพ"): Thai writes no spaces between words. Names
// that are also a place or a word (กรุงเทพ is Bangkok, ออมสิน is saving) count only after "บัญชี" or "ธนาคาร".
const THAI_ACCOUNT_LABEL =
  '(?:บญช|ธนาคาร|กสกร|ไทยพาณชย|กรงไทย|กรงศร|ทหารไทย|ธนชาต)[\\u0E00-\\u0E7F]{0,16}|(?<![\\p{L}])(?:kbank|scb|ktb|bbl|ttb)';
// An account or card label in any of the languages read, right before the number ("A/C 6217…", "账号：6222…",
// "conta 3301…", "Konto 1234…", "hesap no", "số tài khoản", "no rek", "계좌번호", "口座番号", "رقم الحساب").
const ACCOUNT_LABEL = new RegExp(
  String.raw`(?:\b(?:account|acct|a\/c|acc|card|cuenta|conta|compte|conto|konto|kontonummer|karte|hesap|hesabi|hesabimiz|kart|kartu|tai\s+khoan|stk|tk|rekening|rek|rachunek|rachunku|karta|karte|carta|carte|cartao|tarjeta)\b(?:\s*(?:no\.?|nr\.?|number|num|numero|numer|nomor|so|#))?|账号|帳號|账户|帳戶|卡号|卡號|银行卡|銀行卡|계좌(?:\s?번호)?|카드(?:\s?번호)?|口座(?:番号)?|記号\s?\d{4,5}\W{0,3}番号|カード番号|(?<![\p{L}])(?:сч[её]т\p{L}*|карт\p{L}*|р\/с)|حساب\p{L}*|بطاق\p{L}*|${THAI_ACCOUNT_LABEL})\W{0,6}$`,
  'u',
);
const NOT_ACCOUNT_LABEL =
  /(?:order|tracking|invoice|订单|訂單|单号|單號|pedido|commande|заказ)\W{0,6}(?:no\.?|number|#)?\W{0,4}$/u;
/** Bank and card words, and Chinese bank names, that make a card-length number a card or account number. */
const BANKISH =
  /account|acct|a\/c|card|bank|iban|icbc|\bccb\b|\bboc\b|\babc\b|konto|karte|hesap|hesab|kart|tai\s+khoan|stk|rekening|\brek\b|conto|carta|cuenta|tarjeta|conta|cartao|compte|carte|rachun|karta|сч[её]т|карт|сбер|банк|حساب|بطاق|بنك|口座|カード|銀行|账户|帳戶|账号|帳號|卡|银行|계좌|카드|은행/u;

/**
 * A bank's name between the account label and the number ("rekening BCA 5271…", "입금 계좌: 국민은행 412-…",
 * "rekening Mandiri yang baru: 137-…"): words ending in bank/은행/银行, or the short names of banks met in the
 * messages read. At most three words, no digits and no sentence end between label and number.
 */
const BANK_NAME =
  /(?:\b\p{L}*bank\b|\bbank\s+\p{L}+|은행|银行|銀行|ngan\s+hang|\b(?:bca|bni|bri|btn|bsi|mandiri|cimb|permata|danamon|maybank|hsbc|icbc|boc|ccb|abc|citi|ing|pko|mbank|santander|bbva|acb|bidv|vib|agribank|vietinbank|techcombank|sacombank|kb|shinhan|woori|hana|nonghyup|ziraat|garanti|akbank|isbank|halkbank|vakifbank|enpara)\b)/u;
const LABEL_THEN_BANK = new RegExp(
  `${ACCOUNT_LABEL.source.replace(/\\W\{0,6\}\$$/, '')}(?:[\\s:：,]+[\\p{L}.&]+){1,4}?\\W{0,6}$`,
  'u',
);

/**
 * Account numbers in a bank's own grouping, which no phone or order number takes: HSBC Hong Kong's 3-6-3
 * ("123-456789-001"), and Thai banks' 3-1-5-1 ("123-4-56789-0").
 */
const BANK_SHAPED = /^(?:\d{3}-\d{6}-\d{3}|\d{3}-\d-\d{5}-\d)$/;
const BANK_RIGHT_BEFORE = new RegExp(`${BANK_NAME.source}\\W{0,4}$`, 'u');

/**
 * Bank account numbers: 8–34 digits right after an account label ("A/C 6217 8500…", "账号：6222…") or after a
 * label and a bank's name (BANK_NAME), and
 * card-length numbers (16–19 digits, never a phone: those have at most 15) with a bank or card word in the
 * 60 characters before ("the owner's account, Mr. Huang, ICBC 6222 0212 3456 7890 123").
 */
export function accountNumbers(n: NormalisedText, runs: NumberRun[]): Extracted[] {
  return runs.filter((r) => {
    if (r.value.length < 8 || r.value.length > 34 || r.plus) return false;
    const before = n.text.slice(Math.max(0, r.start - 30), r.start);
    if (NOT_ACCOUNT_LABEL.test(before)) return false;
    if (ACCOUNT_LABEL.test(before)) return true;
    const wider = n.text.slice(Math.max(0, r.start - 50), r.start);
    const named = LABEL_THEN_BANK.exec(wider);
    if (named && BANK_NAME.test(named[0])) return true;
    // "HSBC 123-456789-001": a bank's name right before a number in its account shape, no label needed.
    if (BANK_SHAPED.test(n.text.slice(r.start, r.end)) && BANK_RIGHT_BEFORE.test(before)) return true;
    return (
      r.value.length >= 16 &&
      r.value.length <= 19 &&
      BANKISH.test(n.text.slice(Math.max(0, r.start - 60), r.start))
    );
  });
}

/**
 * A payment app or wallet named right before a number or id: the number is where to pay, not a phone. A
 * possessive, "to the number" or "key" may sit between ("DANA saya 0812…", "DANA ke nomor 0813…", "Pix, chave
 * 1198…", "ЮMoney кошелёк 4100…").
 */
const PAYMENT_APP_BEFORE =
  /(?:\b(?:ali\s?pay|(?:wechat|weixin|wx)\s?pay|pay\s?pal|qiwi|yoomoney|webmoney|pix|blik|momo|zalopay|dana|ovo|gopay|gcash|paytm|upi|venmo|zelle|cash\s?app|payoneer|skrill|kakao\s?pay|pay\s?pay|line\s?pay|toss|papara|promptpay)\b|支付宝|支付寶|微信支付|收款码|收款碼|киви|юмани|ю\s?money|알리페이|위챗페이|アリペイ)(?:\s*(?:id|account|no\.?|number|账号|帳號|号|號))?(?:[\s,:]+(?:saya|ku|aku|kami|aja|saja|ya|kak|kakak|ke|nomor|no|to|my|mine|number|chave|key|numero|numer|номер|ключ|мой|кошел[её]к|vao|so)){0,3}\W{0,12}$/u;

/**
 * A Brazilian tax number given as a Pix key ("a chave é o CPF da minha esposa 123.456.789-09"): the key is
 * where the money goes, whoever's name follows "chave". CPF has 11 digits, CNPJ 14.
 */
const PIX_TAX_KEY_BEFORE = /\b(?:pix|chave)\b[^.!?\n]{0,40}?\b(?:cpf|cnpj)\b[^.!?\n\d]{0,30}$/u;

/** Numbers given as a payment app's account ("this Alipay: 13829172291", "QIWI 7912…", a Pix CPF key). */
export function paymentAppIds(n: NormalisedText, runs: NumberRun[]): Extracted[] {
  return runs.filter((r) => {
    if (r.value.length < 6) return false;
    const before = n.text.slice(Math.max(0, r.start - 80), r.start);
    if (PAYMENT_APP_BEFORE.test(before.slice(-40))) return true;
    return (r.value.length === 11 || r.value.length === 14) && PIX_TAX_KEY_BEFORE.test(before);
  });
}

/** Ids after a channel name or an @handle: "wechat id: lily_led2020", "@mike_factory", "skype: live:x.y". */
const HANDLE = /(?<![\p{L}\p{N}@.])@([a-z0-9_][a-z0-9_.]{2,31})(?![a-z0-9@])/gu;
const CHANNEL_ID =
  /(?:whats?\s?app|wechat|weixin|telegram|skype|viber|line|vx|wx|tg|微信|v)\s*(?:id|number|no\.?|account|号|號)?\s*(?:is\s+|es\s+|e\s+|est\s+)?[:：]?\s*((?:live:)?[a-z][a-z0-9_.-]{2,39})/gu;
export function contactIds(n: NormalisedText): Extracted[] {
  const out: Extracted[] = [];
  if (!/[@:：]|app|chat|xin|gram|skype|viber|line|vx|wx|tg|微信|\bv\b/.test(n.text)) return out;
  for (const m of n.text.matchAll(HANDLE))
    out.push({ value: `@${m[1]}`, start: m.index, end: m.index + m[0].length });
  for (const m of n.text.matchAll(CHANNEL_ID)) {
    // A full stop or dash after a word ends the sentence, it is not part of an id ("… WhatsApp green. Call…").
    const id = m[1]!.replace(/[.-]+$/, '');
    if (
      /^(?:me|us|is|id|and|or|for|to|the|pls|please|so|with|number|same|here|app|pay|group|chat|call)$/.test(
        id,
      )
    )
      continue;
    if (!/[\d_.]/.test(id) && !/[:：]/.test(m[0])) continue; // "wechat then" is not an id; "wechat: lily" is
    const at = m.index + m[0].length - m[1]!.length;
    out.push({ value: id, start: at, end: at + id.length });
  }
  return out;
}
