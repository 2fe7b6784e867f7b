/**
 * A value made to hang on what the supplier happens to hold: "if stock available", "if in stock", "tùy hàng có
 * sẵn", "ตามสต็อก", "재고 상황에 따라", "stok durumuna göre", "حسب المخزون". Whatever the line names before it (a
 * day, a grade, a calibre) is kept only when the stock allows, and the supplier alone knows the stock. Read as a
 * condition word governing a stock noun, in either order: a preposition before it ("according to", "tùy", "ตาม",
 * "حسب") or a postposition after it ("göre", "에 따라", "次第"), or "if" with the stock said to be there.
 */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

/** What the supplier holds: stock, inventory, availability, goods on hand. */
const STOCK_NOUN = [
  'stock(?: availability| situation| status| level)?',
  'inventory',
  'availability',
  'goods on hand',
  'existencias',
  'inventario',
  'disponibilidad',
  'disponibilité',
  'estoque',
  'disponibilidade',
  'Lager(?:bestand)?',
  'Verfügbarkeit',
  'magazzino',
  'disponibilità',
  'stok(?: durumu| durumuna)?',
  'stoğa',
  'stoka',
  'ketersediaan(?: stok)?',
  'persediaan',
  '(?:tình trạng )?(?:tồn kho|hàng có sẵn|hàng tồn|kho hàng|kho)',
  // Dutch and Polish: "voorraad", "beschikbaarheid", "dostępności", "stanu magazynowego", "zapasów".
  'voorraad',
  'beschikbaarheid',
  'dostępności',
  'stan(?:u|ów)? magazyn(?:u|owego|owych)',
  'zapas(?:u|ów)',
  'magazynu',
  // Vietnamese "nguồn hàng" (the supply on hand), Swedish "lager" and "vad som finns i lager" (what is in stock).
  'nguồn (?:hàng|cung)',
  'vad (?:som )?(?:finns|vi har) (?:i|på) lager',
  'lager(?:status|saldo|tillgång)?',
  'tillgång(?:en)?',
  // Romanian "stoc(ul)", "disponibilitate(a)"; Czech "sklad(u)", "zásob(y)"; Malay "stok".
  'stoc(?:ul|ului)?',
  'disponibilit(?:ate|atea|ății)',
  'skladu',
  'skladových zásob',
  'zásob(?:y|ách)?',
];
/** The preposition that hands the value to the stock. */
const BEFORE_NOUN = [
  // "depends stock", "depending fabric stock": the "on" is often dropped in suppliers' English.
  'depend(?:s|ing)?(?: on| upon)?',
  // "grade per availability": a bare "per" hands the value over as "as per" does.
  '(?:according to|based on|as per|per|subject to|in line with)',
  'seg[uú]n',
  'sujet[oa] a',
  'selon',
  'en fonction de',
  'je nach',
  'abhängig von',
  'conforme',
  'sujeit[oa] à',
  'de acordo com',
  'in base (?:a|al|alla)',
  'secondo',
  'tergantung(?: pada| dari)?',
  'bergantung(?: pada| kepada)?',
  'sesuai',
  'tùy(?: theo| vào)?',
  'theo',
  'phụ thuộc(?: vào)?',
  'afhankelijk van',
  'naargelang(?: van)?',
  'volgens',
  'op basis van',
  '(?:w )?zależności od',
  'zależnie od',
  'zgodnie ze?',
  'w miarę',
  'według',
  'beroende på',
  'enligt',
  'utifrån',
  'în funcție de',
  'conform',
  'dle',
  'podle',
  'v závislosti na',
  'ikut',
  'mengikut',
];
const ARTICLE = '(?:(?:the|our|your|current|el|la|le|les|o|a|der|dem|den|il|lo|de|het|onze) )?';
/** "if stock available", "if in stock", "if we have stock", "si hay stock", "nếu còn hàng": kept while it lasts. */
const IF_HELD = [
  'if (?:(?:the )?stock (?:is )?(?:available|allows?|permits?|ok)|in stock|(?:we|they|the factory) (?:have|has|got) (?:it |them )?(?:in )?stock|available in stock)',
  '(?:when|once|as long as|while) (?:(?:the )?stock (?:is )?(?:available|lasts?)|in stock|stocks? last)',
  'si (?:hay|tenemos|il y a|on a) (?:en )?(?:stock|existencias)',
  'si (?:disponible|en stock)',
  'se (?:houver|tiver(?:mos)?) (?:em )?estoque',
  'wenn (?:auf Lager|(?:der )?Lager(?:bestand)? (?:vorhanden|reicht|es erlaubt)|vorrätig)',
  'solange (?:der )?Vorrat reicht',
  'nếu (?:còn|có sẵn|có) (?:hàng|kho)',
  'khi có hàng',
  'stokta (?:varsa|olursa|mevcutsa)',
  'mevcut (?:duruma|stoğa|stoka) göre',
  '(?:jika|kalau|bila) (?:stok|barang) (?:ada|tersedia|ready)',
  '(?:indien|als|zolang) (?:(?:de )?voorraad (?:strekt|beschikbaar|het toelaat)|op voorraad|voorradig)',
  'i mån av (?:lager|tillgång)',
  '(?:jeśli|jeżeli|o ile) (?:(?:jest|są|będzie) )?(?:dostępn\\p{L}{1,3}|na stanie|w magazynie)',
];

