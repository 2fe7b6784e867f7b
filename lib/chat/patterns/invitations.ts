import { anyOf, type ChatPattern } from '../match';

/**
 * Moving the talk off the platform without naming an app, as real sellers do: "add me", "give me your
 * number, I will add you", "scan my QR code", "I sent you a friend request", "let's talk in a private chat",
 * "contact me on the number below". English here; other languages in languages/.
 */

/** A phone number asked for the courier or the label is part of shipping, not a move off the platform. */
export const SHIPPING =
  /courier|delivery|deliver|shipping|ship|address|customs|express|dhl|fedex|ups|tnt|ems|label|receiver|consignee|recipient|parcel|package|logistic|forwarder|waybill|order\s+(?:number|no)|tracking|invoice\s+(?:number|no)|\btax\b|\bvat\b|\bein\b|\beori\b|registration\s+(?:number|no)|company\s+(?:number|no)|\bid\s+card/;

/** An order number is asked for on the platform: "Sipariş numaranızı yazın", "kirim nomor pesanan". */
const ORDER_WORD = '(?:siparis|pesanan|pedido|commande|ordine|zamowieni\\w*|bestel\\w*|don\\s+hang)';
const NUMBER_WORD = '(?:numar\\w*|nomor|numero|numer\\w*|nummer|so)';
const ORDER_NUMBER = `${ORDER_WORD}\\s+(?:\\S+\\s+)?${NUMBER_WORD}|${NUMBER_WORD}\\s+(?:\\S+\\s+)?${ORDER_WORD}`;
/** The same shipping purposes in the other languages the number asks below are read in. */
const SHIPPING_ELSEWHERE = new RegExp(
  `${SHIPPING.source}|livr\\w*|transport\\w*|colis|(?<!mail[\\s-]?)adresse(?!\\s+(?:e-?)?mail)|douane|factur\\w*|destinatair\\w*|envio|entrega\\w*|repartidor|direccion(?!\\s+de\\s+(?:e-?mail|correo))|aduana|transportadora|endereco|alfandega|nota\\s+fiscal|corriere|spedizion\\w*|indirizzo(?!\\s+(?:di\\s+)?(?:e-?)?mail)|dogana|fattura|vervoerder|bezorg\\w*|chauffeur\\w*|fahrer\\w*|kierowc\\w*|autista|motorista|(?<!(?:posta|mail)[\\s-]?)\\badres(?!\\w*\\s+e-?mail)\\w*|kurier\\w*|przesylk\\w*|\\bclo\\b|faktur\\w*|kargo|teslimat|gumruk|fatura|kurir|pengiriman|alamat|\\bresi\\b|ekspedisi|penerima|koerier|paqueteria|correios|suivi|rastreio|rastreamento|\\bguia\\b|paczkomat|ongkir|\\bsav\\b|garant\\w*|garanzia|gwarancj\\w*|klaim|reklamac\\w*|imei|serie|\\bseri\\b|seryjn\\w*|takip|\\bmodel\\w*|\\bcpf\\b|cnpj|siret|\\btva\\b|vergi|${ORDER_NUMBER}`,
);

/** Verbs that ask for something to be given, sent or left, in the languages of the number asks below. */
const GIVE_VERB =
  'donn|envoi|envoy|laiss|communiqu|pas[ae]|dame|dar|das|deme|dej|envi|mand|regal|passa|lasci|dai|dare|dammi|invi|geef|stuur|poda|wysl|daj|laat(?!st)';
/**
 * Needing or asking what the buyer's address or number is, which asks for it as surely as "give me":
 * "necesito tu correo", "preciso do seu e-mail", "j'ai besoin de votre e-mail", "mi serve la tua mail",
 * "quelle est votre adresse e-mail ?", "¿cuál es tu número?", "qual é o seu e-mail?", "wat is je nummer?".
 */
const NEED_OR_WHICH =
  "necesit\\w*|precis\\w*|(?:j'ai|on\\s+a|nous\\s+avons)\\s+besoin|mi\\s+serve|ci\\s+serve|potrzebuj\\w*|cual\\s+es|quel(?:le)?\\s+est|qual\\s+(?:e|o|eh)|qual\\s+e\\s+o|wat\\s+is|jaki\\s+(?:jest|masz)";
/** "your" as the buyer's own: votre, ton, tu, su, (o) seu, il tuo, je, uw, swój, twój, pana/pani. */
const BUYERS =
  'votre|ton|tu|su|(?:o\\s+|a\\s+)?(?:seu|sua|teu|tua)|il\\s+(?:tuo|suo)|la\\s+(?:tua|sua)|je|jouw|uw|swoj|twoj|pana|pani';
const PHONE_NOUN =
  'telephone|telefone|telefono|tel|fone|phone|telefon\\w*|telepon|telp|llamada|ligacao|chamada';
/**
 * A mobile's kind said before the number: the Dutch "06-nummer" (every Dutch mobile starts with 06), "mobiele", "gsm",
 * "privé" ("stuur me je 06 nummer", "geef me even je mobiele nummer").
 */
// "uw telefoonnummer", "je mobielnummer": Dutch writes the phone's kind glued to "nummer" (stop 48).
const MOBILE_PREFIX = '(?:06|mobiele|mobiel|gsm|prive|persoonlijke|whatsapp|telefoon)[\\s-]?';
/**
 * The number asked for is the person's own (or their phone or app), not a document's. One to be entered in the buyer's
 * own profile or account ("geef je 06-nummer op in je Alibaba-profiel", "renseignez votre numéro dans votre compte") goes
 * to the platform for its verification, not to the seller.
 */
// "pouvez-vous me donner votre adresse e-mail ?", "me pasas tu correo": the buyer's mailbox is a contact too.
const OWN_NUMBER = `numero|number|nummer|numer|contact\\w*|contatto|contato|kontakt\\w*|${PHONE_NOUN}|portable|celular|cellulare|whats\\w*|zap|(?:e-?)?mail(?:adres)?|adresse\\s+(?:e-?)?mail|courriel|correo(?:\\s+electronico)?|endereco\\s+de\\s+e-?mail|indirizzo\\s+(?:e-?)?mail|adres\\s+e-?mail`;
const NOT_A_DOCUMENT =
  '(?!\\s+(?:\\S+\\s+)?(?:op\\s+)?(?:in|dans|en|em|no|na|nel|nella|w|im|auf)\\s+(?:je|jouw|uw|votre|ton|tu|su|seu|sua|teu|tua|tuo|il\\s+tuo|swoim|twoim|ihrem|deinem)\\s+\\S*(?:profiel|profil|perfil|profilo|account|compte|cuenta|conta|konto)\\w*)(?!\\s+(?:de|di|do|da|du|del|della|van|voor)\\s+(?!(?:telephone|telefone|telefono|telefon\\w*|tel|celular|cellulare|portable|movil|mobile|whats\\w*|zap)\\b))(?!\\s+(?:seryjn\\w*|seri\\w*|serie|iva|siret|tva|rut|cpf|cnpj|nip|imei|ruc|nif|vat)\\b)';

/** Writing down, sharing or leaving an address: "mi scriva il suo indirizzo email", "deixe seu e-mail", "indiquez". */
const WRITE_OR_SHARE = 'scriv|escrib|ecriv|indiq|indic|compart|partag|condivid|deix|schrijf|zostaw';
/** The buyer's mailbox, in the European languages read. */
const MAIL_NOUN =
  '(?:e-?)?mail(?:adres)?|adresse\\s+(?:e-?)?mail|courriel|correo(?:\\s+electronico)?|endereco\\s+de\\s+e-?mail|indirizzo\\s+(?:e-?)?mail|adres\\s+e-?mail';
/** Bank details or a payment in the message: the mailbox is asked for to send where the money goes. */
const MAIL_FOR_PAYMENT =
  /\b(?:bank\w*|banc\w*|banco|iban|rib|swift|kontodaten|bankverbindung|rekening\w*|dane\s+do\s+przelewu|dane\s+bankowe|pay|payment|pag(?:ar|o|amento|are|ate|hi)|payer|paiement|regler|zahlung|bezahl\w*|uberweis\w*|betal\w*|zaplat\w*|przelew\w*|platnosc\w*|virement|bonifico|transferencia)\b/;
