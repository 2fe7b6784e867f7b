/**
 * "MOQ: negotiable, small trial order accepted", "Pedido mínimo: a combinar", "起订量：面议": the minimum-order field
 * answered with no figure, only a word that leaves the floor to a later talk. Whatever the buyer orders, the supplier
 * can then say it is below the floor they "agreed" later, or ship more to meet one. A figure anywhere in the answer
 * ("MOQ: 500 pcs, negotiable") states the floor, and the field is read as it was before.
 */
import { anyOf, cjk, findAll, latinWords, type Match, NUMBER, test } from './patterns';
import { MOQ } from './quantity-lexicon';
import { UNDECIDED } from './reference-lexicon';

/** The words that hand the floor to a later talk, in the languages read. */
const NEGOTIABLE = anyOf(
  latinWords([
    'negotiable',
    'flexible',
    'open to (?:discussion|negotiation)',
    'can be (?:discussed|negotiated)',
    'negociable',
    'a negociar',
    'négociable',
    'à (?:négocier|discuter)',
    'verhandelbar',
    'Verhandlungssache',
    'nach Absprache',
    'negoci[áa]vel',
    'a combinar',
    'trattabile',
    'negoziabile',
    'pazarl[ıi]k(?:l[ıi])?',
    'görüşülür',
    'thương lượng',
    'do negocjacji',
    'onderhandelbaar',
    'bespreekbaar',
  ]),
  cjk(['面议', '可议', '可谈', '可商量', '协商', '商议', '応相談', '相談可']),
  UNDECIDED,
);

/** The minimum-order word opening the clause, then its colon or verb. */
// "Minimum order quantity:", "MOQ per colour:": up to two words may finish the field's name before its colon.
const FLOOR_FIELD = `^\\s{0,3}(?:${MOQ})(?:\\s{1,2}[\\p{L}.]{1,12}){0,2}?\\s{0,3}(?:[:：=]|is|ist|est|es|é|è)?\\s{0,3}`;
const OPEN_FLOOR = `(?<=${FLOOR_FIELD})(?:${NEGOTIABLE})`;

/** The negotiability word of a minimum-order clause that gives no figure, or nothing. */
export function floorLeftOpen(clause: string): Match[] {
  if (test(NUMBER, clause)) return [];
  return findAll(OPEN_FLOOR, clause);
}
