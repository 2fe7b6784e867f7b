/**
 * vague-size: dimensions without a unit ("8.8*8.8*13"), size words
 * ("standard size", "medium", "S, M, L") and estimates ("approx. 13 cm").
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { leftToStock, sizeAlternatives } from './alternatives';
import { assortedSizeRun } from './assorted-size-run';
import type { Clause } from './clauses';
import { openToOther } from './custom-value';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { fillLevels } from './fill-level';
import { lineFacts } from './line-facts';
import { aboutPackMarks, sizeFieldOnly } from './mark-fields';
import { namesAPartNumber } from './named-part-number';
import { openTolerances, toleranceByAgreement } from './open-tolerance';
import {
  APPROX_AFTER_WORDS,
  APPROX_BEFORE,
  anyOf,
  cjk,
  convertsTheValueBefore,
  DIM_SEP,
  findAll,
  LENGTH_UNIT,
  latinWords,
  NUMBER,
  RANGE_SEP,
  regex,
  scriptWords,
  test,
} from './patterns';
import { plugChoices } from './plug-choice';
import { DESIGN_FILE, DOC_BACKREF, heldToIdentifiedSample } from './reference-lexicon';
import { RELATIVE_FIT } from './relative-wording';
import { sizedBySieve } from './sieve-screen';
import { solidSizePerPack } from './solid-pack';
import { type VagueHit, vagueFinding } from './spec-finding';
import { toleranceWords } from './tolerance-word';
import { unitlessCapacities } from './unitless-capacity';
import { type Dimensions, LENGTH_UNIT_HEADER, LENGTH_VALUE, unitlessDimensions } from './units';
import { pendingDrawing } from './unnamed-drawing';
import { wideMeasureHits } from './wide-measure';

/**
 * Habitual sizes in Turkish, Polish, Dutch, Swedish, German, Spanish, French, Russian and Ukrainian. Unlike the
 * English words above they are read only on a line that gives no size of its own (EXPLICIT_SIZE): "standart ölçü
 * 120×80 cm (EUR EPAL)" names the habit and then the size.
 */
const HABIT_SIZE_WORDS = anyOf(
  latinWords([
    // Turkish, Polish, Dutch and Swedish sizes by habit: "standart ölçü", "rozmiar standardowy", "standaardmaat".
    '(?:standart|normal|genel) (?:ölçü|beden|boy(?:ut)?)(?:de|da|lü|lu)?',
    '(?:rozmiar|wymiar)(?:y)? (?:standardow[ya]|uniwersaln[ya])',
    'standardow[ya] (?:rozmiar|wymiar)',
    'standaard ?(?:maat|formaat|afmeting(?:en)?)',
    'standard ?(?:storlek|mått)',
    // "fits most cars", "passend für die meisten Autos", "para la mayoría de": a fit to most of an unnamed list.
    'passend für (?:die )?meisten',
    'para (?:la )?mayoría de',
    'pour la plupart des',
    // The same fit in Polish, Czech, Slovak, Italian, Portuguese and Dutch: "pasuje do większości modeli VW",
    // "pasuje na większość aut", "hodí se pro většinu vozů", "adatto alla maggior parte dei", "serve na maioria dos".
    '(?:pasuj(?:e|ą)|pasując[ya]|pasujące|dopasowan[ya]) (?:do|na) większoś(?:ci|ć)',
    '(?:do|dla) większości (?:modeli|aut|samochodów|pojazdów|marek)',
    '(?:hodí|pasuje|sedí) (?:se |sa )?(?:pro|na|do) (?:většinu|väčšinu|většiny|väčšiny)',
    '(?:adatt[oaie]|compatibil[ei]|va bene) (?:alla|a|per|con)(?: la)? maggior parte de(?:i|gli|lle|l)',
    '(?:serve|compatível|adequad[oa]) (?:n?a|para a|com a) maioria d(?:os|as|e)',
    'past op de meeste',
  ]),
  // Russian and Ukrainian: "стандартный размер", "підходить для більшості авто", "подходит для большинства".
  scriptWords([
    'стандартн\\p{L}{1,3} (?:размер|розмір)\\p{L}{0,2}',
    '(?:размер|розмір)\\p{L}{0,2} стандартн\\p{L}{1,3}',
    '(?:підходить|подходит|підійде|подойд[её]т) (?:для )?(?:більшості|большинства)',
    'універсальн\\p{L}{1,3} (?:розмір|посадк\\p{L})',
  ]),
);
/** The fit to "most" of something, in the languages read: "fits most", "passend für die meisten", "maggior parte". */
const FIT_TO_MOST =
  /(?<!one size )(?:fits most|meisten|mayoría|plupart|większo\p{L}+|většin\p{L}|väčšin\p{L}|maggior parte|maioria|meeste|більшост\p{L}|большинств\p{L})/iu;
/**
 * Two model codes or more in a list: "A12, A15, B20", "Golf 7 / Passat B8", "X-200 und X-300". A code starts with a
 * letter and carries a digit, so voltages and sizes ("12V, 24V", "10, 12, 14") are no list of models.
 */
const MODEL_CODE = String.raw`(?:\p{Lu}\p{L}{1,15}\s)?\p{Lu}[\p{L}]{0,6}[- ]?\d{1,5}[\p{L}\d-]{0,6}`;
const MODEL_LIST = new RegExp(
  `(?<![\\p{L}\\d])${MODEL_CODE}(?:\\s{0,2}(?:,|/|;|and|und|et|e|y|i|и|та|ve)\\s{0,2}${MODEL_CODE}){1,}(?![\\p{L}\\d])`,
  'u',
);

