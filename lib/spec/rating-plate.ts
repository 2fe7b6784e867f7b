/**
 * A rating plate's marking written out in full: "Marquage plaque signalétique : 220-240V~ 50Hz 1200W, logo CE +
 * poubelle barrée DEEE, IP24", "Rating label: 120V 60Hz 900W, UL mark, FCC logo". Every item is either a rating
 * (volts, hertz, watts, amps, an IP code) or a mark whose artwork is fixed by a regulation or a scheme (CE, UKCA,
 * WEEE crossed-out bin, RoHS, FCC, UL). Nothing about the design is left to the factory, so the marking is not a
 * custom print without its file. Any other item ("our logo", "brand name", "model as sample") is still read.
 */

/** The marks a regulation or certification scheme draws, whose artwork nobody designs per order. */
const REGULATORY_MARK = String.raw`(?:CE|UKCA|UKNI|FCC|WEEE|DEEE|RAEE|RoHS|UL|cUL|ETL|cETL|CSA|TÜV|TUV|GS|VDE|CCC|PSE|KC|RCM|SAA|EAC|BIS|NOM|INMETRO|FSC|Triman|Ecodesign|ErP|class (?:I{1,3}|[12])|double insulation)`;

/**
 * "logo CE", "CE logo", "marca CE", "WEEE logo": the word logo names the regulatory mark, not the buyer's brand. The
 * lookarounds for the logo cue in the customization reading.
 */
export const REGULATORY_LOGO_BEFORE = String.raw`(?<!(?<![\p{L}\d])${REGULATORY_MARK}[- ]?)`;
export const REGULATORY_LOGO_AFTER = String.raw`(?!\s{1,2}(?:de\s|du\s|der\s|da\s|del\s)?${REGULATORY_MARK}(?![\p{L}\d]))`;

/** One item of the marking: a rating with its unit, or a regulatory mark with its symbol words. */
const RATING =
  /^(?:(?:AC|DC)\s?)?\d+(?:[.,]\d+)?(?:\s?[-–~/]\s?\d+(?:[.,]\d+)?)?\s?(?:V|VAC|VDC|Hz|W|kW|A|mA|VA|kVA)(?:\s?[~⎓])?(?:\s?(?:AC|DC))?$/iu;
const IP_CODE = /^IP\s?[0-6X][0-9X]K?$/iu;
/** Where on the plate or product the mark goes: "on back", "sur la plaque", "au dos". */
const PLACED = String.raw`(?:\s(?:on|at|sur|au|auf|en|na|sul|sulla|in)\s.{0,30})?`;
const MARK_ITEM = new RegExp(
  String.raw`^(?:(?:logo|mark(?:ing)?|symbol|sigle|marque|marca(?:ção|do|tura)?|Zeichen|Kennzeichnung|pictogram(?:me)?|icon)\s{1,2}(?:de\s|du\s|der\s|del\s)?)?${REGULATORY_MARK}(?:[- ](?:logo|mark(?:ing)?|symbol|sigle|Zeichen|conforme|compliant))?${PLACED}$`,
  'iu',
);
/** The crossed-out wheelie bin of WEEE, in the words sheets use for it. */
const BIN_SYMBOL =
  /^(?:(?:logo|symbol|sigle|pictogram(?:me)?|marque)\s{1,2})?(?:crossed[- ]out (?:wheelie[- ])?bin|wheelie[- ]bin|(?:WEEE )?crossed[- ]bin|poubelle barrée|durchgestrichene Mülltonne|contenedor tachado|cassonetto barrato|bidone barrato)(?:\s(?:WEEE|DEEE|RAEE))?(?:\s(?:symbol|logo|sigle))?(?:\s(?:on|at|sur|au|auf|en|na|sul|sulla|in)\s.{0,30})?$/iu;

function ratingItem(item: string): boolean {
  // "220-240V~ 50Hz 1200W": several ratings written with spaces between them.
  const words = item.split(/\s+(?=\d|AC|DC)/u).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => RATING.test(w.trim()));
}

/**
 * True when the marking's value lists only ratings and regulatory marks. A clause that continues a marking ("…,
 * logo CE + poubelle barrée DEEE, IP24") may hold marks alone.
 */
export function ratingMarksOnly(value: string): boolean {
  const items = value
    .replace(/[.;。]\s*$/u, '')
    .split(/\s*[,;+，；]\s*|\s+(?:and|et|und|y|e)\s+/iu)
    .map((i) => i.trim())
    .filter((i) => i.length > 0);
  if (items.length === 0) return false;
  return items.every(
    (i) =>
      ratingItem(i) || IP_CODE.test(i) || BIN_SYMBOL.test(i) || (MARK_ITEM.test(i) && !OTHER_MARK.test(i)),
  );
}

/** A mark item that carries anything designed per order: the buyer's brand, a logo of its own, a model picture. */
const OTHER_MARK =
  /(?<![\p{L}])(?:our|your|customer|client|brand|own|custom\p{L}*|personali\p{L}*|as (?:sample|picture|photo))(?![\p{L}])/iu;
