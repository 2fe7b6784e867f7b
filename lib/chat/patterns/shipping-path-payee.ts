import type { ChatPattern } from '../match';

/**
 * Payees on the goods' way out that no order names (stop 54): an official's account, and the account of the seller's
 * own forwarder or agent.
 *
 * Money asked into the account or card of an official — a customs officer, a port official, "the officer" (stop 54):
 * "the customs tax must be paid to the officer's account first", "ditransfer ke rekening petugas dulu", "en la cuenta
 * del funcionario", "na conta do fiscal", "auf das Konto des Zollbeamten", "memurun hesabına yatırın", "на карту
 * инспектора", "vào tài khoản của cán bộ hải quan", "حساب الموظف", "海关工作人员的账户", "税関職員の口座", "세관 직원
 * 계좌". Customs and ports collect through their own offices, the carrier or the broker's invoice, never into a
 * person's account: whoever hands over such an account is the payee, whatever the story. Needs a word of paying in
 * the message; the clause's negation and platform anchor are judged by guards.ts. Folded text (Latin accents dropped).
 */

/** The official, in the languages read. "Account officer" (a bank's role) comes after the account and is not read. */
// Staff, clerks and inspectors only with their office named: "each staff account" of a till is a login.
// "Official" only with its possessive: "follow our official account" is a channel, no official's (stop 54).
// The possessive is required: "our customs officers account for every carton" (a verb) and "the port officer card is
// checked at the gate" (a badge) name no one's money (stop 54 review).
const OFFICIAL_EN =
  "(?:(?:(?:customs|port|harbou?r|terminal|tax|government|clearance)\\s+)?(?:officers?|officials?)|(?:customs|port|harbou?r|terminal|tax|government|clearance)\\s+(?:inspectors?|clerks?|staff|employees?|personnel|agents?))(?:'s|s'|\\s*'\\s*s)";
