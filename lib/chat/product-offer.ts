/**
 * A product offer names an app or a wallet as what the goods work with, or inside their model name: "Telegram T2
 * portable speaker, 10W, IPX6, MOQ 200 pcs", a Thai speaker "รุ่น LINE-X2 … ใช้โทรผ่าน LINE หรือ WhatsApp ได้ ขั้นต่ำ
 * 100 ชิ้น" (model LINE-X2, can call through LINE or WhatsApp, minimum 100 pieces), a Vietnamese phone case "tiện
 * khi quét mã thanh toán MoMo" (handy when scanning to pay by MoMo), "funda compatible con pagos NFC (Google Pay,
 * Bizum), pedido mínimo 100 unidades". Such a sentence names the goods (a product noun), the message reads as an
 * offer (a minimum order, a count of pieces, a spec), and the brand sits where a product's use or model goes: a
 * model code right after it, a model word right before it, or a word of use or compatibility before it. guards.ts
 * adds the last condition: nobody in the sentence asks, takes the money or gives a number. Words over normalised
 * text (lower-case, accents folded; Thai without its vowel and tone marks, as normalise leaves it).
 */

/** The goods: accessories, audio, chargers, wearables, cases, in the languages read. */
const PRODUCT_NOUN = new RegExp(
  [
    '\\b(?:speakers?|soundbars?|earbuds?|earphones?|headphones?|headsets?|(?:phone\\s+)?(?:cases?|covers?)|power\\s?banks?|chargers?|cables?|holders?|stands?|mounts?|smart\\s?watch(?:es)?|watch(?:es)?|bands?|trackers?|tablets?|phones?|gadgets?|devices?|webcams?|web\\s+cams?|(?:conference\\s+|usb\\s+|ptz\\s+)?cameras?|microphones?|mics?|speakerphones?|video\\s?bars?|conference\\s+(?:systems?|kits?))\\b',
    // es, pt, fr, de, it, nl, id, tr
    // Stop 51: cameras and microphones too ("Cámara 4K, funciona con Zoom", "USB-Mikrofon, funktioniert mit Teams").
    '\\b(?:camaras?|cameras?|kameras?|telecamer[ae]|webcams?|mikrofon\\w*|microfon[oe]s?|microphones?|microfoons?)\\b',
    '\\b(?:fundas?|carcasas?|altavoz(?:es)?|auriculares|cargador(?:es)?|soportes?|relojes?|moviles?|capas?|capinhas?|caixas?\\s+de\\s+som|fones?|carregador(?:es)?|suportes?|coques?|etuis?|enceintes?|ecouteurs|chargeurs?|supports?|hullen?|handyhullen?|lautsprecher|kopfhorer|ladegerate?|halterung\\w*|custodi[ae]|cover|altoparlant[ei]|auricolari|caricabatteri\\w*|hoesjes?|telefoonhoes\\w*|luidspreker\\w*|oordopjes|opladers?|casing|kesing|pelindung|hoparlor\\w*|kulaklik\\w*|kilif\\w*)\\b',
    // vi: phone case, speaker, earphones, charger, holder, watch.
    '\\b(?:op\\s+lung|bao\\s+da|loa(?:\\s+bluetooth)?|tai\\s+nghe|sac(?:\\s+du\\s+phong)?|cu\\s+sac|gia\\s+do|dong\\s+ho(?:\\s+thong\\s+minh)?)\\b',
    // th (folded): speaker ลำโพง, earphones หูฟัง, phone case เคส, charger ที่ชาร์จ, watch นาฬิกา.
    'ลาโพง|หฟง|เคส|ทชารจ|นาฬกา',
    '(?<![\\p{L}])(?:колонк\\p{L}*|чехл?\\p{L}*|наушник\\p{L}*|зарядк\\p{L}*)',
    '手机壳|手機殼|音箱|音响|音響|耳机|耳機|充电宝|充電寶|支架|手表|手錶|スピーカー|イヤホン|ケース|스피커|이어폰|케이스',
  ].join('|'),
  'u',
);

