import { CHECKOUT_BUTTON_SOURCE } from './checkout-buttons';
import { TAGALOG_GUARD_WORDS } from './guard-words-tl';

/**
 * The words guards.ts reads around a match, per language, as regex sources over normalised text (lower-case,
 * Latin accents folded: "không" → "khong", "değil" → "degil", "żadnych" → "zadnych"). Reviewed against the
 * real messages the set in tests/fixtures/chat/real-modelled/ was modelled on; see its README for sources.
 *
 * - negation: the clause says no ("we don't accept transfers outside", "không nhận chuyển khoản ngoài sàn").
 * - anchor: the clause ties the payment to the platform's own checkout ("on the order page", "trên ứng dụng").
 * - undoneBefore / undoneAfter: words that turn an anchor round ("outside the platform", "안전결제 말고").
 * - phoneCue: a word that makes the digits after it a phone number ("hubungi 0812…", "رقمي").
 * - descriptor: a word that makes a brand a description ("PayPal blue", "logo WhatsAppa", "카카오톡처럼"), or a
 *   feature of a device ("WhatsApp notifications", "카카오톡 알림", "LINEの通知に対応", "compatible with WeChat").
 */
interface GuardWords {
  negation: string;
  anchor?: string;
  undoneBefore?: string;
  undoneAfter?: string;
  phoneCue?: string;
  descriptor?: string;
}

// Letters-only boundaries for scripts JS's \b does not know (Cyrillic, Arabic…).
const word = (alternatives: string) => `(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`;
// Bengali as normalise.ts leaves it: vowel signs and the virama dropped.
const bn = (s: string) => s.replace(/\p{M}/gu, '');

/**
 * An order word followed by where the seller now takes orders: "(нові) замовлення приймаємо через наш сайт",
 * "заказы оформляем в нашем магазине в телеграме" (modelled on Ukrainian and Russian reports of shops that "move"
 * before closing). The order named is what leaves the platform.
 */
const ORDERS_TAKEN_ELSEWHERE =
  '^\\s*(?:\\p{L}+\\s+){0,2}?(?:через|на|в|у)\\s+(?:наш|нашому|нашем|нашій|нашей|свій|своєму|своем|мій|моєму|моем)\\p{L}*\\s+(?:сайт|магазин|крамниц|телеграм|інстаграм|инстаграм|канал)';

