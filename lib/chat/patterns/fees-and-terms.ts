import { anyOf, type ChatPattern } from '../match';
import { PLATFORM_HOST } from '../platform-host';

/**
 * Requests to pay outside the order that hide behind a document, a fee or a payment term (stop 28), in the
 * wording buyers report in scam threads and marketplace warnings:
 * - the account printed on the seller's proforma set against the platform's ("the account on the PI, not the
 *   Alibaba one"; "the Alibaba account is only for samples");
 * - a customs, release or delivery fee to be paid through a link or with the proof sent back to the seller (the
 *   parcel "held at customs" story); duties a named courier collects at the door stay benign;
 * - a discount for paying in advance by bank transfer or directly ("Vorkasse per Überweisung mit 5 % Rabatt",
 *   "paiement anticipé par virement, remise de 4 %");
 * - Indian bank rails (NEFT, IMPS, RTGS, a UPI id) named as the way to pay an account given in chat.
 * Every pattern is opened by its own words (gate) and needs a word of paying in the message.
 */

/** Paying or sending money, in the languages read (folded), including Hindi in Latin letters and Devanagari. */
const PAYING =
  /\b(?:pa(?:y|id|ying|yment)|send|remit|wire|transfer|deposit|balance|zahl|bezahl|uberweis|vorkasse|paie|payez|payer|paiement|regle[zr]|pag|envi|deposit|bonific|versa|przelew|wplac|zaplac|bhej|kar\s+do|kar\s+dijiye|kijiye)\w*|оплат|перевед|перевод|переказ|сплат|भेज|पेमेंट|भुगतान|ट्रांसफर|जमा|결제|납부|입금|송금|支払|払|決済|振込|支付|付款|缴|繳|交纳|\b(?:thanh\s+toan|chuyen\s+khoan|dong|bayar\w*|ode\w*|betaal\w*|betalen|overmak\w*|oplac\w*|plati\w*|plates\w*|plateasc\w*|plata|achit\w*|fizet\w*|fizess\w*|utal\w*|magbayad|bayad\w*|bayaran)\b|(?<![\p{L}])(?:πληρ|καταβ)\p{L}*|دفع|ادفع|سداد|سدد|ชำระ|ช\p{M}*าระ|จ\p{M}*าย|โอน|לשלם|תשלום|שלם/u;

// ── 1. The proforma's account against the platform's ──
const PLATFORM = '(?:alibaba|aliexpress|platform|plataforma|plateforme|plattform|piattaforma)';
/** Trade Assurance named by its order, link or payment: "the TA order", "the trade assurance link". */
const TA_ORDER = '(?:ta|trade\\s?assurance)(?:\\s+(?:order|link|payment|one))?(?=\\s|[.,;!?]|$)';
const ACCOUNT_WORD = '(?:account|acct|acc|bank|cuenta|conta|compte|konto|conto|bankverbindung)';
const ACCOUNT_ANYWHERE = new RegExp(`^(?=[^]*\\b${ACCOUNT_WORD})(?=[^]*(?:${PAYING.source}))`, 'u');
const SAMPLES =
  '(?:samples?|sample\\s+orders?|small\\s+orders?|trial\\s+orders?|muestras?|amostras?|echantillons?|muster\\w*|campion\\w*)';