/** The message reads as an offer: a minimum order, a count of pieces or units, a spec of the goods. */
const OFFER_CONTEXT = new RegExp(
  [
    // Stop 51: a video resolution, "plug and play" or an OEM box are specs of goods too ("1080p webcam, plug and play").
    '\\b\\d{3,4}p\\b|\\b[248]k\\s+(?:uhd|hd|video|camera|webcam)|\\bplug\\s*(?:and|&|n)\\s*play\\b|\\b(?:oem|odm)\\b|\\bno\\s+drivers?\\b',
    '\\bmoq\\b|\\bmin(?:imum)?\\.?\\s+(?:order|qty|quantity)\\b',
    '\\d\\s?(?:pcs|pieces|units|sets|unidades|piezas|pecas|unidades|pieces|stuk|stuks|stuck|stk|pezzi|adet|buah|cai|chiec)\\b',
    '\\b(?:pedido|compra|encomenda|commande|bestellung|mindestbestell\\w*|ordine|bestelling)\\s+(?:minim[oa]|minimum|minimale?)\\b|\\bmindestbestell\\w*|\\b(?:dat|don)\\s+(?:hang\\s+)?toi\\s+thieu\\b|\\bminimal\\s+order\\b',
    // Specs: watts, battery, Bluetooth version, water rating, a material.
    '\\d\\s?(?:w|mah|h)\\b|\\bbluetooth\\s*\\d|\\bipx?\\d|\\b(?:tpu|silicone|silicona|silicon|pu\\s+leather|nfc|rfid)\\b|บลทธ|แบตเตอร',
    // th (folded): "ขั้นต่ำ" (minimum), "ชิ้น" (pieces); zh and ja: pieces, minimum order.
    'ขนตา|\\d\\s?ชน|起订|起訂|最小起订|\\d\\s?(?:件|个|個|台|pcs)|最低ロット|最小注文|최소\\s?주문',
  ].join('|'),
  'u',
);

/** A model code right after the brand: "Telegram T2", "LINE-X2", "WeChat S10 Pro". */
// A letter first ("24h" after an app is an opening time, not a model), and never "id…".
const MODEL_CODE_AFTER = /^[\s-]?(?!id)(?=[a-z]{1,3}\d)[a-z]{1,3}\d{1,4}[a-z]{0,3}(?![\p{L}\d@])/u;
/** The word for a model right before the brand: "รุ่น LINE-X2", "model WhatsApp", "modelo Zalo". */
const MODEL_WORD_BEFORE =
  /(?:\b(?:model|modelo|modele|modell|modello|series|serie|seri)|รน|型号|型號|モデル|모델)\s*[:：]?\s*$/u;
/**
 * A word of going through the app right before it: "…, price via Telegram T2 only", "order through LINE X2". The
 * model's own name said again after such a word is the channel the buyer is sent to, not the goods.
 */
const CHANNEL_BEFORE =
  /(?:\b(?:via|through|thru|on|by|over|por|pelo|pela|par|sur|uber|tramite|qua|lewat|melalui)|(?<![\p{L}])через|通过|通過)\s*$/u;
/**
 * A word of use or compatibility before the brand, in the brand's clause: "compatible con pagos NFC (…", "handy when
 * scanning to pay by", "for", "works with", "ใช้…ผ่าน" (used through), "ใช้โทรผ่าน" (use to call through).
 */
const USE_BEFORE = new RegExp(
  [
    '\\b(?:compatible|compatibles|compativel|compatibel|kompatibel|compatibil\\w*|uyumlu|tuong\\s+thich|works?\\s+with|working\\s+with|for\\s+use\\s+with|funciona\\s+(?:con|com)|fonctionne\\s+avec|funktioniert\\s+mit|funziona\\s+con|werkt\\s+met|dziala\\s+z|fungerar\\s+med|calisir|bekerja\\s+dengan|hoat\\s+dong\\s+voi|designed\\s+for|made\\s+for|supports?|supporting)\\b[^.!?\\n]{0,40}$',
    // vi: "tiện khi quét mã (thanh toán)" (handy when scanning the code to pay), "dùng để", "hỗ trợ".
    '\\b(?:tien\\s+(?:khi|de|cho)|khi\\s+quet\\s+ma|dung\\s+de|ho\\s+tro)\\b[^.!?\\n]{0,40}$',
    // th (folded): "ใช้…ผ่าน" (use … through), "รองรับ" (supports).
    '(?:ใช|รองรบ)\\S{0,12}ผาน\\s*$|รองรบ\\s*$',
    '(?:支持|兼容|适用于|適用於|対応|지원)\\S{0,6}$',
  ].join('|'),
  'u',
);

