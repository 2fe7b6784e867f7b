/**
 * "…, colour navy (Pantone 19-4023 TCX), per approved colour swatch", "색상 네이비 (Pantone …), 승인 색상 견본 기준":
 * a clause that only points at an approved swatch or sample, on a line that gives the colour by a code elsewhere.
 * The swatch is the physical copy of that code both sides signed; it adds to the code, it does not replace it. With
 * no code on the line ("Colour: per approved swatch") the reference alone is still vague.
 */
import type { Clause } from './clauses';
import { hasColorCode } from './color-codes';
import { COLOR_NAME } from './color-words';
import { anyOf, cjk, latinWords, regex, scriptWords, test } from './patterns';

const APPROVED_REFERENCE = anyOf(
  latinWords([
    '(?:(?:as |to |per |according to |acc\\.? to |matching |match(?:ed)? to )?(?:the )?(?:approved|signed|sealed|confirmed) (?:colou?r )?(?:swatch(?:es)?|standards?|samples?|lab ?dips?|cards?)(?: (?:card|as reference|as standard))?)',
    '(?:gemäß |nach )?(?:freigegebene[mnrs]?|genehmigte[mnrs]?) (?:Farb)?(?:muster|Muster|Standard)',
    "(?:selon |conforme (?:à |au )?)?(?:l[’']|le )?(?:échantillon|standard) (?:de couleur )?(?:approuvé|validé|signé)",
    '(?:según |conforme a )?(?:la |el )?(?:muestra|estándar) (?:de color )?(?:aprobad[oa]|firmad[oa])',
  ]),
  scriptWords(['승인(?:된)?\\s?(?:색상\\s?)?(?:견본|샘플|스와치|색상표)(?:\\s?기준)?']),
  cjk([
    '(?:以|按)?(?:确认|签样|封样)的?(?:色卡|色样|颜色样|样品)(?:为准)?',
    '承認(?:済み?の?)?(?:色見本|見本)(?:に準ずる|基準)?',
  ]),
);

export function backsACodedColour(clause: Clause, line: string): boolean {
  const value = clause.text.slice(clause.valueStart);
  if (test(COLOR_NAME, value) || !test(APPROVED_REFERENCE, clause.text)) return false;
  const rest = clause.text.replace(regex(APPROVED_REFERENCE), ' ').replace(/[\s\p{P}]+/gu, '');
  if (rest.length > 0) return false;
  // The code must stand elsewhere on the line, in another clause.
  const others =
    line.slice(0, clause.start) +
    ' '.repeat(clause.text.length) +
    line.slice(clause.start + clause.text.length);
  return hasColorCode(others);
}
