import { mayMatchInMessage } from './literal-prefilter';
import type { TextContext } from './text-context';

/**
 * A product listing for payment hardware or an accessory names wallets and card brands as what the product
 * takes, holds or shows: "handheld POS terminal, NFC, 4G, supports Apple Pay and Alipay, 58 mm printer",
 * "maquininha com NFC, aceita Pix e Google Pay", "porte-cartes RFID en cuir, protège vos cartes Visa et PayPal",
 * "acrylic sign holder 10x15 cm for Venmo / Zelle QR codes, custom logo". Such a sentence has three marks: the
 * product's noun, an attribute of a listing (a size, a material, a radio, a battery, a printer, a custom logo),
 * and a word of use before the brand (supports, for, protects, can print). guards.ts adds the fourth: nobody
 * in the sentence takes the money or asks for anything. Words over normalised text (lower-case, accents folded).
 * Modelled on terminal makers' feature pages, Brazilian card-machine reviews, French RFID-wallet shops and
 * Chinese payment-code stand listings (tests/fixtures/chat/round-15-fp-cases.jsonl names them).
 */
const PAYMENT_PRODUCT = new RegExp(
  [
    // en: terminals and their accessories.
    // A payment soundbox or speaker announces what it received ("voice broadcast for Paytm and UPI QR").
    '\\b(?:sound\\s?box(?:es)?|(?:payment|qr|voice)\\s+(?:box|speaker)s?|pos|terminals?|card\\s+(?:machines?|readers?|holders?|cases?|sleeves?)|(?:sign|card|badge|menu|table|phone)\\s+holders?|holders?|stands?|displays?|easels?|plaques?|stickers?|decals?|(?:payment|nfc|smart)\\s+rings?|wallets?|cardholders?)\\b',
    // es, pt, fr, de, it, pl, nl, tr, id, vi
    '\\b(?:tpv|datafonos?|terminal\\w*|lector(?:es)?|tarjeteros?|porta\\s?tarjetas|billeteras?|soportes?|pegatinas?|anillos?)\\b',
    '\\b(?:maquininhas?|maquinas?\\s+de\\s+cart(?:ao|oes)|porta[-\\s]?cart(?:ao|oes)|carteiras?|suportes?|placas?|adesivos?|aneis|anel)\\b',
    '\\b(?:tpe|porte[-\\s]?cartes?|etuis?|portefeuilles?|presentoirs?|chevalets?|autocollants?|bagues?)\\b',
    '\\b(?:kartenetui\\w*|kartenhalter\\w*|kartenfach\\w*|kartenfacher|portemonnaie\\w*|brieftasche\\w*|geldbeutel\\w*|geldborse\\w*|aufsteller\\w*|kassenterminal\\w*|kartenterminal\\w*|aufkleber\\w*)\\b',
    '\\b(?:porta\\s?carte|porta\\s?tessere|custodi[ae]|portafogli\\w*|espositor\\w*|targhett\\w*|adesiv\\w*|anell\\w*|etui|portfel\\w*|stojak\\w*|naklejk\\w*|pierscien\\w*|czytnik\\w*)\\b',
    '\\b(?:pinautomaat|betaalautomaat|pasjeshouder\\w*|\\w*standaard(?:je)?s?|\\w*houder\\w*|\\w*bordjes?|kartlik\\w*|cuzdan\\w*|dompet|mesin\\s+edc|may\\s+pos)\\b',
    // vi: "kệ để điện thoại" (phone stand), "giá đỡ" (holder), "miếng dán" (sticker), "chỗ dán" (a spot to stick on).
    '\\b(?:ke\\s+(?:de|dung)\\s+dien\\s+thoai|gia\\s+do|mieng\\s+dan|cho\\s+dan|de\\s+dien\\s+thoai)\\b',
    '(?<![\\p{L}])(?:терминал\\p{L}*|картхолдер\\p{L}*|кошел[её]к\\p{L}*|подставк\\p{L}*|табличк\\p{L}*)',
    // zh, ja, ko
    '立牌|台卡|桌牌|摆台|擺台|展示架|展架|收款牌|贴纸|貼紙|卡套|卡包|钱包|錢包|收款机|收款機|收银机|收銀機|刷卡机|刷卡機|扫码枪|掃碼槍|pos机|スタンド|カードケース|決済端末|거치대|카드지갑|단말기',
  ].join('|'),
  'u',
);

