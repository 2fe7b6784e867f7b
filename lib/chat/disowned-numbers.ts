import { sentenceRange, type TextContext } from './text-context';

/**
 * Numbers that look like bank details and are said not to be: "Serial numbers DE44 5001 … and GB29 NWBK … are the
 * devices' serials, not bank details", "los números de serie … no son datos bancarios", "序列号…不是银行账号". A
 * letter-and-digit serial can pass the IBAN check by chance; a seller who names the numbers as something else
 * (serial, part, batch, IMEI, model number) and, in the same sentence, says they are not an account has described
 * goods. Both are needed: "this is not a personal account, it is our company's: DE44…" disowns nothing of its own.
 * Words over normalised text.
 */
const OTHER_NUMBER = new RegExp(
  [
    '\\b(?:serials?|serial\\s+(?:numbers?|nos?\\.?|codes?)|s\\/n|sn|part\\s+(?:numbers?|nos?\\.?)|p\\/n|batch|lot|imei|mac\\s+address(?:es)?|model\\s+(?:numbers?|nos?\\.?)|sku|device\\s+ids?|product\\s+codes?|certificate\\s+(?:numbers?|nos?\\.?))\\b',
    '\\b(?:numeros?\\s+de\\s+serie|numero\\s+de\\s+serie|numeros?\\s+de\\s+lote|numeros?\\s+de\\s+(?:pieza|peca)|numeros?\\s+de\\s+serie|seriennummer\\w*|chargennummer\\w*|teilenummer\\w*|numero\\s+di\\s+serie|numeri\\s+di\\s+serie|numer\\w*\\s+seryjn\\w*|seri\\s+numara\\w*|nomor\\s+seri|so\\s+seri|serienummer\\w*)\\b',
    '(?<![\\p{L}])(?:серийн\\p{L}*|заводск\\p{L}*\\s+номер\\p{L}*|артикул\\p{L}*)|序列号|序列號|序号|编号|編號|シリアル(?:番号|ナンバー)|製造番号|시리얼\\s?번호|일련번호',
  ].join('|'),
  'u',
);
const NOT_DETAILS = new RegExp(
  [
    "\\b(?:not|never|aren'?t|isn'?t)\\s+(?:a\\s+|an\\s+|the\\s+|our\\s+|any\\s+)?(?:bank(?:ing)?\\s+(?:details|accounts?|info\\w*|numbers?)|(?:bank\\s+)?account\\s+(?:numbers?|details)|accounts?|ibans?|payment\\s+(?:details|info\\w*|accounts?))\\b",
    '\\bno\\s+son\\s+(?:datos\\s+bancarios|cuentas|numeros\\s+de\\s+cuenta|ibans?)\\b|\\bnao\\s+sao\\s+(?:dados\\s+bancarios|contas|numeros\\s+de\\s+conta|ibans?)\\b|\\bne\\s+sont\\s+pas\\s+(?:des\\s+)?(?:coordonnees\\s+bancaires|rib|ibans?|numeros\\s+de\\s+compte|comptes)\\b',
    '\\bkeine\\s+(?:bankdaten|bankverbindung\\w*|kontonummern?|ibans?|kontodaten)\\b|\\bnon\\s+sono\\s+(?:dati\\s+bancari|conti|iban)\\b|\\bnie\\s+(?:sa|jest)\\s+(?:to\\s+)?(?:dane\\s+bankowe|numer\\w*\\s+kont\\w*|iban\\w*)\\b|\\bniet\\s+(?:de\\s+)?(?:bankgegevens|rekeningnummers?|iban)\\b',
    '(?<![\\p{L}])(?:это\\s+)?не\\s+(?:реквизит\\p{L}*|номер\\p{L}*\\s+сч[её]т\\p{L}*|банковск\\p{L}*|iban)|不是(?:银行|銀行)?(?:账号|賬號|帐号|账户|賬戶|帳戶|卡号|卡號|信息|资料|資料)|口座(?:番号)?では(?:ありません|ない)|계좌(?:번호)?가\\s?아닙니다',
  ].join('|'),
  'u',
);

