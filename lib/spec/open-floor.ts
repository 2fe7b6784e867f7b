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
const FLOOR_FIELD = `^\\s{0,3}(?:${MOQ})(?:\\s{1,2}[\\p{L}.]{1,12}){0,2}?\\s{0,3}(?:[:：=]|\\s[-–—]|is|ist|est|es|é|è)?\\s{0,3}`;
const OPEN_FLOOR = `(?<=${FLOOR_FIELD})(?:${NEGOTIABLE})`;

/**
 * "no minimum", "sin mínimo", "sans minimum", "kein Mindestbestellwert", "不限起订": the field says there is no floor,
 * which answers it: any count the buyer orders is accepted.
 */
const NO_FLOOR = anyOf(
  latinWords([
    'no (?:minimum|MOQ|min(?:\\.|imum)? (?:order|qty|quantity))',
    'single (?:pieces?|units?|items?) (?:accepted|ok|possible)',
    'sin (?:mínimo|pedido mínimo|MOQ)',
    'sans (?:minimum|MOQ)',
    'kein(?:e)? (?:Mindest\\p{L}*|MOQ)',
    'sem (?:mínimo|pedido mínimo|MOQ)',
    'senza (?:minimo|MOQ)',
  ]),
  cjk(['无起订量', '不限起订', '无最低起订', '一件起订', '1件起订']),
);
/** "no minimum for samples", "sin mínimo para muestras": waived for something else, the order's floor is still open. */
const FOR_SOMETHING_ELSE = /^\s{1,2}(?:for|para|pour|für|per|on|en)\s/iu;

function noFloor(clause: string): boolean {
  return findAll(NO_FLOOR, clause).some((m) => !FOR_SOMETHING_ELSE.test(clause.slice(m.end)));
}

/**
 * "MOQ: negotiable; order quantity: 3,000 pcs": another clause of the line states the count ordered, a figure under
 * an order-quantity label that is not the minimum's. The floor is then moot for this order: the count is fixed.
 */
const ORDER_COUNT = String.raw`(?<!(?:min(?:imum|\.)?|mínim[oa]|minimale?|minima|Mindest)\s{0,2})(?:order(?:ed)?\s(?:qty|quantity)|quantity\sordered|qty|quantity|cantidad(?:\sdel\spedido)?|quantité(?:\scommandée)?|Bestellmenge|Menge|quantidade(?:\sdo\spedido)?|quantità(?:\sordinata)?|订单数量|订购数量|数量)\s{0,2}[:：=]\s{0,3}\d`;

/** The negotiability word of a minimum-order clause that gives no figure, or nothing. */
export function floorLeftOpen(clause: string, line = clause): Match[] {
  // The field's answer may run past a comma ("MOQ: flexible, no minimum"): the no-floor reading is read on the line.
  if (test(NUMBER, clause) || noFloor(line)) return [];
  if (test(ORDER_COUNT, line.replace(clause, ' '))) return [];
  return findAll(OPEN_FLOOR, clause);
}
