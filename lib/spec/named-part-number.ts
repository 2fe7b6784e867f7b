/**
 * "same as OEM part no. 4254.86", "wie Original, Teilenummer 12.345.67-01", "同原厂，零件号 90915-YZZD4": a likeness to
 * the original part is as exact as the catalogue entry it names. The part number identifies one drawing at the
 * maker's, which a measurement can be held to; "same as original" alone names none and stays vague. Read only in
 * the same clause as the likeness, so a number elsewhere on the line does not vouch for it.
 */
import { anyOf, cjk, latinWords, regex, scriptWords, test } from './patterns';

/** The label a part number is written after, in the languages read. */
const PART_LABEL = anyOf(
  latinWords([
    'part (?:no\\.?|nr\\.?|number|#)',
    'P/?N\\.?',
    'OE[MS]? ?(?:no\\.?|nr\\.?|number|#|ref\\.?|code)?',
    'Teile-?(?:nummer|Nr\\.?)',
    'Art(?:ikel)?\\.?-?Nr\\.?',
    '(?:n[°º]|numéro|número|numero|nº) (?:de |di )?(?:pièce|pieza|peça|parte|OE|OEM)',
    '(?:référence|referencia|referência|riferimento|réf\\.?|ref\\.?)(?: (?:OE|OEM|pièce|pieza|peça))?',
    'numer (?:części|katalogowy)',
    'parça (?:no|numarası)',
    'onderdeelnummer',
    'číslo dílu',
  ]),
  scriptWords(['(?:OE|ОЕ|каталожный) ?номер', 'артикул', 'номер детали']),
  cjk(['OE号', '原厂(?:编号|号|零件号)', '零件号', '配件号', '品番', '部品番号', '품번', '부품 ?번호']),
);
/** The code itself: letters and digits with at least one digit, groups joined by ".", "-" or "/". */
const PART_CODE = String.raw`[\s:：#.]{0,3}(?=[\dA-Z.\-/]{0,20}\d)[\dA-Z]{1,12}(?:[.\-/][\dA-Z]{1,12}){0,5}`;

const NAMED_PART = `(?:${PART_LABEL})${PART_CODE}`;

/** Whether the clause names a part by its catalogue number. */
export function namesAPartNumber(clauseText: string): boolean {
  return test(NAMED_PART, clauseText);
}

/** Where the first part number named in the clause ends, or -1. */
export function partNumberEnd(clauseText: string): number {
  const m = regex(NAMED_PART, 'iu').exec(clauseText);
  return m ? m.index + m[0].length : -1;
}