/**
 * The list is named as the models fitted: "model list", "elenco modelli:", "Modelle:", "fits: …", "compatible models",
 * or follows "fits most cars:" itself.
 * Without it, codes after "fits most" are the product's own figures ("PD 65W and PD 100W", "M12 and M16 bolts").
 */
const LIST_NAMED =
  /(?:\b(?:models?|list|fits|compatible with|vehicles?)\s{0,2}[:：]|(?:most|meisten|plupart|mayoría|maioria|maggior parte)(?:\s+\p{L}+){1,3}\s{0,2}[:：]|\b(?:model|vehicle|fitment|compatib\p{L}*) list|elenco|lista|liste|Liste|seznam|zoznam|список|перелік|modell\p{L}*\s{0,2}[:：]|mod[eè]l\p{L}*\s{0,2}[:：]|модел\p{L}*\s{0,2}[:：]|型号\s{0,2}[:：]|适用(?:车型|型号))/iu;

/**
 * "Compatibile con la maggior parte dei modelli; elenco modelli: A12, A15, B20", "fits most trucks — list: FH12, FH16":
 * the line names the models the part fits, so "most" is only the supplier's summary of a list the order holds.
 */
function fitListed(word: string, line: string): boolean {
  return FIT_TO_MOST.test(word) && MODEL_LIST.test(withoutRatings(line)) && LIST_NAMED.test(line);
}

/**
 * "PD 65W and PD 100W", "QC 18W / PD 20W", "USB-C 5V/3A": figures with an electrical unit are ratings, which any number
 * of devices share; they name no model the part fits. Blanked before the model codes are read.
 */
const RATING = /(?<![\p{L}\d])\d{1,5}(?:[.,]\d{1,2})?\s?(?:kW|W|V|A|mA|mAh|Ah|Wh|Hz)(?![\p{L}\d])/gu;
const withoutRatings = (line: string): string => line.replace(RATING, (m) => ' '.repeat(m.length));

/** Dimensions written out with their unit ("120×80 cm", "150x190 y 150x200 cm") or a named standard format. */
const EXPLICIT_SIZE = String.raw`(?:\d+(?:[.,]\d+)?\s{0,2}[x×*]\s{0,2}\d+(?:[.,]\d+)?[^;]{0,24}?(?<![\p{L}])(?:mm|cm|m|in|inch(?:es)?|см|мм|м)(?![\p{L}])|(?<![\p{L}\d])(?:A[0-6]|B[0-6]|EUR[- ]?EPAL|EPAL|EUR[- ]?pallet|ISO 216|DIN A[0-6])(?![\p{L}\d]))`;

/**
 * "Maleta: 55x40x20 cm (±1 cm), tamaño cabina", "Koffer 55x40x20 cm, Größe Handgepäck": after the line has given the
 * dimensions, a later clause that only puts a size word before a class name ("cabin", "carry-on") says which class
 * those dimensions fit; the figures, not the word, bind the goods. Only a clause with no colon of its own after the
 * size word (a field of its own, "Handle size: standard", is still judged) and only after written-out dimensions.
 */
const SIZE_REFERENCE =
  /(?<!\p{L})(?:as|like|same|similar|sample|picture|photo|image|custom\p{L}*|any|según|como|muestra|foto|imagen|comme|photo|échantillon|wie|Muster|Bild|como|amostra|come|campione|standard|normal\p{L}?|regular|big|large|small|grande|pequeñ[oa])(?!\p{L})/iu;

function namesClassOfGivenSize(clause: Clause, line: string): boolean {
  if (clause.start === 0 || /[:：=]/u.test(clause.text.slice(0, clause.valueStart))) return false;
  // "size as picture", "tamaño según muestra": a reference, not a class name; any figure is the size rule's to read.
  const value = clause.text.slice(clause.valueStart);
  if (/\d/u.test(clause.text) || !/^\s{0,2}\p{L}+(?:[ -]\p{L}+)?\s{0,2}$/u.test(value)) return false;
  if (SIZE_REFERENCE.test(value)) return false;
  return test(EXPLICIT_SIZE, line.slice(0, clause.start));
}

/**
 * "standard size 183 x 61 cm", "标准尺寸：60×40 cm": the size word is followed at once by the dimensions it means, so
 * it only names them. A size given further on ("standard size, box 30x20 cm") may be another part's, and is not read.
 */
const SIZE_RIGHT_AFTER = regex(`^\\s{0,2}[:：(（-]?\\s{0,2}${EXPLICIT_SIZE}`, 'iu');

