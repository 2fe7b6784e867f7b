import { FEES_OUTSIDE_ORDER } from '../fees-outside-order';
import { anyOf, type ChatPattern } from '../match';
import { PAID_TO_DRIVER_AT_DELIVERY } from '../paid-to-driver-at-delivery';
import { DIRECT_IN_ORDER_LATIN } from '../patterns/direct-in-order';
import { INSPECTOR_PAID_DIRECTLY } from '../patterns/inspector-paid-directly';
import { LINK_TO_BUY } from '../replacement-store';
import type { Lexicon } from './lexicon';
import {
  anywhere,
  either,
  followedBy,
  gateOf,
  gates,
  looseGateOf,
  near,
  thenNextClause,
  whenFollowedBy,
  within,
  word,
} from './near';

/**
 * The patterns one language's lexicon yields, idea by idea (see lexicon.ts). Each is an ordinary ChatPattern,
 * so negations, platform anchors, brand descriptions and gates work as for the phrase patterns.
 */

/**
 * What is set aside is the platform's own link, re-issued ("don't use the Alibaba link from the old quotation, I send a
 * new one, pay by card in checkout", "ignora el enlace de Alibaba anterior"), in a message that names no account, bank details
 * or transfer to someone: a new order link, not a new payee (stop 49).
 */
const PLATFORM_LINK_REPLACED =
  /^(?![\s\S]*\b(?:account|acc|iban|swift|beneficiary|t\/t|cuenta|conta|compte|konto|conto|hesap\w*|bank(?:ing)?\s+(?:details|info\w*|data|account)|(?:transfer|wire|remit)\w*\s+(?:\S+\s+)?(?:to|into)|bankdaten|bankverbindung|datos\s+bancarios|dados\s+bancarios|coordonnees\s+bancaires|rib)\b)[\s\S]*(?:\b(?:alibaba|aliexpress|platform|trade\s?assurance|checkout|order)\s+(?:payment\s+|order\s+|pay\s+)?(?:link|enlace|lien|linki?)\b|\b(?:link|enlace|lien)\s+(?:\S+\s+)?(?:de|do|da|del|of|to|on|di|von)\s+(?:the\s+|la\s+|el\s+)?(?:alibaba|aliexpress|platform|pedido|commande|ordine|bestellung)\b|(?:阿里|平台|订单|訂單)\S{0,3}(?:链接|鏈接))/u;

export interface ComposedPatterns {
  payment: ChatPattern[];
  bank: ChatPattern[];
  pressure: ChatPattern[];
  moves: ChatPattern[];
}

/** Other marketplaces a seller moves buyers to, written the same in every language. */
export const MARKETPLACES =
  'dhgate|shopee|lazada|tokopedia|bukalapak|taobao|tmall|pinduoduo|temu|amazon|ebay|etsy|mercado\\s?libre|mercado\\s?livre|allegro|olx|avito|wildberries|ozon|rozetka|jumia|trendyol|hepsiburada|coupang|rakuten|mercari|tiktok\\s?shop|made-in-china|global\\s?sources|tiki|joom|cdiscount|vinted|kleinanzeigen|leboncoin|wallapop|milanuncios|marktplaats|2dehands|willhaben|shpock|gumtree|enjoei|qoo10|gmarket|淘宝|淘寶|天猫|天貓|拼多多|京东|京東|闲鱼|閒魚|ヤフオク|ヤフーショッピング|メルカリ|ラクマ|楽天|アマゾン|쿠팡|지마켓|11번가|스마트스토어|당근마켓|озон|вайлдберриз|авито|яндекс\\s?маркет|أمازون|نون|نمشي';
/** "From now on" names when something starts, not a deadline ("ab sofort auf das neue Konto überweisen"). */
const FROM_NOW_ON =
  "from\\s+now\\s+on|ab\\s+(?:sofort|jetzt|heute)|von\\s+nun\\s+an|a\\s+partir\\s+de\\s+(?:ahora|agora|maintenant|hoy|hoje|aujourd'hui)|de\\s+ahora\\s+en\\s+adelante|(?:o\\s+pagamento\\s+)?agora\\s+vai|des\\s+maintenant|desormais|d'ora\\s+in\\s+poi|da\\s+(?:ora|adesso|oggi)\\s+in\\s+poi|od\\s+(?:teraz|dzis)|с\\s+сегодняшнего\\s+дня|теперь|bundan\\s+sonra|artik|tu\\s+(?:nay|bay\\s+gio|hom\\s+nay)|mulai\\s+(?:sekarang|hari\\s+ini)|今後|今日から|本日より|앞으로|오늘부터|今后|今後|从今天起|從今天起|以后|以後|اعتبارا\\s+من";

/**
 * "From now on / in future" next to an account announces a new payee ("überweisen Sie künftig auf deren
 * Konto", "désormais sur notre compte", "今后请付到这个账户"): a change of account in all but the word. Russian
 * "теперь" and Turkish "artık" are left out: they also just mean "now" ("теперь можно оплатить счёт").
 */
const HENCEFORTH: Record<Lexicon['script'], string> = {
  latin:
    "kunftig|kuenftig|zukunftig|desormais|dorenavant|henceforth|hereafter|from\\s+now\\s+on|going\\s+forward|in\\s+(?:the\\s+)?future|ab\\s+(?:sofort|jetzt)|von\\s+nun\\s+an|a\\s+partir\\s+de\\s+(?:ahora|agora|maintenant)|de\\s+ahora\\s+en\\s+adelante|en\\s+adelante|daqui\\s+(?:em|para)\\s+(?:diante|frente)|a\\s+l'avenir|d'ora\\s+in\\s+(?:poi|avanti)|odtad|od\\s+teraz|bundan\\s+(?:sonra|boyle)|tu\\s+nay|tu\\s+bay\\s+gio|mulai\\s+sekarang|ke\\s+depan(?:nya)?",
  letters:
    'впредь|отныне|в\\s+дальнейшем|с\\s+этого\\s+момента|من\\s+الآن\\s+فصاعدا|اعتبارا\\s+من\\s+الآن|앞으로',
  chars: '今后|今後|以后|以後|从今以后|從今以後|これから|今後は',
};

/**
 * "DHL will contact you for the import tax, please pay them directly", "…you pay the driver directly": duties paid
 * to the courier (or its driver at the door), not the seller.
 */
/**
 * "您直接在订单里付款就可以" (just pay in the order), "直接在平台下单", "直接在速賣通下單付款" (just order and pay on
 * AliExpress), "सीधे अलीबाबा ऑर्डर में पेमेंट कीजिए", "seedha Alibaba order me", "سیدھا علی بابا آرڈر میں": "directly" said of
 * the order itself. The
 * order word sits inside the matched span, where the clause's own anchor test does not look.
 */
const DIRECT_ON_PLATFORM =
  /直接(?:在|从|從|到|去|用)(?:信保|阿里巴巴|阿里|平台|速卖通|速賣通)?\S{0,3}?(?:订单|訂單|平台|信保|阿里|链接|鏈接|速卖通|速賣通|下单|下單)(?!\S{0,4}(?:以外|之外|外))|(?<![\p{L}\p{M}])(?:सीधे|सीधा|डायरेक्ट|seedha|sidha|seedhe|sidhe|سیدھا|سیدھے|براہ\s*راست)\s+(?:\S+\s+){0,2}?(?:अलीबाबा|ऑर्डर|प्लेटफॉर्म|ट्रेड\s+एश्योरेंस|alibaba|order|platform|trade\s?assurance|علی\s*بابا|آرڈر|پلیٹ\s*فارم)\s+(?:के\s+|کے\s+|ke\s+)?(?:(?:खाते|अकाउंट|account|اکاؤنٹ|اکاونٹ)\s+)?(?:में|मे|पर|पे|me|mein|pe|par|میں|پر)(?![\p{L}\p{M}])(?![^.!?\n]{0,20}(?:बाहर|bahar|باہر))/u;

/**
 * Duties and taxes, and the one who carries the goods, in the Latin-script languages read (folded): what a buyer pays
 * a carrier or the state, not the seller ("de btw rekent u af met de koerier", "i dazi si saldano col corriere").
 */
const DUTIES_OR_CARRIER =
  '\\b(?:duties|duty|import\\s+(?:tax|taxes|vat)|vat|droits(?:\\s+de\\s+douane)?|tva|dazi|iva|invoerrechten|btw|einfuhr\\w*|zoll\\w*|mwst|aranceles|impuestos|impostos|taxas|transporteur\\w*|vervoerder\\w*|koerier\\w*|corriere|spedizionier[ei]|spediteur\\w*|transportista\\w*|transportadora\\w*|forwarder\\w*|courier\\w*|carrier\\w*)\\b';
/**
 * Others who bill the buyer for their own service at the journey's end: the shipping line, the airline, the port or
 * terminal, a hotel ("the ocean freight you pay to the shipping line at destination, not to us"). Named as the payee
 * beside "not to us", they are no payee the seller steers to.
 */
const SERVICE_THIRD_PARTY =
  '\\b(?:shipping\\s+(?:line|lines|company)|ocean\\s+carriers?|airlines?|(?:the\\s+)?port\\s+(?:authority|terminal)|terminal\\s+operator|the\\s+(?:port|terminal|hotel)|hotels?|naviera|linea\\s+naviera|compagnie\\s+maritime|armateur|reederei|compagnia\\s+di\\s+navigazione|companhia\\s+de\\s+navegacao|armador|aerolinea|compagnie\\s+aerienne|fluggesellschaft|hafen\\w*|hotel)\\b';
/** An official carrier, a postal service or the customs themselves: who collects import duties and taxes. */
const CARRIER =
  '(?:dhl|fedex|ups|tnt|ems|usps|aramex|dpd|gls|royal\\s+mail|la\\s+poste|colissimo|correos|correios|deutsche\\s+post|poste\\s+italiane|canada\\s+post|australia\\s+post|postnl|customs|zoll|douane|aduana|alfandega|dogana|the\\s+(?:courier|carrier|post\\s+office))';