/** What a listing says of the thing sold: a size, a material, a radio, a battery, a printer, a custom logo. */
export const LISTING_ATTRIBUTE = new RegExp(
  [
    '\\d\\s?(?:x|×)\\s?\\d|\\d\\s?(?:mm|cm|mah|inch|gb)\\b',
    // A wearable's or a screen's spec sheet: "1.96\" AMOLED", "IP68", "heart rate + SpO2".
    '\\d(?:\\.\\d+)?\\s?(?:"|”|″)|\\b(?:ip[4-9][0-9]|amoled|oled|lcd|tft|spo2|heart\\s+rate|blood\\s+oxygen|pedometer|step\\s+count\\w*)\\b',
    // vi: a spot to stick a code on, a card slot, the cashier's counter it is made for.
    '\\b(?:cho\\s+dan|khe\\s+(?:the|cam)|quay\\s+thu\\s+ngan)\\b',
    '\\b(?:nfc|rfid|4g|5g|wi-?fi|bluetooth|android|emv|moq|thermal|printers?|battery|acrylic|leather|pvc|aluminium|aluminum|stainless|double[-\\s]?sided?|custom(?:ised|ized)?\\s+logo|dimensions?|size|slots?)\\b',
    '\\b(?:impresora|impressora|imprimante|drucker|stampante|drukark\\w*|termic\\w*|thermique|bateria|batterie|batteria|akumulator\\w*|acrilico|acrylique|akryl\\w*|cuero|couro|cuir|leder|echtleder|kunstleder|pelle|similpelle|ecopelle|acryl|skor\\w*|dimensiones|dimensoes|tamano|tamanho|taille|grosse|emplacements?|ranuras?|compartiment\\w*|logo\\s+personali\\w*|personali[sz]\\w*)\\b',
    '(?<![\\p{L}])(?:аккумулятор\\p{L}*|принтер\\p{L}*|кож\\p{L}*|акрил\\p{L}*|размер\\p{L}*)',
    '亚克力|亞克力|材质|材質|尺寸|规格|規格|定制|定做|订制|訂製|双面|雙面|电池|電池|打印|毫米|厘米|英寸|サイズ|アクリル|インチ|사이즈|아크릴|인치',
  ].join('|'),
  'u',
);

/**
 * A word of use before the brand, beyond the devices' verbs of support: "for PayPal QR codes", "protège vos
 * cartes Visa", "can print Alipay codes", "可印微信收款码", "适用于支付宝".
 */
const PRODUCT_USE = new RegExp(
  [
    '\\b(?:for|para|pour|per|fur|voor|dla|do|protects?|blocks?|shields?|holds?|fits?|prints?|printed|printable|protege\\w*|bloque\\w*|protegge|schutzt|blockiert|chroni\\w*|blokuje|imprim\\w*|stampa\\w*|druck\\w*|nadruk\\w*)\\b',
    // vi: "chỗ dán mã QR …" (a spot to stick the QR of …), "in mã QR …" (prints the QR of …).
    '\\b(?:cho\\s+dan|de\\s+dan|in\\s+ma)\\b',
    '(?<![\\p{L}])(?:для|защищ\\p{L}*|блокир\\p{L}*)(?![\\p{L}])',
    '可印|印|可放|可装|可裝|可插|适用|適用|用于|用於|放置|保护|保護|防盗刷|防盜刷|対応|用',
  ].join('|'),
  'u',
);

/**
 * The sentence of a brand lists a payment product: its noun, an attribute of a listing, and (before the brand)
 * a word of use, a device's verb of support (`supportBefore`, tested by guards.ts) or the product's noun right after it.
 */
/**
 * False when no piece of the message can list a payment product: it holds none of the products' words
 * (literal-prefilter.ts), so the windows around each brand it names are not searched.
 */
export const mayListPaymentProduct = (tc: TextContext) => mayMatchInMessage(tc, PAYMENT_PRODUCT);

export function listsPaymentProduct(before: string, after: string, supportBefore: boolean): boolean {
  const sentence = `${before} ${after}`;
  return (
    PAYMENT_PRODUCT.test(sentence) &&
    LISTING_ATTRIBUTE.test(sentence) &&
    // "收款码立牌", "PayPal QR sign holder": the brand names the kind of product that follows it.
    (supportBefore || PRODUCT_USE.test(before) || PRODUCT_NAMED_AFTER.test(after))
  );
}

const PRODUCT_NAMED_AFTER = new RegExp(`^[^,;，；、。.!?]{0,12}?(?:${PAYMENT_PRODUCT.source})`, 'u');

/**
 * Words of a listing that read like a request out of it: "sans contact", "contactless" (a way of paying by card,
 * not of contacting), the nouns "pagamentos", "pagamenti" (payments the device takes, not "paga", pay) and
 * "hỗ trợ thanh toán" (supports payment by).
 */
export const LISTING_FEATURE_WORDS =
  /\b(?:(?:sans|sin|sem|senza|bez|ohne)\s+conta(?:c)?t\w*|contactless|kontaktlos\w*|zblizeniow\w*|temassiz|pagament[oi]s?|ho\s+tro\s+thanh\s+toan)\b|(?<![\p{L}])бесконтакт\p{L}*/gu;
