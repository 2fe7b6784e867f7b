/**
 * "Estampa em silk com tinta à base d'água", "logo impresso em silk 2 cores", "impresión en silk": in Brazilian and
 * Latin American print shops "silk" is short for silk-screen, the print method, not the fibre (which they call "seda").
 * The word is read as the method only when a Portuguese or Spanish print noun governs it ("estampa em", "impresso em",
 * "impresión en") or an ink or a colour count follows it; "100% silk", "printed on silk" and "silk scarf" stay the fibre.
 */
const PRINT_GOVERNS =
  /(?:estampa(?:do|da|ria)?|impress[ãa]o|impress[oa]s?|impresi[oó]n|impres[oa]s?|estampado|estampación|gravação|gravad[oa]|personaliza(?:ção|ción|d[oa]|do)|logo(?:tipo|marca)?|marca(?:ção)?|decora(?:ção|ción))\s{1,2}(?:em|en|por)\s{1,2}$/iu;
/** "silk com tinta", "silk con tinta plastisol", "silk 2 cores": the ink or colour count of a print run. */
const INK_FOLLOWS =
  /^\s{1,2}(?:(?:com|con|with)\s{1,2}(?:tinta|ink|plastisol)|\d\s{0,2}(?:cor(?:es)?|colores?)\b)/iu;

/**
 * A label naming the cloth or the garment right before "silk": "Tecido: silk com tinta", "Lenço estampado: silk …",
 * "Tela:", "Fabric:". Under it "silk" answers what the goods are made of, so an ink after it is the print on the silk.
 */
const FABRIC_LABEL =
  /(?:^|[;,.|\n]\s{0,2})(?:tecido|malha|tela|tejido|pano|fabric|material|materia[l]?|composi(?:ção|ción|tion)|len[çc]o|pañuelo|echarpe|écharpe|scarf|gravata|corbata|tie|blusa|blouse|camisa|shirt|vestido|dress|forro|lining|fronha|pillowcase)(?:\s{1,2}[\p{L}-]{2,20}){0,2}\s{0,2}[:：]\s{0,2}$/iu;

/**
 * Whether the material word at [start, end) of `text` is "silk" meaning the silk-screen print method. `text` is the
 * clause with its label, so a cloth label before the word keeps it the fibre whatever ink follows.
 */
export function silkMeansScreenPrint(text: string, start: number, end: number): boolean {
  if (!/^silk$/iu.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (PRINT_GOVERNS.test(before)) return true;
  return !FABRIC_LABEL.test(before) && INK_FOLLOWS.test(text.slice(end, end + 30));
}