/** A request to pay in the same sentence takes the disclaimer back: "…not bank details, but wire the deposit to…". */
const ASKED_TO_PAY =
  /\b(?:pay|paid|paying|transfer|wire|send|deposit|remit|pague\w*|pagar|payez|zahlen|uberweis\w*|betaal\w*|bonific\w*|przelew\w*)\b|(?<![\p{L}])(?:оплат\p{L}*|перевед\p{L}*|переве\p{L}*)|付款|转账|轉帳|汇款|匯款|打款|振込|입금|송금/u;

/** An account of the writer's own given in the same sentence: "…not bank details, our account is 6222…". */
const OWN_ACCOUNT =
  /\b(?:our|my)\s+(?:\w+\s+)?(?:account|acc|iban|bank|card)\b|\b(?:beneficiary|iban\s*[:：]|account\s*(?:no\.?|number)?\s*[:：])|(?<![\p{L}])(?:наш\p{L}*\s+сч[её]т\p{L}*|реквизиты\s*:)|收款|我们的(?:账号|账户|卡号)|我的(?:账号|账户|卡号)/u;

/**
 * A payment method named in the sentence: "S/N GB29… is not a payment account, it's for Western Union" gives an
 * account under another name.
 */
const PAYMENT_METHOD =
  /\b(?:western\s+union|moneygram|paypal|payoneer|wise|skrill|alipay|wechat\s+pay|t\/t|bank\s+transfer|swift\s+transfer|ria|remitly)\b|(?<![\p{L}])(?:вестерн\p{L}*|юнистрим\p{L}*)|西联|西聯|速汇金|支付宝|支付寶|微信支付|电汇|電匯/u;

/**
 * An account given as the true one: "the real IBAN is…", "die richtige IBAN lautet…", "la cuenta correcta es…",
 * "new bank account…", "正确的是…", "правильный счёт…". A disclaimer about one number that goes on to correct it is
 * handing over another.
 */
const ACCOUNT_WORD =
  '(?:iban|account|acc|bank|details|number|one|konto\\w*|bankverbindung|cuenta|conta|compte|datos|coordonnees|rekening\\w*)';
const CORRECTED = new RegExp(
  [
    `\\b(?:real|correct|right|new|valid|actual|updated|true|proper|richtig\\w*|neue?\\w*|correct[ao]s?|nuev[ao]s?|verdader[ao]s?|nouve(?:au|lle)|bon(?:ne)?|nieuwe|juiste)\\s+(?:\\w+\\s+)?${ACCOUNT_WORD}\\b`,
    `\\b${ACCOUNT_WORD}\\s+(?:\\w+\\s+)?(?:correct[ao]s?|nuev[ao]s?|verdader[ao]s?|correcte|nouve(?:au|lle)|real)\\b`,
    '(?<![\\p{L}])(?:правильн\\p{L}*|нов\\p{L}*|настоящ\\p{L}*|верн\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:сч[её]т\\p{L}*|реквизит\\p{L}*|iban|карт\\p{L}*|номер\\p{L}*)',
    '正确|正確|真正的|实际的|實際的|新的(?:银行|銀行)?(?:账|帳|賬|卡)|新(?:账|帳|賬)号|新卡号|新卡號',
  ].join('|'),
  'u',
);
/** Where a clause before the number opens: the serial's label must sit in the number's own clause. */
const CLAUSE_CUT = /[,;，；、]/gu;

/**
 * The number at [start, end) is named as a serial (or the like) in its own clause, in a sentence that says it is no
 * bank detail and gives no account in its place. "Note: the SN is not an account, the real IBAN is GB29…" names
 * nothing of the IBAN's own clause a serial: the disclaimer is about another number.
 */
export function isDisownedNumber(tc: TextContext, start: number, end: number): boolean {
  const [a] = sentenceRange(tc, start, end);
  const sentence = tc.norm.text.slice(...sentenceRange(tc, start, end));
  const lead = tc.norm.text.slice(a, start);
  let cut = 0;
  for (const m of lead.matchAll(CLAUSE_CUT)) cut = m.index + 1;
  return (
    OTHER_NUMBER.test(lead.slice(cut)) &&
    NOT_DETAILS.test(sentence) &&
    !ASKED_TO_PAY.test(sentence) &&
    !OWN_ACCOUNT.test(sentence) &&
    !PAYMENT_METHOD.test(sentence) &&
    !CORRECTED.test(sentence)
  );
}
