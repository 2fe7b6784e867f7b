/**
 * Goods made for an app's video calls: "phone stand, ideal for WhatsApp video calls", "Držák … ideální pro videohovory
 * přes WhatsApp", "WhatsAppやZoomのビデオ通話に便利なスマホスタンド", "המעמד מתאים לשיחות וידאו בוואטסאפ", "trépied
 * parfait pour les appels vidéo WhatsApp". The app names what the product is for, not a place to talk (stop 52). Read
 * only with the word for video calls right beside the name and goods (a stand, a holder, a webcam) in the sentence, no
 * look at goods, samples or the factory proposed; guards.ts adds that nobody is asked anything and no number, id or person of the seller is in
 * it — "let's do a video call on WhatsApp with our engineer" stays a move. Words over normalised text (lower-case,
 * Latin accents folded; Greek keeps its accents).
 */

const VIDEO_CALL = [
  '\\bvideo\\s?(?:calls?|calling|chats?|conferenc\\w*|meetings?)\\b|\\bfacetime\\b',
  // es, pt, fr, de, it, nl, pl, cs/sk, hu, ro, sv, tr, vi, id/ms, tl
  '\\b(?:videollamadas?|videochamadas?|(?:llamadas?|chamadas?|appels?|apeluri|apel|panggilan|cuoc\\s+goi|goi)\\s+(?:de\\s+)?video|videoanrufe?n?|videotelefon\\w*|videochiamat\\w*|videobellen|videogesprek\\w*|wideorozmow\\w*|rozmow\\w*\\s+wideo|videohovor\\w*|videohivas\\w*|videosamtal\\w*|goruntulu\\s+(?:arama\\w*|gorusme\\w*|konusma\\w*)|visio(?:conferences?)?)\\b',
  '(?<![\\p{L}])(?:видеозвонк\\p{L}*|видеосвяз\\p{L}*|видеочат\\p{L}*|відеодзвінк\\p{L}*|відеозв\\p{L}*|видеоразговор\\p{L}*|βιντεοκλ\\p{L}*)',
  'مكالم\\p{L}*\\s+(?:ال)?فيديو|تماس\\s+تصویری|שיחו?ת\\s+וידי?או|וידי?או',
  '视频通话|視訊通話|视频聊天|視頻通話|视频会议|視訊會議|ビデオ通話|テレビ電話|ビデオチャット|영상\\s?통화|화상\\s?통화|화상\\s?회의|วดโอคอล|वीडियो\\s+कॉल',
].join('|');

/** The video-call word just before the name, in its sentence ("…ideal for video calls on ", "…לשיחות וידאו ב"). */
const VIDEO_BEFORE = new RegExp(`(?:${VIDEO_CALL})(?:\\s+\\S+){0,2}?\\s*\\S{0,3}$`, 'u');
/** …or just after it, past a short list of other apps ("WhatsApp and Zoom video calls", "WhatsAppやZoomのビデオ通話"). */
const VIDEO_AFTER = new RegExp(`^[^.!?。！？\\n]{0,25}?(?:${VIDEO_CALL})`, 'u');

/**
 * Goods for such calls, in the languages read: the goods must be the sentence's subject (stop 52, s52nchat). A word of
 * fitness alone ("方便", "convenient", "más práctica") also says a call is handy for the seller's purpose — "微信视频通话
 * 更方便看货" (a WeChat video call is handier to see the goods) proposes the call, it sells no stand.
 */
const GOODS = new RegExp(
  [
    '\\b(?:stands?|holders?|mounts?|tripods?|selfie\\s+sticks?|ring\\s+lights?|gimbals?|webcams?|cameras?|tablets?|monitors?|screens?|soportes?|tripodes?|suportes?|tripes?|supports?|trepieds?|halter\\w*|stander|stativ\\w*|supporto|treppiedi?|uchwyt\\w*|statyw\\w*|stojak\\w*|drzak\\w*|stojan\\w*|tutucu\\w*|gia\\s+do|dudukan|statief|houder\\w*|hallare|headsets?|speakerphones?|microphones?)\\b',
    // German compounds: "Handyhalter", "Tablethalterung", "Handystativ" (stop 53).
    '\\b\\w+(?:halter|halterung|stander|staender|stativ)\\b',
    // Russian and Ukrainian: stands, and the devices a call is made on (stop 54: "наш планшет поддерживает видеозвонки").
    '(?<![\\p{L}])(?:подставк\\p{L}*|держател\\p{L}*|штатив\\p{L}*|тримач\\p{L}*|планшет\\p{L}*|смартфон\\p{L}*|смарт-?час\\p{L}*|наушник\\p{L}*|навушник\\p{L}*|веб-?камер\\p{L}*|βάση)',
    'حامل|מעמד|מחזיק|חצובה|پایه',
    'スタンド|ホルダー|三脚|支架|三脚架|거치대|스탠드|삼각대',
  ].join('|'),
  'u',
);