/**
 * A mailbox for the delivery or customs (tracking, the courier) is shipping, not a payment's first step; a message that
 * keeps the payment on the platform names it.
 */
const MAIL_FOR_DELIVERY =
  /\b(?:tracking|rastreio|rastreamento|seguimiento|suivi|tracciamento|sendungsverfolgung|sledzeni\w*|customs|douane|aduana|alfandega|dogana|zoll|clo|courier|corriere|repartidor|transportadora|livreur|kurier\w*|koerier|bezorger|alibaba|aliexpress|trade\s*assurance|platform|plataforma|plateforme|piattaforma|plattform|platforma)\b/;

/**
 * The delivery, the courier or the parcel in Czech and Slovak, Hungarian, Romanian and Bulgarian, and the carriers
 * named there: a phone asked "pro doručení zásilky", "pre kuriéra", "a szállítási címhez, a DHL kéri", "pentru curier,
 * la livrare", "за куриера, за доставката" is shipping (red team, stop 47). An address is the delivery address only
 * when no e-mail qualifies it: "e-mailovou adresu", "e-mail címét", "adresa de e-mail" ask for the mailbox.
 */
const SHIPPING_CS_HU_RO_BG = new RegExp(
  [
    '\\b(?:courier|delivery|shipping|dhl|fedex|ups|tnt|ems|dpd|gls|ppl|packeta|zasilkovn\\w*|parcel|tracking|waybill|awb|cargus|sameday|econt|speedy)\\b',
    // cs, sk
    '\\b(?:doruc\\w*|dorucen\\w*|dopravc\\w*|prepravc\\w*|kuryr\\w*|kurier\\w*|zasilk\\w*|zasielk\\w*|balik\\w*|dodaci\\w*|dodacia|dodani|dodanie|celnic\\w*|proclen\\w*)\\b|(?<!mail\\w*\\s+)\\badres(?:a|u|y|e|ou)\\b(?!\\s+(?:\\S+\\s+){0,2}?(?:(?:pro|pre|de)\\s+)?e-?mail)',
    // hu
    '\\b(?:szallit\\w*|kiszallit\\w*|futar\\w*|csomag\\w*|kezbesit\\w*|vamkezel\\w*|postai)|(?<!mail\\s*)\\bcim(?:hez|re|et|em|unk|e)?\\b',
    // ro
    // "pentru vameș", "e necesar la import": a number for customs is shipping too (s53nchat).
    '\\b(?:livr\\w*|curier\\w*|colet\\w*|expeditie\\w*|vama\\w*|vames\\w*|vamii|destinatar\\w*|import(?:ul|ului|uri|ator\\w*)?)\\b|\\badres(?:a|e)\\s+de\\s+(?:livrare|expediere)',
    // bg
    '(?<![\\p{L}])(?:достав|куриер|пратк|колет|товарител|митниц|еконт|спиди)\\p{L}*',
  ].join('|'),
  'u',
);

/** The apps a bare id may be added on. */
const BARE_ID_APPS =
  'we\\s?chat|weixin|wx|vx|whats\\s?app|wa|telegram|tg|line|skype|viber|zalo|kakao(?:\\s?talk)?|signal|imo|botim|instagram|ig';
/** An app named, or a reason to talk: what makes a bare handle after "add" someone to add. */
const BARE_ID_CUE = new RegExp(
  `\\b(?:${BARE_ID_APPS}|questions?|problems?|contact|chat|talk|reach|inquir\\w*|enquir\\w*|details|faster|quick(?:er)?|reply)\\b|微信`,
  'u',
);

/** Joining, in the Latin-script languages read (folded): join, únase, rejoignez, treten Sie bei, unisciti, dołącz… */
const JOIN_WORD =
  '\\b(?:join|joining|enter|unase|unete|unirse|unirte|unir|entre|entra|entrar|entrez|rejoign\\w*|rejoindre|beitret\\w*|tritt|treten|unisci\\w*|entrare|entra|dolacz\\w*|katil\\w*|gabung|bergabung|masuk|tham\\s+gia|vao|vstup\\w*|pripoj\\w*|word\\s+lid)\\b';
/** A group, channel or community, in the same languages. */
const GROUP_WORD =
  '(?:groups?|channels?|chaine|community|grupo|groupe|gruppe|gruppo|grupa|grupie|grubu\\w*|grup|nhom|skupin\\w*|kanal\\w*|canal|canale|comunidad|communaute|groep)\\b';
/**
 * The seller's own: "our / my", "nuestro", "notre", "unsere", "nostro", "nasz", "kami"… (s52nchat). "Enter the product
 * group next to each QR code", "your customers join your loyalty community", "el canal de soporte de la app del
 * producto" name a group of the goods or of the buyer, not one the seller takes the talk to.
 */
const OWN_WORD =
  '(?:our|my|nuestr[oa]s?|mis?|nosso|nossa|meu|minha|notre|nos|mon|ma|unser\\w*|mein\\w*|nostr[oa]|mio|mia|nasz\\w*|moj\\w*|nas\\w*|muj|onze|mijn|bizim|kami|chung\\s+toi)';
/**
 * Following or subscribing to the seller's channel or group is joining it (stop 53): "follow our channel via the QR
 * code", "abonnez-vous à notre chaîne", "siga nuestro canal". Only before the group word: "follow us" alone is
 * publicity.
 */
const JOIN_OR_FOLLOW = `(?:${JOIN_WORD}|\\b(?:follow|subscribe(?:\\s+to)?|suivez|abonnez(?:-vous)?|siga|sigue|seguid|segui|seguite|folgen\\s+sie|folge|abonnieren\\s+sie|abonniere|obserwuj\\w*|subskrybuj\\w*|ikuti|takip\\s+edin|sledujte|theo\\s+doi)\\b)`;
/** Joined with the seller: "join us", "únase a nosotros", "rejoignez-nous", "unisciti a noi". */
const JOIN_US = `${JOIN_WORD}\\s+(?:(?:a|with|to)\\s+)?(?:us|nosotros|nos|nous|-nous|uns|noi|nas|kami)\\b`;
/**
 * A QR code the seller prints on the goods, their label or the buyer's box: the goods' own or the buyer's group. "The
 * QR on the box / on the product / sur la boîte / auf dem Karton" is printed there as "on the packaging" is (s53nchat).
 */
