/**
 * The nine attributes a specification line can talk about, their public rule
 * ids, and the label words a supplier or buyer writes in front of a value
 * ("Colour:", "尺寸：", "Verpackung:").
 */
import type { PageRuleId } from '../rules/ids';
import { FOAM_LABELS } from './foam-grade';
import { PALLET_LABELS } from './pallet-load';
import { cjk, latinWords, scriptWords } from './patterns';

export const ATTRIBUTES = [
  'color',
  'size',
  'material',
  'weight',
  'quantity',
  'packaging',
  'shipDate',
  'customization',
  // Performance claims ("large capacity", "waterproof") are found by their words, not by a label of their own:
  // labelling a clause "performance" would change what the other detectors read in it.
  'performance',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];
/** The attributes a clause's label can name. */
export const LABELLED_ATTRIBUTES = ATTRIBUTES.filter((a) => a !== 'performance') as Exclude<
  Attribute,
  'performance'
>[];
export type LabelledAttribute = Exclude<Attribute, 'performance'>;

export const VAGUE_RULE: Record<Attribute, PageRuleId> = {
  color: 'vague-color',
  size: 'vague-size',
  material: 'vague-material',
  weight: 'vague-weight',
  quantity: 'vague-quantity',
  packaging: 'vague-packaging',
  shipDate: 'vague-ship-date',
  customization: 'vague-customization',
  performance: 'vague-performance',
};
export const VAGUE_RULES = ATTRIBUTES.map((a) => VAGUE_RULE[a]);

/**
 * "Solidez del color:", "Solidité des couleurs :", "Ketahanan warna:", "Trwałość koloru:": the colour word is the
 * object of a fastness test, and the field holds the test's grade, not a colour. Checked after the colour word (a
 * look-behind at its end), so it runs only where a colour word stands, not at every position of the line.
 */
const NOT_AFTER_FASTNESS = String.raw`(?<!(?:solidez|solidité|tenue|solidità|ketahanan|trwałość|bền|stabilità)\s(?:(?:del|de la|de|des|da|do|della|dei|dos|das)\s)?\p{L}+)`;

