/**
 * vague-packaging: "standard export packing", "neutral packing", "包装：纸箱" —
 * packaging named without material, carton size, count per carton, marks
 * and pallet, so damage in transit cannot be blamed on packing.
 */

import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { ABOUT_PACKING } from './about-packing';
import { imprintByProcess } from './box-print';
import { namedTestsLeftOpen } from './check-open';
import { type Clause, followingClauses } from './clauses';
import { deferredMarks } from './deferred-items';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { NAMED_ORDER } from './named-record';
import { namesNumberedSpec } from './numbered-spec';
import { followsLater } from './open-promises';
import { optionalPartsLeftOpen } from './optional-packing';
import { packItemsOffered } from './pack-items-offered';
import { PALLET_NAMED, palletFactCount } from './pallet-load';
import {
  anyOf,
  cjk,
  DIM_SEP,
  findAll,
  LENGTH_UNIT,
  latinWords,
  NUMBER,
  regex,
  runStart,
  scriptWords,
  test,
} from './patterns';
import { printPraise } from './print-praise';
import { AS_SAMPLE, DESIGN_FILE, heldToIdentifiedSample, UNDECIDED } from './reference-lexicon';
import { isSectionHeading } from './section-heading';
import { type VagueHit, vagueFinding } from './spec-finding';

const PACK = '(?:pack(?:ing|aging)?|package)';
/** Left to the last order, which this order does not record: "as usual", "same as before", "like last time". */
const HABIT =
  '(?:as (?:usual|always|before|previously|last time|per (?:last|previous) (?:time|order))|like (?:the )?(?:last time|before|previous (?:time|order)|last order)|same as (?:usual|before|(?:the )?(?:last|previous) (?:time|order|shipment)|previous(?:ly)?))';
const FOREIGN_HABIT =
  "(?:wie (?:üblich|immer|bisher|zuvor|gehabt|beim letzten Mal|letztes Mal)|comme (?:d[’']habitude|toujours|avant|la dernière fois)|come (?:al solito|sempre|l[’']ultima volta|prima)|como (?:siempre|de costumbre|la última vez|antes|sempre|de costume|da última vez)|igual que (?:antes|la última vez)|ca (?:de obicei|data trecută|înainte))";
/** Phrases that promise a packaging "standard" nobody wrote down. */
/**
 * Hindi: "अच्छी पैकिंग होनी चाहिए" (packing should be good), "मजबूत पैकिंग" (strong packing), "टूटना नहीं चाहिए" (must
 * not break). Devanagari vowel signs are marks, so the words are bounded by letters and marks alike.
 */
const HINDI_PACKING_PRAISE = String.raw`(?<![\p{L}\p{M}\p{N}])(?:(?:बहुत\s)?(?:अच्छी|अच्छा|अच्छे|बढ़िया|बढ़िया|मज़बूत|मजबूत|सुरक्षित|बेहतरीन|उत्तम|सही)\s(?:पैकिंग|पैकेजिंग|पैकेज|डिब्बा|डिब्बे|कार्टन)|(?:पैकिंग|पैकेजिंग)\s(?:अच्छी|मज़बूत|मजबूत|सुरक्षित|बढ़िया|बढ़िया)|(?:टूटना|टूटे|टूटनी|टूट-फूट|डैमेज)\s(?:नहीं|न)\s(?:चाहिए|चाहिये|होना चाहिए|होनी चाहिए|हो))(?![\p{L}\p{M}\p{N}])`;
const VAGUE_PACKING = anyOf(
  HINDI_PACKING_PRAISE,
  latinWords([
    `(?:standard |normal |usual |common |regular |general |ordinary |neutral |seaworthy |sea-worthy |good |strong |suitable |proper |customary |bulk )+(?:export )?(?:carton )?${PACK}`,
    `export (?:standard |carton )?${PACK}`,
    `${PACK} (?:as per|according to) (?:the )?(?:supplier|factory|seller)['’]?s? (?:standard|usual)`,
    "as per (?:the )?(?:supplier|factory|seller)['’]?s? (?:standard|usual)",
    `(?:standard|normal) export cartons?`,
    `${PACK} suitable for (?:sea|air|export|long[- ]distance)`,
    'suitable for (?:sea freight|export|shipping)',
    'embalaje (?:estándar|estandar|normal|neutro)',
    'estándar de exportación',
    'emballage (?:standard|normal|neutre)',
    'standard export',
    'Standard-?(?:Export)?verpackung',
    'neutrale Verpackung',
    'embalagem (?:padrão|normal|neutra)',
    'padrão de exportação',
    "(?:imballo|imballaggio|confezione) (?:standard|normale|neutr[oa]|da esportazione|per (?:l[’']\\s?)?esportazione|marittim[oa])",
    "standard (?:per (?:l[’']\\s?)?|da )esportazione",
    // Czech: "běžné exportní balení", "standardní balení", "obvyklý exportní obal".
    '(?:běžné|standardní|obvyklé|normální|klasické|neutrální|vhodné|pevné) (?:exportní )?(?:balení|obal)',
    '(?:běžný|standardní|obvyklý|normální|klasický|neutrální|vhodný|pevný) (?:exportní )?obal',
    'exportní (?:standardní )?(?:balení|obal)',
    // Hungarian and Swedish: "szabványos export csomagolás", "semleges csomagolás"; "standard exportförpackning",
    // "neutral förpackning", "vanligt emballage".
    '(?:szabványos|standard|normál|szokásos|általános|semleges|erős|tengeri) (?:export(?:-| )?)?csomagolás(?:ban|sal)?',
    'export(?:-| )?csomagolás(?:ban|sal)?',
    '(?:standard|normal|vanlig|neutral|sjövärdig)(?:t|a)? ?(?:export)?(?:förpackning|emballage|packning)',
    'exportförpackning',
    // Romanian: "ambalaj standard de export", "ambalare neutră", "ambalaj obișnuit".
    '(?:ambalaj(?:ul)?|ambalare) (?:standard|normal|obișnuit|neutr(?:u|ă)|de export)(?: de export| pentru export)?',
    // "seaworthy wooden case": a named standard nobody wrote down, whatever crate it is said of.
    '(?:seaworthy|sea-worthy|export[- ]standard) (?:[\\p{L}-]+ ){0,2}(?:cases?|crates?|cartons?|box(?:es)?)',
    // "palletise as usual", "packed as before": the last order's packing, which this order does not record.
    `(?:${PACK}|packed|palleti[sz]ed?|boxed) (?:as (?:usual|always|before|last time)|like (?:last time|before))`,
    // "Shipping mark as usual", "Pallet: as usual", "Shipping mark: neutral": marks and pallets left to the last
    // order or to nobody — the facts a carton is told apart by, not written down.
    // Labels and stickers left the same way: "Label: as usual", "Carton stickers: same as before".
    // "Carton marking: as usual", 'Marks: "same as previous order"': a quoted habit is still the habit.
    `(?:(?:(?:shipping|carton|side|main) )?mark(?:s|ings?)?|(?:carton |barcode |warning |care )?(?:labels?|labell?ing|stickers?)|hang ?tags?)\\s{0,2}[:：]?\\s{0,3}["'“„«]?(?:${HABIT}|neutral|blank)`,
    `(?:neutral|blank|plain) (?:shipping )?marks?`,
    `pallet(?:s|i[sz]ed|i[sz]ing)?\\s{0,2}[:：]?\\s{0,3}(?:as (?:usual|always|before|last time)|like (?:last time|before)|same as (?:before|last (?:time|order)))`,
    // The same marks field left to habit in the other languages read: 'Kartonbeschriftung: "wie üblich"', "Marquage
    // carton : comme d'habitude", "Marcatura: come al solito", "Etiquetas: como siempre".
    `(?:${runStart('\\p{L}')}\\p{L}*beschriftung|${runStart('\\p{L}')}\\p{L}*markierung|Etiketten?|marquage(?: carton)?|étiquet(?:te|age)s?|marcatura|etichett[ae]|marcaje|marca[cç][aã]o|etiquet(?:a|as|ado)|marcaj(?:ul)?(?: bax| cutie)?)\\s{0,2}[:：]?\\s{0,3}["'“„«]?(?:${FOREIGN_HABIT})`,
  ]),
  cjk([
    '标准出口包装',
    '出口标准包装',
    '出口包装',
    '中性包装',
    '普通包装',
    '常规包装',
    '正常包装',
    '标准包装',
    '出口标准',
    // "唛头：照旧", "中性唛头", "托盘：同上次": marks and pallets as before, which the order does not record.
    '(?:唛头|唛|托盘)\\s{0,2}[:：]?\\s{0,2}(?:照旧|同上次|跟上次一样|和以前一样|按以前|老样子)',
    '中性唛头?',
    // Korean "일반 (수출) 포장", "표준 포장": the same unnamed standard.
    '(?:일반|표준|기본)\\s?(?:수출\\s?)?포장',
  ]),
  // Greek, Ukrainian and Russian, Hebrew and Arabic: "κανονική εξαγωγική συσκευασία", "нейтральна упаковка",
  // "стандартная экспортная упаковка", "אריזה רגילה", "تغليف قياسي للتصدير".
  scriptWords([
    '(?:κανονική|τυπική|συνήθης|ουδέτερη|στάνταρ|standard|εξαγωγική)(?: εξαγωγική)? συσκευασία',
    'συσκευασία (?:κανονική|τυπική|συνήθης|ουδέτερη|στάνταρ|εξαγωγική)(?: εξαγωγική)?',
    '(?:стандартн|нейтральн|звичайн|обычн|експортн|экспортн)\\p{L}{1,3} (?:(?:експортн|экспортн)\\p{L}{1,3} )?(?:упаковк\\p{L}|пакуванн\\p{L})',
    '(?:упаковка|пакування) (?:стандартн|нейтральн|звичайн|обычн|експортн|экспортн)\\p{L}{1,3}',
    '(?:ו?ה)?אריז(?:ה|ת) (?:ה)?(?:רגילה|סטנדרטית|ניטרלית|ייצוא|יצוא|לייצוא|ליצוא|תקנית)',
    '(?:و)?(?:ال)?(?:تغليف|تعبئة) (?:ال)?(?:قياسي(?:ة)?|عادي(?:ة)?|محايد(?:ة)?|تصديري(?:ة)?|للتصدير|ستاندرد)',
  ]),
);

