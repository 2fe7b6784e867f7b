import { APP_CONTENT, PLAYS, READER_ASKED } from './app-content-feature';
import {
  quotedNameStart,
  quotedProductNameEnd,
  technicalMention,
  withoutThirdPartyTalk,
} from './app-in-product-name';
import { isBuyersAppPrinted } from './buyers-app-printed';
import { isCheckoutMethod } from './checkout-methods';
import {
  ANCHOR_LATIN_SOURCES,
  ANCHOR_OTHER_SOURCES,
  DESCRIPTOR_SOURCES,
  NEGATION_LATIN_SOURCES,
  NEGATION_OTHER_SOURCES,
  UNDONE_AFTER_SOURCES,
  UNDONE_BEFORE_SOURCES,
} from './guard-words';
import { mayMatchInMessage } from './literal-prefilter';
import { namesOwnPayee, requestPart } from './payee-of-its-own';
import { withoutForeignAddresses } from './platform-host';
import { isPlatformOwnService } from './platform-services';
import { fromRemainder, OUTSIDE_THE_PLATFORM, withoutPlatformComplaints } from './platform-set-aside';
import {
  LISTING_ATTRIBUTE,
  LISTING_FEATURE_WORDS,
  listsPaymentProduct,
  mayListPaymentProduct,
} from './product-listing';
import { namesGoods, OFFER_FEATURE_WORDS, placedAsModelOrUse, readsAsOffer } from './product-offer';
import { refundMethodListed } from './refund-to-original';
import { isRefusedListItem } from './refused-list';
import { asksToPayAfterBrand, asksToPayInClause } from './request-after-brand';
import {
  CLAUSE_REACH,
  clauseRange,
  clauseWithout,
  once,
  sentenceRange,
  type TextContext,
} from './text-context';
import {
  callArrangedBySeller,
  FIVE_DIGITS_NOT_A_FIGURE,
  videoCallProposed,
  videoCallUse,
} from './video-call-feature';

/**
 * Two things make a payment or contact phrase harmless: a negation in the same clause ("we don't accept
 * PayPal", "Western Union is not accepted", "never pay outside Alibaba"), or an anchor to the platform's own
 * payment ("the Citibank account on your Alibaba order page", "pay via the Alibaba checkout link").
 * The matched words are blanked first, so a phrase that is itself negative ("don't pay on Alibaba",
 * "Trade Assurance is not needed") is not cancelled by its own "not". The words, per language, are in
 * guard-words.ts.
 */
// Words of other scripts are only looked for in a clause that has some: most clauses are Latin only, and
// every alternative costs at every position of every clause a match sits in.
const NEGATION_LATIN = new RegExp(NEGATION_LATIN_SOURCES.join('|'), 'u');
// One regex per language of other scripts, each tried only when the message holds one of its words
// (literal-prefilter.ts): a Chinese clause is not searched for the Russian, Arabic or Hindi words, whose
// alternatives open with a look-behind and were tried at every position (most of the negation guard's time).
// "A|B" matches exactly when A or B does, so the answer is the joined regex's.
const NEGATION_OTHER = NEGATION_OTHER_SOURCES.map((source) => new RegExp(source, 'u'));
// From Greek (U+0370) up: a Greek clause's "μην" / "δεν" was never tried when the range began at Cyrillic (stop 49).
const NON_LATIN = /[\u0370-\uffff]/;
const negationIn = (clause: string, tc: TextContext) =>
  NEGATION_LATIN.test(clause) || (NON_LATIN.test(clause) && otherNegationIn(clause, tc));
function otherNegationIn(clause: string, tc: TextContext): boolean {
  for (const words of NEGATION_OTHER) if (mayMatchInMessage(tc, words) && words.test(clause)) return true;
  return false;
}

const ANCHOR_LATIN_G = new RegExp(
  [
    // "the payment page of the order": the order's own page, where another card or PayPal is chosen.
    'payment\\s+page\\s+(?:of|for|in)\\s+(?:the|your|this)\\s+order|order(?:s|\\W?s)?\\s+payment\\s+page',
    // "T/T to the order's account": the account the platform issues for the order (not "our account for this order",
    // which only says what the money is for). Only a bank transfer goes there: "Western Union to the order's account
    // holder Li Wei" borrows the words for a person (the red team's case, stop 35).
    "\\b(?:t\\/?t|wire|bank\\s+transfer)\\s+(?:[\\w']+\\s+){0,3}?to\\s+(?:the|your|this)\\s+order'?s\\s+(?:own\\s+|dedicated\\s+|virtual\\s+)?(?:bank\\s+)?account\\b(?!\\s+(?:holder|name|owner|wallet|of))",
    'alibaba|aliexpress|trade\\s?assurance|\\bta\\s+order|citi\\s?bank|escrow|checkout|order\\s+page|(?:on|in|inside|within|through|via)\\s+(?:the|your|our)\\s+(?:\\w+\\s+)?order(?!\\s+(?:number|no|id|code)\\b)|\\border\\s+(?:link|system)|pedido|commande|plataforma|plateforme',
    // "The PayPal refund goes through the dispute": the platform's dispute carries the money back. Closing or
    // withdrawing it first ("close the dispute and I refund you by PayPal") is no anchor (see round 11).
    '(?:through|via|with|in)\\s+(?:the|a|your)\\s+dispute\\b|\\b(?:open|file|raise|start)\\s+(?:a|the)\\s+dispute\\b',
    // "check the refund in your PayPal or bank statement": the buyer looks at its own statement, nothing is paid.
    // Only with nothing paid or sent in the clause: "check the statement and send the balance to my account" is a request.
    '(?<!\\b(?:send|pay|paid|transfer|wire|remit)\\w*\\b[^.!?\\n]{0,80})\\b(?:check|see|find|view|verify)\\s+(?:\\S+\\s+){0,6}?(?:statements?|transaction\\s+history|account\\s+history)\\b(?![^.!?\\n]{0,80}\\b(?:send|pay|transfer|wire|remit)\\w*)',
    ...ANCHOR_LATIN_SOURCES,
  ].join('|'),
  'gu',
);
const ANCHOR_OTHER_G = new RegExp(
  [
    // "原路退回到您的支付宝" (refunded the way it was paid, to your Alipay): the platform's refund, not a payment.
    'заказ\\p{L}*|платформ\\p{L}*|信保|信用保障|阿里|花旗|订单|訂單|平台|原路(?:退回|返回|退还|退還)',
    // The platforms named in their own scripts: "在速卖通下单付款", "알리익스프레스 결제창에서", "アリババの注文で".
    '速卖通|速賣通|알리익스프레스|알리바바|アリババ|アリエクスプレス|アリエク',
    ...ANCHOR_OTHER_SOURCES,
  ].join('|'),
  'gu',
);
const PLATFORM_ACCOUNT =
  'account|acct|store|shop|konto|cuenta|tienda|conta|loja|compte|boutique|conto|negozio|hesab\\p{L}*|magaza\\p{L}*|akun|toko|rekening|tai\\s+khoan|cua\\s+hang|konta|sklep';
const PLATFORM_BROKEN_OR_DEARER =
  "esta\\s+com\\s+(?:problema|erro)\\w*|(?<!\\b(?:you|i|we|they|he|she|u)\\s+)(?:tem|tiene|has|have|had|got)\\s+(?:um\\s+|un\\s+|a\\s+|some\\s+|an?\\s+)?(?:problema|problem|issue|error)\\w*|(?:can\\s?not|cannot|can'?t)\\s+(?:be\\s+)?(?:create|created|place|placed|open|opened)\\b|is\\s+down|not\\s+working|doesn'?t\\s+work|no\\s+funciona|nao\\s+funciona|fora\\s+do\\s+ar|дороже|(?:is\\s+)?more\\s+expensive|costs?\\s+more|mas\\s+caro|mais\\s+caro|plus\\s+cher|teurer|piu\\s+caro|drozej|daha\\s+pahali|lebih\\s+mahal|更贵";
const ACCOUNT_FAILS =
  'not\\s+(?:work\\w*|available|active|usable)|(?:is|are|was|has\\s+been|got|been|will\\s+be)\\s+(?:\\w+\\s+)?(?:blocked|frozen|closed|suspended|limited|restricted|locked|banned|closing)|(?:under|in)\\s+(?:review|audit|investigation)|has\\s+(?:a\\s+|some\\s+)?problems?|(?:gerade\\s+|derzeit\\s+|leider\\s+)?nicht|gesperrt|eingefroren|no\\s+(?:funciona|esta\\s+disponible)|bloquead\\w*|congelad\\w*|suspendid\\w*|nao\\s+(?:funciona|esta)|ne\\s+(?:fonctionne|marche)\\s+pas|bloque\\w*|gele\\w*|non\\s+funziona|bloccat\\w*|sospes\\w*|calismiyor|kapat\\w*|kapali|askiya\\w*|diblokir|dibekukan|bermasalah|bi\\s+khoa|zablokowan\\w*|nie\\s+dziala' +
  // Restricted or limited (stop 54): "Alibaba-Konto eingeschränkt", "cuenta restringida", "compte restreint",
  // "conta limitada", "account limitato", "konto ograniczone", "hesabımız kısıtlandı", "akun dibatasi", "bị hạn chế".
  // Stems, not words: the anchor's undoing is read in the 30 characters after it ("-konto ist gerade eingeschr…").
  '|(?:eingeschr\\w*|beschrank\\w*|restringid\\w*|limitad\\w*|restreint\\w*|limite(?:e|s|es)?|limitat\\w*|ristrett\\w*|ograniczon\\w*|kisitla\\w*|kisitli|dibatasi|terbatas|bi\\s+han\\s+che)';
/** An anchor that is negated or about fees does not protect: "not through Alibaba", "Alibaba fees". */
const ANCHOR_UNDONE_BEFORE = new RegExp(
  [
    // "(bukan melalui Alibaba)", "nicht über Alibaba", "não pelo Alibaba", "nie przez Alibabę": a "not" of the other
    // languages read undoes the anchor as "not" does (stop 53).
    '(?:\\b(?:not|no|no need|without|outside|off|instead of|bypass\\w*|skip\\w*|avoid\\w*|sin|sem|fuera|fora|hors|sans|cancel\\w*|cancele|annul\\w*|bukan|tanpa|tidak|tak|jangan|nicht|ohne|nao|nie|bez|khong)\\s+(?:\\w+\\s+){0,3}$)',
    '(?:(?:вне|без|мимо|отмени\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}$)',
    // "wire directly and close the Alibaba order": the platform order named as what to end, not where to pay.
    '(?:\\b(?:close|delete|withdraw)\\s+(?:the|this|that|your|ur|our)\\s+(?:\\w+\\s+)?$)',
    // "不方便走订单" (it is not convenient to go through the order): the order is what is being avoided.
    '(?:不用|不需要|不要|不走|绕过|避开|取消|不必|不方便|不便|没法|沒法|无法|無法|不能|不好|不在|别在|別在|不通过|不通過|不经|不經)\\S{0,4}$',
    // "the commissions of Alibaba", "to avoid Alibaba's fee": the platform is named as what to get round.
    '(?:\\b(?:fees?|charges?|commissions?|commissioni|taxes|impuestos?|impostos?|impots?|steuern|tasse|podatk\\w*|vergi\\w*|pajak|comision(?:es)?|comissao|comissoes|taxas?|tarifas?|frais|gebuhr(?:en)?|provision(?:en)?|komisyon\\w*|masraf\\w*|phi|biaya|potongan|prowizj\\w*|evit\\w*|eviter|vermeid\\w*|umgeh\\w*|spar\\w*|kacin\\w*|tranh|hindari|uniknac|ominac|unikn\\w*)\\s+(?:\\w+\\s+){0,2}$)',
    '(?:(?:комисси|избежа|обойти|обход)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}$)',
    // "better than the platform", "cheaper than Alibaba": the platform is what the request is compared with.
    // "mais rápido do que pela plataforma", "plus rapide que", "schneller als", "sneller dan", "szybciej niż".
    '(?:\\b(?:better|cheaper|faster|quicker|safer|easier|mejor|mas\\s+(?:barato|rapido|facil)|melhor|mais\\s+(?:barato|rapido|facil|seguro)|mieux|moins\\s+cher|plus\\s+(?:rapide|simple|facile)|besser|billiger|schneller|einfacher|gunstiger|meglio|piu\\s+(?:economico|veloce|rapido|facile)|lepiej|taniej|szybciej|prosciej|beter|goedkoper|sneller|makkelijker|daha\\s+(?:iyi|ucuz)|tot\\s+hon|re\\s+hon|lebih\\s+(?:murah|baik))\\s+(?:than|que|do\\s+que|als|dan|che|niz|di|dari|so\\s+voi|hon)\\s+(?:\\w+\\s+){0,2}$)',
    // "it is same like alibaba but lower fee", "works just like Alibaba": the platform named as a likeness.
    '(?:\\b(?:same|similar|just|exactly|much)\\s+(?:like|as|to)\\s+(?:the\\s+)?$)',
    '(?:(?:дешевле|лучше|быстрее)\\s+(?:чем\\s+)?(?:\\p{L}+\\s+){0,2}$)|(?:(?:أفضل|افضل|أحسن|احسن|أرخص|ارخص)\\s+من\\s*$)|(?:比\\S{0,3}$)',
    '(?:رسوم|عمول\\p{L}*|لتجنب|تجنب)\\s*(?:\\S+\\s+){0,2}$',
    // Thai, folded as normalise folds it: "ค่าธรรมเนียมแพลตฟอร์ม" (the platform's fee), "ไม่ผ่าน…", "เลี่ยง…" (avoid),
    // "ถูกกว่าสั่งผ่านแอป" (cheaper than ordering in the app: what the request is compared with).
    '(?:คาธรรมเนยม|คาคอมมชชน|คาบรการ|ไมตองผาน|ไมผาน|เลยง|หลกเลยง|นอก|ถกกวา|ดกวา|เรวกวา|คมกวา)\\S{0,6}$',
    '(?:手续费|手續費|佣金|避免|避開|手数料|避け|수수료|피하)\\S{0,4}\\s?$',
    // "el próximo pedido me lo pagas por PayPal", "la prochaine commande": a later order, named as what the money
    // is for, not the platform order where it is paid (Portuguese "novo pedido" stays: often the platform's own).
    '(?:\\b(?:proxim[oa]s?|siguientes?|prochaines?|prossim[oa]|prossime)\\s+$)|' +
      // "Для оптовых заказов мы работаем по предоплате на карту", "for bulk orders": the kind of order the terms are
      // for; "eu libero o pedido hoje": the order the seller releases. Neither is where the money is paid.
      '(?:(?<![\\p{L}])для\\s+(?:\\p{L}+\\s+)?$)|(?:\\bfor\\s+(?:wholesale|bulk|large|big|small|future|next|new|repeat)\\s+$)|(?:\\b(?:libero|liberamos|envio|enviamos|mando|despacho|despachamos|preparo|separo)\\s+(?:o|el|la|a)\\s+$)',
    // "para este pedido, pague por Western Union": the order is what the money is for, not where it is paid.
    '(?:\\b(?:for|para|pour|fur)\\s+(?:this|that|este|esta|ese|esse|essa|ce|cette|diese[nmrs]?)\\s+$)',
    // "we note it in the order as paid": the order only records a payment made elsewhere.
    '(?:\\b(?:note|notes|noted|write|writes|written|mark|marks|marked|record|records|recorded|remark|vermerk\\w*|notier\\w*|anot\\w*|not(?:ons|amos)|segn\\w*|zaznacz\\w*|catat|ghi\\s+chu)\\s+(?:\\S+\\s+){0,4}$)',
    ...UNDONE_BEFORE_SOURCES,
  ].join('|'),
  'u',
);
const ANCHOR_UNDONE_AFTER = new RegExp(
  [
    // "平台这边付不了" (the platform cannot take the payment): the platform is named as what fails.
    '^\\S{0,4}(?:付不了|付不進|付不进|不能付|无法付|無法付|用不了|不能用|收不了|不方便)',
    // "速卖通下单太麻烦" (ordering on AliExpress is too much trouble), "결제창 닫고 / 결제 화면에서 나가서" (close or leave
    // the payment window): the platform named as what to get away from.
    '^\\S{0,6}(?:太麻烦|太麻煩|麻烦|麻煩|太贵|太貴|太慢|费事|費事)|^\\S{0,4}\\s?(?:나가|닫고|닫아|말고|대신|밖에서|없이)',
    "^\\S*\\s*(?:'s\\s+)?(?:fee|fees|charge|charges|commission|手续费|手續費|佣金|费用|費用|抽成|抽佣|扣点|扣點|收费|收費|手数料|수수료)",
    // Stop 49: a postposition typed between the platform and its fee ("Alibaba te charge beshi", "Alibaba ki fees zyada
    // hai") and the fee in Swedish, Greek, Swahili, Hungarian, Romanian, Hebrew, Persian, Urdu and Bengali ("আলিবাবায়
    // ফি অনেক বেশি", "کارمزد علی‌بابا").
    '^[-\\s]*(?:\\p{L}+\\s+)?(?:gebuhr|provision|komisyon|ucret|masraf|phi|biaya|prowizj|commission|comision|comissao|taxa|frais|手数料|수수료|رسوم|عمول|комисси|charges?\\b|fees?\\b|avgift|προμήθει|χρέωσ|ada\\b|makato|kamisheni|jutalek|dij\\b|dija\\b|dijai|dijak|comision|עמל|کارمزد|فیس|چارج|کمیشن|ফ(?![\\p{L}])|চরজ|কমশন)',
    // "unser Alibaba-Konto funktioniert gerade nicht", "our Alibaba store is blocked": the platform's own account is
    // named as what fails, which is the story that comes before new payment details.
    `^[-\\s]*(?:${PLATFORM_ACCOUNT})\\s+(?:\\p{L}+\\s+){0,3}?(?:${ACCOUNT_FAILS})`,
    // "our Trade Assurance limit is full this month", "Alibaba's monthly quota is reached", "limit na Alibabě je
    // vyčerpaný", "лимит по Trade Assurance исчерпан": the platform named as what has no room left, which is the
    // story told before another way to pay (stop 47).
    `^[-\\s]*(?:'s\\s+)?(?:\\p{L}+\\s+){0,2}?(?:limit\\w*|quota|kvot\\w*|keret\\w*|лимит\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:full|reached|exceeded|used\\s+up|maxed(?:\\s+out)?|over|lleno|alcanzado|excedido|atingido|esgotado|atteint|depasse|erreicht|uberschritten|ausgeschopft|voll|raggiunto|superato|esaurito|wyczerpan\\w*|przekroczon\\w*|osiagniet\\w*|vycerpan\\w*|prekrocen\\w*|dosazen\\w*|dosiahnut\\w*|plny|betelt|kimerult|tullepve|dolu|doldu|asildi|penuh|habis|исчерпан\\p{L}*|превышен\\p{L}*|достигнут\\p{L}*|вичерпан\\p{L}*|изчерпан\\p{L}*)`,
    // "o boleto do Alibaba está com problema", "Alibaba is down", "через площадку дороже": the platform named as
    // what fails or costs more.
    `^[-\\s]*(?:\\p{L}+\\s+){0,2}?(?:${PLATFORM_BROKEN_OR_DEARER})`,
    // "la plateforme prend 10 %", "la piattaforma trattiene una commissione", "Allegro pobiera prowizję": the
    // platform named as what keeps a cut, which is the reason given for paying elsewhere.
    '^[-\\s]*(?:\\p{L}+\\s+)?(?:takes|charges|keeps|prend|prennent|preleve\\p{L}*|garde|retient|cobra|cobran|se\\s+queda|se\\s+lleva|retiene|trattiene|trattengono|si\\s+prende|prende|si\\s+tiene|verlangt|kassiert|nimmt|behalt|berechnet|zieht|pobiera|bierze|zabiera)\\s+(?:\\p{L}+\\s+){0,3}?(?:\\d+\\s?%|\\d+\\s?(?:prozent|por\\s?ciento|pour\\s?cent|per\\s?cento|procent|percent)|commission|comision|commissione|gebuhr|provision|prowizj|frais|fee|cut|percentuale|porcentaje|pourcentage)',
    // "para pedidos pequenos, o pagamento…", "pour les commandes de moins de 100 €", "pedidos grandes": a kind of
    // order the terms are for, not the order page the money is paid on (the English "for small orders" above).
    '^s\\s+(?:pequen\\w*|grandes?|menor\\w*|maior\\w*|mayor\\w*|petit\\w*|grosses?|urgent\\w*|inferior\\w*|superior\\w*|(?:de|con|com)\\s+(?:menos|mais|mas|moins|plus|valor|montant|importe)\\b|(?:acima|abaixo|encima|debajo|au-dessus|en\\s+dessous)\\b)',
    ...UNDONE_AFTER_SOURCES,
  ].join('|'),
  'u',
);

