import { KEEPS_PURCHASE_HERE, PLATFORM_LINK } from '../compose/compose';
import { anyOf, type ChatPattern } from '../match';
import { FRIENDS_AND_FAMILY_PAYMENT } from './friends-and-family';

/**
 * Requests to pay elsewhere that name no service — how real suppliers usually ask (the messages in
 * tests/fixtures/chat/real-modelled/ and the reports they were modelled on): "can you pay by another way",
 * "the payment between friends", "the account of our finance lady", "just do the bank transfer to us like
 * before", "refund after you pay the resend postage to my account", "buy from our own website", "our parent
 * company in Hong Kong receives the money", "W.U. or M.G.". English here; other languages in languages/.
 */

/**
 * A link to another store on Alibaba or AliExpress keeps the payment on the platform (the move is still a
 * contact move); so does "…but wholesale orders are only here" after a shop elsewhere is mentioned.
 */
const ON_PLATFORM_STORE = {
  unless: new RegExp(`${PLATFORM_LINK.source}|${KEEPS_PURCHASE_HERE.source}`, 'u'),
  unlessIn: 'message',
} as const;

/** A hint that the "other way" is away from the platform: a saving, a person, an account, a contact. */
const AWAY_HINT =
  /cheap|discount|% off|\boff\b|less|fee|commission|save|direct|friend|famil|personal|private|individual|\b(?:my|our|his|her)\s+(?:own\s+)?(?:account|card|bank|name)|outside|offline|no need|not need|wait|instead|detail|\binfo|contact|tell you|send you|whatsapp|wechat|e-?mail|write to|transfer to|faster|\bnot\s+(?:the\s+|through\s+(?:the\s+)?)?(?:online|platform|alibaba|order)/;

const PERSON =
  '(?:lady|girl|man|guy|staff|employee|colleague|boss|manager|director|accountant|cashier|finance|person|friend|relative|cousin|agent|wife|husband|owner|sales\\w*|partner|brother|sister)';
/** A person named with a title ("Mr Li", "Ms. Wang", "Madam Chen"): an individual, not a company. */
const TITLED_PERSON = '(?:mr|mrs|ms|miss|mdm|madam|madame|sir)\\.?\\s+[a-z]+';

/**
 * What follows a person a parcel goes to: "send it to Mr. Brown by DHL", "to Mr Zhang's attention", "…, tracking
 * number follows". Goods or papers sent, not money.
 */
const NOT_GOODS_SENT =
  "(?!'?s?\\s+(?:attention|attn|desk|office|address)\\b)(?![^.!?\\n]{0,40}?\\b(?:dhl|fedex|ups|tnt|ems|sf\\s+express|courier|express|postal|by\\s+post|by\\s+(?:air|sea)|tracking|parcel|package|samples?)\\b)";
/** Goods words after a receiver: "she will sign for the sample parcel", "he checks the samples when they arrive". */
const RECEIVES_GOODS =
  '[^.!?\\n]{0,80}?\\b(?:sign\\w*\\s+for|parcels?|packages?|samples?|goods|shipments?|cargo|deliver\\w*|couriers?|consignments?)\\b';
/** A receiver of goods by name: "goods receiver", "parcel recipient", "consignee". */
const GOODS_RECEIVER = '(?:goods|parcel|package|sample|cargo|shipment|delivery|courier)';

const RELATED_COMPANY =
  '(?:parent|sister|mother|holding|affiliated|related|partner|partnering|cooperat\\w*|co-operat\\w*|associated?|daughter|subsidiary|trading|export(?:ing)?|overseas|offshore|hong\\s+kong|hk|singapore|shenzhen|head|branch|group)';

const STORY =
  '(?:store|shop|account|alibaba|aliexpress|platform|withdraw\\w*|payment\\s+system|payment\\s+function|wallet)';
/** "If your Alibaba account is blocked for cards…": the buyer's own account is no story about the seller's. */
/** Gift cards named in the languages read (folded). */
const GIFT_CARD =
  '\\bhediye\\s+(?:kart\\w*|ceki\\w*)|\\btarjetas?\\s+(?:de\\s+)?regalo\\b|\\bcart(?:ao|oes)[\\s-]+presente\\b|\\bvale[\\s-]+presente\\b|\\bcartes?[\\s-]+cadeaux?\\b|\\b(?:geschenk|gutschein)(?:karte|code)n?\\b|\\b(?:carta|carte|buono|buoni)\\s+regalo\\b|\\bcadeau(?:kaart|bon)\\w*|\\bkart\\w*\\s+podarunkow\\w*|\\bkartu\\s+hadiah\\b|\\bthe\\s+qua\\s+tang\\b|(?<![\\p{L}])(?:подарочн|подарунков)\\p{L}*\\s+(?:карт|сертифікат|сертификат)\\p{L}*|بطاق\\p{L}*\\s+(?:ال)?هد\\p{L}*|礼品卡|禮品卡|ギフト(?:カード|券)|기프트\\s?카드|상품권';
/** Paying with it, in the same clause. */
// A Spanish or Italian verb may carry its object ("pagarlo con tarjeta regalo", "pagarla con buoni regalo").
const GIFT_PAY =
  '\\b(?:ode(?:r|me|yin|yebilir|rseniz|yerek)\\w*|pag(?:ar|ue|a|uen|ando|amento|are|ate|hi|o)(?:lo|la|los|las|le|les)?|pai(?:ement|ez)|payez|payer|regle\\w*|(?:be)?zahl(?:en|st|t|ung)|betaal\\w*|bayar|zaplac\\w*|zaplat\\w*|thanh\\s+toan)\\b|(?<![\\p{L}])(?:оплат|заплат|сплат)\\p{L}*|(?:ادفع|الدفع|تدفع|دفع)|(?:付款|支付|付钱|付錢)|(?:支払|決済)|결제';
/** A store card's code, and typing or sending it. */
// Not a shop's own code ("enter the coupon code in checkout, the Steam Deck case is 20% off"): a coupon, promo or
// discount code, a brand followed by its product (Steam Deck), or a clause break between code and brand.
const STORE_CODE =
  '\\b(?:steam|google\\s+play|itunes|apple|razer\\s+gold)(?!\\s+(?:deck|controller|console|link|case|watch|tv|pencil))\\s+(?:[^\\s,;]+\\s+){0,2}?(?:kart\\w*\\s+)?(?:kod\\w*|code|codigo|codice)|\\b(?<!(?:coupon|discount|promo|voucher|cupon|descuento|indirim|kupon|rabatt)\\s)(?:codigo|code|codice|kod\\w*)\\s+(?:[^\\s,;]+\\s+){0,3}?(?:steam|google\\s+play|itunes|razer\\s+gold)\\b(?!\\s+(?:deck|controller|console|link))';
/**
 * Buying a gift card and handing over its code: "compra una tarjeta regalo … y mándame el código", "شراء بطاقة هدايا …
 * وإرسال الكود لي", "kaufen Sie eine Geschenkkarte … den Code". The card is bought for the writer: its code is the
 * payment. A code the platform delivers ("el código llega por el sistema") is not sent to anyone.
 */
const GIFT_BUY =
  '\\b(?:compr\\w*|achet\\w*|(?:ein)?kauf\\w*|acquist\\w*|satin\\s+al\\w*|beli|membeli|mua|kup\\w*)\\b|(?<![\\p{L}])(?:купи|купит|купле|придбай|придбат)\\p{L}*|(?:شراء|اشتر\\p{L}*|تشتري)|(?:购买|买一?张|買一?張|購買)|(?:買って|購入)|(?:구매|사서|구입)';
/**
 * A gift card as the product a printer makes, not one bought for the writer: "printed / blank / PVC gift cards", "gift
 * card boxes / holders / envelopes", "بطاقات هدايا مطبوعة" (printed), "tarjetas regalo impresas", "bedruckte".
 */
/** An amount and a store before the card: "100 USD Apple", "$50 Amazon", "200 usd steam". */
const GIFT_AMOUNT_STORE =
  '(?:(?:us)?\\$?\\s?\\d[\\d,.]*\\s?(?:usd|eur|gbp|dollars?|euros?|\\$)?\\s+)?(?:(?:apple|amazon|steam|itunes|google\\s+play|ebay|walmart|target|razer|xbox|playstation|psn|sephora|visa|vanilla)\\s+)?';
const CARD_MADE_BEFORE =
  '(?<!\\b(?:printed|printing|blank|custom|customi[sz]ed|pvc|plastic|paper|kraft|empty|magnetic|nfc|rfid|sample)\\s+)';
