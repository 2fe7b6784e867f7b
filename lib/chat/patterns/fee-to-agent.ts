import { anyOf, type ChatPattern } from '../match';

/**
 * A customs, clearance or re-delivery fee paid to a person rather than to the carrier at the door (stop 40,
 * AliExpress after-sales): "our forwarder will contact you on Telegram for the clearance payment", "наш агент
 * напишет вам в WhatsApp для оплаты растаможки", "pay the certificate to our customs broker Ms. Fatima". The
 * payment is arranged in a chat app by whoever writes there, or made to someone named, never in the order and
 * never to the carrier (which collects duties itself, at delivery or on its own site: fees-and-terms.ts,
 * PAID_TO_COURIER). Folded text.
 */

/** The fee a parcel is said to owe: customs, clearance, duty, re-delivery, in the languages read. */
const CUSTOMS_FEE =
  /\b(?:customs|clearance|duty|duties|redelivery|re-delivery|aduana\w*|aduaner\w*|alfandeg\w*|desembaraco|dogan\w*|sdoganament\w*|svincolo|douane\w*|inklaring\w*|invoerrecht\w*|dedouanement|zoll\w*|verzoll\w*|cla|clo|celn\w*|odpraw\w*|celni\w*|proclen\w*|vam\w*|gumruk\w*|bea\s+cukai|hai\s+quan)\b|(?<![\p{L}])(?:таможн|растамож|митн|розмитн|מכס)\p{L}*|מכס|관세|통관|関税|通関|关税|關稅|清关|清關|海关|海關/u;

/**
 * A chat app: where the payment is then arranged (not e-mail or SMS, which carriers use themselves). "line", "signal",
 * "wa" and "tg" are ordinary words or abbreviations ("see line 4 of the invoice"): they count only written as an app,
 * with "app", an id or handle, or a number after them.
 */
const CHAT_APP =
  '\\b(?:whats\\s?app|viber|telegram|wechat|kakao\\w*|skype|messenger|zalo|(?:line|signal)\\s+(?:app|id|messenger|account)|(?:line|signal|wa|tg)\\s*(?:id\\s*)?[:@]\\s*[\\w+][\\w.+-]*|(?:signal|wa|tg)\\s+\\+?\\d+|wa\\.me|t\\.me)\\b|(?<![\\p{L}])(?:телеграм|телеграмм|вайбер|вотсап|ватсап|טלגרם|בטלגרם|וואטסאפ|בוואטסאפ)\\p{L}*|카톡|카카오톡|텔레그램|왓츠앱|微信|电报|テレグラム';

/** For the payment: a purpose word and a noun or verb of paying. */
const FOR_PAYMENT =
  '\\b(?:for|to\\s+(?:arrange|collect|make|settle|complete)|about|regarding|per|para|pra|pour|fur|um|w\\s+sprawie|dla|na|kvuli|za)\\s+(?:the\\s+|il\\s+|el\\s+|o\\s+|a\\s+|le\\s+|la\\s+|die\\s+|den\\s+)?(?:\\S+\\s+)?(?:payment|pay|paying|pagamento|pago|pagar|paiement|payer|zahlung|bezahlung|oplat\\w*|platb\\w*|zaplaceni|fizetes\\w*|odeme\\w*|the\\s+fee)\\b|(?<![\\p{L}])(?:для|щоб|чтобы|по|з\\s+приводу|насчет)\\s+(?:\\p{L}+\\s+)?(?:оплат|сплат|платеж|платіж)\\p{L}*|(?:כדי\\s+)?(?:\\S+\\s+){0,2}?(?:את\\s+)?התשלום|결제(?:를|를\\s?위해|\\s?안내|\\s?관련)|支払い?(?:の|について|のため)|付款|支付';

/** The contacting sentence, either order: the app then the payment, or the payment then the app. */
const SAME_SENTENCE = '[^.!?\\n。！？]{0,80}?';