const PROFORMA_ACCOUNT: ChatPattern = {
  // "Not the Alibaba one" is itself the request: no platform anchor cancels it.
  kind: 'explicit',
  what: 'a request to pay outside the platform',
  gate: /alibaba|aliexpress|platform|plataforma|plateforme|plattform|piattaforma|trade\s?assurance|\bta\b/,
  needs: ACCOUNT_ANYWHERE,
  needsIn: 'message',
  re: anyOf(
    // "the account on our invoice, not the Alibaba one", "no la de Alibaba", "não a do Alibaba", "pas celui d'Alibaba",
    // "…on our PI, not the TA order".
    `\\b(?:not|no|nao|pas|nicht|non)\\s+(?:the|la|el|a|o|celui|celle|das|den|die|quello|quella)\\s+(?:de\\s+|do\\s+|da\\s+|d'|von\\s+|di\\s+|del\\s+)?(?:the\\s+)?(?:${PLATFORM}|${TA_ORDER})(?:'s)?(?:[-\\s](?:one|account|acct|acc|cuenta|conta|compte|konto|conto))?\\b`,
    // "the platform account is just for samples", "Alibaba payment is only for small orders".
    `\\b${PLATFORM}\\s+(?:account|acct|acc|payment|checkout)s?\\s+(?:is|are)\\s+(?:only|just)\\s+(?:used\\s+)?(?:for|used\\s+for)\\s+(?:the\\s+)?${SAMPLES}`,
    `\\b(?:cuenta|conta|compte|konto|conto)\\s+(?:de\\s+|do\\s+|da\\s+|en\\s+|no\\s+|na\\s+|d'|di\\s+)?(?:la\\s+|a\\s+)?${PLATFORM}\\s+(?:es|e|est|ist|sirve|serve|sert)\\s+(?:solo|solamente|so|somente|apenas|seulement|uniquement|nur|solo)\\s+(?:para|pour|fur|per)\\s+(?:las\\s+|as\\s+|les\\s+|die\\s+|i\\s+|le\\s+)?${SAMPLES}`,
    `\\b${PLATFORM}[-\\s]?konto\\s+(?:ist|gilt)\\s+nur\\s+fur\\s+(?:die\\s+)?${SAMPLES}`,
  ),
};

