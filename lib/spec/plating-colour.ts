/**
 * Colour words that name a zinc passivation or a corrosion product, not a colour of the goods.
 *
 * "zinc plated white", "zingué blanc", "verzinkt gelb", "cincado amarillo", "white zinc": the colour names the
 * passivation a zinc plating gets (ISO 4042 / ISO 19598: clear-blue "white", yellow chromate, black), a process
 * whose chemistry gives its one colour. "sans rouille rouge", "óxido rojo", "ferrugem branca": the red or white rust a
 * salt-spray test counts. Both are read only when the colour word touches the zinc or rust word, so "zinc alloy
 * handle, white" still asks which white.
 */

/** The zinc plating word right before the colour: "zinc plated white", "zingué blanc", "galvanizado negro". */
const PLATING_BEFORE =
  /(?:zinc[- ]plated|zinc[- ]coated|galvani[sz]ed|electro[- ]?galvani[sz]ed|zingu[ée]e?s?|électrozingu[ée]e?s?|verzinkt|galvanisch verzinkt|cincad[oa]s?|galvanizad[oa]s?|zincad[oa]s?|zincat[oa]|ocynkowan[ayeo])\s{1,2}(?:in\s)?$/iu;
/** The zinc word right after the colour: "white zinc", "yellow zinc plated", "blue-white zinc". */
const ZINC_AFTER = /^[\s-]{1,2}(?:zinc(?!\s{1,2}alloy)|zingage|Verzinkung|cincado|zincado|zincatura)\b/iu;
/** A corrosion product named by its colour after the noun: "rouille rouge", "óxido blanco", "ruggine rossa". */
const RUST_BEFORE =
  /(?:rouille|corrosion|óxido|oxido|herrumbre|ferrugem|corros[ãa]o|ruggine|korozja|rdza|rust)\s{1,2}$/iu;

export function namesPlatingOrRust(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 20);
  return PLATING_BEFORE.test(before) || ZINC_AFTER.test(after) || RUST_BEFORE.test(before);
}