/** A carrier as the one who writes: "DHL will message you on WhatsApp to pay the duties" is the carrier's own. */
const CARRIER_WRITES =
  /^(?![\s\S]*(?:\b(?:our|nuestro|nuestra|nosso|nossa|notre|nostro|nostra|unser\w*|nasz\w*)\b|(?<![\p{L}])наш\p{L}*|שלנו))[\s\S]*(?:\b(?:dhl|fedex|ups|usps|tnt|ems|gls|dpd|correos|correios|la\s+poste|poste\s+italiane|royal\s+mail|deutsche\s+post|postnl|poczta\s+polska|ceska\s+posta|magyar\s+posta|nova\s+poshta)\b|почта\s+россии|укрпошта|нова\s+пошта)/u;

const ARRANGED_IN_APP: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /whats|wa|viber|telegram|tg|t\.me|signal|wechat|line|kakao|skype|messenger|zalo|телеграм|вайбер|вотсап|ватсап|טלגרם|וואטסאפ|카톡|카카오|텔레그램|왓츠앱|微信|电报|テレグラム/,
  needs: CUSTOMS_FEE,
  needsIn: 'message',
  unless: CARRIER_WRITES,
  unlessIn: 'sentence',
  re: anyOf(
    `(?:${CHAT_APP})${SAME_SENTENCE}(?:${FOR_PAYMENT})`,
    `(?:${FOR_PAYMENT})${SAME_SENTENCE}(?:${CHAT_APP})`,
  ),
};

/**
 * The fee paid to someone by name or by role of the seller's side: "pay to our customs broker Ms. Fatima", "pague
 * ao nosso despachante Sr. Costa", "zaplaťte naší celní agentce paní Novákové", "paga a la Sra. Ruiz".
 */
const TITLE =
  '(?:mr|mrs|ms|miss|madam|mister|sr|sra|srta|senhor|senhora|senor|senora|sig|sig\\.ra|signor|signora|herr|herrn|frau|mme|monsieur|madame|pan|pani|panu|panem|pania|ur|urnak|urno)\\.?';
const OUR_AGENT =
  '(?:our|nuestro|nuestra|nosso|nossa|notre|nostro|nostra|unser\\w*|nasz\\w*|nasi|nasemu|nasi)\\s+(?:\\S+\\s+){0,2}?(?:broker|agent|declarant|despachante|agente|despachante\\s+aduanero|transitaire|declarant|spedizioniere|zollagent\\w*|spediteur|agencj\\w*|agent\\w*|zastupc\\w*|deklarant\\w*)';
/**
 * A request to pay, not a payment told ("we already paid the duty to our broker Mr. Chen") nor one forbidden ("don't
 * pay anyone", "Zahlen Sie nichts an Herrn …", "no pague nada a …"): the past and the negated verb are left out.
 */
const NOT_BEFORE =
  "(?<!\\b(?:don't|dont|do\\s+not|never|not|no|nie|nicht|ne|non|nunca|jamais|mai|nem|sem)\\s+(?:\\S+\\s+)?)";
const NOTHING_AFTER =
  '(?!\\s+(?:\\S+\\s+)?(?:nothing|anything|anyone|anybody|nobody|no\\s+one|nichts|niemand\\w*|keinem|keine\\w*|nada|nadie|nenhum\\w*|ninguem|rien|personne|niente|nessuno|nic|nikomu|nikomuz|semmit|senkinek))';
const PAY_TO = `${NOT_BEFORE}\\b(?:pay|transfer|send|wire|pague|paga|pagar|pagad|paie[zr]?|payez|zahlen|uberweisen|zaplac\\w*|przelej\\w*|przelac|przelewu|wplac\\w*|zaplatte|poslete|fizesse|utalja)\\b${NOTHING_AFTER}`;
const TO_PERSON = `${PAY_TO}\\s+(?:\\S+\\s+){0,5}?(?:to|a|ao|a\\s+la|al|au|a\\s+l'|an|na|dla)\\s+(?:(?:${OUR_AGENT})\\s*,?\\s*(?:${TITLE}\\s+\\p{L}+)?|(?:the\\s+|la\\s+|el\\s+|o\\s+)?${TITLE}\\s+\\p{L}{2,})`;

