import { COMPOSED_PAYMENT_PATTERNS } from '../compose';
import { PAID_TO_COURIER, TO_BUYERS_PROVIDER } from '../compose/compose';
import { FEES_OUTSIDE_ORDER } from '../fees-outside-order';
import { MONEY_BEFORE_WECHAT, WECHAT_TRANSFER, WECHAT_TRANSFER_TO_PERSON } from '../guard-words';
import { anyOf, type ChatPattern } from '../match';
import { PAID_TO_DRIVER_AT_DELIVERY } from '../paid-to-driver-at-delivery';
import { REFUND_TO_ORIGINAL_METHOD } from '../refund-to-original';
import { READER_PAYS_ELSEWHERE_IN_MESSAGE, REWARD_SENT_TO_READER } from '../reward-sent-to-reader';
import { ACCOUNT_NAMED_LATER } from './account-named-later';
import { ACCOUNT_WRITTEN_BELOW } from './account-written-below';
import { BUY_BY_FOREIGN_LINK } from './buy-by-foreign-link';
import { CARD_DATA_ON_FOREIGN_PAGE } from './card-data-on-foreign-page';
import { CARD_DETAILS_ASKED } from './card-details-asked';
import { CARRIER_LOOK_ALIKE } from './carrier-look-alike';
import { CONTRACT_OUTSIDE } from './contract-outside';
import { DETAILS_BY_OTHER_CHANNEL } from './details-by-other-channel';
import { PLATFORM_PLACE_WORD } from './direct-in-order';
import { DIRECT_VERB_LAST } from './direct-verb-last';
import { DISPUTE_TRADED_FOR_PROMISE } from './dispute-traded-for-promise';
import { FINISH_ELSEWHERE_PAYMENT } from './elsewhere';
import { FEE_TO_AGENT_PATTERNS } from './fee-to-agent';
import { FEES_AND_TERMS_PAYMENT_PATTERNS } from './fees-and-terms';
import { PAYPAL_FRIENDS_AND_FAMILY } from './friends-and-family';
import { GO_TO_OWN_SITE } from './go-to-own-site';
import { INDIRECT_PAYMENT_PATTERNS } from './indirect-payment';
import { INSPECTOR_PAID_DIRECTLY } from './inspector-paid-directly';
import { INVENTED_FEE } from './invented-fees';
import { LANGUAGE_PAYMENT_PATTERNS } from './languages';
import { MOBILE_MONEY_PATTERNS } from './mobile-money';
import { MONEY_TO_OUR_PERSON_PATTERNS } from './money-to-our-person';
import { NATIONAL_PAYMENT_APP_PATTERNS } from './national-payment-apps';
import { ORDER_BYPASSED_PATTERNS } from './order-bypassed';
import { ORDER_IN_APP_GROUP } from './order-in-app-group';
import { ORDER_IN_CHAT_APP } from './order-in-chat-app';
import { OTHER_OFFICE_PAID } from './other-office-paid';
import { OWN_PAYMENT_PAGE_PATTERNS } from './own-payment-page';
import { CONDITIONAL_PAYMENT_PATTERNS } from './payment-conditions';
import { PLATFORM_LOOK_ALIKE } from './platform-look-alike';
import { PRICE_IF_CONFIRMED_ELSEWHERE } from './price-if-confirmed-elsewhere';
import { RECEIPT_CONFIRMED_EARLY } from './receipt-confirmed-early';
import { REFUND_BY_OTHER_CHANNEL, REFUND_IN_OTHER_APP } from './refund-by-other-channel';
import { REFUND_INSTEAD_OF_DISPUTE } from './refund-instead-of-dispute';
import { REFUND_OUTSIDE } from './refund-outside';
import { REFUND_WIRED_TO_BUYER } from './refund-wired-to-buyer';
import { SELLERS_ESCROW } from './sellers-escrow';
import { SHIPPING_PATH_PAYEE } from './shipping-path-payee';
import { SHORTENED_PAY_LINK } from './shortened-pay-link';
import { SOMEONES_ACCOUNT_PATTERNS } from './someones-account';
import { STEERED_PAYMENT_PATTERNS } from './steered-payment';
import { TYPED_IN_LATIN_PAYMENT } from './typed-in-latin';

/**
 * Ways suppliers ask to be paid outside the order (trade-assurance-rules.md §1 and §3), in English, Chinese
 * (simplified and traditional), Spanish, Portuguese, French and Russian; then the asks that name no service
 * (indirect-payment.ts) and nine more languages (languages/). Text is normalised first: lower-case, Latin
 * accents folded ("página" → "pagina"), "ё" → "е".
 */
// Not the first word of a look-alike host ("do not pay on alibaba-tradepay.com, it is fake" refuses that page).
const PLATFORM =
  '(?:the\\s+)?(?:alibaba(?:\\.com)?|aliexpress|platform|trade\\s?assurance|\\bta\\b|escrow|system|website|site|order)(?![\\w-]*\\.(?!com\\b)[a-z]|-[a-z0-9])';

/**
 * "Bank in" / "bank-in" as Malaysian and Singaporean English say "deposit": only as a verb, before where or what
 * is paid ("bank in to our acc", "bank-in the balance", "bank in RM 500 directly"); "our bank in China" is a bank.
 */
export const BANK_IN =
  '\\bbank\\s?-?in(?=\\s+(?:to|into|directly|direct|first|now|today|ke|kat|terus|rm|usd|sgd|myr|\\$|\\d|(?:the|your|the\\s+full)\\s+(?:money|payment|deposit|balance|amount|fund|funds)|(?:my|our)\\s+(?:\\w+\\s+)?(?:account|acc|acct|a\\/c)))';

/** A payment verb, in any of the languages (needed next to an account phrase). "sent" is left out: "the PI
 * we sent" describes, it does not ask. */
export const PAY_VERB = anyOf(
  '\\b(?:pay|paid|paying|payment|payments|transfer\\w*|remit\\w*|wire|wiring|deposit|t\\/?t|tt|t\\s+t|settle|send|put|go(?:es)?\\s+(?:straight\\s+|directly\\s+|direct\\s+)?(?:in)?to|use)\\b',
  // Malaysian and Singaporean English "bank in" (pay into an account): "bank in to my acc", "bank-in RM 500".
  BANK_IN,
  '付|打款|打到|打给|转|轉|汇|匯|存入|支付',
  '\\b(?:pag\\w*|pai\\w*|pay\\w*|transf\\w*|deposit\\w*|envi\\w*|gir\\w*|mand\\w*|vir\\w*|vers\\w*|regl\\w*|bonific\\w*)\\b',
  '(?<![\\p{L}])(?:оплат|плат|перев[ео]д|перечисл|отправ|внес|заплат|надішл|переказ|сплат|відправ)\\p{L}*',
  '\\b(?:przel\\w*|wplac\\w*|zaplac\\w*|havale|eft|gonder\\w*|yatir\\w*|chuyen|thanh\\s+toan|bayar|tf)\\b',
  // German, Indonesian, Turkish and Vietnamese words for paying that the lines above miss ("Überweisen Sie an
  // folgendes Konto", "kirim DP ke", "pembayarannya ke", "ödemeyi bu hesaba", "đặt cọc vào").
  '\\b(?:uberweis\\w*|zahl\\w*|bezahl\\w*|einzahl\\w*|anzahlung\\w*|restzahlung\\w*|restbetrag|begleich\\w*|pembayaran\\w*|kirim\\s+(?:uang|dana|dp|pembayaran)|dp|setor\\w*|lunasi|pelunasan\\w*|odeme\\w*|ode(?:yin|yiniz|yebilirsiniz|nir)|dat\\s+coc|ck)\\b',
  '振込|振り込|送金|支払|입금|이체|송금|تحويل|حول|ادفع|دفع|حوال[ةه]|[اإ]يداع',
);