export const GUARD_WORDS: Record<string, GuardWords> = {
  en: {
    negation:
      "\\b(?:not|never|nor|cannot|can'?t|cant|won'?t|wont|don'?t|dont|doesn'?t|doesnt|didn'?t|isn'?t|aren'?t|unable|refuse[sd]?|ignore|beware|scams?|fraud\\w*|report|nothing)\\b",
    // The platform's buy buttons: "after you click Buy Now", "al pulsar en Comprar ahora" (checkout-buttons.ts).
    anchor: CHECKOUT_BUTTON_SOURCE,
    descriptor:
      'blue|green|yellow|red|black|white|orange|purple|pink|gold|golden|silver|navy|colou?r(?:ed|s)?|style[ds]?|like|look(?:ing|s)?|inspired|themed?|logos?|font|icons?|pattern|prints?|printed|shade|tone|hue|design|stickers?|emblem|motif|graphic|pantone|engrav\\w*|keychains?|case|cover|mug|shirt|t-shirt|counter|stand|button|signs?|signage|board|banner|poster|neon|mini\\s*programs?|integration|plugin|printer|scanner|official\\s+account|artwork|packaging|pos\\b|terminal|paper\\s+plane|slots?|holders?|pockets?|sleeves?|qr\\s+(?:code\\s+)?(?:stands?|displays?|plates?|stickers?|signs?|boards?|cards?)|notifications?|alerts?|reminders?|compatible|video\\s+calls?|voice\\s+calls?|log-?\\s?ins?(?!\\s*[:：=]\\s*[a-z0-9@])|sign-?\\s?ins?|sharing|share\\s+buttons?|bots?\\s+(?:notifications?|alerts?|reminders?)|(?:call\\s+)?forwarding|sdk|api|functions?|functionality|features?' +
      // Stop 48: "PayPal / Visa acceptance stickers (decals, signs)" for shop doors are the product; a relay "you can
      // control from a Telegram bot or Home Assistant" is a device driven through the app, not a chat to move to.
      '|acceptance\\s+(?:stickers?|decals?|signs?|signage|plates?|boards?|marks?|logos?)|decals?|remote\\s+control\\w*|control(?:s|led|ling|lers?)?|home\\s+assistant' +
      // Stop 50: the brand names the buyers' trade or crowd ("we sell a lot to bitcoin miners", "bitcoin mining farms",
      // "popular with crypto enthusiasts"): a market, not a way to pay. Not "community": "the crypto community way: USDT
      // to my wallet" is how a seller dresses up the request.
      '|miners?|mining|industry|enthusiasts?' +
      // A device certified or optimised for an app ("certified for Skype for Business and Teams", "Zoom-certified",
      // "zertifiziert für Teams", "certificado para Zoom", "Teams认证"): a feature of the goods, not a place to talk.
      '|certif\\w*|zertifi\\w*|optimi[sz]ed|认证|認證',
  },
  'es-pt-fr': {
    negation:
      "\\b(?:nunca|jamas|jamais|nao|nem|pas|aucun\\w*|estafa\\w*|golpe\\w*|golpista\\w*|arnaque\\w*)\\b|(?:^|[\\s(])n'" +
      // Spanish and French "ni" (nor), but not Swedish "ni" (you) before its verb or after "om / att / så" ("om ni
      // betalar direkt", "så får ni rabatt") (stop 49).
      '|(?<!\\b(?:om|att|sa|nar|innan|kan|ska|far|har|vill|maste|slipper|betalar)\\s)\\bni\\b(?!\\s+(?:betalar|betala|far|kan|ska|skall|maste|behover|vill|slipper|skickar|overfor|satter|har|blir|tar|gor|valjer|bestaller|koper|anvander|sparar|swishar)\\b)',

    // The platform's own checkout step: "na finalização da compra", "ao finalizar o pedido", "al finalizar la compra",
    // "au moment de valider la commande" (Pix, boleto, Bizum offered there are the checkout's methods).
    anchor:
      '\\b(?:na\\s+)?finalizacao\\s+(?:da\\s+compra|do\\s+pedido)\\b|\\b(?:ao|al|na\\s+hora\\s+de|antes\\s+de)\\s+finalizar\\s+(?:a\\s+compra|o\\s+pedido|la\\s+compra|el\\s+pedido)\\b|\\bau\\s+moment\\s+de\\s+(?:valider|payer|finaliser|regler)\\b|\\b(?:pagina|pantalla)\\s+de\\s+pago\\b|\\bpage\\s+de\\s+paiement\\b' +
      // "pagar com Pix no próprio app", "pagar con Yape en la misma app", "payer dans l'application même": the
      // platform's app the buyer is in, not another app ("no app do banco", "en la app de Yape" name another one).
      "|\\b(?:no|na|en\\s+la|en\\s+el)\\s+(?:propri[oa]|propi[oa]|mism[oa])\\s+(?:app|aplicativo|aplicacion|site|sitio)\\b(?!\\s+(?:d[oe]|da|del)\\b)|\\bdans\\s+l'?\\s?(?:application|appli|app)\\s+(?:elle-?\\s?)?meme\\b",
    descriptor:
      'icon[oe]s?|logo|logotipo|colou?r(?:es)?|cor(?:es)?|couleurs?|estilo|style|como|comme|parecid[oa]|semelhante|ressemble\\w*|semblable|similaire|similar|diseno|desenho|dessin|verde|vert|azul|bleu|amarillo|amarelo|jaune|avion|aviao|notificac\\w*|notification\\w*|compatible|compativel|videollamadas?|videochamadas?|videoconferencias?|visioconferences?|visio' +
      // Stop 52: a device driven through an app's bot ("le relais se pilote par bot Telegram", "controlado por un bot de
      // Telegram", "controlável pelo Telegram"), as the English "controlled": the app drives the goods, nobody talks there.
      '|pilot(?:e|es|ee|ees|able|ables|er|age)|telecommand\\w*|domotique|domotica|control(?:a|an|ado|ada|ados|adas|avel|able)',
  },
  de: {
    // "Zahlen Sie nichts außerhalb von Alibaba": the negative object refuses the payment as "nicht" does. But "nichts
    // (mehr) über / an Alibaba, sondern / nur noch direkt …" refuses the platform itself for the way named after it,
    // which is where to pay: no negation then (de.ts's notVia reads the same refusal).
    negation:
      '\\b(?:nicht|nichts(?!\\s+(?:mehr\\s+)?(?:uber|an|via|bei|auf|in)\\s+(?:die\\s+|der\\s+|dem\\s+|das\\s+)?(?:alibaba|aliexpress|plattform|trade\\s?assurance|bestellung)\\b[^.!?\\n]*?\\b(?:sondern|nur\\s+noch|stattdessen|direkt\\w*|\\w*konto\\w*|\\w*uberweis\\w*|an\\s+uns)\\b)|nie|niemals|kein\\w*|betrug\\w*|vorsicht)\\b',
    anchor:
      '\\b(?:uber|auf|in)\\s+(?:die\\s+|der\\s+|dem\\s+)?(?:plattform|bestellung|bestellseite)\\b|bestellseite|bestellvorgang|zahlungsseite|kauferschutz|\\ban\\s+der\\s+kasse\\b',
    undoneBefore: '\\b(?:au(?:ss|ß)erhalb|ohne|statt|anstatt|nicht\\s+uber)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:rufen|anrufen|handy|telefon\\w*|nummer|mobil\\w*)\\b',
    descriptor:
      'symbol|icon|logo|farbe\\w*|stil|wie|ahnlich\\w*|design|grun|blau|gelb|flugzeug|benachrichtigung\\w*|kompatibel\\w*|videoanruf\\w*|videotelefonie|videochat\\w*|steuerbar|gesteuert|fernsteuer\\w*|bots?\\s+(?:steuerbar|gesteuert|bedienbar)',
  },
  ru: {
    // "никаких переводов на карту" (no transfers to a card at all).
    // "ни" only opening its clause or after "и / а / но" ("ни через PayPal", "ни в коем случае"), or before "один",
    // "копейки", "в коем": after a verb or a noun it is the Bulgarian "us / our" ("платете ни по Western Union",
    // "сметката ни"), read with Russian since stop 47.
    negation:
      word('не|нет|никогда|нельзя|никак\\p{L}*|мошенн\\p{L}*') +
      '|(?<=^|[^\\p{L}\\s]\\s*|(?<![\\p{L}])(?:и|а|но)\\s+)ни(?![\\p{L}])|(?<![\\p{L}])ни(?=\\s+(?:в\\s+коем|одн\\p{L}*|один|копе\\p{L}*|при\\s+каких|под\\s+каким|за\\s+что|разу))',
    // "привяжите в кошельке другую карту и повторите": the buyer's own card bound in the app's wallet to retry the
    // checkout, not a payee's card.
    // Kazakh, read with Russian (same script, often mixed): "AliExpress төлем бетінде" (on the AliExpress payment
    // page), "тапсырыс бетінде" (on the order page): a card or wallet named there is the checkout's.
    anchor:
      'привяж\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:карт\\p{L}*|и\\s+повтор\\p{L}*)|(?:aliexpress|alibaba|алиэкспресс\\p{L}*|али)\\s+(?:төлем|тапсырыс)\\s+бет\\p{L}*|(?<![\\p{L}])(?:төлем|тапсырыс)\\s+бет\\p{L}*',
    // "заказы принимаем через наш сайт": the orders are sent away from the platform, not tied to it.
    undoneAfter: ORDERS_TAKEN_ELSEWHERE,
    descriptor:
      'цвет\\p{L}*|лого\\p{L}*|значк\\p{L}*|значок|иконк\\p{L}*|похож\\p{L}*|как\\s+у|голуб\\p{L}*|зел[её]н\\p{L}*|син\\p{L}*|стил\\p{L}*|уведомлен\\p{L}*|совместим\\p{L}*|видеозвон\\p{L}*' +
      // A stand, plate or sticker that carries a payment QR code ("подставка под QR-код СБП") is the product.
      '|подставк\\p{L}*|табличк\\p{L}*|наклейк\\p{L}*|стенд\\p{L}*|підставк\\p{L}*|наліпк\\p{L}*',
  },
  zh: {
    // "还有没有别的办法" (is there another way?) asks; "有没有" is a question, not a "no".
    // "能不能线下走" (can we go offline?) and "可不可以", "要不要", "会不会" ask the same way.
    negation:
      // "也不走西联", "不用比特币": "not going by / not using" refuses the method named right after it (the match is
      // blanked to " ~ "); "不走阿里" is a request and is matched whole, so its "不走" never stands before the mark.
      // "别 / 別" (don't) is not the "other / separate" of "别的", "別途", "別の口座", "別口座" (zh and ja alike).
      '不(?:走|用|使用|通过|通過)\\s?~|不接受|不支持|不收|(?<!能)不能|(?<!可)不可以|(?<!可)不可|(?<!要)不要|不需要|(?<!會)不會|(?<!会)不会|不允许|不允許|不得|请勿|請勿|切勿|勿|禁止|拒绝|拒絕|(?<!有)没有|(?<!有)沒有|从未|從未|从来没|從來沒|从不|從不|永不|绝不|絕不|别(?!的|途)|別(?!的|途|の|口座)|骗|騙|诈|詐',
    descriptor:
      '颜色|顏色|色|蓝|藍|绿|綠|黄|黃|红|紅|标志|標誌|标识|logo|图案|圖案|风格|風格|小程序|图标|圖標|表情|贴纸|貼紙|机|機|设备|設備|终端|終端|收银|收銀|公众号|公眾號|纸飞机图标|卡位|卡槽|卡套|卡包|通知|消息提醒|印' +
      // Stop 48: a stand or sign that carries a shop's payment QR code ("亚克力收款码立牌（支付宝/微信二维码）") is the
      // product. Not the material or a table card alone: "亚克力台卡已做好，请扫我的收款码付定金" asks for the deposit.
      '|立牌|桌牌|展牌|码牌|碼牌|挂牌|掛牌|展架',
  },
  ar: {
    // "المندوب ما راح يطلب منك أي مبلغ" (the courier will not ask you for anything): the spoken future negation.
    // "ولا تحول أي مبلغ إلى حساب آخر" (and do not transfer…): "and / so" is written joined to the "not" (stop 50).
    negation: word(
      'لا|ولا|فلا|لن|ولن|ليس|لسنا|ممنوع|يمنع|أبدا|ابدا|عدم|احذر|احذروا|نصب|احتيال|ما\\s+(?:راح|رح)|مش',
    ),
    // "ادفعها من رابط الطلب" (pay it from the order link): the platform's own checkout.
    // "ضمان التجارة" is Trade Assurance, the platform's own protection.
    anchor:
      'المنصة|المنصه|التطبيق|صفحة\\s+الطلب|رابط\\s+(?:ال)?طلب|داخل\\s+الموقع|عبر\\s+الموقع|ضمان\\s+(?:ال)?تجار[ةه]',
    undoneBefore: '(?:خارج|بدلا\\s+من|بدلاً\\s+من|بدل|بدون|عن\\s+طريق\\s+غير)\\s*$',
    phoneCue: 'رقمي|رقم|هاتف|جوال|موبايل|اتصل|واتس\\p{L}*',
    descriptor: 'شعار|لون|ألوان|مثل|أخضر|أزرق|أصفر|تصميم|ستايل|إشعار\\p{L}*|اشعار\\p{L}*|متوافق',
  },
  tr: {
    // Turkish says no with a verb suffix: gönder-me-yin, kabul et-m-iyoruz, yap-m-ayın.
    negation:
      '\\b(?:degil\\w*|asla|yok|hayir|yasak\\w*|dolandirici\\w*)\\b|\\b\\w{2,}m[aei]y(?:in|iz|or\\w*|ecek\\w*|acak\\w*|un)\\b',
    anchor: 'siparis\\s+sayfa\\w*|platform\\s+uzerinden|platformdan|uygulama\\s+uzerinden|uygulamadan',
    undoneBefore: '(?:disinda|disi|yerine|olmadan|haric)\\s*$',
    phoneCue: 'numara\\w*|telefon\\w*|tel|ara\\w*',
    descriptor: 'gibi|renk\\w*|rengi|yesil\\w*|mavi\\w*|sari\\w*|logo\\w*|bildirim\\w*|uyumlu|goruntulu',
  },
  vi: {
    // "đừng" folds to "dung", which is also "dùng" (use) and "đúng" (right): left out on purpose.
    // "…được không anh?" (is that OK?) asks; the tag at the end of a question is no refusal.
    negation:
      '\\b(?:(?<!duoc\\s)khong(?!\\s*(?:a|anh|chi|em|ban|ha|nhi|vay)?\\s*(?:\\?|$))|chua|cam\\s+chuyen|lua\\s+dao)\\b',
    anchor: '\\b(?:tren|qua|trong)\\s+(?:san|ung\\s+dung|app|don\\s+hang)\\b',
    undoneBefore: '\\b(?:ngoai|khong\\s+qua|thay\\s+vi)\\s*$',
    phoneCue: '\\b(?:so|sdt|dien\\s+thoai|goi|zalo|hotline)\\b',
    // "mẫu" (sample) and "hình" (picture) fold to the same letters as "màu" (colour) and "hình dạng" (shape):
    // only the colour or shape phrase is a description.
    descriptor:
      '\\b(?:giong|nhu|mau\\s+(?:sac|xanh|vang|do|den|trang|hong|tim|cam|xam|nau)|hinh\\s+(?:dang|logo|bieu\\s+tuong)|bieu\\s+tuong|logo|xanh|vang|thong\\s+bao)\\b',
  },
  id: {
    // Not Russian and Ukrainian "tak" (so) before a comparative, typed in Latin letters ("tak shvydshe i bez
    // komisii": so it is faster and without the fee).
    negation:
      '\\b(?:tidak|tak(?!\\s+(?:shvydsh|bystr|deshevl|deshevsh|vygidn|vygodn|zruchn|udobn|prosh|legsh|nadiin|nadezhn)\\w*)|jangan|bukan|belum|dilarang|penipu\\w*)\\b',
    anchor: '\\b(?:lewat|di|melalui|dalam)\\s+(?:aplikasi|checkout|halaman\\s+checkout|platform|pesanan)\\b',
    undoneBefore: '\\b(?:luar|tanpa|selain|bukan)\\s*$',
    phoneCue: '\\b(?:hubungi|nomor|no|hp|wa|telp|telepon|admin\\s+di)\\b',
    descriptor: '\\b(?:seperti|mirip|ikon|warna\\w*|motif|logo|hijau|biru|gambar|notifikasi)\\b',
  },
  ja: {
    // "交換しませんか", "払いませんか" (won't you…?) invite; they do not refuse.
    negation: 'ません(?!か)|ない|できず|不可|禁止|お断り|ご遠慮|詐欺|ダメ|だめ',
    anchor:
      'アプリ内|注文画面|注文ページ|注文リンク|決済画面|決済ページ|プラットフォーム(?:経由|内|で)|取引画面' +
      // "返金はPayPay残高に戻ります" (the refund goes back to the balance): money returned by the checkout, not asked
      // for; "クレジットカード・…・コンビニ払いからお選びください": the checkout's own list of methods to choose from.
      '|(?:返金|払い戻し)[^。.!?\\n]{0,24}?(?:戻ります|戻されます|返金されます|に戻|へ戻)|(?:カード|クレジット)[^。.!?\\n]{0,40}?から(?:お)?(?:選び|選べ|選択)',
    undoneAfter: '^\\S{0,2}(?:以外|ではなく|じゃなく|を通さず|通さない|抜き|外)',
    undoneBefore: '(?:外部|外)\\S{0,2}$',
    phoneCue: '電話|番号|携帯',
    descriptor: 'のような|みたいな|風|色|青|緑|黄|ロゴ|スタンプ|イラスト|通知',
  },
  ko: {
    // 안 only as a separate word: 안전결제 (safe payment) starts with the same syllable, and 동안 (during: "연휴 동안", over
    // the holiday) ends with it (stop 54).
    negation: '않|못|불가|금지|마세요|마십시오|사기|(?<!\\S)안(?=\\s)',
    anchor:
      '주문\\s?(?:페이지|링크)|결제\\s?(?:페이지|링크|창|화면)|주문서|앱\\s?안|앱\\s?내|플랫폼\\s?(?:안|내|을\\s?통해|통해)|안전결제(?:로|를\\s?이용)' +
      // "결제는 카카오페이로 했는데요, 환불은…? 카카오페이로 다시 들어오나요?" (probe r24): a wallet the buyer already paid
      // with at the checkout, and the refund coming back to it, as the Japanese "返金は…に戻ります".
      '|(?:(?:결제|계산)(?:는|은|를)?\\s?(?:\\S+\\s?)?(?:로|으로)?|~\\s?(?:로|으로)?)\\s?했(?:는데|어요|습니다|거든요)|(?:다시|도로)\\s?(?:들어오|돌아오|환불)|환불(?:은|이|도)?\\s?(?:\\S+\\s?)?(?:로|으로)\\s?(?:들어오|돌아오|되나요|될까요|받)',
    undoneAfter: '^\\S{0,2}\\s?(?:말고|대신|없이|밖|외)',
    phoneCue: '전화|번호|연락처|카톡',
    descriptor: '처럼|같은|색|노란|초록|파란|로고|캐릭터|스티커|알림|호환',
  },
  it: {
    negation: '\\b(?:non(?!-)|mai|nessun\\w*|truff\\w*|nemmeno|neanche|neppure)\\b',
    anchor:
      "\\b(?:sulla|dalla|tramite\\s+la|nella)\\s+(?:piattaforma|pagina\\s+dell'ordine)\\b|pagina\\s+(?:di\\s+pagamento\\s+)?dell'ordine" +
      // "dal pulsante 'Paga ora' nell'ordine": the order's own pay button.
      "|\\b(?:nell|dall|sull)'ordine\\b|\\b(?:pulsante|tasto|bottone)\\s+'?paga\\s+ora\\b",
    // "fuori dall'ordine", "invece dell'ordine": the elided article leaves the bare word before the anchor.
    undoneBefore: '\\b(?:fuori\\s+dalla|senza|invece\\s+della|fuori|invece|senza\\s+passare)\\s*$',
    phoneCue: '\\b(?:numero|cellulare|telefono|chiama\\w*)\\b',
    descriptor:
      '\\b(?:come|colore|colori|blu|verde|giallo|stampa|logo|stile|icona|simile|somiglia\\w*|disegno|aereo|notifich\\w*|compatibil\\w*|videochiamat\\w*|controllat[oai]|controllabil[ei]|comandat[oai])\\b',
  },
  pl: {
    negation: '\\b(?:nie|nigdy|zadn\\w*|oszust\\w*)\\b',
    anchor:
      '\\b(?:przez|na)\\s+(?:platforme|stronie\\s+zamowienia|serwis)\\b|\\bprzez\\s+(?:nasze\\s+|to\\s+)?zamowieni\\w*|stronie\\s+(?:platnosci\\s+)?zamowienia|\\b(?:przy|w)\\s+(?:zamowieniu|kasie|koszyku)\\b' +
      // "Zamówienie na Alibabie możesz opłacić kartą lub PayPal" (stop 48): the platform named in its Polish cases, as
      // Czech "na Alibabě"; "nie na Alibabie" (not on Alibaba) sets it aside.
      '|\\b(?:na|przez|w|z)\\s+alibab(?:ie|e|y|a)\\b',
    undoneBefore: '\\b(?:poza|bez|zamiast|omijajac|nie)\\s*$',
    phoneCue: '\\b(?:numer\\w*|telefon\\w*|zadzwon\\w*|blik\\w*)\\b',
    descriptor:
      '\\b(?:jak|kolor\\w*|zielon\\w*|niebiesk\\w*|nadruk\\w*|logo|powiadomie\\w*|kompatybil\\w*|wideorozmow\\w*|sterowan\\w*|sterowaln\\w*)\\b',
  },
  // Czech and Slovak, Hungarian and Bulgarian (stop 47): their lexicons are in compose/lexicons/{cs,hu,bg}.ts. A
  // negation glued to its verb ("nepodporuje", "nepůjde") is not listed: "platba nepůjde přes Trade Assurance" is
  // the request itself.
  cs: {
    // Read in every Latin clause (see LATIN below), so bare "ne" (French "ne … que", Italian "ne") counts only as a
    // word of its own ("Ne, PayPal nebereme"). A negation glued to a verb of paying or sending ("neplaťte",
    // "nezaplaťte", "neposílejte") refuses the payment; "nepůjde přes" is not listed (the request itself). "ani
    // přes PayPal" (nor via) refuses the next item.
    negation:
      '\\bne(?=\\s*[,.!])|\\b(?:nikdy|zadn\\w*|nic|podvod\\w*)\\b|\\bne(?:za)?plat(?:te|it|ime)\\b|\\bne(?:posil|preva|prevad|uhraz|vklad)\\w*|\\bani\\s+(?:pres|cez|skrz|na|do|v|k|pomoci|pomocou)\\b',
    anchor:
      // "na Alibabě", "přes Alibabu": the platform declined ("alibaba" itself is read for every language).
      '\\b(?:pres|cez|v|na)\\s+(?:objednavk\\w*|objednavc\\w*|platform\\w*)\\b|stran(?:k|c)\\w*\\s+(?:platby\\s+)?objednav(?:k|c)\\w*|\\balibab(?:e|u|ou|y)\\b|\\b(?:za)?plat\\w*\\s+objednav(?:k|c)\\w*',
    undoneBefore:
      '\\b(?:mimo|bez|misto|namiesto|ne\\s+(?:pres|cez)|nepujde\\s+pres|nepojde\\s+cez)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:cislo|telefon\\w*|zavolej\\w*|volejte|mobil\\w*)\\b',
    descriptor:
      '\\b(?:sdileni|zdielani\\w*|zdielanie|notifikac\\w*|upozorneni\\w*|oznameni\\w*|kompatibiln\\w*|podporuje|nepodporuje|logo|barv\\w*|farb\\w*|ikon\\w*|ovladan\\w*|ovladat\\w*)\\b',
  },
  hu: {
    // "ne" only before a verb in the imperative or subjunctive ("ne fizessen", "ne utaljon", "ne küldjön"): in every
    // Latin clause a bare "ne" is also French and Italian. "más bankszámlára se / sem" (nor to another account): "se"
    // or "sem" after a word with a case ending, or closing the clause right after the phrase matched (blanked as "~"); "ne"
    // before the matched verb itself only opening the clause or after "soha / kérem".
    negation:
      '\\b(?:nem|soha|semmi\\w*|csalas\\w*|csalo\\w*)\\b|\\bne\\s+\\w+(?:j|d|jon|jen|jun|jan|sen|son|ssen|sson|zen|zon|jatok|jetek|janak|jenek|junk|jank|jek|jak)\\b|\\b\\w+(?:ra|re|ba|be|an|en|on|val|vel|nak|nek|hoz|hez)\\s+(?:se|sem)\\b|~\\s+(?:se|sem)\\s*[.!]?\\s*$|(?:^\\s*|\\b(?:soha|kerem|kerjuk|es|de|inkabb)\\s+)ne\\s+~',
    anchor: '\\brendeles\\w*\\s+(?:\\w+\\s+)?keresztul\\b|\\b(?:rendelesi|fizetesi)\\s+oldal\\w*',
    undoneBefore: '\\b(?:nem|nelkul)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:telefon\\w*|hivj\\w*|hivhat\\w*|szam(?:om|unk)\\w*)\\b',
    descriptor:
      '\\b(?:ertesites\\w*|kompatibilis\\w*|tamogat\\w*|szin\\w*|logo\\w*|ikon\\w*|megosztas\\w*)\\b',
  },
  bg: {
    negation: word('не|никога|нищо|никакв\\p{L}*|измам\\p{L}*'),
    anchor: 'поръчк\\p{L}*|платформ\\p{L}*',
    undoneBefore: '(?:извън|без|вместо|в\\s+обход)\\s+(?:\\p{L}+\\s+){0,2}$',
    phoneCue: word('номер\\p{L}*|телефон\\p{L}*|обад\\p{L}*'),
    descriptor: 'известия|известявания|съвместим\\p{L}*|поддържа\\p{L}*|лого\\p{L}*|цвят\\p{L}*|споделяне',
  },
  // Romanian, Swedish, Greek, Swahili and Bengali (stop 49): their lexicons are in compose/lexicons/{ro,sv,el,sw,bn}.ts.
  // Romanian "nu" only before a verb of the second person plural ("nu plătiți", "nu trimiteți", "nu mai folosiți"): a
  // bare "nu" is Swedish "now" ("betala nu") in every Latin clause.
  ro: {
    negation:
      '\\bnu\\s+(?:mai\\s+|le\\s+|ne\\s+|va\\s+|o\\s+|il\\s+|acceptam\\b|cerem\\b)?(?:[a-z]+(?:ti|ati|iti|eti)\\b|plati\\b|trimite\\b|transfera\\b|accepta\\w*)|\\bnu\\s+(?:mai\\s+)?~|\\bnu\\s+(?:s-?a|s-?au|am|au|este|sunt)\\b|\\b(?:niciodata|nicidecum|niciun\\w*|nicio|frauda\\w*|escroc\\w*|inselator\\w*|inselatori\\w*|teapa)\\b',
    anchor:
      '\\b(?:prin|in|pe|din)\\s+(?:pagina\\s+(?:de\\s+)?)?comand(?:a|ii|ă)\\b|\\bpagina\\s+de\\s+plata\\b',
    undoneBefore: '\\b(?:in\\s+afara|fara|in\\s+loc\\s+de|nu\\s+prin|ocolind)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:numar\\w*|telefon\\w*|sunati\\w*|suna-?ma)\\b',
    descriptor: '\\b(?:compatibil\\w*|notificar\\w*|logo\\w*|culoare\\w*|culori\\w*|suporta)\\b',
  },
  // Swedish: "inte", "aldrig", "ej", "ingen / inga / inget" (no), "bedrägeri / bedragare" (fraud).
  sv: {
    negation: '\\b(?:inte|aldrig|ej|ingen|inga|inget|bedrag\\w*)\\b',
    anchor:
      '\\b(?:via|genom|i|pa)\\s+(?:alibaba-?)?(?:ordern|orderns|ordersidan|bestallningen|plattformen|kassan)\\b',
    undoneBefore: '\\b(?:utanfor|utan|istallet\\s+for|inte\\s+via|forbi)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:nummer|telefon\\w*|ring\\w*|mobil\\w*)\\b',
    descriptor: '\\b(?:kompatibel\\w*|notiser|aviseringar|logga|logotyp\\w*|farg\\w*|stodjer)\\b',
  },
  // Swahili: the negative subjunctive of the verbs of paying, sending and trusting ("usilipe", "msitume",
  // "usiamini"), "kamwe" (never), "hapana" (no), negative "we" forms ("hatukubali"), and fraud words. Bare "si" is
  // left out (Spanish, Italian "si"; Romanian "și").
  sw: {
    negation:
      '\\b(?:usi|msi)(?:lipe|tume|amini|weke|fanye|toe|hamishe|tumie|jibu)\\w*|\\bhatu(?:kubali|pokei|tumii|ombi|takubali)\\w*|\\b(?:kamwe|hapana|matapeli|tapeli|udanganyifu)\\b',
    anchor: '\\b(?:kupitia|kwenye|ndani\\s+ya)\\s+(?:oda|agizo|ukurasa\\s+wa\\s+oda|jukwaa)\\b',
    undoneBefore:
      '\\b(?:nje\\s+ya|bila|kuepuka|kukwepa|badala\\s+ya|si\\s+kupitia|sio\\s+kupitia)\\s+(?:\\w+\\s+){0,2}$',
    // "namba yangu ni 0712…" (my number is): the owner and the copula stand between the word and the digits.
    phoneCue: '\\b(?:namba|nambari|simu|piga)(?:\\s+(?:yangu|yetu|ya\\s+simu))?(?:\\s+ni)?\\b',
    descriptor: '\\b(?:inasaidia|inaunga\\s+mkono|rangi|nembo|arifa)\\b',
  },
  // Greek keeps its accents after normalising: "μην / μη" (don't), "δεν" (not), "ποτέ" (never), "κανένα" (none).
  el: {
    negation: word('μην|μη|δεν|δε|ποτέ|ποτε|κανέν\\p{L}*|καμία|απάτ\\p{L}*|απατεών\\p{L}*'),
    anchor: 'μέσω\\s+(?:της\\s+)?(?:παραγγελί|πλατφόρμ)\\p{L}*|σελίδα\\s+(?:της\\s+)?παραγγελί\\p{L}*',
    undoneBefore: '(?:εκτός|χωρίς|αντί\\s+για|όχι\\s+μέσω)\\s+(?:\\p{L}+\\s+){0,2}$',
    phoneCue: word('αριθμ\\p{L}*|τηλέφων\\p{L}*|κινητ\\p{L}*'),
    descriptor: 'συμβατ\\p{L}*|ειδοποιήσ\\p{L}*|λογότυπ\\p{L}*|χρώμ\\p{L}*|υποστηρίζ\\p{L}*',
  },
  // Bengali as normalised (vowel signs and the virama dropped): "না" → "ন" (not), "নয়" → "নয", "কখনো" (never),
  // "প্রতারক / প্রতারণা" (fraud). The order on the platform ("অর্ডারের মাধ্যমে") is where the buyer pays.
  bn: {
    negation: word(bn('না|নয়|কখনো|কখনোই|প্রতারক\\p{L}*|প্রতারণা\\p{L}*|ভুয়া')),
    anchor: bn('অর্ডারের\\s+মাধ্যমে|অর্ডার\\s+পেজ|আলিবাবা\\s+অর্ডার'),
    phoneCue: word(bn('নাম্বার|নম্বর|ফোন|মোবাইল')),
    descriptor: bn('নোটিফিকেশন|লোগো|রঙ|সাপোর্ট|চালাতে|চলে'),
  },
  nl: {
    negation: '\\b(?:niet|nooit|geen|niets|oplicht\\w*|fraude\\w*)\\b',
    anchor:
      '\\b(?:via|op|in|bij)\\s+(?:de\\s+|het\\s+)?(?:bestelling|bestelpagina|orderpagina|platform|afrekenpagina)\\b|bestellink|afrekenen|kopersbescherming|\\b(?:alibaba|aliexpress)-order\\b',
    undoneBefore: '\\b(?:buiten|zonder|in\\s+plaats\\s+van|niet\\s+via)\\s+(?:\\w+\\s+){0,2}$',
    phoneCue: '\\b(?:nummer|telefoon\\w*|bel\\w*|mobiel\\w*)\\b',
    descriptor:
      '\\b(?:zoals|kleur\\w*|logo|groen|blauw|meldingen|compatibel|bestuurbaar|aangestuurd|bedienbaar)\\b',
  },
  hi: {
    // Hinglish in Latin letters: "nahi" / "nahin" (not), "mat" (don't), "kabhi nahi" (never), "na" is left out
    // (it also ends questions: "theek hai na?"). "mana hai" (is forbidden) follows the verb it forbids: "bhejna mana hai".
    negation: '\\b(?:nahi|nahin|nai|mat|kabhi\\s+nahi|mana\\s+(?:hai|he|h)|fraud|dhokha\\w*)\\b',
    anchor: '\\border\\s+(?:link|page)\\s+(?:se|pe|par|me)\\b|\\bcheckout\\s+(?:pe|par|me)\\b',
    phoneCue: '\\b(?:number|call|phone)\\b',
    descriptor: '\\b(?:jaisa|jaise|rang|logo|support\\s+kar\\w*)\\b',
  },
  uk: {
    negation: word('не|ні|ніколи|нічого|жодн\\p{L}*|шахра\\p{L}*'),
    anchor:
      'замовлен\\p{L}*|платформ\\p{L}*|посиланн\\p{L}*\\s+на\\s+замовлення|прив.?яж\\p{L}*\\s+(?:\\S+\\s+){0,4}?(?:карт\\p{L}*|і\\s+повтор\\p{L}*)',
    // "Нові замовлення приймаємо через наш сайт": the orders are sent away from the platform, not tied to it.
    undoneAfter: ORDERS_TAKEN_ELSEWHERE,
    undoneBefore: '(?:поза|без|замість|в\\s+обхід|минаючи)\\s+(?:\\p{L}+\\s+){0,2}$',
    phoneCue: word('номер\\p{L}*|телефон\\p{L}*|дзвон\\p{L}*'),
    descriptor: 'кол[іь]р\\p{L}*|лого\\p{L}*|як\\s+у|сповіщен\\p{L}*|сумісн\\p{L}*',
  },
  // Hindi in Devanagari (vowel signs kept by normalise.ts; they are marks, so a word's edges exclude marks too): "नहीं" / "मत" (not, don't), "कभी नहीं" (never).
  'hi-deva': {
    negation: '(?<![\\p{L}\\p{M}])(?:नहीं|नही|न|मत|कभी\\s+नहीं|धोखा[\\p{L}\\p{M}]*|फ्रॉड)(?![\\p{L}\\p{M}])',
    anchor: 'ऑर्डर\\s+(?:पेज|लिंक)|चेकआउट',
    // Hindi puts the verb after the word of calling: "कॉल कर सकते हैं: 011-…" (you can call), "फोन करें", "संपर्क करें"
    // (contact), "व्हाट्सएप करें" — the verb and its helpers stand between the cue and the digits.
    phoneCue:
      '(?:नंबर|नम्बर|कॉल|फोन|मोबाइल|संपर्क|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप)(?:\\s+(?:कर|करें|करे|करिए|कीजिए|करो|करना)[\\p{L}\\p{M}]*)?(?:\\s+(?:सकते|सकती|सकता|सकें)(?:\\s+(?:हैं|है|हो|हें))?)?',
    descriptor: 'नोटिफिकेशन|सपोर्ट|लोगो|रंग|जैसा|जैसी|जैसे',
  },
  // Urdu in its own script: "نہیں" / "نہ" / "مت" (not, don't), "کبھی نہیں" (never), "ہرگز" (by no means), "فراڈ" /
  // "دھوکہ" (fraud). Urdu and Arabic forms of ی, ک, ہ both occur.
  ur: {
    negation:
      '(?<![\\p{L}\\p{M}])(?:نہ[یيى]ں|نہ|مت|[کك]بھ[یيى]\\s+نہ[یيى]ں|ہرگز|فراڈ|دھو[کك][ےہ][\\p{L}\\p{M}]*)(?![\\p{L}\\p{M}])',
    anchor: 'آرڈر\\s+(?:پ[یيى]ج|لن[کك])|چ[یيى][کك]\\s*آؤٹ',
    // "میرا نمبر 0300…" (my number), "فون / موبائل / واٹس ایپ …", "کال کریں …" (stop 56: Urdu had no phone cue).
    phoneCue: '(?<![\\p{L}\\p{M}])(?:نمبر|فون|موبائل|واٹس\\s?ایپ|کال\\s+کر[یيى]ں)(?![\\p{L}\\p{M}])',
  },
  // Thai as normalised (vowel and tone marks dropped, "ำ" → "า"): "ไม่" → "ไม", "ห้าม" → "หาม", "อย่า" → "อยา",
  // "ลิงก์คำสั่งซื้อ" (the order link) → "ลงกคาสงซอ", "รองรับ" (supports, of a device) → "รองรบ".
  th: {
    // "ไม่ผ่าน…" (not through the platform) names the way around it, not a refusal; nor is it the anchor "ผ่านระบบ".
    // "ไม่เยอะ / ไม่มาก" (not many, not much) measures ("ในนี้ส่งได้ไม่เยอะ": only a few can be sent in here), it refuses
    // nothing. "ไม่ต้องผ่าน…" (no need to go through the system) names the way around it as "ไม่ผ่าน" does (stop 46).
    // "ใช้ไม่ได้" (cannot be used: "บัญชีบริษัทใช้ไม่ได้", the company account is out of use) tells a fault, the story's
    // reason to pay elsewhere, and refuses nothing (stop 55).
    // "หาม" (ห้าม, don't) is never followed by "า": "ปัญหามา" (a problem + come) and "หามา" (find and bring) are folded
    // words that only contain its letters (stop 55: "ส่งวิดีโอปัญหามาให้ดู" read as forbidden).
    negation:
      '(?<!ใช|ใชงาน)ไม(?!ค|เยอะ|มาก|ผาน|ตองผาน|ตอง(?:โอน|จาย|ชาระ)(?:เงน)?เพม)|หาม(?!า)|อยา|มจฉาชพ|โกง',
    // "ระบบจะโอนเงินเข้าบัญชีร้าน…" (the system pays the shop after the buyer confirms): the platform is the one paying.
    anchor:
      'ลงกคาสงซอ|ลงกสงซอ|ในแอป|(?<!ไม)ผานระบบ|(?<!ไม)ผานแอป|หนาชาระเงน|(?:ระบบ|แอป|แพลตฟอรม)(?:จะ)?(?:โอน|ปลอย|จาย)',
    phoneCue: 'เบอร|โทร',
    descriptor: 'รองรบ|สแกนจาย|เหมอน|โลโก|แจงเตอน',
  },
  // Hebrew: "לא" (not; "ולא", "שלא" with a glued conjunction), "אף פעם" (never), "אסור" (forbidden); "אל" (don't) is
  // left out, it is also "to" ("להעביר אל החשבון"). The order page and the site are where the buyer pays.
  he: {
    negation:
      '(?<![\\p{L}])[ושכ]?(?:לא|אין|אסור)(?![\\p{L}])|אף\\s+פעם|לעולם\\s+לא|הונא\\p{L}*|נוכל\\p{L}*|עוקצ\\p{L}*',
    anchor:
      // Stop 52: "בעמוד התשלום של ההזמנה" (on the order's payment page), "בקופה של עליבאבא" (at the checkout). The
      // seller's own ("בעמוד התשלום שלנו", our payment page) is no anchor (s52nchat).
      '(?:עמוד|דף)\\s+ה?(?:הזמנה|תשלום)(?!\\s+(?:שלנו|שלי|באתר\\s+שלנו))|(?<![\\p{L}])[בו]?ה?קופה(?![\\p{L}])(?!\\s+(?:שלנו|שלי))|דרך\\s+(?:ה?אתר|ה?אפליקציה|(?:עמוד|דף)\\s+ה?הזמנה)|(?<![\\p{L}])(?:באתר|באפליקציה)(?![\\p{L}])',
    phoneCue: 'מספר|טלפון|נייד|וואטסאפ',
    descriptor: 'התראות|הודעות\\s+של|לוגו|צבע',
  },
  // Persian: "نه", "هرگز", "هیچ" (no, never, none), the negative verb forms "نمی…", "نکنید", "نباید"; the order page
  // and the site's gateway (درگاه) are where the buyer pays.
  tl: TAGALOG_GUARD_WORDS,
  // Russian, Persian and Arabic typed in Latin letters (compose/lexicons/*-latn.ts): the refusal as it is typed there.
  // Russian "ne" before a verb in the first or second person ("my ne delaem", "ne prinimaem"), "nikogda", "nelzya";
  // Persian verbs with the negative prefix ("nadarim", "nemikonim", "nakonid", "nist"); Arabizi "ma fi", "mafeesh",
  // "msh / mish", and the circumfix "ma…sh" ("ma bnet3amelsh"). Bare "ne" (French, Czech) and "mesh" (the fabric) are
  // left out.
  translit: {
    negation:
      "\\bne\\s+\\w+(?:em|im|aem|yem|iem|ete|ite|yu|ju|iu)\\b|\\b(?:nikogda|nelzya|nel'zya|nizashto)\\b|\\b(?:nemi|nami)\\w{2,}|\\bna(?:dar|kon|kard|bayad|dad|gir|frest|pardakht|mikon)\\w*|\\bnist(?:im|id|and)?\\b|\\bhargez\\b|\\bma\\s+fi(?:sh)?\\b|\\bmaf(?:ee|i|e)sh\\b|\\b(?:msh|mish)\\b|\\bma\\s+b?\\w{3,}sh\\b",
  },
  fa: {
    negation: word('نه|هرگز|هیچ\\p{L}*|نمی\\p{L}*|نکن\\p{L}*|نباید|کلاهبردار\\p{L}*'),
    anchor: 'صفحه\\s+(?:ی\\s+)?سفارش|درگاه|از\\s+طریق\\s+سایت',
    phoneCue: word('شماره|تلفن|موبایل|تماس'),
    descriptor: 'اعلان\\p{L}*|لوگو|رنگ',
  },
};