const EN = [
  // "the officer's (personal) account", "the customs official's bank card". An officer's account OF something, or
  // "according to" it, is their report: "the port officer's account of the delay: fee USD 60" (stop 54).
  `(?<!\\b(?:according\\s+to|as\\s+per|per)\\s+(?:(?:the|this|that|a|an|our)\\s+)?)\\b(?:the|this|that|a|an|our|one|customs|port)\\s+(?:\\w+\\s+)?${OFFICIAL_EN}\\s+(?:own\\s+|personal\\s+|private\\s+)?(?:bank\\s+)?(?:account|acct|a\\/c|card)\\b(?!\\s+(?:page|portal|login|log-?in|number\\s+on\\s+the\\s+form|of\\s+(?!(?:the\\s+)?bank\\b)))`,
  // "the account of the (customs) officer".
  `\\b(?:account|acct|card)\\s+of\\s+(?:the|a|an|one)\\s+(?:\\w+\\s+)?(?:customs|port|harbou?r|tax|clearance)?\\s*(?:officers?|officials?|inspectors?|clerks?)\\b`,
];
const OTHERS = [
  // id / ms: "rekening (pribadi) petugas / pegawai / pejabat / oknum", "akaun pegawai kastam".
  '\\b(?:rekening|akaun|akun)\\s+(?:pribadi\\s+|peribadi\\s+|milik\\s+|atas\\s+nama\\s+)?(?:petugas|pegawai|pejabat|oknum|staf|aparat)\\b',
  // es: "la cuenta (personal) del funcionario / oficial / aduanero / inspector".
  '\\bcuenta\\s+(?:personal\\s+|bancaria\\s+|privada\\s+)?(?:del|de\\s+la|de\\s+un|de\\s+una)\\s+(?:funcionari[oa]|oficial|aduaner[oa]|inspector[a]?|empleado|vista\\s+de\\s+aduana)\\b',
  // pt: "a conta do fiscal / funcionário / auditor / inspetor / servidor".
  '\\bconta\\s+(?:pessoal\\s+|bancaria\\s+|particular\\s+)?(?:do|da|de\\s+um|de\\s+uma)\\s+(?:fiscal|funcionari[oa]|auditor[a]?|inspetor[a]?|servidor[a]?|oficial|agente\\s+(?:da\\s+)?(?:alfandega|receita))\\b',
  // fr: "le compte (personnel) du fonctionnaire / de l'officier / de l'inspecteur / du douanier".
  "\\bcompte\\s+(?:personnel\\s+|bancaire\\s+|prive\\s+)?(?:du|de\\s+l'|de\\s+la|d'un|d'une)\\s*(?:fonctionnaire|officier|inspect(?:eur|rice)|douanier|douaniere|agent\\s+(?:des\\s+douanes|de\\s+douane|du\\s+port|portuaire))\\b",
  // de: "das Konto des (Zoll)beamten / Zöllners / Sachbearbeiters", "auf das Privatkonto des Beamten".
  '\\b(?:privat)?konto\\s+(?:des|der|vom|von\\s+dem|eines|einer)\\s+(?:zust\\w+\\s+)?(?:zoll|hafen)?(?:beamten|beamtin|zollners|zollner|inspektors|sachbearbeiters|sachbearbeiterin|mitarbeiters)\\b',
  // it: "sul conto del funzionario / doganiere / ispettore".
  "\\bconto\\s+(?:personale\\s+|corrente\\s+)?(?:del|della|dell'|di\\s+un)\\s*(?:funzionari[oa]|doganiere|ispettore|ufficiale|agente\\s+(?:doganale|del\\s+porto))\\b",
  // nl: "de rekening van de douanebeambte / ambtenaar".
  '\\brekening\\s+van\\s+(?:de|een)\\s+(?:douane)?(?:beambte|ambtenaar|douanier|inspecteur)\\b',
  // pl: "na konto celnika / urzędnika / funkcjonariusza".
  '\\bkont\\w*\\s+(?:prywatn\\w*\\s+|osobist\\w*\\s+)?(?:celnik\\w*|urzednik\\w*|funkcjonariusz\\w*|inspektor\\w*)\\b',
  // tr: "memurun hesabına", "gümrük görevlisinin hesabına". "Görevli" alone is any staff member, and "hesabınız" is the
  // reader's own account: "görevlimiz hesabınızı kontrol edecek" is a payment being checked (stop 54 review).
  '\\b(?:(?:gumruk|liman)\\s+(?:memur|gorevli)\\w*|memur\\w*)\\s+(?:kisisel\\s+|ozel\\s+)?(?:banka\\s+)?hesab(?!iniz)\\w*',
  // vi: "tài khoản (cá nhân) của cán bộ / nhân viên / viên chức (hải quan)".
  '\\btai\\s+khoan\\s+(?:ca\\s+nhan\\s+)?(?:cua\\s+)?(?:can\\s+bo|nhan\\s+vien\\s+hai\\s+quan|vien\\s+chuc|quan\\s+chuc|nguoi\\s+hai\\s+quan)\\b',
  // ru / uk: "на счёт / карту инспектора / сотрудника / таможенника / чиновника", "рахунок митника".
  '(?<![\\p{L}])(?:сч[её]т\\p{L}*|карт\\p{L}*|рахун\\p{L}*|картк\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:инспектор\\p{L}*|сотрудник\\p{L}*|таможенник\\p{L}*|чиновник\\p{L}*|офицер\\p{L}*|служащ\\p{L}*|митник\\p{L}*|працівник\\p{L}*|посадов\\p{L}*|інспектор\\p{L}*)',
  // ar / fa: "حساب الموظف / الضابط / المفتش / موظف الجمارك", "حساب مامور / کارمند گمرک".
  '(?:حساب|بطاقة)\\s+(?:ال)?(?:موظف|ضابط|مفتش|مأمور|مسؤول)|حساب\\s+(?:شخصی\\s+)?(?:مامور|مأمور|کارمند|افسر)',
  // zh: "(海关)工作人员的(个人)账户", "官员的卡".
  '(?:工作人员|工作人員|官员|官員|关员|關員|海关人员|海關人員|检查员|檢查員|稽查员|稽查員)的?(?:私人|个人|個人)?(?:银行|銀行)?(?:账户|帳戶|账号|帳號|银行卡|銀行卡|卡号|卡號|卡)',
  // ja: "税関職員の口座", "係官の個人口座".
  '(?:職員|係官|担当官|役人|検査官|税関員)(?:さん)?の(?:個人)?(?:銀行)?口座',
  // ko: "세관 직원 계좌", "공무원 개인 통장". "직원" alone is any staff member: "담당 직원 계좌 확인 후 발송" is the
  // seller's clerk checking the payment (stop 54 review).
  '(?:(?:세관|항만|항구|관세청)\\s?직원|공무원|담당관|세관원|검사관)(?:의)?\\s?(?:개인\\s?)?(?:계좌|통장)',
];

/**
 * A word of paying or a charge named, in the languages above: the account must be where money goes ("a taxa de
 * liberação vai na conta do fiscal" names the fee and no verb).
 */