export const SIZE_WORDS = anyOf(
  latinWords([
    '(?:standard|normal|regular|common|usual|big|large|small|medium|custom|free|any|same) sizes?',
    'one size fits (?:all|most)',
    'fits most',
  ]),
  cjk(['标准尺寸', '常规尺寸', '正常尺寸', '大号', '中号', '小号', '均码', '标准码']),
  latinWords([
    '(?:fits )?true to size',
    'tamaño (?:estándar|estandar|normal|único)',
    'talla (?:estándar|estandar|normal|única|real)',
    'su talla (?:normal|habitual)',
    'taille (?:standard|normale|unique)',
    'Standardgröße',
    'Einheitsgröße',
    'Normalgröße',
    'tamanho (?:padrão|normal|único)',
    'taglia (?:standard|unica|normale)',
    'misura (?:standard|normale|unica)',
    'dimensioni standard',
    // "Granulação: fina padrão", "Grind: medium", "Mahlgrad: fein": a powder's or a grind's fineness by word, with no
    // mesh, sieve or micron figure; one mill's fine is another's medium.
    '(?:granula(?:tion|ção|ción|zione)|granulometr(?:ia|ía|y|ie)|grind(?:ing)?(?: size)?|particle size|grain size|molienda|moagem|moedura|mouture|Mahlgrad|Körnung|macinatura|öğütme|granülometri|tingkat kehalusan)\\s{0,2}[:：]?\\s{0,3}(?:(?:extra|very|muito|muy|très|sehr|molto|çok) )?(?:fine|fina|fino|fin|fine?s?|fein|medium|m[ée]dia|medio|media|moyenne|mittel|coarse|grossa|grosso|gruesa|grueso|grosse|grob|ince|orta|kalın|halus|kasar)(?: (?:padrão|standard|estándar|normal|regular|normale|Standard))?(?![^,;]{0,16}\\d)',
  ]),
  HABIT_SIZE_WORDS,
);
/**
 * "Size breakdown to follow", "beden dağılımı sonra bildirilecek", "desglose por tallas: por definir": how the order
 * splits across sizes is given after it is placed, so the supplier cuts whatever run it likes and the split sent later
 * is met by "already in production". Read wherever it stands, label or not.
 */
const SPLIT_LATER = anyOf(
  latinWords([
    'size (?:breakdown|split|distribution|ratio|assortment|curve|run)s?\\s{0,2}[:：]?\\s{0,3}(?:(?:will|to|shall) (?:be )?|is )?(?:to follow|(?:sent|given|told|advised|confirmed|provided)(?: to you)? later|later|TBA|TBC|TBD|pending|to be (?:advised|confirmed|sent|given|told|decided|defined)(?: later)?)',
    'beden (?:dağılımı|asortisi|oranı)\\s{0,2}[:：]?\\s{0,3}(?:sonra(?:dan)?|daha sonra|ileride) (?:bildirilecek|verilecek|iletilecek|gönderilecek|belirlenecek)(?:tir)?',
    '(?:desglose|distribución|surtido) (?:de|por) tallas?\\s{0,2}[:：]?\\s{0,3}(?:por (?:definir|confirmar)|a confirmar|pendiente|se (?:enviará|confirmará|indicará|dará) (?:más tarde|después))',
    'r[ée]partition (?:des|par) tailles?\\s{0,2}[:：]?\\s{0,3}(?:à (?:venir|définir|confirmer)|(?:sera )?(?:communiquée|envoyée|confirmée) plus tard)',
    '(?:ripartizione|suddivisione|assortimento) (?:delle |per )?tagli[ae]\\s{0,2}[:：]?\\s{0,3}(?:da (?:definire|confermare|comunicare)|(?:sarà )?comunicat[ao] (?:in seguito|più tardi))',
    '(?:grade|distribuição) (?:de|por) tamanhos?\\s{0,2}[:：]?\\s{0,3}(?:a (?:definir|confirmar)|(?:será )?(?:enviada|informada|confirmada) depois)',
    'Größen(?:verteilung|aufteilung|schlüssel)\\s{0,2}[:：]?\\s{0,3}(?:folgt(?: später)?|wird (?:nachgereicht|später mitgeteilt)|noch offen)',
  ]),
  cjk(['(?:尺码|配码)(?:分配|比例)?\\s{0,2}[:：]?\\s{0,3}(?:待定|后补|以后再(?:给|定|发)|另行通知)']),
);

/**
 * "Size split: to follow sheet SS-9 (S 50 / M 80 / L 80)": "to follow" governing a numbered document or the figures
 * themselves means "conform to", not "sent later". Only the English "to follow" has that reading.
 */
