/**
 * A fitment or part-number field answered with a word: "Car Fitment: Universal", "Compatible models: all cars",
 * "OE NO.: Standard", "适用车型：通用", "品番：汎用". The field exists to say which part this is and which vehicles
 * it goes on; "universal" or "standard" says neither, so a part that does not fit (or is not the OE part) still
 * matches the order. A model list or a code in the value is left alone.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { cjk, latinWords, regex, scriptWords } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';

/** Labels asking which vehicles or machines the part fits. */
const FITMENT_LABEL = `${latinWords([
  '(?:car |vehicle |auto )?fit(?:ment|s| for)',
  '(?:compatible|applicable|suitable) (?:car |vehicle )?(?:models?|cars?|vehicles?|makes?|for)',
  'compatib(?:ility|le with)',
  '(?:car|vehicle) (?:make|model)s?',
  'passend (?:für|zu)',
  'Fahrzeug(?:typ|modell)e?',
  'compatibilidad',
  'modelos? compatibles?',
  'compatible avec',
  'compatibilité',
  'véhicules? compatibles?',
  'compatibilità',
  'compatibilidade',
  'pasuje do',
  'uyumlu (?:araç|model)(?:lar)?',
])}|${cjk(['适用车型', '适配车型', '适用机型', '适用型号', '対応車種', '適合車種', '적용 ?차종'])}`;

/** Labels asking for the part's own number. */
const PART_NUMBER_LABEL = `${latinWords([
  'OE[MS]?(?: ref(?:erence)?)?(?: ?(?:no\\.?|nr\\.?|number|#|code|part number|ref\\.?))',
  'OE[MS]?',
  '(?:reference|ref\\.?) OE',
  'part (?:no\\.?|number|#)',
  'Teilenummer',
  'OE-Nummer',
  'Art(?:ikel)?\\.?-?Nr\\.?',
  '(?:n[°º]|numéro|número|numero) (?:de )?(?:pièce|pieza|peça|OE|OEM)',
  '(?:référence|referencia|referência) (?:OE|OEM|d[ae] (?:pièce|pieza|peça))',
])}|${scriptWords(['(?:OE|ОЕ|каталожный) ?номер', 'артикул'])}|${cjk(['OE号', '原厂(?:编号|号|零件号)', '零件号', '配件号', '品番', '部品番号', '품번'])}`;

/** The words that fit everything or name no part: the whole value. */
const ANY_WORD = `^\\s*(?:${latinWords([
  'universal(?:ly)?(?: fit(?:ment)?| type| model)?',
  'all (?:cars?|vehicles?|models?|makes?)',
  'most (?:cars?|vehicles?|models?)',
  'standard',
  'generic',
  'normal',
  'common',
  'OEM standard',
  'universell',
  'alle (?:Fahrzeuge|Modelle)',
  'universel(?:le)?',
  'tous (?:véhicules|modèles)',
  'universale',
  'todos los (?:vehículos|modelos)',
  'todos os (?:veículos|modelos)',
  'uniwersaln[ya]',
  'evrensel',
  'tüm (?:araçlar|modeller)',
  'estándar',
  'padrão',
])}|${scriptWords(['универсальн\\p{L}*', 'стандарт\\p{L}*'])}|通用|万能|标准|汎用|ユニバーサル|범용|공용)\\s*[.。!]?\\s*$`;

const LABELS = regex(`(?:${FITMENT_LABEL}|${PART_NUMBER_LABEL})\\s{0,2}[:：]\\s*$`, 'iu');
const OPEN_VALUE = regex(ANY_WORD, 'iu');

export const fitmentWordDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause): Finding[] {
    if (clause.valueStart === 0) return [];
    const label = clause.text.slice(0, clause.valueStart);
    const value = clause.text.slice(clause.valueStart);
    if (!LABELS.test(label) || !OPEN_VALUE.test(value)) return [];
    const range = tidyRange(clause.text, label.search(/\S/u), clause.text.length);
    const seen = clause.text.slice(range.start, range.end);
    return [
      vagueFinding('material', clause, {
        ...range,
        why: msg('spec.why.referenceOpen'),
        fix: msg('spec.fix.referenceOpen', { seen }),
      }),
    ];
  },
};
