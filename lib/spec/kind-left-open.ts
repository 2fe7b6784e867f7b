/**
 * "Glass: tempered or ordinary float, 5 mm", "Leder: Rindleder, 1,4 mm, oder Kunstleder je nach Lager", "Vidrio:
 * templado si hay stock, 6 mm": a kind named under its family label is the buyer's only while it is the one kind.
 * An "or" to another value or a stock condition hands the choice back to the supplier, and the thickness beside it
 * then measures whichever kind he sends. A preference ("tempered preferred") is read by the caller, which knows the
 * soft-requirement words.
 */
import { anyOf, scriptWords, test } from './patterns';
import { STOCK_CONDITION } from './stock-condition';

/**
 * "or" in the languages whose kind words are read; not before a figure ("1.2 or 1.4 mm" is a measure left open, a
 * question for the size rules). Dutch "of" is English "of" ("thickness of 5 mm") and is not read here.
 */
const OR_ANOTHER = `${scriptWords(['or', 'o', 'ó', 'ou', 'oder', 'oppure', 'lub', 'albo', 'hoặc', 'hoac', 'veya', 'atau', 'или'])}(?!\\s{0,3}\\d)`;

export function kindLeftOpen(text: string): boolean {
  return test(anyOf(OR_ANOTHER, STOCK_CONDITION), text);
}