const NOT_A_PERSON_ROLE = '(?!\\s+(?:manager|executive|rep\\w*|team|officer))';
/** "card reader", "card terminal", "card slot": a device or a part, not a card to pay. */
const NOT_A_CARD_DEVICE =
  '(?!\\s+(?:readers?|terminals?|machines?|slots?|holders?|printers?|games?|stock|boards?)\\b)';
/**
 * "our business card", "my name card": the card that carries a phone number, not one to pay; "our colour card", "the
 * swatch card": the sample card that shows the colours or fabrics.
 */
const NOT_A_NAME_CARD =
  '(?<!\\b(?:business|name|visiting|calling|contact|swatch|colou?r|shade|sample|fabric|material|pantone|greeting|post|warranty|hang|size)\\s)';
const ACCOUNT_WORD = `(?:bank\\s+)?(?:account|acct|accs?|a\\/c|${NOT_A_NAME_CARD}card${NOT_A_CARD_DEVICE}|bank|wallet)\\b${NOT_A_PERSON_ROLE}`;
const WHOSE =
  "(?:own|company(?:'s)?|personal|private|individual|boss(?:'s)?|manager(?:'s)?|director(?:'s)?|agent(?:'s)?|owner(?:'s)?|wife(?:'s)?|husband(?:'s)?|sister(?:'s)?|brother(?:'s)?|cousin(?:'s)?|relative(?:'s)?|friend(?:'s)?|family|father(?:'s)?|mother(?:'s)?|partner(?:'s)?|other|another|new|different|alternative|second|backup|hong\\s+kong|hk|offshore|shipping\\s+agent(?:'s)?)";

/**
 * Words that make "W.U." or "M.G." the start of a company's name rather than a remittance service: "W.U.
 * Logistics", "M.G. Trading Co., Ltd.", "W.U. Spedition GmbH", "W.U.物流". A forwarder or a trading company named
 * so is not a way to pay.
 */
const COMPANY_NAME_AFTER =
  '(?!\\.?\\s*(?:&\\s*)?(?:logisti\\p{L}*|shipping|freight\\p{L}*|forward\\p{L}*|cargo|spedition|transport\\p{L}*|trading|trade|industr\\p{L}*|technolog\\p{L}*|tech|group|gruppe|grupo|international|intl|co\\b|company|corp\\p{L}*|ltd|limited|llc|inc\\b|gmbh|ltda|sarl|srl|s\\.?a\\.?\\b|enterprise\\p{L}*|import\\p{L}*|export\\p{L}*|packag\\p{L}*|electronic\\p{L}*|machiner\\p{L}*|textile\\p{L}*|garment\\p{L}*|plastic\\p{L}*|hardware|factory|suppl\\p{L}*|sourcing|holding\\p{L}*|logistica|logistik|物流|国际|國際|贸易|貿易|货代|貨代|公司|集团|集團|有限|株式会社))';

/**
 * A case ending written onto the brand in Hungarian and Finnish, with or without a hyphen: "Western Unionon" (by WU),
 * "PayPalon", "Western Union-nal", "MoneyGrammal", "PayPalilla", "Western Unionin kautta". Turkish writes its endings
 * after an apostrophe, which already ends the word. Romanian adds its article the same way ("Western Unionului",
 * "prin PayPal-ul").
 */
const CASE_ENDING =
  '(?:-?(?:on|en|nal|nel|lal|lel|mal|ra|re|ba|be|ban|ben|hoz|nak|nek|illa|lla|in|ia|iin|ul|ului))?';

/**
 * "V转" / "vx转账": WeChat (called V, vx, wx) as the way to transfer, before a recipient, a list word or the clause's
 * end ("V转或者对公账户都可以"); "V转接头" (a V-shaped adapter) is a product.
 */
const V_TRANSFER =
  '(?<![a-z0-9])(?:v|vx|wx)\\s?(?:转|轉)(?:账|賬|帳|(?=给|給|我|或|也|都|就|过来|過來|[,，、。;；!！\\s]|$))';

/** Payment methods the order does not protect when used on their own (each judged separately). */
const METHODS: readonly [string, RegExp, string][] = [
  [
    'PayPal',
    /pal|f&f|friend|贝宝|貝寶|пейпал|amigos|proches|朋友模式|페이팔|ペイパル|باي/,
    `\\bpay\\s?pal${CASE_ENDING}\\b|\\bf&f\\b|${PAYPAL_FRIENDS_AND_FAMILY}|贝宝|貝寶|пейпал\\p{L}*|\\bamigos\\s+(?:y|e)\\s+familia|\\bentre\\s+proches|朋友模式|페이팔|ペイパル|باي\\s?بال`,
  ],
  [
    // "W.U. Logistics is our forwarder", "M.G. Trading Co.": the letters begin a company's name.
    'Western Union / MoneyGram to a person',
    // The name with a case ending glued on ("Western Unionon", "Western Uniont", "Western Unionului") and written in
    // Greek, Hebrew, Persian and Arabic letters ("Γουέστερν Γιούνιον", "ווסטרן יוניון", "وسترن یونیون") (stop 49).
    /western|西联|西聯|вестерн|gram|速汇金|速匯金|웨스턴|머니그램|ウエスタン|ウェスタン|マネーグラム|w\/u|m\/g|γουέστερν|γουεστερν|ווסטרן|וסטרן|وسترن|ویسترن|ويسترن/,
    `\\bwestern\\s?union${CASE_ENDING}\\b|(?:γουέστερν|γουεστερν)\\s+γιούνιον|(?:ווסטרן|וסטרן)\\s+יוניון|(?:وسترن|ویسترن|ويسترن)\\s+(?:یونیون|يونيون)|西联|西聯|вестерн\\s+юнион\\p{L}*|\\bmoney\\s?gram${CASE_ENDING}\\b|速汇金|速匯金|웨스턴\\s?유니온|머니그램|ウ[エェ]スタン\\s?ユニオン|マネーグラム|\\bw\\/u\\b${COMPANY_NAME_AFTER}|\\bm\\/g\\b(?!\\s*(?:per|of|each|daily|tablet|capsule|dose))${COMPANY_NAME_AFTER}`,
  ],
  [
    // "微信转给我" / "微信转我": a WeChat transfer to the person (转 followed by a recipient), not a chat invitation.
    'Alipay / WeChat Pay to a person',
    /ali ?pay|(?:wechat|weixin|wx) ?pay|v转|v轉|vx转|vx轉|wx转|wx轉|支付宝|支付寶|微信|收款码|收款碼|qr|알리페이|위챗|アリペイ|ウィーチャット|алипей|вичат/,
    `\\bali\\s?pay\\b|${V_TRANSFER}|支付宝|支付寶|\\b(?:wechat|weixin|wx)\\s?pay\\b|微信(?:支付|转账|轉帳|轉賬|付款|(?<=${MONEY_BEFORE_WECHAT})${WECHAT_TRANSFER}|${WECHAT_TRANSFER_TO_PERSON})|收款码|收款碼|\\bqr\\s+code\\b.{0,20}\\bpay|\\bpay\\w*\\b.{0,30}\\bqr\\b|알리페이|위챗\\s?페이|アリペイ|ウィーチャット\\s?ペイ|алипей\\p{L}*|вичат\\s?пе[йи]\\p{L}*`,
  ],
  [
    'crypto-currency',
    /usdt|tether|trc-?20|erc-?20|bep-?20|btc|bitcoin|ethereum|cryptocurrenc|binance|泰达币|比特币|虚拟货币|加密货币|криптовалют|биткоин/,
    '\\b(?:usdt|tether|trc-?20|erc-?20|bep-?20|btc|bitcoin|ethereum|cryptocurrenc\\w*|binance\\s+pay)\\b|泰达币|比特币|虚拟货币|加密货币|криптовалют\\p{L}*|биткоин\\p{L}*',
  ],
  [
    'a money-transfer app',
    /wise|payoneer|remit|xoom|skrill|zelle|venmo|cash|revolut|ria|pix|qiwi|киви|юмани|yoomoney|webmoney|вебмани|payeer|perfect|momo|zalopay|viettelpay|ovo|gopay|qris|gcash|paytm|papara|ininal|kakao|ю\s?money|카카오페이|토스|paypay|ペイペイ|line pay|linepay|promptpay|paysera|neteller|bizum|mercado ?pago|dana|truemoney|shopee ?pay|paybox|ביט|פייבוקס|gpay|phonepe|phone pe|کارت|vodafone|instapay|duitnow|palawan|فودافون|انستاباي|إنستاباي|พรอมเพย/,
    '\\btransfer\\s?wise\\b|\\b(?:via|by|through|with|on|using|por|pelo|par|or|o|ou|per|uber|mit|oder|tramite|przez|lewat|melalui|qua|ile|prin|cu)\\s+wise\\b|\\bwise\\s+(?:account|transfer|payment|or|o|ou|ile|uzerinden|araciligiyla|hesab\\w*)\\b|\\b(?:pay|paid|paying|pays|send|sent|sending|sends|transfer\\w*|wire|wired|use|using|deposit\\w*|remit\\w*)\\b[^.!?\\n,;:]{0,40}?\\b(?:our|my|to|into)\\s+wise\\b(?!\\s+(?:and|choice|decision|advice|words?|customers?|buyers?|friends?|people|men|man|owner|boss|team|investment|move|way|judg\\w*|opinion|series|man|ones?))|\\b(?:virement|transferencia|bonifico|uberweisung|przelew|havale|paiement|pago|pagamento)\\s+(?:\\w+\\s+)?wise\\b|через\\s+wise|\\b(?:payoneer|remitly|world\\s?remit|xoom|skrill|zelle|venmo|cash\\s?app|revolut|ria\\s+money|qiwi|yoomoney|webmoney|payeer|perfect\\s?money|momo|zalopay|viettelpay|ovo|gopay|qris|gcash|paytm|papara|ininal|kakao\\s?pay|paypay|line\\s?pay|promptpay|paysera|neteller|bizum|mercado\\s?pago)\\b|(?<!\\b(?:more|some|few|these|those|real|product|sample|samples|actual|clear|hd|nice|new|latest|detail|detailed)\\s+)\\bpix\\b(?!\\s+(?:of|attached|below|above)\\b)|(?<![\\p{L}])(?:киви|юмани|вебмани|ю\\s?money)(?![\\p{L}])|카카오페이|토스(?!트)|ペイペイ' +
      // Indonesia's DANA wallet only after a word of means ("bayar selisih lewat DANA"; "dana" alone is funds), Thailand's
      // TrueMoney, ShopeePay, and Israel's Bit and PayBox ("בקשת תשלום בביט"); Iran's card-to-card transfer ("کارت به کارت").
      '|\\b(?:via|lewat|melalui|pakai|guna|ke|using|by)\\s+dana\\b(?!\\s+(?:talangan|darurat|tunai|segar))|\\b(?:truemoney|shopee\\s?pay|paybox|gpay|phone\\s?pe)\\b|(?<![\\p{L}])(?:ב|ל|דרך\\s+)?(?:ביט|פייבוקס)(?![\\p{L}])|کارت\\s?به\\s?کارت' +
      // Egypt's Vodafone Cash and InstaPay ("فودافون كاش", "انستاباي"), Malaysia's DuitNow, the Philippines' Palawan
      // Express pera padala, Thailand's PromptPay in Thai letters (folded: "พร้อมเพย์" → "พรอมเพย").
      '|\\b(?:vodafone\\s?cash|instapay|duitnow|palawan\\s+(?:express|pera\\s+padala))\\b|فودافون\\s?كاش|[اإ]نستا\\s?باي|พรอมเพย',
  ],
];