// Ukrainian "10 шт у коробці" (the locative) and Malay "24 pcs setiap karton", "50 pcs dalam karton" count per carton too.
// Dutch boxes and bags count as the English do: "50 stuks per doos", "1 stuk per opp-zak", "20 dozen per pallet".
const PER_CONTAINER = `(?:cartons?|ctns?|box(?:es)?|caisses?|caja|carton|kartonie|karton|opakowaniu|коробк\\p{L}{0,2}|коробц\\p{L}{1,2}|ящик\\p{L}{0,2}|thùng|koli|カートン|ケース|(?:Um|Außen|Versand|Innen|Einzel|Export)?[Kk]artons?|caixa|cartone|scatola|cartucho|estojo|estuche|étui|Faltschachtel|astuccio|sacchetto|saquinho|bolsa|sachet|Beutel|inner|(?:poly|PE|OPP|PP|zip(?:per)?|plastic|paper)? ?bags?|polybag|pouch(?:es)?|blisters?|sleeves?|trays?|(?:\\p{L}{1,8}-)?(?:om)?(?:doos|dozen|zak(?:ken|je|jes)?)|箱|盒|袋|(?:ال)?كرتون(?:ة)?|(?:ال)?علبة|(?:ال)?صندوق|(?:ال)?كيس|(?:χαρτο)?κιβώτι\\p{L}{1,3}|κουτ\\p{L}{1,3}|σακουλ\\p{L}{1,3}|kutu(?:su)?|poşet|kartong|låda|cutie|bax|doboz)`;
/** Concrete packaging facts: two of them, or one counted fact (the first five), make a packing line checkable. */
// German "24 Stk. je Umkarton" and Polish "12 szt. na karton" count per carton as "per" does.
const ELEMENTS: string[] = [
  `${NUMBER}(?:${DIM_SEP}${NUMBER}){2}\\s{0,3}${LENGTH_UNIT}`,
  `${NUMBER}\\s{0,3}[\\p{L}.]{0,12}(?:\\s{1,2}(?:in stock|on hand|auf Lager|en stock))?\\s{0,3}(?:/|per|each|a|par|pro|je|por|ανά|pe|in (?:one|each|a|every|een|elke|iedere?)|w|na|в|у|trong|setiap|dalam|bagi|في كل|لكل|في)\\s{0,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}${PER_CONTAINER}`,
  cjk([
    '每箱\\d',
    '每盒\\d',
    '(?:カートン|ケース)入数\\s{0,2}[:：]?\\s{0,2}\\d',
    // "外箱1ケース30袋", "1箱24個入り", "ケース30袋入": the count in each case.
    '(?:1|１|一)\\s{0,2}(?:ケース|箱|カートン|袋|パック)\\s{0,2}(?:あたり|当たり|に)?\\s{0,2}\\d{1,5}\\s{0,2}(?:袋|個|本|枚|パック|入)',
    '(?:ケース|箱|カートン)\\s{0,2}\\d{1,5}\\s{0,2}(?:袋|個|本|枚|パック)入',
    // Korean "박스당 48개", "48개 입수", "입수 48".
    '(?:박스|상자|카톤)당\\s{0,2}\\d',
    '\\d{1,5}\\s{0,2}(?:개|pcs)\\s{0,2}입수',
    '입수\\s{0,2}[:：]?\\s{0,2}\\d',
  ]),
  // Ply in the other languages read: "5-warstwowy", "5-слойная", "5層", "5 lớp".
  String.raw`(?<!\d)\d{1,2}\s{0,2}-?\s{0,2}(?:ply|layers?|plis|capas|lagig\w{0,4}|camadas|strati|onde|层|層|겹|warstw\w{0,4}|слойн\p{L}{0,4}|lớp|katlı|στρώσεων|φύλλων)|[五三七]层|\ba\s[3579]\sstrati\b`,
  // The count after the container: "caixa master com 50 unidades", "carton of 24", "коробка по 20 шт.".
  `${PER_CONTAINER}(?:\\s{1,3}(?:master|mestre|madre))?\\s{1,3}(?:com|con|with|of|mit|met|avec|contenant|contenente|по|zawierający)\\s{1,3}${NUMBER}` +
    // The container first and "per" after it, as Turkish writes it ("koli başı 48 adet", "kutu başına 12"): the
    // same count in each pack.
    `|${PER_CONTAINER}\\s{1,3}(?:başı(?:na)?|içi(?:nde)?)\\s{1,3}${NUMBER}`,
  // Each layer named by its material or form counts once: the carton, the box, the bag, the insert, the cushioning.
  latinWords([
    'corrugated',
    'kraft',
    '(?:master|outer|export) cartons?',
    'Wellpapp\\w*',
    // German board by its walls: "zweiwellige Wellpappe", "dreiwellig"; like "double-wall" in English.
    '(?:ein|zwei|drei)[- ]?wellig\\p{L}{0,3}',
    // Board named by its make-up: "papelão ondulado", "cartón corrugado", "parede dupla", "doppia onda", "tektura falista".
    'papelão ondulado',
    'cart[óo]n corrugado',
    '(?:parede|pared) dupla|pared doble',
    'doppia onda',
    'double[- ]wall',
    'tektura falista',
    'гофро\\p{L}{0,8}',
    'carton ondulé',
    'double cannelure',
    'caisses? américaines?',
  ]),
  // Export crating of machines and heavy goods: the crate, its wood treatment, how the goods sit in it.
  latinWords([
    '(?:plywood|wooden|wood) (?:cases?|crates?|boxes|pallets?)',
    'Holzkisten?',
    'caisses? en (?:contreplaqué|bois)',
    'cajas? de (?:madera|contrachapado)',
    'cass[ae] di legno',
    'caixas? de madeira',
  ]),
  latinWords(['fumigation[- ]free', 'fumigated', 'ISPM[- ]?15', 'heat[- ]treated']),
  latinWords(['desiccants?', 'bolted', 'steel strap(?:s|ping)?', 'vacuum[- ]packed']),
  cjk(['木箱', '免熏蒸', '熏蒸', '干燥剂', '골판지']),
  latinWords(['(?:gift|colou?r|display|white|mailer|paper|kraft|inner|rigid) box(?:es)?', 'rigid board']),
  latinWords([
    '(?:PE|OPP|PP|PVC|poly|zip(?:per)?|ziplock|mesh|non-?woven|film|plastic film) ?(?:zip(?:per)? )?bags?',
    'polybag',
  ]),
  // Commodity sacks named by their fabric: "new jute bags", "PP woven bags", "sacos de yute", "karung goni" (jute),
  // "karung plastik anyaman", "bao đay", "jute çuval". The fabric is what a bulk sack is bought by.
  latinWords([
    '(?:jute|hessian|burlap|sisal|(?:PP|polypropylene|poly) woven|woven (?:PP|polypropylene|poly)|multi-?wall(?: paper)?|kraft paper)(?: \\p{L}{2,8})? (?:bags?|sacks?)',
    'sac(?:o|os|s) (?:de |en )?(?:yute|juta|jute|ráfia|rafia|polipropileno tejido|PP tejido)',
    'Jutes(?:ä|a)ck\\p{L}{0,2}',
    'karung (?:goni|plastik|PP|anyaman|jute)',
    'bao (?:đay|PP dệt)',
    'jüt çuval\\p{L}{0,3}',
  ]),
  // The net fill of each sack or drum: "60 kg net", "50 kg netto", "69 kg netos", "25 kg bersih".
  String.raw`(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?\s{0,2}kgs?\.?\s{1,2}(?:net|nett|netto|neto|netos|nets|líquidos?|liquidi|bersih)(?![\p{L}])`,
  latinWords(['(?:colou?r|paper|backing|header) cards?', 'blister']),
  latinWords(['EPE', 'bubble wrap', 'foam']),
  cjk(['瓦楞', '(?:PE|OPP|opp|pe)袋', '气泡', '彩盒', '白盒']),
  latinWords([
    'shipping marks?',
    'carton marks?',
    'marks',
    'labels?',
    'barcodes?',
    'FNSKU',
    'marcas',
    'marquage',
    'Versandmarkierung',
    'etiqueta',
  ]),
  // "外箱标注品名、批号…": what the outer carton is marked with, listed.
  cjk(['唛头', '条码', '标签', '贴标', '标注', '标明', '注明']),
  cjk(['外箱', '内盒', '中盒']),
  // The pallet named ("palettes filmées", "palletised"); its facts (footprint, standard, stack height, wrap, corner
  // boards) are counted by palletFactCount.
  PALLET_NAMED,
  DESIGN_FILE,
  latinWords(['ISTA ?\\w{1,6}', 'drop test', 'max \\d{1,5} ?kg']),
  // The drop test by its name in the other languages read: "Fallprüfung", "essai de chute", "prueba de caída".
  latinWords([
    'Fall(?:prüfung|test|versuch)',
    'essai de chute',
    'prueba de caída',
    'ensayo de caída',
    'teste de queda',
    'prova di caduta',
    'valtest',
  ]),
  // The barcode named by its symbology: "EAN-13 code supplied by the buyer", "UPC-A label", "GTIN-14 on the carton".
  latinWords(['EAN[- ]?(?:13|8)', 'UPC(?:[- ]?[AE])?', 'GTIN(?:[- ]?1[234])?', 'ITF[- ]?14']),
  // One unit to a pack, which is a count: "individual kraft packaging", "embalagem individual", "einzeln verpackt".
  latinWords([
    'individual(?:ly)?(?: packed| packaging| pack| wrapped)?',
    'one (?:piece|unit|pc) (?:per|to a|in each) (?:pack|box|bag|sleeve)',
    'embala(?:gem|je) individual',
    'kraft individual',
    'individualmente embalad[oa]s?',
    'emballage individuel',
    'emballée?s? individuellement',
    'Einzelverpackung',
    'einzeln verpackt',
    'confezion(?:e|ato) singol(?:a|armente)',
    'imballo singolo',
  ]),
];