// ── 2. A fee to free a parcel, paid by a link or to the seller ──
/** The fee a parcel is said to be held for: customs, clearance, release, (re)delivery, storage. */
const HELD_FEE = [
  '\\b(?:customs|clearance|release|releasing|delivery|redelivery|re-delivery|storage|unlock\\w*|import)\\s+(?:fee|fees|charge|charges|cost|costs|tax|payment|deposit|bond)\\b',
  // A verification or insurance fee the seller says the parcel needs, paid through a link or with the proof sent back.
  // Not an inspection, QC or certification fee: a buyer books QIMA or SGS and pays on its site, and a seller adds a CE
  // fee to the order and asks for the screenshot here — both normal.
  '\\b(?:verification|insurance)\\s+(?:fee|fees|charge|charges|cost|costs|deposit)\\b',
  // Romanian, Hungarian, Greek, Malay and Turkish (round r51): "problemă la vamă", "taxă vamală", "eliberare"; "vám",
  // "vámkezelés"; "τελωνείο", "εκτελωνισμός"; "kastam"; "gümrükte" (held at customs), "serbest bırakmak" (to release).
  '\\b(?:vama|vamal\\w*|vamii|eliberar\\w*|deblocar\\w*|vam|vamkezel\\w*|vamdij\\w*|vamhivatal\\w*|kastam|gumrukte|gumrukten|serbest\\s+birak\\w*)\\b|(?<![\\p{L}])(?:τελων\\p{L}*|εκτελωνισ\\p{L}*)',
  // A second delivery or a re-routing the parcel is said to need (stop 40): "tasa de redistribución", "taxa de
  // reentrega", "frais de réacheminement", "tassa di riconsegna", "re-routing fee".
  '\\b(?:taxa|taxas|tarifa|tasa|tasas|cargo|custo|costo|frais|tassa|spese|fee|gebuhr)\\s+(?:de\\s+|da\\s+|do\\s+|di\\s+|fur\\s+(?:die\\s+)?)?(?:redistribu\\w*|ridistribu\\w*|reentrega|reenvio|reexpedi\\w*|reacheminement|riconsegna|rispedizione|neuzustellung|umleitung)\\b|\\b(?:re-?routing|redirection|redistribution)\\s+(?:fee|fees|charge|cost)\\b',
  '\\b(?:taxa|taxas|tarifa|tasa|tasas|cargo|custo|costo)\\s+(?:de\\s+|da\\s+|do\\s+)?(?:liberacao|liberacion|desembaraco|alfandega|aduana|despacho|entrega|armazenagem|almacenaje|importacao|importacion|desaduanaje|nacionalizacao)\\b',
  '\\btaxa\\s+alfandegaria\\b|\\btasa\\s+aduanera\\b',
  '\\bfrais\\s+(?:de\\s+)?(?:dedouanement|douane|liberation|deblocage|livraison|stockage)\\b',
  '\\b(?:tassa|tasse|spese)\\s+(?:di\\s+)?(?:sdoganamento|dogana|svincolo|consegna)\\b',
  '\\b(?:zoll|freigabe|auslieferungs|einfuhr|lager)\\w*gebuhr\\w*|\\bgebuhr\\w*\\s+fur\\s+(?:den\\s+|die\\s+)?(?:zoll|freigabe)\\b',
  // "para liberar, pague a taxa de R$ 57", "to release it pay a fee of 40 USD": the fee named after what it frees.
  '\\b(?:liberar|liberacao|liberacion|release|releasing|unlock|desbloquear|liberer|debloquer|freigeben|freigabe|svincolare|sdoganare)\\b[^.!?\\n]{0,40}?\\b(?:taxa|taxas|tasa|tarifa|fee|fees|charge|deposit|frais|gebuhr\\w*|tassa)\\b',
  // "retido na alfândega … a taxa", "held at customs … the fee": a parcel held, then a fee in the same sentence.
  '\\b(?:retid[oa]s?|retenid[oa]s?|held|stuck|detained|parad[oa]|bloque(?:e|ado|ada)?|festgehalten|trattenut[oa])\\b[^.!?\\n]{0,80}?\\b(?:taxa|taxas|tasa|tarifa|fee|fees|charge|frais|gebuhr\\w*|tassa)\\b',
  '(?<![\\p{L}])(?:таможенн\\p{L}*\\s+(?:пошлин|сбор|платеж)\\p{L}*|растаможк\\p{L}*|сбор\\p{L}*\\s+за\\s+(?:доставк|растаможк|хранени)\\p{L}*|митн\\p{L}*\\s+(?:збір|платіж)\\p{L}*)',
  // The languages read without a Latin fee word of their own (round r24): Korean 관세 / 통관비, Japanese 関税 /
  // 通関手数料, Chinese 关税 / 清关费, Vietnamese "phí hải quan", Indonesian "bea cukai", Turkish "gümrük vergisi",
  // Arabic "رسوم جمركية", Polish "opłata celna" / "cło", Dutch "douanekosten", Thai ภาษีนำเข้า (folded: vowel and tone
  // marks dropped), Hebrew מכס, Hinglish "custom duty". A fee named alone still needs a link (or proof) and a payment.
  '관세|통관\\s?(?:비|비용|수수료|세)|보관료|배송비\\s?추가',
  '関税|通関(?:手数料|費用|料)|保管料',
  '关税|關稅|清关费|清關費|清关费用|海关费|海關費|滞留费',
  '\\b(?:phi|thue)\\s+(?:hai\\s+quan|thong\\s+quan|nhap\\s+khau)\\b',
  '\\bbea\\s+(?:cukai|masuk)\\b|\\bpajak\\s+impor\\b|\\bbiaya\\s+(?:pelepasan|penebusan)\\b',
  '\\bgumruk\\s+(?:vergi|ucret|bedel|masraf)\\w*',
  'رسوم\\s+(?:ال)?(?:جمرك|تخليص)\\p{L}*|(?:ال)?جمارك',
  '\\boplat\\w*\\s+(?:celn|odpraw)\\w*|\\bclo\\b',
  '\\b(?:douane|invoer|inklarings?)(?:kosten|rechten|heffing)\\b|\\binklaring\\w*',
  'ภาษ\\p{M}*น\\p{M}*าเข\\p{M}*า|ศ\\p{M}*ลกากร',
  'מכס',
  '\\bcustom\\s+duty\\b|\\bduty\\s+(?:charge|amount|fee)s?\\b',
];
/** The proof of payment sent back to the seller ("send me the screenshot", "me mande o comprovante"). */
const FEE_PROOF =
  /screenshot|print\s+do\s+pagamento|comprovante|captura|recibo|justificatif|\bpreuve|quittung|beleg|скрин|чек\b/u;
/** A link, named as such or given: an address, a short link, the word for one. */
const SHORTENER =
  '\\b(?:bit\\.ly|tinyurl|cutt\\.ly|is\\.gd|rb\\.gy|t\\.co|shorturl|tiny\\.cc|s\\.id|goo\\.gl)\\b';