const QR_ON_GOODS =
  /\b(?:print\w*|labels?|label\s+file|packag\w*|manual|your\s+(?:customers|clients|buyers|users)|impres\w*|imprim\w*|etiquet\w*|stampa\w*|druck\w*|etikett\w*|nadruk\w*|etykiet\w*)\b|\bqr\b[^.!?\n]{0,20}?\b(?:on|in|inside|onto|sur|dans|en|na|no|auf|sul|sulla|nel|nella)\s+(?:the\s+|each\s+|every\s+|la\s+|le\s+|l'|el\s+|cada\s+|a\s+|o\s+|der\s+|dem\s+|jeder\s+|jedem\s+)?(?:box|boxes|carton|cartons|lid|sticker|insert|hang\s?tags?|product|products|device|unit|item|goods|caja|producto|boite|produit|caixa|produto|karton|schachtel|verpackung|produkt|gerat|scatola|confezione|prodotto|dispositivo|appareil)\b/u;

/**
 * The seller's official account followed through a QR code (stop 54): "scan this QR code to follow our official
 * account, new price lists are posted there", "扫码关注我们的公众号", "QRコードを読み取って公式アカウントを友だち追加",
 * "QR 코드를 스캔해서 저희 공식 계정을 팔로우", "escanee el código QR para seguir nuestra cuenta oficial". An official
 * account is a channel of its own in a chat app (a WeChat 公众号, a LINE official account): the talk and the price lists
 * go there; also in Arabic (stop 55: "امسح رمز QR وتابع حسابنا الرسمي"). A QR printed on the goods or a buyer's own account ("your official account", QR_ON_GOODS) is not read.
 */
// A code scanned with no "QR" named (stop 54): "follow our official account by scanning the code in the picture I sent".
const QR_WORD =
  '\\bscan\\w*\\s+(?:the|this|that|our|my)\\s+(?:\\w+\\s+)?code\\b|\\b(?:escane\\w*|scanne\\w*)\\s+(?:el|este|ese|le|ce|den|diesen|o|il|questo)\\s+(?:\\w+\\s+)?(?:codigo|code|codice)\\b|\\bqr\\b|二维码|二維碼|扫码|掃碼|扫一扫|掃一掃|qrコード|qr\\s?코드|\\bma\\s+qr\\b|\\bkode\\s+qr\\b';
const FOLLOW_WORD =
  '\\b(?:follow\\w*|subscrib\\w*|seguir|siga|sigue|seguinos|seguenos|suivre|suivez|abonne\\w*|folgen|folge|abonnier\\w*|seguire|segui|seguici|theo\\s+doi|ikuti|mengikuti|takip\\s+edin|obserwuj\\w*)\\b|关注|關注|フォロー|友だち追加|友達追加|登録して|팔로우|구독|친구\\s?추가|(?<![\\p{L}])подпиш\\p{L}*|(?<![\\p{L}])و?(?:تابع|تابعوا|تابعي|تابعونا|[اأإ]ضف|[اأإ]ضيفوا|[اأإ]ضيفي)(?![\\p{L}])';
const OFFICIAL_ACCOUNT_WORD =
  '\\b(?:official\\s+(?:wechat\\s+|line\\s+)?(?:account|page|channel)|public\\s+account|cuenta\\s+oficial|conta\\s+oficial|compte\\s+officiel|account\\s+ufficiale|canale\\s+ufficiale|offiziell\\w*\\s+(?:account|konto|kanal|seite)|akun\\s+resmi|tai\\s+khoan\\s+chinh\\s+thuc|resmi\\s+hesab\\w*)\\b|公众号|公眾號|服务号|服務號|公式アカウント|公式line|공식\\s?(?:계정|채널)|(?<![\\p{L}])официальн\\p{L}*\\s+(?:аккаунт|канал|страниц)\\p{L}*|(?:حساب|صفحت|قنات)(?:نا)?\\s+(?:ال)?رسمي|(?:ال)?(?:حساب|صفحة|قناة)\\s+(?:ال)?رسمي';
const IN_SENTENCE = '[^.!?。！？\\n]{0,60}?';
const FOLLOW_OFFICIAL = `(?:${FOLLOW_WORD})${IN_SENTENCE}(?:${OFFICIAL_ACCOUNT_WORD})|(?:${OFFICIAL_ACCOUNT_WORD})${IN_SENTENCE}(?:${FOLLOW_WORD})`;
/**
 * The buyer's customers or the buyer's own official account (stop 54): "Ihre Kunden scannen ihn und folgen Ihrem
 * offiziellen Account", "vos clients le scannent pour suivre votre compte officiel", "sus clientes … su cuenta
 * oficial", "您的客户扫码就能关注您自己的公众号". A QR the seller prints for the buyer's shop, not the seller's channel.
 */
const BUYERS_OWN_QR = [
  '\\byour\\s+(?:own\\s+)?official\\b',
  '\\b(?:ihre|eure|deine)\\s+(?:end)?(?:kunden|kaufer|nutzer)\\b|\\b(?:ihr\\w*|eur\\w*|dein\\w*)\\s+(?:eigen\\w*\\s+)?offiziell',
  '\\b(?:vos|tes)\\s+(?:propres\\s+)?clients\\b|\\b(?:votre|ton)\\s+(?:propre\\s+)?compte\\s+officiel',
  '\\b(?:sus|tus|seus|teus|suas|tuas)\\s+(?:propi[oa]s\\s+|propri[oa]s\\s+)?clientes\\b|\\b(?:su|tu|sua|tua)\\s+(?:propia\\s+|propria\\s+)?(?:cuenta|conta)\\s+oficial',
  '\\b(?:i\\s+)?(?:tuoi|vostri|suoi)\\s+clienti\\b|\\b(?:il\\s+)?(?:tuo|vostro|suo)\\s+(?:account|canale)\\s+ufficiale',
  '(?:您|你|贵司|貴司|贵公司|貴公司)(?:自己)?的?(?:客户|客戶|顾客|顧客|公众号|公眾號)',
].join('|');
const OFFICIAL_ACCOUNT_BY_QR: ChatPattern = {
  kind: 'explicit',
  what: 'an invitation to add the seller elsewhere',
  gate: /qr|scan|二维码|二維碼|扫码|掃碼|扫一扫|掃一掃/,
  unless: new RegExp(`${QR_ON_GOODS.source}|${BUYERS_OWN_QR}`, 'u'),
  unlessIn: 'sentence',
  re: anyOf(
    `(?:${QR_WORD})${IN_SENTENCE}(?:${FOLLOW_OFFICIAL})`,
    `(?:${FOLLOW_OFFICIAL})${IN_SENTENCE}(?:${QR_WORD})`,
  ),
};

export const INVITATION_PATTERNS: readonly ChatPattern[] = [
  OFFICIAL_ACCOUNT_BY_QR,
  {
    kind: 'explicit',
    what: 'an invitation to add the seller elsewhere',
    gate: /add me|add us|add you|add u|add my|add our|add new|add the new|add a new|scan/,
    re: anyOf(
      '\\badd (?:me|us)\\b(?!\\s+(?:the|a|an|some|more|your|photos?|pictures?|details?|info|to\\s+(?:the\\s+|your\\s+)?(?:cart|order|list|favou?rites?|wish\\s?list)|in\\s+(?:the|your)\\s+order)\\b)',
      "\\b(?:i|we)(?:'ll|\\s+will|\\s+can|\\s+could|\\s+would|\\s+want\\s+to|\\s+wanna)?\\s+add (?:you|u)\\b(?!\\s+(?:(?:to|in)\\s+(?:the|our)\\s+(?:vip|mailing|customer|buyer|system|list)|as\\s+(?:a|an|our)?\\s*(?:vip|buyer|customer|member|distributor|dealer)|in\\s+the\\s+order))",
      // "my wechat got blocked, pls add my new one sunny_88": a new id to add, the app named earlier or not at all.
      '\\badd\\s+(?:my|our)\\s+new\\s+(?:one|id|account|acc|number|no)\\b',
      // "pls add new one sunny-zhou2024", "add the new id: mike_88": with no "my", the id written right after says whose.
      '\\badd\\s+(?:the\\s+|a\\s+)?new\\s+(?:one|id|account|acc|number|no)\\s*[:：,-]?\\s*(?:\\+?\\d[\\d\\s-]{6,}\\d|[a-z][a-z0-9]*[_.-][\\w.-]*[a-z0-9]|[a-z]+\\d{2,}[\\w.-]*)(?![\\w@])(?!\\s+(?:model|item|product|size|colou?r|version|type|sku|pcs|to|into|in|on|for)\\b)',
      '\\bscan\\s+(?:my|the|this|our)\\s+(?:qr\\s+)?code\\s+(?:\\S+\\s+){0,4}?(?:to\\s+)?(?:add|contact|chat|talk)',
    ),
  },
  {
    // "…we print your WeChat QR on the card, and for questions add sales_amy88", "any problem pls add jenny_li2024":
    // a bare id to add, shaped as a handle (a "_" or "." inside, or letters then digits) and ending its clause, asked of
    // the buyer (at a clause's start, after "pls" or "for questions") in a message that names an app or a reason to
    // talk; "add sku_1234 to the order", "can you add item_A22", "add logo_v2.png" are goods and files.
    kind: 'explicit',
    what: 'an invitation to add the seller elsewhere',
    gate: /add/,
    needs: BARE_ID_CUE,
    needsIn: 'message',
    re: anyOf(
      `(?:^|[.,!?;:]\\s*|\\b(?:pls|please|plz|kindly|just|questions?|problems?|issues?|details|info|information|inquir\\w*|enquir\\w*)\\s+(?:(?:pls|please|plz|just)\\s+)?)add\\s*[:：]?\\s*@?(?!(?:item|sku|pvc|logo|model|size|file|img|image|photo|pic|code|part|art|ref|po|pi|ctn|carton|box|bag|label)[_.-])(?:[a-z][a-z0-9]*[_.][\\w.-]*[a-z0-9]|[a-z]{3,}\\d{2,}[\\w.-]*)(?<!\\.(?:png|jpe?g|gif|pdf|ai|psd|dxf|dwg|stp|step|zip|rar|docx?|xlsx?|cdr|eps|svg))(?![\\w@])(?=\\s*(?:$|[.,!?;)]|(?:on|in|via|at)\\s+(?:${BARE_ID_APPS})\\b|(?:pls|please|plz|thanks|thank\\s+you|thx)\\b))`,
    ),
  },
  {
    // "Scan this QR code and add the service agent" in the other languages read: a QR code that adds a
    // person is a move off the chat (a fake "customer service" in the Korean and Chinese reports).
    kind: 'explicit',
    what: 'an invitation to add the seller elsewhere',
    gate: /qr|二维码|二維碼/,
    re: anyOf(
      'qr\\s?코드\\S{0,2}\\s?(?:\\S+\\s?){0,2}?스캔\\S{0,4}\\s?(?:\\S+\\s?){0,3}?(?:추가|친구|연락)',
      '(?:qr\\s?(?:码|碼)|二维码|二維碼)\\S{0,12}?(?:加|添加|联系|聯繫|好友)',
      '扫\\S{0,6}?(?:qr|二维码|二維碼)\\S{0,10}?(?:加|添加|联系|聯繫|好友)',
      'qr\\s?コード\\S{0,12}?(?:追加|友だち|友達|連絡)',
      '\\b(?:quet|scan)\\s+(?:ma\\s+)?qr\\s+(?:\\S+\\s+){0,5}?(?:ket\\s+ban|them|lien\\s+he|add)\\b',
      '\\b(?:scan|pindai)\\s+(?:kode\\s+)?qr\\s+(?:\\S+\\s+){0,5}?(?:tambah\\w*|add|hubungi|chat)\\b',
      '\\b(?:escane\\w*|scanne\\w*|scansion\\w*|zeskanuj|tarat\\w*|scannen\\s+sie)\\s+(?:\\S+\\s+){0,3}?(?:codigo\\s+|code\\s+|codice\\s+|kod\\s+|kodu\\s+|den\\s+)?qr\\S*\\s+(?:\\S+\\s+){0,5}?(?:agreg\\w*|anad\\w*|adicion\\w*|ajout\\w*|aggiung\\w*|dodaj\\w*|ekle\\w*|hinzu\\w*|contact\\w*|contatt\\w*|kontakt\\w*)',
    ),
  },
  {
    // Stop 52: a QR code (often "in the picture") to join the seller's group or channel: "scan the QR code in the picture
    // to join our customer care group", "únase a nuestro grupo escaneando el QR", "rejoignez notre groupe via le QR code
    // de l'image", "扫图里的二维码进群", "QRコードからグループに参加". A group outside the chat is a move off it.
    kind: 'explicit',
    what: 'an invitation to add the seller elsewhere',
    gate: /qr|二维码|二維碼/,
    unless: QR_ON_GOODS,
    unlessIn: 'sentence',
    re: anyOf(
      `\\bqr\\b[^.!?\\n]{0,60}?${JOIN_OR_FOLLOW}\\s+(?:\\S+\\s+){0,2}?${OWN_WORD}\\s+(?:\\S+\\s+){0,3}?${GROUP_WORD}`,
      `${JOIN_OR_FOLLOW}\\s+(?:\\S+\\s+){0,2}?${OWN_WORD}\\s+(?:\\S+\\s+){0,3}?${GROUP_WORD}[^.!?\\n]{0,60}?\\bqr\\b`,
      `\\bqr\\b[^.!?\\n]{0,60}?${JOIN_US}|${JOIN_US}[^.!?\\n]{0,60}?\\bqr\\b`,
      '(?<![\\p{L}])(?:вступ|присоедин|заход|приєдн|долуч)\\p{L}*[^.!?\\n]{0,40}?(?:групп|груп|канал|чат)\\p{L}*[^.!?\\n]{0,60}?qr|qr[^.!?\\n]{0,60}?(?:вступ|присоедин|заход|приєдн|долуч)\\p{L}*[^.!?\\n]{0,40}?(?:групп|груп|канал|чат)',
      '(?:qr\\s?(?:码|碼)|二维码|二維碼)\\S{0,20}?(?:进群|進群|入群|群聊|群组|群組)',
      'qr\\s?コード\\S{0,20}?(?:グループ|オープンチャット|チャンネル)\\S{0,6}?(?:参加|入)',
      'qr\\s?코드\\S{0,2}\\s?(?:\\S+\\s?){0,4}?(?:단톡방|오픈채팅|그룹|채널)\\S{0,3}\\s?(?:입장|참여|들어)',
    ),
  },
  {
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    // Chat shorthand too: "drop ur mail here", "send me yr no.".
    gate: /your|ur|yr/,
    unless: SHIPPING,
    re: anyOf(
      // "Reply with your mobile number": answering with it is handing it over.
      '\\b(?:give|send|leave|share|tell|drop|provide|reply\\s+with|answer\\s+with|respond\\s+with)\\s+(?:me|us)?\\s*(?:your|ur|yr)\\s+(?:(?:phone|mobile|cell|whats\\w*|wechat|private|personal)\\s+)?(?:number|no|phone|mobile|contact(?:s|\\s+(?:info|details|number))?|id|e-?mail(?:\\s+address)?|mail(?:\\s+address)?|mail\\s?box)\\b',
      // "What is your mail?", "I need your email", "can I have your number": the same ask, put as a question.
      "\\b(?:what\\s+is|what'?s|whats|(?:i|we)\\s+(?:need|want|will\\s+need)|(?:can|could|may)\\s+(?:i|we)\\s+(?:have|get|know))\\s+(?:your|ur|yr)\\s+(?:(?:phone|mobile|cell|whats\\w*|private|personal)\\s+)?(?:number|phone|mobile|e-?mail(?:\\s+address)?|mail(?:\\s+address)?)\\b",
    ),
  },
  {
    // A private mailbox or number asked for with no "your": "give me a personal email (gmail ok)", "send us a
    // private number". "Personal", "private" or a free mail service says it is the buyer's own, off the platform.
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /personal|private|gmail|hotmail|yahoo|outlook|qq\s?mail/,
    unless: SHIPPING,
    re: anyOf(
      '\\b(?:give|send|leave|share|tell|drop|provide)\\s+(?:me|us)\\s+(?:a|an|one|some|any)\\s+(?:personal|private|gmail|hotmail|yahoo|outlook)\\s+(?:e-?mail(?:\\s+address)?|mail(?:\\s+address)?|address|number|phone|contact)\\b',
      '\\b(?:can|could|may)\\s+(?:you|u)\\s+(?:give|send|share|tell|provide)\\s+(?:me|us)\\s+(?:a|an|one|some|any|your|ur)\\s+(?:personal|private|gmail|hotmail|yahoo|outlook)\\s+(?:e-?mail(?:\\s+address)?|mail(?:\\s+address)?|address|number|phone|contact)\\b',
    ),
  },
  {
    // German has no language pack of phrases: "Senden Sie mir Ihre Handynummer, ich rufe Sie an".
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /ihre|deine|ihr|dein/,
    unless:
      // An e-mail address ("oder eine E-Mail-Adresse") is not the delivery address; "ust" only as a word (not "Lust").
      /kurier|zusteller|zustellung|liefer|versand|spedition|zoll|paket|sendung|(?<!mail[\s-]?)adresse|empfanger|rechnung|steuer|\bust\b|eori|dhl|ups|fedex|\bdpd\b|\bgls\b/,
    re: anyOf(
      '\\b(?:senden|schicken|schick|gib|geben|nennen|nenn|schreiben|schreib|hinterlassen|hinterlass)\\s+(?:sie|du)?\\s*(?:mir|uns)\\s+(?:bitte\\s+|mal\\s+|kurz\\s+|noch\\s+)*(?:ihre|deine|ihr|dein)\\s+(?:handy|mobil|telefon|whatsapp|wechat|private\\w*)\\w*(?:nummer|\\s+nummer)?\\b',
      // "Ich brauche noch deine Handynummer".
      '\\b(?:wie\\s+(?:lautet|ist)|(?:ich|wir)\\s+(?:brauche|brauchen|benotige|benotigen)(?:\\s+(?:noch|bitte|dann))?)\\s+(?:ihre|deine|ihr|dein)\\s+(?:handy|mobil|telefon|whatsapp)\\w*',
    ),
  },
  {
    // The buyer's mailbox asked for in German ("Schick mir deine E-Mail-Adresse", "Wie lautet Ihre E-Mail?"). An
    // invoice to be sent there makes the mailbox the courier of a document (the project's convention for e-mail,
    // see offplatform-contact.ts; the payment rule judges its bank details). An offer or catalogue does not: sales
    // talk follows it to the mailbox, as in English ("send me your email, I send the catalogue").
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /ihre|deine|ihr|dein/,
    unless: /rechnung|proforma|kostenvoranschlag|liefer|versand|kurier|zustell|(?<!mail[\s-]?)adresse/,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:senden|schicken|schick|gib|geben|nennen|nenn|schreiben|schreib|hinterlassen|hinterlass)\\s+(?:sie|du)?\\s*(?:mir|uns)\\s+(?:bitte\\s+|mal\\s+|kurz\\s+|noch\\s+)*(?:ihre|deine|ihr|dein)\\s+(?:e-?mail|mail)\\w*',
      '\\b(?:wie\\s+(?:lautet|ist)|(?:ich|wir)\\s+(?:brauche|brauchen|benotige|benotigen)(?:\\s+(?:noch|bitte|dann))?)\\s+(?:ihre|deine|ihr|dein)\\s+(?:e-?mail|mail)\\w*',
    ),
  },
  {
    // The same ask in the Romance languages, Dutch, Polish, Turkish and Indonesian: "laissez-moi votre numéro",
    // "pouvez-vous me donner votre numéro ?", "¿me pasas tu número?", "me passa o seu número", "mi dai il tuo
    // numero?", "geef me even je nummer", "podaj swój numer telefonu", "numaranızı alabilir miyim?", "nomornya
    // berapa?". Only the person's own number or contact: "votre numéro de série / de TVA / de suivi", "número de
    // CPF" are documents, and a number for the courier, a warranty or an invoice is after-sales or shipping.
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    // Every noun OWN_NUMBER accepts opens it: "mándame tu whats", "dame tu celular" name no number or mail.
    gate: /numer|nummer|numar|nomor|contact|kontakt|contat|mail|courriel|correo|telef|telep|phone|\btel\b|fone|portable|celular|cellulare|whats|\bzap\b|llamada|ligacao|chamada/,
    unless: SHIPPING_ELSEWHERE,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:${GIVE_VERB})\\w*(?:[\\s-]+(?:moi|me|mi|mij|m'))?\\s+(?:\\S+\\s+){0,3}?(?:${BUYERS})\\s+(?:${MOBILE_PREFIX})?(?:${OWN_NUMBER})\\b${NOT_A_DOCUMENT}`,
      `\\b(?:${NEED_OR_WHICH})\\s+(?:\\S+\\s+){0,2}?(?:${BUYERS})\\s+(?:${OWN_NUMBER})\\b${NOT_A_DOCUMENT}`,
      // Polish leaves the possessive out: "proszę podać adres e-mail", "proszę o maila", "podaj numer telefonu".
      '\\b(?:poda(?:c|j|jcie)|prosze\\s+o|prosimy\\s+o|wyslij(?:\\s+mi)?|potrzebuj\\w*)\\s+(?:swoj\\w*\\s+|twoj\\w*\\s+)?(?:adres\\s+e-?mail|e-?mail\\w*|maila|numer\\s+(?:telefonu|komorki|whatsapp\\w*))\\b',
      `\\b(?:uw|je|jouw)\\s+(?:telefoon|mobiel|gsm)?nummer\\s+(?:\\S+\\s+)?(?:geven|sturen|doorgeven|sturen)\\b`,
      // "Kart / hesap numaranızı yazın" asks for a card's or an account's number, not a phone (stop 54).
      `\\b(?<!\\b(?:kart|kartin|hesap|iban|banka)\\s)numara\\w*\\s+(?:\\S+\\s+)?(?:verir\\s+misiniz|verin|verebilir\\s+misiniz|alabilir\\s+miyim|gonderin|atin|yazin)\\b`,
      // "Kirim nomor rekening / resi kakak" asks for a bank account's or a parcel's number, not a phone (stop 54).
      `\\b(?:minta|kasih|kirim|bagi|boleh\\s+minta)\\s+(?:nomor|no|kontak)\\s+(?!(?:rekening|rek|akun|kartu|va|resi|pesanan|order|invoice|faktur)\\b)(?:\\S+\\s+)?(?:kamu|kakak|kak|anda|bapak|ibu|agan|sis|gan)\\b|\\bnomor(?:nya|mu)?\\s+(?:kakak\\s+|kak\\s+|kamu\\s+)?berapa\\b`,
    ),
  },
  {
    // The buyer's mailbox asked for as the first step of a payment: "mi lasci la sua email, le mando la proforma con
    // le coordinate bancarie", "mándame tu correo y te envío la factura con los datos bancarios", "Ihre E-Mail-Adresse,
    // dann die Rechnung mit unserer Bankverbindung", "podaj e-mail, wyślę fakturę z danymi do przelewu". The
    // document words that excuse a number asked for the invoice do not excuse this: the invoice is how the payment
    // leaves the order, and the talk follows it to the mailbox (as in English, "send me your email, I send the PI").
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /mail|courriel|correo/,
    needs: MAIL_FOR_PAYMENT,
    needsIn: 'message',
    unless: MAIL_FOR_DELIVERY,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:${GIVE_VERB}|${WRITE_OR_SHARE})\\w*(?:[\\s-]+(?:moi|me|mi|mij|m'))?\\s+(?:\\S+\\s+){0,3}?(?:${BUYERS})\\s+(?:${MAIL_NOUN})\\b`,
      `\\b(?:${NEED_OR_WHICH})\\s+(?:\\S+\\s+){0,2}?(?:${BUYERS})\\s+(?:${MAIL_NOUN})\\b`,
      '\\b(?:poda(?:c|j|jcie)|prosze\\s+o|prosimy\\s+o|wyslij(?:\\s+mi)?|potrzebuj\\w*)\\s+(?:swoj\\w*\\s+|twoj\\w*\\s+)?(?:adres\\s+e-?mail|e-?mail\\w*|maila)\\b',
      '\\b(?:senden|schicken|schick|gib|geben|nennen|nenn|schreiben|schreib|hinterlassen|hinterlass|lassen|lass)\\s+(?:sie|du)?\\s*(?:mir|uns)\\s+(?:bitte\\s+|mal\\s+|kurz\\s+|noch\\s+)*(?:ihre|deine|ihr|dein)\\s+(?:e-?mail|mail)\\w*',
      '\\b(?:wie\\s+(?:lautet|ist)|(?:ich|wir)\\s+(?:brauche|brauchen|benotige|benotigen)(?:\\s+(?:noch|bitte|dann))?)\\s+(?:ihre|deine|ihr|dein)\\s+(?:e-?mail|mail)\\w*',
    ),
  },
  {
    // The object before the verb, as German, Dutch, Turkish and Russian put it: "können Sie mir bitte Ihre
    // E-Mail-Adresse schicken?", "kunt u uw mailadres even sturen?", "e-posta adresinizi gönderir misiniz?",
    // "ваш номер телефона пришлите". The buyer's own mailbox or number, asked for, is a move like "send me your
    // email" (a number for the courier or the parcel is shipping).
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /ihre|deine|ihr|dein|uw|jouw|je|adresin|numara|ваш|свой|свою|твой|твою|свій/,
    unless: SHIPPING_ELSEWHERE,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:ihre|deine|ihr|dein)\\s+(?:e-?mail|mail|handy|mobil|telefon|whatsapp)[\\w-]*\\s+(?:\\S+\\s+){0,2}?(?:schicken|senden|geben|nennen|mitteilen|schreiben|hinterlassen|zukommen\\s+lassen|durchgeben)\\b',
      '\\b(?:uw|je|jouw)\\s+(?:e-?mail\\w*|mail\\w*|telefoonnummer|mobiele\\s+nummer|gsm-?nummer|06-?nummer|whatsapp\\w*)\\s+(?:\\S+\\s+){0,2}?(?:sturen|geven|doorgeven|doorsturen|mailen|appen|delen)\\b',
      '\\b(?:e-?posta|e-?mail|mail|telefon|cep|whatsapp)\\s+(?:adresiniz\\w*|numaraniz\\w*|adresini|numarani|numarasini)\\s+(?:\\S+\\s+)?(?:gonder\\w*|verir\\w*|verin|verebilir\\w*|yazar\\s+m\\w+|yazin|yazabilir\\w*|paylas\\w*|iletir\\w*|iletin|alabilir\\s+miyim)',
      '(?<![\\p{L}])(?:пришлите|отправьте|скиньте|дайте|напишите|оставьте|сообщите|укажите|пришли|скинь|дай|напиши|надішліть|напишіть|залиште|вкажіть|дайте),?\\s+(?:\\S+\\s+){0,3}?(?:ваш\\p{L}*|свой|свою|твой|твою|свій|свою)\\s+(?:адрес\\p{L}*\\s+)?(?:электронн\\p{L}*\\s+почт\\p{L}*|електронн\\p{L}*\\s+пошт\\p{L}*|e-?mail|имейл|емейл|почт\\p{L}*|номер\\p{L}*(?!\\s+(?:заказ|замовл|отслеж|трек|накладн|ттн))|телефон\\p{L}*|whatsapp|ватсап|вотсап)',
      '(?<![\\p{L}])(?:ваш\\p{L}*|свой|свою|твой|твою|свій)\\s+(?:адрес\\p{L}*\\s+)?(?:электронн\\p{L}*\\s+почт\\p{L}*|електронн\\p{L}*\\s+пошт\\p{L}*|e-?mail|имейл|емейл|номер\\s+телефон\\p{L}*|телефон\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:пришлите|отправьте|скиньте|напишите|оставьте|сообщите|укажите|надішліть|напишіть|залиште|вкажіть)',
    ),
  },
  {
    // Czech and Slovak, Hungarian, Romanian and Bulgarian (stop 47): "napište mi prosím svůj e-mail nebo číslo",
    // "pošlite mi vaše telefónne číslo", "adja meg az e-mail címét", "küldje el a telefonszámát", "trimiteți-mi
    // numărul de telefon", "изпратете ми вашия имейл", "дайте ми телефона си". The buyer's own mailbox or phone asked
    // for; an order, parcel, invoice or tax number, or a number for the courier, is a document or shipping. Asked as
    // a question too: "můžete mi dát / poslat váš e-mail?", "jaký je váš e-mail?", "care este adresa dvs. de e-mail?",
    // "îmi puteți da numărul de telefon?" (red team, stop 47). A phone or address asked for the delivery, the courier
    // or the parcel anywhere in the message is shipping, as in the other languages (SHIPPING_CS_HU_RO_BG).
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /napis|naps|posl|dejte|dajte|daj|\bdat\b|zasl|sdel|povedzte|nech|uvedte|uvest|potrebuj|dost|prosi|\bjak|\bak[yeao]|adja|add|adjon|kuld|irja|ird|irjon|trimit|dati|\bdai?\b|lasa|scrie|spun|comunic|\bcare\b|изпрат|прат|дайте|напиш|оставет|кажет|дай/,
    unless: SHIPPING_CS_HU_RO_BG,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:napiste|napiste|napis|napsat|poslete|poslite|posli|poslat|dejte|dajte|daj|dat|zaslete|zaslite|zaslat|sdelte|sdelit|povedzte|nechte|nechajte|nechat|uvedte|uvest|potrebuj\\w*|dostat|(?:po)?prosi(?:m|t|l\\w*)\\s+o)\\s+(?:\\S+\\s+){0,3}?(?:svuj|svoj|svoje|sve|vas|vase|vasi|vaseho|vasu|tvuj|tvoj|tvoje)\\s+(?:e-?mail\\w*|mail\\w*|(?:(?:telefonni|telefonne|mobilni|mobilne)\\s+)?cislo(?!\\s+(?:\\S+\\s+)?(?:objednav|zasil|zasiel|sledov|faktur|uctu|dic|ico|pasu|zakaz|pro\\s+(?:kuryr|dopravc)|pre\\s+(?:kurier|dopravc))\\w*)|telefon\\w*|mobil\\w*|kontakt\\w*|whats\\w*)',
      // "Jaký je váš e-mail?", "Aké je vaše telefónne číslo?", "Jaký máte e-mail?".
      '\\b(?:jak|ak)(?:y|a|e|ou)\\s+(?:je|mate|mas)\\s+(?:(?:svuj|svoj|vas|vase|vasa|tvuj|tvoj|tvoje)\\s+)?(?:e-?mail\\w*|(?:e-?mailov\\w*\\s+)?adres\\w*|(?:(?:telefonni|telefonne|mobilni|mobilne)\\s+)?cislo(?!\\s+(?:\\S+\\s+)?(?:objednav|zasil|zasiel|sledov|faktur|uctu|dic|ico|pasu|zakaz)\\w*)|telefon\\w*|whats\\w*)',
      '\\b(?:adja|add|adjon|kuldje|kuldd|kuldjon|irja|ird|irjon)\\s+(?:meg|el|at)?\\s*(?:nekem\\s+|nekunk\\s+)?(?:kerem\\s+)?(?:az?\\s+)?(?:e-?mail(?:\\s*cim\\w*)?|emailcim\\w*|telefonszam\\w*|mobilszam\\w*|whatsapp\\s*szam\\w*|elerhetoseg\\w*)',
      '\\b(?:trimite\\w*|dati|da|lasati|lasa|scrieti|scrie)[-\\s]?(?:mi|ne)\\s+(?:\\S+\\s+){0,2}?(?:numarul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?(?:\\s+de\\s+(?:telefon|whatsapp|mobil)|(?!\\s+de\\s))|e-?mailul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?|adresa(?:\\s+(?:dvs\\.?|dumneavoastra|ta))?\\s+de\\s+e-?mail|telefonul|contactul|un\\s+numar\\s+de\\s+(?:telefon|mobil|whatsapp)|un\\s+(?:telefon|e-?mail)|o\\s+adresa\\s+de\\s+e-?mail)(?!\\.?\\s+(?:(?:dvs\\.?|dumneavoastra|tau)\\s+)?(?:de\\s+)?(?:comand|comenz|urmarir|factur|colet|awb)\\w*)',
      // The pronoun before the verb, and the question: "îmi puteți da / trimite numărul?", "să-mi lăsați e-mailul",
      // "care este adresa dvs. de e-mail?", "care e numărul tău de WhatsApp?".
      '\\b(?:imi|ne|sa-mi|sa-ne|mi)\\s+(?:\\S+\\s+){0,2}?(?:trimite\\w*|dati|da|dai|lasati|lasa|scrie\\w*|spune\\w*|comunica\\w*)\\s+(?:si\\s+)?(?:numarul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?(?:\\s+de\\s+(?:telefon|whatsapp|mobil)|(?!\\s+de\\s))|e-?mailul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?|adresa(?:\\s+(?:dvs\\.?|dumneavoastra|ta))?\\s+de\\s+e-?mail|telefonul|contactul|un\\s+numar\\s+de\\s+(?:telefon|mobil|whatsapp)|un\\s+(?:telefon|e-?mail)|o\\s+adresa\\s+de\\s+e-?mail)(?!\\.?\\s+(?:(?:dvs\\.?|dumneavoastra|tau)\\s+)?(?:de\\s+)?(?:comand|comenz|urmarir|factur|colet|awb)\\w*)',
      '\\bcare\\s+(?:este|e|ar\\s+fi)\\s+(?:numarul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?(?:\\s+de\\s+(?:telefon|whatsapp|mobil)|(?!\\s+de\\s))|e-?mailul(?:\\s+(?:dvs\\.?|dumneavoastra|tau))?|adresa(?:\\s+(?:dvs\\.?|dumneavoastra|ta))?\\s+de\\s+e-?mail|telefonul|contactul|un\\s+numar\\s+de\\s+(?:telefon|mobil|whatsapp)|un\\s+(?:telefon|e-?mail)|o\\s+adresa\\s+de\\s+e-?mail)(?!\\.?\\s+(?:(?:dvs\\.?|dumneavoastra|tau)\\s+)?(?:de\\s+)?(?:comand|comenz|urmarir|factur|colet|awb)\\w*)',
      '(?<![\\p{L}])(?:изпратете|пратете|дайте|напишете|оставете|кажете|изпрати|прати|дай|напиши)\\s+(?:ми|ни)\\s+(?:\\S+\\s+){0,2}?(?:(?:вашия|твоя|своя)\\s+)?(?:имейл\\p{L}*|мейл\\p{L}*|e-?mail|телефон\\p{L}*|номер\\p{L}*(?![\\p{L}])(?!\\s+на\\s+(?!телефон|мобил|whatsapp|вайбър))|whatsapp|вайбър\\p{L}*)',
    ),
  },
  {
    // The buyer's mailbox or phone asked for where the lists above have no words (stop 53): Greek ("μπορείτε να μου
    // στείλετε το email σας;", "αφήστε μας ένα τηλέφωνο"), Swahili ("nitumie barua pepe yako", "namba yako ya simu"),
    // Indonesian and Malay with the polite "anda" ("kirim email anda", "boleh minta nombor telefon anda"), Bulgarian
    // in the subjunctive ("да ми изпратите имейла си"), Polish "prosić o numer telefonu", and an indefinite number
    // in the Romance languages ("lasciarmi un numero di telefono", "déjeme un número de teléfono", "laissez-moi un
    // numéro de téléphone", "me passe um número de telefone"). A number or address for the courier, the parcel or
    // the invoice anywhere in the message is shipping or a document.
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /στείλ|στειλ|δώστε|δωστε|αφήστε|αφηστε|email|τηλέφων|τηλεφων|nitumie|tuma|namba|barua|simu|anda|изпрат|прат|prosic|prosi|numer|numero|numéro|número|un\s+num|um\s+num/,
    unless: new RegExp(
      `${SHIPPING_ELSEWHERE.source}|${SHIPPING_CS_HU_RO_BG.source}|(?<![\\p{L}])(?:κούριερ|κουριερ|courier|παράδοσ|παραδοσ|αποστολ|δέμα|δεμα|τιμολόγ|τιμολογ|διεύθυνσ|διευθυνσ)\\p{L}*|(?<![\\p{L}])(?:τελων|εκτελωνισ|μεταφορ)\\p{L}*|\\b(?:kurir|pengiriman|alamat|resi|ekspedisi|bea\\s+cukai|pabean|mzigo|usafirishaji|anwani|kifurushi|forodha|ushuru|dostaw\\w*|kurier\\w*|przesylk\\w*|paczk\\w*|faktur\\w*|celn\\w*|odpraw\\w*|clo)\\b`,
      'u',
    ),
    unlessIn: 'message',
    re: anyOf(
      '(?<![\\p{L}])(?:στείλ|στειλ|δώσ|δωσ|δώστε|δωστε|αφήστε|αφηστε|αφήσ|αφησ|γράψ|γραψ)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?(?:το|ένα|ενα|τον|έναν|εναν)\\s+(?:(?:προσωπικό|προσωπικο|κινητό|κινητο)\\s+)?(?:e-?mail|email|μέιλ|μειλ|ηλεκτρονικ\\p{L}*\\s+ταχυδρομ\\p{L}*|τηλέφωνο|τηλεφωνο|κινητό|κινητο|αριθμό\\s+(?:τηλεφώνου|τηλεφωνου|κινητού|κινητου)|viber|whatsapp)(?![\\p{L}])',
      '(?<![\\p{L}])(?:το|τον)\\s+(?:e-?mail|email|μέιλ|μειλ|τηλέφωνο|τηλεφωνο|κινητό|κινητο|αριθμό)\\s+(?:\\p{L}+\\s+)?σας\\s+(?:\\p{L}+\\s+)?(?:παρακαλώ|παρακαλω|παρακαλούμε)?',
      '\\b(?:nitumie|nitumieni|tuma|tumia|nipe|nipatie|naomba|tunaomba)\\s+(?:\\S+\\s+){0,2}?(?:barua\\s+pepe|email|e-?mail|namba|nambari|simu)\\s+(?:ya\\s+simu\\s+)?(?:yako|yenu)\\b|\\b(?:barua\\s+pepe|namba|nambari)\\s+(?:ya\\s+simu\\s+)?(?:yako|yenu)\\b(?=[^.!?\\n]{0,40}\\?)',
      '\\b(?:kirim|kirimkan|bagi|bagikan|share|kasih|minta|berikan|beri|boleh\\s+minta|hantar|hantarkan)\\s+(?:\\S+\\s+)?(?:e-?mail|email|alamat\\s+e-?mail|nomor|nombor|no\\.?)\\s+(?:(?:telepon|telefon|hp|wa|whatsapp)\\s+)?(?:anda|bapak|ibu|tuan|puan|awak)\\b',
      '(?<![\\p{L}])(?:изпратите|пратите|дадете|оставите|напишете|кажете)\\s+(?:\\S+\\s+){0,2}?(?:имейл\\p{L}*|мейл\\p{L}*|e-?mail|телефон\\p{L}*|номер\\p{L}*\\s+(?:си|на\\s+телефон\\p{L}*))(?:\\s+си)?(?![\\p{L}])',
      '\\b(?:moge|mozemy|czy\\s+moge|czy\\s+mozemy)\\s+(?:prosic|poprosic)\\s+o\\s+(?:pana\\s+|pani\\s+|twoj\\w*\\s+|wasz\\w*\\s+)?(?:adres\\s+e-?mail|e-?mail\\w*|maila|numer\\s+(?:telefonu|komorki|whatsapp\\w*))\\b',
      "\\b(?:lasci|lasciar|lascia|dej|deja|dejar|laiss|pass|mand|envi|dai|dammi|invi)\\w*(?:[\\s-]+(?:moi|me|mi|m'|nous|nos|ci))?\\s+(?:\\S+\\s+){0,2}?(?:un|um|una|uma)\\s+(?:numero|number)\\s+(?:de|di|do)\\s+(?:telephone|telefone|telefono|cellulare|celular|portable|movil|whats\\w*)\\b",
    ),
  },
  {
    // Hinglish: "aap apna number bhejo, main call karta hoon", "apna WhatsApp number dijiye", "apni email ID share karo",
    // the polite "bhej dein" / "de dein".
    // A number for the courier or the parcel (SHIPPING_ELSEWHERE anywhere in the message) is shipping.
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /apna|apni|apne|aapka|aapki|aapke|tumhara|tumhari/,
    unless: SHIPPING_ELSEWHERE,
    unlessIn: 'message',
    re: anyOf(
      '\\b(?:apna|apni|apne|aapka|aapki|aapke|tumhara|tumhari)\\s+(?:(?:whats\\s?app|whatsapp|mobile|phone|contact|personal)\\s+)?(?:number|no|contact|mobile|e-?mail(?:\\s+id)?)\\s+(?:\\S+\\s+)?(?:bhejo|bhejiye|bhej\\s+(?:do|dijiye|dena|dein|dena|de|dijie)|bhejein|bhejen|do|dijiye|dena|de\\s+do|de\\s+dein|dein|dijie|share\\s+kar\\w*|send\\s+kar\\w*|likho|likhiye|batao|bataiye)\\b',
    ),
  },
  {
    // The same ask in Devanagari (stop 48): "कृपया अपना ईमेल भेजिए, मैं कैटलॉग भेज दूंगा", "अपना मोबाइल नंबर दीजिए, मैं
    // कॉल करूंगा", "आपका फोन नंबर बताइए". The buyer's own ("अपना / आपका") number or mailbox, then a verb of giving,
    // sending or telling; a number for the courier, the address or the order is shipping.
    kind: 'explicit',
    what: "a request for the buyer's number or contact, to talk elsewhere",
    gate: /अपना|अपनी|अपने|आपका|आपकी|आपके/,
    unless:
      /कूरियर|कुरियर|डिलीवरी|शिपिंग|पता|पते|पार्सल|ट्रैकिंग|ऑर्डर|इनवॉइस|बिल|जीएसटी|अलीबाबा|अलीएक्सप्रेस|सेटिंग|प्रोफाइल|प्रोफ़ाइल|वेरिफाई|अकाउंट\s+में/u,
    unlessIn: 'message',
    re: anyOf(
      '(?<![\\p{L}\\p{M}])(?:अपना|अपनी|अपने|आपका|आपकी|आपके)\\s+(?:(?:व्हाट्सएप|व्हाट्सऐप|मोबाइल|फोन|पर्सनल|निजी|कॉन्टैक्ट|संपर्क)\\s+)?(?:नंबर|नम्बर|ईमेल|ई-मेल|ईमेल\\s+आईडी|मेल|जीमेल|मोबाइल|फोन|कॉन्टैक्ट|संपर्क)(?:\\s+(?:आईडी|एड्रेस|पता|नंबर))?\\s+(?:[\\p{L}\\p{M}]+\\s+)?(?:भेज|दीजिए|दीजिये|दें|दे|दो|बताइए|बताइये|बताएं|बताएँ|बताओ|लिखिए|लिखें|शेयर|दे\\s+दीजिए)[\\p{L}\\p{M}]*',
    ),
  },
  {
    // A call proposed in place of the chat: "on continue par téléphone", "seguimos por teléfono", "posso te ligar?",
    // "ti chiamo io", "can I call you?", "let's hop on a quick call". A past call with someone else is news.
    kind: 'explicit',
    what: 'a phone or e-mail to continue elsewhere',
    gate: /telef|telep|telp|\btel\b|phone|call|appel|llam|ligar|ligo|liga|chiam|bel|zadzwo|ara/,
    unless: SHIPPING_ELSEWHERE,
    unlessIn: 'message',
    re: anyOf(
      `\\b(?:on\\s+continue|continuons|prefiero\\s+hablar|prefiro\\s+falar|preferisco\\s+parlare|continu(?:ar|amos|emos|iamo)|seguimos|sigamos|ci\\s+sentiamo|on\\s+(?:peut\\s+)?en\\s+parle[rz]?|podemos\\s+(?:hablar|falar|seguir|continuar)|possiamo\\s+(?:parlare|sentirci|continuare))\\s+(?:\\S+\\s+){0,2}?(?:par|por|pelo|al|per|au|na)\\s+(?:${PHONE_NOUN})\\b(?!\\s+(?:con|avec|com|with)\\b)`,
      `\\b(?:let'?s|we(?:\\s+(?:can|could|will|should|'ll))?|i\\s+prefer\\s+(?:we|to)|better\\s+(?:we|to))\\s+(?:continue|talk|discuss|speak)\\s+(?:\\w+\\s+){0,2}?(?:by|on|over)\\s+(?:the\\s+)?(?:phone|telephone)\\b`,
      `\\b(?:(?:can|may|could)\\s+i\\s+call\\s+(?:you|u)|(?:i'?ll|i\\s+will|let\\s+me)\\s+call\\s+(?:you|u)|(?:hop|jump|get)\\s+on\\s+a\\s+(?:quick\\s+)?(?:phone\\s+|video\\s+)?call)\\b`,
      `\\b(?:je\\s+vous\\s+appelle|je\\s+t'appelle|puis-je\\s+vous\\s+appeler|llamame|te\\s+llamo|le\\s+llamo|posso\\s+te\\s+ligar|te\\s+ligo|me\\s+liga|ti\\s+chiamo|la\\s+chiamo|chiamami|ik\\s+bel\\s+(?:je|u)|bel\\s+ik\\s+(?:je|u)|bel\\s+me|zadzwonie|zadzwon\\s+do\\s+mnie|sizi\\s+arayabilir\\s+miyim|sizi\\s+arayayim|saya\\s+(?:telepon|telpon)\\s+(?:kakak|kak|kamu|anda))\\b`,
    ),
  },
  {
    // "Do you have Line or Kakao? We send more pictures there": asking which app the buyer uses, to go there.
    kind: 'explicit',
    what: 'an invitation to add the seller elsewhere',
    gate: /have|use/,
    re: anyOf(
      '\\b(?:do\\s+(?:you|u)\\s+(?:have|use)|have\\s+(?:you|u)\\s+got|(?:you|u)\\s+(?:have|use)|any)\\s+(?:a\\s+|an\\s+)?(?:whats\\s?app|wechat|weixin|telegram|skype|viber|kakao(?:\\s?talk)?|zalo|signal|imo|botim|messenger|line(?=\\s*(?:\\?|or\\b|id\\b|app\\b|account\\b|/)))\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'a friend request elsewhere',
    gate: /request|accept my|accept our/,
    re: anyOf(
      '\\b(?:friend|contact)\\s+request\\b|\\baccept\\s+(?:my|our)\\s+(?:contact|invitation|invite|request)\\b',
    ),
  },
  {
    kind: 'explicit',
    what: 'a request to talk in private, elsewhere',
    gate: /private|elsewhere|somewhere|outside|another/,
    re: anyOf(
      "\\b(?:talk|chat|discuss|continue|speak|communicate|message|negotiate)\\w*\\s+(?:[\\w']+\\s+){0,4}?(?:in\\s+(?:a\\s+)?private(?:\\s+chat)?|privately|somewhere\\s+else|elsewhere|outside\\s+(?:of\\s+)?(?:this|the)\\s+(?:app|platform|chat|site)|(?:on|in)\\s+another\\s+(?:app|chat|platform))\\b",
    ),
  },
  {
    kind: 'explicit',
    what: 'a phone or e-mail to continue elsewhere',
    gate: /contact|call|reach|ring|send me|send us|drop me|drop us|leave me|leave us/,
    unless: SHIPPING,
    re: anyOf(
      '\\b(?:contact|reach|call|text|message)\\s+(?:me|us)\\s+(?:on|at|by|via)\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?(?:new\\s+)?(?:number|phone|mobile|e-?mail)\\b',
      '\\b(?:contact|call|reach|ring)\\s+(?:you|u)\\s+(?:by|on|via|over)\\s+(?:the\\s+)?(?:phone|telephone|mobile)\\b',
      '\\b(?:send|drop|leave) (?:me|us)\\s+(?:a\\s+)?(?:message|text|msg|sms|line)\\s+(?:on|at|to|via)\\s+(?:my|our|this|the)\\s+(?:\\w+\\s+)?(?:number|phone|mobile|cell|e-?mail)\\b',
    ),
  },
];