/** A carrier named in Arabic (or in Latin letters inside Arabic text): Aramex, SMSA, DHL, FedEx, the post. */
const CARRIER_AR =
  '(?:[اأ]رامكس|سمسا|فيديكس|دي\\s?اتش\\s?ال|البريد|شركة\\s+(?:ال)?(?:شحن|توصيل)|aramex|smsa|dhl|fedex|ups)';
// Anchored at the start: the look-ahead spans the whole message, so trying it at every position was quadratic
// (a 36 KB message took 2.7 s).
// Duties and taxes paid to the carrier itself, directly or through its own portal, are not a payment to the seller:
// "this is paid to DHL directly, not to us", "zahlen Sie direkt an DHL über deren Zahlungsportal", "se paga
// directamente a Correos", "payés directement à la douane", "直接付给DHL" (modelled on DHL's, UPS's and La Poste's
// duty-payment help pages).
/**
 * Not "…directly to MY bank account": "ادفعوا لشركة الشحن مباشرة على حسابي البنكي" names the carrier but sends the money
 * to the writer's own account, IBAN, card or wallet, so the carrier does not collect it (red team, stop 43).
 */
const NOT_TO_MY_ACCOUNT_AR =
  '(?![\\p{L}]*[^.!?؟\\n]{0,40}?(?:حساب(?:ي|نا)|بطاقتي|بطاقتنا|محفظتي|محفظتنا|(?:ال)?[اآأ]يبان\\s+(?:الخاص\\s+)?(?:بي|بنا)|[اآأ]يباني))';
export const PAID_TO_COURIER = new RegExp(
  [
    '^(?=[\\s\\S]*\\b(?:dhl|fedex|ups|tnt|ems|courier|customs|duties|duty|import\\s+(?:tax|vat))\\b)[\\s\\S]*\\bpay\\s+(?:them|him|her|the\\s+(?:courier|post\\s+office|customs|driver|postman|delivery\\s+(?:man|driver|agent))|dhl|fedex|ups|tnt|customs)\\s+direct',
    '\\bdirect(?:ly)?\\s+to\\s+(?:dhl|fedex|ups|tnt|ems|customs|the\\s+(?:courier|carrier|customs|post\\s+office))\\b',
    `\\b(?:pay|paid|paying|payable)\\s+(?:\\w+\\s+){0,3}?to\\s+${CARRIER}\\s+(?:direct(?:ly)?|itself|themselves|only)\\b`,
    `\\b(?:direkt|unmittelbar|directement|directamente|diretamente|direttamente)\\s+(?:an|bei|a|au|aux|al|ao|aos|alla|aupres\\s+de|para|con|com)\\s+(?:die\\s+|den\\s+|der\\s+|la\\s+|le\\s+|el\\s+|o\\s+|os\\s+|a\\s+|il\\s+)?${CARRIER}\\b`,
    `\\b(?:an|a|au|al|ao|para)\\s+(?:die\\s+|la\\s+|el\\s+|o\\s+|os\\s+|a\\s+)?${CARRIER}\\s+(?:direkt|directement|directamente|diretamente|direttamente)\\b`,
    // Stop 55: "vc paga direto nos Correios", "pagas directo en Correos", "paid directly at the post office": the tax paid
    // at the carrier's counter or in its app, where the carrier collects it.
    `\\b(?:direto|directo|direct(?:ly)?|direkt|directement|directamente|diretamente|direttamente)\\s+(?:nos|nas|no|na|em|en|at|chez|bei|in|presso|all'|alla|alle)\\s+(?:die\\s+|der\\s+|la\\s+|el\\s+|the\\s+|los\\s+|las\\s+)?${CARRIER}\\b`,
    // "über deren Zahlungsportal", "through their own payment page": the carrier's own site, with the carrier named.
    `\\b${CARRIER}\\b[^.!?\\n]{0,60}?\\b(?:uber\\s+(?:deren|dessen|ihr\\w*)|through\\s+(?:their|its)|on\\s+(?:their|its)|via\\s+(?:their|its|leur|son|su|seu|sua)|sur\\s+(?:leur|son)|en\\s+su|no\\s+(?:seu|site\\s+d[ao]))\\s+(?:own\\s+|eigene\\w*\\s+|propre\\s+|propio\\s+)?(?:\\w*portal\\w*|payment\\s+(?:page|site|link)|website|site|app|webseite|zahlungsseite|portail|pagina|sitio)\\b`,
    // The carrier's own site named after the word "site": "é paga direto no site dos Correios", "se paga en la web de
    // Correos", "payable on the website of the post office", "sur le site de La Poste" (stop 45).
    `\\b(?:no|na|en\\s+(?:el|la)|on\\s+the|sur\\s+le|auf\\s+der|sul|nel|in)\\s+(?:site|sitio|website|portal|app|aplicativo|aplicacion|pagina|web|webseite|seite|sito)\\s+(?:oficial\\s+|official\\s+|officiel\\s+)?(?:d[aoe]s?|del|de\\s+la|of\\s+(?:the\\s+)?|von\\s+(?:der\\s+)?|della|du)\\s*${CARRIER}\\b`,
    '直接(?:付|支付|交|缴|繳)(?:给|給)?(?:dhl|fedex|ups|tnt|ems|海关|海關|快递|快遞|邮局|郵局)|(?<![\\p{L}])напрямую\\s+(?:в\\s+|на\\s+)?(?:dhl|fedex|ups|таможн\\p{L}*|почт\\p{L}*)',
    // "…at fedex.com/billing": a link on the carrier's own domain (not "fedex.com.pay-duty.top", whose domain is another).
    // The name starts the host or follows a dot: "pay-dhl.com", "customs-fedex.com" are look-alikes (red team, stop 30).
    '(?<![\\w-])(?:dhl|fedex|ups|usps|tnt|aramex|dpd|gls|correos|correios|laposte|royalmail|postnl|canadapost|auspost|colissimo|posteitaliane)\\.(?:com|de|fr|es|it|nl|ca|pt|co\\.uk|com\\.br|com\\.au|com\\.mx)(?![\\w.-]*\\.[a-z])',
    // Arabic: the shipping company or customs named, then "pay them directly" ("شركة الشحن … ادفعها لهم مباشرة").
    '(?:شركة\\s+(?:ال)?(?:شحن|توصيل)|(?:ال)?مندوب|(?:ال)?جمارك|ساعي\\s+البريد|[اأ]رامكس)[^.!?؟\\n]{0,120}?(?:ادفع|تدفع|سدد|تسدد|ادفعوا)\\p{L}*\\s+(?:لهم|له|للمندوب|للشركة|لشركة\\s+الشحن|للجمارك)\\s+مباشر' +
      NOT_TO_MY_ACCOUNT_AR,
    // The carrier itself as the payee ("تدفعها لأرامكس مباشرة", "ادفعوا لـDHL مباشرة"), or its own official app or site
    // ("عبر تطبيق أرامكس الرسمي", "عبر تطبيقهم الرسمي" after the carrier is named): the carrier collects (stop 43).
    `(?:ادفع|تدفع|سدد|تسدد|ادفعوا|يدفع|تُدفع)\\p{L}*\\s+ل(?:ـ\\s*)?${CARRIER_AR}\\s+(?:\\p{L}+\\s+)?مباشر${NOT_TO_MY_ACCOUNT_AR}`,
    `${CARRIER_AR}[^.!?؟\\n]{0,120}?(?:عبر|من\\s+خلال|في|على)\\s+(?:تطبيق|موقع)(?:هم|ها|ه)?\\s+(?:${CARRIER_AR}\\s+)?(?:ال)?رسمي`,
  ].join('|'),
  'u',
);

/**
 * The buyer's own forwarder, agent or broker, in the languages read (folded): "your forwarder", "Ihren
 * Spediteur", "su agente de carga", "votre transitaire", "il vostro spedizioniere", "ваш карго", "acenteniz",
 * "bên vận chuyển của anh", "forwarder kakak", "وكيلك", "您的货代". The buyer chose and pays them for their own
 * service ("their fee you pay to them directly, as always, it is not in our order"); the seller's own forwarder
 * ("our forwarder's account") is not this.
 */
export const BUYERS_PROVIDER = new RegExp(
  [
    '\\b(?:your|ur|yr)\\s+(?:own\\s+)?(?:freight\\s+|shipping\\s+|customs\\s+|cargo\\s+|sourcing\\s+|purchasing\\s+|buying\\s+)?(?:forwarder|agent|broker|courier|carrier|logistics)s?\\b',
    '\\b(?:ihr|ihre|ihren|ihrem|ihres|dein|deine|deinen|deinem)\\s+(?:eigene\\w*\\s+)?(?:spediteur\\w*|spedition|zollagent\\w*|agent\\w*|einkaufsagent\\w*|logistiker\\w*|kurier\\w*|makler\\w*)\\b',
    '\\b(?:su|sus|tu|tus|seu|seus|sua|suas|teu)\\s+(?:propio\\s+|proprio\\s+)?(?:agente|agentes|forwarder|transitario|despachante|agencia|agenciador|operador\\s+logistico)(?:\\s+de\\s+(?:carga|compras|aduanas?))?\\b',
    '\\b(?:votre|vos|ton|ta)\\s+(?:propre\\s+)?(?:transitaire|agent|commissionnaire|transporteur|declarant)s?\\b',
    '\\b(?:vostro|vostra|suo|sua|tuo|tua)\\s+(?:spedizioniere|agente|corriere|doganalista|spedizionieri)\\b',
    '(?<![\\p{L}])(?:ваш|твой)\\p{L}*\\s+(?:карго|агент\\p{L}*|экспедитор\\p{L}*|перевозчик\\p{L}*|брокер\\p{L}*|байер\\p{L}*)',
    '\\b(?:acenten\\w*|kargocunuz\\w*|nakliyeciniz\\w*|gumrukcunuz\\w*|sizin\\s+(?:acente|kargocu|nakliyeci|gumrukcu)\\w*)\\b',
    '\\b(?:ben\\s+van\\s+chuyen|nha\\s+van\\s+chuyen|dai\\s+ly|forwarder)\\s+(?:cua\\s+)?(?:anh|chi|ban|quy\\s+khach)\\b',
    '\\b(?:forwarder|agen|ekspedisi|jasa\\s+kirim|kargo)\\s+(?:kakak|kak|anda|bapak|ibu|agan)\\b',
    '(?<![\\p{L}])(?:وكيلك|وكيلكم|وكيل\\s+(?:ال)?شحن\\s+(?:ال)?خاص\\s+بك|شركة\\s+(?:ال)?شحن\\s+(?:ال)?خاصة\\s+بك)',
    '(?:您的|你的|您们的|你们的|贵司的?|您那边的|你那边的)(?:货代|貨代|代理|报关行|清关行|物流)',
  ].join('|'),
  'u',
);
/**
 * The agent as the one who does a job, with no money in its clause: "Please pay through Alibaba. Our agent will
 * inspect the goods" names the agent for the inspection, not as a payee; in Malay and Indonesian too ("ejen kami akan
 * periksa barang", "agen kami akan cek barang").
 */