/**
 * "Pagamento confirmado pelo Mercado Pago, seu pedido já foi despachado", "payment received via PayPal": a
 * clause that reports a payment already made and confirmed asks for nothing. A request in another clause of
 * the message is still judged on its own.
 */
const PAYMENT_ALREADY_CONFIRMED =
  /\b(?:payment|pagamento|pago|paiement|zahlung)\s+(?:\w+\s+)?(?:confirmed|received|confirmad[oa]|recebid[oa]|recibid[oa]|recu|confirme|erhalten|bestatigt)\b|\b(?:we\s+(?:have\s+)?|i\s+(?:have\s+)?)?(?:confirmed|received)\s+(?:your\s+)?payment\b|(?:已收到|已确认|收到)\S{0,4}(?:付款|款项|货款|您的款)/u;

const METHOD_NOT_ASKED = new RegExp(
  `${PAYMENT_ALREADY_CONFIRMED.source}|${REFUND_TO_ORIGINAL_METHOD.source}|${REWARD_SENT_TO_READER.source}`,
  'u',
);

/** "Pay" as the tail of a wallet's name (WeChat Pay, Apple Pay, Google Pay…) is a name, not the verb. */
const WALLET_PAY =
  '(?<!\\b(?:wechat|weixin|apple|google|samsung|amazon|line|kakao|naver|union|shopee|grab|mercado|ali)\\s?)';
/** Things a seller sends that are not money ("send you the video directly", "send the samples direct to you"). */
const SENT_THING =
  '(?:videos?|photos?|pictures?|pics?|images?|files?|catalog\\w*|samples?|goods|parcels?|packages?|cartons?|documents?|drawings?|quotation\\w*|quotes?|price\\s*list|designs?|artwork|links?|tracking|moulds?|molds?|parts|replacements?|logos?)';
/** What is sent when "send" sends money. */
const MONEY_SENT_WORD =
  '(?:money|payment|payments|funds|deposit|balance|fee|fees|cost|costs|charge|charges|amount|usd|dollars|\\d[\\d.,]*\\s*(?:usd|\\$|dollars)?|\\$\\s*\\d[\\d.,]*)';
/** One word of an object that is not money ("the", "new", "3d"): "charges", "fee", "cost" make the object money. */
const NO_MONEY_WORD = `(?:(?!${MONEY_SENT_WORD}\\b)\\S+\\s+)`;
/** Portuguese words after which "no"/"na" is the preposition "on/in the", never "no". */
const PT_NO_IS_ON =
  '(?<!\\b(?:aqui|ali|somente|apenas|tudo|pedido|pedidos|compra|compras|compre|comprar|pague|pagar|pagamento|pagamentos|loja|atacado|feito|fazer|faca|direto|mesmo|finalizar|fechar|fechado|feche|pedir|peca|encomenda|encomendas|cadastrado|anunciado|vendemos|vendo|estamos|esta|tem|temos)\\s)';

/**
 * A language's "pay directly" phrase ("pagate direttamente", "trả trực tiếp", "bayar langsung") is not a request
 * when the one paid directly is the buyer's own forwarder or agent, for its own service (TO_BUYERS_PROVIDER).
 */
function unlessToBuyersProvider(p: ChatPattern): ChatPattern {
  if (!/direct/.test(p.what)) return p;
  // The buyer's own provider paid directly, or import duties paid directly to the carrier's driver at delivery.
  const spared = `${TO_BUYERS_PROVIDER.source}|${PAID_TO_DRIVER_AT_DELIVERY.source}`;
  if (!p.unless) return { ...p, unless: new RegExp(spared, 'u'), unlessIn: 'message' };
  return { ...p, unless: new RegExp(`${p.unless.source}|${spared}`, 'u') };
}

/**
 * A sentence about the talk alone: a word of discussing or chatting, and no word of money, ordering, samples or goods.
 * "Send the samples / the payment / the order without going through Alibaba" keeps its reading.
 * A rate, a commission saved or a deal closed is money too: "let's talk by e-mail, not here, and I give you a better
 * rate", "close everything outside Alibaba, it saves us the commission" move the sale, not only the talk (stop 46).
 */