const CARD_MADE_AFTER =
  '(?!\\s*(?:box|boxes|holders?|envelopes?|sleeves?|packag\\w*|printing|design\\w*|templates?|mock-?ups?|stands?|displays?|racks?|sample\\w*|with\\s+(?:magnetic|your\\s+logo|logo|chip|barcode))\\b)(?!\\s*(?:مطبوع|impres|imprim|bedruck|печат|印刷|stampat|drukowan)\\p{L}*)';
/** A code that belongs to the artwork: "the colour code", "Pantone code", "كود اللون", "código de color". */
const NOT_A_DESIGN_CODE =
  '(?!\\s+(?:(?:of|for|de|du|del)\\s+(?:the\\s+|la\\s+|el\\s+)?)?(?:colou?rs?|colores?|couleurs?|pantone|اللون|الألوان|الالوان|цвет\\p{L}*|颜色|顏色|barcode)(?![\\p{L}\\d]))';
const GIFT_CODE_WORD =
  '\\b(?:codes?|codigos?|codice|kod\\w*|ma)\\b|(?<![\\p{L}])код\\p{L}*|(?:ال)?كود|رمز|卡密|密码|兑换码|兌換碼|コード|코드|번호';
/** Sending the code, in the scripts SEND_CODE does not read. */
const GIFT_SEND =
  '(?:[اإأ]رسال|[اأإ]رسل|ترسل|ابعت|ابعث|تبعت)|(?:发给我|發給我|给我|給我)|(?:送って|教えて)|(?:보내)';
const SEND_CODE =
  '\\b(?:yaz\\w*|gonder\\w*|ilet\\w*|send|type|enter|write|envie(?:me|nos)?|envia(?:me|nos)?|envoye[rz]|ecrive[sz]|schick\\w*|senden|sende|kirim|tulis|manda\\w*|invia\\w*)\\b|(?<![\\p{L}])(?:пришл|отправ|напиш|надішл)\\p{L}*';

/**
 * Shops whose till takes cash against a slip or into a card number (Mexico, Argentina, Colombia, Peru). Elektra and
 * Coppel hold Banco Azteca's and BanCoppel's counters, where "deposita a esta tarjeta" is paid (stop 44; "Elektra
 * Beckum" is a tool maker's name).
 */
const CASH_SHOP =
  'oxxo|rapipago|pago\\s?facil|efecty|baloto|pagoefectivo|elektra(?!\\s+beckum)|(?:ban)?coppel';
/** Paying, depositing, or the slip itself, as said around such a shop. */
const SHOP_PAY =
  'pag[aueo]|pague|pagar|pay|deposit|consign|ficha|referencia|reference|voucher|slip|codigo|code|comprobante|tarjeta|cuenta|abon|transfer';

export const NOT_THE_BUYERS = "(?<!\\b(?:your|ur|yr)\\s+(?:[\\w']+\\s+){0,2})";
const TROUBLE =
  // "will close next month", "is shutting down"; not "close to the port", "close at 6 pm", "close for the holiday"
  // or a thing closed ("will close this listing", "close the quotation"). "My account will expire next week" is the same
  // story (stop 48).
  '(?:close(?!\\s+(?:to|for|at|from|during|on|over|between|until|till|by|early|today|tonight|the|this|that|these|those|a|an|our|your|its|it|them|order|orders|listing|listings|quotation|link|deal|dispute|case|chat|product|products|item|items)\\b)|shut\\w*\\s+down|closed|closing|hacked|banned|blocked|locked|frozen|froze|freezes?|limited|restricted|suspended|under\\s+(?:review|audit|investigation)|audited|(?:has|have|got)\\s+(?:some\\s+)?problems?|not\\s+working|can\\s?not\\s+receive|cannot\\s+receive|(?:under\\s+|in\\s+)?risk\\s+control\\w*|expir(?:e|es|ed|ing)|deactivated)';

/** Words before an abbreviated remittance service: "by", "do", "par", "por", "przez", "через", "ile"… */
const ABBREVIATION_LEAD =
  'by|via|with|through|thru|using|use|do|send|pay|per|par|por|pelo|pela|tramite|przez|mit|uber|qua|lewat|melalui|ile|con|avec|com';
/**
 * A payee after it: "to our cashier", "in the name of", "au nom de", "na nazwisko", "a nombre de", "на имя",
 * Portuguese "no nome da minha colega", Dutch "op naam van", Ukrainian "на ім'я", Hinglish "ke naam pe".
 */
const ABBREVIATION_PAYEE =
  "to\\s+(?:our|my|the|his|her)\\b|in\\s+(?:the\\s+)?name\\s+of|under\\s+the\\s+name|au\\s+nom|an\\s+(?:unser|mein|den|die)|na\\s+nazwisko|a\\s+nombre|(?:em|no|na)\\s+nome|a\\s+nome|intestat|на\\s+имя|на\\s+ім'я|adina|atas\\s+nama|nguoi\\s+nhan|cho\\s+(?:quan|ke|sep)|op\\s+naam\\s+van|aan\\s+(?:onze|mijn)|ke\\s+naam\\s+(?:pe|par|se)";
/** Approving the service as the way to pay: ok, fine, better, possible, "va bene", "está bien", "geht auch". */
const ABBREVIATION_OK =
  "ok|okay|fine|good|better|best|possible|accepted|acceptable|available|can|preferred|welcome|va\\s+bene|vale|sirve|esta\\s+bien|mejor|possibile|meglio|c'est\\s+bon|ca\\s+marche|possible|mieux|geht|moglich|besser|pode|serve|melhor|esta\\s+bom|ta\\s+bom|moze\\s+byc|mozliwe|lepiej|kan\\s+ook|is\\s+goed|prima|beter";
/** "W.U Logistics", "M.G Trading Co.": the letters begin a forwarder's or a company's name. */
const NOT_A_COMPANY_NAME =
  '(?!\\.?\\s*(?:logisti\\w*|shipping|freight|forward\\w*|cargo|spedition|transport\\w*|trading|trade|group|co\\b|company|ltd|limited|gmbh|srl|sarl|ltda|inc\\b|llc|international|intl))';
/** Who receives the money, named after the service: receiver, beneficiary, Empfänger, beneficiario, odbiorca. */
const ABBREVIATION_RECEIVER =
  'receiver|recipient|beneficiary|payee|receivers?\\s+name|beneficiario|destinatario|beneficiaire|destinataire|empfanger|beneficiario|recebedor|destinatario|odbiorca|ontvanger|begunstigde';
/** A refund, in the European languages read (folded). */
const REFUND_WORD =
  'refund|money\\s+back|reembols|rembours|r?uckerstatt|erstattung|rimbors|terugbetal|zwrot|devoluc|estorn';
/** Paying, before a fee: pay, pagar, payer, régler, zahlen, pagare, betalen, zapłacić, opłacić, abonar. */
// Settling counts too ("saldar", "liquidar", "acquitter", "begleichen"); Portuguese "quitar a taxa" only with its
// own article (Spanish "quitar la comisión" takes the fee away).
const FEE_PAY =
  'pay|pag|abon|payer|paie|regl|zahl|bezahl|uberweis|betal|zaplac|oplac|uiszcz|sald|liquid|acquitt|beglei|quitar(?=\\s+(?:a|o|as|os)\\s)';
/** A fee or charge: taxa, tasa, comisión, frais, Gebühr, tassa, commissione, kosten, opłata. */
const FEE_NOUN =
  'fee|fees|charge|charges|taxa|taxas|tasa|tasas|tarifa|comision|comisiones|frais|commission|gebuhr|gebuhren|tassa|tasse|commissione|commissioni|costo|kosten|toeslag|oplat[aey]|prowizj[aei]';
/**
 * Between the refund and the fee: one sentence, with no "not" ("não precisa pagar nenhuma taxa") and no platform
 * ("o reembolso é feito pela AliExpress") — either would make it the platform's refund, or no fee at all.
 */
const REFUND_FEE_GAP =
  '(?:(?!\\b(?:no|nao|non|not|ne(?![^.!?;:]{0,40}\\bqu(?:e\\b|\\x27))|pas|nicht|kein\\w*|nie|niet|geen|sin|sem|senza|sans|nenhum\\w*|ningun\\w*|nessun\\w*|aucun\\w*|alibaba|aliexpress|platform\\w*|plataforma|plateforme|piattaforma|plattform)\\b)(?:[^.!?;:]|[.:](?=\\S))){0,100}?';