const AGENT_DOES_WORK =
  /\b(?:agent|agents|representative|representatives)\s+(?:will\s+|would\s+|can\s+|shall\s+|is\s+going\s+to\s+|to\s+)?(?:inspect|check|visit|meet|help|arrange|handle|follow|deliver|ship|book|load|translate|guide|accompany|attend|test|supervise)\w*\b(?![^.!?;\n]{0,80}\b(?:pay|paid|payment|money|cash|transfer|account|deposit|balance|fee|fees|remit\w*|wire)\b)|\b(?:agen|ejen)\s+(?:kami|kita|saya)\s+(?:akan\s+|boleh\s+|bisa\s+|dapat\s+|yang\s+)?(?:periksa|memeriksa|cek|check|lawat|melawat|kunjungi|mengunjungi|bantu|membantu|jemput|menjemput|temani|menemani|uji|menguji|awasi|mengawasi|terjemah\w*|menterjemah\w*)\b(?![^.!?;\n]{0,80}\b(?:bayar\w*|pembayaran|transfer|akaun|rekening|wang|uang|duit|caj|biaya|yuran|deposit)\b)/u;

/**
 * An agent named only as the owner of a service fee that goes to a forwarder: "pay our agent's fee separately
 * to the forwarder", "the agent's commission is paid to your forwarder". The money pays for logistics, to the
 * one who ships; with an account, a card or "us/me" as the payee it is still a request.
 */
const AGENT_FEE_TO_FORWARDER =
  /\bagent'?s?\s+(?:service\s+)?(?:fee|fees|commission|commissions|charge|charges)\b(?![^.!?;\n]{0,60}\b(?:account|acct|card|wallet|us|me)\b)[^.!?;\n]{0,40}?\bto\s+(?:the|your|ur)\s+(?:freight\s+)?(?:forwarder|courier|carrier|broker|logistics)/u;
/** "Our" / "my" in the Latin-script languages read (folded), before the seller's own shop or site. */
// Stop 51: Swedish "vår / mitt / min" (folded "var"), Danish and Norwegian "vores / vor", Dutch "onze / mijn".
const OURS =
  'our|my|var|vara|vart|mitt|vores|vor|onze|mijn|nosso|nossa|nossos|nossas|meu|minha|nuestro|nuestra|nuestros|nuestras|mi|notre|nos|mon|ma|unser\\w*|mein\\w*|nostro|nostra|nostri|mio|mia|nasz\\w*|moj\\w*|swoj\\w*|swoim|bizim|benim|kami|kita|saya';
/** A saving named, in the languages read (folded): the reason a buyer is sent to the seller's own shop. */
// "…så slipper du Alibabas avgift" (and you escape Alibaba's fee), "avoid the platform fee": the fee saved is a saving.
const SAVING =
  /(?:avoid\w*|undvik\w*|slipp\w*|unnga\w*|undga\w*)\s+(?:\S+\s+){0,3}?(?:fee|fees|avgift\w*|gebyr\w*|commission\w*)|cheap\w*|discount\w*|\bless\b|barat\w*|desconto|descuento|moins\s+cher|remise|rabatt|billiger|gunstiger|sconto|economic\w*|conveniente|taniej|ucuz\w*|indirim\w*|murah\w*|diskon|re\s+hon|giam\s+gia|дешевл\p{L}*|скидк\p{L}*|أرخص|خصم/u;
/** A clause's length, no further: "your forwarder … pay them directly" must be one thought. */
const IN_CLAUSE = '[^.!?;,\\n。！？；，]{0,60}?';
/** "Directly", in every language read (folded). */
const ANY_DIRECT =
  'direct(?:ly)?|directamente|directo|directa|direto|diretamente|directement|direttamente|direkt\\w*|unmittelbar|dogrudan|langsung|truc\\s+tiep|напрямую|مباشر\\p{L}*|直接';
/** A pronoun pointing back at the provider as the payee: "vous les payez directement à lui", "a ellos", "им". */
const TO_THEM =
  'to\\s+(?:them|him|her)|them|a\\s+(?:ellos|ellas|el|ella|ele|eles|ela|elas|lui|eux|elles|loro)|ihm|ihnen|им|ему|ke\\s+mereka|cho\\s+(?:ho|ben\\s+do)|له|لهم|onlara|给他们|给他|給他們|給他';
/**
 * The buyer's own provider as the one paid "directly", for their own service: beside "directly" in its clause
 * ("zahlen Sie direkt an Ihren Spediteur", "forwarder kakak bayar langsung ke mereka"), or before it with a
 * pronoun for them after ("les frais de votre transitaire, vous les payez directement à lui").
 */
export const TO_BUYERS_PROVIDER = new RegExp(
  [
    `(?:${BUYERS_PROVIDER.source})${IN_CLAUSE}(?:${ANY_DIRECT})`,
    `(?:${ANY_DIRECT})${IN_CLAUSE}(?:${BUYERS_PROVIDER.source})`,
    `(?:${BUYERS_PROVIDER.source})[^.!?;\\n。！？；]{0,60}?(?:${ANY_DIRECT})\\s+(?:${TO_THEM})(?![\\p{L}])`,
    `(?:${BUYERS_PROVIDER.source})[^.!?;\\n。！？；]{0,60}?(?:${TO_THEM})\\s+(?:${ANY_DIRECT})`,
    // The provider named at the end of one sentence and paid in the first words of the next, by a pronoun with no
    // other antecedent between: "the invoice is from your forwarder (the one you nominated). Pay them directly".
    `(?:${BUYERS_PROVIDER.source})[^.!?;\\n。！？；]{0,80}?[.!?;]\\s+(?:(?:please|pls|kindly|so|then|you\\s+(?:can|may|should|will))\\s+)?(?:pay|settle\\s+with|(?:be)?zahlen\\s+sie)\\s+(?:${TO_THEM}|him|her)\\s+(?:${ANY_DIRECT})`,
  ].join('|'),
  'u',
);

/** Compound words for a way of paying, which the pay slots leave out so as not to read them as a request. */
const PAYMENT_METHOD_WORD =
  /zahlungs(?:art|weg|methode|mittel|option)|metod\w*\s+(?:de\s+)?pag|forma\s+de\s+pag|moyen\s+de\s+paiement|odeme\s+yontem|cara\s+(?:bayar|pembayaran)|metod\w*\s+platnos/u;

/** Shipping to a marketplace's warehouse, or listing on it, is not buying there. */
const MARKETPLACE_SERVICE = /\b(?:fba|warehouse|prep|fnsku|listing|seller\s+central|sellers?\b)/u;
/** A link to another store on the same platform keeps the payment on the platform. */
export const PLATFORM_LINK = /(?:alibaba|aliexpress)\.(?:com|ru|us)|1688\.com/u;
/**
 * What makes an "account" a bank account rather than the shop's account on the platform: a bank, or the
 * company as its holder ("the company account is frozen" is the usual bank account; "our store account is
 * under review" is a story about the shop).
 */
const BANK_WORD =
  /bank|banka|banco|banque|banca|ngan\s+hang|bankow|rekening|rachun\w*|iban|swift|банк|реквизит|بنك|مصرف|银行|銀行|은행|계좌|口座|振込|compan|firm|corporat|empresa|societe|societa|spolk|sirket|cong\s+ty|perusahaan|компани|фирм|شرك|公司|会社|회사/u;
/** Nouns that are a bank account whatever else the clause says ("rekening toko" is the shop's bank account). */
const BANK_NOUN =
  'bank|banka|banco|banque|banca|ngan\\s+hang|bankow|iban|rekening|rachun|konto|konten|сч[её]т|реквизит|банк|بنك|银行|銀行|은행|계좌|口座';
/**
 * The buyer's login to a shop or the platform ("customer account", "log in again", "Kundenkonto", "登录"): an
 * account that is changed or updated there is a web account, not where money goes.
 */
export const LOGIN_ACCOUNT =
  /\b(?:log\s?in|login|sign\s?in|password|customer\s+account|user\s+account|member(?:ship)?\s+account|buyer\s+account|anmeld\w*|einlogg\w*|passwort|kundenkonto\w*|benutzerkonto\w*|iniciar\s+sesion|contrasena|senha|fazer\s+login|mot\s+de\s+passe|se\s+connecter|compte\s+client|accedere|zaloguj\w*|haslo|konto\s+klienta|giris\s+yap\w*|sifre\w*|kata\s+sandi|dang\s+nhap|mat\s+khau)\b|войти|парол|личн\p{L}*\s+кабинет|登录|登陆|登入|密码|密碼|ログイン|パスワード|로그인|비밀번호|تسجيل\s+الدخول|كلمة\s+المرور/u;