/** Words that, before a colon, name the attribute of the value after it. */
const COLON_LABELS: Record<LabelledAttribute, string[]> = {
  color: [
    latinWords([
      // "Size breakdown per colour:", "Qty by color:": the colour qualifies what the label counts; it is not the colour.
      `(?<!(?:per|each|by|every|por|par|pro) )colou?rs?${NOT_AFTER_FASTNESS}(?! (?:temperature|fastness|rendering|difference|tolerance|gamut|mode|card|box))`,
      `(?<!(?:por|cada) )colores?${NOT_AFTER_FASTNESS}`,
      `(?<!(?:par|chaque) )couleurs?${NOT_AFTER_FASTNESS}`,
      // "Lipstick shade:", "Nail polish shade:": the colour of a cosmetic, a thread or a yarn. Only these: "Tile shade:"
      // or "Foundation shade:" head a shade-consistency or sample-match clause our real sheets write precisely, and a
      // lampshade or a shade net is a part or a share of light kept out.
      `(?<=\\b(?:lipstick|lip|gloss|nail|polish|lacquer|eyeshadow|blush|thread|yarn) )shade(?=\\s{0,2}$)`,
      // French "Coloris :" and "Teinte :" head the colour of an order line as "Couleur :" does.
      'coloris',
      // "Pantone: 186 C", "PMS: 2945", "Pantone: close to customer reference": the field holds the colour's code. Only as
      // the whole label (the text before the colon): "Colour: black, Pantone Black 6 C" has its code after the label.
      'pantone(?=\\s{0,2}$)',
      'PMS(?=\\s{0,2}$)',
      'teintes?',
      'Farben?',
      `cor(?:es)?${NOT_AFTER_FASTNESS}`,
      `colori${NOT_AFTER_FASTNESS}`,
    ]),
    // Polish, Russian and Japanese labels ("Kolor:", "Цвет:", "色：", "カラー："); Polish declines the label after
    // another noun ("Wybór koloru:", "Dostępne kolory:").
    latinWords([`kolor(?:y|u|ów)?${NOT_AFTER_FASTNESS}`, `barwy${NOT_AFTER_FASTNESS}`]),
    // Dutch: "Kleur:", "Kleuren:".
    latinWords(['kleur(?:en)?']),
    // Czech: "Barva:", "Barevnost:", "Odstín:" (shade).
    latinWords([`barv(?:a|y|evnost)${NOT_AFTER_FASTNESS}`, 'odstín']),
    // Turkish and Vietnamese ("Renk:", "Màu sắc:").
    latinWords(['renk(?:ler)?(?! haslığı)', `màu(?: sắc)?${NOT_AFTER_FASTNESS}`]),
    // Indonesian and Malay ("Warna: hitam").
    latinWords([`warna${NOT_AFTER_FASTNESS}`]),
    scriptWords(['цвета?', 'расцветка']),
    cjk([
      '颜色',
      '顏色',
      '色号',
      '色彩',
      '配色', // The label is read from the text before its colon, so the colon may already be cut off.
      '(?<![\\p{L}\\p{N}])色(?=\\s{0,2}(?:[:：]|$))',
      // "パッケージの色：", "本体の色：", "外箱色：": the colour of a named part.
      '[\\p{Script=Katakana}ー]{2,10}の色(?=\\s{0,2}(?:[:：]|$))',
      '(?:本体|外箱|箱|袋|包装|容器|キャップ|ボトル|ケース)の?色(?=\\s{0,2}(?:[:：]|$))',
      'カラー',
    ]),
  ],
  size: [
    latinWords([
      // "Pairs per size:", "Cantidad por talla:": the size qualifies what is counted, as "per colour" does.
      '(?<!(?:per|each|by|every) )sizes?(?! chart)',
      'size chart',
      'dimensions?',
      'measurements?',
      'length',
      'width',
      'height',
      'depth',
      'diameter',
      'thickness',
      'tamaño',
      '(?<!(?:por|cada) )tallas?',
      '(?<!(?:por|cada) )talles?',
      'medidas?',
      'dimensiones',
      'taille',
      'longueur',
      'largeur',
      'hauteur',
      'Größen?',
      'Maße',
      'Abmessungen',
      // Indonesian and Malay ("Ukuran: 30 x 20 cm").
      'ukuran',
      'Länge',
      'Breite',
      'Höhe',
      'tamanho',
      'comprimento',
      'largura',
      'altura',
      'dimensioni',
      'misure?',
      'taglia',
      'lunghezza',
      'larghezza',
      'altezza',
      'diametro',
      'spessore',
    ]),
    latinWords(['wymiar(?:y|ów)?', 'rozmiar(?:y|u|ów)?']),
    // Czech: "Velikost:", "Rozměry:", "Délka:", "Šířka:", "Výška:", "Tloušťka:", "Průměr:".
    latinWords([
      'velikost(?:i)?',
      'rozměr(?:y)?',
      'délka',
      'šířka',
      'výška',
      'tloušťka',
      'průměr',
      'hloubka',
    ]),
    // Dutch and Vietnamese: "Afmetingen:", "Maat:", "Kích thước:".
    latinWords(['maat', 'maten', 'afmeting(?:en)?', 'formaat', 'dikte', 'kích thước', 'kích cỡ']),
    // A thickness, length, width or diameter in the other languages read ("Grosor:", "Grubość:", "Kalınlık:",
    // "Độ dày:"), as "Thickness:" is in English: a value under them is one measure of the goods.
    latinWords([
      'grosor',
      'espesor',
      'largo',
      'ancho',
      'longitud',
      'anchura',
      'diámetro',
      'profundidad',
      'épaisseur',
      'diamètre',
      'profondeur',
      'Dicke',
      'Durchmesser',
      'Tiefe',
      'espessura',
      'diâmetro',
      'profundidade',
      'grubość',
      'długość',
      'szerokość',
      'wysokość',
      'średnica',
      'głębokość',
      'kalınlık',
      'uzunluk',
      'genişlik',
      'yükseklik',
      'çap',
      'derinlik',
      'boyut(?:lar)?',
      // Shoes and clothes are sized by a numbered scale: Portuguese and Spanish label it "Numeração:" /
      // "Numeración:", French "Pointure:" (a shoe's size).
      'numera[çc][ãa]o',
      'numeraci[óo]n',
      'pointures?',
      // Turkish "Ebat:" / "Ebatlar:" is the size field as often as "Boyut:".
      'ebat(?:lar)?(?:ı)?',
      'ketebalan',
      'tebal',
      'panjang',
      'lebar',
      'kedalaman',
      'độ dày',
      'chiều (?:dài|rộng|cao|sâu)',
      'đường kính',
      'lengte',
      'breedte',
      'hoogte',
      'diepte',
    ]),
    scriptWords(['размеры?', 'габариты', 'толщина', 'длина', 'ширина', 'высота', 'диаметр', 'глубина']),
    cjk(['尺寸', '尺码', '大小', '长度', '宽度', '高度', '直径', '厚度', 'サイズ', '寸法']),
    // A screw thread is a size ("螺纹：M8", "ねじ：M8", "スレッド：M8 x 1.25"): its own field after a colour, not the
    // colour's value.
    cjk(['螺纹(?:规格)?', '螺紋', 'ねじ(?:径|サイズ)?', 'ネジ(?:径|サイズ)?', 'スレッド']),
  ],
  material: [
    latinWords([
      'materials?(?! test)',
      'fabric',
      'composition',
      'quality',
      'grade',
      'calidad',
      'matériaux?',
      'matière',
      'qualité',
      'Werkstoff',
      // German names a fabric by its place on the goods: "Bezugsstoff" (cover), "Oberstoff" (shell), "Futterstoff".
      '(?:Bezugs|Ober|Futter|Möbel|Polster|Außen|Innen)?stoff',
      'Qualität',
      'qualidade',
      // The thread or yarn of an embroidery or a seam is a material of its own ("Embroidery thread: Isacord 40").
      '(?:embroidery |sewing )?threads?',
      'yarns?',
      // "Hilo: grueso", "Garn:", "Fio de costura:", "Benang:": the same thread or yarn label in other languages.
      'hilos?(?: de (?:coser|bordar|costura))?',
      '(?:Näh|Stick)?(?:garn|faden)',
      'Garn',
      'fios?(?: de (?:costura|bordar))?',
      'filat[oi]',
      'benang(?: jahit)?',
      'materiale',
      'materiali',
      'tessuto',
      'composizione',
      'qualità',
    ]),
    // Turkish, Polish and Russian sheets label the material and its quality the same way: "Kalite: birinci sınıf";
    // "Качество:", "品質：" (the Japanese form of 品质): the quality label, as "Quality:" is in English.
    latinWords([
      'materiał(?:u|y)?',
      'tworzyw(?:o|a)(?: sztuczne)?',
      'surowiec',
      'tkanin(?:a|y)',
      'jakość',
      'malzeme',
      'kalite',
    ]),
    // Dutch and Vietnamese: "Materiaal:", "Stof:", "Chất liệu:", "Vật liệu:".
    latinWords(['materiaal', 'stof', 'samenstelling', 'chất liệu', 'vật liệu']),
    // Czech: "Materiál:", "Látka:" (fabric), "Složení:" (composition), "Kvalita:" (the quality label, as "Quality:").
    latinWords(['materiál', 'látka', 'složení', 'kvalita']),
    // Indonesian and Malay ("Bahan: katun").
    latinWords(['bahan']),
    // The quality label of Indonesian, Malay, Vietnamese and Dutch sheets ("Kualitas: bagus", "Chất lượng: tốt",
    // "Kwaliteit: goed"), read as "Quality:" is in English.
    latinWords(['kualitas', 'kualiti', 'mutu', 'chất lượng', 'kwaliteit']),
    scriptWords(['материал', 'ткань', 'состав', 'качество']),
    cjk(['材质', '材料', '面料', '原料', '品质', '质量', '素材', '材質', '表地', '生地', '品質']),
    // "Espuma:", "Foam:", "海绵：": the foam named as the label's head noun is the part's material.
    ...FOAM_LABELS,
  ],
  weight: [
    // Not the order an ingredient list or a composition is given in: "Ingredients in descending order of weight:",
    // "Composition by weight:", "en orden decreciente de peso", "par ordre décroissant de poids" name how the list
    // is sorted or reckoned, and what follows is the list, not a weight.
    `(?<!(?:${latinWords(['descending', 'ascending', 'decreasing', 'increasing', 'order of', 'by', 'per', 'decreciente de', 'creciente de', 'décroissant de', 'croissant de', 'decrescente de', 'crescente de', 'decrescente di', 'nach absteigendem', 'nach'])})\\s{1,2})(?:${latinWords(['weight', 'N\\.?W\\.?', 'G\\.?W\\.?', 'peso', 'poids', 'Gewicht', 'peso (?:netto|lordo)'])})`,
    // The weight labels of the other languages read: "Berat:", "Waga:", "Ağırlık:", "Trọng lượng:".
    latinWords([
      'berat(?: bersih| kotor)?',
      'waga(?: netto| brutto)?',
      'ciężar',
      'a[gğ][ıi]rl[ıi]k',
      'trọng lượng',
      'khối lượng',
      // Dutch: "Gewicht:" is German's word too; "Nettogewicht:", "Brutogewicht:".
      '(?:netto|bruto)gewicht',
    ]),
    // Czech: "Hmotnost:", "Váha:".
    latinWords(['hmotnost(?: netto| brutto)?', 'váha']),
    // Dutch and German build a weight's kind into one word whose head is "gewicht": "Vulgewicht:" (fill weight),
    // "Füllgewicht:", "Stückgewicht:", "Leergewicht:". The head noun names the field, as "Gewicht:" alone does. Only
    // before its colon: in running text ("Inhalt und Bruttogewicht auf jedem Karton") the word names a mark's field.
    `${latinWords(['\\p{L}{2,12}gewicht'])}(?=\\s{0,2}(?:[:：]|$))`,
    // A cloth's or a paper's weight per area labelled as such: "Gramatura:", "Gramaj:", "Grammage:", "Gramaje:",
    // "Grammatur:" (the field 克重 and "GSM" name in Chinese and English sheets).
    latinWords(['gramatura', 'gramaj', 'grammage', 'gramaje', 'grammatur', 'gramatuur']),
    cjk(['重量', '净重', '毛重', '克重', '单重']),
  ],
  quantity: [
    latinWords([
      'quantity',
      'qty',
      "q'ty",
      'cantidad',
      'quantité',
      'Menge',
      'Stückzahl',
      'quantidade',
      'quantità',
      'qtà',
      // Listing attributes: "Unit count: multipack", "Number of items: 6".
      'unit count',
      'number of (?:items|units|pieces)',
      'ilość',
      'liczba sztuk',
      // The quantity to be delivered, as printers and promotional-goods makers label it.
      'Liefermenge',
      'Auflage',
      'miktar',
      'số lượng',
      // Dutch: "Aantal:", "Hoeveelheid:".
      'aantal',
      'hoeveelheid',
      // Czech: "Množství:", "Počet kusů:".
      'množství',
      'počet kusů',
    ]),
    scriptWords(['количество', 'кол-во']),
    cjk(['数量', '订量', '订货量']),
  ],
  packaging: [
    latinWords([
      'shipping marks?',
      'carton marks?',
      // "Marquage carton :", "Kartonbeschriftung:", "Marcatura cartoni:": the marks on the outer packs, as "carton
      // marks" is; not a print on the goods (a bare "Marquage :" stays the customization label).
      'marquages? (?:des |du |de |sur (?:les? )?)?(?:cartons?|colis|caisses?|emballages?)',
      'Karton(?:markierung|beschriftung|kennzeichnung)(?:en)?',
      'marcatura (?:dei |del |sui |sul )?(?:cartoni|cartone|colli|imballi)',
      'marca[cç](?:ão|ões) (?:das |de |nas )?caixas',
      'marcaje de (?:las )?cajas',
      'oznaczenie kartonów',
      // "Hardware pack: 6 bolts …", "Battery pack: 2S 7.4 V": a part made of pieces, not the goods' packing; a garment's
      // "tech pack" is its specification document.
      '(?<!(?:hardware|accessory|accessories|battery|power|ice|gel|fitting|fittings|screw|spare parts?|refill|value|multi|six|twin|jet|tech)[ -])pack(?:ing|aging)?(?! list)',
      // "LED package: Samsung LM301B", "IC package: SOP-8": the housing of a component, not the goods' packing.
      '(?<!(?:LED|IC|chip|SMD|diode|component|semiconductor|lamp) )package(?! (?:includes|contents|type: ?(?:SMD|SOP|QFN|DIP|SOT)))',
      'embalaje',
      'empaque',
      'emballage',
      'conditionnement',
      'Verpackung',
      'embalagem',
      'imballo',
      'imballaggio',
      'confezione',
      'confezionamento',
    ]),
    // Polish declines the label after another noun: "Szczegóły pakowania:", "Rodzaj opakowania:".
    latinWords(['(?:o)?pakowani(?:e|a|u)', 'ambalaj', 'paketleme', '(?:quy cách )?đóng gói']),
    // Dutch: "Verpakking:".
    latinWords(['verpakking']),
    // Indonesian and Malay ("Kemasan: polybag").
    latinWords(['kemasan']),
    // Czech: "Balení:", "Obal:", "Způsob balení:".
    latinWords(['(?:způsob )?balení', 'obal']),
    scriptWords(['упаковка']),
    cjk(['包装(?!清单)', '装箱方式', '梱包', '包装形態']),
  ],
  shipDate: [
    latinWords([
      'ship(?:ping|ment)?(?: date| time)?',
      'delivery(?: date| time)?',
      'lead[ -]time',
      // "L/T: 25-30 days", "Order L/T": lead time in PI and listing shorthand.
      'L/T',
      // "Production capacity: 300 kg/h" is a machine's output, not when the order is made.
      'production(?: time)?(?! (?:capacity|output|rate|efficiency|volume|line|process|method|speed))',
      'dispatch',
      'ET[AD]',
      'envío',
      'entrega',
      'embarque',
      'fecha de (?:envío|entrega|embarque)',
      'plazo de entrega',
      'livraison',
      'expédition',
      "date d[’']expédition",
      'délai',
      'Lieferung',
      'Liefertermin',
      'Lieferzeit',
      'Versand',
      'envio',
      'data de (?:embarque|entrega|envio)',
      'prazo de (?:entrega|produção|produçao|embarque)',
      'plazo de (?:producción|fabricación)',
      'délai de (?:production|fabrication)',
      'Produktionszeit',
      'consegna',
      'spedizione',
      'data di (?:consegna|spedizione)',
      'tempi di (?:consegna|produzione|spedizione)',
      'termine di consegna',
      // "Tiempo de fabricación: 6 a 8 semanas": the time to make the goods is a lead time too.
      '(?:tiempo|tempo) de (?:entrega|fabricación|fabricação|producción|produção)',
      // "Due date: …" on RFQ forms.
      'due date',
      'termin (?:dostawy|realizacji|wysyłki)',
      // Time to make the goods, and the bare "deadline" labels of order forms.
      'Produktion',
      '(?:Fertigungs|Herstellungs)zeit',
      'czas realizacji',
      // "Dostawa: sierpień", "Wysyłka: do 15 maja": Polish delivery and dispatch labels.
      'dostawa',
      'wysyłka',
      // Not the payment's term: "Termin płatności", "Prazo de pagamento", "Plazo de pago".
      'termin(?! (?:płatności|zapłaty))',
      'prazo(?! de pagamento)',
      'plazo(?! de pago)',
      'teslim(?:at)?(?: süresi| tarihi)?',
      'sevk(?:iyat)?(?: tarihi)?',
      '(?:thời gian )?giao hàng',
      // Indonesian and Malay: "Waktu pengiriman:", "Pengiriman:", "Waktu produksi:".
      '(?:waktu |tempoh |masa )?(?:pengiriman|penghantaran|produksi|pengeluaran)',
      // Dutch: "Levertijd:", "Leverdatum:", "Levering:", "Verzending:", "Productietijd:".
      'lever(?:tijd|datum|ing)',
      'verzend(?:ing|datum)',
      'productietijd',
      // Czech: "Dodací lhůta:", "Termín dodání:", "Doba dodání:", "Dodání:", "Expedice:", "Doba výroby:".
      'dodací (?:lhůta|termín|doba)',
      '(?:termín|doba|datum) (?:dodání|dodávky|expedice|výroby|odeslání)',
      'dodání',
      'expedice',
    ]),
    // "Отгрузка:", "Поставка:": the dispatch and delivery labels, as "Dostawa:" and "Teslimat:" are.
    scriptWords([
      'срок(?:и)? (?:поставки|отгрузки|производства|изготовления)',
      'дата отгрузки',
      'отгрузка',
      'поставка',
    ]),
    cjk(['交货期', '交期', '货期', '交货日期', '发货', '出货', '交货', '船期', '生产周期', '納期', '出荷日']),
  ],
  customization: [
    latinWords([
      'logos?',
      'log[oó]tipos?',
      'artwork',
      // "Design life: 25 years" is a service life, the performance rule's, not a design to supply.
      'design(?! life)',
      'print(?:ing)?(?: method)?',
      'screen printing(?: ink)?',
      'engraving',
      'embroidery',
      'OEM',
      'customi[sz]ation',
      'personalizzazione',
      // "Personalisierung:", "Personalización:", "Personnalisation:": the customisation label in the other languages.
      'Personalisierung',
      'Individualisierung',
      'personali[sz]aci[óo]n',
      'personnalisation',
      'personaliza[çc][ãa]o',
      'stampa',
      'incisione',
      'ricamo',
      // Printing and marking as the other languages label them.
      'Druck',
      'Aufdruck',
      'Bedruckung',
      'marquage',
      'marcaje',
      'estampa',
      'nadruk',
      'baskı',
      // Dutch: "Bedrukking:", "Opdruk:".
      'bedrukking',
      'opdruk',
    ]),
    scriptWords(['нанесение', 'печать']),
    cjk(['定制', '印刷', '丝印']),
  ],
};