const TALK_ONLY_IN_SENTENCE =
  '^(?![\\s\\S]*\\b(?:pa(?:y|id)\\w*|money|cash|deposit\\w*|balance|transfer\\w*|remit\\w*|wire|t\\/t|tt|bank\\w*|account\\w*|invoice\\w*|pi|price\\w*|pric\\w*|rates?|commission\\w*|cost\\w*|fee\\w*|discount\\w*|cheap\\w*|sav(?:e|es|ed|ing|ings)|close|closing|order\\w*|buy\\w*|purchas\\w*|deal\\w*|sample\\w*|goods|product\\w*|ship\\w*|deliver\\w*|trade\\w*|business|contract\\w*|settle\\w*|mould\\w*|mold\\w*|tooling)\\b)[\\s\\S]*\\b(?:discuss\\w*|talk\\w*|chat\\w*|communicat\\w*|conversation\\w*|correspondence)\\b';

/** The users of software the seller sells (s53nchat): when they pay in "our app", the app is the product. */
const APP_USERS_PAYING =
  '(?:diners|guests|patrons|clients|customers|users|shoppers|visitors|members|students|patients|tenants|residents|players|consumers|end[\\s-]?users|clientes|huespedes|comensales|usuarios|clients|invites|kunden|gaste|nutzer|clienti|ospiti|utenti)';