function elementCount(text: string): number {
  // The pallet, its footprint and standard, the stack height, the wrap, the corner boards ("palety EUR 1200x800,
  // wys. max 1,2 m, folia stretch"), counted only on a pallet fixed by footprint or standard.
  return ELEMENTS.filter((e) => test(e, text)).length + palletFactCount(text);
}

/** Counted facts (carton size, count per carton, ply) are checkable on their own. */
/** A die-line names every panel, size and fold of a box: "retail box per dieline DL-220 rev B". */
const DIELINE = latinWords([
  'die[- ]?lines?',
  'die[- ]?cut drawing',
  'troquel',
  'fustella',
  'Stanzkontur',
  'faca de corte',
]);

/** The outer carton's own facts: its size, and its board or how many pieces it holds. */
const CARTON_SIZE =
  /\d+(?:[.,]\d+)?\s{0,2}[x×*]\s{0,2}\d+(?:[.,]\d+)?\s{0,2}[x×*]\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|in)\b/iu;
// The board named in the buyer's language: "double cannelure (BC)", "Doppelwelle", "doppia onda", "5 capas".
const CARTON_BOARD =
  /\d\s?-?\s?ply\b|\b[A-E]{1,2} ?flute\b|\bECT\b|[三五七]层|\b(?:simple|double|triple) cannelure\b|\bcannelure [A-E]{1,2}\b|\b(?:Doppel|Einfach)welle\b|\b(?:doppia|tripla) onda\b|\b(?:a )?[357] onde\b|\bonda (?:doble|dupla|tripla)\b|\b[357] ?(?:couches|capas|camadas|strati|Lagen|warstw[ay]?|katlı)\b|[357]-?(?:слойн|х слойн)|(?<![\d.,])[357]\s?-?\s?vrstv\p{L}{0,3}/iu;