/**
 * A call to look at something: "to see the goods / the factory / the samples", "看货", "验货", "看工厂", "para ver la
 * muestra", "お見せします". Such a call is the seller's offer to talk there, whatever goods are named.
 */
const CALL_TO_SEE = new RegExp(
  [
    '\\b(?:see|show|check|inspect|look\\s+at|view|watch)\\s+(?:you\\s+)?(?:the\\s+|our\\s+|your\\s+)?(?:goods|products?|items?|factory|samples?|workshop|warehouse|production|line|stock|models?)\\b',
    '\\b(?:ver|mostrar|conocer|ensenar|revisar|voir|montrer|sehen|zeigen|vedere|mostrare|zobaczyc|pokazac|videt|ukazat)\\s+(?:\\w+\\s+){0,2}?(?:muestras?|productos?|mercancia|fabrica|modelos?|amostras?|produtos?|mercadoria|echantillons?|produits?|usine|marchandise|muster|produkt\\w*|ware|fabrik|campion\\w*|prodott\\w*|fabbrica|merce|probk\\w*|towar\\w*|fabryk\\w*|vzork\\w*|zbozi|tovar\\w*)\\b',
    '(?<![\\p{L}])(?:показ\\p{L}*|посмотр\\p{L}*|увид\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:товар|образ|фабрик|завод|производств)\\p{L}*',
    '看货|看貨|验货|驗貨|看厂|看廠|看工厂|看工廠|看样|看樣|看产品|看產品|验厂|驗廠|お見せ|見せ|ご覧|보여|확인',
  ].join('|'),
  'u',
);

/**
 * Five digits or more — an id, a phone — but not a figure with its unit ("20000mAh", "10000 Pa", "30000 pcs"), which
 * describes goods (stop 54: "this 20000mAh power bank … during long WhatsApp video calls" read as a number given).
 */
export const FIVE_DIGITS_NOT_A_FIGURE =
  '\\d{5}(?!\\d*\\s?(?:mah|wh|kwh|mw|kw|w|v|mm|cm|m|g|kg|lm|lux|hz|khz|pa|rpm|mbps|gb|tb|mb|pcs|pieces|units)\\b)';

/**
 * Someone of the seller's, a time or a request to join: "with our engineer", "s naším technikem", "con nuestro
 * técnico", "mit unserem Techniker", "עם המהנדס שלנו", "弊社の担当", "tomorrow at 10". Then the call is the seller's.
 */
export const VIDEO_CALL_ARRANGED = new RegExp(
  [
    "\\b(?:me|us|my|our|we|let'?s|lets|join|invite|schedule|book|tomorrow|today|engineer|technician|manager|sales|nase\\w*|nasim|nasi|nuestr\\w*|nosotros|nos|notre|nos|unser\\w*|wir|nostr\\w*|noss[oa]s?|nasz\\w*|onze|wij|bizim|kami|chung\\s+toi)\\b",
    `\\d{1,2}[:h]\\d{2}|${FIVE_DIGITS_NOT_A_FIGURE}`,
    '(?<![\\p{L}])(?:наш\\p{L}*|нам|мне|мы)(?![\\p{L}])|שלנו|איתנו|אלינו|איתי|אליי|מהנדס|טכנאי|弊社|担当|私|我们|我們|저희|제가|معنا|لدينا',
  ].join('|'),
  'u',
);

/**
 * The app at [before | after] named as what goods are for: a video-call word beside it, goods or a product described
 * around (PRODUCT_DESCRIBED, s53nchat), nothing to see.
 */
export function videoCallUse(before: string, after: string, sentence: string): boolean {
  return (
    (VIDEO_BEFORE.test(before) || VIDEO_AFTER.test(after)) &&
    (GOODS.test(sentence) || PRODUCT_DESCRIBED.test(sentence)) &&
    !CALL_TO_SEE.test(sentence)
  );
}

/**
 * The call itself proposed, not goods for it (stop 53): a video-call word beside the app's name ("la videollamada de
 * WhatsApp es más práctica para ver la muestra", "LINEのビデオ通話が便利です") in a sentence that offers to show
 * something, or that says the call is handier or arranges it — and describes no product. "Bluetooth earbuds … clear
 * voice on WhatsApp video calls", "der Kopfhörer eignet sich super für WhatsApp-Videoanrufe", "power bank … during long
 * WhatsApp video calls" sell goods whatever their noun (s53nchat): a proposal must be read, not the goods' absence.
 */
