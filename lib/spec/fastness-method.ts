/**
 * "Colorfastness: grade 4 or above", "Solidez del color: grado 4", "色牢度4级": a grey-scale grade with no test it
 * was measured by. The same cloth rates 4 in a cold hand wash and 2 in a 60 °C machine wash, 4 dry-rubbed and 2
 * wet-rubbed: the grade binds only with its method (ISO 105-C06, AATCC 61, GB/T 3921 …). A standard code anywhere on
 * the line answers it; naming which fastness ("to washing") without the method does not, it leaves the conditions
 * to the supplier's lab. A method the buyer's side writes down answers it as well: the buyer's or a named lab's test
 * manual, protocol or lab standard ("buyer's test manual TM-07 section 3.2", "Intertek protocol attached"), or a
 * retailer's own method code ("Marks & Spencer C4"). The supplier's own lab method does not: that is the open
 * conditions again.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { cjk, findAll, latinWords } from './patterns';
import { vagueFinding } from './spec-finding';

const FASTNESS = `(?:${latinWords([
  'colou?r[- ]?fastness(?: to \\p{L}+(?: \\p{L}+)?)?',
  '(?:washing|wash|rubbing|rub|light|crock(?:ing)?|perspiration|water|dry[- ]cleaning) fastness',
  'solidez (?:del?|da|al) (?:color|cor)(?: al? \\p{L}+)?',
  'solidit[ée] (?:des|de la) couleurs?',
  'Farbechtheit',
  '(?:Wasch|Reib|Licht|Schweiß)echtheit',
  'solidit[àa] (?:del )?colore',
  'kleurvastheid',
  'trwałość (?:wybarwienia|koloru)',
  'renk haslığı',
  'độ bền màu',
  'tahan luntur warna',
  'устойчивость окраски',
])}|${cjk(['(?:耐洗|耐摩擦|耐光|耐汗渍|耐水|干摩擦|湿摩擦|摩擦|水洗)?色牢度', '染色堅ろう度', '堅牢度'])})`;
/** "grade 4", "4 or above", "level 3-4", "≥ 4", "Note 4", "4级": a step of the 1–5 grey scale. */
const GRADE = `(?:${latinWords([
  '(?:grade|level|class|degree|grado|nivel|niveau|note|grau|nível|Note|Stufe|grado|klasa|stopień|derece|seviye|cấp|tingkat|класс|балл\\p{L}*)\\.?\\s?:?\\s?[1-5](?:(?:[.,]5)|\\s?[-/]\\s?[1-5])?',
  '[1-5](?:\\s?[-/]\\s?[1-5])?\\s?(?:grade|level|class|grado|niveau|grau|Note|Stufe)',
  '[1-5](?:\\s?[-/]\\s?[1-5])?(?:\\s?(?:or|o|ou|oder) (?:above|higher|better|more|superior|más|mais|plus|mieux|höher|besser))',
])}|(?:≥|>=|>|min\\.?\\s?)\\s?[1-5](?:\\s?[-/]\\s?[1-5])?(?![\\d.,]*\\s?(?:%|°|mm|cm|h))|[1-5](?:\\s?[-/]\\s?[1-5])?\\s?级(?:以上|及以上)?)`;
/** A test method by its code: ISO 105-C06, AATCC 61, GB/T 3921, JIS L 0844, EN ISO 105, BS 1006, ASTM D…, M&S C4. */
const METHOD =
  /\b(?:ISO|AATCC|GB\s?\/?\s?T|GB|FZ\s?\/\s?T|JIS|EN|BS|ASTM|DIN|AS\s?\/?\s?NZS|IS|ГОСТ|GOST)\s{0,2}[A-Z]?\s{0,2}\d|\bM&S\s?C\d|\b(?:C0[1-9]|C1\d|X1[12]|B0[1-9]|E0[1-4])\b/u;

/** Whose method: the buyer's side or an independent lab, never the supplier's (a "factory lab method" stays open). */
const METHOD_OWNER =
  "(?:(?:buyer|customer|client|retailer|brand|importer)(?:[’']s)?|Intertek|SGS|Bureau Veritas|BV|TÜV(?: \\p{L}+)?|QIMA|Hohenstein|UL|Eurofins)";
/** The written method: a test manual, protocol, procedure or lab standard (a bare "buyer's standard" names none). */
const METHOD_DOC =
  '(?:(?:test(?:ing)?|lab(?:oratory)?) (?:manual|protocol|procedure|method|standard)|manual|protocol)';
/** The document found again by its number, section, revision, or because it travels with the order. */
const DOC_IDENTIFIED =
  /\b(?:[A-Z]{1,5}-?\d[\w.-]*|(?:section|clause|chapter|part|§)\s?\d[\d.]*|rev(?:ision)?\.?\s?[A-Z0-9]{1,3}|attached|enclosed|appended)\b/u;
/**
 * "buyer's lab standard", "customer test manual TM-07", "Intertek protocol attached", "test method per the client's
 * protocol": a method document the buyer's side owns, or any test document identified by number or attachment.
 */
const WRITTEN_METHOD = new RegExp(
  `(?<![\\p{L}])${METHOD_OWNER}\\s(?:(?:own|in-?house|internal)\\s)?${METHOD_DOC}(?![\\p{L}])`,
  'iu',
);
const IDENTIFIED_METHOD_DOC =
  /(?<![\p{L}])(?:test(?:ing)?|lab(?:oratory)?) (?:manual|protocol|procedure|method)s?(?![\p{L}])/iu;
/**
 * "Marks & Spencer C4", "M&S P3A", "Next TM21", "Inditex method 3014": a retailer's own method code, spelled out. The
 * code carries a letter or follows "test"/"method", so "Next 2 lots" is not read as one.
 */
const RETAILER_CODE =
  /(?<![\p{L}])(?:Marks (?:&|and) Spencer|M&S|Next|Inditex|Zara|H&M|Primark|Tesco|Walmart|Decathlon|IKEA)\s{1,2}(?:[A-Z]{1,3}\s?-?\d{1,5}[A-Z]?|(?:test|method)\s(?:no\.?\s?)?\d{1,5})\b/u;
/** The method tied to its grade by a document the order can point at. */
function methodWrittenDown(line: string): boolean {
  if (RETAILER_CODE.test(line) || WRITTEN_METHOD.test(line)) return true;
  const doc = IDENTIFIED_METHOD_DOC.exec(line);
  return !!doc && DOC_IDENTIFIED.test(line.slice(doc.index));
}

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example:
    'colour fastness to washing ≥ 4 (ISO 105-C06 A2S, 40 °C), to rubbing dry ≥ 4 / wet ≥ 3 (ISO 105-X12)',
});

export const fastnessMethodDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    if (METHOD.test(line) || methodWrittenDown(line)) return [];
    const named = findAll(FASTNESS, clause.text)[0];
    if (!named) return [];
    const grade = findAll(GRADE, clause.text.slice(named.end)).find((g) => g.start < 40);
    if (!grade) return [];
    return [
      vagueFinding('performance', clause, {
        start: named.start,
        end: named.end + grade.end,
        why: WHY,
        fix: FIX,
      }),
    ];
  },
};