// "12 pcs par carton", "24 Stück pro Karton", "12 szt. w kartonie", "по 12 шт в коробке": the count per carton.
const COUNT_PER_CARTON =
  /\d+\s{0,2}(?:pcs|pieces|units|sets|pairs|pi[eè]ces|pzas?|piezas|Stück|Stk|peças|pezzi|pz|szt|ks|шт|adet|stuks?)\.?\s{0,2}(?:\/|per|par|por|pro|je|w|в|na|на|v)\s{0,2}(?:export )?(?:carton|ctn|box|caja|Karton|caixa|cartone|kartonie|kartonu|karton|коробк|короб|koli|(?:om)?doos|dozen)/iu;

const PACKING_DOC =
  /packing (?:spec(?:ification)?|instruction|sheet)s?|fiche d.?emballage|ficha de embalaje|Verpackungs(?:vorschrift|anweisung|spezifikation)/iu;

/**
 * The same carton facts in the languages read since: the size in "εκ." / "см", the board by its layers ("5-lagers",
 * "5 straturi", "5 rétegű", "5-шаровий", "5 στρώσεων"), the count in each carton ("12 st per kartong", "12 buc/cutie",
 * "12 db/karton", "12 τεμ. ανά χαρτοκιβώτιο", "12 шт. у коробці").
 */
const CARTON_SIZE_MORE =
  /\d+(?:[.,]\d+)?\s{0,2}[x×*]\s{0,2}\d+(?:[.,]\d+)?\s{0,2}[x×*]\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:εκ|см|мм|ס"מ|ס״מ)(?![\p{L}])/iu;
const CARTON_BOARD_MORE =
  /(?<![\d.,])[357]\s?-?\s?(?:lagers?|skikts?|straturi|rétegű|шар\p{L}{0,4}|στρώσεων|φύλλων|שכבות)(?![\p{L}])/iu;