/** English/Spanish "no" negates, but Portuguese "no" means "in the" ("me chama no zap", "pague no pedido"). */
/**
 * "No" as a word of refusal. After a word that is numbered ("whatsapp no.", "phone no", "order no. 55") it is the
 * abbreviation of "number".
 */
// Portuguese "no" (in the) after a verb of calling or writing, or a call ("chame no WhatsApp", "fale no Telegram",
// "videochamada no WhatsApp"): the place of the talk, even in a message too short to read as Portuguese (stop 53).
const NO =
  /(?<!\b(?:whats\s?app|wa|phone|mobile|cell|contact|tel|telephone|wechat|viber|telegram|line|account|acc|a\/c|order|invoice|model|item|ref|serial|tracking|po|pi|container|part|batch|lot|chame|chama|chamem|fale|falem|ligue|liga|ligar|escreva|escrevam|adicione|adiciona|videochamadas?|chamadas?|ligacao|ligacoes|conversamos|falamos)\s?)\bno\b(?!\s+(?:problem|worr\w*|doubt))/;
const PORTUGUESE =
  /\b(?:voce|voces|nao|meu|minha|nosso|nossa|pelo|pela|obrigad\w*|tambem|entao|conta|pagamento|pra|fale|chama|mande|manda|zap|pix|direto|seu|sua)\b/;
/**
 * Words Spanish has and Portuguese spells otherwise ("otra" / "outra", "cuenta" / "conta", "una" / "uma"): a message
 * holding them is Spanish, where "no" refuses ("No mande a otra cuenta"), even when it shares a verb with Portuguese.
 */
const SPANISH_ONLY =
  /\b(?:cuentas?|otr[oa]s?|usted(?:es)?|una|pero|gracias|senor\w*|nuestr[oa]s?|el|los|las|hay|tiene)\b/;

/**
 * A benefit phrased with a negation is not a refusal: "no fee", "không mất phí", "senza commissioni",
 * "без комиссии", "手数料がかかりません" sell the request rather than cancel it.
 */
const NO_FEE = new RegExp(
  [
    "\\b(?:no|without|zero|free\\s+of|not\\s+(?:pay|lose)|(?:don'?t|do\\s+not|won'?t|will\\s+not|never)\\s+(?:have\\s+to\\s+)?pay)\\s+(?:any\\s+|extra\\s+|the\\s+)?(?:\\w+\\s+)?(?:fees?|commissions?|charges?|tax(?:es)?)\\b",
    '\\b(?:para\\s+)?nao\\s+(?:ter|pagar|haver)\\s+(?:nenhuma\\s+)?taxa\\w*|\\bpara\\s+no\\s+(?:pagar|tener)\\s+comision\\w*|\\bpour\\s+ne\\s+pas\\s+payer\\s+(?:de\\s+)?frais\\b',
    '\\b(?:khong\\s+(?:mat|ton|co)\\s+(?:phi|tien)|tidak\\s+(?:ada|kena)\\s+(?:biaya|potongan|admin)|tanpa\\s+biaya|senza\\s+commission\\w*|bez\\s+prowizj\\w*|sin\\s+comision\\w*|sem\\s+taxa\\w*|sans\\s+frais)\\b',
    '\\b(?:(?:que\\s+)?nao\\s+(?:tem|ha|cobra)\\s+(?:nenhuma\\s+)?taxa\\w*|no\\s+(?:tiene|hay|cobra)\\s+comision\\w*|pas\\s+de\\s+frais|(?:keine|ohne)\\s+(?:\\w+\\s+)?gebuhr\\w*|komisyon(?:suz|\\s+yok)|ucretsiz|masrafsiz|non\\s+(?:ci\\s+sono|paghi)\\s+commission\\w*|nie\\s+ma\\s+prowizji)\\b',
    'بدون\\s+(?:رسوم|عمول\\p{L}*)|لا\\s+(?:توجد\\s+)?(?:رسوم|عمول\\p{L}*)',
    '(?<![\\p{L}])(?:без|никак\\p{L}*)\\s+комисси\\p{L}*|(?<![\\p{L}])(?:без|жодн\\p{L}*)\\s+комісі\\p{L}*',
    // Thai, folded: "ไม่ต้องเสียค่าธรรมเนียม" (no fee to pay), "ไม่มีค่าธรรมเนียม" (there is no fee).
    '(?:ไมตองเสยคา|ไมเสยคา|ไมมคาธรรมเนยม|ไมตองจายคา|ไมมคา)\\S{0,12}',
    '手数料\\S{0,4}(?:ません|なし|無料)|수수료\\s?(?:없이|없어요|없습니다|무료)|不收手续费|免手续费|没有手续费|沒有手續費',
    // Stop 50: a trouble denied praises the way to pay, it refuses nothing: "we never had a problem with PayPal", "no
    // issues using Wise", "nunca tuvimos problemas con", "jamais eu de problème", "nie Probleme mit", "mai avuto
    // problemi", "tidak pernah ada masalah", "никогда не было проблем", "从来没有问题", "hiç sorun yaşamadık".
    "\\b(?:never|not|no|without|didn'?t|don'?t|haven'?t|hasn'?t|hadn'?t)\\s+(?:\\w+\\s+){0,3}?(?:problems?|issues?|troubles?|complaints?)\\b",
    '\\b(?:nunca|jamas|jamais|nie|mai|tidak\\s+pernah|hic)\\s+(?:\\w+\\s+){0,3}?(?:problemas?|problemes?|probleme[n]?|problemi|masalah|sorun\\w*)\\b',
    '\\b(?:sin|sem|sans|ohne|senza|tanpa|ningun|nenhum|aucun|keine?|nessun)\\s+(?:\\w+\\s+)?(?:problemas?|problemes?|probleme[n]?|problemi|problema|masalah)\\b|\\bsorunsuz\\b',
    '(?<![\\p{L}])(?:никогда\\s+не\\s+было|не\\s+было|нет|без)\\s+(?:\\p{L}+\\s+)?проблем\\p{L}*|(?:从来|從來)?(?:没有|沒有|没|沒)(?:出过|出過|遇到过|遇到過)?(?:任何)?问题|問題',
  ].join('|'),
  'gu',
);

/**
 * A purpose phrased with a negation sells the request, it does not refuse it: "to not delay your shipment, pls wire
 * to…", "para no retrasar el envío", "pour ne pas bloquer la production", "чтобы не задерживать отгрузку", "为了不耽误
 * 发货" (modelled on the "account under audit" scripts of supplier-fraud write-ups).
 */
const PURPOSE_NOT = new RegExp(
  [
    '\\b(?:(?:so\\s+as|in\\s+order)\\s+)?(?:to\\s+not|not\\s+to)\\s+(?:\\w+\\s+)?(?:delay|miss|lose|hold\\s+up|keep\\s+you\\s+waiting|affect|block|stop|postpone)\\w*',
    "\\bso\\s+(?:that\\s+)?(?:\\w+\\s+){0,2}?(?:won'?t|will\\s+not|wouldn'?t|doesn'?t|don'?t)\\s+(?:be\\s+|get\\s+)?(?:delay|miss|lose|affect|block|stop|postpone)\\w*",
    '\\bpara\\s+(?:no|nao)\\s+(?:retras|demor|perder|afect|afet|atras|bloque|trav|parar)\\w*|\\bpour\\s+ne\\s+pas\\s+(?:retard|bloqu|perdre|ralenti|arret)\\w*|\\bper\\s+non\\s+(?:ritard|perder|blocc|ferm)\\w*',
    '\\bum\\s+(?:\\w+\\s+){0,3}?nicht\\s+zu\\s+(?:verzoger|verlier|blockier|gefahrd)\\w*|\\bagar\\s+(?:tidak|tak|nggak|gak)\\s+(?:terlambat|tertunda|telat)\\w*|\\bde\\s+khong\\s+(?:bi\\s+)?(?:tre|cham)\\b',
    '(?<![\\p{L}])чтобы\\s+не\\s+(?:задерж|теря|опазд|сорв|сдвига|затягива)\\p{L}*|(?<![\\p{L}])щоб\\s+не\\s+(?:затрим|втрат)\\p{L}*',
    '(?:为了|為了)?(?:不耽误|不耽誤|不延误|不延誤|不影响|不影響)',
  ].join('|'),
  'gu',
);

/**
 * "If you do not pay by tomorrow…", "se não pagar até amanhã", "ödemezseniz": the "not" of a condition is the
 * threat itself, not a refusal. Blanked before the negation test for phrases marked `threat` (urgency).
 */
const CONDITIONAL_NOT = new RegExp(
  [
    "\\b(?:if|unless)\\s+(?:you\\s+|u\\s+)?(?:do\\s+not|don'?t|dont|didn'?t|cannot|can'?t|cant|are\\s+not)\\b",
    "\\b(?:se|si)\\s+(?:voce\\s+|usted\\s+|vous\\s+|tu\\s+)?(?:nao|no|non|n'|ne)\\b",
    '\\bwenn\\s+(?:\\w+\\s+){0,4}?nicht\\b|\\b(?:jesli|jezeli)\\s+(?:\\w+\\s+)?nie\\b|\\bneu\\s+(?:\\w+\\s+)?khong\\b',
    '\\b(?:kalau|jika|kalo|bila)\\s+(?:\\w+\\s+)?(?:tidak|nggak|gak|ga|belum)\\b|\\b\\w+m[ae]z(?:sa|san)\\w*\\b',
    '(?<![\\p{L}])если\\s+(?:\\p{L}+\\s+)?не(?![\\p{L}])|(?:إذا|اذا|إن|ان)\\s+لم',
    '如果不|要是不|不然|否则|否則|しないと|しなければ|ないと|ない場合|なければ|않으면|(?:안|못)\\s?\\S{0,6}면',
  ].join('|'),
  'gu',
);

function testConditional(clause: string): boolean {
  CONDITIONAL_NOT.lastIndex = 0;
  return CONDITIONAL_NOT.test(clause);
}

/**
 * "…to our export agent, because we have no export licence", "porque no podemos recibir dólares": the reason
 * given after a request is the story behind it, and its "no" does not refuse the request. Only what follows the
 * match is cut (a "not" before it still counts). The mark " ~ " stands where the match was (clauseWithout).
 */
const REASON_AFTER =
  /\b(?:because|becoz|bcoz|bcz|coz|cuz|since|porque|pois|parce\s+qu\w*|weil|perche|poiche|cunku|karena|soalnya|bo|poniewaz|if|unless|in\s+case|wenn|falls|jesli|jezeli|eger|kalau|jika)\b|因为|因為|由于|由於|ので|から|때문|потому\s+что|так\s+как|если|如果|要是|لأن|لان/u;
function withoutReasonAfter(raw: string): string {
  const mark = raw.indexOf(' ~ ');
  if (mark < 0) return raw;
  const after = raw.slice(mark);
  const cut = REASON_AFTER.exec(after);
  return cut ? raw.slice(0, mark + cut.index) : raw;
}

export function isNegated(tc: TextContext, start: number, end: number, threat = false): boolean {
  if (negatedInClause(tc, start, end, threat)) return true;
  // "We never accept Western Union, MoneyGram, crypto or PayPal F&F": a later item of a refused list.
  return !threat && isRefusedListItem(tc, start, end, (s, e) => negatedInClause(tc, s, e, false));
}

/**
 * "(no por Alibaba)", "(bukan melalui Alibaba)", "nicht über die Plattform": the "not" refuses the platform as the way,
 * which is the request itself, not a refusal of it (stop 53). Blanked before a clause's negation is looked for.
 */