/** A link in the message: a short or full address, or the word for one. */
const REFUND_FEE_LINK =
  /https?:\/\/|www\.|\b(?:bit\.ly|tinyurl|t\.co|cutt\.ly|is\.gd|rb\.gy|shorturl)\b|\b(?:link|enlace|lien|linku|linkiem|ссылк)\w*/u;
/** A word of paying or sending money in any of the languages read (folded), for abbreviations with no verb of their own. */
const PAYMENT_WORD_ANY =
  /\b(?:pa(?:y|id|ying|yment)|send|remit|wire|transfer|deposit|balance|zahl|uberweis|paie|payez|regle[zr]|reglez|pag|envi|zaplac|zaplat|przelew|wplac|odeme|gonder|thanh\s+toan|chuyen|bayar|kirim|transfe|versa|bonific)\w*|оплат|перевед|отправ|ادفع|حول|払|振込|付款|汇款|송금|입금/u;

export const INDIRECT_PAYMENT_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'another way to pay, away from the order',
    gate: /another|other|different|alternative|second|new/,
    needs: AWAY_HINT,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:pay|paying|payment|send|transfer)\\w*\\s+(?:it\\s+)?(?:by|in|with|via|through|using)\\s+(?:an?\\s+)?(?:an?other|other|different|alternative|second)\\s+(?:way|method|channel|option|means)\\b',
      '\\bpay\\s+(?:it\\s+)?differently\\b',
      '\\b(?:an?other|other|different|alternative|second|new)\\s+(?:payment|pay|paying)\\s+(?:way|method|channel|option|link|means)s?\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a payment "between friends" (no buyer protection)',
    gate: /friend|famil|gift|personal|relative/,
    re: anyOf(
      '\\b(?:pay(?:ment)?s?|transfer|send(?:ing)?|remit\\w*)\\s+(?:it\\s+|them\\s+|the\\s+money\\s+)?(?:between|among|as|like)\\s+(?:a\\s+)?(?:friends?|family|gift|relatives?)\\b',
      '\\b(?:send|pay|transfer)\\s+(?:it\\s+|them\\s+|the\\s+money\\s+)?as\\s+(?:a\\s+)?gift\\b',
      '\\b(?:friends?|family|gift|personal)\\s+(?:payment|transfer)s?\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a payment "friends and family" (no buyer protection)',
    gate: /friend/,
    needs: /\b(?:pay|paid|paying|payment|send|transfer)\w*/,
    re: anyOf(FRIENDS_AND_FAMILY_PAYMENT),
  },
  {
    // PayPal's "Friends and Family" written out in the other European languages read: "bitte per Freunde &
    // Familie schicken", "mándalo como amigos y familia", "envoie en amis et famille", "tramite amici e parenti",
    // "jako znajomi i rodzina", "como amigos e família", "via vrienden en familie". Only after the way it is
    // paid ("per", "como", "en", "via", PayPal…) and with sending or paying in the message, so a gift "for
    // friends and family" stays a product's use.
    kind: 'contextual',
    what: 'a payment "friends and family" (no buyer protection)',
    gate: /freunde|amigos|amis|amici|znajom|przyjaci|vrienden/,
    needs: new RegExp(
      `${PAYMENT_WORD_ANY.source}|\\b(?:schick|mand|stuur|stur|wysl|invi|envoy|geef|overmak|pay\\s?pal)\\w*`,
      'u',
    ),
    needsIn: 'message',
    re: anyOf(
      `\\b(?:per|via|uber|als|por|como|en|par|avec|tramite|con|come|jako|przez|opcj\\w*|optie|met|modo|mode|modalita|opcion|opcao|pay\\s?pal|paypalem)\\s+(?:(?:la|le|el|a|o|il|de|die|der|opcji|opzione|optie|modus)\\s+)?(?:freunde\\s+(?:und|&|\\+)\\s+famili\\w*|amigos\\s+(?:y|e|&)\\s+famil\\w*|amis\\s+(?:et|&)\\s+famille|amici\\s+(?:e|&)\\s+(?:parenti|famiglia|familiari)|(?:znajomi|znajomych|przyjaciele|przyjaciol)\\s+(?:i|&)\\s+rodzin\\w*|vrienden\\s+(?:en|&)\\s+famil\\w*)`,
    ),
  },
  {
    kind: 'contextual',
    what: "an individual's account",
    gate: /account|acct|card|individual|person|personal|private|name|colleague|boss|manager|director|accountant|cashier|finance|friend|relative|cousin|agent|wife|husband|owner|sales|partner|brother|sister|lady|girl|man|guy|staff|employee|driver|rep|mr|mrs|ms|miss|mdm|madam|sir/,
    needs:
      /\b(?:pay|paid|paying|payment|transfer\w*|remit\w*|wire|send|deposit|t\/?t|tt|t t|money|go(?:es)? to|cash)\b/,
    re: anyOf(
      `\\b(?:account|acct|accs?|card)\\s+(?:of|for|under|in\\s+the\\s+name\\s+of)\\s+(?:our|my|the|a|his|her)\\s+(?:[\\w']+\\s+){0,2}?${PERSON}\\b`,
      // "pay to the bank of my cousin in Malaysia": the bank named for the account, its holder one of the seller's people.
      `\\bbank\\s+(?:account\\s+)?of\\s+(?:our|my|his|her)\\s+(?:[\\w']+\\s+){0,2}?${PERSON}\\b`,
      // "pay to the account of Mr Li", "card under Ms. Wang": the holder named with a personal title.
      `\\b(?:account|acct|accs?|card)\\s+(?:of|for|under|in\\s+the\\s+name\\s+of|holder\\s+is|name\\s+is)\\s+${TITLED_PERSON}\\b`,
      `\\b(?:pay|transfer|remit|wire|deposit|send)\\w*\\s+(?:it\\s+|the\\s+(?:money|payment|deposit|balance)\\s+)?(?:directly\\s+)?to\\s+(?:our\\s+(?:[\\w']+\\s+)?)?${TITLED_PERSON}\\b${NOT_GOODS_SENT}`,
      '\\bname\\s+(?:on|of)\\s+(?:it|the\\s+(?:account|card))\\s+is\\s+(?:a\\s+)?(?:person|individual|private|personal)\\b',
      '\\b(?:pay|transfer|send|remit|wire)\\w*\\s+(?:it\\s+|me\\s+|us\\s+)?(?:as|to)\\s+(?:an?\\s+)?(?:individual|private\\s+person)\\b',
      `\\b(?:to|in|under)\\s+(?:my|his|her|(?:our|the)\\s+${PERSON}'?s?)\\s+(?:own\\s+|personal\\s+|private\\s+)?name\\b`,
      '\\bto\\s+our\\s+(?:staff|employee|colleague)\\s+name\\b',
      '\\bindividual\\s+(?:account|card|name|person)\\b',
      '\\b(?:pay|transfer|send|remit|wire)\\w*\\s+(?:it\\s+|the\\s+money\\s+)?(?:to\\s+)?(?:me|us)\\s+(?:personally|privately|in\\s+person)\\b',
      `\\b(?:pay|transfer|remit|wire|deposit)\\w*\\s+(?:it\\s+|the\\s+(?:money|payment|deposit|balance)\\s+)?to\\s+(?:my|our|his|her)\\s+(?:[\\w']+\\s+)?${PERSON}\\b`,
      '\\b(?:the|an?)\\s+account\\s+(?:that\\s+|which\\s+)?(?:i|we|he|she|my\\s+\\w+|our\\s+\\w+)\\s+(?:will\\s+|would\\s+|can\\s+)?(?:give|send|tell|share|provide)\\b',
      // "send it by M.G to our finance manager", "wire the balance via our bank to my boss": the way in between.
      `\\b(?:pay|transfer|remit|wire|deposit|send)\\w*\\s+(?:it|the\\s+(?:money|payment|deposit|balance|funds))\\s+(?:(?!(?:file|drawing|document|sample|photo|picture|pdf|artwork)s?\\b)[\\w./']+\\s+){1,3}?to\\s+(?:my|our|his|her)\\s+(?:[\\w']+\\s+)?${PERSON}\\b`,
      // "pay my wife, her bank details below", "you can pay our manager Mr. Wang by bank transfer": the person
      // as the object of paying, without "to" (not a fee or a team: "pay our agent's fee", "our sales team").
      `\\bpay\\s+(?:my|our|his|her)\\s+(?:[\\w']+\\s+)?${PERSON}\\b(?!'?s?\\s+(?:fees?|commissions?|salar\\w+|wages?|department|dept|team|office)\\b)`,
      // "the other half in cash to our agent when he visits": cash handed to a person is outside the order.
      `\\bcash\\s+(?:\\w+\\s+){0,2}?to\\s+(?:my|our|his|her)\\s+(?:[\\w']+\\s+)?(?:${PERSON}|driver|representative|rep)\\b`,
      // "T T to personal", "transfer to private": the account's owner said in one word.
      '\\b(?:t\\/?t|tt|t\\s+t|wire|transfer|remit\\w*)\\s+to\\s+(?:a\\s+)?(?:personal|private|individual)\\b',
    ),
  },
  {
    // "pls pay to this account, name is my manager Wang Lei", "el titular es mi jefe", "le titulaire est notre gérant",
    // "Kontoinhaber ist unser Geschäftsführer": the account's holder said to be a person of the seller's, in the
    // clause after the request (the money is asked for anywhere in the message).
    kind: 'contextual',
    what: "an individual's account",
    gate: /name|holder|beneficiary|receiver|payee|titular|nombre|beneficiario|nome|favorecido|titulaire|nom|beneficiaire|inhaber|empfanger|intestatario|получател|владел/,
    needs:
      /\b(?:pay|paid|paying|payment|transfer\w*|remit\w*|wire|deposit|t\/?t|pag\w*|transfer\w*|deposit\w*|regle\w*|virement|versez|zahl\w*|uberweis\w*|bonific\w*|versa\w*)\b|(?<![\p{L}])(?:оплат|перевед|перевод|плат[её]ж)\p{L}*/u,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:(?:account|acct|acc|card)\\s+)?(?:name|holder|beneficiary|payee)\\s+(?:is|:)\\s+(?:my|our)\\s+(?:[\\w']+\\s+)?${PERSON}\\b`,
      // "receiver" alone is also who takes the parcel: "the receiver is my colleague Lisa, she signs for the
      // samples". An account's or the money's receiver is always a payee; a bare one only with no goods beside it.
      `\\b(?:account|acct|acc|card|bank|money|payment)\\s+receiver\\s+(?:is|:)\\s+(?:my|our)\\s+(?:[\\w']+\\s+)?${PERSON}\\b`,
      `\\b(?<!\\b(?:account|acct|acc|card|bank|money|payment|${GOODS_RECEIVER})\\s+)receiver\\s+(?:is|:)\\s+(?:my|our)\\s+(?:[\\w']+\\s+)?${PERSON}\\b(?!${RECEIVES_GOODS})`,
      '\\b(?:el\\s+)?(?:titular|nombre|beneficiario)\\s+es\\s+(?:mi|nuestr[oa])\\s+(?:gerente|jefe|jefa|director[a]?|contador[a]?|socio|duen[oa]|encargad[oa])\\b',
      '\\b(?:o\\s+)?(?:titular|nome|favorecido|beneficiario)\\s+e\\s+(?:o\\s+|a\\s+)?(?:meu|minha|nosso|nossa)\\s+(?:gerente|chefe|diretor[a]?|contador[a]?|socio|socia|dono|dona)\\b',
      "\\b(?:le\\s+)?(?:titulaire|nom|beneficiaire)\\s+(?:est|c'est)\\s+(?:notre|mon|ma)\\s+(?:gerant\\w*|patron\\w*|directeur|directrice|comptable|responsable|associe\\w*)\\b",
      '\\b(?:kontoinhaber\\w*|inhaber\\w*|empfanger\\w*|name)\\s+ist\\s+(?:unser\\w*|mein\\w*)\\s+(?:geschaftsfuhrer\\w*|chef\\w*|buchhalter\\w*|manager\\w*|inhaber\\w*)\\b',
      "\\b(?:l'\\s?intestatario|il\\s+nome|il\\s+beneficiario)\\s+e\\s+(?:il\\s+)?(?:mio|nostro)\\s+(?:responsabile|capo|direttore|contabile|titolare|socio)\\b",
      '(?<![\\p{L}])(?:получател|владел)\\p{L}*\\s+(?:[—–-]\\s+)?(?:наш|мой|моя|наша)\\p{L}*\\s+(?:директор|бухгалтер|менеджер|руководител|начальник)\\p{L}*',
    ),
  },
  {
    kind: 'contextual',
    what: 'a payment outside the order (bank transfer, no order needed)',
    gate: /transfer|wire|t\/t|tt|t t|remit|separate|apart/,
    re: anyOf(
      '\\b(?:do|make|pay\\w*|send)\\s+(?:the\\s+|a\\s+)?(?:bank\\s+transfer|wire(?:\\s+transfer)?|t\\/?t|tt|t\\s+t|remittance)\\s+(?:\\w+\\s+){0,2}?(?:to|for)\\s+(?:us|me|our|my)\\b',
      '\\bpa(?:y|id)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:separately|apart)\\b',
      '\\b(?:wire|t\\/?t|tt|remit)\\s+(?:the\\s+|it\\s+|this\\s+)?(?:\\w+\\s+)?(?:to|for)\\s+(?:us|me)\\b',
    ),
  },
  {
    // "plz transfer deposit to below acc", "pay the balance into the following account": the account is the one
    // the seller writes in chat, not the order's (a refund to the buyer's own account is not this).
    kind: 'contextual',
    what: 'a payment outside the order (bank transfer, no order needed)',
    gate: /below|following|attached|above/,
    unless: /\brefund|\byour\s+(?:own\s+)?(?:acc|account|card|bank)/,
    re: anyOf(
      '\\b(?:pay|transfer|send|remit|wire|deposit|t\\/?t|tt)\\w*\\s+(?:\\S+\\s+){0,3}?(?:to|into|in)\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+)?(?:below|following|attached|above)\\s+(?:bank\\s+)?(?:acc|accs|account|acct|bank\\s+(?:details|info|account))\\b',
      // The same with the word after: "pay again by bank transfer to the account below".
      '\\b(?:pay|transfer|send|remit|wire|deposit|t\\/?t|tt)\\w*\\s+(?:\\S+\\s+){0,4}?(?:to|into|in)\\s+(?:the\\s+|this\\s+|our\\s+|my\\s+)?(?:bank\\s+)?(?:acc|accs|account|acct)\\s+(?:below|attached|above|as\\s+follows)\\b',
    ),
  },
  {
    // "add my wechat, I tell you better way to pay", "there is a cheaper way of payment": a way to pay praised over the
    // order's, kept for another channel. "The best way to pay is Trade Assurance" is anchored on the platform.
    kind: 'contextual',
    what: 'another way to pay, away from the order',
    gate: /better|cheaper|easier|private|secret/,
    // "Is there a cheaper way to pay than card?": a question about the checkout's methods offers nothing.
    unless: /\?/,
    unlessIn: 'sentence',
    re: anyOf(
      '\\b(?:better|cheaper|easier|private|secret)\\s+(?:way|ways|method|methods|option|options)\\s+(?:to|of|for)\\s+(?:pay|paying|payment|transfer)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a payment outside the order (no order needed)',
    gate: /need|here|necessary|required/,
    // "No need to place a new order, we refund / resend it": the platform's after-sale, nothing to pay; "…, just pay
    // the balance in the existing Alibaba order": the money stays in the order already open.
    unless:
      /\brefund|\bre-?(?:send|ship)|\breplacement|free\s+of\s+charge|\bfor\s+free\b|\b(?:pay|add|settle|put)\w*\s+(?:\S+\s+){0,4}?(?:in|on|into|to|through|via)\s+(?:the\s+|your\s+)?(?:existing|current|same|original|open|first|previous)\s+(?:alibaba\s+|platform\s+|ta\s+|trade\s+assurance\s+)?order\b/,
    unlessIn: 'message',
    re: anyOf(
      "\\b(?:no\\s+need|(?:do\\s+not|don'?t|dont)\\s+need)\\s+(?:to\\s+)?(?:make|create|place|open)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:new\\s+)?order\\b",
      '\\bno\\s+(?:new\\s+)?order\\s+(?:is\\s+)?(?:needed|necessary|required)\\b',
      '\\b(?:the\\s+)?(?:online\\s+|alibaba\\s+|platform\\s+)?order(?:\\s+link)?\\s+is\\s+not\\s+(?:needed|necessary|required)\\b',
      "\\b(?:don'?t|dont|do\\s+not)\\s+(?:pay|place\\s+(?:the\\s+|an?\\s+)?order|order|buy)\\s+(?:it\\s+)?here\\b",
    ),
  },
  {
    // "we dont do alibaba for this one", "we don't use Trade Assurance for samples": the platform refused outright,
    // in a message about paying.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /alibaba|aliexpress|platform|trade assurance|escrow/,
    needs: /\b(?:pay|paid|paying|payment|cash|transfer\w*|deposit|price|money)\b/,
    needsIn: 'message',
    // "…please order 2 more pieces and pay on the order": the refusal is of a kind of order, not of the platform.
    unless:
      /\b(?:pay|order|checkout)\w*\s+(?:\w+\s+){0,2}?(?:on|in|through|via)\s+(?:the\s+)?(?:alibaba\s+|platform\s+|trade\s+assurance\s+)?(?:order|checkout|platform|alibaba)\b/,
    unlessIn: 'message',
    re: anyOf(
      "\\b(?:we|i)\\s+(?:dont|don'?t|do\\s+not|cannot|can'?t|cant|won'?t|wont|will\\s+not|never)\\s+(?:do|use|go\\s+(?:through|via)|work\\s+(?:with|through|via)|accept|take)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform|trade\\s+assurance|escrow)\\b(?=\\s*(?:$|[,.;!?]|for\\b(?![^,.;!?]{0,30}\\b(?:under|below|less\\s+than|over|above)\\b)|here\\b|any\\s?more\\b|now\\b|this\\s+time\\b))",
      // "Trade Assurance doesn't work for this order, please pay by bank transfer to us".
      "\\b(?:alibaba|aliexpress|the\\s+platform|trade\\s+assurance|escrow)\\s+(?:doesn'?t|does\\s+not|can'?t|cannot|won'?t|will\\s+not)\\s+work\\s+(?:for|with|on)\\s+(?:this|your|our|the)\\s+(?:order|payment|amount|product)\\b(?!\\s+(?:size|quantity))",
    ),
  },
  {
    // "only if u pay cash in hand when u come": cash handed to the seller in person.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /cash in hand|cash on hand|hand.{0,10}cash|cash when|cash once|cash if/,
    re: anyOf(
      '\\b(?:pay|paid|paying|payment|give|bring|hand\\s+over)\\w*\\s+(?:\\S+\\s+){0,3}?cash\\s+(?:in|on)\\s+hand\\b',
      // "Pay the balance in cash when you come to the factory".
      '\\b(?:pay|paid|paying|settle)\\w*\\s+(?:\\S+\\s+){0,3}?(?:in\\s+)?cash\\s+(?:when|once|if)\\s+(?:you|u)\\s+(?:come|visit|arrive|pick)\\w*',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /outside/,
    // "Pay nothing outside Alibaba", "transfer no money outside": a negative object refuses the payment; inside the
    // match it was blanked with the rest and never read as the "not" it is (stop 46).
    re: anyOf(
      '\\b(?:pay|paid|settle|transfer|deal|trade|do\\s+(?:it|the\\s+deal|business|the\\s+payment))\\w*\\s+(?!(?:\\S+\\s+){0,3}?(?:nothing|no|none|anything)\\b)(?:\\S+\\s+){0,3}?outside\\b(?!\\s+(?:of\\s+)?(?:the\\s+)?(?:factory|warehouse|office|door|gate|building|china|working|business))',
    ),
  },
  {
    kind: 'contextual',
    what: 'gift cards (no buyer protection)',
    gate: /gift card|giftcard|steam|itunes|google play/,
    negationSpreads: true,
    brandWord: true,
    re: anyOf(
      // "we can also accept a gift card (Amazon or Apple) for the balance": the seller takes one as payment.
      // Two stores named ("with Amazon or Steam gift cards") widen the gap by a pair, not by any words.
      // Not the card as the product made: "buy 2000 printed gift cards", "the gift card boxes" (CARD_AS_PRODUCT).
      // Stop 51: an amount and the store may stand before it ("pay the fee with a 100 USD Apple gift card").
      `\\b(?:pay|paid|payment|send|buy|accept|take|use)\\w*\\s+(?:\\S+\\s+){0,5}?(?:(?:or|and|&|\\/)\\s+\\S+\\s+)?${GIFT_AMOUNT_STORE}${CARD_MADE_BEFORE}(?:gift\\s?cards?|steam\\s+cards?|itunes\\s+cards?|google\\s+play\\s+cards?)\\b${CARD_MADE_AFTER}`,
    ),
  },
  {
    // A gift card said to be needed before something is done for the buyer, its code then asked for: "the agent can
    // refund it but needs a 50 USD Apple gift card for processing", "release requires a Steam card, send the code",
    // "we need an iTunes card to unlock the parcel". The card is the fee; the code sent is the payment. A card made or
    // packed as goods ("we need 500 gift card boxes", "PVC gift cards with your logo") is not one to buy.
    kind: 'contextual',
    what: 'gift cards (no buyer protection)',
    gate: /gift card|giftcard|steam|itunes|google play/,
    negationSpreads: true,
    brandWord: true,
    needs: /\b(?:codes?|pins?|process\w*|release\w*|unlock\w*|refund\w*|verif\w*|clear\w*|fees?|charges?)\b/u,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:need|needs|needed|require|requires|required|requirement|must\\s+(?:buy|get|send|provide)|have\\s+to\\s+(?:buy|get|send|provide)|ask\\w*\\s+for)\\s+(?:\\S+\\s+){0,3}?(?:(?:or|and|&|\\/)\\s+\\S+\\s+)?${CARD_MADE_BEFORE}(?:gift\\s?cards?|steam\\s+cards?|itunes\\s+cards?|google\\s+play\\s+cards?)\\b${CARD_MADE_AFTER}`,
    ),
  },
  {
    // Gift cards in the other languages read, taken as payment or for a discount: "hediye kartı ile öderseniz %20
    // indirim", "pague con tarjetas de regalo", "payez en cartes cadeaux", "mit Geschenkkarten bezahlen", "bayar pakai
    // kartu hadiah", "оплатите подарочными картами", "用礼品卡付款", "ギフトカードで支払", "기프트카드로 결제"; and a
    // store card's code to be typed in the chat ("Steam veya Google Play kart kodunu buraya yazın", "send the Google
    // Play card code"). A payment word must be in the message: a gift card put in the parcel is a present.
    kind: 'contextual',
    what: 'gift cards (no buyer protection)',
    gate: /hediye|regalo|cadeau|present|geschenk|gutschein|podarunk|hadiah|qua tang|подароч|подарунк|هدي|هدا|بطاق|礼品|禮品|充值卡|ギフト|기프트|상품권|steam|google play|itunes|razer/,
    negationSpreads: true,
    brandWord: true,
    needs:
      /\b(?:pay\w*|ode\w*|pag\w*|pai\w*|paye\w*|regl\w*|zahl\w*|bezahl\w*|betaal\w*|bayar|zaplat\w*|platn\w*|thanh\s+toan|code|kod\w*|codigo|codice|ma\s+the)\b|оплат|плат|код|دفع|ادفع|كود|رمز|付款|支付|付|支払|決済|コード|결제|코드/u,
    needsIn: 'message',
    re: anyOf(
      `(?:${GIFT_PAY})[^.!?,;\\n]{0,40}?(?:${GIFT_CARD})|(?:${GIFT_CARD})[^.!?,;\\n]{0,40}?(?:${GIFT_PAY})`,
      // The buyer told to type or send a store card's code: "Steam kart kodunu buraya yazın", "send the Google Play code".
      `(?:${STORE_CODE})[^.!?\\n]{0,30}?(?:${SEND_CODE})|(?:${SEND_CODE})[^.!?\\n]{0,30}?(?:${STORE_CODE})`,
      // A gift card to buy whose code then comes to the writer.
      `(?:${GIFT_BUY})[^.!?\\n]{0,30}?(?:${GIFT_CARD})(?![\\p{L}])${CARD_MADE_AFTER}[^.!?\\n]{0,80}?(?:${SEND_CODE}|${GIFT_SEND})[^.!?\\n]{0,20}?(?:${GIFT_CODE_WORD})${NOT_A_DESIGN_CODE}`,
    ),
  },
  {
    // Prepaid vouchers sold at tobacconists ("payez avec des coupons PCS ou Transcash"); "PCS" alone is pieces.
    kind: 'contextual',
    what: 'gift cards (no buyer protection)',
    gate: /transcash|neosurf|paysafe|pcs/,
    negationSpreads: true,
    brandWord: true,
    needs: /\b(?:pay|paie|paye|regl|achet|buy|send|envo|pag|compr|code)\w*/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:coupons?|tickets?|recharges?|cartes?|cards?|vouchers?)\\s+(?:de\\s+|prepayees?\\s+)?pcs\\b',
      '\\b(?:transcash|neosurf|paysafe\\s?card)\\b',
    ),
  },
  {
    // The agent first named for a service, then the money sent to that agent in the same sentence (stop 43): "Agen kami
    // akan bantu urus, kak transfer saja sisanya ke dia via BCA", "our agent will help you, just wire the balance to
    // him". The service the agent does (compose.ts, AGENT_DOES_WORK) is read in its clause only; the transfer "to him /
    // ke dia / ke rekening dia" after it makes the agent the payee.
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /agen|ejen|agent|representative/,
    re: anyOf(
      '\\b(?:agen|ejen)\\s+(?:kami|kita|saya)\\b[^.!?\\n]{0,80}?\\b(?:transfer\\w*|tf|bayar\\w*|kirim\\w*|setor\\w*|pindahkan)\\b[^.!?\\n]{0,40}?\\bke\\s+(?:(?:rekening|akaun|akun|nomor|nombor|no)\\s+)?(?:dia|beliau|agen|ejen)(?:nya)?\\b',
      "\\b(?:our|my)\\s+(?:\\w+\\s+)?(?:agent|representative)\\b[^.!?\\n]{0,80}?\\b(?:pay|transfer|wire|send|remit|deposit)\\w*\\b[^.!?\\n]{0,40}?\\b(?:to|into)\\s+(?:him|her|them|his\\s+account|her\\s+account|their\\s+account|the\\s+agent(?:'s\\s+account)?)\\b",
    ),
  },
  {
    // Cash paid at a shop's till against a slip or reference the writer hands over (stop 43): "le paso una ficha de
    // depósito OXXO", "deposita en OXXO a esta tarjeta", "pagá en Rapipago con este código", "consigne por Efecty",
    // "pay at 7-Eleven with this reference". The money goes to whoever issued the slip, never into the order; the
    // platform's own checkout offering such a method is its anchor (a contextual phrase).
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /oxxo|rapipago|pago ?facil|efecty|baloto|pagoefectivo|eleven|elektra|coppel/,
    negationSpreads: true,
    brandWord: true,
    needs:
      /\b(?:pay\w*|pag\w*|deposit\w*|consign\w*|ficha|referencia|reference|voucher|slip|codigo|code|comprobante|tarjeta|cuenta|abon\w*|transfer\w*)\b/u,
    needsIn: 'message',
    re: anyOf(
      // The shop as where a payment, a deposit or a slip is made, in the same clause: "la tienda OXXO más cercana
      // para que recoja el paquete" is only where the parcel waits.
      `\\b(?:${SHOP_PAY})\\w*[^.!?;\\n]{0,60}?\\b(?:${CASH_SHOP})\\b|\\b(?:${CASH_SHOP})\\b[^.!?;\\n]{0,40}?\\b(?:${SHOP_PAY})\\w*`,
      // 7-Eleven is also a place to meet: only as where a payment, a deposit or a slip is made.
      '\\b(?:pay\\w*|pag\\w*|deposit\\w*|ficha|slip|reference|referencia)\\s+(?:\\S+\\s+){0,4}?(?:7-?eleven|seven[\\s-]?eleven)\\b|\\b(?:7-?eleven|seven[\\s-]?eleven)\\s+(?:\\S+\\s+){0,2}?(?:pay\\w*|pag\\w*|deposit\\w*|slip|reference|referencia|cliqq)\\b',
    ),
  },
  {
    // Cash at such a shop into a named person's hands or a card number (stop 44): "deposita en Elektra a nombre de
    // Juan", "en OXXO a esta tarjeta". No platform's checkout pays a person at a till, so the order named in the same
    // sentence ("para liberar tu pedido…") is the pretext, not an anchor: an explicit phrase.
    kind: 'explicit',
    what: 'a request to pay outside the platform',
    gate: /oxxo|rapipago|pago ?facil|efecty|baloto|pagoefectivo|elektra|coppel/,
    // Money handed over in the same clause: a parcel waiting at the shop "a nombre de Juan" is only collected.
    needs:
      /\b(?:deposit\w*|pag(?:a|ar|as|ue|uen|o|ues)|abon\w*|transfer\w*|consign\w*|paga(?:lo|la|me)|pay\w*)\b/,
    re: anyOf(
      `\\b(?:${CASH_SHOP})\\b[^.!?;\\n]{0,40}?\\ba\\s+(?:nombre\\s+de|(?:esta|la|mi|una)\\s+(?:tarjeta|cuenta))\\b`,
      `\\ba\\s+(?:nombre\\s+de|(?:esta|la|mi|una)\\s+(?:tarjeta|cuenta))\\b[^.!?;\\n]{0,60}?\\b(?:en|por|desde)\\s+(?:(?:el|la|un|una|cualquier)\\s+)?(?:tienda\\s+)?(?:${CASH_SHOP})\\b`,
    ),
  },
  {
    kind: 'contextual',
    what: "a payment to an account named in the invoice rather than the order's",
    gate: /account/,
    needs: /\b(?:pay|paid|paying|payment|transfer\w*|remit\w*|wire|send|deposit)\b/,
    re: anyOf(
      '\\b(?:the\\s+)?(?:factory|company|our)\\s+account\\s+(?:written|shown|given|stated)\\s+(?:in|on)\\s+the\\s+(?:pi|proforma|invoice)\\b',
    ),
  },
  {
    // "Just send the 1240 USD to the account in the picture", "bank details in the attached screenshot": an
    // account handed over as an image or file is one no order page shows.
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /picture|photo|image|pic|screenshot|attach|file|qr/,
    needs: /\b(?:pay\w*|paid|send|transfer\w*|remit\w*|wire|deposit|balance|usd|money)\b/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:account|acc|acct|a\\/c|bank\\s+(?:details|info|account)|payment\\s+(?:details|info)|beneficiary|iban)\\s+(?:\\w+\\s+){0,2}?(?:in|on|from|at)\\s+(?:the|this|my|our|that)\\s+(?:attached\\s+)?(?:picture|photo|image|pic|screenshot|attachment|file|qr\\s?code)s?\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: /refund|compensat|money back|return|close|before/,
    re: anyOf(
      '\\b(?:refund\\w*|compensat\\w*|return\\w*\\s+(?:the|your|all\\s+the)\\s+money|money\\s+back)\\b.{0,80}?\\b(?:first|before|after|once|only\\s+(?:after|if|when)|if|when|but)\\b.{0,40}?\\b(?:you|u)\\s+(?:must\\s+|have\\s+to\\s+|need\\s+to\\s+|should\\s+)?(?:pay|send|transfer|wire|remit|deposit|place(?!\\s+(?:the\\s+|your\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?orders?\\b))\\w*',
      // "To get your refund, you first need to pay a 30 USD fee to our finance."
      '\\b(?:refund\\w*|money\\s+back)\\b.{0,80}?\\b(?:you|u)\\s+(?:\\w+\\s+){0,2}?first\\s+(?:\\w+\\s+){0,2}?(?:pay|send|transfer|wire|remit|deposit)\\w*',
      '\\bbefore\\s+(?:the\\s+|your\\s+|we\\s+|i\\s+)?(?:refund|compensat\\w*|return\\s+(?:the|your)\\s+money)\\w*\\b.{0,60}?\\b(?:pay|send|transfer|wire|remit)\\w*',
      '\\bclose\\s+(?:the|this|your)\\s+(?:dispute|case|claim)\\b.{0,100}?\\b(?:transfer|send|return|pay|refund)\\w*\\s+(?:\\w+\\s+){0,3}?(?:back|myself|directly)\\b',
      // "I can refund you directly, but first you need close the dispute and pay 30 USD bank charge".
      '\\b(?:refund|return)\\w*\\s+(?:\\w+\\s+){0,4}?(?:directly|by\\s+(?:bank|paypal|wechat|alipay|western|wise|cash|t\\/?t))\\b(?!\\s+(?:through|via|on|in)\\s+(?:the\\s+)?(?:alibaba|aliexpress|platform|order|dispute))(?:(?!\\b(?:no\\s+need|not|don.?t|do\\s+not|never)\\b).){0,100}?\\b(?:close|cancel|withdraw)\\w*\\s+(?:the|this|your)\\s+(?:dispute|case|claim|complaint)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    // "To release your refund a verification payment of $1.99 is needed", "para liberar o reembolso precisa pagar a
    // taxa de desbloqueio", "frais de déblocage", "Freischaltgebühr": a fee asked to free the buyer's own money.
    gate: /refund|reembols|rembours|erstattung|rimbors|money back|unlock|desbloque|deblocage|verification|verificac|freischalt/,
    re: anyOf(
      '\\b(?:refund|money\\s+back|reembols|rembours|r?uckerstattung|erstattung|rimbors)\\w*\\b.{0,100}?\\b(?:verification|verify|unlock\\w*|release|activation|unfreez\\w*|clearance|desbloque\\w*|liberac\\w*|verificac\\w*|ativac\\w*|activac\\w*|deblocage|activation|freischalt\\w*|entsperr\\w*|verifizierung\\w*|sblocco|verifica|attivazione)\\b(?:\\s+\\w+){0,2}?\\s+(?:payment|fee|charge|deposit|amount|taxa|tasa|tarifa|pago|pagamento|frais|paiement|gebuhr|zahlung|tassa|commissione|costo|(?:of\\s+)?(?:\\$|usd|eur|r\\$)?\\s?\\d)',
      '\\b(?:verification|unlock\\w*|release|activation|unfreez\\w*)\\s+(?:payment|fee|charge|deposit)\\b.{0,80}?\\b(?:refund|money\\s+back|get\\s+(?:the|your)\\s+\\$?\\d)',
      '\\b(?:taxa|tasa|tarifa|frais|gebuhr|tassa)\\s+(?:de\\s+|di\\s+)?(?:desbloque\\w*|liberac\\w*|verificac\\w*|deblocage|verification|sblocco|verifica)\\b.{0,80}?\\b(?:reembols|rembours|erstattung|rimbors|refund)\\w*',
    ),
  },
  {
    // A fee to pay before the refund comes, with a link to pay it ("para liberar o reembolso precisa pagar uma taxa
    // neste link: bit.ly/…", "para recibir el reembolso abone la comisión en este enlace", "per il rimborso paghi
    // la tassa a questo link"): the platform's refund never asks for money, and a link in chat is not its checkout.
    kind: 'contextual',
    what: 'a refund that first needs a payment outside the platform',
    gate: /refund|reembols|rembours|erstatt|rimbors|terugbetal|zwrot|devoluc|estorn|money back/,
    needs: REFUND_FEE_LINK,
    needsIn: 'message',
    re: anyOf(
      `\\b(?:${REFUND_WORD})\\w*\\b${REFUND_FEE_GAP}\\b(?:${FEE_PAY})\\w*\\s+(?:\\S+\\s+){0,3}?(?:${FEE_NOUN})\\b`,
      `\\b(?:${FEE_PAY})\\w*\\s+(?:\\S+\\s+){0,3}?(?:${FEE_NOUN})\\b${REFUND_FEE_GAP}\\b(?:${REFUND_WORD})\\w*`,
    ),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's own website or another marketplace",
    ...ON_PLATFORM_STORE,
    gate: /website|web site|site|shop|store/,
    re: anyOf(
      '\\b(?:buy|order|purchase|shop|check\\s*out|place\\s+(?:the|your|an?)\\s+order)\\w*\\s+(?:\\w+\\s+){0,3}?(?:from|on|in|at|through|via)\\s+(?:our|my)\\s+(?:(?!alibaba|aliexpress)[\\w-]+\\s+){0,2}?(?:web\\s?site|site|shop|store|web\\s?shop|online\\s+(?:shop|store))\\b',
      // "please pay on our website, 5% discount", "pay by credit card in our web shop": the payment itself taken on
      // the seller's own site (a store on the platform is excused by ON_PLATFORM_STORE).
      '\\b(?:pay|paying|payment|make\\s+(?:the\\s+)?payment)\\s+(?:\\w+\\s+){0,4}?(?:on|in|at|through|via)\\s+(?:our|my)\\s+(?:(?!alibaba|aliexpress)[\\w-]+\\s+){0,2}?(?:web\\s?site|site|web\\s?shop|online\\s+(?:shop|store))\\b',
      // "register on our website and pay the deposit there": an account opened on the seller's site to pay.
      '\\b(?:register|sign\\s+up|create\\s+an?\\s+account|become\\s+(?:our\\s+|a\\s+)?member)\\w*\\s+(?:\\w+\\s+){0,3}?(?:on|at|in|via)\\s+(?:our|my)\\s+(?:(?!alibaba|aliexpress)[\\w-]+\\s+){0,2}?(?:web\\s?site|site|shop|store|platform|app)\\b(?!\\s+on\\s+(?:alibaba|aliexpress))(?:(?!\\b(?:alibaba|aliexpress|here)\\b).){0,80}?\\b(?:pay|deposit|order|buy|purchase)\\w*(?!\\s+(?:\\w+\\s+)?(?:on|in|through|via)\\s+(?:alibaba|aliexpress|the\\s+platform|here))',
    ),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's own website or another marketplace",
    ...ON_PLATFORM_STORE,
    gate: /own|independent|official|new|other|personal|another|different/,
    // A purchase: "leave your inquiry on our official website" moves the talk (contact), not the money.
    needs:
      /\b(?:buy|order|purchas|pay|price|cheap|discount|check\s*out|cart|deal|deposit|balance|trade|trading|business|fee|commission)\w*/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:on|in|at|via|through|from)\\s+(?:our|my)\\s+(?:own|independent|official|new|other|personal)\\s+(?:web\\s?site|site|shop|store|platform)\\b',
      '\\b(?:on|in|at|via|through|to)\\s+(?:an?other|different)\\s+(?:platform|site|website|marketplace|shop|store)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's own website or another marketplace",
    ...ON_PLATFORM_STORE,
    gate: /shopee|lazada|tokopedia|bukalapak|taobao|tmall|1688|pinduoduo|temu|dhgate|amazon|ebay|etsy|mercado|allegro|olx|avito|wildberries|ozon|jumia|noon|trendyol|hepsiburada|coupang|rakuten|mercari|tiktok|facebook|instagram/,
    re: anyOf(
      '\\b(?:in|on|at|from|via|through)\\s+(?:our|my)\\s+(?:\\w+\\s+)?(?:shopee|lazada|tokopedia|bukalapak|taobao|tmall|1688|pinduoduo|temu|dhgate|amazon|ebay|etsy|mercado\\s?libre|allegro|olx|avito|wildberries|ozon|jumia|noon|trendyol|hepsiburada|coupang|rakuten|mercari)\\b',
      '\\b(?:find|see|visit|check|try|search|follow)\\s+(?:out\\s+)?(?:us|our|my)\\s+(?:\\w+\\s+)?(?:on|in|at)?\\s*(?:shopee|lazada|tokopedia|bukalapak|taobao|tmall|1688|pinduoduo|temu|dhgate|amazon|ebay|etsy|mercado\\s?libre|allegro|olx|avito|wildberries|ozon|jumia|noon|trendyol|hepsiburada|coupang|rakuten|mercari)\\b',
      // A social network is a shop only when buying is said: "order on our Instagram shop", "buy it on our TikTok
      // store" — "find our factory video on our Facebook page" or "follow us on Instagram" sells nothing.
      // A shop there named only to be watched or followed ("follow our TikTok shop, we go live every night") sells
      // nothing: a word of buying, paying or a price must stand in its sentence.
      '(?<=\\b(?:buy|order|purchas|pay|check\\s*out|cheaper|discount|price|cart)\\w*\\b[^.!?\\n]{0,60})\\b(?:tiktok|facebook|instagram|insta)\\s+(?:shop|store|marketplace)\\b|\\b(?:tiktok|facebook|instagram|insta)\\s+(?:shop|store|marketplace)\\b(?=[^.!?\\n]{0,60}\\b(?:buy|order|purchas|pay|check\\s*out|cheaper|discount|price|cart)\\w*)',
      '\\b(?:buy|order|purchase|check\\s*out|pay)\\w*\\s+(?:\\w+\\s+){0,4}?(?:in|on|at|from|via|through)\\s+(?:our|my)\\s+(?:\\w+\\s+)?(?:tiktok|facebook|instagram|insta)\\b',
      '\\b(?:buy|order|purchase)\\w*\\s+(?:\\w+\\s+){0,3}?(?:on|in|at|from|via)\\s+(?:shopee|lazada|tokopedia|bukalapak|taobao|tmall|1688|pinduoduo|temu|dhgate|amazon|ebay|etsy|mercado\\s?libre|allegro|olx|avito|wildberries|ozon|jumia|noon|trendyol|hepsiburada|coupang|rakuten|mercari|tiktok\\s+shop)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: "a purchase moved to the seller's own website or another marketplace",
    ...ON_PLATFORM_STORE,
    gate: /own/,
    needs: /\b(?:order|buy|purchase|price|cheap\w*|discount|off|save|checkout)\b/,
    needsIn: 'message',
    re: anyOf(
      '\\b(?:our|my)\\s+own\\s+(?:online\\s+|web\\s*)?(?:shop|store|website|site|webshop|web\\s+store)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: "a related company's account (parent, sister company, branch in another territory)",
    gate: /parent|sister|mother|holding|affiliat|related|partner|associate|daughter|subsidiar|trading|export|overseas|offshore|hong kong|hk|singapore|shenzhen|head|branch|group|cooperat|co-operat/,
    re: anyOf(
      // "kindly use the account of our cooperating company", "bank details of our partner firm": the account
      // named by its holder, a company related to the seller, with no verb of paying beside it.
      `\\b(?:account|acct|acc|bank\\s+(?:account|details|info)|beneficiary)\\s+(?:of|under|belonging\\s+to)\\s+(?:our|the|my|their)\\s+(?:[\\w-]+\\s+){0,2}?${RELATED_COMPANY}\\s+(?:company|companies|firm|entity|corporation|corp|branch|subsidiary|concern|factory)\\b`,
      `\\b(?:pay|paid|payment|transfer\\w*|remit\\w*|wire|send|deposit|money|balance|goes|go|beneficiary|payee)\\s+(?:\\S+\\s+){0,3}?(?:(?:to|by|via|through|into)\\s+)?(?:our|the|my|their)\\s+(?:[\\w-]+\\s+){0,2}?${RELATED_COMPANY}\\s+(?:company|companies|firm|office|entity|corporation|corp|branch|subsidiary|account|concern|agent|agency|partner)\\b`,
      `\\b(?:our|the)\\s+(?:[\\w-]+\\s+){0,2}?${RELATED_COMPANY}\\s+(?:company|firm|office|entity|branch|subsidiary)\\s+(?:will\\s+)?(?:receive|collect)s?\\s+(?:the\\s+)?(?:payment|money|deposit|balance)`,
    ),
  },
  {
    kind: 'contextual',
    what: "a related company's account (parent, sister company, branch in another territory)",
    gate: /branch|subsidiar|office|company/,
    needs: /\b(?:pay|paid|paying|payment|transfer\w*|remit\w*|wire|send|deposit|t\/?t|tt|receive\w*)\b/,
    re: anyOf(
      '\\b(?:branch|subsidiary|office|company|entity)\\s+in\\s+(?:hong\\s+kong|hk|singapore|dubai|macau|taiwan|malaysia|vietnam)\\b',
    ),
  },
  {
    kind: 'contextual',
    what: 'Western Union / MoneyGram (abbreviated)',
    gate: /wu|w\/u|mg|m\/g|mtcn/,
    negationSpreads: true,
    re: anyOf(
      '\\b(?:by|via|with|through|thru|use|using|or|and|pay\\w*|send\\w*|transfer\\w*)\\s+w\\/?u\\b',
      '\\bw\\/?u\\s*(?:or|and|\\/)\\s*m\\/?g\\b|\\bm\\/?g\\s*(?:or|and|\\/)\\s*w\\/?u\\b',
      '\\bw\\/?u\\s+(?:transfer|payment|remittance|money)\\b',
      '\\bmtcn\\b',
      '\\b(?:by|via|through|using)\\s+m\\/?g\\b(?!\\s*(?:per|of|each|daily|\\/|tablet|capsule|dose))',
    ),
  },
  {
    // Written with a dot, a space or a slash and no final dot ("by M.G to our cashier", "W U in the name of my
    // director", "par W.U, au nom de", "M G na nazwisko"): the letters stay apart after normalising, so the
    // abbreviation is read with a word of paying or of a payee beside it, in the languages read.
    kind: 'contextual',
    what: 'Western Union / MoneyGram (abbreviated)',
    gate: /\bw[./ ]?u|\bm[./ ]?g/,
    negationSpreads: true,
    needs: PAYMENT_WORD_ANY,
    needsIn: 'message',
    // Normalising joins spaced single letters, with a one-letter word after them ("W U a nombre" → "wua").
    re: anyOf(
      `\\b(?:${ABBREVIATION_LEAD})\\s+(?:w[./ ]?u[aeioyz]?|m[./ ]g)\\b(?![./ ]?\\d|\\s*(?:per|of|each|daily|tablet|capsule|dose))`,
    ),
  },
  {
    // A payee right after it says the money is meant: "W U in the name of my director", "M G na nazwisko".
    kind: 'contextual',
    what: 'Western Union / MoneyGram (abbreviated)',
    gate: /\bw[./ ]u\b|\bm[./ ]g\b/,
    negationSpreads: true,
    re: anyOf(`\\b(?:w[./ ]u|m[./ ]g)\\b[,.]?\\s+(?:${ABBREVIATION_PAYEE})`),
  },
  {
    // Approved as the way to pay, or followed by who receives it: "W.U is ok, receiver is our finance", "M.G also
    // fine", "W.U va bene, il beneficiario è…", "M.G está bien", "W.U geht auch, Empfänger ist…". Accepting the
    // service is the request; the letters with a dot, slash or space (never glued: "Wu" is a surname).
    kind: 'contextual',
    what: 'Western Union / MoneyGram (abbreviated)',
    gate: /\bw[./ ]u\b|\bm[./ ]g\b/,
    negationSpreads: true,
    re: anyOf(
      `(?<!\\d\\s?)\\b(?:w[./ ]u|m[./ ]g)\\b${NOT_A_COMPANY_NAME}[,.]?\\s+(?:(?!(?:not|no|non|nicht|kein\\w*|nie|niet|pas|nao|never)\\b)\\S+\\s+){0,2}?(?:${ABBREVIATION_OK})\\b`,
      `(?<!\\d\\s?)\\b(?:w[./ ]u|m[./ ]g)\\b${NOT_A_COMPANY_NAME}(?:\\s+(?!(?:not|no|non|nicht|kein\\w*|nie|niet|pas|nao|never)\\b)\\S+){0,5}?[,.;:]?\\s+(?:the\\s+|el\\s+|le\\s+|la\\s+|il\\s+|o\\s+|der\\s+|de\\s+)?(?:${ABBREVIATION_RECEIVER})\\b(?!'?s?\\s+(?:address|adres\\w*|direccion|indirizzo|endereco|anschrift))`,
    ),
  },
  {
    kind: 'contextual',
    what: 'a story about the store or account, ending in another way to pay',
    // A holiday closing (Spring Festival, Golden Week) is the most common closing notice, and is no story; nor is a
    // membership that expires and is renewed ("expires soon but we renew it").
    unless: /holiday|festival|new\s+year|vacation|national\s+day|\bcny\b|golden\s+week|\brenew|\bextend/,
    unlessIn: 'message',
    gate: /close|shut|hacked|banned|blocked|locked|frozen|froze|freeze|limited|restricted|suspended|review|audit|investigation|problem|not working|not receive|risk control|expir|deactivated/,
    // "account risk control … we use new link pay" (stop 47): a new link to pay after the story is another way.
    // A new link made in the same order, on the order page or in Trade Assurance is the platform's own re-issue.
    needs:
      /new\s+(?:payment\s+|pay\s+)?link(?!\s+(?:\S+\s+){0,2}?(?:on|in|inside|within)\s+(?:the\s+)?(?:same\s+|original\s+|trade\s+assurance\s+|alibaba\s+|platform\s+)?(?:order|checkout|platform|alibaba|trade\s+assurance))|bank\s+transfer|\bwire\b|\bt\/?t\b|\btt\b|\bremit|transfer\s+(?:to|the|it)|\bpay\s+(?:by|via|with|to|us|me|directly)|send\s+(?:the\s+)?(?:money|payment|deposit)|another\s+way|other\s+(?:way|method)|\busdt|crypto|western|paypal|\b(?:by|via|through|thru)\s+(?:the\s+|our\s+)?bank\b(?!\s+card)/,
    needsIn: 'message',
    re: anyOf(
      `\\b${NOT_THE_BUYERS}${STORY}\\s+(?:[\\w']+\\s+){0,4}?(?:is\\s+|was\\s+|has\\s+been\\s+|got\\s+|been\\s+|will\\s+be\\s+)?${TROUBLE}\\b`,
      // The platform as the one that did it (stop 53): "Alibaba locked my account for verification", "the platform
      // has frozen our store", "AliExpress suspended our shop".
      '\\b(?:alibaba|aliexpress|the\\s+platform|platform|they)\\s+(?:has\\s+|have\\s+|just\\s+)?(?:locked|blocked|froze|frozen|closed|suspended|banned|restricted|limited|deactivated)\\s+(?:my|our)\\s+(?:\\w+\\s+)?(?:account|store|shop)\\b',
    ),
  },
];