const PAY_WORD = new RegExp(
  [
    '\\b(?:fees?|dut(?:y|ies)|tax(?:es)?|charges?|taxa|tasa|impuesto|imposto|frais|droits|gebuhr\\w*|abgabe\\w*|zoll\\w*|dazi|tassa|oplata|clo|vergi\\w*|ucret\\w*|biaya|bea|pajak|cukai|phi|thue)\\b',
    // German compounds carry the fee at their end: "Inspektionsgebühr", "Hafengebühren" (stop 55).
    '\\b\\w+(?:gebuhr|gebuhren)\\b',
    '(?<![\\p{L}])(?:пошлин|сбор|налог|збір|мит)\\p{L}*|رسوم|ضريب|费|費|税|料金|관세|비용|세금',
    '\\b(?:pay|paid|paying|payment|settle\\w*|transfer\\w*|remit\\w*|wire|deposit\\w*|send|sent|vers[aio]\\w*|bayar\\w*|dibayar|ditransfer|transfer|kirim\\w*|setor\\w*|pag\\w*|deposit\\w*|transfier\\w*|transfir\\w*|ingres\\w*|vire[rz]?|virement|verse[rz]?|payez|payer|regle[rz]?|zahl\\w*|uberweis\\w*|bonific\\w*|versa\\w*|betal\\w*|overmak\\w*|stort\\w*|zaplac\\w*|przelej\\w*|przelew\\w*|wplac\\w*|ode\\w*|yatir\\w*|gonder\\w*|havale\\w*|chuyen\\w*|thanh\\s+toan|nop|dong\\s+tien)\\b',
    '(?<![\\p{L}])(?:оплат|плат|перевед|перевод|переказ|сплат|скин|отправ|внес)\\p{L}*',
    'ادفع|دفع|تحويل|حول|حوّل|ارسل|أرسل|پرداخت|واریز',
    '付|转|轉|汇|匯|打款|打到|支払|振込|振り込|送金|입금|송금|보내|이체|결제',
  ].join('|'),
  'u',
);

/**
 * The seller's own forwarder, carrier or agent as the account holder, where the lexicons do not read it (stop 54):
 * "sul conto del nostro spedizioniere", "op de rekening van onze expediteur", "na konto naszego spedytora", "vào tài
 * khoản của bên vận chuyển của em", "弊社フォワーダーの口座", "저희 포워더 계좌로", "ke rekening forwarder kami". The
 * holder must be the seller's: the buyer's own forwarder (compose.ts, TO_BUYERS_PROVIDER) is where the buyer may pay.
 */
const FORWARDER = [
  // en, suppliers' register (stop 55): "pls transfer to forwarder account below" — the forwarder's account handed over
  // in the chat ("below", "attached", "as follows"), no article and no "your".
  "\\b(?:to|into)\\s+(?:the\\s+)?(?:forwarder|forwarders|shipping\\s+agent|freight\\s+agent)(?:'s|s')?\\s+(?:bank\\s+)?(?:account|acct|a\\/c)\\b(?=[^.!?\\n]{0,30}\\b(?:below|attached|as\\s+follows|here)\\b)",
  '\\bconto\\s+(?:corrente\\s+)?(?:del|dello)\\s+(?:nostro|mio)\\s+(?:spedizioniere|agente|rappresentante|corriere|trasportatore|partner|doganalista)\\b',
  '\\brekening\\s+van\\s+(?:onze|ons)\\s+(?:expediteur|vervoerder|agent|logistieke\\s+partner|partner|douane-?agent)\\b',
  '\\bkont\\w*\\s+(?:naszego|mojego|naszej|mojej)\\s+(?:spedytor\\w*|przewoznik\\w*|agent\\w*|partner\\w*|przedstawiciel\\w*)',
  '\\btai\\s+khoan\\s+(?:cua\\s+)?(?:ben\\s+)?(?:van\\s+chuyen|forwarder|dai\\s+ly|doi\\s+tac|nha\\s+xe)\\s+(?:cua\\s+)?(?:ben\\s+)?(?:em|toi|chung\\s+toi|minh)\\b',
  '(?:弊社|当社|うち|私ども)の?(?:フォワーダー|乗せ屋|代理店|物流会社|通関業者|運送会社|パートナー会社|提携先)(?:さん)?の(?:銀行)?口座',
  '(?:저희|우리|당사)\\s?(?:회사\\s?)?(?:포워더|운송사|대리점|물류\\s?회사|관세사|파트너사?|협력사)(?:의)?\\s?(?:계좌|통장)',
  '\\b(?:rekening|akaun)\\s+(?:milik\\s+)?(?:forwarder|forwader|ekspedisi|agen\\s+(?:pengiriman|kargo|cargo)|kurir|jasa\\s+kirim|cargo|kargo)\\s+(?:kami|kita|saya)\\b',
];

export const SHIPPING_PATH_PAYEE: ChatPattern = {
  kind: 'contextual',
  what: "an individual's account",
  gate: /account|acct|a\/c|card|rekening|akaun|akun|cuenta|conta|compte|konto|conto|kont|hesab|tai khoan|сч|карт|рахун|حساب|بطاقة|账|帳|卡|口座|계좌|통장/,
  needs: PAY_WORD,
  needsIn: 'message',
  re: new RegExp([...EN, ...OTHERS, ...FORWARDER].join('|'), 'u'),
};