const NOT_VIA_PLATFORM =
  /\b(?:not|no|nicht|nao|non|nie|bukan|tidak|tak|jangan|khong)\s+(?:\w+\s+)?(?:via|through|thru|por|pelo|pela|uber|par|tramite|przez|melalui|lewat|qua)\s+(?:(?:the|la|el|o|a|die|den|l')\s*)?(?:alibaba|aliexpress|platform\w*|plataforma|plateforme|plattform|piattaforma|trade\s+assurance)\b/gu;

function negatedInClause(tc: TextContext, start: number, end: number, threat: boolean): boolean {
  // "ระบบแอปมีปัญหาชำระเงินไม่ได้": the platform's fault carries its own "not" — but in "paying outside the platform
  // doesn't work" what fails is paying outside, a refusal (the match may have taken "outside" with it).
  const wrapped = clauseWithout(tc, start, end);
  // The clause is cut from the message: with none of the phrase's words in it, the clause has none (literal-prefilter.ts).
  const kept =
    mayMatchInMessage(tc, OUTSIDE_THE_PLATFORM) &&
    OUTSIDE_THE_PLATFORM.test(tc.norm.text.slice(...clauseRange(tc, start, end)))
      ? wrapped
      : withoutPlatformComplaints(wrapped);
  // Searched only when the message holds its words (a platform's name, "via"…): most hold none (literal-prefilter.ts).
  const raw = mayMatchInMessage(tc, NOT_VIA_PLATFORM)
    ? kept.replace(NOT_VIA_PLATFORM, (m) => ' '.repeat(m.length))
    : kept;
  // Most clauses hold no negation at all: one test each, and the fee phrases are never looked for.
  if (!negationIn(raw, tc) && !NO.test(raw)) return false;
  // A threat ("if you do not pay today we cannot keep the price") carries its own "not"s.
  if (threat && testConditional(raw)) return false;
  const clause = withoutReasonAfter(raw).replace(NO_FEE, ' ').replace(PURPOSE_NOT, ' ');
  if (negationIn(clause, tc)) return true;
  // Once per message: testing the whole text at every hit made a long message quadratic.
  return (
    NO.test(clause) &&
    !once(tc, 'portuguese', () => PORTUGUESE.test(tc.norm.text) && !SPANISH_ONLY.test(tc.norm.text))
  );
}

/**
 * "Pague con Yape en la misma app, a mi número 987…": "the same app" is the wallet's own app when the sentence goes
 * on to a number or an account of the writer's, not the platform's app the buyer is in.
 */
const SAME_APP_TO_A_PERSON =
  /\b(?:no|na|en\s+la|en\s+el)\s+(?:propri[oa]|propi[oa]|mism[oa])\s+(?:app|aplicativo|aplicacion)\b[^.!?\n]{0,40}?\b(?:a|al|para|pour|au|no|na|em)\s+(?:mi|mis|meu|minha|mon|ma|mes|nuestr\w*|noss\w*|notre)\s+(?:\w+\s+)?(?:numero|cuenta|conta|compte|celular|telefono|telephone|movil|chave)\b/u;

export function isAnchoredToPlatform(tc: TextContext, start: number, end: number): boolean {
  if (SAME_APP_TO_A_PERSON.test(tc.norm.text.slice(...sentenceRange(tc, start, end)))) return false;
  // "Pagamento só pelo Mercado Pago, o dinheiro fica retido até você confirmar": the platform's own service.
  if (isPlatformOwnService(tc, start, end)) return true;
  // "The refund goes back to the same method, PayPal or card": the wallet is the buyer's own method, paid back to.
  if (refundListedAt(tc, start, end)) return true;
  // "ชำระเงินเรียบร้อยแล้วผ่านระบบ ค่าส่งโอนเข้าบัญชีส่วนตัว": a platform named before the part that asks for a personal or
  // another account speaks of the earlier payment; only an anchor in the request's own part covers it.
  if (namesOwnPayee(tc.norm.text.slice(start, end))) {
    const whole = clauseWithout(tc, start, end);
    const part = requestPart(whole);
    if (part.length < whole.length) {
      const own = fromRemainder(part);
      return (
        anchoredBy(ANCHOR_LATIN_G, own, tc) || (NON_LATIN.test(own) && anchoredBy(ANCHOR_OTHER_G, own, tc))
      );
    }
  }
  // "40 % über Alibaba zahlen und die restlichen 60 % per Wise": the anchor before "the rest" pays the first part.
  const clause = fromRemainder(clauseWithout(tc, start, end));
  if (
    anchoredBy(ANCHOR_LATIN_G, clause, tc) ||
    (NON_LATIN.test(clause) && anchoredBy(ANCHOR_OTHER_G, clause, tc))
  )
    return true;
  if (clause.length < clauseWithout(tc, start, end).length) return false;
  if (buyerPlacesOrder(tc, start, end)) return true;
  // Every reading below but "it" taken to the checkout stands on an anchor found in the message (anchoredBy, or
  // previousAnchored which asks it): with none of the anchors' words anywhere in it (literal-prefilter.ts), none can
  // stand, and their clause cuts and list readings are not worked out at every hit.
  if (!mayMatchInMessage(tc, ANCHOR_LATIN_G) && !mayMatchInMessage(tc, ANCHOR_OTHER_G))
    return nextClauseTakesIt(tc, start, end);
  // "…pay on the Alibaba checkout? It supports PayPal now": a clause that only says what "it" accepts speaks
  // of the payment place named just before.
  if (
    CONTINUES_ANCHOR.test(tc.norm.text.slice(...clauseRange(tc, start, end))) &&
    previousAnchored(tc, start)
  )
    return true;
  // "请在阿里订单链接里付，信用卡或PayPal都可以" / "주문 링크에서 결제해 주세요. 카드나 페이팔 모두 가능합니다" / "…من رابط
  // الطلب، بالبطاقة أو باي بال عند الدفع": a short clause that only says which methods are accepted speaks of the
  // payment place named just before.
  // "…Card or PayPal, both are fine": the words of acceptance may close the list in a clause of their own.
  const own = tc.norm.text.slice(...clauseRange(tc, start, end));
  if (
    own.length <= 60 &&
    !ACCOUNT_WORD.test(own) &&
    !ASKS_OF_ITS_OWN.test(own) &&
    (METHODS_ACCEPTED.test(own) || nextClauseAccepts(tc, start, end)) &&
    previousAnchored(tc, start)
  )
    return true;
  // "Pay on the Alibaba order page, just select PayPal there" / "it is in the AliExpress checkout, just choose PayPal
  // when you pay the order": a clause that only picks one of the checkout's methods picks it where the payment was
  // just placed.
  if (
    own.length <= 70 &&
    !ACCOUNT_WORD.test(own) &&
    !ASKS_OF_ITS_OWN.test(own) &&
    CHOOSES_METHOD.test(own) &&
    isCheckoutMethod(own) &&
    previousAnchored(tc, start)
  )
    return true;
  // "I created the sample order on Alibaba. On the payment screen you can also choose PayPal" / "お支払い画面でPayPalも選べ
  // ます": the payment screen of the order just named is the platform's own (stop 54), unless the clause makes it the
  // seller's ("our payment page", a site, a link) or asks anything of its own.
  if (
    PAYMENT_SCREEN.test(own) &&
    !SCREEN_OF_THE_SELLER.test(own) &&
    !ACCOUNT_WORD.test(own) &&
    !ASKS_OF_ITS_OWN.test(own) &&
    isCheckoutMethod(own) &&
    previousAnchored(tc, start)
  )
    return true;
  // "…the rest also on the Alibaba order page. Card or PayPal.": a sentence that is only a list of the checkout's
  // methods names how to pay at the place the sentence before anchored.
  if (bareCheckoutList(tc, start, end) && previousAnchored(tc, start)) return true;
  // "付款方式:信用卡、T/T、PayPal,均在阿里巴巴订单内支付" / "PayPal or card, all through the Alibaba order":
  // a clause that says "all of them" on the platform covers the list before it.
  if (nextClauseCoversAll(tc, start, end)) return true;
  // "If you prefer PayPal, you can choose it at the Alibaba checkout": the next clause takes "it" there.
  if (nextClauseTakesIt(tc, start, end)) return true;
  // "Sie können per PayPal, Kreditkarte oder Überweisung auf der Bestellseite bezahlen": the list goes on after
  // the comma and its last clause names where all of it is paid.
  if (listGoesOnToAnchor(tc, start, end)) return true;
  // "Il pagamento si fa solo dal pulsante 'Paga ora' nell'ordine: carta, PayPal o Google Pay": the methods listed
  // after a colon belong to the payment place named before it.
  if (listAfterAnchoredColon(tc, start, end)) return true;
  // "…the checkout supports Visa, Mastercard and also PayPal": the last items of a list belong to the clause
  // that opened it.
  const before = listOpener(tc, start, end);
  if (before === null) return false;
  if (
    anchoredBy(ANCHOR_LATIN_G, before, tc) ||
    (NON_LATIN.test(before) && anchoredBy(ANCHOR_OTHER_G, before, tc))
  )
    return true;
  // "Pay the deposit on Alibaba and the rest also there, card or PayPal": a remainder said to go the same way as the
  // first part ("also", "too", "the same", "también", "ebenfalls", "也") is paid where the first part was.
  // "付款请在阿里巴巴订单页面完成,支持信用卡、PayPal和T/T": the list opened by "it supports" after the anchored clause.
  if (CONTINUES_ANCHOR.test(before)) {
    const openerStart = clauseRange(tc, start, end)[0] - 1 - before.length;
    if (previousAnchored(tc, openerStart)) return true;
  }
  return SAME_WAY_REMAINDER.test(before) && previousAnchored(tc, start - before.length - 2);
}

/**
 * A remainder paid like the first part: "the rest also there", "el resto también", "den Rest ebenfalls", "尾款也" —
 * not "the rest also to me / directly", which names another payee.
 */
const SAME_WAY_REMAINDER =
  /^\s*(?:(?:and|y|e|et|und|i|ve|dan|va)\s+)?(?:the\s+|el\s+|lo\s+|o\s+|le\s+|den\s+|die\s+|il\s+)?(?:rest|remaining|remainder|balance|resto|restante|saldo|reste|solde|restbetrag|restzahlung|rimanente|saldo|kalan\w*|sisa\w*|con\s+lai|reszt\w*)\b(?:\s+\S+)?\s+(?:also|too|as\s+well|the\s+same(?:\s+way)?|same\s+way|tambien|tambem|aussi|de\s+meme|ebenfalls|auch|genauso|anche|allo\s+stesso\s+modo|da|de|juga|cung|tez|rowniez)\b(?![^,]*\b(?:me|us|my|our|mi|nuestr\w*|mich|uns|moi|nous|directly|direct\w*|personal|private)\b)[^,]{0,40}$|(?:尾款|余款|剩下的?|剩余|残金|残り|잔금|나머지)\S{0,2}(?:也|同样|同樣|も|도)(?!\S{0,4}(?:给我|給我|直接|私人|个人|個人|私に|직접|저에게))/u;

/**
 * The hit's sentence is a list of the checkout's own methods and nothing else ("Card or PayPal.", "Visa, Mastercard
 * or PayPal"): no verb, no account, no payee, no remainder. Western Union, a transfer or "to me" make it no such list.
 */
const LIST_WORDS = /^[\s,/&.!]*(?:[a-z]+(?:[\s,/&.!]+|$)){1,6}$/u;
function bareCheckoutList(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  if (a === 0) return false;
  const sentence = tc.norm.text.slice(a, b);
  if (sentence.length > 50 || !LIST_WORDS.test(sentence) || !LIST_AND.test(sentence)) return false;
  // "PayPal or bank.": a bare "bank" is a transfer to the seller's own bank, not the checkout's bank card.
  if (BARE_BANK.test(sentence)) return false;
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  // Every word a method's, or "or/and": "card or paypal", "visa, mastercard or paypal".
  return (
    words.every((w) => LIST_AND.test(` ${w} `) || isCheckoutMethod(w) || METHOD_PART.test(w)) &&
    isCheckoutMethod(sentence)
  );
}
const BARE_BANK = /\bbank\b(?!\s+(?:cards?|transfer)\b)/iu;
/** Words that belong to a checkout method's name: "credit card", "apple pay", "master card". */
const METHOD_PART = /^(?:credit|debit|bank|apple|google|pay|master|card|cards|american|express|online)$/u;

/** A few short names between commas, slashes and "or/and": a list of methods and nothing else. */
const SHORT_LIST = /^[^.!?。！？\n:：]{0,70}$/u;
function listAfterAnchoredColon(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const sentence = sinceSentenceStart(text.slice(Math.max(0, start - 160), start));
  const colon = Math.max(sentence.lastIndexOf(':'), sentence.lastIndexOf('：'));
  if (colon < 0) return false;
  const rest = text.slice(end, end + 80);
  const stop = SENTENCE_AFTER.exec(rest);
  const list = `${sentence.slice(colon + 1)} ${stop ? rest.slice(0, stop.index) : rest}`;
  if (!SHORT_LIST.test(list) || list.trim().split(/\s+/).length > 10) return false;
  if (ACCOUNT_WORD.test(list) || ASKS_OF_ITS_OWN.test(list) || INSTRUCTION.test(list)) return false;
  const opener = sentence.slice(0, colon);
  return (
    anchoredBy(ANCHOR_LATIN_G, opener, tc) ||
    (NON_LATIN.test(opener) && anchoredBy(ANCHOR_OTHER_G, opener, tc))
  );
}

/** "All (of them)" opening a clause, in the languages read. */
const ALL_OF_THEM =
  /^\s*(?:(?:均|都|全部|一律|皆)|(?:all|both|each)\s+(?:of\s+them\s+)?(?:\w+\s+){0,2}?(?:through|via|in|on|inside|at|within)\b|(?:todos|todas|todo|tudo|tous|toutes|tout|alle|alles|allemaal|allebei|allen|alla|allt|allihop|kaikki|tutti|tutte|tutto|wszystkie|wszystko|hepsi|tumu|semua|tat\s+ca|minden|mindegyik|vsechn[ya]|vse|vsetk[ya]|vsetko|toate)\b|(?:все|усі|всі|всички|всичко|全て|すべて|모두|전부|كلها|كله|جميعها|सब\s+कुछ|सभी|सब|הכל|הכול|כולם|όλα|όλες|همه)(?![\p{L}\p{M}]))/u;
/**
 * "…, allt via Alibaba tar för lång tid" (everything via Alibaba takes too long), "all through Alibaba is too slow",
 * "alles über Alibaba dauert zu lange": "all" there is a complaint of the platform, not where the methods are paid.
 */
const TAKES_TOO_LONG =
  /\b(?:takes?|taking|tar|tager|tek|duurt|dauert|tarda|demora|prend|ci\s+mette|trwa)\s+(?:\w+\s+){0,2}?(?:too|for|alt\s+for|altfor|te|zu|demasiado|muito|trop|troppo|zbyt|za)\s+(?:long\w*|lang\w*|lenge|tempo|tiempo|temps|dlugo)\b|\b(?:too|for|alt\s+for|altfor|te|zu|trop|troppo|demasiado|muy|muito|zbyt|za)\s+(?:slow|expensive|complicated|long|langsam|langsamt|trogt|sakte|dyrt?|dure|teuer|duur|traag|omslachtig|caro|cara|lento|lenta|lent|cher|compliqu\w*|costoso|drogo|wolno|krangligt|omstandligt|komplicerat|kompliziert)\b|\b(?:is|are)\s+(?:a\s+)?(?:hassle|pain|nightmare)\b/u;
/** "…, all at the checkout of our own website": the seller's own shop, not the platform's checkout (red team, stop 56). */
const OWN_SITE =
  /\b(?:our|my|nuestra|nuestro|mi|notre|mon|ma|unser\w*|mein\w*|nossa|nosso|minha|meu|nostro|nostra|mio|mia)\s+(?:own\s+|propi[ao]\s+|propre\s+|eigene\w*\s+)?(?:web\s?site|site|shop|store|sitio|tienda|boutique|webshop|loja|negozio)\b|\bwww\./u;
/** The seller's own or a private account: a possessive or "private / personal" beside the account word. */
const OWN_OR_PRIVATE =
  /\b(?:my|mitt|min|mina|mit|mijn|mein\w*|mi|mis|meu|minha|mon|ma|moj\w*|muj|our|vart|vara|vor|vores|onze|unser\w*|nuestr\w*|noss[oa]s?|notre|nos|nostr\w*|nasz\w*|nas|privat\w*|private|personal\w*|personlig\w*|persoonlijk\w*|personnel\w*|osobni\w*|prywatn\w*|privad\w*|privat[oa]|soukrom\w*)\b|(?<![\p{L}])(?:мой|мою|мій|наш\p{L}*|личн\p{L}*|особист\p{L}*)(?![\p{L}])|שלי|שלנו|פרטי|मेरे|मेरा|हमारे|निजी|ο\s+λογαριασμος\s+μου|我的|私人|个人|個人/u;
/**
 * "…, only on the AliExpress payment page", "…, solo en la página de pago", "…, тек AliExpress төлем бетінде": a clause
 * opening with "only" that names the platform says where the payment just named is made.
 */
const ONLY_THERE =
  /^\s*(?:(?:只|仅|僅)(?:在|通过|通過|走)?\S{0,4}?(?:阿里|平台|订单|訂單|付款页|付款頁)|(?:only|solo|solamente|unicamente|apenas|so|somente|uniquement|seulement|nur|soltanto|tylko|sadece|hanya|только|лише|тек)\s+(?:(?:on|in|at|through|via|en|por|pelo|pela|no|na|sur|dans|par|auf|uber|im|su|nel|nella|tramite|przez|w|на|в|через|у|di|lewat|melalui)\s+(?:(?:the|la|el|o|a|le|les|die|der|dem|den|il|lo)\s+)?(?:\p{L}+\s+){0,2}?|(?:(?:the|la|el|o|a|le|les|die|der|dem|den|il|lo)\s+)?)(?:aliexpress|alibaba|platform\w*|plataforma|plateforme|plattform|checkout|pagina|page|seite|bestellseite|order\w*|pedido|commande|bestellung|ordine|страниц\p{L}*|сторінц\p{L}*|заказ\p{L}*|замовлен\p{L}*|төлем|тапсырыс\p{L}*))/u;
const SENTENCE_MARK = /[.!?。！？\n]/u;
/** "…, all other orders through Alibaba": the others are on the platform, this one is not. */
const THE_OTHERS =
  /\b(?:other|others|else|demas|otros|otras|outros|outras|autres|anderen|andere|altri|altre|inne|innych|diger\w*|lain(?:nya)?|khac)\b|其他|其它|别的|別的|他の|다른|другие|الأخرى/u;
/** A clause that opens by choosing or using "it" (the method just named), in en, es, pt, fr, de, it. */
// Finding "it" there too (stop 48): "PayPal va bene: lo trovi tra i metodi di pagamento al checkout", "lo encuentras
// en el checkout del pedido", "vous le trouverez au checkout", "Sie finden es an der Kasse".
// "…, when you check out the Alibaba order you can choose PayPal, card or transfer": a "when/once you …" phrase of up to
// six words may open the clause before the choice; the anchor is then read in the whole clause, that phrase included
// ("if you skip / cancel the Alibaba order you can use it" sets the order aside, so no such phrase).
// "…, when you pay the order on the Alibaba checkout you will see PayPal option" (stop 50): the method seen there.
/** "It is in the AliExpress checkout", "it's available on the order page": the method said to be found there. */
const IT_IS_THERE =
  /^\s*(?:(?:and|so|yes)\s+)?(?:it|that|this|they)(?:'s|\s+is|\s+are|'re)\s+(?:also\s+|already\s+)?(?:(?:available|offered|listed|shown|included|there|an?\s+option|one\s+of\s+the\s+options)\s+)?(?:in|on|at|inside|under)\b|^\s*(?:(?:and|so|yes)\s+)?(?:you|u)\s+(?:can\s+|will\s+)?(?:find|see|get)\s+(?:it|that|this|them)\s+(?:in|on|at|inside|under)\b/u;
const TAKES_IT =
  /^\s*(?:(?:and|then|so|just)\s+)?(?:(?:when|once|if|while)\s+(?:you|u)\s+(?!(?:\S+\s+){0,7}?(?:skip\w*|leav\w*|avoid\w*|bypass\w*|cancel\w*|don'?t|not|without|outside|instead)\b)(?:\S+\s+){1,8}?)?(?:(?:you|u)\s+(?:can|could|may|will)\s+(?:just\s+)?)?(?:choose|select|pick|use|find|see|pay\s+(?:with|by))\s+(?:the\s+)?(?:it|that|this|them)\b|^\s*(?:(?:usted|voce|vous|sie|lei)\s+)?(?:puede|puedes|pode|podem|pouvez|peux|konnen|kann|potete|puo)\s+(?:\w+\s+)?(?:elegir|seleccionar|usar|escolher|selecionar|choisir|selectionner|utiliser|wahlen|auswahlen|nutzen|scegliere|selezionare|usare)(?:lo|la|los|las)?\b|^\s*(?:lo|la|le|l')\s*(?:puede|puedes|pode|pouvez|potete)\s+(?:elegir|escolher|choisir|scegliere|seleccionar|selecionar)|^\s*(?:(?:e|y|et|und|pero|ma)\s+)?(?:(?:vous|voce|usted)\s+)?(?:lo|la|le|l'|o|a)\s*(?:trovi|trova|trovate|troverai|troverete|encuentras|encuentra|encontraras|encontrara|encontra|encontrar|trouvez|trouverez|trouves|trouveras)\b|^\s*(?:sie|du)\s+finde[nt]?\s+(?:es|ihn|sie)\b|^\s*finde[nt]?\s+(?:sie|du)\s+(?:es|ihn|sie)\b/u;
function nextClauseTakesIt(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [, b] = clauseRange(tc, start, end);
  if (b >= text.length) return false;
  const [na, nb] = clauseRange(tc, b, b + 1);
  // "We accept PayPal. It is in the AliExpress checkout": only "it is in/at …" reaches over a sentence's end.
  if (SENTENCE_MARK.test(text[b - 1] ?? '') && !IT_IS_THERE.test(text.slice(na, nb))) return false;
  // Only a method the checkout offers can be chosen there: "we accept Western Union, you can choose it (or
  // Western Union) at the checkout" names a method no checkout has, so the checkout does not take it.
  const named = text.slice(start, end).trim();
  if (!isCheckoutMethod(text.slice(Math.min(start, clauseRange(tc, start, end)[0]), end))) return false;
  // "we accept PayPal, you can choose PayPal at the checkout page" (probe r24): the method named again is "it".
  const next =
    named.length > 0 && named.length <= 30 ? text.slice(na, nb).split(named).join('it') : text.slice(na, nb);
  return (TAKES_IT.test(next) || IT_IS_THERE.test(next)) && anchoredBy(ANCHOR_LATIN_G, next);
}

/**
 * The match's clause ends at a comma and the list of methods goes on in the next clause ("PayPal, card or
 * transfer on the order page"): a few words joined by "or/and", then the platform's checkout. Neither clause
 * holds an account of its own or a "to me / directly".
 */
function listGoesOnToAnchor(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [a, b] = clauseRange(tc, start, end);
  if (b >= text.length || text[b - 1] !== ',') return false;
  const own = text.slice(a, b - 1);
  if (own.length > 60 || ACCOUNT_WORD.test(own) || ASKS_OF_ITS_OWN.test(own)) return false;
  let [na, nb] = clauseRange(tc, b, b + 1);
  // "ShopeePay, COD, atau virtual account di halaman checkout": a bare item or two may come first, a clause each.
  let items = 0;
  for (; items < 2 && BARE_ITEM.test(text.slice(na, nb)) && nb < text.length; items++)
    [na, nb] = clauseRange(tc, nb, nb + 1);
  const next = text.slice(na, nb);
  if (next.length > 90 || ACCOUNT_WORD.test(next) || ASKS_OF_ITS_OWN.test(next)) return false;
  // After bare items the last one may open with its "or" ("…, COD, atau virtual account"); else one or two words
  // come first ("card or transfer"), so "é mais rápido que fazer pedido" (é folded to "e") is no list.
  const head = (items > 0 ? LIST_LAST_ITEM : LIST_GOES_ON).exec(next);
  return head !== null && anchoredBy(ANCHOR_LATIN_G, next.slice(head[0].length - 1), tc);
}
/** One or two method words, "or/and", one or two more: the rest of the list. */
const LIST_OR =
  'or|and|o|y|u|ou|et|oder|und|e|ed|lub|albo|i|oraz|atau|dan|serta|veya|ve|hoac|va|of|en|або|чи|та|или|nebo|alebo|vagy|sau';
const LIST_GOES_ON = new RegExp(`^\\s*(?:\\S+\\s+){1,2}?(?:${LIST_OR})\\s+(?:\\S+\\s+){1,3}?(?=\\S)`, 'u');
const LIST_LAST_ITEM = new RegExp(`^\\s*(?:${LIST_OR})\\s+(?:\\S+\\s+){1,3}?(?=\\S)`, 'u');
/** One or two words standing alone between commas: an item of the list ("COD", "kartu kredit"). */
const BARE_ITEM = /^\s*\S+(?:\s+\S+)?\s*,$/u;
/** The list's last items between commas, joined by "or/and": "Visa and Mastercard,", "cartão ou boleto,". */
const LIST_ITEMS = new RegExp(
  `^\\s*\\S+(?:\\s+\\S+)?(?:\\s+(?:${LIST_OR})\\s+\\S+(?:\\s+\\S+)?)?\\s*,$`,
  'u',
);

function nextClauseAccepts(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [, b] = clauseRange(tc, start, end);
  if (b >= text.length || SENTENCE_MARK.test(text[b - 1] ?? '')) return false;
  const next = text.slice(...clauseRange(tc, b, b + 1));
  // "…pay to our bank account, the account number is available": the payee's own details offered, not the checkout's
  // methods (stop 51).
  return next.length <= 30 && !ACCOUNT_WORD.test(next) && METHODS_ACCEPTED.test(next);
}

function nextClauseCoversAll(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [a, b] = clauseRange(tc, start, end);
  if (b >= text.length || SENTENCE_MARK.test(text[b - 1] ?? '')) return false;
  // A payee of its own ("Kaspi transfer to 8701 123 4567", "to my account") is no method the platform's page takes:
  // "…, only on the order page you confirm receipt" then says where the receipt is confirmed, not where it is paid.
  const own = text.slice(a, b);
  if (ASKS_OF_ITS_OWN.test(own) || OWN_NUMBER.test(own)) return false;
  // "Betala hellre till mitt privata konto via Swish, allt via Alibaba …" (stop 51): an account called the seller's
  // own or private is its payee, whatever the next clause says of "all".
  if (ACCOUNT_WORD.test(own) && OWN_OR_PRIVATE.test(own)) return false;
  let [na, nb] = clauseRange(tc, b, b + 1);
  // "we accept Alipay, Visa and Mastercard, all options are on the payment page after you click Buy Now": the rest of
  // the list may stand between, a clause or two of method words with no payee of their own (stop 47).
  for (let items = 0; items < 2 && nb < text.length && LIST_ITEMS.test(text.slice(na, nb)); items++) {
    // "bank transfer to our HSBC account, Visa and Mastercard, all on the payment page": a list whose first item is
    // an account is not all the page's methods; the account is the seller's own.
    if (ACCOUNT_WORD.test(own)) return false;
    if (ASKS_OF_ITS_OWN.test(text.slice(na, nb)) || OWN_NUMBER.test(text.slice(na, nb))) return false;
    [na, nb] = clauseRange(tc, nb, nb + 1);
  }
  const next = text.slice(na, nb);
  return (
    (ALL_OF_THEM.test(next) || ONLY_THERE.test(next)) &&
    !THE_OTHERS.test(next) &&
    !TAKES_TOO_LONG.test(next) &&
    !OWN_SITE.test(next) &&
    (anchoredBy(ANCHOR_LATIN_G, next, tc) || (NON_LATIN.test(next) && anchoredBy(ANCHOR_OTHER_G, next, tc)))
  );
}

/**
 * Stop 50: or that they are "available there" (at the checkout just named): "…, card, PayPal or bank transfer which are
 * available there", "yang tersedia di sana", "disponibles allí", "dort verfügbar", "có sẵn ở đó", "那里都有".
 * A clause that says the methods it names are all accepted, with no request of its own: "都可以", "均可", "모두
 * 가능합니다", "どちらも使えます", "both are fine", "cualquiera sirve", "beide möglich", "عند الدفع" (at payment).
 */
const METHODS_ACCEPTED =
  /(?:(?:都|均|皆)(?:可以|可|行|支持)|(?:모두|다|둘\s?다)\s?(?:가능\S{0,4}|돼요|됩니다)|(?:どちらも|いずれも|両方)\S{0,8}|でも(?:大丈夫|可能|ok|使え|結構)\S{0,4}|\bdeu\s+(?:duoc|ok|dung\s+duoc)\b|\b(?:both|either|any|all)\b(?:\s+\w+){0,3}\s+(?:is|are|works?)?\s*(?:fine|ok|okay|possible|accepted|welcome)|\b(?:cualquiera|ambos|ambas|qualquer|todos|os\s+dois|les\s+deux|beide[ns]?|entrambi|oba|ikisi\s+de|ca\s+hai|keduanya)\b(?:\s+\w+){0,3}\s+(?:sirve\w*|vale\w*|funciona\w*|serve\w*|passent|marchent|moglich|gehen|vanno|bene|dzialaj\w*|olur|duoc|bisa)|عند\s+(?:ال)?دفع|\b(?:which|that)?\s*(?:are\s+|is\s+)?(?:available|offered|listed)\s+there|\b(?:yang\s+)?(?:tersedia|ada)\s+di\s+(?:sana|situ)|\bdisponibles?\s+(?:alli|ahi|ali|la(?:-bas)?)|\bdort\s+verfugbar|\b(?:daar|er)\s+(?:allemaal\s+|allebei\s+)?beschikbaar|\b(?:tam\s+)?k\s+dispozici(?:\s+tam)?|\b(?:su|sa|jsou)\s+tam\s+(?:\w+\s+)?dostupn\w*|\bdostepne\s+(?:tam|na\s+miejscu)|\b(?:finns|tillgangliga?)\s+(?:\w+\s+)?dar|\bott\s+elerheto\w*|(?:वहाँ|वहां)\s+(?:\S+\s+)?उपलब्ध\S*(?:\s+(?:है|हैं))?|\bwahan\s+(?:available|milega|mil\s+jayega)|\bdisponibil[ie]\s+li|\bco\s+san\s+(?:o\s+)?(?:do|tren\s+do)|(?:那里|那裡|那边|那邊)\S{0,2}(?:都有|可选|可選))[\s.!。！,;:،]*$/u;
/**
 * A clause that only picks a method ("just choose PayPal when you pay the order", "select Visa there", "you can pick
 * Apple Pay at payment"): nothing follows the method but where or when it is picked.
 */
const CHOOSES_METHOD =
  /^\s*(?:(?:and|then|so|just|simply|please|pls)\s+)*(?:(?:you|u)\s+(?:can|could|may)\s+(?:just\s+|simply\s+)?)?(?:choose|select|pick|tick|click(?:\s+on)?)\s+(?:the\s+)?(?!(?:\S+\s+){0,2}?(?:my|me|our|us|to|send|transfer|wire)\b)[\w&.-]+(?:(?:\s+|\s*\/\s*)[\w&.-]+){0,2}?(?:\s+(?:option|button|icon))?(?:\s+(?:there|here|(?:when|while|once)\s+(?:you|u)\s+(?:pay|check\s*out|place)(?:\s+(?:for\s+)?(?:the|your|it|this)(?:\s+order)?)?|at\s+(?:the\s+)?(?:payment|checkout)|as\s+(?:the\s+|your\s+)?(?:payment\s+)?method))?\s*[.!]*\s*$/u;
/**
 * The payment screen or page, in the languages read (folded): "payment screen / page", "checkout page", "tela / página
 * de pagamento", "pagina di pagamento", "Zahlungsseite", "halaman pembayaran", "ödeme ekranı / sayfası", "trang thanh
 * toán", "страница оплаты", "お支払い画面", "決済画面", "付款页面", "결제 화면 / 창" (stop 54).
 */
const PAYMENT_SCREEN =
  /\b(?:(?:payment|checkout|pay)\s+(?:screen|page|step|window)|(?:tela|pagina|ecra|ecran)\s+(?:de\s+|di\s+)?(?:pagamento|pago|paiement)|(?:zahlungs|bezahl|kassen)(?:seite|bildschirm|maske)|halaman\s+(?:pembayaran|checkout|bayar)|odeme\s+(?:ekran|sayfa)\w*|trang\s+thanh\s+toan|man\s+hinh\s+thanh\s+toan)\b|(?<![\p{L}])(?:страниц|экран)\p{L}*\s+оплат\p{L}*|(?:お?支払い?|決済|精算)(?:画面|ページ)|(?:付款|支付|结算|結算)(?:页面|頁面|界面)|결제\s?(?:화면|창|페이지)/u;
/** A payment page of the seller's own: "our / my payment page", "the payment page of our website", a link to it. */
const SCREEN_OF_THE_SELLER =
  /\b(?:our|my|nuestr[oa]|mi|noss[oa]|meu|minha|notre|mon|ma|unser\w*|mein\w*|nostr[oa]|mi[oa]|kami|saya|bizim|cua\s+(?:em|toi|chung\s+toi))\b|\b(?:site|website|web|shop|store|link|url|www)\b|https?:|(?<![\p{L}])(?:наш\p{L}*|мо[йяеи])(?![\p{L}])|弊社|当社|我们|我們|我的|저희|제\s/u;
/** …and asks nothing of its own: "您也可以直接用支付宝付给我" is a new request, not a list of accepted methods. */
const ASKS_OF_ITS_OWN = /\b(?:me|directly|direct)\b|给我|給我|直接|저에게|제게|私に|直接/u;
/** An account of its own in the clause ("PayPal or Wise to my account, both fine") is not the order's. */
// Stop 51: Czech/Slovak "účet / účtu / účtem", Hungarian "számla", Romanian "cont(ul)", Greek "λογαριασμό", Hebrew
// "חשבון", Hindi "खाता / खाते" too: "…na můj osobní účet, je také k dispozici" (to my personal account, is also
// available) asks its own payee, which "available there" must not clear.
const ACCOUNT_WORD =
  /(?<!\bvirtual\s)\b(?:account|acc|konto|rekening|cuenta|conta|compte|conto|hesab\w*|rekening|tai\s+khoan|tk|ucet|uctu|uctem|ucte|uctov\w*|bankszamla\w*|szamla(?:m|nk|ra|szam)\w*|cont|contul|contului)\b|(?<![\p{L}])(?:сч[её]т\p{L}*|рахун\p{L}*|карт[уаеиы]|картк\p{L}*|حساب\p{L}*|λογαριασμ\p{L}*|ו?[לבה]?חשבו[ןנ]\p{L}*|खात\p{L}*)|账户|賬戶|帐户|账号|卡上|口座|계좌|บญช/u;
/** A phone number's digits, or "my number / my account / мой номер": a person to pay. */
// Czech/Slovak "můj osobní účet", Hungarian "a számlámra / bankszámlánkra", Romanian "contul meu", Ukrainian and
// Bulgarian "мій рахунок / моята сметка" too (stop 47: the list tail before "all on the order page" must not cover them).
const OWN_NUMBER =
  /(?<![\w.])\+?\d(?:[\s-]?\d){7,}|\b(?:my|mi|meu|mon|mein\w*|moj\w*|muj|meho|mojho)\s+(?:\w+\s+)?(?:number|numero|nummer|numer|account|cuenta|conta|compte|konto|ucet|uctu|ucte|cislo)\b|\bbankszamla(?:m|nk)\w*|\bszamla(?:m|nk)ra\b|\bcont(?:ul)?\s+(?:\w+\s+)?(?:meu|mea)\b|(?<![\p{L}])(?:мой|мою|менің|мій|мою|мої|моя|моята|моят|моя)\s+(?:\p{L}+\s+)?(?:номер|нөмір|рахун|сметк|сч[её]т|карт)\p{L}*/u;
/** A clause whose subject points back ("it supports", "también acepta", "也支持"). */
const CONTINUES_ANCHOR =
  /^\s*(?:(?:it|this|which|they)\s+(?:also\s+|now\s+)?(?:supports?|accepts?|takes?|allows?|offers?|includes?)\b|(?:tambien\s+)?(?:acepta|admite)\b|(?:tambem\s+)?(?:aceita|suporta)\b|(?:elle|il)\s+(?:accepte|prend)\b|(?:es|sie|er)\s+(?:unterstutzt|akzeptiert|nimmt)\b|也?支持|也?可以用)/u;
/** The 160 characters before the clause (earlier sentences included) tie the payment to the platform. */
function previousAnchored(tc: TextContext, start: number): boolean {
  const [a] = clauseRange(tc, start, start);
  const before = tc.norm.text.slice(Math.max(0, a - CLAUSE_REACH), a);
  return (
    anchoredBy(ANCHOR_LATIN_G, before, tc) ||
    (NON_LATIN.test(before) && anchoredBy(ANCHOR_OTHER_G, before, tc))
  );
}

/**
 * "Can I pay with PayPal when I place the order?", "you can pay by card when you place the order": the buyer
 * places the order, so a method its checkout offers is the order's own. Only the buyer places it: a seller's
 * "when we place the (bulk) order" is the seller's production order, and no order placement makes Western Union,
 * Wise or a transfer to the seller a checkout option (see checkout-methods.ts).
 */
const BUYER_PLACES_ORDER =
  /\b(?:when|while|as|once|after|before)\s+(?:i|you|u)\s+(?:place|submit|make|pay\s+for)\s+(?:the|my|your|an?|this)\s+(?:\w+\s+)?order\b/u;
/** The money still goes to the writer: "…to us", "my PayPal", "our account". */
const TO_THE_WRITER =
  /\b(?:to|into|on)\s+(?:me|us|my|our)\b|\b(?:my|our)\s+(?:pay\s?pal|account|card|email)\b/u;
function buyerPlacesOrder(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = clauseRange(tc, start, end);
  const text = tc.norm.text.slice(Math.min(a, start), Math.max(b, end));
  return BUYER_PLACES_ORDER.test(text) && isCheckoutMethod(text) && !TO_THE_WRITER.test(text);
}

/** A short list tail ("Mastercard and also PayPal") and the clause before it; null when the clause is not one. */
const LIST_TAIL = /^\s*(?:\S+(?:\s+|$)){1,5}$/u;
const LIST_AND =
  // Ukrainian "або / чи / та", Czech and Slovak "nebo / alebo / a", Hungarian "vagy / és", Romanian "sau / și" (stop 47).
  /(?:^|\s)(?:and|or|also|&|y|e|et|und|ve|va|dan|i|и|или|و|أو|oder|sowie|ou|o|ed|lub|albo|oraz|hoac|hay|atau|veya|ya\s+da|или\s+же|або|чи|та|й|nebo|anebo|alebo|a|vagy|es|sau|si)(?=\s)|和|及|或|と|や|및|또는/u;
const LIST_COMMA = /[,、，]/u;
function listOpener(tc: TextContext, start: number, end: number): string | null {
  const text = tc.norm.text;
  const [a, b] = clauseRange(tc, start, end);
  // "支持信用卡、PayPal和T/T": the enumeration comma of Chinese and Japanese joins a list's items too (stop 50).
  if (a === 0 || !LIST_COMMA.test(text[a - 1] ?? '') || b - a > 60) return null;
  const tail = text.slice(a, b).replace(/[.!?。]+\s*$/, '');
  if (!LIST_TAIL.test(tail) || (tail.trim().split(/\s+/).length > 2 && !LIST_AND.test(tail))) return null;
  // Chinese and Japanese write a whole clause as one "word": only a short one joined by "和/或/と" is a list
  // tail ("…支持Visa,和PayPal"); "订单已经付款,您也可以直接用支付宝付给我" is a new request.
  if (CJK.test(tail) && (tail.length > 12 || !LIST_AND.test(tail))) return null;
  const [pa] = clauseRange(tc, a - 1, a - 1);
  return text.slice(pa, a - 1);
}

/** The whole message ties payment to the platform ("…but the payment stays in the Alibaba order"). */
/**
 * "Our account at this branch is closed, please pay through Alibaba", "Hesabımız kapandı, lütfen ödemeyi Alibaba
 * üzerinden yapın", "账户冻结了，请走阿里订单付款": a story about the seller's account whose payment, said after it, goes
 * to the platform. The rest of the message is anchored and names no payee of its own — no new or other account, no
 * account word, no number, no "to me / directly" — so the story sends the money nowhere else.
 */
export function storyEndsOnPlatform(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  if (NEW_PAYEE.test(text.slice(start, end))) return false;
  const [, b] = clauseRange(tc, start, end);
  const rest = text.slice(b, b + 2 * CLAUSE_REACH);
  if (
    rest.trim().length === 0 ||
    NEW_PAYEE.test(rest) ||
    ACCOUNT_WORD.test(rest) ||
    ASKS_OF_ITS_OWN.test(rest) ||
    OTHER_WAY_OR_REFUSAL.test(rest)
  )
    return false;
  if (/\d(?:[\s.-]?\d){5,}|@|https?:\/\/|www\./u.test(rest)) return false;
  return (
    anchoredBy(ANCHOR_LATIN_G, rest, tc) || (NON_LATIN.test(rest) && anchoredBy(ANCHOR_OTHER_G, rest, tc))
  );
}
/**
 * The rest names a way of its own or sets the platform aside: a method other than the checkout's ("by T/T to HK", "my
 * Wise", "PayPal"), a "not / cancelled / instead / cannot receive", a person paid ("our manager").
 */
const OTHER_WAY_OR_REFUSAL =
  /\b(?:pay\s?pal|wise|western|union|money\s?gram|t\/?t|tt|wire|remit\w*|usdt|crypto\w*|bitcoin|ali\s?pay|we\s?chat|hk|hong\s+kong|cash|payoneer|zelle|instead|cancel\w*|not|no|don'?t|dont|cannot|can'?t|never|unable|manager|boss|director|owner|finance|accountant|colleague|agent|wife|husband|brother|sister|friend|degil|yerine|iptal|yok|mudur\w*|patron\w*|nicht|kein\w*|statt|nao|pas|sauf|au\s+lieu|en\s+lugar|en\s+vez|sin)\b|(?<![\p{L}])(?:не|нет|вместо|отмен\p{L}*)(?![\p{L}])|不|别|別|取消|而是|老板|经理|財務|财务/u;
/** Another payee named: a new, other, different, personal account, in the languages read (accents folded). */
const NEW_PAYEE =
  /\b(?:new|another|other|different|personal|private|alternative|yeni|baska|farkli|kisisel|nuevo|nueva|otra|otro|personal|nova|novo|outra|outro|nouveau|nouvelle|autre|neue\w*|andere\w*|privat\w*|nuovo|nuova|altro|altra|nowe|nowy|inne|inny|moi|khac|baru|lain|pribadi)\b|(?<![\p{L}])(?:нов\p{L}*|друг\p{L}*|личн\p{L}*)|新|另|其他|个人|個人|私人/u;

export function isMessageAnchored(tc: TextContext): boolean {
  return once(tc, 'messageAnchored', () => {
    const text = tc.norm.text;
    return (
      anchoredBy(ANCHOR_LATIN_G, text, tc) || (NON_LATIN.test(text) && anchoredBy(ANCHOR_OTHER_G, text, tc))
    );
  });
}

const PT_IN_THE = /\bno\s+$/;
const PT_ANCHOR = /^(?:checkout|pedido|aplicativo)\b/;

/**
 * Every anchor in `clause` until one stands (not undone before or after it). An exec loop on the shared global
 * regex, not matchAll: matchAll builds a new regex object from the anchors' long source at every call (several
 * calls per hit), and a fresh object may have to be compiled again when the engine has dropped its cache.
 */
/** "There" right after a checkout word: "i kassan där", "at the checkout there", "an der Kasse dort", "en la caja allí". */
const CHECKOUT_THERE = /^\s*(?:there|dar|dort|daar|alli|ahi|aqui\s+no|la-bas|tam|ott|acolo|orada)\b/u;
/** The seller's own shop named: "vår egen webbshop", "our own online store", "unserem eigenen Webshop", "nuestra tienda". */
const OWN_SHOP_NAMED =
  /\b(?:own|our|my|egen|egna|vor|eigen\w*|onze|unser\w*|nuestr\w*|nosso|nossa|notre|nostr\w*|nasz\w*)\s+(?:own\s+|egen\s+|eigen\w*\s+)?(?:online\s+|web\s*|internet\s+)?(?:shop|store|webshop|webbshop|webbutik|site|website|butik|tienda|loja|boutique|negozio|sklep|e-?shop)\b/u;
const PLATFORM_NAMED = /alibaba|aliexpress|trade\s?assurance|阿里|速卖通|アリババ|알리/u;
function anchoredBy(anchors: RegExp, text: string, tc?: TextContext): boolean {
  // `text` is cut from the message (and blanked or joined): with none of the anchors' words in the message, no
  // anchor is in it either (literal-prefilter.ts). Without `tc` (a text with words put in) it is searched.
  if (tc !== undefined && !mayMatchInMessage(tc, anchors)) return false;
  // "pay at alibaba-payment-center.com", "pay now: abc.shop/checkout": an address off the platform anchors nothing;
  // "la plataforma retiene el dinero", "the app has a problem": a platform complained about is no place to pay.
  const clause = withoutForeignAddresses(withoutPlatformComplaints(text));
  anchors.lastIndex = 0;
  let anchored = false;
  for (let m = anchors.exec(clause); m !== null; m = anchors.exec(clause)) {
    const at = m.index;
    const end = at + m[0].length;
    if (at === end) anchors.lastIndex = nextIndex(clause, end); // as matchAll does on an empty match
    const before = clause.slice(Math.max(0, at - 40), at);
    const after = clause.slice(end, end + 30);
    // Portuguese "no checkout do pedido" is "in the checkout", not "no checkout".
    const undoneBefore =
      PT_IN_THE.test(before) && PT_ANCHOR.test(m[0]) ? before.replace(PT_IN_THE, '') : before;
    // "order in our own web shop … pay by card in the checkout there" (stop 51): a checkout said to be "there" is the
    // place named before it, not the platform's, unless the anchor names the platform itself.
    // Only in a message that names the seller's own shop: "I send u the sample order link, pay by card at the checkout
    // there" is the platform's order link's checkout.
    const elsewhere =
      CHECKOUT_THERE.test(after) && !PLATFORM_NAMED.test(m[0]) && OWN_SHOP_NAMED.test(tc?.norm.text ?? text);
    if (!elsewhere && !ANCHOR_UNDONE_BEFORE.test(undoneBefore) && !ANCHOR_UNDONE_AFTER.test(after)) {
      anchored = true;
      break;
    }
  }
  anchors.lastIndex = 0;
  return anchored;
}

/** The index after `at` in a Unicode regex's terms (a surrogate pair is one step), as matchAll advances. */
function nextIndex(text: string, at: number): number {
  if (at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff ? at + 2 : at + 1;
}

const DESCRIPTOR = DESCRIPTOR_SOURCES.join('|');
/** A description word right after the brand: "PayPal blue", "WhatsApp-green", "支付宝蓝", "카카오톡처럼". */
// Up to three more names may come first: "Zalo, Line, WhatsApp icons", "Alipay and WeChat Pay logos".
// A pronoun or article is no name in such a list ("…on WhatsApp, our designer answers"), and a description
// word is a whole word (a "designer" is a person, a "standard" no stand). Possessives of the other languages read are
// no names either: "omówmy na Skype, mój login: adam.sales" gives the seller's own login (stop 48).
const DESCRIBED_AFTER = new RegExp(
  `^(?:\\s*(?:,|&|/|\\band\\b|\\bor\\b|\\be\\b|\\bi\\b|\\bva\\b|\\bdan\\b|和|與|与)\\s*(?!(?:our|my|your|his|her|their|we|i|you|he|she|they|the|a|an|this|that|moj|moja|moje|nasz\\w*|mein\\w*|unser\\w*|mi|mis|nuestr\\w*|meu|minha|noss[ao]|mon|mes|notre|mio|mia|nostr[oa]|mijn|onze|мой|моя|наш\\p{L}*)(?![\\p{L}]))[^\\s,]+(?:\\s+pay)?){0,3}?[\\s\\-'"]{0,2}(?:${DESCRIPTOR})(?:s|es|ed|ing)?(?![a-z])`,
  'u',
);
/** …or among the three words before it: "logo in PayPal", "icons of WhatsApp, WeChat", "logo di WhatsApp". */
// An elided article may come first: "l'icône", "dell'icona".
const DESCRIPTOR_WORD = new RegExp(`^(?:[a-z]{1,4}')?["']*(?:${DESCRIPTOR})`, 'u');
// Scripts without spaces: a description word anywhere in the last few characters ("这款POS机支持微信支付"); Thai writes
// its words glued too ("การแจ้งเตือนวอทส์แอพ", the WhatsApp notification).
const DESCRIPTOR_CJK = new RegExp(
  `(?:${DESCRIPTOR_SOURCES.filter((s) => /[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]/.test(s)).join('|')})`,
  'u',
);
const CJK = /[\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]/;
/** A description in the sentence before does not describe this mention ("…KakaoTalk alerts. KakaoTalk ID: x"). */
// A dot between digits ("4.7 inch", "v2.0") is a decimal point, not the end of a sentence.
const LAST_SENTENCE_END = /(?:(?<!\d)\.|\.(?!\d)|[!?。！？\n])(?=(?:\d\.\d|[^.!?。！？\n])*$)/u;
function sinceSentenceStart(window: string): string {
  const end = LAST_SENTENCE_END.exec(window);
  return end ? window.slice(end.index + 1) : window;
}
/** False when no word of the message can be a description word (describedBefore reads words cut from it). */
const mayDescribeBefore = (tc: TextContext) =>
  mayMatchInMessage(tc, DESCRIPTOR_WORD) || mayMatchInMessage(tc, DESCRIPTOR_CJK);
/**
 * A device driven through the app's bot, the driving word a little further back than the last words read
 * (s52nchat): "es controlado por un bot de Telegram", "é controlado por um bot do Telegram", "pilotable via l'appli".
 * Only an article, "bot" or "app" and "of / de" may stand between, so "controlled by our manager on WhatsApp" is not it;
 * and nothing in the whole sentence instructs ("…, escríbale a @pago_bot" gives the bot to write to).
 */
const DRIVEN_THROUGH =
  /\b(?:controlad[oa]s?|controlavel|controllable|controlled|pilot(?:e|es|ee|ees|able|ables)|gesteuert|steuerbar|controllat[oai]|comandat[oai]|sterowan\w*|ovladan\w*|bestuurbaar|aangestuurd)\s+(?:por|pelo|pela|par|by|via|con|com|uber|mit|da|dal|dalla|przez|pres|through|depuis|desde|door)\s+(?:(?:un|una|um|uma|a|an|the|el|la|le|l'|du|den|die|der|il|lo|een|het)\s*)?(?:(?:bot|bota|app|appli\w*|aplicacion|aplicativo|applicazione)\s+)?(?:(?:de|do|da|del|du|of|on|di|na|w|v)\s+)?$/u;
function isDrivenThroughApp(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  if (!DRIVEN_THROUGH.test(sinceSentenceStart(text.slice(Math.max(0, start - 60), start)))) return false;
  const [a, b] = sentenceRange(tc, start, end);
  const sentence = `${text.slice(a, start)} ~ ${text.slice(end, b)}`;
  return !INSTRUCTION.test(sentence) && !asksToPayInClause(sentence);
}
function describedBefore(window: string): boolean {
  // Testing the last few words from their start is far cheaper than searching the window for every word.
  const words = window.split(/\s+/);
  for (let k = Math.max(0, words.length - 5); k < words.length; k++) {
    // "look at our Facebook page" sends the reader to the page; only "looks like / Facebook look" describes.
    if (/^look(?:s|ing)?$/u.test(words[k]!) && /^(?:at|on|up|into|through)$/u.test(words[k + 1] ?? ''))
      continue;
    if (DESCRIPTOR_WORD.test(words[k]!)) return true;
  }
  const tail = window.slice(-12);
  return CJK.test(tail) && DESCRIPTOR_CJK.test(tail);
}
/** Words that turn a brand back into an instruction: add, contact, pay, send, an id or a number. */
const INSTRUCTION = new RegExp(
  [
    // "call forwarding" and "call log" are a device's features, not a call asked for; nor is "video call" a verb
    // ("tablet anak ini bisa video call WhatsApp", stop 54).
    '\\b(?:add|contact|message|msg|(?<!\\bvideo\\s?)call(?!\\s+(?:forwarding|logs?|history|recording))|reach|whats?app\\s+me)\\b',
    '\\b(?:chat|talk|text|write)\\s+(?:with|to|me|us)\\b',
    // "ask our manager there": someone of the seller's to be asked where the app was named.
    '\\bask\\s+(?:me|us|(?:our|my)\\s+\\w+)\\b',
    '\\b(?:pay|send|transfer|remit|wire|deposit)\\s+(?:me|us|to|by|via|with|through|it|in|the\\s+(?:money|payment|deposit|balance))\\b',
    `\\b(?:my|our)\\s+(?:id|number|account)\\b|@|${FIVE_DIGITS_NOT_A_FIGURE}`,
    // "加我", and the politer "加一下我" / "加下我" / "加个微信" (add me / add a WeChat).
    '加(?:一下|下)?我|加(?:一下|下|个|個)(?:微信|v|vx|wx)|联系|聯繫|付款给|转账给|轉帳給',
    '(?<![\\p{L}])(?:пиши\\p{L}*|добав\\p{L}*|оплат\\p{L}*|перевед\\p{L}*|свяж\\p{L}*)',
    'تواصل|راسل|أضف|حول|ادفع|أرسل',
    '\\b(?:yaz\\w*|ekle\\w*|gonder\\w*|ket\\s+ban|nhan\\s+tin|lien\\s+he|chuyen\\s+khoan|gui|thanh\\s+toan|hubungi|tambah\\w*|transfer|bayar|scrivi\\w*|contatta\\w*|aggiung\\w*|paga\\w*|bonifico|napisz|dodaj|zaplac\\w*|przelew\\w*)\\b',
    '追加|連絡|教え|振込|振り込|払|추가|연락|보내|입금|결제|알려',
    // Stop 51: "LINEでやり取りしませんか？ID: …" invites the reader and gives the id (a description gives neither).
    'やり取り|やりとり|トークしま|\\bid\\s*[:：]\\s*@?[a-z0-9_.]{3,}',
    '\\b(?:pay(?:ez|er)|paie|vire[zr]|envoy\\w*|ajout\\w*|contact\\w*|ecri\\w*|escrib\\w*|escrev\\w*|agreg\\w*|envi[ae]\\w*|pague\\w*|mande\\w*|adicion\\w*|zahl\\w*|uberweis\\w*|schreib\\w*|hinzu\\w*|melde\\w*)\\b',
  ].join('|'),
  'u',
);

/**
 * A brand named as a description, not as a way to pay or talk: a colour, style, logo or pattern word next
 * to it, and no instruction in the clause ("logo in PayPal blue" yes; "add my WhatsApp, green icon" no).
 */
/** Notifications, in the languages read (folded). */
const NOTIFY =
  /notification|\balerts?\b|\breminders?\b|\bpush\b|benachrichtigung|mitteilung|notificac|notifica|powiadomien|bildirim|thong\s+bao|notifikasi|уведомлен|оповещен|إشعار|اشعار|通知|提醒|推送|推播|来电|來電|알림/u;
/** Names listed before this one ("WhatsApp / WeChat / ", "LINE、WhatsApp、"), at most six. */
const NAMES_LISTED_BEFORE =
  /(?:[^\s,/&、]+(?:\s[^\s,/&、]+)?\s*(?:,|\/|&|\band\b|\bor\b|、|和|及)\s*){1,6}$/u;
/**
 * An instruction that is not about the device: add, contact, a number, an id, "write me" ("no me llegan las
 * notificaciones, mejor escríbeme al wsp": the chat's notifications failing, the talk moved; stop 47).
 */
// Stop 51: an id given ("ID: hx_yuki") and the Japanese word of corresponding ("やり取りしませんか") move the talk: "こちら
// のチャットは通知が遅いので、LINEでやり取りしませんか" blames this chat's notifications, it describes no device.
const MOVE_WORD = new RegExp(
  String.raw`\b(?:add|contact|message\s+me|call\s+me|write\s+to|my\s+(?:id|number)|escribe(?:me|nos)|escribame|escribanos|escreve(?:-me)?|me\s+escreve|me\s+chama|chama\s+(?:no|la)|ecri(?:s|vez)[-\s]moi|scrivi(?:mi|ci)|mi\s+scriva|schreib(?:en\s+sie\s+mir|\s+mir)|ekle\w*|ket\s+ban|lien\s+he|hubungi|tambah\w*|dodaj|aggiung\w*|ajout\w*|agreg\w*|adicion\w*|hinzu\w*)\b|\bid\s*[:：]\s*@?[a-z0-9_.]{3,}|@|${FIVE_DIGITS_NOT_A_FIGURE}|добав|أضف|تواصل|加(?:一下|下)?我|联系|聯繫|追加|連絡|やり取り|やりとり|추가|연락`,
  'u',
);
/**
 * An app's or a wallet's notifications that a product shows or supports: "the watch supports WhatsApp and
 * Instagram notifications", "hỗ trợ thông báo Zalo, Messenger", "LINEとWhatsAppの通知に対応", "PayPayの支払い通知
 * も画面に表示" — a feature, whichever comes first, unless the sentence adds someone, a number or a request.
 */
function isNotificationFeature(tc: TextContext, start: number, end: number): boolean {
  // Both windows the word of notifying is looked for in are cut from the message (literal-prefilter.ts).
  if (!mayMatchInMessage(tc, NOTIFY)) return false;
  const text = tc.norm.text;
  // "message reminder for WhatsApp / WeChat / Telegram": a later name in the list is read from the list's head, and
  // the 120 characters before the head, not before this name, are its sentence (a spec sheet runs long).
  const wide = sinceSentenceStart(text.slice(Math.max(0, start - 200), start));
  const beforeList = wide.replace(NAMES_LISTED_BEFORE, '');
  const before = `${beforeList.slice(-120)}${wide.slice(beforeList.length)}`;
  const rest = text.slice(end, end + 80);
  const stop = SENTENCE_AFTER.exec(rest);
  const after = stop ? rest.slice(0, stop.index) : rest;
  if (!NOTIFY.test(beforeList.slice(-30)) && !NOTIFY.test(after.slice(0, 40))) return false;
  const sentence = `${before} ${after}`;
  // "Smart watch 1.83 inch, message push for WhatsApp, call reminder": in a listing of a device (its noun and a size,
  // a battery, a material) the notification needs no verb of its own.
  const listedDevice = DEVICE_RE.test(sentence) && LISTING_ATTRIBUTE.test(sentence);
  if (!SUPPORT_RE.test(sentence) && !listedDevice) return false;
  return !SELLER_TAKES.test(sentence) && !REQUEST_BETWEEN.test(sentence) && !MOVE_WORD.test(sentence);
}

/**
 * A device that plays or reads an app's voice notes ("the speaker reads WhatsApp voice notes", "l'enceinte peut lire
 * les notes vocales WhatsApp"): the content word right beside the name, a device and a verb of playing in the clause
 * (app-content-feature.ts). A semicolon ends that clause only when what follows asks nothing ("…; no app needed"):
 * "…voice notes; please add my WhatsApp" is still a move.
 */
function isAppContentFeature(tc: TextContext, start: number, end: number): boolean {
  if (!mayMatchInMessage(tc, APP_CONTENT)) return false;
  const text = tc.norm.text;
  const before = sinceSentenceStart(text.slice(Math.max(0, start - 120), start));
  const rest = text.slice(end, end + 120);
  const stop = SENTENCE_AFTER.exec(rest);
  const sentenceAfter = stop ? rest.slice(0, stop.index) : rest;
  const semicolon = sentenceAfter.search(/[;；]/u);
  const after = semicolon < 0 ? sentenceAfter : sentenceAfter.slice(0, semicolon);
  const beyond = semicolon < 0 ? '' : sentenceAfter.slice(semicolon + 1);
  if (!APP_CONTENT.test(before.slice(-30)) && !APP_CONTENT.test(after.slice(0, 30))) return false;
  const clause = `${before} ${after}`;
  if (!DEVICE_RE.test(clause) || !PLAYS.test(clause)) return false;
  const asked = (s: string) =>
    SELLER_TAKES_PERSON.test(s) ||
    REQUEST_BETWEEN.test(s) ||
    MOVE_WORD.test(s) ||
    INSTRUCTION.test(s) ||
    READER_ASKED.test(s);
  return !asked(clause) && !asked(beyond);
}

/**
 * A headset's or a phone's microphone for an app's calls: "Bu kulaklık modelinde WhatsApp ve telefon görüşmeleri için
 * mikrofon var", "headphones with a mic for WhatsApp and Zoom calls", "auriculares con micrófono para llamadas de
 * WhatsApp", "наушники с микрофоном для звонков в WhatsApp" — the app names what the goods are used for. Only with
 * audio goods and a microphone in the sentence, the word for calls right beside the name, and nobody in the message
 * asked to call, add or write, no number, no id and no "me".
 */
const MIC =
  /\b(?:mics?|microphones?|micro|microfono|microfone|mikrofon\w*|mikrofonu\w*|microfoon|mikrofonlu)\b|(?<![\p{L}])микрофон\p{L}*|麦克风|麥克風|咪头|マイク|마이크/u;
const AUDIO_GOODS =
  /\b(?:head\s?phones?|head\s?sets?|ear\s?phones?|ear\s?buds?|earpieces?|auriculares|cascos|audifonos|fones?(?:\s+de\s+ouvido)?|casques?|ecouteurs|kopfhorer|ohrhorer|cuffie|auricolari|koptelefoon|oordopjes|sluchawki|kulaklik\w*|tai\s+nghe|headset|speakers?|altavoz|enceinte|lautsprecher|hoparlor\w*)\b|(?<![\p{L}])(?:наушник\p{L}*|гарнитур\p{L}*|навушник\p{L}*)|耳机|耳機|イヤホン|ヘッドホン|ヘッドセット|이어폰|헤드폰|헤드셋/u;
const CALLS_AFTER =
  /^(?:\s*(?:,|\/|&|and|or|ve|veya|y|e|et|und|и|или|和|或)?\s*[\w'-]+){0,2}?\s*(?:calls?|calling|voice\s+calls?|video\s+calls?|gorusme\w*|arama\w*|konusma\w*|anrufe?|telefonate?|appels?|llamadas?|chamadas?|chiamate?|panggilan|cuoc\s+goi)\b|^\s*(?:\S+\s*){0,2}?(?:通话|通話|语音|語音|통화)/u;
const CALLS_BEFORE =
  /\b(?:calls?|appels?|llamadas?|videollamadas?|chamadas?|ligacoes|chiamate?|anrufe?)\s+(?:(?:de|do|no|en|via|par|por|per|uber|on|over|through|with)\s+)?$|(?<![\p{L}])(?:звонк\p{L}*|вызов\p{L}*|дзвінк\p{L}*)\s+(?:(?:в|через|по)\s+)?$/u;
/** Anyone asked to call, add or write, or given a number or an id, in the message. */
const CALL_ASKED =
  /\b(?:call|text|message|write|add|contact|reach|ping)\s+(?:me|us)\b|\b(?:me|us|my|our)\b|\b(?:escrib\w*|llam\w*me|hablemos|ligue|chame|appelez|ecrivez|schreib\w*|ruf\w*|ara(?:yin|yiniz)|yaz(?:in|iniz)|ekle\w*|bana|beni|hubungi|telepon\s+saya)\b|(?<![\p{L}])(?:пиши\p{L}*|звони\p{L}*|добав\p{L}*|мне|мой|наш\p{L}*)(?![\p{L}])|@|\d{5}|加我|联系|聯繫|找我/u;
function isCallFeature(tc: TextContext, start: number, end: number): boolean {
  // The microphone and the audio goods are looked for in the sentence, cut from the message (literal-prefilter.ts).
  if (!mayMatchInMessage(tc, MIC) || !mayMatchInMessage(tc, AUDIO_GOODS)) return false;
  const text = tc.norm.text;
  // The whole-message and whole-sentence checks are asked once each, not once per brand named: a long listing that
  // names the app a thousand times would otherwise rescan the message a thousand times.
  if (!once(tc, 'callFeatureNobodyAsked', () => !CALL_ASKED.test(text) && !MOVE_WORD.test(text)))
    return false;
  const [a, b] = sentenceRange(tc, start, end);
  const audioSentence = once(tc, `callFeatureSentence:${a}:${b}`, () => {
    const sentence = text.slice(a, b);
    return MIC.test(sentence) && AUDIO_GOODS.test(sentence) && !REQUEST_BETWEEN.test(sentence);
  });
  if (!audioSentence) return false;
  const after = text.slice(end, Math.min(b, end + 40));
  const before = text.slice(Math.max(a, start - 30), start);
  return CALLS_AFTER.test(after) || CALLS_BEFORE.test(before);
}

/** A video call on the app proposed in the mention's sentence, with no goods for calls sold (video-call-feature.ts). */
function callProposedHere(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [a, b] = sentenceRange(tc, start, end);
  return videoCallProposed(
    text.slice(Math.max(a, start - 60), start),
    text.slice(end, Math.min(b, end + 60)),
    `${text.slice(a, start)} ~ ${text.slice(end, b)}`,
  );
}

/**
 * Goods for an app's video calls: "phone stand, ideal for WhatsApp video calls", "ビデオ通話に便利なスタンド"
 * (video-call-feature.ts), with nobody in the sentence asked, given a number or an id, and no one of the seller's
 * on the call ("a video call on WhatsApp with our engineer tomorrow" is the seller's own call).
 */
function isVideoCallProduct(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [a, b] = sentenceRange(tc, start, end);
  const before = text.slice(Math.max(a, start - 60), start);
  const after = text.slice(end, Math.min(b, end + 60));
  const sentence = `${text.slice(Math.max(a, start - OFFER_ASK_REACH), start)} ~ ${text.slice(end, Math.min(b, end + OFFER_ASK_REACH))}`;
  return (
    videoCallUse(before, after, sentence) &&
    !callArrangedBySeller(sentence) &&
    !INSTRUCTION.test(sentence) &&
    !MOVE_WORD.test(sentence) &&
    !REQUEST_BETWEEN.test(sentence) &&
    !SELLER_TAKES_PERSON.test(sentence)
  );
}

/**
 * The name a charge or refund carries on a bank statement: "the refund may show on your statement as Alipay
 * Singapore", "na wyciągu pojawi się jako…", "en su extracto aparecerá como PayPal *…" — the brand names the
 * platform's processor, nobody asks to be paid there.
 */
const STATEMENT_NAME = new RegExp(
  [
    '\\b(?:statements?|extracto|extrato|fatura|factura|releve|kontoauszug|abrechnung|wyciag\\w*|ekstre\\w*|hesap\\s+ozet\\w*|sao\\s+ke|mutasi|estratto|afschrift)\\b[^.!?\\n]{0,60}\\b(?:as|como|comme|als|jako|olarak|sebagai|come|la|named|called)\\s*[\'"«„“]?\\s*$',
    '(?<![\\p{L}])выписк\\p{L}*[^.!?\\n]{0,60}(?<![\\p{L}])как\\s*[\'"«„“]?\\s*$',
    '(?:账单|賬單|对账单|對帳單|明细|明細|명세서)[^。！？.!?\\n]{0,30}(?:显示为|顯示為|显示|顯示|として|로)\\s*[\'"«„“]?\\s*$',
  ].join('|'),
  'u',
);
/**
 * "请在支付宝或银行卡账单里查看" (look it up in your Alipay or card statement): the wallet names where the buyer looks,
 * unless the sentence then asks for money ("…查看，然后转账给我").
 */
const LOOKED_UP_IN_STATEMENT =
  /^[^。！？!?\n]{0,20}?(?:账单|賬單|明细|明細|交易记录|交易記錄)(?:里|裡|中|内|內)?(?:查看|查询|查詢|核对|核對|确认|確認)/u;
const MONEY_ASKED_ZH = /转账|轉帳|付款|打款|汇款|匯款|给我|給我|转给|轉給|转我|轉我/u;
function isStatementName(tc: TextContext, start: number, end: number): boolean {
  // Most messages name no statement at all (literal-prefilter.ts): the windows around each hit are not searched.
  if (
    mayMatchInMessage(tc, STATEMENT_NAME) &&
    STATEMENT_NAME.test(sinceSentenceStart(tc.norm.text.slice(Math.max(0, start - 100), start)))
  )
    return true;
  const after = tc.norm.text.slice(end, end + 120);
  if (!mayMatchInMessage(tc, LOOKED_UP_IN_STATEMENT) || !LOOKED_UP_IN_STATEMENT.test(after)) return false;
  const sentenceEnd = after.search(/[。！？!?\n]/u);
  return !MONEY_ASKED_ZH.test(sentenceEnd < 0 ? after : after.slice(0, sentenceEnd));
}

export function isDescriptiveBrandUse(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  if (isStatementName(tc, start, end)) return true;
  // A fixed window, not the clause: a list of names crosses commas ("Zalo, Line, WhatsApp icons").
  // Both need a description word in a window cut from the message: none in the message, none in the windows
  // (literal-prefilter.ts), and the sentence start is not looked for.
  const described =
    (mayMatchInMessage(tc, DESCRIBED_AFTER) && DESCRIBED_AFTER.test(text.slice(end, end + 40))) ||
    (mayDescribeBefore(tc) &&
      describedBefore(sinceSentenceStart(text.slice(Math.max(0, start - 40), start))));
  return (
    (described &&
      !INSTRUCTION.test(clauseWithout(tc, start, end)) &&
      !asksToPayInClause(clauseWithout(tc, start, end)) &&
      !callProposedHere(tc, start, end)) ||
    isDeviceFeature(tc, start, end) ||
    isNotificationFeature(tc, start, end) ||
    isBuyersAppPrinted(tc, start, end) ||
    isAppContentFeature(tc, start, end) ||
    isCallFeature(tc, start, end) ||
    isVideoCallProduct(tc, start, end) ||
    isDrivenThroughApp(tc, start, end) ||
    isListedProduct(tc, start, end) ||
    isNamedInProduct(tc, start, end) ||
    isInProductOffer(tc, start, end)
  );
}

/**
 * "Telegram T2 portable speaker, 10W, MOQ 200 pcs", "funda compatible con pagos NFC (Google Pay, Bizum), pedido mínimo
 * 100 unidades": the brand as a model name or a use of goods on offer (product-offer.ts), with nobody in its sentence
 * asking, taking the money or giving a number — "…MOQ 100. Pay me by MoMo 090…" keeps its own sentence's ask.
 */
function isInProductOffer(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  // The message-wide test once per message, the sentence-wide one once per sentence: asked at every mention, an
  // endless sentence of mentions ("model whatsapp model whatsapp …") was read once per mention, quadratic time.
  if (!once(tc, 'readsAsOffer', () => readsAsOffer(text))) return false;
  const [a, b] = sentenceRange(tc, start, end);
  const goods = once(tc, 'namesGoods', () => new Map<number, boolean>());
  let named = goods.get(a);
  if (named === undefined) {
    named = namesGoods(text.slice(a, b));
    goods.set(a, named);
  }
  if (!named) return false;
  const before = text.slice(Math.max(a, start - 120), start);
  const after = text.slice(end, Math.min(b, end + 120));
  if (!placedAsModelOrUse(before, after)) return false;
  // The ask is looked for in the sentence, but at most OFFER_ASK_REACH characters on each side of the mention, so
  // the work per mention is bounded; a spec line's sentence is long (commas, no full stop), hence twice a clause's.
  const sentence =
    `${text.slice(Math.max(a, start - OFFER_ASK_REACH), start)} ~ ${text.slice(end, Math.min(b, end + OFFER_ASK_REACH))}`
      .replace(OFFER_FEATURE_WORDS, ' ')
      .replace(LISTING_FEATURE_WORDS, ' ');
  return (
    !SELLER_TAKES_PERSON.test(sentence) &&
    !REQUEST_BETWEEN.test(sentence) &&
    !INSTRUCTION.test(sentence) &&
    !MOVE_WORD.test(sentence)
  );
}
const OFFER_ASK_REACH = 2 * CLAUSE_REACH;

/**
 * "The WhatsApp Business API integration you asked about", "earbuds, 'WhatsApp call noise cancel' version": the app
 * as a product's technical counterpart or inside its quoted name (app-in-product-name.ts), with no instruction, id
 * or number in the clause once the name is blanked — nobody is asked to go there.
 */
function isNamedInProduct(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  const [a, b] = clauseRange(tc, start, end);
  const before = text.slice(Math.max(a, start - 60), start);
  const after = text.slice(end, Math.min(b, end + 80));
  // The whole sentence is read for an ask, not the clause: "…API integration, text me for price", "— let's move our
  // chat there", "join our telegram group" ask after a comma or a dash.
  const [sa, sb] = sentenceRange(tc, start, end);
  // "…API integration, so your customers can message you there": the product's users talk to the buyer, not the
  // buyer to the seller (app-in-product-name.ts).
  if (technicalMention(before, after))
    return !asksToGoThere(withoutThirdPartyTalk(`${text.slice(sa, start)} ~ ${text.slice(end, sb)}`));
  const nameEnd = quotedProductNameEnd(before, after);
  if (nameEnd < 0) return false;
  const nameStart = start - before.length + quotedNameStart(before);
  return !asksToGoThere(`${text.slice(sa, nameStart)} ~ ${text.slice(end + nameEnd, sb)}`);
}

/** An instruction, id or number, or a word of moving the talk, anywhere in the sentence beside the named product. */
const MOVE_TALK =
  /\b(?:text|texts|message|msg|talk|chat|move|join|reply|write|reach|contact|add|call|ping|dm|pm|there|group|channel)\b|@|\d{5,}/u;
function asksToGoThere(sentence: string): boolean {
  return INSTRUCTION.test(sentence) || MOVE_TALK.test(sentence);
}

/** Abbreviations a listing writes inside its sentence: "z. B.", "e.g.", "bzw.", "ca.", "p. es.", "np.", "bijv.". */
const LISTING_ABBREVIATION =
  /\b(?:z\.\s?b|e\.\s?g|i\.\s?e|bzw|ca|inkl|p\.\s?es|ad\s?es|np|bijv|bv|vgl|u\.\s?a)\./gu;

/**
 * "Handheld POS terminal, NFC, 4G, supports Apple Pay and Alipay, 58 mm printer", "porte-cartes RFID en cuir,
 * protège vos cartes Visa et PayPal": a listing of payment hardware or an accessory, whose features run across
 * commas (product-listing.ts), with nobody in the sentence taking the money, asking or giving a number.
 */
function isListedProduct(tc: TextContext, start: number, end: number): boolean {
  if (!mayListPaymentProduct(tc)) return false;
  const text = tc.norm.text;
  // "12 Kartenfächer (z. B. für EC-, Visa- und PayPal-Karte)": the dots of an abbreviation end no sentence.
  const window = text
    .slice(Math.max(0, start - 160), start)
    .replace(LISTING_ABBREVIATION, (m) => ' '.repeat(m.length));
  const before = sinceSentenceStart(window);
  const rest = text.slice(end, end + 120);
  const stop = SENTENCE_AFTER.exec(rest);
  const after = stop ? rest.slice(0, stop.index) : rest;
  // "QR code stand for WeChat Pay": a match that runs from the product's noun to the brand holds the word of use
  // itself; the words it spans before its last one stand before the brand too.
  const spanned = text.slice(start, end);
  const lead = `${before} ${spanned.slice(0, spanned.lastIndexOf(' ') + 1)}`;
  if (!listsPaymentProduct(lead, after, SUPPORT_RE.test(lead))) return false;
  if (requestAfterDescription(text, start, end, before)) return false;
  const sentence = `${before} ${after}`.replace(LISTING_FEATURE_WORDS, ' ');
  return (
    !SELLER_TAKES_PERSON.test(sentence) &&
    !REQUEST_BETWEEN.test(sentence) &&
    !INSTRUCTION.test(sentence) &&
    !MOVE_WORD.test(sentence)
  );
}

/**
 * A product that takes a wallet is a feature, not a payee: "这个充电器支持微信和支付宝扫码付款", "the terminal
 * supports Alipay", "Das Kassenterminal akzeptiert Apple Pay und Alipay", "この決済端末はPayPayに対応" — a device
 * named before the brand in its sentence, with a verb of support (before the brand, or after it in languages
 * that put the verb last), and no seller taking the money ("我们支持微信支付宝付款", "we accept Alipay", "pay me").
 */
const DEVICE = [
  '\\b(?:(?:payment\\s+|pos\\s+|card\\s+)?terminals?|pos(?:\\s+machines?)?|card\\s+readers?|readers?|scanners?|printers?|chargers?|kiosks?|vending\\s+machines?|cash\\s+registers?|tills?|devices?|machines?)\\b',
  // The product being sold, named as such: "this model supports Apple Pay and Alipay QR payments".
  '\\b(?:models?|smart\\s?phones?|phones?|tablets?|handsets?|(?:this|the|our)\\s+(?:products?|items?|units?|versions?))\\b',
  // The same in the other languages read, accents folded: "das Produkt", "ürünümüz", "il prodotto", "el producto".
  '\\b(?:produkt\\w*|urun\\w*|prodott[oi]|product[oa]s?|produto|produit|modell[oi]?|modelo|modele|distributore(?:\\s+automatico)?|automaat|apparaat|thiet\\s+bi|perangkat|produk)\\b',
  '(?<![\\p{L}\\p{M}])(?:मशीन|डिवाइस|प्रोडक्ट|उपकरण|टर्मिनल|रीडर|स्कैनर)',
  // Crypto hardware sold as a product: "this hardware wallet supports USDT, BTC and ETH".
  '\\b(?:(?:hardware|cold)\\s+wallets?|miners?|mining\\s+(?:rigs?|machines?)|atms?)\\b',
  '\\b(?:kassenterminal\\w*|kartenterminal\\w*|kartenles\\w*|kasse(?:nsystem)?|gerat|geraet|terminal\\s+de\\s+paiement|tpe|maquininha|maquina(?:\\s+de\\s+cartao)?|dispositivo|datafono|lector|terminale|cassa|cihaz\\w*|mesin\\s+(?:kasir|edc)|may\\s+(?:pos|quet|ban\\s+hang|tinh\\s+tien)|czytnik\\w*)\\b',
  '(?<![\\p{L}])(?:терминал\\p{L}*|касс\\p{L}*|устройств\\p{L}*|جهاز|نقاط\\s+البيع)',
  // Dutch ("het product ondersteunt PayPal"), Ukrainian and Thai ("เครื่อง", machine, as normalised without its marks).
  '\\b(?:apparaat|betaalautomaat|pinautomaat|kassa(?:systeem)?|product(?:en)?)\\b|(?<![\\p{L}])(?:термінал\\p{L}*|пристр(?:ій|ою|оï)|кас[аиі])(?![\\p{L}])|เครอง',
  '端末|決済機|レジ|단말기|키오스크|포스기|收银机|收銀機|终端|終端|设备|設備|扫码枪|掃碼槍|充电器|充電器|机器|機器|款机|款機|这台|這台|该机|該機',
  // Wearables and speakers that show or read out an app's notifications.
  '\\b(?:(?:smart\\s?)?watch(?:es)?|smartwatch\\w*|smart\\s?bands?|fitness\\s+(?:band|tracker)s?|bracelets?|speakers?|earbuds?|headsets?|uhr|uhren|lautsprecher|armband|montre|enceinte|reloj|altavoz|pulsera|relogio|caixa\\s+de\\s+som|pulseira|orologio|altoparlante|bracciale|zegarek|glosnik|opaska|saat|hoparlor|bileklik|dong\\s+ho|loa|vong\\s+tay|jam\\s+tangan|jam|gelang)\\b',
  '(?<![\\p{L}])(?:часы|колонк\\p{L}*|браслет\\p{L}*|ساع[ةه]|الساع[ةه]|سماع[ةه]\\p{L}*)',
  '手表|手錶|手环|手環|音箱|耳机|耳機|スマートウォッチ|ウォッチ|スマートバンド|時計|スピーカー|イヤホン|시계|워치|스피커|이어폰|밴드',
].join('|');
const SUPPORT = [
  // "…do video calls on WhatsApp hands-free while driving": what a holder or headset lets one do with the app.
  '\\bhands?-?\\s?free\\b|\\b(?:supports?|supporting|accepts?|accepting|reads?|reading|scans?|scanning|works?\\s+with|compatible\\s+with|akzeptier(?:t|en)|unterstutz(?:t|en)|liest|lesen|accepte|prend\\s+en\\s+charge|acepta|admite|soporta|aceita|suporta|ho\\s+tro|chap\\s+nhan|mendukung|menerima|accetta|supporta|obsluguje|obslugujac\\w*|z\\s+obsluga|akceptuje|kabul\\s+eder|destekl\\w*)\\b',
  // Connecting to a wallet or answering an app's calls is a feature too (stop 56): "the POS connects MoMo and ZaloPay
  // wallets", "máy POS có kết nối ví MoMo", "el terminal se conecta con Mercado Pago", "der Kassenterminal verbindet sich
  // mit Alipay", "the earbuds answer WhatsApp calls", "收银机对接微信支付", "терминал подключается к СБП".
  '\\b(?:connects?|connecting|connected|links?|linked|integrates?|integrating|integrated|answers?|answering|ket\\s+noi|tich\\s+hop|lien\\s+ket|se\\s+conecta|conecta|integra|contesta|atende|se\\s+connecte|connecte|integre|repond|verbindet(?:\\s+sich)?|integriert|si\\s+collega|collega|risponde|laczy\\s+sie|integruje|baglan\\w*|entegre|terhubung|terintegrasi|menjawab|podporuje|propoj\\w*|pripoj\\w*)\\b',
  '(?<![\\p{L}])(?:подключ\\p{L}*|интегрир\\p{L}*|отвечает|يتصل|يرتبط|يتكامل)(?![\\p{L}])|连接|連接|对接|對接|接入|绑定|綁定|接听|接聽',
  // Showing or receiving an app's notifications is a feature too ("the watch shows WhatsApp notifications").
  '\\b(?:shows?|showing|displays?|displaying|receives?|receiving|reads?\\s+out|announces?|gosteren|goruntuleyen|zeigt|empfangt|affiche|recoit|muestra|recibe|mostra|exibe|recebe|riceve|visualizza|wyswietla|odbiera|gosterir|alir|hien\\s+thi|menampilkan|compatible|compativel|kompatibel|compatibil\\w*|uyumlu|tuong\\s+thich)\\b',
  '(?<![\\p{L}])(?:показыва\\p{L}*|отобража\\p{L}*|получа\\p{L}*|يعرض|تعرض|يستقبل|تستقبل|تدعم)(?![\\p{L}])',
  '表示|显示|顯示|표시|받아|受け取|掲示|展示',
  '(?<![\\p{L}])(?:поддерживает|принимает|читает|يدعم|يقبل)(?![\\p{L}])',
  '\\b(?:ondersteunt|accepteert)\\b|(?<![\\p{L}])(?:підтримує|приймає)(?![\\p{L}])|รองรบ',
  '対応|지원|支持|兼容|可用|识别|識別',
  // Hindi: "सपोर्ट करता है" (supports), "स्वीकार करता है" (accepts).
  '(?<![\\p{L}\\p{M}])(?:सपोर्ट|स्वीकार)(?![\\p{L}\\p{M}])',
].join('|');
const DEVICE_RE = new RegExp(DEVICE, 'u');
/**
 * The product itself, named as such ("产品支持微信、支付宝扫码支付功能", "本製品は…決済QRを表示できる", "이 제품은",
 * "รุ่นนี้ / สินค้านี้ / เครื่องนี้" as normalised): a device only when the sentence also reads as a listing (a size,
 * a screen, a material, the word "feature"), since "本产品支持支付宝付款" alone may be the seller's way of being paid.
 */
const PRODUCT = '产品|產品|本品|製品|제품|รนน|สนคาน|เครองน';
const PRODUCT_RE = new RegExp(PRODUCT, 'u');
const PRODUCT_FEATURE = new RegExp(
  `${LISTING_ATTRIBUTE.source}|功能|機能|屏幕|螢幕|画面|ディスプレイ|スタンド|寸|英寸|インチ|인치|화면|기능|หนาจอ|เครอง|\\b(?:features?|functions?|screen|display)\\b`,
  'u',
);
const PRODUCT_THEN_SUPPORT = new RegExp(`(?:${PRODUCT})[^,;，；、。.!?]{0,30}?(?:${SUPPORT})`, 'u');
const SUPPORT_RE = new RegExp(SUPPORT, 'u');
// The device is the subject: its verb comes before the brand with no clause break between them…
const DEVICE_THEN_SUPPORT = new RegExp(`(?:${DEVICE})[^,;，；、。.!?]{0,30}?(?:${SUPPORT})`, 'u');
// …or (Arabic) the verb comes first: "يدعم جهاز نقاط البيع الدفع عبر…".
const SUPPORT_THEN_DEVICE = new RegExp(`(?:${SUPPORT})\\s+(?:${DEVICE})`, 'u');
/** Someone takes the money: "we accept", "我们支持", "pay me", "my QR code". */
const SELLER_TAKES_PERSON_SOURCES = [
  '\\b(?:we|i)\\s+(?:also\\s+|can\\s+|do\\s+)?(?:accept|support|take)\\b|\\b(?:me|us)\\b|\\bmy\\b|\\bour\\s+(?:account|code|qr|wallet|number)',
  '我们(?:也)?(?:支持|接受|收)|我們(?:也)?(?:支持|接受|收)|给我|給我|我的',
  '\\b(?:wir|nous|nosotros|nos|nos\\s+aceitamos|kami|biz|chung\\s+toi|em\\s+nhan)\\b',
];
// A payment code (收款码) named beside a device is someone's code; in a listing of code stands it is the product.
const SELLER_TAKES = new RegExp([...SELLER_TAKES_PERSON_SOURCES, '收款码|收款碼'].join('|'), 'u');
const SELLER_TAKES_PERSON = new RegExp(SELLER_TAKES_PERSON_SOURCES.join('|'), 'u');
/**
 * A request between the device and the brand ends the description: "the machine supports 220V; please pay the
 * balance by Alipay", "机器支持220V,尾款请付支付宝".
 */
const REQUEST_BETWEEN = new RegExp(
  [
    '[;；]|\\b(?:please|pls|plz|kindly|balance|deposit|bitte|restbetrag|anzahlung|por\\s+favor|saldo|acompte|solde|svp|prego|per\\s+favore|lutfen|vui\\s+long|tolong|silakan|prosze)\\b',
    '(?<![\\p{L}])(?:пожалуйста|остаток|предоплат\\p{L}*|من\\s+فضلك|الرجاء|الدفعة)(?![\\p{L}])',
    '请|請|尾款|定金|订金|訂金|余款|餘款|お願い|残金|부탁|잔금',
    // A word of paying or sending between them, in the languages whose product words describe a device: "the product
    // accepts PayPal, pay by PayPal", "le produit accepte PayPal, payez-moi par PayPal", "ürün PayPal destekliyor,
    // kalan ödemeyi PayPal ile gönderin" — the second brand is how to pay, not what the product does.
    '(?<!\\b(?:apple|google|samsung|wechat|ali|amazon|union|line|kakao|naver|we)\\s?)\\b(?:pay|send|remit|zahlen\\s+sie|uberweisen\\s+sie|payez|envoyez|pague\\w*|paghi|pagate|envie|envíe|mande|odeyin\\w*|gonderin\\w*|bana|bayar(?:lah)?|kirim|betaal|maak\\s+over|stuur|zaplac|przelej)\\b',
    '(?<![\\p{L}\\p{M}])(?:पेमेंट|भुगतान|भेज\\p{L}*|मुझे)(?![\\p{L}\\p{M}])',
  ].join('|'),
  'u',
);
/**
 * "The terminal supports PayPal, PayPal से पेमेंट करें / u kunt mij via PayPal betalen": the verb of support is in an
 * earlier clause of the sentence (`before` ends at the brand), and the brand's own clause asks for money with its
 * verb after the name (request-after-brand.ts).
 */
function requestAfterDescription(text: string, start: number, end: number, before: string): boolean {
  const support = SUPPORT_RE.exec(before);
  if (!support) return false;
  return asksToPayAfterBrand(text, start, end, start - before.length + support.index + support[0].length);
}
// A decimal point is no sentence end: "10.1英寸触摸屏", "5.5 inch screen" belong to the device's sentence.
const SENTENCE_AFTER = /(?<!\d)\.|\.(?!\d)|[!?。！？\n]/u;
const CRYPTO_DEVICE = /wallet|miner|mining|atm/u;
const MONEY_SENT =
  /\b(?:pay|transfer|send|deposit|remit)\w*\s+(?:\S+\s+){0,4}?(?:balance|deposit|money|payment|funds|usd|usdt|btc|bitcoin|\d+|address|wallet|there)\b|\baddress\s*[:：]/u;
/** The brand names a device's make: "PayPal Zettle card readers", "the WeChat Pay terminal", "Alipay POS". */
const DEVICE_NAMED_AFTER =
  /^(?:\s+[^\s,;.!?]+)?\s+(?:card\s+readers?|(?:card\s+|payment\s+|pos\s+)?terminals?|readers?|pos(?:\s+machines?)?|kiosks?)\b/u;
/**
 * Korean and Japanese name the wallets first, as a list, then the device and its word of support: "카카오페이,
 * 네이버페이 결제 단말기 호환 모델" (a terminal model compatible with KakaoPay and NaverPay), "…決済端末に対応".
 */
const WALLETS_THEN_DEVICE =
  /^(?:\s*[,、]\s*[^\s,;.!?、]+){0,4}\s*(?:결제\s?)?(?:단말기|포스기)\s?(?:호환|지원|대응)|^(?:\s*[,、]\s*[^\s,;.!?、]+){0,4}\s*(?:決済)?端末(?:に|で)?対応/u;
const PASSIVE_DEVICE = new RegExp(
  `^[^.!?;]{0,40}?\\b(?:is|are)\\s+(?:(?:also|both|all)\\s+)?(?:supported|accepted|read|shown|displayed)\\s+(?:by|on)\\s+(?:the\\s+|this\\s+|these\\s+|each\\s+|every\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${DEVICE})`,
  'u',
);
/** The product named before the brand, in a sentence that reads as a listing of it. */
function productNamed(before: string, after: string): RegExpExecArray | null {
  const product = PRODUCT_RE.exec(before);
  return product && PRODUCT_FEATURE.test(`${before} ${after}`) ? product : null;
}
/** Some word of a device or of the product (any of isDeviceFeature's ways) may be in the message. */
const mayNameDevice = (tc: TextContext) =>
  mayMatchInMessage(tc, DEVICE_RE) ||
  mayMatchInMessage(tc, PRODUCT_RE) ||
  mayMatchInMessage(tc, DEVICE_NAMED_AFTER) ||
  mayMatchInMessage(tc, WALLETS_THEN_DEVICE) ||
  mayMatchInMessage(tc, PASSIVE_DEVICE);
function isDeviceFeature(tc: TextContext, start: number, end: number): boolean {
  // Every way below names a device or the product in a window cut from the message: with none of their words in
  // the message, none is in a window either (literal-prefilter.ts), and no window is cut.
  if (!mayNameDevice(tc)) return false;
  const text = tc.norm.text;
  const ownSentence = sinceSentenceStart(text.slice(Math.max(0, start - 80), start));
  const following = text.slice(end, end + 40);
  if (
    ((mayMatchInMessage(tc, DEVICE_NAMED_AFTER) && DEVICE_NAMED_AFTER.test(following)) ||
      (mayMatchInMessage(tc, WALLETS_THEN_DEVICE) && WALLETS_THEN_DEVICE.test(following))) &&
    !SELLER_TAKES.test(ownSentence)
  )
    return true;
  // "WeChat Pay and Alipay are supported by this vending machine": the device named after, in the passive.
  const next = text.slice(end, end + 80);
  if (
    mayMatchInMessage(tc, PASSIVE_DEVICE) &&
    PASSIVE_DEVICE.test(next) &&
    !SELLER_TAKES.test(`${ownSentence} ${next}`)
  )
    return true;
  // The whole sentence so far: a long list of wallets may stand between the device and the last of them.
  const before = sinceSentenceStart(text.slice(Math.max(0, start - 160), start));
  const rest = text.slice(end, end + 80);
  const stop = SENTENCE_AFTER.exec(rest);
  const after = stop ? rest.slice(0, stop.index) : rest;
  const device =
    (mayMatchInMessage(tc, DEVICE_RE) ? DEVICE_RE.exec(before) : null) ??
    (mayMatchInMessage(tc, PRODUCT_RE) ? productNamed(before, after) : null);
  if (!device) return false;
  if (REQUEST_BETWEEN.test(before.slice(device.index))) return false;
  if (requestAfterDescription(text, start, end, before)) return false;
  // "Use a cold wallet that supports USDT and transfer the balance there": crypto hardware named on the way to a
  // payment is the means of paying, not a product described.
  if (CRYPTO_DEVICE.test(device[0]) && MONEY_SENT.test(text.slice(end))) return false;
  const verbFirst =
    DEVICE_THEN_SUPPORT.test(before) || SUPPORT_THEN_DEVICE.test(before) || PRODUCT_THEN_SUPPORT.test(before);
  if (!verbFirst && !SUPPORT_RE.test(after)) return false;
  return !SELLER_TAKES.test(`${before} ${after}`);
}

/** "Write to us here", "all your order updates come here", "请在这里留言": the message keeps the talk in the chat. */
const KEEPS_HERE = new RegExp(
  [
    '\\b(?:write|message|contact|ask|reply|talk)\\s+(?:to\\s+|with\\s+)?(?:us|me)\\s+(?:\\w+\\s+)?here\\b',
    // "Sorry, we only communicate here": the writer's own way of talking, kept in the chat.
    '\\b(?:we|i)\\s+(?:(?:only|just|always)\\s+)?(?:communicate|talk|chat|speak|reply|answer)\\s+(?:(?:with\\s+(?:you|u|buyers|customers|clients)|only)\\s+)?(?:here|in\\s+this\\s+chat|on\\s+(?:alibaba|aliexpress))\\b',
    '\\b(?:all|every)\\s+(?:of\\s+)?(?:your\\s+|the\\s+|our\\s+)?(?:\\w+\\s+)?(?:talks?|messages?|updates?|communication|questions?)\\s+(?:\\w+\\s+){0,3}?(?:here|in\\s+this\\s+chat)\\b',
    '\\bkeep\\s+(?:\\w+\\s+){0,3}?(?:here|in\\s+this\\s+chat|on\\s+(?:alibaba|aliexpress))\\b',
    // "scriva sempre qui", "écrivez-nous toujours ici": an adverb may come between.
    '\\b(?:escrib\\w*|escrev\\w*)\\s+(?:\\w+\\s+){0,2}?aqui\\b|\\becrivez(?:-nous)?\\s+(?:\\w+\\s+)?ici\\b|\\bschreiben\\s+sie\\s+(?:uns|mir)\\s+(?:\\w+\\s+)?hier\\b|\\bscriv\\w*\\s+(?:\\w+\\s+)?qui\\b',
    '(?:在这里|在此|在这边|这里)(?:留言|联系|沟通|聊|说|咨询)|(?:都|均)在(?:这里|平台|阿里)',
    // "WhatsApp? Sorry, we only talk in the Alibaba chat", "按平台规定我们只在阿里巴巴聊天里沟通", "アリババのチャットでのみ
    // やり取り", "알리바바 채팅에서만 대화합니다", "общаемся только в чате Alibaba", "komunikujeme jen tady v chatu", "csak
    // itt kommunikálunk": the app the buyer named, answered by the platform's chat as the only place (stop 47).
    "\\b(?:we|i)\\s+(?:(?:only|just|always)\\s+)?(?:communicate|talk|chat|speak|reply|answer)\\s+(?:only\\s+)?(?:in|on|via|through)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform)(?:\\s*'s)?(?:\\s+(?:chat|messenger|app|inbox))?\\b",
    '(?:只|仅|僅)(?:在|通过|通過|用|走)(?:阿里|平台|这里|這裡|旺旺|站内|站內)\\S{0,8}?(?:沟通|溝通|聊|联系|聯繫|交流)',
    '(?:アリババ|プラットフォーム|こちら)\\S{0,8}?(?:のみ|だけ)\\S{0,4}?(?:やり取り|やりとり|連絡|対応|お話)',
    '(?:알리바바|플랫폼|여기)\\s?\\S{0,6}?(?:에서만|로만)\\s?(?:대화|연락|소통|채팅)',
    '(?<![\\p{L}])(?:общаемся|переписываемся|спілкуємося|листуємося|общуваме|комуникираме|пишем)\\s+(?:\\p{L}+\\s+){0,2}?(?:только|лише|тільки|само)\\s+(?:здесь|тут|тук|(?:в|у)\\s+(?:этом\\s+|цьому\\s+)?чат\\p{L}*|на\\s+(?:платформ|alibaba)\\p{L}*|през\\s+(?:платформ|alibaba)\\p{L}*)',
    '\\b(?:komunikujeme|komunikujem|piseme|bavime\\s+se|odpovidame)\\s+(?:\\w+\\s+)?(?:jen|jenom|pouze|iba|len)\\s+(?:zde|tady|tu|v\\s+(?:tomto\\s+)?chatu|(?:pres|cez|na)\\s+(?:alibab|platform)\\w*)',
    '\\bcsak\\s+(?:itt|az?\\s+(?:alibab|platform)\\w*(?:\\s+keresztul)?)\\s+(?:\\w+\\s+)?(?:kommunikal\\w*|beszel\\w*|levelez\\w*|chatel\\w*|tartjuk\\s+a\\s+kapcsolatot)',
  ].join('|'),
  'u',
);
export const keepsTalkHere = (tc: TextContext) => KEEPS_HERE.test(tc.norm.text);
/** "WhatsApp is faster than this chat": an app preferred to the chat is a push towards it. */
const PREFERRED =
  /\b(?:faster|quicker|better|easier|convenient|prefer\w*|rather|instead)\b|方便|更快|比较快|比較快|更好/u;
/** The clause around a brand holds an instruction (add, contact, pay, an id or a number) or prefers the app. */
export const instructedAround = (tc: TextContext, start: number, end: number) => {
  const clause = clauseWithout(tc, start, end);
  return INSTRUCTION.test(clause) || PREFERRED.test(clause);
};

/** The wallet at [start, end) named after a refund's original or same method, in its sentence (refund-to-original.ts). */
function refundListedAt(tc: TextContext, start: number, end: number): boolean {
  const [a, b] = sentenceRange(tc, start, end);
  const [, clauseEnd] = clauseRange(tc, start, end);
  return refundMethodListed(tc.norm.text.slice(a, b), start - a, Math.min(clauseEnd, b) - a);
}