const FOLLOWED_OBJECT =
  /^\s{1,2}(?:(?:the|our|your|this|attached|enclosed|previous|last|same|table|sheet|list|file|order|chart|ratio|breakdown|as|in|per)\s{1,2}){0,4}?(?:[A-Z]{1,6}-?\d[\w/.-]*|\(?\s?(?:XXS|XS|S|M|L|XL|XXL|\d{2,3})\s?[:=x×]?\s?\d)/u;
const FIGURES_AFTER_COLON = /^\s{0,2}[:：]\s{0,3}\(?(?:XXS|XS|S|M|L|XL|XXL|\d{2,3})\s?[:=x×]?\s?\d/u;

function followsAGivenSplit(text: string, m: { end: number; text: string }): boolean {
  if (!/to follow$/iu.test(m.text)) return false;
  const after = text.slice(m.end);
  return FOLLOWED_OBJECT.test(after) || FIGURES_AFTER_COLON.test(after);
}

/**
 * "Colour and size similar to sample", "Size and colour same as sample": one likeness said of two attributes
 * leaves the size open too, though the label names the colour first. Read on the whole clause.
 */
const PAIRED_LIKENESS = latinWords([
  `(?:(?:colou?rs?|shape|style|material|design) (?:and|&) sizes?|sizes? (?:and|&) (?:colou?rs?|shape|style|material|design)) (?:same as|similar to|like|as per|according to) (?:the |our |your )?(?:samples?|pictures?|photos?|images?)`,
]);
/**
 * "1.6 mm ±10%", "2 mm ±5 %": a percentage tolerance on a length is a bound anyone can measure against (1.44–1.76
 * mm), the way boards and sheets are toleranced. Only a share wider than a tenth ("30 cm ±20%") leaves the size loose
 * enough to read as an estimate. (On a count the same "±5 %" is an allowance, read in quantity-allowance.)
 */
const LOOSE_PERCENT = String.raw`(?:\+\/-|±)\s{0,3}(?:1[1-9]|[2-9]\d|\d{3})(?:[.,]\d{1,3})?\s{0,3}%`;
const APPROX_AFTER = anyOf(APPROX_AFTER_WORDS, LOOSE_PERCENT);
const APPROX_LENGTH = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}\\s{0,3}${LENGTH_UNIT}`,
  // "about 25-30cm": an estimate on a range is no closer to a measure than either end.
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}${RANGE_SEP}${NUMBER}\\s{0,3}${LENGTH_UNIT}`,
  // "around 38 x 42 cm": an estimate on a whole dimension group.
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}(?:${DIM_SEP}${NUMBER}){1,2}\\s{0,3}${LENGTH_UNIT}`,
  `${NUMBER}\\s{0,3}${LENGTH_UNIT}\\s{0,3}[(（]?\\s{0,3}${APPROX_AFTER}[)）]?`,
);
/** "size chart" in the further languages read: Russian, Polish, Japanese. */
const CHART_WORDS = anyOf(
  scriptWords(['таблиц\\p{L}{0,2} размеров', 'размерн\\p{L}{1,3} сетк\\p{L}{1,2}']),
  latinWords(['tabel\\p{L}{0,2} rozmiarów']),
  cjk(['サイズ表']),
);
/** A size chart the order points to: "per attached size chart", "size chart SC-104". */
/**
 * "size ratio 1-2-3-3-2-1 per carton", "配码 1-2-2-1": how many of each size go in a carton, counted size by
 * size, in the order of a run named on the line; a packing fact, not a size left open.
 */
const SIZE_RATIO = anyOf(
  `${latinWords(['(?:size\\s+)?(?:ratio|assortment|breakdown|curve)', 'proporci[oó]n de tallas', 'grade de tamanhos', 'Größenverteilung'])}[^\\d]{0,6}\\d+(?:\\s*[-:/]\\s*\\d+){2,}`,
  `${cjk(['配码', '配比', '尺码比例'])}\\D{0,4}\\d+(?:\\s*[-:/]\\s*\\d+){2,}`,
);
const SIZE_RATIO_AT_START = `^(?:${SIZE_RATIO})`;
/**
 * "size ratio S:M:L:XL = 1:2:2:1 within each colour": the ratio with the sizes it shares out written as its head,
 * one size to each part. The letters name the shares, as the run named elsewhere does in "size ratio 1-2-2-1".
 */
const SIZE_NAME = String.raw`(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL|\d{2,3})`;
const HEADED_RATIO = new RegExp(
  String.raw`^\s{0,3}(?:size\s+)?(?:ratio|curve|assortment|breakdown|split)\s{0,3}[:：]?\s{0,3}(${SIZE_NAME}(?:\s?[:/-]\s?${SIZE_NAME}){2,})\s{0,3}=\s{0,3}(\d{1,2}(?:\s?[:/-]\s?\d{1,2}){2,})\s{0,3}(?:(?:within|per|in|for)\s(?:each\s|every\s)?(?:colou?r|carton|ctn|pack|SKU|style|box)s?)?\s{0,3}[.;,]?\s{0,3}$`,
  'iu',
);
function headedRatio(clauseText: string): boolean {
  const m = HEADED_RATIO.exec(clauseText);
  return m !== null && m[1]!.split(/[:/-]/u).length === m[2]!.split(/[:/-]/u).length;
}
/**
 * "藏青 19-4024 TCX S/M/L/XL = 200/400/400/200", "tallas S/M/L/XL = 50/100/100/50; total 300": the sizes written as a
 * head and their counts after it, one count to each size, inside a value. It is a split of the order only where the
 * line says so (a breakdown label, or a total the counts add up to); "S/M/L = 50/52/54" alone may be chest widths.
 */
const SPLIT_HEAD = new RegExp(
  String.raw`(?<![\p{L}\d])(${SIZE_NAME}(?:\s?[:/-]\s?${SIZE_NAME}){2,})\s{0,3}[=:：]\s{0,3}(\d{1,5}(?:\s?[:/-]\s?\d{1,5}){2,})(?![\d.,]?\d|\s?[:/-]\s?\d|\s{0,2}(?:${LENGTH_UNIT}|%))`,
  'iu',
);
const TOTAL_WORD = /\b(?:total|in all|en total|au total|insgesamt|totale|toplam)\b|合计|共计|总计|总数/iu;
function splitHead(value: string, label: string, line: string): { start: number; end: number } | undefined {
  const m = SPLIT_HEAD.exec(value);
  if (!m || m[1]!.split(/[:/-]/u).length !== m[2]!.split(/[:/-]/u).length) return undefined;
  if (!BREAKDOWN_LABEL.test(label) && !TOTAL_WORD.test(line)) return undefined;
  const end = m.index + m[0].length;
  // "S:M:L:XL = 1:2:2:1 roughly", "= 50/100/100/50 or per stock, total about 300": an estimate or a stock condition
  // anywhere after the counts (on the total, say) loosens them again.
  const tail = value.slice(end);
  if (test(APPROX_AFTER_WORDS, tail) || test(APPROX_BEFORE, tail) || looseTail(tail)) return undefined;
  return { start: m.index, end };
}
/** "or per stock", "o según stock": the counts offered with the supplier's stock as the other side. */
const OR_PER_STOCK =
  /(?<!\p{L})(?:or|o|ou|oder|lub|oppure)\s{1,2}(?:as\s)?per\s{1,2}(?:stock|inventory|availability)(?!\p{L})/iu;
function looseTail(tail: string): boolean {
  return OR_PER_STOCK.test(tail) || leftToStock(tail).length > 0;
}
/** "Size ratio: 1-2-2-1": the counts alone under a ratio label. */
const RATIO_COUNTS = /^\d+(?:\s*[-:/]\s*\d+){2,}$/u;
const SIZE_CHART = anyOf(
  `${latinWords(['size chart'])}.{0,30}${anyOf(latinWords(['attached', 'see', 'per']), DESIGN_FILE)}`,
  `${CHART_WORDS}.{0,30}${DESIGN_FILE}`,
  // The chart by its code: "по таблице размеров SIZE-CH-07", "サイズ表 SC-12".
  `${CHART_WORDS}\\s{0,3}[A-Z]{1,8}(?:-[A-Z0-9]{1,8}){1,3}`,
  `${anyOf(latinWords(['attached', 'per', 'see']), DESIGN_FILE)}.{0,30}${latinWords(['size chart'])}`,
);
/** Sizes defined by a published system or an attached chart, or a measured value in another unit ("Depth: 3 bar"). */
/** The GPI/SPI neck diameters in mm, and the thread styles that follow them. */
const NECK_DIAMETER = '(?:13|15|18|20|22|24|28|33|38|43|45|48|53|58|63|70|89|100|110|120)';
const THREAD_STYLE = '(?:400|410|415|425|430)';
const NECK_WORD = String.raw`(?:\b(?:neck|finish|GPI|SPI|DIN|thread|caps?|closures?|pumps?|sprayers?|dispensers?|triggers?)\b|瓶口|口径|牙型)`;
const STANDARD_SIZE = anyOf(
  `${NUMBER}\\s{0,2}(?:bar|atm|psi|kPa|MPa|V|W|mAh|Hz|dB|rpm|px|pixels)(?![A-Za-z])`,
  `${NUMBER}\\s{0,3}(?:ml|l|cl|fl\\.? ?oz|oz|liters?|litres?|gal(?:lons?)?|qt|quarts?|毫升|升)(?![A-Za-z])`,
  // A shoe or garment size system before the run, also with the wearer named ("US men 7-12", "UK women's 4")
  // or in Chinese (欧码36-40, 美码 9): a size run of a published system, not an open range.
  String.raw`\b(?:EU|US|UK|CN)\s{0,2}(?:(?:men|women|ladies|kids|youth)(?:'s)?\s{1,2})?\d{1,2}|(?<!\d)\d{2}\s{0,2}[-–~]\s{0,2}\d{2}\s{0,2}[(（]?(?:EU|US|UK|CN)\b`,
  String.raw`(?:欧码|美码|英码|中国码|国码)\s{0,2}\d{1,2}`,
  // The system after the size: "7 (US)", "42 EU", "9.5 UK".
  String.raw`(?<![\d.])\d{1,2}(?:[.,]5)?\s{0,2}[(（]?\s{0,2}(?:EU|US|UK|CN|JP)\b`,
  // A size set by the named model it must fit: "to fit iPhone 15", "for Galaxy S24", "compatible with MacBook Air 13".
  // Not a wearer's age ("for kids 3-5"): that is a size word, not a model.
  String.raw`\b(?:to fit|fits?|for|compatible with)\s{1,3}(?!(?:kids?|child(?:ren)?|babies|baby|toddlers?|boys?|girls?|men|women|adults?|ages?|years?|teens?)\b)(?:[A-Z][\p{L}]+\s{1,2}){0,2}[A-Z][\p{L}]*\s{0,2}[A-Z]?\d{1,4}\b`,
  String.raw`\bA[0-6]\b`,
  // Sizes of published trade systems, measurable without a unit: pipe DN/NPS, tyres (ISO/ETRTO 700x23C,
  // 225/45R17), wire and sheet gauges, US toddler sizes (2T), bra band and cup (75B), numbered ball sizes.
  String.raw`\b(?:DN|NPS|PN)\s{0,2}\d{1,4}\b`,
  String.raw`\b\d{3}\s{0,2}[x×]\s{0,2}\d{2}\s{0,2}[A-D]\b`,
  String.raw`\b\d{3}\s{0,2}/\s{0,2}\d{2}\s{0,2}Z?R\s{0,2}\d{2}\b`,
  String.raw`\b\d{1,2}\s{0,2}(?:gauge|ga|AWG|SWG|BWG|G)\b`,
  String.raw`\b[2-6]T\b`,
  String.raw`\b(?:6[05]|[789][05]|1[01][05])\s{0,2}(?:AA|A|B|C|DD|D|E|F|G)\b`,
  String.raw`(?:#|\bNo\.?\s{0,2}|\bsize\s)[1-7]\s{0,2}(?:ball|balls)\b|\b(?:ball|balón|ballon|Ball|bola|pallone)\s{1,3}(?:size|talla|taille|Größe|tamanho|misura)\s{0,2}[1-7]\b`,
  String.raw`\bM\d{1,2}\s{0,2}[x×]\s{0,2}\d{1,4}`,
  // "Thread: M8", "螺纹：M8", "スレッド: M8": a metric thread by its ISO 261 designation, coarse pitch implied.
  String.raw`(?:thread|Gewinde|rosca|filetage|filettatura|gwint|резьба|螺纹|螺紋|ねじ|ネジ|スレッド)[^,;\d]{0,12}(?<![\p{L}\d])M\d{1,2}(?![\d.,]|\s{0,2}(?:mm|cm)\b)`,
  // A bottle neck finish by its GPI/SPI code: "24/410", "28-400", "20/415" — the diameter in mm, then the thread
  // style; caps, pumps and sprayers are bought to it. Only the standard neck diameters count, and a dash form
  // ("28-400", which reads as any range) only beside a neck, finish, cap or pump word: "Size: 50-400" stays a range.
  String.raw`(?<![\d.,/])${NECK_DIAMETER}\s{0,2}/\s{0,2}${THREAD_STYLE}(?![\d.,/])(?!\s{0,2}(?:mm|cm|m|in)\b)`,
  String.raw`${NECK_WORD}[^,;\d]{0,24}${NECK_DIAMETER}\s{0,2}[-–]\s{0,2}${THREAD_STYLE}(?![\d.,/])(?!\s{0,2}(?:mm|cm|m|in)\b)`,
  String.raw`(?<![\d.,/])${NECK_DIAMETER}\s{0,2}[-–]\s{0,2}${THREAD_STYLE}\s{0,2}(?:GPI|SPI|neck|finish|thread|DIN|cap|closure)`,
  // A shoe width by the US letters after its word: "Medium (B,M)", "Medio (D,M)", "Wide (2E)", "Ancho (EE)". The
  // letters are the published width; the word only names it.
  String.raw`[(（]\s{0,2}(?:[A-E]\s{0,2},\s{0,2}[MNW]|[2-6]E|E{2,4})\s{0,2}[)）]`,
  SIZE_CHART,
);

/** General tolerances by a published class: "untoleranced dimensions to ISO 2768-m", "DIN 7168 mittel", "GB/T 1804-m". */
const TOLERANCE_STANDARD = /\b(?:ISO|DIN|GB\/?T|JIS|BS|EN|ANSI|ASME)\s{0,2}(?:Y14\.5|[A-Z]?\d{3,5})/u;

/** Qualifiers of a size run: "full sizes only", "no half sizes", "half sizes included". */
const RUN_QUALIFIER = latinWords([
  '(?:full|whole) sizes(?: only)?',
  'no half sizes',
  'half sizes (?:included|too|as well)',
  'with half sizes',
]);

/**
 * "S 600 / M 900 / L 900 / XL 600 pairs", "XS: 50, S: 120, M: 200 = 370 pcs": each letter bound to its count is a
 * split of the order by size, a quantity; what the letters measure is the size chart's business, not this line's.
 */
const SIZE_LETTER = String.raw`(?:XXS|XS|S|M|L|XL|XXL|XXXL|[2-6]XL)`;
const LETTER_COUNT = new RegExp(
  String.raw`(?<![\p{L}\d])${SIZE_LETTER}\s{0,2}[:：=x×-]?\s{0,2}\d{1,3}(?:[,.' ]\d{3})*(?![\d.,]?\d|\s{0,2}(?:${LENGTH_UNIT}|%))`,
  'gu',
);
const LONE_LETTER = new RegExp(String.raw`(?<![\p{L}\d])${SIZE_LETTER}(?![\p{L}\d])`, 'u');

/** A value that is a count per size letter, with no letter left uncounted. */
function countedPerSize(value: string, label = ''): boolean {
  // Only with the total the counts add up to ("…, total 3,000 pairs", "= 900 pcs"), or under a label that calls
  // the line a breakdown ("Size split per colour: …"): the line is then the order's split by size. Letters with
  // counts alone stay a size run whose measurements no chart gives.
  if (!ADDS_UP.test(value) && !BREAKDOWN_LABEL.test(label)) return false;
  const pairs = value.match(LETTER_COUNT) ?? [];
  return pairs.length >= 2 && !LONE_LETTER.test(value.replace(LETTER_COUNT, ' ').replace(ADDS_UP, ' '));
}
/**
 * "S 15% / M 30% / L 30% / XL 20% / XXL 5%", "S-10%, M-40%, L-40%, XL-10%": each letter bound to its share of the
 * order, the shares adding up to 100 %, is a size ratio — a split of the quantity anyone can count, like counts
 * adding up to a total. What the letters measure is the size chart's business, not this line's.
 */
const LETTER_SHARE = new RegExp(
  String.raw`(?<![\p{L}\d])${SIZE_LETTER}\s{0,2}[:：=-]?\s{0,2}(\d{1,3}(?:[.,]\d{1,2})?)\s{0,2}[%％]`,
  'gu',
);
function sharedPerSize(value: string): boolean {
  const shares = [...value.matchAll(LETTER_SHARE)];
  if (shares.length < 2 || LONE_LETTER.test(value.replace(LETTER_SHARE, ' '))) return false;
  const sum = shares.reduce((total, m) => total + Number(m[1]!.replace(',', '.')), 0);
  return Math.abs(sum - 100) < 0.5;
}
/**
 * "sample size = square root of the cartons, rounded up", "sample size per ISO 2859-1 level II": an inspection's
 * sample is a count drawn by a stated rule, not a measure of the goods ("sample size M" still is one).
 */
const SAMPLE_LABEL =
  /\b(?:sample|sampling)\s{1,2}size\b|tamaño de (?:la )?muestra|taille (?:de l'|d')[ée]chantillon|tamanho (?:da )?amostra|Stichprobenumfang|抽样数量|抽样数/iu;
const SAMPLING_RULE =
  /square root|√|\bsqrt\b|ra[ií]z cuadrada|racine carr[ée]e|raiz quadrada|Quadratwurzel|\bISO\s{0,2}2859|\bZ1\.4\b|GB\/?T\s{0,2}2828|\blevel\s{0,2}(?:I{1,3}|S-?[1-4])\b|\b(?:cartons?|ctns?|units|pcs)\b|平方根|箱/iu;
function samplingRule(label: string, value: string): boolean {
  return SAMPLE_LABEL.test(label) && SAMPLING_RULE.test(value);
}

/** A label that names the counts after it as a split of the order: "Size breakdown:", "Desglose por talla:". */
const BREAKDOWN_LABEL =
  /\b(?:breakdown|size (?:split|distribution|assortment|ratio)|desglose|distribuci[oó]n (?:por|de) tallas?|r[ée]partition (?:par|des) tailles?|distribui[cç][aã]o (?:por|de) tamanhos?|grade de tamanhos|Gr[öo](?:ß|ss)enverteilung)\b|配码|尺码分配/iu;
// "(780 pcs per colour)": the total of one colour's split is a total too.
const ADDS_UP =
  /(?:=|\b(?:total|in all|en total|au total|insgesamt|totale|合计|共))\s{0,3}:?\s{0,3}\d|\d\s{0,3}(?:pcs|pieces|pairs|units|uds|pz)?\s{0,3}(?:in all|in total|en total|au total|insgesamt)\b|\d\s{0,3}(?:pcs|pieces|pairs|units)\s{1,3}(?:per|each|for each)\s{1,3}(?:colou?r|style|design|model)\b/iu;

/**
 * "36x1, 37x2, 38x3, 39x3, 40x2, 41x1 = 12 pairs", "35/1, 36/2, 37/2, 38/1 (6 prs per ctn)": a shoe or numbered
 * garment size bound to its count, the counts adding up to the total the line states. The line splits the order
 * (or a carton) by size, which is a count anyone can check; the sum is what tells a run from measurements.
 */
const NUMBERED_SIZE_COUNT =
  /(?<![\d.,])(?:1[5-9]|[2-5]\d)(?:[.,]5)?\s{0,2}(?:[x×*:：=/]|-(?!\s{0,2}\d{2}\b))\s{0,2}(\d{1,3})(?![\d.,]?\d|\s{0,2}(?:mm|cm|m|in|%|[x×*]\s{0,2}\d))/gu;
// "por caja de 12 pares", "per carton of 12 pairs", "par colis de 12 paires": the carton's count after it.
const STATED_TOTAL =
  /(?:=|\b(?:total|in all|en total|au total|insgesamt|totale)\b|合计|共)\s{0,3}:?\s{0,3}(\d{1,5})|(\d{1,5})\s{0,3}(?:pairs|prs|pcs|pieces|pares|paires|Paar)\.?\s{0,3}(?:per|\/|in|each|por|par|pro|je)\s{0,2}(?:master\s|inner\s)?(?:cartons?|ctns?|box(?:es)?|cases?|caja|caixa|colis|Karton)\b|(?:per|in|each|por|par|pro|je|na)\s{0,2}(?:master\s|inner\s)?(?:cartons?|ctns?|box(?:es)?|cases?|caja|caixa|colis|Karton|scatola|cartone|karton)\s{1,2}(?:of|de|da|di|mit|à|with|z)\s{1,2}(\d{1,5})\s{0,3}(?:pairs|prs|pcs|pieces|pares|paires|Paar|paia|pary|pz)\b/iu;

function countedPerNumberedSize(value: string): boolean {
  const total = STATED_TOTAL.exec(value);
  const stated = total ? Number(total[1] ?? total[2] ?? total[3]) : Number.NaN;
  if (!total || !(stated > 0)) return false;
  // The total's own number is not a size: read the pairs outside it.
  const pairs = [...value.replace(total[0], ' ').matchAll(NUMBERED_SIZE_COUNT)];
  if (pairs.length < 3) return false;
  return pairs.reduce((sum, m) => sum + Number(m[1]), 0) === stated;
}

const FIX_GENERIC = msg('spec.fix.sizeGeneric');

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function dimensionFix(d: Dimensions): Msg {
  const largest = Math.max(...d.numbers);
  const smallest = Math.min(...d.numbers);
  const unit = largest >= 200 ? 'mm' : 'cm';
  const tolerance = unit === 'mm' ? '1' : round(Math.max(0.1, smallest * 0.02));
  const axes = d.numbers.length === 3 ? 'L×W×H' : 'L×W';
  const size = d.numbers.map(round).join(' × ');
  return msg('spec.fix.sizeDimensions', { size, unit, axes, tolerance });
}

const WHY_UNITLESS = msg('spec.why.sizeUnitless');
const WHY_WORD = msg('spec.why.sizeWord');
const WHY_APPROX = msg('spec.why.sizeApprox');

/**
 * "about 40 x 60 (cm, tolerance ±1)", "approx. 35 (cm)": the header gives the unit (and a tolerance), but the figures
 * themselves are called an estimate. Which of the two governs is not clear, so the hedge is told as it is on
 * "about 40 x 60 cm".
 */
const HEDGED_UNDER_HEADER = `${APPROX_BEFORE}\\s{0,3}${NUMBER}(?:(?:${DIM_SEP}${NUMBER}){1,2}|(?=\\s{0,3}[(（]))`;

export const sizeDetector: AttributeDetector = {
  attribute: 'size',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const labelled = clause.attribute === 'size';
    const hasHeader = test(LENGTH_UNIT_HEADER, text);
    const hits: VagueHit[] = [];
    if (!hasHeader) {
      for (const d of unitlessDimensions(text)) {
        if (d.numbers.length === 3 || labelled) hits.push({ ...d, why: WHY_UNITLESS, fix: dimensionFix(d) });
      }
    } else {
      for (const m of findAll(HEDGED_UNDER_HEADER, text))
        hits.push({ ...m, why: WHY_APPROX, fix: FIX_GENERIC });
    }
    hits.push(
      ...sizeAlternatives(text),
      ...plugChoices(text),
      ...fillLevels(text),
      ...unitlessCapacities(text),
    );
    if (labelled) hits.push(...leftToStock(text));
    // "Outer diameter: <=500, or customized": the size given, then the offer to make any other.
    if (labelled) hits.push(...openToOther(clause));
    // "tolerance as per drawing (drawing tbc)": the size held to a drawing said not to exist yet.
    if (labelled)
      for (const m of pendingDrawing(text, clause.valueStart))
        hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    // "Size: 30-50cm": one piece may measure anything inside a wide range.
    if (labelled && !test(DESIGN_FILE, text)) hits.push(...wideMeasureHits(clause, 'size'));
    for (const m of toleranceWords(text)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    // "Please allow 1-3cm error due to manual measurement", "±0.5mm~±2mm depending on process": a figure the seller
    // keeps open.
    for (const m of openTolerances(text)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    // "Maßtoleranz: nach Absprache", "Допуск: по согласованию": the tolerance field left to a later agreement.
    for (const m of toleranceByAgreement(clause)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    for (const m of findAll(PAIRED_LIKENESS, text)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    for (const m of findAll(SPLIT_LATER, text))
      if (!followsAGivenSplit(text, m)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    // "a bit looser than last order": the fit set against an order this one does not record.
    for (const m of findAll(RELATIVE_FIT, text)) hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    for (const m of findAll(APPROX_LENGTH, text))
      if (!convertsTheValueBefore(text, m.start)) hits.push({ ...m, why: WHY_APPROX, fix: FIX_GENERIC });
    if (labelled) {
      // "All dimensions as stated on the drawing" on a line naming drawing DWG-123 rev B: the drawing governs them.
      const byDrawing = test(DOC_BACKREF, text) && lineFacts(line).designFile;
      // "…size chart HD-220 (S–XXL, cm), sample size M": the chart the line names defines the letter.
      const byChart = clause.start > 0 && test(SIZE_CHART, line.slice(0, clause.start));
      // "US men 7-12, full sizes only": the qualifier narrows the run of a published system named before it.
      // Only the clause just before is read: rescanning the whole line per clause would be quadratic.
      const qualifiesRun =
        clause.start > 0 &&
        test(RUN_QUALIFIER, text) &&
        test(STANDARD_SIZE, line.slice(Math.max(0, clause.start - 60), clause.start));
      const range = valueRange(clause);
      const measurable =
        hasHeader ||
        test(LENGTH_VALUE, text) ||
        test(STANDARD_SIZE, text) ||
        test(DESIGN_FILE, text) ||
        // "dimensions as per approved sample ref S-12, signed by both parties": a sealed, numbered sample is kept
        // and can be measured against; a bare "as sample" cannot.
        heldToIdentifiedSample(text) ||
        // "same as OEM part no. 4254.86": the original part named by its number, whose drawing can be measured.
        namesAPartNumber(text) ||
        TOLERANCE_STANDARD.test(text) ||
        sizedBySieve(text) ||
        test(SIZE_CHART, text) ||
        byDrawing ||
        byChart ||
        qualifiesRun;
      // A clause that is only the ratio (", size ratio 1-2-3-3-2-1 per carton") leaves no size open; letters
      // before a ratio ("S-XL, assortment 1-2-2-1") are still judged.
      const value = range ? text.slice(range.start, range.end) : '';
      const onlyRatio =
        range !== undefined &&
        (test(SIZE_RATIO_AT_START, value) ||
          (RATIO_COUNTS.test(value) &&
            test(SIZE_RATIO_AT_START, `${text.slice(0, range.start)}${value}`.trim())));
      // The split's own numbers are counts: "S/M/L/XL = 50/100/100/50" offers no sizes to choose from.
      // Read on the whole clause: a label may swallow the head ("Tallas S/M/L/XL = 50/100/100/50").
      const split = range ? splitHead(text, text.slice(0, clause.valueStart), line) : undefined;
      if (split) {
        const outside = hits.filter((h) => h.end <= split.start || h.start >= split.end);
        return withoutOverlaps(outside).map((h) => vagueFinding('size', clause, h));
      }
      if (
        onlyRatio ||
        headedRatio(text) ||
        countedPerSize(value, text.slice(0, clause.valueStart)) ||
        sharedPerSize(value) ||
        countedPerNumberedSize(value) ||
        // "34 ao 39 (grade 1-2-3-3-2-1)": a numbered run with each size counted (assorted-size-run.ts).
        assortedSizeRun(value) ||
        samplingRule(text.slice(0, clause.valueStart), value) ||
        // "solid size/colour per carton": how cartons are packed, not the goods' size (solid-pack.ts).
        solidSizePerPack(text) ||
        // "Carton marks: …, dimensions in cm, carton X of Y": the mark's field, named with the unit it is filled in.
        (sizeFieldOnly(value) && aboutPackMarks(line))
      )
        return withoutOverlaps(hits).map((h) => vagueFinding('size', clause, h));
      if (!measurable && hits.length === 0 && range && !namesClassOfGivenSize(clause, line))
        hits.push({ ...range, why: WHY_WORD, fix: FIX_GENERIC });
    } else {
      const searchable = clause.attribute
        ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart)
        : text;
      // "размеры S–XL по таблице размеров SIZE-CH-07": the chart the clause names defines the letters.
      if (!test(SIZE_CHART, text))
        for (const m of findAll(SIZE_WORDS, searchable))
          if (
            !(test(HABIT_SIZE_WORDS, m.text) && test(EXPLICIT_SIZE, line)) &&
            !fitListed(m.text, line) &&
            !SIZE_RIGHT_AFTER.test(searchable.slice(m.end, m.end + 60))
          )
            hits.push({ ...m, why: WHY_WORD, fix: FIX_GENERIC });
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('size', clause, h));
  },
};