/** Adds one language's label words to every attribute's colon labels, each attribute's words made one pattern. */
function addColonLabels(
  table: Partial<Record<LabelledAttribute, string[]>>,
  toPattern: (words: string[]) => string,
): void {
  for (const attribute of Object.keys(table) as LabelledAttribute[])
    COLON_LABELS[attribute].push(toPattern(table[attribute] ?? []));
}

/**
 * Labels trusted even without a colon, at the very start of a clause
 * ("Colour same as sample", "Lead time 30 days", "颜色按样品"). Kept narrower
 * than COLON_LABELS: "Shipping via the Red Sea…" is a sentence, not a label.
 */
const BARE_LABELS: Record<LabelledAttribute, string[]> = {
  color: COLON_LABELS.color,
  size: COLON_LABELS.size,
  material: [
    latinWords([
      'materials?(?! test)',
      // "FIFA Quality stamp", "quality mark", "quality seal": a certification mark the goods carry, not the material.
      '(?<!\\bFIFA )quality(?! (?:inspection|control|check|stamp|seal|mark|certifi\\w*|approv\\w*|pro)\\b)',
      // "Fabric weight 180 gsm", "fabric width 150 cm": the fabric's weight or width, read under its own label.
      'fabric(?! (?:weight|width|gsm|density)\\b)',
      'materiale',
    ]),
    scriptWords(['качество']),
    // "…, якість висока", "…, minőség: kiváló", "…, ποιότητα άριστη": the quality word opening a clause in the
    // languages added with Hungarian, Swedish, Greek, Hebrew and Ukrainian, as "quality" does in English.
    latinWords(['minőség(?:e)?', 'kvalitet(?:en)?']),
    scriptWords(['якість', 'ποιότητα']),
    '(?<![\\p{Script=Hebrew}])(?:ו?ה)?איכות(?![\\p{Script=Hebrew}])',
    '(?<![\\p{Script=Arabic}])و?(?:ال)?جودة(?![\\p{Script=Arabic}])',
    cjk(['材质', '材料', '面料', '质量', '品质']),
  ],
  weight: COLON_LABELS.weight,
  quantity: COLON_LABELS.quantity,
  packaging: COLON_LABELS.packaging,
  shipDate: [
    latinWords([
      'lead[ -]time',
      'production time',
      'delivery time',
      'delivery date',
      'ship(?:ping|ment)? date',
      'tempi di consegna',
      'data di (?:consegna|spedizione)',
    ]),
    cjk(['交货期', '交期', '货期', '交货日期', '生产周期', '生产时间']),
  ],
  customization: [
    latinWords(['logos?', 'logotipo', 'artwork', 'engraving', 'embroidery', 'personalizzazione']),
  ],
};