/** "Your account", in the languages read: the buyer's own account (a refund, a login), never where the buyer pays. */
const ACCOUNT_STEM =
  '(?:account|acct|card|bank|wallet|cuenta|tarjeta|conta|cartao|compte|carte|konto|karte|bankverbindung|conto|carta|rachun\\w*|hesab\\w*|hesap\\w*|kart\\w*|tai\\s+khoan|rekening|akun)';
/** A carrier that bills freight to an account of its own ("freight collect" on the buyer's DHL or FedEx account). */
const CARRIERS = '(?:dhl|fedex|ups|tnt|aramex|courier|express)';
const CARRIER_ACCOUNT = `${CARRIERS}(?:\\s*(?:\\/|or|and|,)\\s*${CARRIERS})*\\s+(?:express\\s+)?(?:account|acct|a\\/c)`;
const YOUR_ACCOUNT = new RegExp(
  [
    `\\b(?:your|votre|vos|tu|tus|su|sus|seu|sua|ihr\\w*|dein\\w*|tuo|tua|twoj\\w*|sizin)\\s+(?:\\w+\\s+)?${ACCOUNT_STEM}\\b`,
    `\\bhesabiniz\\w*|\\b${ACCOUNT_STEM}\\s+(?:cua\\s+(?:anh|chi|ban)|kakak|anda|de\\s+usted)\\b`,
    // "If you have a DHL/FedEx account number, give it to us": the buyer's own carrier account, billed for the freight.
    // "Please provide your DHL or FedEx account number, we send freight collect": the buyer's carrier account, named
    // with two carriers or more between "your" and "account".
    `\\b(?:your|ur|yr)\\s+${CARRIER_ACCOUNT}`,
    `\\b(?:if\\s+)?(?:you|u)\\s+(?:have|has|got)\\s+(?:an?\\s+)?${CARRIER_ACCOUNT}|\\bsi\\s+(?:usted\\s+|vous\\s+)?(?:tiene|tienes|avez|as)\\s+(?:una?\\s+)?(?:cuenta|compte)\\s+(?:de\\s+|chez\\s+)?${CARRIERS}`,
    '(?:您的|你的|あなたの|お客様の)\\S{0,4}(?:账户|帳戶|账号|帳號|卡|口座|アカウント)|고객님?의?\\s?(?:계좌|계정)|ваш\\p{L}*\\s+(?:сч[её]т|карт)\\p{L}*|حسابك',
  ].join('|'),
  'u',
);
/** A clause about the shop's or platform's account, naming no bank account. */
const shopStoryOnly = (shop: RegExp) => new RegExp(`^(?![^]*(?:${BANK_NOUN}))[^]*(?:${shop.source})`, 'u');
/**
 * A sum of money, in any of the languages read (folded): "30 dollars", "US$40", "30달러", "三十美元", "دولارا".
 * With the order set aside, a sum is the payment even when no payment verb is used ("send me the 30 dollars").
 */
const MONEY = new RegExp(
  [
    /(?:us\s?)?\$\s?\d|€\s?\d|\d\s*(?:usd|eur|rmb|cny|yuan|dollar\w*|dolar\w*|dolla\w*|do\b|euro\w*|€|\$)|доллар|долар|евро|دولار|يورو|美元|美金|块钱|塊錢|ドル|달러|유로/u
      .source,
    // Cash in hand (stop 50): "no need to order on Alibaba, our dealer sells for cash" — "nakit", "tunai", "tiền mặt",
    // "現金", "현금", "за готівку", "gotówka", "za hotové", "készpénz", "taslimu", "μετρητά", "במזומן", "نقد", "نقدی",
    // "नकद", "নগদ", "เงินสด" (Thai folded as normalise leaves it: "เงนสด").
    // A cash drawer, register or box is goods; Czech "hotové" alone also means "ready", so only "hotovost",
    // "za hotové" and "zaplatit hotově".
    '\\b(?:cash(?!\\s+(?:drawers?|registers?|box(?:es)?|counters?|machines?|rolls?|trays?|flow|back|books?|desks?|boxes))|nakit|tunai|tien\\s+mat|gotowk\\w*|gotowce|(?:za|v|plat\\w*|zaplat\\w*)\\s+hotov\\w*|hotovost\\w*|keszpenz\\w*|taslimu|numerar)\\b',
    '現金|现金|현금|наличн|налич[нк]|готівк|готовк|μετρητ|מזומן|نقد|كاش|کیش|नकद|कैश|নগদ|เงนสด|เงินสด',
  ].join('|'),
  'u',
);
/**
 * Something sent free of charge, in the languages read (folded): "no need to order again, we send the missing part
 * free" is a replacement, and the verb of sending ("gönderiyoruz", "भेज देंगे", "보내드립니다") pays nothing (stop 50).
 * Bengali as normalise leaves it (no vowel signs): "ফ্রি" is "ফর", "বিনামূল্যে" is "বনমল…", read as whole words.
 */
const SENT_FREE =
  /\b(?:free(?!\s+(?:of\s+)?(?:fee|commission)\w*)|gratis|gratuit\w*|gratuitamente|kostenlos|umsonst|ucretsiz|bedava|mien\s+phi|percuma|bure|ingyen\w*|zdarma|bezplatn\w*|libre|darmowo|za\s+darmo)\b|бесплатн|безкоштовн|δωρεάν|בחינם|مجان|رایگان|مفت|फ्री|मुफ्त|(?<![\p{L}])(?:ফর|ফরত|বনমল\p{L}*)(?![\p{L}])|무료|無料|免费|免費/u;
/** Money coming back, in every language read (folded): with it, "no new order needed" is the platform's refund. */
const REFUND_ANY =
  /refund|reembols|rembours|rimbors|erstatt|devolu|devolv|estorn|zwrot|iade|hoan\s+tien|pengembalian\s+dana|возврат|верн[её]м|استرداد|استرجاع|退款|退钱|退錢|返金|返金|환불/u;
/**
 * A platform's fee or commission named: a way "around" it ("if the platform fee is too high, we settle another
 * way") is the reason given for leaving the order.
 */
// Stop 51: the Scandinavian "avgift / gebyr", Dutch "kosten" only as "-kosten" of the platform (read beside it), Czech
// "poplatek", Hungarian "díj".
const PLATFORM_FEE =
  /fee|fees|commission\w*|charges|avgift\w*|gebyr\w*|poplat\w*|dij\w*|gebuhr\w*|provision\w*|comision\w*|comissao|comissoes|taxa|frais|commissione?|prowizj\w*|komisyon\w*|phi\s+san|biaya\s+(?:admin|aplikasi)|комисси|عمول|手续费|手續費|手数料|수수료/u;
/** What a platform keeps, after its verb of keeping: a fee, a commission, a share, a percentage (Arabizi "nesba", "3omola"). */
const PLATFORM_SHARE = `${PLATFORM_FEE.source}|\\d\\s?%|\\d\\s?(?:prozent|por\\s?ciento|pour\\s?cent|per\\s?cento|procent)|porcentaje|pourcentage|percentuale|prozentsatz|anteil|parte|part|cut|procent\\w*|marz\\w*|nesba|nesbet|nisba|3omola|3mola|3umula`;
/** Where a seller's money sits abroad: with an account, the balance goes to an account outside the order. */
const ABROAD =
  'hong\\s?kong\\w*|hongkong\\w*|hk|singapore|singapur\\w*|offshore|overseas|香港|홍콩|гонконг\\p{L}*|سنغافور\\p{L}*|هونغ\\s+كونغ|هونج\\s+كونج';
/** The platform's own receiving account (a virtual or designated account shown on the order page) is safe. */
const PLATFORM_ACCOUNT = /virtual|designated|citi\s?bank|alibaba'?s|aliexpress'?s|platform'?s/u;
/**
 * The purchase kept here in so many words — "we also have a shop on Amazon, but wholesale orders are only here",
 * "批发订单只在这里接", "pedidos al por mayor solo aquí", "Großhandelsbestellungen nur hier": a shop elsewhere is
 * mentioned, not where to buy. "Only" is required ("orders here cost more, buy on Amazon" is still a move), and
 * "not only here" is not it.
 */
const ORDER_WORD =
  'orders?|ordering|wholesale|bulk|pedidos?|encomendas?|atacado|mayoreo|commandes?|en\\s+gros|bestellungen|bestellung|gro(?:ss|ß)handel\\p{L}*|ordini|ordine|ingrosso|zamowien\\p{L}*|hurt\\p{L}*|siparis\\p{L}*|toptan|don\\s+hang|ban\\s+si|pesanan|grosir|заказ\\p{L}*|опт\\p{L}*|طلبات|الطلبات|الجملة|订单|訂單|下单|下單|批发|批發|注文|卸売?|주문|도매';
const ONLY_HERE =
  '(?<!(?:not|no|non|nicht|nie|pas|не)\\s)(?:only\\s+(?:here|on\\s+alibaba|(?:via|through)\\s+alibaba)|(?:solo|solamente|so|somente|apenas)\\s+(?:por\\s+)?(?:aqui|aca|en\\s+alibaba|na\\s+alibaba)|(?:uniquement|seulement)\\s+ici|(?:nur|ausschliesslich)\\s+hier|(?:solo|soltanto)\\s+qui|tylko\\s+(?:tutaj|tu)(?![\\p{L}])|sadece\\s+(?:burada|buradan)|chi\\s+(?:o\\s+day|tren\\s+alibaba)|(?:hanya|cuma)\\s+(?:di\\s+sini|lewat\\s+sini)|только\\s+(?:здесь|тут)|只在(?:这里|這裡|这边|這邊|阿里|平台)|ここだけ|こちら(?:で)?のみ|여기(?:에)?서만|فقط\\s+هنا|هنا\\s+فقط)';