/**
 * The fee paid into a broker's or agent's account that the seller hands over (stop 47): "pay to the customs broker
 * account below and the B/L is released", "transfer the clearance fee to the agent's account", "pague na conta do
 * despachante", "zaplaťte na účet celního deklaranta". The buyer's own broker ("your broker's account") is not the
 * seller's side, and the carrier is not a broker.
 */
const BROKER =
  "(?:(?:customs|clearance|clearing)\\s+)?(?:broker|brokers|agent|agents|declarant)(?:\\s*'s)?|despachante\\w*|agente\\s+(?:aduan\\w*|de\\s+aduanas)|transitaire|zollagent\\w*|agencj\\w*\\s+celn\\w*|celn\\w*\\s+(?:deklarant|agent|zastupc)\\w*|deklarant\\w*";
const TO_BROKER_ACCOUNT = `${PAY_TO}\\s+(?:\\S+\\s+){0,5}?(?:(?:to|into|in|on)\\s+(?:the|this|that|our)\\s+(?:${BROKER})\\s+(?:bank\\s+)?(?:account|acc|acct|a\\/c)|(?:to|into|na|do|en|em|sur)\\s+(?:the\\s+|a\\s+|la\\s+)?(?:account|acc|acct|ucet|konto|cuenta|conta|compte)\\s+(?:of\\s+(?:the|our)\\s+|do\\s+|da\\s+|del\\s+|de\\s+l'|du\\s+|nasz\\w*\\s+)?(?:${BROKER}))`;

const PAID_TO_AGENT: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /pay|transfer|send|wire|pague|paga|pagar|pagad|paie|payez|zahlen|uberweisen|zaplac|przelej|przelac|przelewu|wplac|zaplatte|poslete|fizesse|utalja/,
  needs: CUSTOMS_FEE,
  needsIn: 'message',
  re: new RegExp(`${TO_PERSON}|${TO_BROKER_ACCOUNT}`, 'u'),
};

/**
 * The fee deposited into an agent's account (stop 47): "puede depositar a la cuenta del agente aduanal que le mando",
 * "deposite na conta do despachante", "virez sur le compte de l'agent en douane", "bonifico sul conto dello
 * spedizioniere", "transfer it to the customs agent's account". The carrier collects duties itself; an account of an
 * agent the seller hands over is not the carrier's. Needs a customs fee in the message.
 */
const AGENT_WORD =
  '(?:agente|agent|despachante|broker|transitaire|tramitador|gestor|spedizioniere|declarant|aduanal|aduanero|doganale)';
const INTO_AGENTS_ACCOUNT = `${NOT_BEFORE}\\b(?:deposit\\w*|transfer\\w*|pay|wire|send|transfier\\w*|transfir\\w*|pagu?e\\w*|paga\\w*|vire[zr]?|versez|verser|bonific\\w*|versa\\w*)\\b${NOTHING_AFTER}\\s+(?:\\S+\\s+){0,5}?(?:a|en|na|para|to|into|in|sur|sul|nel|al)\\s+(?:(?:la|el|a|o|le|il|the)\\s+)?(?:(?:customs|clearance)\\s+(?:\\S+\\s+)?${AGENT_WORD}'?s?\\s+(?:bank\\s+)?account|(?:cuenta|conta|compte|conto|account)\\s+(?:bancaria\\s+|bancaire\\s+|bancario\\s+)?(?:del|de|do|da|du|de\\s+l'|dell'|dello|della|di|of\\s+(?:the\\s+|our\\s+)?)\\s*(?:(?:nuestro|nosso|notre|nostro)\\s+)?${AGENT_WORD})`;

const INTO_AGENTS_ACCOUNT_PATTERN: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /deposit|transfer|pay|wire|send|transfi|pague|paga|vire|verse|bonific|versa/,
  needs: CUSTOMS_FEE,
  needsIn: 'message',
  re: new RegExp(INTO_AGENTS_ACCOUNT, 'u'),
};