/**
 * Korean order-sheet labels (발주서, 사양서): "색상:", "납기:", "포장:". Hangul has no Latin word boundary, so
 * the label must not continue a longer Hangul word ("포장재 …" is still packaging; "미포장" is not a label).
 */
const KOREAN_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['색상', '색깔', '컬러'],
  // "두께:" (thickness), "길이:", "폭:", "높이:": one dimension is a size as "Thickness:" is.
  size: ['사이즈', '크기', '치수', '규격', '두께', '길이', '폭', '너비', '높이', '지름'],
  material: ['재질', '소재', '원단', '품질(?!\\s?보증)'],
  weight: ['중량', '무게'],
  quantity: ['수량'],
  packaging: ['포장(?:재|\\s?방법|\\s?사양)?', '외박스', '단상자'],
  shipDate: ['납기(?:일)?', '출고일', '선적일', '입고일', '배송(?:일|\\s?기간)?', '발송(?:일)?'],
  customization: ['로고'],
};
addColonLabels(KOREAN_LABELS, (words) => `(?<![\\p{Script=Hangul}])(?:${words.join('|')})`);

/**
 * Arabic order-sheet labels: "اللون:", "المقاس:", "مدة التسليم:". Written with or without the article "ال"; bounded by
 * Arabic letters as Hangul labels are by Hangul ("التغليف" is a label, "بالتغليف" inside a sentence is not).
 */