/**
 * The purchase asked for here, on the platform, with a word of request — "we also sell on Amazon, but please
 * order here on Alibaba", "para mayoreo por favor haga el pedido aquí en Alibaba", "Großhandel bitte hier über
 * Alibaba bestellen", "toptan siparişleri lütfen burada Alibaba üzerinden verin", "批发还是请您在阿里这边下单".
 * Without a request ("orders here cost more, buy on our eBay store") it is not this; nor with a "not" before
 * or inside it ("don't order here", "ne commandez pas ici", "bitte nicht hier bestellen", "burada sipariş
 * vermeyin", "不要在阿里下单").
 */
const PLEASE =
  '(?<![\\p{L}])(?:please|pls|plz|kindly|svp|s.il\\s+vous\\s+plait|passez|haga|hagan|realice|coloque|faca|faz|bestellen\\s+sie|ordinate|verin|silakan|оформляйте|заказывайте|por\\s+favor|favor\\s+de|merci\\s+de|veuillez|bitte|per\\s+favore|cortesemente|lutfen|vui\\s+long|tolong|mohon|пожалуйста|من\\s+فضلك|رجاء|يرجى)(?![\\p{L}])|请|請|麻烦|麻煩|还是|還是';
const HERE_WORD =
  '(?<![\\p{L}])(?:here|aqui|aca|ici|hier|qui|burada|buradan|o\\s+day|di\\s+sini|здесь|тут|هنا)(?![\\p{L}])';
/** The platform named, perhaps after "here" and a preposition: "here on Alibaba", "burada Alibaba", "hier über Alibaba". */
const PLATFORM_HERE = `(?:${HERE_WORD}\\s*)?(?:(?:on|via|through|at|in|en|no|na|pelo|pela|sur|par|uber|auf|bei|su|tramite|tren|di|lewat|на|через|على|عبر)\\s+)?(?<![\\p{L}])(?:alibaba|aliexpress|trade\\s?assurance|علي\\s?بابا|алибаб\\p{L}*)`;
const HERE_ON_PLATFORM = `${PLATFORM_HERE}|${HERE_WORD}`;
const ORDER_ASK =
  '(?<![\\p{L}])(?:order|buy|purchase|pedido|compre|comprar|commande\\w*|commandez|bestell\\w*|ordin\\w*|siparis\\w*|dat(?:\\s+hang)?|pesan|заказ\\p{L}*|закаж\\p{L}*|طلب\\p{L}*|اطلب\\p{L}*)';
const NOT_HERE =
  "don'?t|dont|do\\s+not|never|not|no|nao|non|ne|pas|nicht|kein\\w*|nie|degil|vermeyin|etmeyin|jangan|tidak|dung|khong|не|لا|不要|别|別|不";
/** Up to `n` characters of one sentence with no "not" among them. */
const noNot = (n: number) => `(?:(?!\\b(?:${NOT_HERE})\\b)[^.!?。！？\\n]){0,${n}}?`;
// "please … order … here", "order … please … here" (заказывайте, пожалуйста, здесь), "order here on Alibaba
// please" (ordinate qui su Alibaba per favore), and the Chinese "还是请在阿里下单".
const ASKED_HERE = `(?<!(?:${NOT_HERE})\\s(?:\\S+\\s){0,2})(?:(?:${PLEASE})${noNot(30)}(?:${ORDER_ASK}${noNot(12)}(?:${HERE_ON_PLATFORM})|(?:${HERE_ON_PLATFORM})${noNot(12)}${ORDER_ASK})|${ORDER_ASK}${noNot(15)}(?:${PLEASE})${noNot(15)}(?:${HERE_ON_PLATFORM})|${ORDER_ASK}${noNot(12)}${PLATFORM_HERE}\\s*,?\\s*(?:${PLEASE}))(?![^.!?。！？\\n]{0,12}(?:vermeyin|etmeyin|yapmayin))|(?:请|請|麻烦|麻煩|还是|還是)[^。！？.!?\\n，,]{0,8}?(?:在)?(?:阿里|阿里巴巴|平台|这边|這邊|这里|這裡)\\S{0,4}?(?:下单|下單|拍|订购|訂購)`;
/**
 * Orders said to go through the platform: "bulk orders go through Alibaba Trade Assurance", "los pedidos van por
 * Alibaba", "les commandes passent par Alibaba", "Bestellungen laufen über Alibaba" — unless the sentence goes on
 * to what that costs ("orders through Alibaba cost more, buy on our eBay store").
 */
const THROUGH_PLATFORM = `(?:${ORDER_WORD})${noNot(25)}(?<![\\p{L}])(?:through|via|thru|por|pelo|pela|par|uber|tramite|przez|uzerinden|qua|lewat|через|عبر)\\s+(?:the\\s+)?(?:alibaba|aliexpress|trade\\s?assurance|علي\\s?بابا|алибаб\\p{L}*)(?![^.!?。！？\\n]{0,40}(?:cost|fee|expensive|commission|charge|caro|cara|cher|chere|teuer|gebuhr|costos|pahal|mahal|дорож|رسوم|贵|費|费))`;
export const KEEPS_PURCHASE_HERE = new RegExp(
  `(?:${ORDER_WORD})[^.!?。！？\\n]{0,40}?${ONLY_HERE}|${ONLY_HERE}[^.!?。！？\\n]{0,20}?(?:${ORDER_WORD})|${ASKED_HERE}|${THROUGH_PLATFORM}`,
  'u',
);
/** `needs` over the whole message, unless the message keeps the purchase here. */
const unlessKeptHere = (needs: RegExp) =>
  new RegExp(`^(?![^]*(?:${KEEPS_PURCHASE_HERE.source}))[^]*?(?:${needs.source})`, 'u');

const ACCOUNT_THERE_FAILS =
  '(?![^.!?;\\n]{0,30}(?:bloque|block|blocc|gesperrt|sperr|frozen|freez|congel|gel[eé]|zablok|zamroz|suspend|sospes|cerrad|closed|chiuso|ferme|geschlossen|limit|beperkt|geblokkeerd))';
const LINK = /https?:\/\/|www\.|\.com\b|\blink\b|链接|連結|링크|リンク|ссылк|رابط/u;

/**
 * Words that may sit between a contrast marker and what it sets aside: articles and prepositions of the
 * languages read ("instead of paying on the Alibaba order", "statt über die Plattform"), never a possessive (so
 * "instead of our own website" is not read as leaving the platform).
 */
const CONTRAST_GAP =
  '(?:the|a|an|this|on|in|at|via|through|thru|by|el|la|los|las|del|de|en|por|al|o|os|as|do|da|no|na|pelo|pela|em|le|les|du|des|sur|par|der|die|das|dem|den|uber|auf|bei|zu|il|lo|sul|sulla|nel|nella|tramite|su|per|przez|w|z|tren|trong|qua|lewat|melalui|di|ke|dalam|uzerinden|ile|passer|passar|pasar|passare|go|going|use|using|utiliser|usar|usare|nutzen|korzystajac|через|на|в|по|عبر|على|في|من\\s+خلال)(?![\\p{L}\\p{N}])';
/**
 * "Rather than the app, pay on the Alibaba website": the platform named later in the sentence is where the
 * buyer pays, so the contrast is between two of its doors, not a way around it. The look is bounded (a
 * sentence's length): unbounded, it read to the end of a long unpunctuated message at every place the
 * contrast could start, and a message repeating "别走订单" took seconds.
 */
const PLATFORM_NAME =
  '(?:alibaba|aliexpress|trade\\s?assurance|阿里|アリババ|알리바바|علي\\s?بابا|алибаб|алиэкспресс)';
/**
 * The platform as the complement of the word set aside ("en lugar del pedido de Alibaba", "em vez do pedido na
 * Alibaba", "invece dell'ordine su Alibaba") names what is left, not where to pay instead: it is read with that
 * word, and only a platform named after it counts as the other door. Taken whole or not at all.
 */
const PLATFORM_COMPLEMENT = `\\s+(?:of|on|in|at|de|del|do|da|di|della|dell'|su|sul|sur|na|no|em|auf|bei|von|der|des)\\s+(?:the\\s+|la\\s+|el\\s+|a\\s+|o\\s+|l')?${PLATFORM_NAME}(?![\\p{L}])`;
const PLATFORM_LATER = `(?:${PLATFORM_COMPLEMENT}|(?!${PLATFORM_COMPLEMENT}))(?![^.!?。！？\\n]{0,300}?${PLATFORM_NAME})`;
/** Scripts without spaces: a few characters ("这单不走平台", "注文ページではなく"). */
const CHARS_GAP = '[^\\s.,;:!?。，；：！？、]';

/** "There", pointing at another place to buy, in the languages read (folded). */
const THERE =
  '\\b(?:there|alli|alla|ahi|la-bas|daar|dort|dorthin|dort\\s+drüben|tam|oradan|orada|disana|di\\s+sana|ben\\s+(?:do|kia|đó|do)|li|la\\s+che|ali|la)\\b|там|هناك|そちら|そこで|あちら|거기|그쪽|那边|那邊|那里|那裡';
/** Words for winning a bid or checking out that the buy slots leave out ("落札", "拍下", "낙찰"). */
const BUY_THERE = '落札|入札|拍下|拍|낙찰|구매|주문|alin|alın|al\\b|dat\\b|pesan\\b';

/** Another chat app named anywhere in the message: where details promised there would be sent. */
const OTHER_APP =
  /\b(?:whats\s?app|wechat|weixin|telegram|skype|zalo|viber|signal|kakao\w*|line\s+(?:id|app)|zap|zapzap)\b|微信|ライン|카톡|카카오톡|واتس|واتساب|ватсап|вотсап|телеграм|вайбер/u;