/** Languages written in Latin letters: their words are all a Latin-only clause needs testing against. */
// Czech and Hungarian are Latin once their accents are folded (stop 47: left out, their negations and anchors were
// only tried in clauses holding another script, so "Soha ne fizessen…" and "v objednávce na Alibabě" went unread).
const LATIN = new Set([
  'en',
  'es-pt-fr',
  'de',
  'tr',
  'vi',
  'id',
  'it',
  'pl',
  'cs',
  'hu',
  'ro',
  'sv',
  'sw',
  'nl',
  'hi',
  'tl',
  'translit',
]);

const all = (key: keyof GuardWords, latin?: boolean) =>
  Object.entries(GUARD_WORDS)
    .filter(([lang]) => latin === undefined || LATIN.has(lang) === latin)
    .map(([, w]) => w[key])
    .filter((s): s is string => Boolean(s));

export const NEGATION_LATIN_SOURCES = all('negation', true);
export const NEGATION_OTHER_SOURCES = all('negation', false);
export const ANCHOR_LATIN_SOURCES = all('anchor', true);
export const ANCHOR_OTHER_SOURCES = all('anchor', false);
export const UNDONE_BEFORE_SOURCES = all('undoneBefore');
export const UNDONE_AFTER_SOURCES = all('undoneAfter');
export const PHONE_CUE_SOURCES = all('phoneCue');
export const DESCRIPTOR_SOURCES = all('descriptor');

/**
 * "转给" / "转我" / "转过来" right after 微信, a few characters after a sum of money (费, 钱, 款, 定金, 价, 块, 元): money
 * sent on WeChat to someone ("样品费微信转我就行"), not a chat invitation; so is "微信转给我个人" (to me personally)
 * wherever the money was named. Otherwise it is forwarding ("把图纸微信转给我", "运费已算好,照片微信转给您看"),
 * which stays a move to WeChat.
 */
export const WECHAT_TRANSFER = '(?:转|轉)(?:给|給|我|过来|過來|一下|到)';
export const MONEY_BEFORE_WECHAT = '(?:费|費|钱|錢|款|金|价|價|块|塊|元|美金|美元)[^。.!?！？\\n]{0,8}微信';
export const WECHAT_TRANSFER_TO_PERSON = '(?:转|轉)(?:给|給)?(?:我|我们|我們)?的?(?:个人|個人|私人)';
