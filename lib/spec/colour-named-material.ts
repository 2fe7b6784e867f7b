/**
 * Colour words that are part of the name of a material or a commodity, not a colour the buyer picks:
 * - a board or liner grade: "350 g/m² white coated outer liner", "white-top kraft liner", "white lined chipboard";
 * - a commodity named by its raw state: "café verde" (green coffee), "green coffee beans", "thé noir", "black tea";
 * - the white or black of a small fitted part moulded in a named polymer, later on a measured line: "dropper with
 *   white PP collar", "black PE neck ring" (the part's maker has no other white to choose).
 * The item's own colour ("white coated mug", "café color verde", "white PP bottle, 500 ml") is still read.
 */
import { regex } from './patterns';

const BOARD_GRADE_AFTER =
  /^[\s-]{1,2}(?:(?:clay[- ])?coated|lined|top(?:ped)?|faced|back(?:ed)?)(?:\s{1,2}(?:outer|inner|top|kraft|duplex|recycled|virgin|test)){0,2}\s{1,2}(?:board|liner|linerboard|paper|kraft|chipboard|duplex|testliner|cardboard|carton ?board|GC[12]|GD[12])s?\b/iu;
const BOARD_COLOUR = /^(?:white|brown|grey|gray|blanco|blanc|weiß|weiss|branco|bianco)$/iu;

/** The noun a Romance or Vietnamese line puts before its colour word: "café verde", "thé vert", "chá preto". */
const COMMODITY_BEFORE = /(?:caf[eé]s?|coffee|Kaffee|kopi|cà phê|té|thé|chá|tè|tea)\s{1,2}$/iu;
const COMMODITY_AFTER = /^[\s-]{1,2}(?:coffee|tea|Kaffee|Tee)\b/iu;
const COMMODITY_COLOUR =
  /^(?:green|black|white|verde|vert|verts|grün|grüner|hijau|negro|noir|preto|nero|schwarz(?:er)?|blanco|blanc|branco|bianco|oro)$/iu;

const NEUTRAL = /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;
const POLYMER_PART_AFTER =
  /^\s{1,2}(?:PP|PE|HDPE|LDPE|PET|PETG|ABS|POM|TPE|TPR|silicone|rubber|nylon|aluminium|aluminum)\s{1,2}(?:collars?|(?:neck\s)?rings?|bands?|shoulders?|sleeves?|spouts?|nozzles?|bulbs?|teats?)\b/iu;
const MEASURED = regex(
  String.raw`(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|ml|cc|l|g|kg|gsm|g/m²)(?![\p{L}\d])`,
  'giu',
);

export function colourWordNamesAMaterial(
  text: string,
  start: number,
  end: number,
  line: string,
  lineStart: number,
): boolean {
  const word = text.slice(start, end);
  const after = text.slice(end, end + 60);
  if (BOARD_COLOUR.test(word) && BOARD_GRADE_AFTER.test(after)) return true;
  if (
    COMMODITY_COLOUR.test(word) &&
    (COMMODITY_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || COMMODITY_AFTER.test(after))
  )
    return true;
  if (!NEUTRAL.test(word) || !POLYMER_PART_AFTER.test(after)) return false;
  // Later in the line, past the item the line is about, and the item is measured.
  const firstBreak = line.search(/[,;，；]/u);
  return firstBreak >= 0 && lineStart + start > firstBreak && (line.match(MEASURED) ?? []).length >= 2;
}