const LINK_THING = `https?:\\/\\/|www\\.|${SHORTENER}|\\b[a-z0-9-]+\\.(?:top|xyz|cc|icu|shop|online|site|vip|info|net|com)\\/|\\b(?:link|links|linki|linku|linkul|linkului|linkuri|linkten|linkte|linke|linkin|linken|linkre|linket|enlace|lien|liens|collegamento|tautan|pautan|baglanti\\w*|lien\\s+ket)\\b|(?<![\\p{L}])(?:συνδεσμ|σύνδεσμ)\\p{L}*|링크|リンク|链接|鏈接|連結|رابط|ล\\p{M}*งก|קישור|לינק|ссылк|посиланн`;
/**
 * A bare host names the page too ("pay the QC fee on qc-asia-pay.com", "fizesse be: csomag-kiadas.com"), unless it is
 * the platform's own — but only when a verb of paying governs it: the host comes right after "on / at / via / through"
 * (or a colon), with at most "their page" between. "They send the invoice from flexport.com" names where a paper comes
 * from, and "send" alone pays nothing there.
 */
const BARE_HOST = `(?<![\\w@.\\/-])(?!${PLATFORM_HOST})(?:[a-z0-9-]+\\.)+(?:top|xyz|cc|icu|shop|online|site|vip|info|net|com|link|pay|store|org)(?![\\w-]|\\.[a-z])`;
/** Paying itself (not sending, transferring or a balance): "pay", "pagar", "zahlen", "plătiți", "fizesse", "πληρώστε". */
const PAY_VERB =
  '\\b(?:pa(?:y|id|ying|yment)|zahl|bezahl|paie|payez|payer|paiement|regle[zr]|pag(?!e|in)|wplac|zaplac|bayar|odeme|odey|betaal|betalen|oplac|plati|plates|plateasc|plata|achit|fizet|fizess|utal|magbayad|bayad|thanh\\s+toan)\\w*|(?<![\\p{L}])(?:πληρ|καταβ)\\p{L}*|оплат|сплат|支付|付款|支払|払|決済|결제|납부|ชำระ|دفع|ادفع|سداد';
/** Where the payment is made: "on / at / via / through (their page)", "pe (site-ul)", "melalui", or a colon. */
const PAID_AT =
  '(?:\\b(?:on|at|via|through|using|in|into|pe|prin|la|en|por|sur|auf|uber|melalui|lewat|di|sa|uzerinden)\\s+(?:(?:the|their|this|our|his|her|its|own|payment|secure|page|site|website|portal|pagina|site-ul|siteul|sayfa\\w*|oldal\\w*)\\s+){0,3}|(?<![\\p{L}])(?:σε|στο|στη|στην|μέσω|μεσω)\\s+(?:\\S+\\s+){0,2}?|[:：]\\s*)';
/** A tracking link is no payment link: "tracking link", "track & trace link", "物流链接", "ลิงก์ติดตาม", "رابط التتبع". */
const NOT_TRACKING_BEFORE =
  '(?<!(?:track\\w*|trace|物流|追踪|跟踪|查询|追跡|配送状況|추적|배송\\s?조회|تتبع|التتبع|lacak\\w*|takip|sledz\\w*|rastre\\w*|seguimiento|suivi|verfolgung|отслежива\\p{L}*|ต\\p{M}*ดตาม|product|san\\s+pham|produk|商品|产品)[^.!?。！？\\n]{0,12})';
const NOT_TRACKING_AFTER = '(?!\\p{M}*\\S{0,3}\\s*(?:ต\\p{M}*ดตาม|(?:ال)?تتبع|追跡|추적|跟踪|追踪|物流))';
/**
 * The stretch between the verb and its link stays in one clause: a tracking link after a comma is another thing.
 * An abbreviation's dot ("1 870 руб. по ссылке", "approx. via link") does not end the clause, nor does the comma or
 * point inside an amount ("die Gebühr von 29,90 € über diesen Link", "USD 1,800 via the link").
 */
// The dot inside a host ("pay.inspect-asia.com") is no sentence end either.
const SAME_CLAUSE =
  '(?:[^.!?。！？\\n,，、،;；]|\\.(?=\\s+\\p{Ll})|(?<=\\d)[.,](?=\\d)|(?<=[a-z0-9])\\.(?=[a-z0-9])){0,50}?';