/**
 * "depending on fabric stock availability", "according to the model in stock", "based on colours on hand": the goods
 * named between the condition and the stock ("depends fabric stock": with or without the "on"). Only after the condition words that cannot start a plain reference
 * ("per" and "theo" can: "per stock list" is a document).
 */
const GOODS_BETWEEN = String.raw`(?:depend(?:s|ing)?(?: on| upon)?|according to|based on|subject to|je nach|en fonction de|seg[uú]n|tergantung(?: pada)?|tùy(?: theo| vào)?) ${ARTICLE}(?:[\p{L}-]{2,20} ){1,2}(?:(?:in|on|from) ${ARTICLE}(?:stock|inventory|hand|warehouse)|stock(?: availability)?|availability|inventory|auf Lager|en stock|em estoque|en existencias)`;

export const STOCK_CONDITION = anyOf(
  latinWords([
    `(?:${BEFORE_NOUN.join('|')}) ${ARTICLE}(?:${STOCK_NOUN.join('|')})`,
    GOODS_BETWEEN,
    `(?:${STOCK_NOUN.join('|')}) (?:durumuna |durumu(?:na)? )?(?:göre|bağlı(?: olarak)?)`,
    ...IF_HELD,
  ]),
  // Arabic and Russian: "حسب المخزون", "بحسب التوفر", "إذا توفر المخزون", "в зависимости от наличия", "при наличии".
  scriptWords([
    '(?:حسب|بحسب|وفقا ل|وفقًا ل|بناء على|بناءً على)\\s?(?:ال)?(?:مخزون|توفر|توافر|متوفر|متاح)',
    'إذا (?:كان )?(?:(?:ال)?مخزون )?(?:متوفرا?|متاحا?|توفر(?: المخزون)?)',
    'в зависимости от (?:наличия|склада|остатков)',
    'по наличию',
    'при наличии(?: на складе)?',
    // Ukrainian "залежно від наявності (на складі)", "за наявністю"; Greek "ανάλογα με το απόθεμα"; Hebrew "בהתאם
    // למלאי", "לפי המלאי"; Persian "بسته به موجودی", "بسته به مدل موجود"; Urdu "اسٹاک کے مطابق"; Bengali "স্টক অনুযায়ী".
    '(?:в )?залежно(?:сті)? від (?:наявност\\p{L}|залишк\\p{L}{1,2}|складу|запасів)',
    'за наявн\\p{L}{2,4}',
    'при наявності',
    '(?:ανάλογα με|σύμφωνα με|βάσει) (?:το |τη |την )?(?:απόθεμα|διαθεσιμότητα)',
    '(?:בהתאם ל|לפי )ה?(?:מלאי|זמינות)',
    '(?:بسته به|بر اساس|طبق|مطابق(?: با)?) (?:[^\\s،,]{1,12} ){0,2}(?:موجودی|انبار|موجود)',
    '(?:اسٹاک|دستیابی) (?:کے مطابق|پر منحصر)',
    '(?:স্টক|মজুদ)(?:ের)? (?:অনুযা(?:য়|য়)ী|অনুসারে|সাপেক্ষে|উপর নির্ভর করে)',
    // Ukrainian: "залежно від наявності тканини на складі", "за наявності", "в залежності від залишків".
    'за наявності(?: на складі)?',
    'по наявності',
    // Persian: "بسته به موجودی", "بسته به مدل موجود در انبار", "بر اساس موجودی انبار", "در صورت موجود بودن".
    '(?:بسته به|بر اساس|طبق|با توجه به)\\s(?:[\\p{L}\\u200c]{2,15}\\s){0,2}(?:موجودی|موجود\\sدر\\sانبار|انبار)',
    'در صورت (?:موجود بودن|وجود موجودی)',
  ]),
  // Hungarian puts the postposition after the noun: "készlettől függően", "készlet szerint", "raktárkészlet alapján".
  latinWords(['(?:raktár)?készlet(?:től függően| szerint| alapján|en lévő)', 'raktártól függően']),
  // Thai, Korean, Japanese and Chinese write the condition against the noun: "ตามสต็อก", "แล้วแต่สต๊อก",
  // "재고 상황에 따라", "재고 있을 시", "在庫次第", "视库存而定", "有库存的话".
  cjk([
    '(?:ตาม|แล้วแต่|ขึ้นอยู่กับ)\\s?(?:สต็อก|สต๊อก|สินค้าคงคลัง|ของที่มี|สินค้าที่มี)',
    '재고\\s?(?:상황|여부|현황|유무)?\\s?(?:에\\s?)?따라',
    '재고\\s?(?:가|이)?\\s?(?:있을\\s?(?:시|경우|때)|있으면)',
    '在庫(?:状況)?(?:次第|により|によって|による|があれば)',
    '(?:视|看|按|根据|依)库存(?:情况)?(?:而定)?',
    '有(?:库存|现货)(?:的话|就)',
    '以库存为准',
  ]),
);