export const OFFPLATFORM_PAYMENT_PATTERNS: readonly ChatPattern[] = [
  // "I send you the invoice with our bank information", "sende ich Ihnen die Rechnung mit unserer Bankverbindung",
  // "mando a fatura com os dados do nosso banco": an invoice of the supplier's own carrying its own bank is a payment
  // to be made outside the order (the order's invoice carries the platform's designated account, never "ours").
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /invoice|\bpi\b|proforma|rechnung|fatura|factura|facture|fattura|faktur|factuur/,
    re: anyOf(
      `\\b(?:invoice|pi|proforma(?:\\s+invoice)?|rechnung|fatura|factura|facture|fattura|faktur\\w*|factuur)\\s+(?:\\S+\\s+){0,2}?(?:with|including|mit|com|con|avec|z|ze|dengan|kem\\s+theo|ile|met)\\s+(?:\\S+\\s+){0,3}?(?:our|my|onze|mijn|unserer|unseren|meiner|nosso|nossos|nossa|meu|nuestros?|nuestra|mis|nos|notre|mes|nostr[aei]|mi[aei]|naszym?|naszymi|moimi|kami|saya|cong\\s+ty|chung\\s+toi|bizim|banka)\\s+(?:\\S+\\s+){0,1}?(?:bank\\w*|banco|bancarias?|bancarios|bancaires?|bancari[ae]|kontodaten|konto\\w*|iban|rib|rekening|tai\\s+khoan|hesap\\w*|account|dane\\s+bankowe)`,
    ),
  },
  {
    // The same invoice with the bank details named without "our", when the message says it is for paying: "le mando la
    // fattura proforma con le coordinate bancarie per il pagamento", "a fatura com os dados bancários para pagamento",
    // "de proforma factuur met de bankgegevens, dan kunt u betalen". A platform named in the clause (the order's own
    // invoice and its designated account) cancels it.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /invoice|\bpi\b|proforma|rechnung|fatura|factura|facture|fattura|faktur|factuur/,
    needs:
      /\b(?:pay|payment|paying|pag(?:ar|o|amento|are|ate|hi|ue)|payer|paiement|regler|reglement|zahlung|zahlen|bezahl\w*|uberweis\w*|betal\w*|zaplat\w*|przelew\w*|platnosc\w*|virement|bonifico|transferencia|transferencia|wire|t\/?t)\b/,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:invoice|pi|proforma(?:\\s+invoice)?|rechnung|fatura|factura|facture|fattura|faktur\\w*|factuur)\\s+(?:\\S+\\s+){0,2}?(?:with|including|mit|com|con|avec|z|ze|met)\\s+(?:(?:the|die|den|os|as|los|las|les|le|gli|i|de|la)\\s+)?(?:bank\\s+(?:details|info\\w*|account)|bankdaten|bankverbindung|kontodaten|dados\\s+bancarios|dados\\s+do\\s+banco|datos\\s+bancarios|coordonnees\\s+bancaires|coordinate\\s+bancarie|dati\\s+bancari|bankgegevens|rekeninggegevens|danymi\\s+(?:bankowymi|do\\s+przelewu)|iban|rib)\\b`,
    ),
  },
  // ── explicit: away from the platform, in so many words (one entry per phrasing, each with its gate) ──
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /outside|off|out of|bypass|skip|avoid|instead|not |without/,
    // "The charges of your bank fall outside the order": a fee described, not a payment sent around the order.
    // "Do all prototype discussion by e-mail only, not on Alibaba": only the talk leaves, in a sentence with no money,
    // order or goods in it — a move of the talk, which the contact rule reports (stop 46).
    unless: new RegExp(`${FEES_OUTSIDE_ORDER.source}|${TALK_ONLY_IN_SENTENCE}`, 'u'),
    unlessIn: 'sentence',
    re: anyOf(
      // "must not go through alibaba", "should not be paid via the platform": the verb between "not" and the way.
      `\\b(?:outside(?:\\s+of)?|off|out\\s+of|bypass\\w*|skip\\w*|avoid\\w*|not\\s+(?:go(?:es|ing)?\\s+|be\\s+(?:paid|made|sent|done)\\s+)?(?:through|via|on|by|in|using)|without(?:\\s+using|\\s+going\\s+through)?)\\s+${PLATFORM}`,
    ),
  },
  {
    // "follow the payment instructions I send by e-mail, not the ones on the website": the platform's own
    // instructions set aside for others, with money in the message.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /not /,
    needs: /\b(?:pa(?:y|id|ying|yment)|transfer|remit|wire|deposit|balance|bank|account)\w*/,
    needsIn: 'message',
    re: anyOf(
      `\\bnot\\s+(?:the\\s+ones?|those|the\\s+(?:details|instructions|account|bank\\s+details))\\s+(?:shown\\s+|given\\s+|written\\s+)?(?:on|in|from)\\s+${PLATFORM}`,
    ),
  },
  {
    // "Instead of the order" is a request only with money in the message and no platform named after it:
    // "instead of the order we discussed, we make 800 pcs" changes the goods; "instead of the app, pay on the
    // Alibaba website" picks another door of the platform.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /instead/,
    needs: /\b(?:pa(?:y|id|ying|yment)|transfer|remit|wire|deposit|balance|money|t\/?t)\w*/,
    needsIn: 'message',
    re: anyOf(
      `\\binstead\\s+of\\s+${PLATFORM}(?![^.!?\\n]{0,300}?(?:alibaba|aliexpress|trade\\s?assurance))`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /need|necess|requir|must/,
    re: anyOf(
      `\\b(?:trade\\s?assurance|\\bta\\b|alibaba|escrow|the\\s+platform)(?:\\s+order)?\\s+(?:is\\s+|are\\s+)?(?:not|no|never)\\s+(?:needed|necessary|required|need|a\\s+must)`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /no /,
    re: anyOf(
      // Portuguese "no Alibaba" is "on Alibaba" ("pedido de atacado é só aqui no Alibaba"): after a Portuguese
      // word of place, buying or paying, a bare "no" before the platform is where, not "without".
      `${PT_NO_IS_ON}\\bno\\s+(?:need\\s+(?:to\\s+)?(?:use\\s+|for\\s+|of\\s+|go\\s+through\\s+|pay\\s+(?:on|through|via|in|by)\\s+)?|more\\s+)?(?:the\\s+)?(?:trade\\s?assurance|\\bta\\b|alibaba|escrow)`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /don|do not|needn|no need/,
    re: anyOf(
      `\\b(?:don'?t|dont|do\\s+not|needn'?t|no\\s+need\\s+to)\\s+(?:pay|use|go)\\s+(?:\\w+\\s+){0,2}?(?:on|through|via|in|by|with|at)\\s+${PLATFORM}`,
    ),
  },
  {
    // "No need to order on Alibaba, just send 200 USD to my PayPal": the order set aside, with money in the message.
    // Not "no need to order on Alibaba again, we refund you there / resend the parts free" (stop 51): a refund or a
    // resend promised outside an order asks for nothing, unless the message also asks to pay somewhere.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /don|do not|needn|no need/,
    needs:
      /\b(?:pay\w*|paid|transfer\w*|wire|remit\w*|deposit|balance|account|acc|bank|paypal|cash|money|usd|dollars?|euros?|price|cost|invoice|pi|discount|cheaper)\b|[$€]/u,
    needsIn: 'message',
    unless:
      // "at no cost", "no charge", "free", "without charge", "at our cost" (stop 51): the goods sent without money asked.
      /\b(?:refund\w*|resend\w*|re-send\w*|reship\w*|replace\w*|replacement|compensat\w*|free\s+of\s+charge|(?:at|for)\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|no\s+(?:extra\s+|additional\s+)?(?:charge|cost)|without\s+(?:any\s+)?(?:extra\s+)?(?:charge|cost|payment)|(?<!\bfeel\s)free|at\s+our\s+(?:own\s+)?(?:cost|expense))\b/u,
    unlessIn: 'message',
    unlessUndoneBy:
      /\b(?:pay|send|transfer|wire|remit)\w*\s+(?:\S+\s+){0,4}?(?:to|into|by|via|with|through)\s+(?:me|us|my|our|paypal|western|wise|bank)\b|\b(?:my|our)\s+(?:account|acc|paypal|bank)\b/u,
    re: anyOf(
      `\\b(?:don'?t|dont|do\\s+not|needn'?t|no\\s+need\\s+to)\\s+(?:place\\s+(?:the\\s+|a\\s+|an\\s+)?(?:new\\s+)?order|order)\\s+(?:\\w+\\s+){0,2}?(?:on|through|via|in|by|with|at)\\s+${PLATFORM}`,
    ),
  },
  {
    // "pls dont use the Alibaba link this time, system has limit for big amount, use the account in attached PI": the
    // platform's own way to pay (its link, order, checkout) set aside as the object of "don't use", with an account or a
    // transfer named in the message as the way instead (stop 48). "Don't use the old Alibaba link, I'll send a new order
    // link" names no account and stays clean.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /don|do not|needn|no need/,
    needs:
      /\b(?:account|acc|bank|beneficiary|iban|swift|t\/?t|wire|transfer|remit\w*|directly|western\s+union|paypal)\b/u,
    needsIn: 'message',
    // The new way to pay is the platform's own: "I will send a new order link on Alibaba; the bank transfer option is
    // inside the Alibaba checkout".
    unless:
      /\b(?:inside|in|within|on|through|via)\s+(?:the\s+)?(?:alibaba(?:\.com)?|aliexpress|platform|trade\s?assurance)(?:'s)?\s+(?:checkout|order|link|system|payment)|\b(?:new|another)\s+(?:order\s+|payment\s+)?link\s+(?:on|in|through|via)\s+(?:alibaba|aliexpress|the\s+platform)\b/u,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:don'?t|dont|do\\s+not|needn'?t|no\\s+need\\s+to)\\s+(?:use|pay\\s+(?:by|with|through|via|on|in)|go\\s+through)\\s+(?:the\\s+|this\\s+|that\\s+|our\\s+)?(?:alibaba(?:\\.com)?|aliexpress|platform|trade\\s?assurance|ta|escrow)(?:'s)?\\s+(?:(?:payment|order|pay|checkout)\\s+)?(?:link|order|checkout|payment|page|button|system)s?\\b`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /assurance|\bta\b|escrow/,
    re: anyOf(
      // A minimum for platform orders ("we don't accept Trade Assurance orders below 100 USD") is no refusal.
      `\\b(?:don'?t|dont|do\\s+not|not|never)\\s+(?:use|need|do|accept|work\\s+with)\\s+(?:the\\s+)?(?:trade\\s?assurance|\\bta\\b|escrow)(?!\\s+orders?\\s+(?:below|under|less\\s+than|smaller\\s+than|of\\s+less|lower\\s+than)\\b)`,
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /off-?line/,
    re: anyOf(
      // "WeChat Pay offline codes", "Apple Pay offline": a wallet's name, not the verb.
      `\\b(?:offline|off-line)\\s+(?:payment|order|deal|transaction|transfer|t\\/?t|tt|wire|bank\\s+transfer|price)|` +
        // "11.2 if online, or 10.6 if offline": a price for leaving the platform.
        `(?<=(?:\\bprice|\\busd|\\$|\\d)[^.!?\\n]{0,40})\\bif\\s+(?:we\\s+(?:do|go|trade)\\s+|you\\s+(?:pay|order|buy)\\s+|paid\\s+)?(?:offline|off-line)\\b|` +
        `\\b(?:${WALLET_PAY}pay|do\\s+(?:the\\s+)?(?:order|deal|payment)|make\\s+(?:the\\s+)?(?:order|deal|payment))\\s+offline`,
      // "settle the remaining amount offline", "send the balance offline".
      `\\b(?:${WALLET_PAY}pay|paid|settle|transfer|remit|send|wire)\\w*\\s+(?:\\S+\\s+){1,4}?(?:offline|off-line)\\b`,
    ),
  },
  {
    // "I send you invoice to pay, cheaper than platform", "pay by invoice, cheaper than Alibaba": paying compared with
    // the platform is paying away from it.
    kind: 'explicit',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /cheaper|less/,
    needs: /\b(?:pay\w*|paid|invoice|transfer\w*|remit\w*|wire|t\/?t|deposit|balance)\b/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:cheaper|less\\s+(?:cost|money|fee|fees))\\s+than\\s+(?:the\\s+|on\\s+(?:the\\s+)?|via\\s+(?:the\\s+)?|through\\s+(?:the\\s+)?)?(?:platform|alibaba|aliexpress|trade\\s?assurance|online\\s+order|the\\s+order|checkout)\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /不用|不需要|不必|不要|无需|無需/,
    re: anyOf(
      '(?:不用|不需要|不必|不要|无需|無需)(?:走|用|通过|通過|在|經過|经过)?(?:信保|阿里巴巴|阿里|平台|信用保障)',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /线下|線下|私下|走线|走線|绕过|繞過/,
    re: anyOf(
      // "能不能线下走" (can we go offline): the verb after the word, as often as before it.
      '(?:线下|線下|私下)(?:付款|交易|支付|转账|轉帳|打款|汇款|匯款|走|结算|結算|付)|走线下|走線下|绕过平台|繞過平台|绕过阿里|繞過阿里',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /fuera|sin |fora|sem |hors|sans/,
    re: anyOf(
      '\\b(?:fuera\\s+de|por\\s+fuera\\s+de|sin\\s+(?:pasar\\s+por|usar)|fora\\s+do|fora\\s+da|sem\\s+(?:passar\\s+pel[oa]|usar)|hors\\s+(?:de\\s+)?(?:la\\s+)?|sans\\s+passer\\s+par)\\s*(?:la\\s+|el\\s+|o\\s+|a\\s+)?(?:alibaba|plataforma|plateforme|trade\\s?assurance|sistema|systeme)',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /sin |sem |sans /,
    re: anyOf(
      '\\bsin\\s+(?:el\\s+)?trade\\s?assurance|\\bsem\\s+(?:o\\s+)?trade\\s?assurance|\\bsans\\s+(?:le\\s+)?trade\\s?assurance',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /necesario|hace falta|necesita|precisa|necessario|besoin|n'est pas/,
    re: anyOf(
      "\\b(?:no\\s+(?:es\\s+)?(?:necesario|hace\\s+falta|necesita)|nao\\s+(?:e\\s+)?(?:precisa|necessario)|pas\\s+besoin|(?:il\\s+)?n'est\\s+pas\\s+necessaire)\\s+(?:de\\s+|d')?(?:usar\\s+|pasar\\s+por\\s+|passar\\s+pel[oa]\\s+|passer\\s+par\\s+)?(?:el\\s+|la\\s+|o\\s+|le\\s+)?(?:trade\\s?assurance|alibaba|plataforma|plateforme)",
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /вне|мимо|без/,
    re: anyOf(
      '(?<![\\p{L}])(?:вне|мимо|без)\\s+(?:trade\\s?assurance|alibaba|платформ\\p{L}*|площадк\\p{L}*|али\\p{L}*|сайта)',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /нуж|обязател/,
    re: anyOf(
      '(?:trade\\s?assurance|alibaba|платформ\\p{L}*)\\s+(?:не\\s+нуж\\p{L}*|не\\s+обязател\\p{L}*)|не\\s+нуж\\p{L}*\\s+trade\\s?assurance',
    ),
  },
  {
    kind: 'explicit',
    what: 'a complaint about platform fees, or a discount, to move the payment',
    gate: /fee|charge|commission|cost|take|手续费|手續費|佣金|费用|費用|扣点|扣點|comision|tarifa|taxa|frais|комисси/,
    re: anyOf(
      "\\b(?:alibaba|platform|trade\\s?assurance|\\bta\\b|escrow|website)(?:'s)?\\s+(?:\\w+\\s+){0,2}?(?:fee|fees|charge|charges|commission|commissions|cost)\\s+(?:\\w+\\s+){0,3}?(?:too|very|so|quite)\\s+(?:high|much|expensive|big)",
      '\\b(?:alibaba|platform)\\s+(?:charge|charges|take|takes)\\s+(?:too|very|so)\\s+(?:high|much|many)',
      '\\b(?:platform|alibaba)\\s+takes?\\s+(?:too\\s+much|a\\s+lot\\s+of)\\s+(?:commission|fee)',
      '\\bsave\\s+(?:the\\s+|\\d+%\\s+)?(?:alibaba\\s+|platform\\s+|ta\\s+|trade\\s+assurance\\s+|escrow\\s+|transaction\\s+|handling\\s+|service\\s+|paypal\\s+)?(?:fee|fees|commission|charges?)\\b',
      '\\b(?:refund|return|give\\s+back)\\s+(?:you\\s+)?(?:the\\s+)?(?:\\d+(?:\\.\\d+)?%\\s+)?(?:alibaba|platform|ta)\\s+(?:\\w+\\s+)?(?:fee|charge|commission)',
      '(?:信保|平台|阿里巴巴|阿里)\\S{0,4}(?:手续费|手續費|佣金|费用|費用|扣点|扣點)\\S{0,3}(?:高|贵|貴|多)',
      '(?:comision|comisiones|tarifa\\w*|taxa\\w*|frais|комисси\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:muy|demasiado|bastante|muito|bem|trop|слишком|очень)\\s+(?:alt\\w*|elev\\w*|cher\\w*|высок\\p{L}*|больш\\p{L}*)',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to cancel the platform order',
    gate: /cancel|取消|annul|отмени|(?:confirm|place|make|create|submit)\s+(?:\w+\s+)?(?:order|payment)/,
    // "If you cancel the order, the money goes back to the same payment method you used" (stop 55): the platform's own
    // refund ends the cancellation, nothing is paid elsewhere.
    unless: REFUND_TO_ORIGINAL_METHOD,
    unlessIn: 'sentence',
    re: anyOf(
      // "Please don't confirm the order online. I send you a PI and you pay by bank": the platform order is to be
      // skipped, and the payment named next goes elsewhere.
      "\\b(?:don'?t|dont|do\\s+not|no\\s+need\\s+to|never\\s+mind)\\s+(?:\\w+\\s+)?(?:confirm|place|make|create|submit)\\s+(?:the\\s+|an?\\s+|this\\s+|your\\s+)?(?:order|payment)\\s+(?:online|on\\s+(?:the\\s+)?(?:site|website|platform|alibaba|aliexpress|app))\\b.{0,120}?\\b(?:bank|account|pi|proforma|invoice|transfer|direct\\w*)\\b",
      '\\bcancel\\w*\\s+(?:the\\s+|this\\s+|our\\s+|your\\s+)?(?:trade\\s?assurance|\\bta\\b|alibaba|online|platform|escrow)\\s*(?:order|payment|link)?',
      // The seller's own invoice after the cancelled order is what replaces it ("cancel the order, I send you an
      // invoice by e-mail, 8 dollars cheaper"); German and Italian below.
      // Not the platform's own invoice of the new order: "cancel your order and reorder in blue, I update the
      // invoice on Alibaba" (ON_THE_PLATFORM right after the word).
      '\\bcancel\\w*\\s+(?:the\\s+|this\\s+|your\\s+)?order\\b.{0,80}\\b(?:bank|account|pay|transfer|direct\\w*|invoice|pi|proforma)(?!\\w*\\s+(?:\\w+\\s+)?(?:on|in|via|through|from)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform|new\\s+order|order\\s+page|trade\\s?assurance)\\b)',
      '取消(?:信保|阿里巴巴|阿里|平台)?(?:订单|訂單).{0,30}(?:银行|銀行|账户|帳戶|直接|付|转|轉)',
      '\\b(?:cancel\\w*|annul\\w*)\\s+(?:el|o|la|le)\\s+(?:pedido|commande)(?:\\s+(?:de|do|no|sur)\\s+alibaba)?',
      '(?<![\\p{L}])отмени\\p{L}*\\s+заказ',
      // Hinglish puts the verb last: "Alibaba pe order cancel kar do", "platform wala order cancel karo".
      '\\b(?:alibaba|aliexpress|platform|site|app|ta)\\s+(?:pe|par|se|ka|ke|wala|vala)\\s+(?:\\w+\\s+)?order\\s+cancel\\s+kar\\w*',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to cancel the platform order',
    // German ("stornieren Sie bitte die Bestellung, ich schicke Ihnen eine Rechnung") and Italian ("annulli l'ordine,
    // le mando la fattura"): the seller's own invoice, account or a payment to them replaces the cancelled order.
    // Not a refund the platform makes: "annulli l'ordine, il pagamento viene rimborsato da AliExpress sul metodo
    // originale" is how a cancellation ends on the platform.
    gate: /storn|annull/,
    unless:
      /\b(?:rimbors\w*|restituit\w*|erstatt\w*|zuruckerstatt\w*|zuruckgebucht)\b.{0,40}\b(?:da|von|durch)\s+(?:aliexpress|alibaba|(?:der|la)\s+piattaforma|der\s+plattform)\b|\bmetodo\s+(?:di\s+pagamento\s+)?original\w*|\b(?:ursprunglich|originale?)\w*\s+zahlungs(?:methode|mittel|art)/,
    unlessIn: 'sentence',
    re: anyOf(
      '\\bstorn\\w*\\s+(?:sie\\s+)?(?:bitte\\s+)?(?:die|diese|ihre|deine)\\s+bestellung\\b.{0,80}\\b(?:bank\\w*|konto\\w*|uberweis\\w*|(?:be)?zahlen\\s+sie|direkt\\w*|rechnung\\w*|proforma\\w*)',
      "\\bannull\\w*\\s+(?:pure\\s+)?(?:l'\\s?|il\\s+|quest'\\s?)ordine\\b.{0,80}\\b(?:banca|conto|bonifico|pagh\\w*|pagate|pagami|dirett\\w*|fattura\\w*|proforma\\w*)",
    ),
  },
  {
    kind: 'contextual',
    what: 'a request to pay the supplier directly',
    gate: /direct|diret|直接|напрямую|给我|給我|prosto|bezposredn/,
    // Duties paid to the courier, the buyer's own forwarder or an inspection company paid for its own service: not
    // the seller.
    unless: new RegExp(
      `${PAID_TO_COURIER.source}|${TO_BUYERS_PROVIDER.source}|${PAID_TO_DRIVER_AT_DELIVERY.source}`,
      'u',
    ),
    unlessIn: 'message',
    // The inspector as payee excuses its own clause only (another sentence may still ask for the balance).
    clauseUnless: INSPECTOR_PAID_DIRECTLY,
    re: anyOf(
      // "send you the video directly" sends a file, not money: a thing named between the verb and "directly".
      `\\b(?:pay|paid|paying|payment|transfer\\w*|remit\\w*|wire|deposit|t\\/?t|tt)\\s+(?:(?!${SENT_THING}\\b(?!\\s+(?:fee|fees|cost|costs|charge|charges|payment|money|balance|price)\\b))(?!${PLATFORM_PLACE_WORD})\\S+\\s+){0,4}?direct(?:ly)?\\b`,
      // "send" sends money only with money named ("send the deposit directly", "send it to us directly"); a thing
      // sent directly (the mould, the B/L, a replacement) is logistics.
      `\\bsend\\s+(?:(?:the|your|this|that|our)\\s+)?(?:(?:\\S+\\s+)?${MONEY_SENT_WORD}\\s+|it\\s+|them\\s+)(?:to\\s+(?:us|me|our\\s+\\S+|my\\s+\\S+)\\s+)?(?:\\S+\\s+)?direct(?:ly)?\\b`,
      // "We will send the mould directly to the factory", "mail me your drawings directly to my mailbox": a thing
      // shipped or mailed there, not money.
      // (The look-behind stands after "direct", so it runs only where that word is.) A money word anywhere in the
      // object makes it money again: "share the sample charges directly to me" asks for the fee of the sample.
      `\\bdirect(?:ly)?(?<!\\b(?:send|sent|ship|shipped|deliver\\w*|e-?mail|mail|upload|forward|share)\\s+${NO_MONEY_WORD}{0,3}?${SENT_THING}\\s+${NO_MONEY_WORD}{0,2}?direct(?:ly)?)\\s+(?:bank\\s+|wire\\s+)?(?:pay\\w*|transfer\\w*|deposit|remit\\w*|wire|t\\/?t|to\\s+(?:us|me|our|my|the\\s+factory|factory|the\\s+supplier|boss))`,
      '\\b(?:send|pay|transfer)\\s+(?:it\\s+|the\\s+money\\s+)?(?:to\\s+)?(?:us|me)\\s+direct(?:ly)?',
      '直接(?:付款|打款|转账|轉帳|转|轉|汇款|匯款|付|打给|打給|打到|转给|轉給|匯給|汇给|匯到|汇到|给我|給我)',
      `\\b(?:pag\\w*|pay\\w*|transf\\w*|deposit\\w*|vir\\w*|bonific\\w*)\\s+(?:(?!${PLATFORM_PLACE_WORD})\\S+\\s+){0,3}?(?:directamente|directo|direto|diretamente|directement|direttamente)\\b|\\bvirement\\s+direct`,
      '(?<![\\p{L}])(?:оплат|плат|перевед|перевод|заплат)\\p{L}*\\s+(?:\\S+\\s+){0,2}?напрямую|напрямую\\s+(?:\\S+\\s+)?(?:оплат|перевед|на\\s+сч)',
      '(?:打给|打給|转给|轉給|汇给|匯給|付给|付給)我(?:个人|個人|私人)',
      // pl: "przelewem prosto do fabryki", "zapłacić bezpośrednio na nasze konto".
      '\\b(?:przelew\\w*|zaplac\\w*|wplac\\w*|przelej\\w*|przeslij\\w*)\\s+(?:\\S+\\s+){0,3}?(?:prosto|bezposrednio)\\s+(?:do|na)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a personal, relative\'s, "new" or Hong Kong account',
    gate: /account|acc|a\/c|card|bank|wallet|(?:new|other|another) (?:one|beneficiary|company)|账户|帳戶|账号|帳號|卡号|卡號|户头|戶頭|cuenta|conta|compte|сч[её]т|карт/,
    needs: PAY_VERB,
    re: anyOf(
      // "our co. acc": the company abbreviated with its dot.
      // Not across "or / by / and": in "pay inside our app or by card link" the card is no account of ours; nor "their
      // account page at dhl.com", the carrier's web page where duty is paid (s53nchat).
      `\\b(?:our|my|his|her|their)\\s+(?:(?!(?:or|by|and|via|with)\\s)(?:[\\w']+|co\\.)\\s+){0,3}?${ACCOUNT_WORD}(?!\\s+(?:page|portal|login|log-?in|dashboard|settings)\\b)`,
      '\\b(?:the|this|that)\\s+(?:new|other|another)\\s+(?:one|beneficiary|company)\\b',
      // "your company account name on the label", "the buyer's own shipping account": the buyer's own account is never
      // where the buyer pays; nor is "your customs agent's account" (the buyer's own broker, stop 47).
      `(?<!\\b(?:your|(?:buyer|customer|client|importer)'?s?)\\s(?:(?:customs|clearance|clearing|shipping|freight|forwarding|local|own)\\s)?)\\b${WHOSE}\\s+(?:[\\w']+\\s+){0,2}?(?:bank\\s+)?(?:account|acct|accs?|a\\/c|${NOT_A_NAME_CARD}card${NOT_A_CARD_DEVICE})\\b${NOT_A_PERSON_ROLE}`,
      '(?:公司|私人|个人|個人|老板|老闆|经理|經理|代理|香港|其他|另一个|另一個|新|朋友|家人|亲戚|親戚|老婆|太太|妹妹|弟弟|哥哥|姐姐|我|我们|我們)的?(?:\\S{0,4}?)(?:银行|銀行)?(?:账户|帳戶|账号|帳號|卡号|卡號|户头|戶頭)',
      '\\bcuenta\\s+(?:bancaria\\s+)?(?:personal|privada|particular|nueva|de\\s+(?:mi|nuestr[oa]|su|la)\\s+\\w+|en\\s+hong\\s+kong|de\\s+hong\\s+kong)|\\b(?:nuestra|mi|otra|nueva)\\s+cuenta',
      '\\bconta\\s+(?:bancaria\\s+)?(?:pessoal|particular|nova|d[oa]\\s+(?:meu|minha|nosso|nossa)\\s+\\w+|d[oa]\\s+\\w+|em\\s+hong\\s+kong)|\\b(?:nossa|minha|outra|nova)\\s+conta',
      '\\bcompte\\s+(?:bancaire\\s+)?(?:personnel|prive|de\\s+(?:notre|mon|ma|la)\\s+\\w+|societe|a\\s+hong\\s+kong|de\\s+hong\\s+kong)|\\b(?:notre|mon|un\\s+autre|nouveau)\\s+compte',
      '(?<![\\p{L}])(?:личн\\p{L}*|частн\\p{L}*|нов\\p{L}*|друг\\p{L}*|наш\\p{L}*|мо(?:й|я|ю|е|его|ей|ему|им|ем|и|их))\\s+(?:банковск\\p{L}*\\s+)?(?:сч[её]т\\p{L}*|карт\\p{L}*)|(?:сч[её]т\\p{L}*|карт\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:наше\\p{L}*|мое\\p{L}*|мо[ий]\\p{L}*|его|ее)\\s+\\p{L}+|сч[её]т\\p{L}*\\s+в\\s+гонконге',
    ),
  },
  ...METHODS.map(
    ([what, gate, re]): ChatPattern => ({
      kind: 'contextual',
      what,
      gate,
      re: anyOf(re),
      negationSpreads: true,
      brandWord: true,
      // A wallet named as where a refund goes back (the buyer's own original method) is no payee either.
      unless: METHOD_NOT_ASKED,
      unlessUndoneBy: READER_PAYS_ELSEWHERE_IN_MESSAGE,
    }),
  ),
  {
    kind: 'contextual',
    what: 'a payment link sent in chat',
    gate: /link|链接|連結|鏈接|enlace|lien|ссылк|リンク|링크|رابط|baglanti/,
    // The carrier's own duty page ("FedEx e-mails you a link … fedex.com/billing") is the carrier's, not the seller's.
    unless: PAID_TO_COURIER,
    unlessIn: 'sentence',
    re: anyOf(
      '\\b(?:pay|payment|checkout)\\s+(?:by|via|with|through|using|on|in)?\\s*(?:the|this|my|our|a)?\\s*(?:payment\\s+)?link\\s+(?:i|we)\\s+(?:will\\s+)?(?:send|sent|give|share|provide)',
      "\\b(?:i|we)\\s*(?:will\\s+|can\\s+|'ll\\s+|ll\\s+)?(?:send|give|share|e-?mail|forward|text)\\s+(?:you\\s+|u\\s+)?(?:a|an|the|our|my)?\\s*(?:(?:new|separate|private|secure|direct)\\s+)?(?:payment|pay|paying)\\s+link",
      '(?:付款|支付|收款)(?:链接|連結|鏈接)|\\b(?:link|enlace|lien)\\s+(?:de\\s+)?(?:pago|pagamento|paiement)|ссылк\\p{L}*\\s+(?:на|для)\\s+оплат\\p{L}*',
      // The same link in the other languages read: "link do płatności", "ödeme linki", "Zahlungslink",
      // "link di pagamento", "link pembayaran", "link thanh toán", "決済リンク", "결제 링크", "رابط الدفع".
      // "un lien pour régler les frais", "un enlace para pagar", "link para pagamento", "Link zum Bezahlen", "link per pagare".
      '\\b(?:lien|enlace|link)\\s+(?:pour|para|zum|per|to)\\s+(?:(?:le|el|o|il|la)\\s+)?(?:regler|payer|paiement|pagar|pago|pagamento|bezahlen|zahlen|pagare|pay)\\b',
      '\\blink\\w*\\s+(?:do\\s+)?(?:platnosc\\w*|zaplaty|platnicz\\w*)|\\bodeme\\s+(?:link\\w*|baglanti\\w*)|\\b(?:zahlungs|bezahl)link\\w*|\\blink\\s+zur\\s+(?:zahlung|bezahlung)\\b|\\blink\\s+(?:di|per\\s+il)\\s+pagamento\\b|\\blink\\s+(?:pembayaran|bayaran|bayar)\\b|\\blink\\s+thanh\\s+toan\\b|(?:支払い?|決済|お支払い)リンク|(?:결제|안전\\s?결제|안심\\s?결제)\\s?링크|رابط\\s+(?:ال)?دفع',
    ),
  },
  {
    // A Dutch bank's own payment request ("je krijgt een betaalverzoek", "ik stuur een Tikkie") is a link too; the
    // names are brands, so an acrylic stand "voor je Tikkie-QR-code" in a listing is a product, not a request.
    kind: 'contextual',
    what: 'a payment link sent in chat',
    gate: /betaalverzoek|tikkie/,
    brandWord: true,
    re: anyOf('\\b(?:betaalverzoek|tikkie)\\w*'),
  },
  {
    // The link itself may come in the next sentence, after the scheme it pretends to be: "안전결제로 등록했어요. 카톡으로
    // 링크 보내드릴게요" (a fake safe-payment page sent over KakaoTalk); "оплата … за моїм посиланням" (by my own link).
    kind: 'contextual',
    what: 'a payment link sent in chat',
    gate: /링크|посиланн|ссылк/,
    needs: /안전\s?결제|안심\s?결제|(?<![\p{L}])(?:оплат|сплат)\p{L}*/u,
    needsIn: 'message',
    re: anyOf(
      '링크(?:를|는)?\\s?(?:보내|드릴|드려|전달|공유)',
      '(?<![\\p{L}])(?:за|по)\\s+(?:моїм|моим|моєму|моему|нашим|нашому|нашему)\\s+(?:посиланн|ссылк)\\p{L}*',
    ),
  },
  ...MOBILE_MONEY_PATTERNS,
  ...NATIONAL_PAYMENT_APP_PATTERNS,
  ...ORDER_IN_CHAT_APP,
  ...ORDER_IN_APP_GROUP,
  REFUND_INSTEAD_OF_DISPUTE,
  DISPUTE_TRADED_FOR_PROMISE,
  ...INDIRECT_PAYMENT_PATTERNS,
  ...ACCOUNT_WRITTEN_BELOW,
  ...ACCOUNT_NAMED_LATER,
  ...DETAILS_BY_OTHER_CHANNEL,
  ...DIRECT_VERB_LAST,
  ...GO_TO_OWN_SITE,
  ...SELLERS_ESCROW,
  ...SOMEONES_ACCOUNT_PATTERNS,
  SHIPPING_PATH_PAYEE,
  ...MONEY_TO_OUR_PERSON_PATTERNS,
  ...OTHER_OFFICE_PAID,
  REFUND_OUTSIDE,
  REFUND_BY_OTHER_CHANNEL,
  REFUND_WIRED_TO_BUYER,
  REFUND_IN_OTHER_APP,
  ...FEE_TO_AGENT_PATTERNS,
  ...ORDER_BYPASSED_PATTERNS,
  ...PRICE_IF_CONFIRMED_ELSEWHERE,
  ...FEES_AND_TERMS_PAYMENT_PATTERNS,
  ...OWN_PAYMENT_PAGE_PATTERNS,
  PLATFORM_LOOK_ALIKE,
  CARRIER_LOOK_ALIKE,
  SHORTENED_PAY_LINK,
  INVENTED_FEE,
  BUY_BY_FOREIGN_LINK,
  CARD_DETAILS_ASKED,
  CARD_DATA_ON_FOREIGN_PAGE,
  RECEIPT_CONFIRMED_EARLY,
  ...STEERED_PAYMENT_PATTERNS,
  ...TYPED_IN_LATIN_PAYMENT,
  ...CONDITIONAL_PAYMENT_PATTERNS,
  ...FINISH_ELSEWHERE_PAYMENT,
  CONTRACT_OUTSIDE,
  ...LANGUAGE_PAYMENT_PATTERNS.map(unlessToBuyersProvider),
  ...COMPOSED_PAYMENT_PATTERNS,
  {
    // The seller's own app as the till (s53nchat): "download our app … and pay inside the app", "please pay in our app",
    // "pague dentro de nuestra aplicación", "pague no nosso aplicativo", "payez dans notre application", "in unserer App
    // bezahlen". Software sold to the buyer, whose users pay in it ("diners order and pay inside our app", "lets your
    // clients pay inside our app"), names its users before the verb and is not read.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /app|aplica|applica/,
    unless: /\b(?:alibaba|aliexpress)\b/,
    unlessIn: 'sentence',
    re: anyOf(
      `(?<!\\b${APP_USERS_PAYING}\\b[^.!?\\n]{0,60})\\b(?:pay|checkout|pague|paga|pagar|paie|payez|payer|bezahlen|zahlen)\\s+(?:\\w+\\s+){0,2}?(?:inside|in|within|through|via|on|dentro\\s+de|dentro\\s+do|dentro\\s+da|en|no|na|dans|sur|in|tramite|nell|nella)\\s+(?:our|my|nuestra|nuestro|mi|nossa|nosso|meu|minha|notre|mon|unserer|unseren|meiner|la\\s+nostra|nostra)\\s+(?:own\\s+)?(?:app|application|aplicacion|aplicativo|applicazione)\\b`,
      // "Download our app … and pay inside the app": the app named ours before.
      "\\b(?:download|install|get|descargue|descarga|baixe|instale|telechargez|installez)\\s+(?:our|my|nuestra|nuestro|nossa|nosso|notre)\\s+(?:own\\s+)?(?:app|application|aplicacion|aplicativo)\\b[^.!?\\n]{0,80}?\\b(?:pay|pague|paga|payez|pagar)\\s+(?:\\w+\\s+)?(?:inside|in|within|through|via|dentro\\s+de|en|no|na|dans)\\s+(?:the|it|la|el|o|a|l'|nuestra|nossa)\\s*(?:app|application|aplicacion|aplicativo)?\\b",
      '\\bin\\s+(?:unserer|meiner)\\s+app\\s+(?:\\w+\\s+)?(?:bezahlen|zahlen)\\b',
    ),
  },
];