/**
 * The fee is paid through a link when the payment verb governs it: "pay … at/via/through this link", "payment
 * link", "link to pay", "通过链接支付", "링크에서 결제", "リンクから支払". A link elsewhere in the message (tracking,
 * a product page) carries no payment.
 */
const PAID_THROUGH_LINK = [
  `(?:${PAYING.source})${SAME_CLAUSE}${NOT_TRACKING_BEFORE}(?:${LINK_THING})${NOT_TRACKING_AFTER}`,
  `(?:${PAY_VERB})${SAME_CLAUSE}${PAID_AT}${NOT_TRACKING_BEFORE}${BARE_HOST}${NOT_TRACKING_AFTER}`,
  `${NOT_TRACKING_BEFORE}(?:link|enlace|lien|ссылк\\p{L}*|링크|リンク|链接|鏈接|連結|رابط|ล\\p{M}*งก\\p{M}*)${NOT_TRACKING_AFTER}[^.!?。！？\\n,，、،]{0,12}?(?:to\\s+pay|for\\s+(?:the\\s+)?payment|de\\s+pag\\w*|de\\s+paiement|zur\\s+zahlung|для\\s+оплат|支付|付款|缴|繳|결제|납부|입금|支払|払|決済|ชำระ|ช\\p{M}*าระ|دفع|سداد|bayar)`,
].join('|');
/**
 * The carrier's own sites, and a state customs or tax office's, each named ("customs.gov.my", "customs.ro",
 * "nav.gov.hu"): a fee paid there is the carrier's or the state's own duty; any other host (or a short link) is not.
 * No pattern of "gov." / "gouv." / "go." hosts: "customs.gov.cc" is a name anyone can buy under an open country
 * domain, and a scam's clearance link is written to look like the state's.
 */
export const OFFICIAL_CARRIER_HOST =
  '(?:[a-z0-9-]+\\.)*(?:dhl\\.(?:com|de|co\\.uk|fr|es|it|nl)|fedex\\.com|ups\\.com|usps\\.com|tnt\\.com|royalmail\\.com|canadapost\\.ca|canadapost-postescanada\\.ca|auspost\\.com\\.au|correos\\.es|correios\\.com\\.br|laposte\\.fr|colissimo\\.fr|chronopost\\.fr|poste\\.it|deutschepost\\.de|postnl\\.nl|ptt\\.gov\\.tr|pochta\\.ru|novaposhta\\.ua|cdek\\.ru|cainiao\\.com|japanpost\\.jp|epost\\.go\\.kr|ems\\.com\\.cn|gov\\.uk|cbp\\.gov|postnord\\.(?:se|dk|no|fi|com)|posten\\.(?:no|se)|posti\\.fi|parcelforce\\.com|bpost\\.be|swisspost\\.ch|post\\.ch|anpost\\.ie|post\\.at|post\\.lu|ctt\\.pt|elta\\.gr|poczta-polska\\.pl|pocztex\\.pl|ceskaposta\\.cz|posta\\.(?:sk|hu|si|hr)|magyarposta\\.hu|posta-romana\\.ro|omniva\\.(?:ee|lv|lt)|nzpost\\.co\\.nz|singpost\\.com|hongkongpost\\.hk|indiapost\\.gov\\.in|pos\\.com\\.my|thailandpost\\.co\\.th|purolator\\.com|evri\\.com|usps\\.gov|customs\\.gov\\.my|customs\\.ro|anaf\\.ro|aade\\.gr|nav\\.gov\\.hu|gib\\.gov\\.tr|turkiye\\.gov\\.tr)(?![\\w.-]*[a-z0-9-]\\.[a-z])(?=[/:?#\\s)]|$)';
/** A fee paid through a link whose host is not the carrier's own: a named carrier does not excuse it. */
const PAID_TO_FOREIGN_HOST = `(?:${PAYING.source})${SAME_CLAUSE}(?:(?:link|links|enlace|lien|ссылк\\p{L}*)\\s*[:：]?\\s*)?${NOT_TRACKING_BEFORE}(?:https?:\\/\\/|(?<![\\w./:@-]))(?!${OFFICIAL_CARRIER_HOST})[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?=[/:?#\\s]|$)`;
/**
 * A carrier named as the one who collects: "DHL collects the duties at the door", "FedEx will bill you", "the
 * courier bills it". It excuses nothing when the fee goes through a host that is not the carrier's (a look-alike
 * "dhl-express-fee.top", a short link) or the proof goes back to the seller.
 */