const ARABIC_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['(?:ال)?لون', '(?:ال)?ألوان', '(?:ال)?الوان'],
  size: ['(?:ال)?مقاس(?:ات)?', '(?:ال)?حجم', '(?:ال)?أبعاد', '(?:ال)?ابعاد', '(?:ال)?سماكة', '(?:ال)?طول'],
  material: ['(?:ال)?مادة(?: الخام)?', '(?:ال)?خامة', '(?:ال)?خامات', '(?:ال)?مواد', '(?:ال)?جودة'],
  weight: ['(?:ال)?وزن(?: الصافي| القائم)?'],
  quantity: ['(?:ال)?كمية'],
  packaging: ['(?:ال)?تغليف', '(?:ال)?تعبئة(?: والتغليف)?'],
  shipDate: [
    '(?:مدة|موعد|وقت|تاريخ)\\s(?:ال)?(?:تسليم|شحن|توريد|تصنيع|إنتاج|انتاج)',
    '(?:ال)?تسليم',
    '(?:ال)?شحن',
  ],
  customization: ['(?:ال)?شعار', '(?:ال)?لوغو', '(?:ال)?لوجو', '(?:ال)?طباعة'],
};
// "والتغليف حسب الطلب" (and the packing …): the conjunction "و" is written onto the label, as the article is.
addColonLabels(
  ARABIC_LABELS,
  (words) => `(?<![\\p{Script=Arabic}])و?(?:${words.join('|')})(?![\\p{Script=Arabic}])`,
);