export function composePatterns(l: Lexicon): ComposedPatterns {
  const payment: ChatPattern[] = [];
  const bank: ChatPattern[] = [];
  const pressure: ChatPattern[] = [];
  const moves: ChatPattern[] = [];
  const payAnywhere = anywhere(l, l.pay);
  const payNow = l.payNow ?? l.pay;
  const has = (...slots: (string | undefined)[]) => slots.every(Boolean);

  // ── payment: an account that is not the order's ──
  if (has(l.owner, l.account))
    payment.push({
      kind: 'contextual',
      what: "a personal or someone else's account",
      ...gates(l, [l.owner], [l.account, l.bankInfo]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, l.owner, either(l.account, l.bankInfo), 2)),
    });
  if (l.ownAccount)
    payment.push({
      kind: 'contextual',
      what: "a personal or someone else's account",
      gate: gateOf(l, l.ownAccount),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(word(l, l.ownAccount)),
    });
  if (has(l.other, l.account))
    payment.push({
      kind: 'contextual',
      what: 'another or a new account',
      ...gates(l, [l.other, l.fresh], [l.account, l.bankInfo]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, either(l.other, l.fresh), either(l.account, l.bankInfo), 2, 1)),
    });
  if (l.related)
    payment.push({
      kind: 'contextual',
      what: "a related company's account (parent, sister company, branch elsewhere)",
      anchorIn: 'message',
      gate: gateOf(l, l.related),
      needs: anywhere(l, l.pay, l.receive, l.account, l.bankInfo),
      needsIn: 'message',
      re: anyOf(word(l, l.related)),
    });
  if (has(l.pay, l.direct))
    payment.push({
      kind: 'contextual',
      what: 'a request to pay the supplier directly',
      ...gates(l, [l.direct], [payNow]),
      unless: new RegExp(
        `${PAID_TO_COURIER.source}|${TO_BUYERS_PROVIDER.source}|${DIRECT_ON_PLATFORM.source}|${PAID_TO_DRIVER_AT_DELIVERY.source}`,
        'u',
      ),
      unlessIn: 'message',
      // "pay directly" said of the order itself or of an inspector's own fee excuses only its own clause: "SGS checks
      // the goods directly. After that you pay directly the balance" still asks for the balance outside the order.
      clauseUnless: new RegExp(`${DIRECT_IN_ORDER_LATIN.source}|${INSPECTOR_PAID_DIRECTLY.source}`, 'u'),
      re: anyOf(near(l, payNow, l.direct)),
    });
  // Verb-last languages: "आप सीधे हमारे HDFC अकाउंट में SWIFT कर दो", "سیدھا ہمارے اکاؤنٹ میں بھیج دیں" — "directly" and the
  // account it leads into say the request; the verb may stand four or five words on.
  if (l.direct && l.intoAccount)
    payment.push({
      kind: 'contextual',
      what: 'a request to pay the supplier directly',
      ...gates(l, [l.direct], [l.intoAccount]),
      needs: payAnywhere,
      needsIn: 'message',
      unless: new RegExp(
        `${PAID_TO_COURIER.source}|${TO_BUYERS_PROVIDER.source}|${DIRECT_ON_PLATFORM.source}|${PAID_TO_DRIVER_AT_DELIVERY.source}`,
        'u',
      ),
      unlessIn: 'message',
      // "direct Trade Assurance ke account mein": the platform's own account, named between, is the order's.
      re: anyOf(
        followedBy(l, `(?:${l.direct})(?!(?:\\s+\\S+){0,2}?\\s+(?:${l.platform}))`, l.intoAccount, 3),
      ),
    });
  if (has(l.other, l.method))
    payment.push({
      kind: 'contextual',
      what: 'another way to pay, away from the order',
      ...gates(l, [l.method], [l.other]),
      // "eine andere Zahlungsart": a payment-method word is itself about paying.
      needs: new RegExp(`${payAnywhere.source}|${PAYMENT_METHOD_WORD.source}`, 'u'),
      needsIn: 'message',
      re: anyOf(near(l, l.other, l.method, 2)),
    });
  if (l.agent)
    payment.push({
      kind: 'contextual',
      what: 'an agent or intermediary to be paid instead of the order',
      gate: gateOf(l, l.agent),
      // "send the customs fee to our agent": a fee is money too.
      needs: new RegExp(`${anywhere(l, l.pay, l.account, l.bankInfo).source}|${PLATFORM_FEE.source}`, 'u'),
      needsIn: 'message',
      // "وكيل الشحن الخاص بك", "acenteniz", "ваш агент": the buyer's own agent, in its clause.
      unless: new RegExp(
        `${BUYERS_PROVIDER.source}|${AGENT_FEE_TO_FORWARDER.source}|${AGENT_DOES_WORK.source}`,
        'u',
      ),
      re: anyOf(word(l, l.agent)),
    });
  if (l.escrow && l.owner)
    payment.push({
      kind: 'contextual',
      what: "an escrow run by someone the seller knows, not the platform's",
      ...gates(l, [l.escrow], [l.owner]),
      re: anyOf(near(l, l.owner, l.escrow, 5, 5)),
    });
  if (l.otherwise) {
    const otherwise = {
      kind: 'contextual' as const,
      what: 'an offer to settle "another way", away from the order',
      gate: gateOf(l, l.otherwise),
    };
    payment.push({ ...otherwise, gateAlso: gateOf(l, l.pay), re: anyOf(near(l, l.pay, l.otherwise, 3, 3)) });
    payment.push({ ...otherwise, needs: PLATFORM_FEE, needsIn: 'message', re: anyOf(word(l, l.otherwise)) });
  }
  // ── payment: "the old way" ("como siempre, me ingresas el dinero en la cuenta") ──
  if (has(l.asBefore))
    payment.push({
      kind: 'contextual',
      what: 'a request to pay outside the platform',
      anchorIn: 'message',
      ...gates(l, [l.asBefore], [l.pay]),
      needs: anywhere(l, l.account, l.bankInfo, l.direct),
      needsIn: 'message',
      // "Seine Gebühren zahlen Sie wie immer direkt an Ihren Spediteur": the buyer's own forwarder, as before.
      unless: new RegExp(`${PAID_TO_COURIER.source}|${TO_BUYERS_PROVIDER.source}`, 'u'),
      unlessIn: 'message',
      // "Como siempre, me ingresas…": the phrase often opens the sentence before a comma.
      re: anyOf(`${word(l, l.asBefore!)}${within(50)}${word(l, l.pay)}`, near(l, l.pay, l.asBefore!, 5, 0)),
    });
  // ── payment: avoiding the platform's fee ("per evitare le commissioni di Alibaba, faccia il bonifico…") ──
  if (has(l.avoid, l.platform))
    payment.push({
      kind: 'contextual',
      what: 'a request to pay outside the platform',
      anchorIn: 'message',
      ...gates(l, [l.avoid], [l.platform]),
      needs: payAnywhere,
      needsIn: 'message',
      // The fee must be the platform's: named beside it, before or after ("Alibaba-Gebühren", "prowizji Alibaby").
      re: anyOf(
        `${word(l, l.avoid!)}(?:\\s+\\S+){0,3}?\\s+(?:${PLATFORM_FEE.source})(?:\\s+\\S+){0,2}?\\s+(?:${l.platform})`,
        `${word(l, l.avoid!)}(?:\\s+\\S+){0,2}?\\s+(?:${l.platform})[-\\s]?(?:\\S+\\s+)?(?:${PLATFORM_FEE.source})`,
      ),
    });
  // ── payment: the platform's cut given as the reason ("la piattaforma trattiene il 5%, se paghi fuori…") ──
  if (has(l.platform, l.platformCut))
    payment.push({
      kind: 'contextual',
      what: 'a request to pay outside the platform',
      // "…prend une commission, mais le paiement se fait dans la commande": a fee named, the order kept.
      anchorIn: 'message',
      ...gates(l, [l.platformCut], [l.platform]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(`${near(l, l.platform!, l.platformCut!, 2, 0)}${within(40)}(?:${PLATFORM_SHARE})`),
    });
  payment.push({
    kind: 'contextual',
    what: 'an account abroad (Hong Kong, Singapore, offshore) for the money',
    ...gates(l, [ABROAD], [l.account, l.bankInfo]),
    needs: payAnywhere,
    needsIn: 'message',
    unless: PLATFORM_ACCOUNT,
    unlessIn: 'message',
    // The account first may be followed by whose it is before where: "tài khoản công ty chúng tôi tại Hồng Kông",
    // "the account of our company in Hong Kong", "la cuenta de nuestra empresa en Hong Kong" (five words between).
    re: anyOf(near(l, ABROAD, either(l.account, l.bankInfo), 3, 5)),
  });
  // ── payment: the supplier's own account on its way ("I'll send you our account for the deposit") ──
  if (l.send)
    payment.push({
      kind: 'contextual',
      // "wir schicken niemals Kontodaten", "hesaba para göndermeyin": the "not" sits between the words.
      negationInside: true,
      what: 'a request to pay outside the platform',
      ...gates(l, [l.send], [l.account, l.bankInfo]),
      // "Écrivez-moi sur WhatsApp, je vous enverrai nos coordonnées bancaires": bank details promised on another
      // app are a payment away from the order even when no word of paying is written.
      needs: new RegExp(`${payAnywhere.source}|${OTHER_APP.source}`, 'u'),
      needsIn: 'message',
      // The buyer's own account (a refund, a login) is not where the buyer pays.
      unless: new RegExp(`${REFUND_ANY.source}|${YOUR_ACCOUNT.source}|${LOGIN_ACCOUNT.source}`, 'u'),
      re: anyOf(near(l, l.send, either(l.account, l.bankInfo), 4, 3)),
    });
  // ── payment: the platform's protection waved away ──
  if (has(l.platform, l.notNeeded))
    payment.push({
      kind: 'explicit',
      what: 'a request to pay outside the platform ("Trade Assurance is not needed")',
      ...gates(l, [l.notNeeded], [l.platform]),
      re: anyOf(near(l, l.platform, l.notNeeded, 2)),
    });
  if (has(l.outside, l.platform))
    payment.push({
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      ...gates(l, [l.outside], [l.platform]),
      needs: anywhere(l, l.pay, l.buy, l.deal),
      needsIn: 'message',
      unless: FEES_OUTSIDE_ORDER,
      unlessIn: 'sentence',
      re: anyOf(`(?:${near(l, l.outside, l.platform, 1)})${PLATFORM_LATER}`),
    });
  // ── payment: a contrast marker beside the platform, the order or the site ("instead of paying on the site") ──
  if ((l.instead || l.insteadAfter) && (l.platform || l.order || l.site)) {
    const target = either(l.platform, l.order, l.site);
    const filler = either(l.pay, CONTRAST_GAP, l.platform);
    const between =
      l.script === 'chars' ? `(?:(?:${l.pay})|${CHARS_GAP}){0,4}?` : `(?:\\s+(?:${filler})){0,4}?`;
    const before = l.instead
      ? `${word(l, l.instead)}${between}${l.script === 'chars' ? '' : '\\s+'}(?:${target})${l.script === 'latin' ? "(?:'[a-z]{1,6})?(?![a-z0-9])" : ''}${PLATFORM_LATER}`
      : '';
    const after = l.insteadAfter
      ? `${l.script === 'chars' ? '' : l.script === 'latin' ? '\\b' : '(?<![\\p{L}])'}(?:${target})${l.script === 'chars' ? `(?:${CHARS_GAP}|(?:${l.pay})){0,4}?` : `(?:\\s+(?:${either(l.pay, CONTRAST_GAP)})){0,3}?\\s+`}(?:${l.insteadAfter})${PLATFORM_LATER}`
      : '';
    payment.push({
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: gateOf(l, l.instead, l.insteadAfter),
      needs: payAnywhere,
      needsIn: 'message',
      // "De bankkosten van uw bank vallen buiten de order": what lies outside is the buyer's bank's fee.
      unless: FEES_OUTSIDE_ORDER,
      unlessIn: 'sentence',
      re: anyOf(...[before, after].filter(Boolean)),
    });
  }
  // ── payment: a person named as the payee ("an unseren Geschäftsführer", "cho quản lý") ──
  if (l.toPerson)
    payment.push({
      kind: 'contextual',
      what: "an individual's account",
      // Beside the verb of paying, in the same clause: "ödemeyi siparişten yapın, müdürümüze de bilgi verin"
      // informs the manager; it does not pay him.
      ...gates(l, [l.toPerson], [l.pay]),
      re: anyOf(near(l, l.pay, l.toPerson, 6, 6)),
    });
  if (l.personName)
    payment.push({
      kind: 'contextual',
      what: "an individual's account",
      gate: gateOf(l, l.personName),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(word(l, l.personName)),
    });
  // ── payment: another company paid for the seller (a partner, a sub-supplier, an appointed collector) ──
  if (l.toPartner)
    payment.push({
      kind: 'contextual',
      what: "a related company's account",
      // Beside the verb of paying: "merci de régler le solde à notre partenaire", "pay the mould fee to our mould
      // factory directly"; "our partner factory makes the moulds, please pay in the order" pays nobody there.
      ...gates(l, [l.toPartner], [l.pay]),
      unless: new RegExp(`${PAID_TO_COURIER.source}|${TO_BUYERS_PROVIDER.source}`, 'u'),
      re: anyOf(near(l, l.pay, l.toPartner, 6, 6)),
    });
  // ── payment: another payee, the seller set aside ("pay the balance to the factory's account, not to our company") ──
  if (l.notToUs)
    payment.push({
      kind: 'contextual',
      what: "a related company's account",
      ...gates(l, [l.notToUs], [l.pay]),
      // The buyer's own forwarder, a carrier, the customs, an inspector, or duties and taxes: paid for their own
      // service ("the freight you pay to your forwarder, not to us", "les droits se paient au transporteur, pas à
      // nous"), never the seller's money.
      unless: new RegExp(
        `${BUYERS_PROVIDER.source}|\\b${CARRIER}\\b|${DUTIES_OR_CARRIER}|${SERVICE_THIRD_PARTY}|${INSPECTOR_PAID_DIRECTLY.source}`,
        'u',
      ),
      unlessIn: 'sentence',
      re: anyOf(whenFollowedBy(l, l.pay, l.notToUs, 12)),
    });
  if (l.collector)
    payment.push({
      kind: 'contextual',
      what: 'an agent or intermediary to be paid instead of the order',
      gate: gateOf(l, l.collector),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(word(l, l.collector)),
    });
  if (l.friends)
    payment.push({
      kind: 'contextual',
      what: 'a payment "between friends" (no buyer protection)',
      gate: gateOf(l, l.friends),
      // "Machen wir es unter uns, ich gebe Ihnen meine IBAN": bank details say where the money goes.
      needs: new RegExp(`${payAnywhere.source}|pay\\s?pal|${anywhere(l, l.bankInfo).source}`, 'u'),
      needsIn: 'message',
      re: anyOf(word(l, l.friends)),
      negationSpreads: true,
    });

  if (l.noOrder)
    payment.push({
      kind: 'contextual',
      what: 'a payment asked for without an order ("no need to place an order, send it to me")',
      gate: gateOf(l, l.noOrder),
      needs: new RegExp(`${payAnywhere.source}|${MONEY.source}`, 'u'),
      needsIn: 'message',
      // "No need to order again, we refund you" is the platform's own refund, not a payment.
      unless: new RegExp(`${REFUND_ANY.source}|${SENT_FREE.source}`, 'u'),
      unlessIn: 'message',
      re: anyOf(word(l, l.noOrder)),
    });
  // "δεν χρειάζεται παραγγελία στο Alibaba", "Alibaba'dan sipariş vermenize gerek yok", "アリババでの注文は不要" (stop 50):
  // the platform named beside the order set aside is what is refused, not an anchor that keeps the money there.
  if (l.noOrder)
    payment.push({
      kind: 'explicit',
      what: 'a payment asked for without an order ("no need to place an order, send it to me")',
      ...gates(l, [l.noOrder], [l.platform || 'alibaba|aliexpress']),
      needs: new RegExp(`${payAnywhere.source}|${MONEY.source}`, 'u'),
      needsIn: 'message',
      unless: new RegExp(`${REFUND_ANY.source}|${SENT_FREE.source}`, 'u'),
      unlessIn: 'message',
      // English leaves `platform` to its phrase patterns: the platform's names stand in (and Taglish "sa Alibaba").
      re: anyOf(near(l, l.noOrder, l.platform || 'alibaba|aliexpress', 3, 4)),
    });
  if (has(l.refund, l.onlyIf, payNow))
    payment.push({
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      // "only if … pay": the condition is not closed as a word in this pattern.
      gate: gateOf(l, l.refund),
      gateAlso: looseGateOf(l, l.onlyIf),
      re: anyOf(`${word(l, l.refund!)}${within(60)}(?:${l.onlyIf})${within(50)}(?:${payNow})`),
    });

  // ── the purchase moved to another shop, own site or marketplace ──
  // A payment rule only: independent labellers read "order on our own site, it is cheaper" as money leaving the
  // protected order, not as the talk moving (that needs a channel named, which the contact rule reads itself).
  const elsewhere = [
    has(l.store) ? near(l, either(l.other, l.fresh, l.owner), l.store, 1, 1) : '',
    // "our Allegro account", "na naszym koncie na OLX", "in unserem Amazon-Shop": the seller's shop there.
    // "La cuenta de Wallapop la tengo bloqueada": an account there said to fail is a story, not a shop to buy in.
    has(l.account) ? `(?:${near(l, l.account, MARKETPLACES, 2, 1)})${ACCOUNT_THERE_FAILS}` : '',
    has(l.store) ? `(?:${MARKETPLACES})-(?:${l.store})` : '',
    has(l.buy) ? followedBy(l, either(l.buy, l.store), MARKETPLACES, 2) : '',
    has(l.buy) ? followedBy(l, MARKETPLACES, either(l.buy, l.store), 2) : '',
  ].filter(Boolean);
  const movedTo = {
    what: "a purchase moved to the seller's other shop, own site or another marketplace",
    ...gates(l, [l.store, MARKETPLACES], [l.other, l.fresh, l.owner, l.buy, l.store]),
    // A buying, paying or order word ("lanjutkan pesanannya di toko Tokopedia kami"), a link to buy through, or the
    // marketplace itself named as where to go: a red team showed "add it to cart there", "oradan alın", "chốt bên đó"
    // carry the purchase with no word a lexicon reads, so a named marketplace still counts.
    needs: unlessKeptHere(
      new RegExp(`${anywhere(l, l.buy, l.pay, l.order).source}|${LINK_TO_BUY.source}|${MARKETPLACES}`, 'u'),
    ),
    needsIn: 'message' as const,
    unless: MARKETPLACE_SERVICE,
    re: anyOf(...elsewhere),
  };
  // "We list the same item on Yahoo Auctions, bid there", "cómprelo allí": a marketplace named and the
  // purchase sent there, in any order and across a comma.
  const sentThere = {
    ...movedTo,
    gate: new RegExp(MARKETPLACES, 'u'),
    gateAlso: new RegExp(THERE, 'u'),
    needs: new RegExp(
      `^(?![^]*(?:${KEEPS_PURCHASE_HERE.source}))(?=[^]*(?:${THERE}))(?=[^]*(?:${anywhere(l, l.buy).source}|${BUY_THERE}|${SAVING.source}))`,
      'u',
    ),
    re: anyOf(`(?:${MARKETPLACES})`),
  };
  // The money stays protected only in the platform's own stores.
  // "Compra pelo nosso site que sai mais barato", "commandez sur notre site, c'est moins cher", "bestellen Sie in
  // unserem Shop, dort günstiger": buying sent to the seller's own shop, with a saving or a payment in the
  // message ("thank you for buying in our store" has neither). Latin-script languages; the others have theirs.
  const ownShop =
    l.script === 'latin' && has(l.buy, l.store)
      ? {
          ...movedTo,
          gate: gateOf(l, l.buy),
          gateAlso: gateOf(l, l.store),
          needs: unlessKeptHere(
            new RegExp(`${anywhere(l, l.pay).source}|${SAVING.source}|${LINK.source}`, 'u'),
          ),
          re: anyOf(followedBy(l, l.buy, `(?:${OURS})\\s+(?:${l.store})`, 3)),
        }
      : undefined;
  // "Ten model mam taniej w swoim sklepie internetowym, zamów tam", "c'est moins cher sur notre site, commande
  // là-bas": the seller's own shop named first and the purchase sent "there", with a saving, a link or a payment.
  const ownShopThere =
    l.script === 'latin' && has(l.buy, l.store)
      ? {
          ...movedTo,
          gate: gateOf(l, l.store),
          gateAlso: new RegExp(THERE, 'u'),
          needs: new RegExp(
            `^(?![^]*(?:${KEEPS_PURCHASE_HERE.source}))(?=[^]*(?:${THERE}))(?=[^]*(?:${anywhere(l, l.buy).source}))[^]*(?:${anywhere(l, l.pay).source}|${SAVING.source}|${LINK.source})`,
            'u',
          ),
          re: anyOf(`\\b(?:${OURS})\\s+(?:\\S+\\s+)?(?:${l.store})\\b`),
        }
      : undefined;
  if (ownShopThere) {
    payment.push({
      ...ownShopThere,
      kind: 'contextual',
      unless: new RegExp(`${MARKETPLACE_SERVICE.source}|${PLATFORM_LINK.source}`, 'u'),
      unlessIn: 'message',
    });
  }
  if (ownShop) {
    payment.push({
      ...ownShop,
      kind: 'contextual',
      unless: new RegExp(`${MARKETPLACE_SERVICE.source}|${PLATFORM_LINK.source}`, 'u'),
      unlessIn: 'message',
    });
  }
  payment.push({
    ...sentThere,
    kind: 'contextual',
    unless: new RegExp(`${MARKETPLACE_SERVICE.source}|${PLATFORM_LINK.source}`, 'u'),
    unlessIn: 'message',
  });
  payment.push({
    ...movedTo,
    kind: 'contextual',
    unless: new RegExp(`${MARKETPLACE_SERVICE.source}|${PLATFORM_LINK.source}`, 'u'),
    unlessIn: 'message',
  });

  // ── payment: the platform refused by name ("bitte nicht über Alibaba zahlen", "no pague por Alibaba") ──
  if (l.platform && l.notPayVia) {
    const [not, via] = l.notPayVia;
    payment.push({
      kind: 'explicit',
      what: 'paying "not through" the platform',
      ...gates(l, [not], [l.platform]),
      re: anyOf(
        `${word(l, not)}\\s+(?:${l.pay})(?:\\s+\\S+){0,2}?\\s+(?:${via})\\s+(?:${l.platform})${l.script === 'latin' ? "(?:'[a-z]{1,6})?(?![a-z0-9])" : ''}`,
      ),
    });
  }
  if (l.platform && (l.notVia || l.notViaAfter)) {
    const sep = l.script === 'chars' ? '\\s?\\S{0,2}?' : '\\s+(?:\\S+\\s+)?';
    const refused = [
      // In brackets or after a dash too: "Pague por transferencia (no por Alibaba)", "virement (pas par Alibaba)"
      // (s53nchat): the bracket opens the refusal as a comma would.
      l.notVia ? `(?:[(\\[]\\s?|[–—-]\\s)?(?:${l.notVia})${sep}(?:${l.platform})` : '',
      // "siteden değil de IBAN'a", "アプリ経由ではなく": the site or app refused is the platform's too.
      l.notViaAfter ? `(?:${either(l.platform, l.site)})\\s?(?:${l.notViaAfter})` : '',
    ]
      .filter(Boolean)
      .join('|');
    payment.push({
      kind: 'explicit',
      what: 'paying "not through" the platform',
      // A suffix glued to the word ("siteden değil") starts no word: in Latin script the gate is the platform or
      // site named, which every refusal holds.
      ...gates(
        l,
        [l.pay],
        l.notViaAfter && l.script === 'latin' ? [l.notVia, l.platform, l.site] : [l.notVia, l.notViaAfter],
      ),
      // "betaling direct naar ons maakt en niet via Alibaba", "die Zahlung direkt an uns leisten und nicht über
      // Alibaba" (probe r24): "directly" set against the platform refused is the request, however far the payment
      // word stands; the payment word is still required by the gate.
      re: anyOf(
        near(l, l.pay, refused, 4, 4),
        ...(l.direct ? [followedBy(l, l.pay, `(?:${followedBy(l, l.direct, refused, 6)})`, 3)] : []),
        // "…wire the rest to the account of our sourcing office in Xiamen, not via Alibaba, because…":
        // the refusal set after the payment's clause, however long that clause runs, says where the money must not go.
        thenNextClause(l, l.pay, refused, 10),
      ),
    });
  }

  // ── bank details changed ──
  if (has(l.bankInfo, l.changed))
    bank.push({
      kind: 'explicit',
      negationInside: true,
      what: 'changed, new or updated bank details',
      ...gates(l, [l.bankInfo], [l.changed, l.fresh, l.other]),
      re: anyOf(near(l, l.bankInfo, either(l.changed, l.fresh, l.other), 3, 2)),
    });
  // "Account" alone is also the shop's account on the platform ("hesabımız", "tài khoản", "konto"): a story
  // about that account is not a bank change.
  const shopStory = l.platform || l.store ? new RegExp(either(l.platform, l.store), 'u') : undefined;
  if (has(l.account, l.changed))
    bank.push({
      kind: 'explicit',
      negationInside: true,
      what: 'a changed account',
      ...gates(l, [l.changed], [l.account]),
      unless: shopStory ? new RegExp(`${shopStory.source}|${LOGIN_ACCOUNT.source}`, 'u') : LOGIN_ACCOUNT,
      re: anyOf(near(l, l.account, l.changed, 3, 2)),
    });
  if (has(l.account, l.fresh))
    bank.push({
      kind: 'contextual',
      negationInside: true,
      what: 'a new account to pay',
      ...gates(l, [l.fresh], [l.account]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, l.account, l.fresh, 1, 2)),
    });
  if (l.account || l.bankInfo)
    bank.push({
      kind: 'contextual',
      negationInside: true,
      what: 'an account to pay "from now on"',
      ...gates(l, [HENCEFORTH[l.script]], [l.account, l.bankInfo]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, HENCEFORTH[l.script], either(l.account, l.bankInfo), 5, 3)),
    });
  if (l.trouble)
    bank.push({
      kind: 'explicit',
      negationInside: true,
      what: 'an account said to be frozen, audited or blocked',
      ...gates(l, [l.trouble], [l.account, l.bankInfo]),
      // Frozen or audited: only a bank account is a bank change; the shop's frozen account is a story.
      needs: BANK_WORD,
      ...(shopStory ? { unless: shopStoryOnly(shopStory) } : {}),
      re: anyOf(near(l, either(l.account, l.bankInfo), l.trouble, 3, 1)),
    });
  // The payee named as an agent or related company is a different payee from the seller.
  if (l.agent || l.related)
    bank.push({
      kind: 'explicit',
      negationInside: true,
      what: 'a different payee (an agent or related company) for the money',
      ...gates(l, [l.bankInfo], [l.agent, l.related]),
      re: anyOf(near(l, l.bankInfo, either(l.agent, l.related), 6, 6)),
    });
  // An ambiguous payee word ("alıcı": buyer or recipient) counts only in a message that asks for money.
  if (l.payee && (l.agent || l.related))
    bank.push({
      kind: 'explicit',
      negationInside: true,
      what: 'a different payee (an agent or related company) for the money',
      ...gates(l, [l.payee], [l.agent, l.related]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, l.payee, either(l.agent, l.related), 6, 6)),
    });
  if (has(l.discard, l.old))
    bank.push({
      kind: 'explicit',
      what: 'the old account or invoice set aside for a new one',
      ...gates(l, [l.discard], [l.old]),
      needs: anywhere(l, l.account, l.bankInfo, l.invoice),
      needsIn: 'message',
      unless: PLATFORM_LINK_REPLACED,
      unlessIn: 'message',
      re: anyOf(near(l, l.discard, l.old, 5, 3)),
    });

  // ── pressure: a deadline or a loss, next to paying ──
  if (has(payNow, l.soon))
    pressure.push({
      kind: 'explicit',
      threat: true,
      what: 'urgency to pay',
      ...gates(l, [l.soon], [payNow]),
      unless: new RegExp([l.received, FROM_NOW_ON].filter(Boolean).join('|'), 'u'),
      re: anyOf(near(l, payNow, l.soon, 5, 3)),
    });
  if (has(l.loss, l.soon))
    pressure.push({
      kind: 'explicit',
      threat: true,
      what: 'urgency to pay (a loss if one waits)',
      ...gates(l, [l.soon], [l.loss]),
      needs: payAnywhere,
      needsIn: 'message',
      re: anyOf(near(l, l.soon, l.loss, 5, 5)),
    });

  // ── contact: "add me" ──
  if (l.addMe)
    moves.push({
      kind: 'explicit',
      what: 'an invitation to add the seller elsewhere',
      gate: gateOf(l, l.addMe),
      re: anyOf(word(l, l.addMe)),
    });

  return { payment, bank, pressure, moves };
}