export function videoCallProposed(before: string, after: string, sentence: string): boolean {
  return (
    (VIDEO_BEFORE.test(before) || VIDEO_AFTER.test(after)) &&
    (CALL_TO_SEE.test(sentence) ||
      ((CALL_HANDIER.test(sentence) || VIDEO_CALL_ARRANGED.test(sentence)) &&
        !GOODS.test(sentence) &&
        !MADE_FOR.test(sentence) &&
        !PRODUCT_DESCRIBED.test(sentence)))
  );
}
/** The call said handier than the chat here: "más práctica", "more convenient", "faster", "便利です", "更方便". */
const CALL_HANDIER =
  /\b(?:convenient|practical|easier|faster|quicker|better|simpler|handier|comod[oa]s?|practic[oa]s?|pratic[oa]s?|pratique|rapid[oa]s?|rapide|facil|mejor|melhor|mieux|bequemer|einfacher|schneller|praktischer|veloce|semplice|wygodniej\w*|szybciej|latwiej)\b|便利|方便|更快|편리|편해/u;
/**
 * A product described (s53nchat): a feature or quality word ("noise cancelling", "crystal clear", "one-touch",
 * "20000mAh", "HD"), a word of fitness for a use ("great for", "eignet sich", "supports", "compatible with", "keeps
 * your phone alive"), or a common goods noun (earbuds, headphones, power bank, lamp, tablet, speaker…), in the
 * languages read. Any one of them makes the sentence a product's, not a proposal.
 */
const PRODUCT_DESCRIBED = new RegExp(
  [
    '\\b(?:noise[\\s-]?cancel\\w*|crystal[\\s-]?clear|clear\\s+(?:voice|sound|audio|picture|image)|one[\\s-]?touch|hd|full\\s+hd|4k|1080p|720p|\\d+\\s?(?:mah|w|wh|mp|inch|in|hz)|bluetooth|wireless|battery|batteries|rechargeable|waterproof|built[\\s-]?in|big\\s+icons|long[\\s-]?lasting|compatible|supports?|works\\s+with|keeps?\\s+your|lets?\\s+you|(?:great|good|best|excellent|super|handy|nice)\\s+(?:for|fur|pour|para|per)|eignet\\s+sich|geeignet|sirve\\s+para|serve\\s+para|idea(?:l|le)|kabellos\\w*|akku\\w*|sans\\s+fil|inalambric\\w*|sem\\s+fio|senza\\s+fili)\\b',
    '\\b(?:earbuds?|earphones?|headphones?|headsets?|kopfhorer\\w*|ohrhorer\\w*|ecouteurs?|casque|auriculares?|audifonos?|fones?\\s+de\\s+ouvido|cuffie|auricolari|power\\s?banks?|powerbanks?|chargers?|lamps?|lampe|lampara|lampada|lights?|speakers?|lautsprecher|enceinte|altavoz\\w*|phones?|smartphones?|handys?|telefon\\w*|tablets?|laptops?|notebooks?|webcams?|cameras?|kamera\\w*|camara|fotocamera|routers?|modems?|tvs?|televisions?|screens?|displays?|microphones?|mics?|devices?|gadgets?|products?|models?)\\b',
    'イヤホン|ヘッドホン|ヘッドセット|モバイルバッテリー|ライト|照明|タブレット|カメラ|耳机|充电宝|移动电源|补光灯|平板|摄像头|摄像机',
  ].join('|'),
  'u',
);
/** "Ideal / perfect / made for video calls": what goods are for, even when the goods' word is not one we know. */
const MADE_FOR =
  /\b(?:ideal\w*|perfect\w*|perfekt\w*|perfeit\w*|perfett\w*|parfait\w*|idealn\w*|made\s+for|designed\s+for|suitable\s+for|geeignet|adatt\w*|adecuad\w*|adequad\w*|adapte\w*)\b|に最適|に便利な|专为|適合|适合/u;
/**
 * "Our" or "my" before the goods (stop 54): "Наш планшет поддерживает видеозвонки в WhatsApp", "our 30000mAh power
 * bank…" — the seller's product, nobody of the seller's on a call. Such possessives are dropped before
 * VIDEO_CALL_ARRANGED reads the sentence; "with our engineer" keeps its own.
 */
const OWN_GOODS = new RegExp(
  `(?<![\\p{L}])(?:our|my|наш\\p{L}*|мо[йяеи]|nuestr[oa]s?|nosso|nossa|notre|nos|unser\\w*|nostr[oa]|nasz\\w*|onze|bizim)\\s+(?=(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${GOODS.source}|${PRODUCT_DESCRIBED.source}))`,
  'gu',
);
/** Someone of the seller's, a time or a request to join in the sentence, the goods' own "our" left aside. */
export function callArrangedBySeller(sentence: string): boolean {
  return VIDEO_CALL_ARRANGED.test(sentence.replace(OWN_GOODS, ' '));
}
