/**
 * A line that asks for values instead of giving them: "Please specify colour,
 * sizes and quantity per size", "Indicar color, tallas y cantidades por talla",
 * "Merci d'indiquer couleur et taille". An order form's instruction names the
 * attributes the buyer must fill in; it has no value to be vague about.
 * Read only when a verb of stating opens the line and no value follows (no
 * colon, no digit): "Please make it red" and "Please specify: navy" are specs.
 */
import { cjk, latinWords, regex, scriptWords } from './patterns';

const REQUEST_OPENING = `^\\s{0,3}(?:${latinWords([
  "(?:please |pls |kindly |bitte |merci d[’'] ?|por favor,? |favor )?(?:specify|indicate|state|advise|provide|tell us|let us know|indicar|indique|especificar|especifique|indiquer|préciser|indiquez|précisez|angeben|nennen|informar|informe|indicare|indicate|specificare|specifichi|podać|podaj|podaj(?:cie)?)",
])}|${scriptWords(['укажите', 'указать', 'сообщите'])}|${cjk(['请注明', '请提供', '请告知', 'ご指定ください', 'ご記入ください'])})`;

export function isFieldRequest(line: string): boolean {
  return regex(REQUEST_OPENING, 'iu').test(line) && !/[:：\d]/u.test(line);
}