const CARRIER_NAMED =
  '(?<![\\w./-])(?:dhl|fedex|ups|tnt|usps|correios|correos|chronopost|colissimo|la\\s+poste|royal\\s+mail|post\\s+office|poste\\s+italiane|deutsche\\s+post|postnl|canada\\s+post|australia\\s+post|cainiao|courier|kurir|kargo|почта|сдэк|快递|物流公司|快遞|宅配便|택배|شركة\\s+الشحن|ไปรษณ\\p{M}*ย)(?![\\w-]|\\.[a-z])';
const SENT_BACK =
  'screenshot|comprovante|captura|send\\s+(?:it\\s+)?(?:to\\s+)?me|me\\s+(?:mande|manda|envie)|envi(?:e|a)me|mandame|скрин';
const CARRIER_COLLECTS = new RegExp(
  `^(?=[^]*(?:${CARRIER_NAMED}|(?<![\\w.-])${OFFICIAL_CARRIER_HOST}))(?![^]*(?:${SENT_BACK}))(?![^]*(?:${PAID_TO_FOREIGN_HOST}))`,
  'u',
);

const HELD_PARCEL_FEE: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  // "…pay the release fee on your Alibaba order page" keeps the fee in the order; "seu pedido ficou retido" (your
  // order is held) names the order only as what is held, so the anchor is looked for in the fee's own clause.
  gate: /customs|clearance|release|releasing|delivery|routing|redirection|redistribution|gebuhr|storage|unlock|import|taxa|tarifa|tasa|cargo|custo|costo|frais|tassa|tasse|spese|gebuhr|fee|charge|таможен|растамож|сбор|митн|관세|통관|보관료|배송비|関税|通関|保管料|关税|關稅|清关|清關|海关|海關|滞留|phi|thue|bea|pajak|biaya|gumruk|رسوم|جمارك|الجمارك|oplat|clo|douane|invoer|inklaring|ภาษ|ศ|מכס|custom|duty|verification|insurance|vama|vamal|vamii|elibera|debloca|vam|kastam|gumrukte|gumrukten|serbest|τελων|εκτελων/,
  needs: new RegExp(`^(?=[^]*(?:${PAYING.source}))(?=[^]*(?:${FEE_PROOF.source}|${PAID_THROUGH_LINK}))`, 'u'),
  needsIn: 'message',
  unless: CARRIER_COLLECTS,
  unlessIn: 'message',
  re: anyOf(...HELD_FEE),
};

// ── 3. A discount for paying in advance, by transfer or directly ──
const PREPAY = [
  '\\b(?:vorkasse|vorauszahlung\\w*|vorauskasse|im\\s+voraus|vorab\\s+(?:zahl|uberweis|bezahl)\\w*)',
  '\\b(?:prepay\\w*|pre-pay\\w*|pay\\w*\\s+(?:\\w+\\s+){0,2}?in\\s+advance|advance\\s+payment|payment\\s+in\\s+advance)',
  "\\b(?:paiement\\s+anticipe|payer\\s+d'avance|paiement\\s+d'avance|payez\\s+d'avance|par\\s+avance)",
  '\\b(?:pago\\s+anticipado|pago\\s+por\\s+adelantado|por\\s+adelantado|pagamento\\s+antecipado|pagar\\s+antecipado|antecipad[oa]|adiantad[oa]|pagamento\\s+anticipato|in\\s+anticipo|przedplat\\w*)',
  '(?<![\\p{L}])(?:предоплат|передоплат)\\p{L}*',
];
/** A saving offered for it. */
const SAVING_FOR_IT =
  /\b(?:discount\w*|\d+\s?%\s?off|rabatt\w*|skonto|nachlass|sonderpreis\w*|special\s+price|descuento|desconto|remise|ristourne|sconto|rabat\w*|precio\s+especial|preco\s+especial|prix\s+special|prezzo\s+speciale|cheaper|billiger|gunstiger|moins\s+cher|mas\s+barato|mais\s+barato)\b|скидк|знижк/u;
