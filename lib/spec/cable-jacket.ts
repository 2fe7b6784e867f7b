/**
 * "Cable: USB-C to USB-C, 1.0 m, 20AWG, OD 3.5 mm black TPE", "power cord H05VV-F 3G0.75, white PVC jacket": black
 * or white as the jacket of a cable whose conductors and size the line already gives. A jacket is extruded in the
 * compound maker's stock black or white; there is no shade to choose, unlike a housing or a coloured jacket.
 */

const NEUTRAL = /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;
/**
 * The jacket compound (and optionally the word "jacket") right after the colour, and then nothing more of a part:
 * "white TPE housing", "black TPU case" name a moulded part in that compound, whose colour is chosen.
 */
const JACKET_AFTER =
  /^\s{1,2}(?:(?:TPE|TPU|PVC|PE|XLPE|LSZH|LSOH|LS0H|silicone|rubber|nylon[- ]braided|braided)(?![\p{L}\d])(?:\s{1,2}(?:jacket|sheath|insulation|outer(?: jacket)?))?|(?:jacket|sheath|outer jacket|Mantel|gaine|guaina|funda))(?:\s{1,2}(?:cables?|cords?|wires?|leads?))?(?!\s{0,2}\p{L})/iu;
/** A cable, cord or wire named as a noun. */
const CABLE_NOUN =
  /(?<![\p{L}])(?:cables?|cords?|wires?|leads?|harness|Kabel|Leitung|câble|cavo|cabo|cable)(?![\p{L}])|线材|电缆/iu;
/** "USB-C to USB-C", "Type-C to Lightning": a cable described by its two ends. */
const ENDS = /^\s{0,2}(?:USB|Type|Lightning|HDMI|DC|RJ)[\w-]{0,6}\s{1,2}(?:to|a|auf|à|para)\s/iu;
/** A word that puts the cable beside another item: "phone case with lanyard cord", "charger + cable". */
const BESIDE =
  /(?<![\p{L}])(?:with|w\/|and|plus|incl(?:uding|\.)?|for|mit|und|avec|et|con|com|y|e|и|с)(?![\p{L}])|[+&]/iu;
/** Conductor gauge, length, voltage, current or outer diameter: what a cable is specified by. */
const CABLE_MEASURE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:AWG|mm²|mm2|mm|cm|m|V|A|ft)(?![\p{L}\d])|\bOD\s{0,2}\d/giu;

/**
 * The cable is the line's own item, not an accessory of another: named first (as label or head noun, with nothing
 * it is "with" before it), or in the very segment that holds the colour ("cable white TPE jacket").
 */
function cableGoverns(line: string, segment: string): boolean {
  const headEnd = line.search(/[,;:，；：]/u);
  const head = headEnd < 0 ? line : line.slice(0, headEnd);
  const inHead = CABLE_NOUN.exec(head);
  if (inHead && !BESIDE.test(head.slice(0, inHead.index))) return true;
  if (ENDS.test(line.slice(headEnd + 1)) || ENDS.test(head)) return true;
  return CABLE_NOUN.test(segment);
}

export function neutralOfACableJacket(text: string, start: number, end: number, line: string): boolean {
  if (!NEUTRAL.test(text.slice(start, end)) || !JACKET_AFTER.test(text.slice(end, end + 30))) return false;
  const segmentStart = Math.max(
    ...[',', ';', ':', '，', '；', '：'].map((c) => text.lastIndexOf(c, start - 1)),
  );
  const segmentEnd = text.slice(end).search(/[,;，；]/u);
  const segment = text.slice(segmentStart + 1, segmentEnd < 0 ? text.length : end + segmentEnd);
  return cableGoverns(line, segment) && (line.match(CABLE_MEASURE) ?? []).length >= 3;
}