/**
 * The three tests are asked at different scales, so that a caller can ask each once (guards.ts): the message reads
 * as an offer (once per message), the sentence names the goods (once per sentence), and the brand at [before |
 * after] is placed as a product's model or use (per mention, on bounded windows). Asked per mention over the whole
 * sentence and message, they made one endless sentence of brand mentions cost quadratic time.
 */
export const readsAsOffer = (message: string): boolean => OFFER_CONTEXT.test(message);
export const namesGoods = (sentence: string): boolean => PRODUCT_NOUN.test(sentence);
export function placedAsModelOrUse(before: string, after: string): boolean {
  if (MODEL_WORD_BEFORE.test(before)) return true;
  if (MODEL_CODE_AFTER.test(after) && !CHANNEL_BEFORE.test(before)) return true;
  // "…ใช้โทรผ่าน LINE หรือ WhatsApp", "(Google Pay, Bizum)": a later name in a list is read from the list's head.
  // "works with Zoom, Skype": the list's head may itself end in a word the name pattern takes ("with zoom,"), so the
  // window is read as it is too (its 40 characters reach over a short list).
  return (
    USE_BEFORE.test(before.replace(NAMES_BEFORE, '')) || USE_BEFORE.test(before) || USE_AFTER.test(after)
  );
}

/**
 * A word of use after the brand (and the names listed with it), for goods that sit on or around a phone or cards — an
 * RFID card holder, a phone case, a magnetic mount: "PayPal / Apple Pay NFC on phone still work normal", "Google Pay
 * contactless is not blocked", "Apple Pay on your phone works fine through the case". The wallet is what keeps working
 * beside the goods, not a way the buyer is asked to pay. Also in Swedish, German, Spanish, Portuguese, French, Italian,
 * Polish and Dutch ("Apple Pay och PayPal fungerar fint genom fodralet", "funktioniert durch die Hülle") (stop 49).
 */
const USE_AFTER =
  /^(?:\s*(?:,|\/|&|\band\b|\bor\b|\by\b|\bo\b|\bou\b|\bet\b|\bund\b|\boder\b)\s*[a-z0-9][\w.-]*(?:\s(?!nfc\b)[a-z0-9][\w.-]*)?){0,4}\s*(?:\(?\s*(?:nfc|contactless|tap\s+to\s+pay|tap\s+and\s+pay|sin\s+contacto|sans\s+contact|kontaktlos)\b|(?:\S+\s+){0,5}?(?:still\s+|also\s+)?(?:works?|working|function(?:s|ing)?)\s+(?:normal(?:ly)?|fine|well|perfectly|as\s+usual|as\s+normal|through|without\s+(?:removing|taking))\b|(?:\S+\s+){0,5}?(?:fungerar|funktioniert|funktionieren|funciona\w*|fonctionne\w*|funziona\w*|dziala\w*|werkt|werken)\s+(?:\S+\s+)?(?:fint|bra|normalt|einwandfrei|normal|bien|normalmente|normalement|perfettamente|bene|normalnie|dobrze|prima|goed|genom|durch|a\s+traves|atraves|a\s+travers|attraverso|przez|door)\b|(?:\S+\s+){0,5}?(?:is|are|gets?|will\s+be)\s+not\s+(?:blocked|affected)\b|(?:\S+\s+){0,5}?(?:won'?t|doesn'?t|don'?t|will\s+not|does\s+not|do\s+not)\s+(?:be\s+)?(?:blocked|affected|block|interfere)\b)/u;

/** Names listed before this one: "line หรอ ", "google pay, ", "momo / ". */
const NAMES_BEFORE =
  /(?:[a-z0-9][\w.-]*(?:\s[a-z0-9][\w.-]*)?\s*(?:,|\/|&|\band\b|\bor\b|\by\b|\bo\b|\bou\b|\bet\b|\bund\b|\boder\b|\bva\b|\bhoac\b|หรอ|และ|、|和|或)\s*){1,4}$/u;

/**
 * Words of such an offer that read like an ask once the brand is read out of context: "quét mã thanh toán" (scan the
 * code to pay), "pagos NFC", "NFC payments" name what the goods are used for, not a payment asked of the buyer.
 */
export const OFFER_FEATURE_WORDS =
  /\b(?:quet\s+ma(?:\s+qr)?\s+(?:de\s+)?thanh\s+toan|pagos?\s+(?:nfc|sin\s+contacto|moviles?|con\s+el\s+movil)|pagamentos?\s+(?:nfc|por\s+aproximacao)|(?:nfc|mobile|contactless)\s+payments?)\b/gu;