/**
 * Hungarian and Swedish sheets ("Szín:", "Anyaga:", "Csomagolás:", "Szállítási határidő:"; "Färg:", "Storlek:",
 * "Förpackning:", "Leveranstid:"). Hungarian adds the possessive "-a/-e/-ja/-je" to a label that names the product's
 * own attribute ("Színe:", "Mérete:", "Súlya:"), so the suffix is part of the label.
 */
const HUNGARIAN_SWEDISH_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['színe?k?', 'színárnyalat', 'színválaszték', 'färg(?:er)?', 'kulör(?:er)?', 'färgställning'],
  size: [
    'méret(?:e|ek|ei)?',
    'hosszúság(?:a)?',
    'hossza',
    'szélesség(?:e)?',
    'magasság(?:a)?',
    'vastagság(?:a)?',
    'átmérő(?:je)?',
    'mélység(?:e)?',
    'storlek(?:ar)?',
    'mått',
    'dimension(?:er)?',
    'längd',
    'bredd',
    'höjd',
    'tjocklek',
    'djup',
  ],
  material: [
    'anyag(?:a|ok)?',
    'alapanyag(?:a)?',
    'anyagminőség',
    'összetétel(?:e)?',
    'minőség(?:e)?',
    'tyg',
    'sammansättning',
    'kvalitet',
  ],
  weight: ['súly(?:a)?', 'tömeg(?:e)?', '(?:nettó|bruttó) (?:súly|tömeg)', 'vikt', '(?:netto|brutto)vikt'],
  quantity: ['mennyiség', 'darabszám', 'antal', 'kvantitet', 'mängd'],
  packaging: ['csomagolás(?:a|i mód)?', 'kiszerelés', 'förpackning(?:ar)?', 'packning', 'emballering'],
  shipDate: [
    // Not the cost of the shipment: "Szállítási költség:", "Fraktkostnad:".
    'szállítás(?:i (?:határidő|idő|dátum|időpont))?(?! ?költség)',
    'kiszállítás',
    '(?:gyártási|átfutási) (?:idő|határidő)',
    'leszállítás(?:i (?:határidő|idő|dátum|időpont))?',
    // A bare "Határidő:" opening the field is the delivery deadline; after another word it is that word's deadline:
    // "Fizetési határidő" (payment), "Ajánlat érvényességi határidő" (offer validity), "Reklamációs határidő" (claims).
    '(?<!\\p{L}[\\s-]{1,3})határidő',
    'leverans(?:tid|datum|vecka)?(?!kostnad)',
    'ledtid',
    'produktionstid',
    'utleverans',
  ],
  customization: [
    'logó',
    'nyomtatás',
    'gravírozás',
    'hímzés',
    'testreszabás',
    'logotyp(?:er)?',
    'logga',
    'tryck',
    'gravyr',
    'brodyr',
  ],
};
addColonLabels(HUNGARIAN_SWEDISH_LABELS, latinWords);

