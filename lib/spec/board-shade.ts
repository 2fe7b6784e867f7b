/**
 * A carton's colour given as its board left unprinted: "brown kraft (unprinted)", "natural kraft, no print",
 * "unbleached kraft, plain". Kraft board comes brown from the mill (unbleached pulp); with no ink on it the board
 * grade is the colour, and no one chooses a shade. A colour word alone ("brown") or kraft without the unprinted
 * state ("brown kraft", which may still be printed over) stays vague.
 */

import { anyOf, latinWords, regex, test } from './patterns';
import { DESIGN_FILE } from './reference-lexicon';

const KRAFT = latinWords([
  '(?:(?:brown|natural|unbleached|white|bleached)[ -])?kraft(?:[ -](?:board|paper|liner|carton|box))?',
  // Dutch, German, French, Spanish and Portuguese names of the same board.
  '(?:bruin|braun|brun|marr[oó]n|pardo)?[ -]?(?:kraft(?:papier|karton)?|Kraftkarton|Kraftpapier)',
]);
const UNPRINTED = latinWords([
  'unprinted',
  'non-?printed',
  'no print(?:ing)?',
  'without print(?:ing)?',
  'plain',
  'blank',
  'unbedruckt',
  'onbedrukt',
  'sans impression',
  'non imprimée?',
  'sin imprimir',
  'sem impressão',
]);
/** "except shipping marks per artwork v3.pdf": the only print on it is held to a file. */
const EXCEPT_FILE = /^(?:except|apart from|other than|but|save|aside from)\b/iu;

/** Whether a colour field's value is an unprinted kraft board and, at most, marks printed to a named file. */
export function boardLeftUnprinted(value: string): boolean {
  if (!test(KRAFT, value) || !test(UNPRINTED, value)) return false;
  const rest = value
    .replace(regex(anyOf(KRAFT, UNPRINTED)), ' ')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
  return rest === '' || (EXCEPT_FILE.test(rest) && test(DESIGN_FILE, value));
}
