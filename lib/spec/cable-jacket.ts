/**
 * "Cable: USB-C to USB-C, 1.0 m, 20AWG, OD 3.5 mm black TPE", "power cord H05VV-F 3G0.75, white PVC jacket": black
 * or white as the jacket of a cable whose conductors and size the line already gives. A jacket is extruded in the
 * compound maker's stock black or white; there is no shade to choose, unlike a housing or a coloured jacket.
 */

const NEUTRAL = /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;
/** The jacket compound (and optionally the word "jacket") right after the colour. */
const JACKET_AFTER =
  /^\s{1,2}(?:(?:TPE|TPU|PVC|PE|XLPE|LSZH|LSOH|LS0H|silicone|rubber|nylon[- ]braided|braided)(?![\p{L}\d])(?:\s{1,2}(?:jacket|sheath|insulation|outer))?|(?:jacket|sheath|outer jacket|Mantel|gaine|guaina|funda))/iu;
/** The line is about a cable, cord or wire. */
const CABLE =
  /(?<![\p{L}])(?:cables?|cords?|wires?|leads?|harness|Kabel|Leitung|câble|cavo|cabo|cable)(?![\p{L}])|USB-?C|\bAWG\b|线材|电缆/iu;
/** Conductor gauge, length, voltage, current or outer diameter: what a cable is specified by. */
const CABLE_MEASURE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:AWG|mm²|mm2|mm|cm|m|V|A|ft)(?![\p{L}\d])|\bOD\s{0,2}\d/giu;

export function neutralOfACableJacket(text: string, start: number, end: number, line: string): boolean {
  if (!NEUTRAL.test(text.slice(start, end)) || !JACKET_AFTER.test(text.slice(end, end + 30))) return false;
  return CABLE.test(line) && (line.match(CABLE_MEASURE) ?? []).length >= 3;
}