/** Romanian sheets: "Culoare:", "Dimensiuni:", "Ambalare:", "Termen de livrare:" (with or without the article "-a/-ul"). */
const ROMANIAN_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['culoare(?:a)?', 'culori(?:le)?', 'nuanț(?:a|ă)'],
  size: [
    'mărime(?:a)?',
    'dimensiun(?:e|ea|i|ile)',
    'lungime(?:a)?',
    'lățime(?:a)?',
    'înălțime(?:a)?',
    'grosime(?:a)?',
    'diametru(?:l)?',
  ],
  material: ['material(?:ul)?', 'țesătur(?:a|ă)', 'compoziți(?:e|a)', 'calitate(?:a)?'],
  // Not Indonesian and Malay "masa simpan" (shelf life), "masa garansi", "masa berlaku": "masa" there is a period.
  weight: [
    'greutate(?:a)?(?: netă| brută)?',
    'masa(?!\\s+(?:simpan|penyimpanan|pakai|berlaku|garansi|jaminan|kedaluwarsa|kadaluarsa|kadaluwarsa|tahan|guna|aktif|tenggang|produksi|pengiriman|tunggu|sewa|kontrak))',
  ],
  quantity: ['cantitate(?:a)?'],
  packaging: ['ambalare(?:a)?', 'ambalaj(?:ul)?', 'împachetare(?:a)?'],
  shipDate: [
    'livrare(?:a)?',
    '(?:termen(?:ul)?|timp(?:ul)?|data) (?:de )?(?:livrare|livrării|expediere|expedierii|producție|fabricație)',
    'expediere(?:a)?',
  ],
  customization: ['imprimare(?:a)?', 'gravare(?:a)?', 'broderie', 'personalizare(?:a)?'],
};
addColonLabels(ROMANIAN_LABELS, latinWords);

/**
 * Greek and Ukrainian labels ("Χρώμα:", "Συσκευασία:", "Αποστολή:"; "Колір:", "Матеріал:", "Термін поставки:"),
 * bounded by letters of any script: Greek and Cyrillic write spaces between words.
 */
const GREEK_UKRAINIAN_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['χρώμα(?:τα)?', 'απόχρωση', 'колір', 'кольор(?:и|у)', 'забарвлення'],
  size: [
    'μέγεθος',
    'μεγέθη',
    'διαστάσεις',
    'μήκος',
    'πλάτος',
    'ύψος',
    'πάχος',
    'διάμετρος',
    'βάθος',
    'розмір(?:и)?',
    'габарити',
    'довжина',
    'ширина',
    'висота',
    'товщина',
    'діаметр',
    'глибина',
  ],
  // Ukrainian "Склад:" is read by COMPOSITION_LABEL_BEFORE_FIBRES: it also names a warehouse.
  material: ['υλικ(?:ό|ά)', 'ύφασμα', 'σύνθεση', 'ποιότητα', 'матеріал(?:и)?', 'тканина', 'якість'],
  weight: ['βάρος', '(?:καθαρό|μικτό) βάρος', 'вага(?: нетто| брутто)?', 'маса'],
  quantity: ['ποσότητα', 'кількість'],
  packaging: ['συσκευασία', 'пакування', 'упаковка'],
  shipDate: [
    'αποστολή',
    'παράδοση',
    '(?:χρόνος|ημερομηνία|προθεσμία) (?:παράδοσης|αποστολής|παραγωγής)',
    'доставка',
    'відвантаження',
    'відправка',
    '(?:термін|строк)(?:и)? (?:поставки|доставки|відвантаження|виготовлення|виробництва)',
    'дата (?:відвантаження|поставки|відправки)',
  ],
  customization: [
    'λογότυπο',
    'εκτύπωση',
    'χάραξη',
    'κέντημα',
    'логотип',
    'нанесення',
    'друк',
    'гравіювання',
    'вишивка',
  ],
};
addColonLabels(GREEK_UKRAINIAN_LABELS, scriptWords);

/**
 * Hebrew labels ("צבע:", "חומר:", "אריזה:", "זמן אספקה:"). The article "ה" and the conjunction "ו" are written onto
 * the word ("המשלוח", "והאריזה"), so they may come before the label; other Hebrew letters around it make another word.
 */
const HEBREW_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['צבע(?:ים)?', 'גוון'],
  size: ['מיד(?:ה|ות)', 'גודל', 'מ(?:י)?מדים', 'אורך', 'רוחב', 'גובה', 'עובי', 'קוטר'],
  material: ['חומר(?:ים)?', 'בד', 'הרכב', 'איכות'],
  weight: ['משקל(?: נטו| ברוטו)?'],
  quantity: ['כמות'],
  packaging: ['אריז(?:ה|ות)'],
  shipDate: ['משלוח', 'אספקה', '(?:זמן|מועד|תאריך) (?:אספקה|משלוח|ייצור)'],
  customization: ['לוגו', 'הדפסה', 'מיתוג', 'חריטה', 'רקמה'],
};
// Hebrew puts the head noun first: in "עובי צבע" (the paint's thickness) "צבע" is governed by the word before it and
// labels nothing; a label is the first word of its phrase.
addColonLabels(
  HEBREW_LABELS,
  (words) =>
    `(?<![\\p{Script=Hebrew}]|[\\p{Script=Hebrew}]["״']?\\s)(?:ו?ה)?(?:${words.join('|')})(?![\\p{Script=Hebrew}])`,
);