const COUNT_PER_CARTON_MORE =
  /\d+\s{0,2}(?:st|stk|buc|db|τεμ|шт|יח['׳]?)\.?\s{0,2}(?:\/|per|pe|ανά|у|в|на|ל)\s{0,2}(?:kartong|låda|cutie|cutia|carton|karton|doboz|χαρτοκιβώτιο|κιβώτιο|κουτί|коробц\p{L}{0,2}|коробк\p{L}{0,2}|ящик\p{L}{0,2}|קרטון)/iu;

/**
 * "max 25 kg gross per carton", "max 25 kg lordi per collo", "max. 25 kg brut par colis", "höchstens 25 kg pro Karton":
 * a ceiling on each pack's gross weight, which a scale checks.
 */
const WEIGHT_PER_PACK =
  /(?:max(?:imum|\.)?|≤|höchstens|massimo|máx(?:imo|\.)?|maxi|do)\s{0,2}\d+(?:[.,]\d+)?\s{0,2}kgs?\.?\s{0,2}(?:(?:gross|G\.?W\.?|lordi|lordo|brut|brutto|bruto|brutos)\s{0,2})?(?:\/|per|par|por|pro|je|na|a)\s{0,2}(?:export\s)?(?:cartons?|ctns?|box(?:es)?|cases?|packages?|pack|colli|collo|colis|Karton|Packst(?:ü|u)ck|caja|bulto|caixa|volume|karton|paczk\p{L}{0,2})(?![\p{L}])/iu;
/** A protection the pack is built with: corner protectors, strapping, an inner divider. */
const PACK_PROTECTION =
  /corner (?:protectors?|boards?|guards?)|edge protectors?|angolari|paraspigoli|cornières?|Kantenschutz|Eckenschutz|esquineros?|cantoneiras?|narożniki|(?<![\p{L}])(?:strapped|strapping|reggiat[oi]|reggiatura|cerclée?s?|cerclage|umreift|flejad[oa]s?|cintad[oa]s?)(?![\p{L}])|dividers?|intercalari|croisillons?|Gefache|separadores?|护角|打包带/iu;

/**
 * "12pcs/inner, 48pcs/ctn", "10 buc/cutie, 60 buc/bax": a count of pieces in each pack, whatever the pack is called.
 * Two of them lay out the pack hierarchy (inner pack, then outer carton).
 */
const COUNT_PER_PACK =
  /\d+\s{0,2}(?:pcs|pieces|units|sets|pairs|pi[eè]ces|pzas?|piezas|Stück|Stk|peças|pezzi|pz|szt|ks|шт|adet|st|buc|db|τεμ|adet|yks)\.?\s{0,2}(?:\/|per|par|por|pro|je|pe|ανά|na|в|у|w)\s{0,2}(?:inner|outer|master|export|shipping)?\s{0,2}\p{L}/giu;
/** The marks or labels of the pack: "shipping marks", "carton labels", "marcaj bax", "Kartonbeschriftung". */
const MARKS_WORD =
  /(?<!\p{L})(?:(?:shipping |carton |side |main )?marks?|markings?|labels?|marcaj\p{L}{0,3}|etichet\p{L}{0,3}|marquage|étiquettes?|Markierung|\p{L}*beschriftung|Etikett\p{L}{0,2}|marcatura|marcaje|marca[cç][aã]o|etiquetas?|jelölés\p{L}{0,2}|címk\p{L}{0,3}|märkning|etikett\p{L}{0,2}|маркуванн\p{L}|маркировк\p{L}|σήμανση|唛头)(?!\p{L})/iu;

/**
 * "Standard packing: 12pcs/inner, 48pcs/ctn, shipping marks per artwork MK-v2.pdf": the habit word then only names the
 * way of packing; the count at each level of the pack and the marks held to a named file are what a receiver checks.
 */
function hierarchyDefined(text: string): boolean {
  if ((text.match(COUNT_PER_PACK) ?? []).length < 2) return false;
  const marks = MARKS_WORD.exec(text);
  return marks !== null && test(DESIGN_FILE, text.slice(marks.index));
}

/**
 * "1 set per blister, 24 blisters per carton", "6 pcs/inner box, 8 inner boxes/ctn": the outer count is of the very
 * pack the inner count fills, so each level of the pack is counted.
 */
const NESTED_COUNT =
  /\d+\s{0,2}\p{L}{1,12}\.?\s{0,2}(?:\/|per|in (?:each|one|a))\s{0,2}(?:inner\s)?(\p{L}{3,12}?)(?:es|s)?(?!\p{L})[^;]{0,40}?\d+\s{0,2}(?:inner\s)?\1(?:es|s)?\s{0,2}(?:\/|per|in (?:each|one|a))\s{0,2}(?:master |outer |export )?(?:cartons?|ctns?|box(?:es)?|cases?)(?!\p{L})/iu;
/** "our pack code SP-3", "packing ref. PK-07": the supplier's own code for the way of packing, shown on a photo or PI. */
const PACK_CODE =
  /(?:pack(?:ing)?|packaging)\s(?:code|ref(?:erence)?\.?|no\.?)\s{0,2}[:#]?\s{0,2}[A-Z]{1,5}-?\d{1,4}(?![\p{L}\d])/iu;

function cartonDefined(text: string): boolean {
  if (hierarchyDefined(text)) return true;
  // "Standard packing = 1 set per blister, 24 blisters per carton (pack code SP-3)": counted at each level and coded.
  if (NESTED_COUNT.test(text) && PACK_CODE.test(text)) return true;
  const size = CARTON_SIZE.test(text) || CARTON_SIZE_MORE.test(text);
  const board = CARTON_BOARD.test(text) || CARTON_BOARD_MORE.test(text);
  // "Imballo standard: scatola a 5 onde, angolari in cartone, max 25 kg lordi per collo": the board, a protection and
  // each pack's weight ceiling define the habit word as the size and count do.
  if (board && WEIGHT_PER_PACK.test(text) && PACK_PROTECTION.test(text)) return true;
  const counted = COUNT_PER_CARTON.test(text) || COUNT_PER_CARTON_MORE.test(text) || COUNT_IN_PACK.test(text);
  // "standard export carton = 5-ply, 24 pcs/ctn in 4 inner boxes of 6", "Standardverpackung: 100 Stk./5-lagiger
  // Karton, max. 15 kg brutto": the board and the count, then how the count is split or what each carton may weigh.
  // Three counted facts fix the carton as its size does (the size follows from the count and the goods).
  if ((board || PLY_MORE.test(text)) && counted && (GROSS_CEILING.test(text) || INNER_SPLIT.test(text)))
    return true;
  // "standard export carton, 200 pcs/ctn, max G.W. 12 kg", "caja estándar, 50 uds/caja, peso bruto máx. 15 kg": the
  // count in each carton and the ceiling on its gross weight are two facts a receiver checks with a scale and a
  // count; the habit word then only names the kind of carton.
  if (counted && (GROSS_CEILING.test(text) || WEIGHT_PER_PACK.test(text) || GROSS_AFTER.test(text)))
    return true;
  return size && (board || COUNT_PER_CARTON.test(text) || COUNT_PER_CARTON_MORE.test(text));
}
/**
 * The gross weight named first, its ceiling after: "G.W. max 12 kg", "max G.W. 12 kg", "peso bruto máx. 15 kg",
 * "Bruttogewicht max. 15 kg", "poids brut max 15 kg", "G.W. ≤ 12 kg".
 */
const GROSS_AFTER =
  /(?:(?:max(?:imum|\.)?|máx(?:imo|\.)?|maxi)\s{0,2})?(?:G\.\s?W\.?|GW|gross weight|peso bruto|Bruttogewicht|poids brut|peso lordo|waga brutto|brutto)\s{0,2}[:=]?\s{0,2}(?:max(?:imum|\.)?|máx(?:imo|\.)?|maxi|höchstens|≤|<=?|under|below)\s{0,2}\d+(?:[.,]\d+)?\s{0,2}kgs?|(?:max(?:imum|\.)?|máx(?:imo|\.)?|maxi)\s{0,2}(?:G\.\s?W\.?|GW|gross weight|peso bruto|Bruttogewicht|poids brut|peso lordo)\s{0,2}[:=]?\s{0,2}\d+(?:[.,]\d+)?\s{0,2}kgs?/iu;
/** "5-lagiger Karton", "5-ply": the board by its layers with an inflected ending. */
const PLY_MORE = /(?<![\d.,])[357]\s?-?\s?lagig\p{L}{0,3}/iu;
/** "100 Stk./5-lagiger Karton", "24 pcs/ctn", "6 τεμ./κιβώτιο": a count per pack, a board word allowed between. */
const COUNT_IN_PACK =
  /\d+\s{0,2}(?:pcs|pieces|units|sets|pairs|pi[eè]ces|pzas?|piezas|Stück|Stk|peças|pezzi|pz|szt|ks|шт|adet|st|buc|db|τεμ|yks)\.?\s{0,2}(?:\/|per|par|por|pro|je|pe|ανά|na|в|у|w)\s{0,2}(?:[\p{L}\d-]{1,16}\s{1,2})?(?:inner|outer|master|export|shipping)?\s{0,2}\p{L}/iu;
/**
 * "max. 15 kg brutto", "max 20 kg G.W.", "μέγ. μικτό βάρος 18 kg", "en fazla 20 kg brüt": a ceiling on each pack's
 * gross weight, which a scale checks.
 */
const GROSS_CEILING =
  /(?:max(?:imum|\.)?|≤|höchstens|maks\.?|μέγ(?:ιστο)?\.?|máx(?:imo)?\.?|massimo|en fazla)\s{0,2}(?:(?:gross|brutto|brut|bruto|lordo|μικτό|brüt)\s{0,2}(?:weight|Gewicht|poids|peso|βάρος|ağırlık)?\s{0,2})?\d+(?:[.,]\d+)?\s{0,2}kgs?/iu;
/** "in 4 inner boxes of 6", "4 Innenkartons zu 6", "2 x 12 pcs": the carton's count split into inner packs. */
const INNER_SPLIT =
  /\d+\s{0,2}(?:inner(?: (?:boxes|packs|bags|cartons))?|inners|polybags?|bags|boxes|packs|Beutel|Innenkartons?|Schachteln|boîtes|cajas|caixas|scatole)\s{0,2}(?:of|à|de|zu|je|da|x|×)\s{0,2}\d+/iu;

function specific(text: string): boolean {
  if (test(DIELINE, text) && test(DESIGN_FILE, text)) return true;
  if (namesNumberedSpec(text)) return true;
  if (hierarchyDefined(text)) return true;
  // "per packing instruction PI-22 rev B", "conforme à la fiche d'emballage réf. EMB-09": a numbered packing document.
  if (PACKING_DOC.test(text) && test(DESIGN_FILE, text)) return true;
  return elementCount(text) >= 2 || ELEMENTS.slice(0, 5).some((e) => test(e, text));
}

/** An acceptance quality limit with its figure: "AQL 0.65", "AQL 1.5 normal". */
const AQL_FIGURE = /\bAQL\s{0,2}[:=]?\s{0,2}\d{1,2}(?:[.,]\d{1,3})?\b/u;

const CARTON_LABEL = /carton|ctn|box|caja|Karton|caixa|箱/iu;
/**
 * A clause right after a packing clause that goes on describing the packing: "尺寸 12×8×5cm，250g白卡纸" or "size
 * 12×8×5 cm" (a size or weight written with no colon, as one more item of the packing list: the box's), and
 * "外箱 5层瓦楞，60个/箱" or "outer carton 5-ply" after a ";" (no label at all). A colon label of any other kind
 * ("Size:", "Payment:") starts another field and ends the run.
 */
function continuesPacking(c: Clause): boolean {
  const label = c.text.slice(0, c.valueStart);
  if (c.valueStart === 0) return true;
  if (/[:：=]\s*$/u.test(label)) return false;
  return c.attribute === 'size' || c.attribute === 'weight' || c.attribute === 'packaging';
}

/** The packing clause plus clauses it owns, such as a following "carton size: 52*35*40cm". */
function packingText(clause: Clause, line: string): string {
  const following = followingClauses(clause, line);
  const owned = following.filter((c) => CARTON_LABEL.test(c.text.slice(0, c.valueStart)));
  const run = following.findIndex((c) => !continuesPacking(c));
  const continued = following.slice(0, run < 0 ? following.length : run).filter((c) => !owned.includes(c));
  return [clause.text, ...owned.map((c) => c.text), ...continued.map((c) => c.text)].join(', ');
}

/** "Package: 1*Battery Cover", "1 x kettle, 1 x manual": what is in the box, not how it is packed. */
const CONTENTS_LIST = String.raw`^\s{0,3}(?:\d{1,4}\s{0,2}[x×*]\s{0,2}[\p{L}][\p{L} -]{0,40}|[\p{L}][\p{L} -]{0,40}\s{0,2}[x×*]\s{0,2}\d{1,4})(?:\s{0,2}[,;+]\s{0,2}(?:\d{1,4}\s{0,2}[x×*]\s{0,2}[\p{L}][\p{L} -]{0,40}|[\p{L}][\p{L} -]{0,40}\s{0,2}[x×*]\s{0,2}\d{1,4})){0,10}\s{0,3}$`;
/**
 * "manual + manufacturer warranty card, 24 months", "Bedienungsanleitung und Garantiekarte", "说明书+保修卡": the
 * printed inserts that go in the box, listed by name (a warranty's term may follow). They say what is in the box,
 * not how it is packed, so there is no packing standard left unnamed.
 */
const INSERT = String.raw`(?:(?:\d{1,2}\s{0,2}[x×*]?\s{0,2})?(?:(?:English|multilingual|multi-language|printed|paper|user|manufacturer(?:['’]s)?|product|original|bilingual|CE|QC)\s{1,2}){0,2}(?:(?:user|instruction|operation|owner['’]?s?)\s{1,2})?(?:manuals?|instructions?|user guides?|guides?|leaflets?|warranty cards?|guarantee cards?|warranty certificates?|QC (?:pass )?(?:labels?|cards?|stickers?)|certificates? of conformity|thank[- ]you cards?|hang ?tags?|desiccants?(?: bags?)?|Bedienungsanleitung(?:en)?|Anleitung(?:en)?|Garantiekarten?|manuels?|notices?|cartes? de garantie|manual(?:es)? de (?:usuario|instrucciones)|tarjetas? de garant[ií]a|manual(?:e)?(?: d[ei] istruzioni)?|certificat[oe] di garanzia|instrukcj[ae](?: obsługi)?|karta gwarancyjna|kullanım kılavuzu|garanti belgesi|说明书|保修卡|合格证|质保卡))`;
const INSERTS_ONLY = new RegExp(
  String.raw`^\s{0,3}${INSERT}(?:\s{0,2}(?:[+,&/]|and|und|et|y|e|i|ve|和|及)\s{0,2}${INSERT})*(?:\s{0,2}[,(（]\s{0,2}\d{1,3}\s{0,2}(?:months?|years?|Monate|mois|meses|mesi|miesięcy|ay|个月|年)[)）]?)?\s{0,3}[.]?$`,
  'iu',
);

/**
 * An adjective where the facts should be: "strong carton", "sturdy box",
 * "caja fuerte"... Vague when nothing countable (size, count per carton, ply)
 * comes with it; "strong 5-ply carton 60×40×40 cm" has its facts.
 */
const ADJECTIVE_PACKING = anyOf(
  latinWords([
    // "nice gift box", "strong outer carton": the kind of box between the praise and the box is no fact either.
    '(?:strong|sturdy|solid|thick|durable|firm|hard|robust|heavy[- ]duty|safe|secure|nice|beautiful|good|tough|stout|reinforced|protective)(?: (?:export|gift|retail|display|colou?r|paper|outer|inner|master|shipping|mailer))? (?:cartons?|box(?:es)?|crates?|cases?|packag(?:e|ing)|packing)',
    '(?:cajas?|embalaje|cartón) (?:fuerte|resistente|sólid[oa]|robust[oa]|segur[oa])',
    '(?:carton|emballage|boîte) (?:solide|robuste|résistant|renforcé)',
    '(?:stabile[rn]?|robuste[rn]?|feste[rn]?|starke[rn]?) (?:Karton|Verpackung|Kiste|Box)',
    '(?:caixa|embalagem) (?:forte|resistente|robusta|segura)',
    '(?:cartone|imballo|imballaggio|scatola) (?:robust[oa]|resistente|solid[oa]|rinforzat[oa]|sicur[oa])',
  ]),
  cjk(['结实的?(?:纸箱|包装|箱子)', '牢固(?:的)?(?:包装|纸箱)', '坚固(?:的)?(?:包装|纸箱)']),
);

/**
 * The same adjectives said of the packing rather than before it: "carton:
 * strong enough for sea shipment", "adequately packed", "embalaje suficientemente
 * resistente", "imballo adeguato al trasporto". Read only where the clause is
 * about packing: "strong enough to hold 20 kg" on a handle is a product claim.
 */
const PREDICATIVE_PACKING = anyOf(
  latinWords([
    '(?:strong|sturdy|robust|solid|durable|safe|secure) enough',
    'sufficiently (?:strong|robust|sturdy|protective)',
    'suitabl[ey] (?:robust|strong|for (?:sea|ocean|export|long[- ]distance) (?:shipment|shipping|transport|freight))',
    'suitable (?:packaging|packing) to protect',
    'adequate(?:ly)? pack(?:ed|aged|ing)',
    'suficientemente (?:resistente|fuerte|robust[oa]|forte)',
    'adecuad[oa] para el transporte',
    'suffisamment (?:solide|résistant|robuste)',
    'adapté au transport',
    'ausreichend (?:stabil|fest|robust)',
    'transportsicher',
    'adequad[oa] (?:para o|ao) transporte',
    'adeguat[oa] al trasporto',
    'sufficientemente (?:robust[oa]|resistente)',
  ]),
  cjk(['足够强度', '充分包装', '适合(?:海运|运输)']),
);

/** "waterproof bag or carton", "OPP bag, box, or customized": a choice left to the supplier. */
const ALTERNATIVES = latinWords(['or', 'ou', 'oder', 'and/or']);

/**
 * "several pcs into one carton", "some pieces per box", "plusieurs pièces par carton", "若干个一箱": the count of each
 * pack given as an indefinite word. Every other fact of the packing may be written; how many go in each pack is not,
 * and the carton count, the cartons' weight and the buyer's unpacking all hang on it.
 */
const OPEN_COUNT_PER_PACK = anyOf(
  latinWords([
    '(?:several|some|a few|few|many|multiple|various|a number of|certain|x+) (?:pcs|pieces|units|sets|pairs|items)\\.? (?:per|/|each|in(?:to)? (?:one|each|a|the|1)|packed in(?:to)? (?:one|each|a|the|1)) (?:export |master |outer |inner |shipping )?(?:cartons?|ctns?|box(?:es)?|bags?|polybags?|cases?|packs?)',
    '(?:varios|varias|algunas|algunos|unas|unos) (?:piezas|pzas|unidades|uds) (?:por|en (?:una|cada)) (?:caja|cart[oó]n|bolsa)',
    'plusieurs (?:pièces|pcs|unités) (?:par|dans (?:un|chaque)) (?:carton|boîte|sachet)',
    'mehrere (?:Stück|Stk|Teile) (?:pro|je|in (?:einem|jedem)) (?:Karton|Box|Beutel)',
    '(?:kilka|kilkanaście) (?:sztuk|szt\\.?) (?:w|na|do) (?:kartonie|karton|pudełku|pudełko)',
    'beberapa (?:pcs|buah|unit) (?:per|dalam (?:satu|1)) (?:karton|kardus|dus)',
    '(?:vários|várias|algumas|alguns) (?:peças|unidades|pcs) (?:por|em (?:uma|cada)) (?:caixa|cart[aã]o)',
  ]),
  cjk(['(?:若干|几|多)(?:个|件|只|套|双)(?:装)?(?:一|每)(?:箱|盒|袋)']),
);

/**
 * "pcs/ctn TBD", "qty per carton: to be confirmed", "Stück pro Karton noch offen", "每箱数量待定": one field of the
 * packing named and left blank. Whatever else the line fixes (the board, the ply), the count per pack (or the
 * carton's size or weight) that the carton count, freight and the buyer's unpacking hang on is still to come.
 */
const PACK_FIELD_OPEN = anyOf(
  `${latinWords([
    '(?:pcs|pieces|units|sets|pairs|qty|quantity|Stück|Stk\\.?|pièces|pcs\\.?|piezas|unidades|peças|szt\\.?|sztuk|adet|pz)\\s{0,2}(?:/|per|pro|par|por|w|je)\\s{0,2}(?:inner |outer |master |export )?(?:cartons?|ctns?|box(?:es)?|cases?|Karton|carton|caja|caixa|kartonie?|koli|scatola)',
    '(?:carton|ctn|packing|inner|outer|master) (?:qty|quantity|count|size|dimensions?|measurements?|gross weight|net weight|weight|G\\.?W\\.?|N\\.?W\\.?)',
    '(?:G\\.?W\\.?|N\\.?W\\.?|CBM)(?: per (?:carton|ctn))?',
    'koli içi adet',
  ])}\\s{0,2}[:：=]?\\s{0,3}${UNDECIDED}`,
  cjk([
    `(?:每箱(?:数量|装量|个数)|装箱(?:数|数量|量)|箱规|外箱尺寸|外箱规格|毛重|净重)\\s{0,2}[:：]?\\s{0,2}${UNDECIDED}`,
  ]),
);

/** The habit word said right before the pallet: "standard export pallet", "standard export wooden pallet". */
const PALLET_RIGHT_AFTER = regex(
  `^\\s{1,2}(?:(?:wooden|wood|plastic|heat[- ]treated|fumigated)\\s{1,2})?${PALLET_NAMED}`,
  'iu',
);

const HABIT_SAID = anyOf(
  latinWords([HABIT, FOREIGN_HABIT]),
  latinWords(['as (?:usual|always|before|last time)']),
);
/**
 * "Shipping marks: same as last order PO-4471", "Carton marking: as usual, per file MK-22.pdf": the habit then points
 * at an order both sides can pull up, or at the marks' own file, so the marks are on record.
 */
function habitNamesRecord(m: { text: string; end: number }, text: string): boolean {
  if (!test(HABIT_SAID, m.text)) return false;
  const after = text.slice(m.end);
  return test(NAMED_ORDER, after) || test(DESIGN_FILE, after);
}

const FIX = msg('spec.fix.packaging');
const WHY = msg('spec.why.packaging');
const WHY_ADJECTIVE = msg('spec.why.packagingAdjective');
const WHY_OPEN = msg('spec.why.leftOpen');

/**
 * "OPP bag and outer carton, can be decided according to your requirement", "Verpackung kann angepasst werden",
 * "包装可根据客户要求更改": what the line names is only a proposal; the packing itself is left to be settled later.
 */
const OPEN_TO_CHANGE = anyOf(
  latinWords([
    "(?:can|could|may) be (?:decided|customi[sz]ed|changed|arranged|adjusted|discussed|negotiated|modified|made)(?= (?:according|as|per|based|by|to|upon|on)\\b)(?: (?:according to|as per|based on|per|upon|on) (?:your|the |customer[’']?s?|buyer[’']?s?|client[’']?s?)(?: customer[’']?s?| buyer[’']?s?)? ?(?:requirements?|requests?|needs?|demands?|wish(?:es)?|choice))?",
    '(?:can|could|may) be (?:decided|customi[sz]ed|changed|adjusted|negotiated|modified)(?= *(?:$|[,;.]))',
    'se puede(?:n)? (?:personalizar|cambiar|decidir|ajustar|modificar)(?: según [\\p{L} ]{1,30})?',
    '(?:peut|peuvent) (?:être )?(?:personnalisée?s?|modifiée?s?|changée?s?|adaptée?s?)(?: selon [\\p{L} ]{1,30})?',
    '(?:kann|können) (?:nach [\\p{L} ]{1,20} )?(?:individuell )?(?:angepasst|geändert|abgestimmt) werden',
    '(?:pode|podem) ser (?:personalizad|alterad|ajustad|definid)[oa]s?(?: conforme [\\p{L} ]{1,30})?',
    '(?:può|possono) essere (?:personalizzat|modificat|concordat)[oaie](?: secondo [\\p{L} ]{1,30})?',
  ]),
  cjk(['可(?:以)?(?:根据|按照?)?(?:客户|您的?|买家)?(?:要求|需求)?(?:定制|更改|调整|商量|决定)']),
);

export const packagingDetector: AttributeDetector = {
  attribute: 'packaging',
  detect(clause: Clause, line: string): Finding[] {
    if (isSectionHeading(clause, line)) return []; // "Packaging and delivery | Size: …": a table heading, no value.
    const text = clause.text;
    // "standard export carton as defined in packing spec PK-07 rev. 3", "standard export carton, 5-ply, 60×40×40 cm,
    // 24 pcs/carton": the habit word is then defined by a numbered document or by the facts themselves.
    const defined = () => {
      // The facts may follow in the clauses after it, unlabelled ("…, 5-ply, 60×40×40 cm, 24 pcs/carton").
      const owned = `${packingText(clause, line)}, ${line.slice(clause.start + clause.text.length)}`;
      if (PACKING_DOC.test(owned) && test(DESIGN_FILE, owned)) return true;
      if (namesNumberedSpec(owned)) return true;
      return cartonDefined(owned);
    };
    // "standard export pallet 1200x1000mm, stretch wrapped, corner boards": the habit word said of the pallet alone
    // is defined by the pallet's own facts, as a carton's is by its board and size.
    const palletDefined = (m: { end: number }) =>
      PALLET_RIGHT_AFTER.test(text.slice(m.end, m.end + 16)) &&
      palletFactCount(`${packingText(clause, line)}, ${line.slice(clause.start + clause.text.length)}`) >= 2;
    const vague = findAll(VAGUE_PACKING, text).filter((m) => !palletDefined(m) && !habitNamesRecord(m, text));
    const hits: VagueHit[] = (vague.length > 0 && defined() ? [] : vague).map((m) => ({
      ...m,
      why: WHY,
      fix: FIX,
    }));
    const adjectives = [
      ...findAll(ADJECTIVE_PACKING, text),
      ...(ABOUT_PACKING.test(text) ? findAll(PREDICATIVE_PACKING, text) : []),
      // "color box with good printing, nice look": the box's print praised instead of specified.
      ...printPraise(text),
    ];
    if (adjectives.length > 0 && !specific(packingText(clause, line)))
      for (const m of adjectives) hits.push({ ...m, why: WHY_ADJECTIVE, fix: FIX });
    if (clause.attribute === 'packaging' || ABOUT_PACKING.test(text))
      // "pallet optional": whether that part of the packing is there at all is left open, facts or no facts.
      for (const m of [...findAll(OPEN_TO_CHANGE, text), ...optionalPartsLeftOpen(text, line)])
        hits.push({ ...m, why: WHY_OPEN, fix: FIX });
    for (const m of findAll(OPEN_COUNT_PER_PACK, text)) hits.push({ ...m, why: WHY, fix: FIX });
    for (const m of findAll(PACK_FIELD_OPEN, text)) hits.push({ ...m, why: WHY_OPEN, fix: FIX });
    // "Shipping mark will send later", "Warning labels as required", "Amazon ready": marks and prep left for later.
    hits.push(...deferredMarks(text, line));
    // "manual: can put inside according your need", "other languages available": the pack's items only offered.
    hits.push(...packItemsOffered(text, line));
    // "Packing list will follow the actual loading": the packing settled by whatever is loaded.
    if (clause.attribute === 'packaging' || ABOUT_PACKING.test(text)) hits.push(...followsLater(text));
    // "Cartons must pass drop test": a packing test with no height, count or pass line.
    if (ABOUT_PACKING.test(text)) hits.push(...namedTestsLeftOpen(text));
    // "Shipping marks: PO 4471 / C/No. 1-200" spells the marks out: that part is specified.
    // "Marquage carton : « MADE IN CHINA / PO 4471 »", "Kartonbeschriftung: PO 4471 / C/No. 1-120": the same field in
    // the other languages read, when its value spells the marks out (quoted, or with the numbers written on them);
    // "Marquage carton : selon vos souhaits" is still read as any packing value.
    const label = text.slice(0, clause.valueStart);
    const aboutMarks =
      /marks?|labels?|唛头/iu.test(label) ||
      (/marquage|Markierung|Beschriftung|Kennzeichnung|marcatura|marca[cç][aã]o|marcaje|oznaczenie/iu.test(
        label,
      ) &&
        /[«»"„“”]|\d/u.test(text.slice(clause.valueStart)));
    if (clause.attribute === 'packaging' && hits.length === 0 && !aboutMarks) {
      const range = valueRange(clause);
      const value = range ? text.slice(range.start, range.end) : '';
      const contents =
        (test(CONTENTS_LIST, value) && !test(PER_CONTAINER, value)) || INSERTS_ONLY.test(value);
      const undecided = test(ALTERNATIVES, value) || test(UNDECIDED, value);
      // "Packing audit at AQL 1.0, level II": an acceptance limit makes the packing checkable on a sample.
      const audited = AQL_FIGURE.test(value);
      // "包装全部不变，以双方封存的大货样 HZ-0912-03 为准": the packing held to a sample both sides sealed and numbered.
      const heldToSample = heldToIdentifiedSample(value);
      // "Nadruk na opakowaniu: offset CMYK, karton 300 g": the pack's print by its press and board (box-print.ts);
      // the customization rule reads what is left open in a pack print, the packing rule has nothing to add.
      const printByProcess = imprintByProcess(label, value);
      // "…, 12 pcs per inner box, 4 inner boxes per carton, packing ref. PK-07": the supplier's code for a packing
      // the line has already counted at each level; on its own ("Packing: ref. PK-07") it is still asked.
      const codedCountedPack = PACK_CODE.test(text) && cartonDefined(line);
      if (
        range &&
        !contents &&
        !heldToSample &&
        !printByProcess &&
        !codedCountedPack &&
        (test(AS_SAMPLE, value) || undecided || (!audited && !specific(packingText(clause, line))))
      )
        hits.push({ ...range, why: WHY, fix: FIX });
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('packaging', clause, h));
  },
};