/**
 * The fee paid into "their" account, the logistics firm's or the forwarder's just named (stop 53): "graag overmaken op
 * hun rekening hieronder", "please pay it to their account below", "überweisen Sie auf deren Konto", "virez sur leur
 * compte", "zaplaťte na jejich účet", "transfer ke rekening mereka", "sul loro conto", "na conta deles", or into the
 * account of the seller's logistics company ("the account of our logistics company", "rekening van ons
 * logistieke bedrijf", "Konto unserer Spedition"). The carrier collects duties itself; an account handed over is
 * not the carrier's. Needs a customs fee in the message.
 */
const PAY_INTO = `${NOT_BEFORE}\\b(?:pay|paid|transfer\\w*|wire|send|deposit|remit|overmaken|overmaak|maak\\s+(?:\\S+\\s+){0,3}?over|betalen|betaal|storten|stort|uberweis\\w*|zahlen|virer|virez|verser|versez|payez|zaplat\\w*|poslete|bayar|kirim|pagu?e\\w*|paga\\w*|pagh\\w*|deposite|bonific\\w*|versa\\w*)\\b${NOTHING_AFTER}`;
// "The forwarder's account", "the agent's account" (s53nchat); never the carrier's own web page or portal ("pay it on
// their account page at dhl.com"), where the buyer logs in.
const NOT_A_WEB_PAGE = '(?!\\s+(?:page|portal|site|website|online|login|log-?in|app|dashboard)\\b)';
const THEIR_ACCOUNT =
  `(?:op|naar|to|into|in|auf|an|sur|na|ke|sul|nel|en|on|a)\\s+(?:(?:hun|their|its|deren|dessen|leur|jejich|mereka|loro|dele|delas|deles)|(?:the\\s+)?(?:forwarder|freight\\s+forwarder|(?:customs\\s+|clearing\\s+|clearance\\s+|shipping\\s+)?agent|broker|courier|logistics\\s+company)'s)\\s+(?:bank\\s*)?(?:rekening\\w*|account|acc|acct|konto|compte|ucet|uctu|conto|cuenta|conta)\\b${NOT_A_WEB_PAGE}|` +
  '(?:ke|na|sul|nel)\\s+(?:rekening|akaun|conta|conto)\\s+(?:mereka|dele|delas|deles|loro)\\b';
const LOGISTICS_FIRM =
  '(?:logistics|shipping|forwarding|freight|clearance|logistie\\w*|expeditie\\w*|transport\\w*|spedition\\w*|logistik\\w*|logistique|logistica|logistyczn\\w*|logistick\\w*)(?:\\s+(?:company|firm|agent|partner|bedrijf|firma|onderneming|unternehmen|societe|empresa|societa|spolecnost\\w*|perusahaan))?|forwarder|spediteur\\w*|transitaire|expediteur';
const LOGISTICS_ACCOUNT = `(?:account|acc|rekening|konto|compte|ucet|conto|cuenta|conta)\\s+(?:of\\s+|van\\s+|von\\s+|de\\s+|du\\s+|del\\s+|da\\s+|do\\s+)?(?:our|ons|onze|unser\\w*|notre|nuestr\\w*|nostr\\w*|noss\\w*|the|het|de|der|la|el|le)\\s+(?:\\S+\\s+)?(?:${LOGISTICS_FIRM})`;
const INTO_THEIR_ACCOUNT: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /pay|paid|transfer|wire|send|deposit|remit|overma|over|betal|stort|uberweis|zahlen|vire|verse|paye|zaplat|poslete|bayar|kirim|pague|paga|pagh|deposite|bonific|versa/,
  needs: CUSTOMS_FEE,
  needsIn: 'message',
  re: new RegExp(
    `${PAY_INTO}\\s+(?:\\S+\\s+){0,6}?(?:${THEIR_ACCOUNT}|(?:to|into|op|naar|auf|sur|na|en|sul|ke)\\s+(?:the\\s+|het\\s+|de\\s+|das\\s+|le\\s+|la\\s+|el\\s+|il\\s+)?${LOGISTICS_ACCOUNT})`,
    'u',
  ),
};

export const FEE_TO_AGENT_PATTERNS: readonly ChatPattern[] = [
  INTO_THEIR_ACCOUNT,
  ARRANGED_IN_APP,
  PAID_TO_AGENT,
  INTO_AGENTS_ACCOUNT_PATTERN,
];