/** Paid by bank transfer or directly: the way that leaves the order. */
const BY_TRANSFER_OR_DIRECT =
  /\b(?:uberweis\w*|bankverbindung\w*|konto\w*|direkt\w*|virement|rib|bonifico|iban|transferencia\w*|przelew\w*|bank\s+transfer|wire\s+transfer|t\/t|direct(?:ly)?|directo|directa|directamente|direto|diretamente|directement|direttamente|pix)\b|перевод|на\s+карт|напрямую/u;

const PREPAY_DISCOUNT: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  // "Prepayment by bank transfer gets 3 % off, pay it in the Alibaba order": the term is the order's own.
  anchorIn: 'message',
  gate: /vorkasse|vorauszahlung|vorauskasse|voraus|vorab|prepay|pre-pay|advance|avance|anticip|adelantado|antecipad|adiantad|przedplat|предоплат|передоплат/,
  needs: new RegExp(`^(?=[^]*(?:${SAVING_FOR_IT.source}))(?=[^]*(?:${BY_TRANSFER_OR_DIRECT.source}))`, 'u'),
  needsIn: 'message',
  re: anyOf(...PREPAY),
};

// ── 4. Indian bank rails named for an account given in chat ──
/** A UPI id (virtual payment address): "name@okaxis", "98xxxx@ybl", "shop@paytm". */
const UPI_ID =
  '\\b[a-z0-9._-]{2,}@(?:ok(?:axis|hdfcbank|icici|sbi)|ybl|ibl|axl|paytm|upi|apl|icici|sbi|hdfcbank|axisbank|kotak|barodampay|pnb|yapl|waicici|freecharge)\\b';
const RAILS_TO_ACCOUNT: ChatPattern = {
  kind: 'contextual',
  what: 'a request to pay outside the platform',
  gate: /neft|imps|rtgs|upi|ifsc|okaxis|okhdfcbank|okicici|oksbi|ybl|ibl|axl|paytm|apl|hdfcbank|axisbank|kotak/,
  needs: PAYING,
  needsIn: 'message',
  re: anyOf(
    UPI_ID,
    // "NEFT/IMPS to below account", "RTGS kar do hamare account me", "UPI id pe bhej do", "UPI से एडवांस भेज दो".
    '\\b(?:neft|imps|rtgs|upi)\\b(?:\\s*(?:/|or|ya|aur|,)\\s*(?:neft|imps|rtgs|upi)\\b)*(?:\\s+\\S+){0,4}?\\s+(?:to|into|in|me|mein|pe|par|on)\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+|below\\s+|following\\s+|hamare\\s+|mere\\s+|humare\\s+)*(?:below\\s+|following\\s+|given\\s+)?(?:account|acct|a\\/c|acc|bank|khata|khate|id|upi\\s+id)\\b',
    // "direct NEFT kar do hamare Mumbai wale account mein": the postposition after the account, as Hinglish puts it.
    '\\b(?:neft|imps|rtgs|upi)\\b(?:\\s+\\S+){0,4}?\\s+(?:hamare|humare|hamara|humara|mere|mera|our|my|company\\s+ke|personal)\\s+(?:\\S+\\s+){0,3}?(?:account|acct|a\\/c|acc|khata|khate)\\s+(?:me|mein|main|pe|par|mai)\\b',
    '\\bupi\\s+(?:id|vpa|handle)\\s*[:：]?\\s*(?:pe|par|me|to|is|hai)?\\b',
    '\\bifsc\\b(?:\\s+code)?\\s*[:：-]?\\s*[a-z]{4}0[a-z0-9]{6}\\b',
    '(?:upi|यूपीआई|neft|imps|rtgs)\\s+(?:से|द्वारा|के\\s+जरिए)\\s+(?:\\S+\\s+){0,3}?(?:भेज|पेमेंट|भुगतान|ट्रांसफर|जमा)',
  ),
};

export const FEES_AND_TERMS_PAYMENT_PATTERNS: readonly ChatPattern[] = [
  PROFORMA_ACCOUNT,
  HELD_PARCEL_FEE,
  PREPAY_DISCOUNT,
  RAILS_TO_ACCOUNT,
];
