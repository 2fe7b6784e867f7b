/**
 * Container glass is melted in a few furnace colours the trade buys it by: flint (clear soda-lime), amber (blocks
 * UV), green (the wine and beer glass) and cobalt blue. "amber glass 30 ml Boston round", "green glass 750 ml
 * Bordeaux", "frasco de vidrio ámbar": on a line about a bottle or jar these name the glass type, as "soda-lime"
 * does, not a shade to choose, and "glass" with that type is no open family word. A "green glass vase" stays a
 * colour and a family word: only a container line is read so.
 */

const TYPE_BEFORE =
  /(?<![\p{L}])(?:extra[\s-]flint|flint|amber|emerald[\s-]green|green|cobalt(?:[\s-]blue)?|ámbar|âmbar|ambre|ambra|braun(?:es|em)?|grün(?:es|em)?|verde|vert|cobalto|kobalt(?:blau)?)[\s-]{1,2}$/iu;
const TYPE_AFTER =
  /^[\s-]{1,2}(?:ámbar|âmbar|ambr[ée]e?|ambrato|ambra|verde|vert|cobalto|flint|extra[\s-]flint)(?![\p{L}])/iu;
const CONTAINER =
  /(?<![\p{L}])(?:bottles?|jars?|vials?|Boston[\s-]rounds?|Bordeaux|Burgundy|droppers?|ampoules?|ampules?|flacons?|botell(?:a|as)|frascos?|Flaschen?|bottigli[ae]|bouteilles?|tarros?|garraf(?:a|as)|vasett[oi]|fiale?)(?![\p{L}])/iu;

/** "amber glass, light or dark", "any shade": the type named, but the shade still left open (red team, stop 47). */
const OPEN_SHADE =
  /(?<![\p{L}])(?:light\s+or\s+dark|dark\s+or\s+light|any\s+(?:shade|tone|colou?r)|random\s+(?:shade|colou?r)|shade\s+(?:may|can)\s+vary|claro\s+(?:u|o)\s+oscuro|clair\s+ou\s+fonc[ée])/iu;

/** Whether the glass word at start..end is a container glass named by its type, on a container's line. */
export function containerGlassType(text: string, start: number, end: number, line: string): boolean {
  if (!CONTAINER.test(line) || OPEN_SHADE.test(line)) return false;
  return (
    TYPE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || TYPE_AFTER.test(text.slice(end, end + 16))
  );
}

/** Whether a container line names a glass type: lets "green" before "glass" read as the type (see detect-color). */
export function namesContainerLine(line: string): boolean {
  return CONTAINER.test(line);
}

/**
 * "750 ml Bordeaux", "Burgundy bottle", "Bourgogne 75 cl": the wine bottle's shape, named after its region, not the
 * wine colour. Read only after a volume or before a bottle word.
 */
const SHAPE = /^(?:bordeaux|burgundy|bourgogne|borgo[ñn]a|borgonha|champagne|hock|rhine|alsace)$/iu;
const VOLUME_BEFORE = /\d\s{0,2}(?:ml|cl|l|L)\s{1,2}$/u;
const BOTTLE_AFTER =
  /^[\s-]{1,2}(?:bottles?|shape|style|type|botellas?|bouteilles?|Flaschen?|garrafas?)(?![\p{L}])/iu;

export function namesABottleShape(text: string, start: number, end: number): boolean {
  return (
    SHAPE.test(text.slice(start, end).trim()) &&
    (VOLUME_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      BOTTLE_AFTER.test(text.slice(end, end + 16)))
  );
}

const GLASS_AFTER = /^[\s-]{1,2}(?:glass|vidrio|vidro|verre|vetro|Glas)(?![\p{L}])/iu;

/** "Dropper bottle 30 ml, cobalt blue glass": the colour word of a container glass type, on a container's line. */
export function colourOfContainerGlass(text: string, start: number, end: number, line: string): boolean {
  const glass = GLASS_AFTER.exec(text.slice(end, end + 12));
  if (!glass || !CONTAINER.test(line) || OPEN_SHADE.test(line)) return false;
  return TYPE_BEFORE.test(`${text.slice(Math.max(0, start - 12), end)} `);
}