/**
 * Malay labels beside the Indonesian ones: "Saiz:", "Pembungkusan:", "Bungkusan:", "Penghantaran:".
 */
const MALAY_LABELS: Partial<Record<LabelledAttribute, string[]>> = {
  size: ['saiz'],
  packaging: ['pembungkusan', 'bungkusan', 'pembungkus'],
  shipDate: ['penghantaran', 'tarikh (?:penghantaran|siap)', 'masa (?:penghantaran|pengeluaran)'],
};
addColonLabels(MALAY_LABELS, latinWords);

/**
 * Thai order-sheet labels: "สี:", "วัสดุ:", "ระยะเวลาจัดส่ง:". Thai writes no spaces between words, so a label is
 * bounded by Thai letters on both sides, as Arabic labels are ("สีดำ" is a colour word, not the label "สี").
 */
const THAI_LABELS: Record<LabelledAttribute, string[]> = {
  color: ['สี(?:สินค้า)?'],
  size: ['ขนาด(?:สินค้า)?', 'มิติ', 'ความ(?:ยาว|กว้าง|สูง|หนา)'],
  material: ['วัสดุ(?:ที่ใช้)?', 'เนื้อผ้า', 'คุณภาพ(?:สินค้า)?'],
  weight: ['น้ำหนัก(?:สุทธิ|รวม)?'],
  quantity: ['จำนวน(?:สั่งซื้อ)?'],
  packaging: ['บรรจุภัณฑ์', '(?:การ)?บรรจุ(?:หีบห่อ)?', 'หีบห่อ', '(?:การ)?แพ็[คก](?:กิ้ง|เกจ)?'],
  // "ระยะเวลาส่ง:" (time to send): "ส่ง" bare after the time word, as "จัดส่ง" is.
  shipDate: [
    '(?:ระยะ)?(?:เวลา|วัน(?:ที่)?|กำหนด)?(?:การ)?(?:จัดส่ง|ส่งมอบ|ส่งสินค้า|ส่งของ|ผลิต)',
    'กำหนดส่ง',
    '(?:ระยะ)?เวลา(?:การ)?ส่ง',
  ],
  customization: ['โลโก้', '(?:การ)?(?:พิมพ์|สกรีน)(?:โลโก้)?'],
};
addColonLabels(THAI_LABELS, (words) => `(?<![\\p{Script=Thai}])(?:${words.join('|')})(?![\\p{Script=Thai}])`);

/**
 * Hindi material labels: "सामग्री:", "मटीरियल:". Devanagari vowel signs are marks, not letters, so a label is bounded
 * by letters and marks alike. Only the material label is read: the units and packing words of a Hindi value
 * ("ग्राम", "परत कार्टन") are not, so under a weight or packing label a precise value would read as a vague one.
 */
const HINDI_LABELS: Partial<Record<LabelledAttribute, string[]>> = {
  material: ['सामग्री', 'मटीरियल', 'मैटेरियल'],
  color: ['रंग', 'कलर'],
};
addColonLabels(
  HINDI_LABELS,
  (words) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
);

/**
 * Labels that name a size only when a measurement follows: Arabic "العرض" is "the width" but also "the offer" or
 * "the display" ("العرض: 500 قطعة بسعر 2 دولار" is a price offer). Read as a size label before "30 سم", "2 × 3 م".
 */
export const SIZE_LABEL_BEFORE_MEASURE = '(?<![\\p{Script=Arabic}])(?:ال)?عرض(?![\\p{Script=Arabic}])';

/**
 * Ukrainian "Склад:" is the composition ("Склад: 95% бавовна, 5% еластан") and the warehouse ("Склад: м. Львів, вул.
 * Промислова 5"). Read as a material label only before a share or a fibre or material word.
 */
export const COMPOSITION_LABEL_BEFORE_FIBRES = '(?<![\\p{L}])склад(?![\\p{L}])';
export const LOOKS_LIKE_COMPOSITION =
  /\d\s{0,2}%|бавовн|поліест|поліамід|нейлон|еластан|спандекс|вовн|вовна|шерст|льон|шовк|віскоз|модал|акрил|кашемір|шкір|хлопок|тканин|поліуретан|поліпропілен|метал|сталь|алюміні|пластик|деревин/iu;

// "Pallet:", "Palety:", "Паллет:": how the goods stand on the pallet is their packing. Only before a colon: a bare
// "pallet" opening a clause ("…, palettes houssées", "pallet 800 x 1200") continues the packing it follows.
COLON_LABELS.packaging = [...COLON_LABELS.packaging, ...PALLET_LABELS];

export function colonLabelSource(attribute: LabelledAttribute): string {
  return `(?:${COLON_LABELS[attribute].join('|')})`;
}

export function bareLabelSource(attribute: LabelledAttribute): string {
  return `(?:${BARE_LABELS[attribute].join('|')})`;
}
