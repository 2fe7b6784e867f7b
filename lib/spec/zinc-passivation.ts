/**
 * Colour words that name a zinc passivation or a corrosion product, not a colour of the goods.
 *
 * "yellow zinc plated", "zinc plated white", "zincado blanco", "ocynk żółty", "Zink gelb passiviert": on a zinc
 * plating the colour word names the passivation (clear/blue-white, yellow chromate, black), a chemistry the plater
 * runs, not a shade the buyer picks. Only the colour word standing right next to the zinc word is read this way;
 * "zinc plated, colour: red" or a colour elsewhere on the line is still a colour, and so is "white zinc alloy
 * handle" (the alloy's part is coloured). "sans rouille rouge", "óxido blanco", "ruggine rossa": the red or white
 * rust a salt-spray test counts (ISO 9227), named after the rust word. "Zinklamelle silber", "zinc flake black": a
 * zinc flake system's silver or black top coat is the same kind of name.
 */

/** The zinc plating, as a noun or participle, in the languages the spec checker reads. */
// Zinc flake coatings too ("zinc flake", "Zinklamelle", "Geomet", "Dacromet", ISO 10683): they come as a silver or a
// black top coat, the coating system's own variant, bound by its salt-spray hours rather than by a shade.
const ZINC = String.raw`(?:zinc[- ]flake(?:[- ]coat(?:ed|ing))?|Zinklamellen?(?:beschichtung|überzug)?|zinc lamell(?:a|ar|e)|lamelles? de zinc|Geomet(?:[- ]?\d{3}[A-Z]?)?|Dacromet|zinc(?:[- ]?plat(?:ed|ing))?|zinc[- ]coated|zinced|galvani[sz]ed|Zink|verzinkt|zincad[oa]s?|zincage|cincad[oa]s?|zingu[ée]e?s?|zingage|zincat[oa]|zincatura|ocynk(?:owan\p{L}{0,3})?|cynkowan\p{L}{0,3})`;

/** The colours a zinc passivation comes in (white/clear/blue, yellow, black), as the colour detector may quote them. */
const PASSIVATION_COLOUR =
  /^(?:white|clear|blue|yellow|black|silver|silber(?:n|ne)?|argent(?:ée?)?|plata|plateado|prata|prateado|argento|srebrn\p{L}{0,3}|iridescent|rainbow|blanc(?:he)?s?|blanc[oa]s?|branc[oa]s?|bianc[oa]|wei(?:ß|ss)e?s?|blaue?|gelbe?|schwarze?|jaunes?|noire?s?|bleue?s?|amarill[oa]s?|amarel[oa]s?|negr[oa]s?|pret[oa]s?|azul(?:es)?|giall[oa]|ner[oa]|blu|bia[łl]\p{L}{0,3}|żółt\p{L}{0,3}|czarn\p{L}{0,3}|niebiesk\p{L}{0,3}|tęczow\p{L}{0,3})$/iu;

/** The zinc word ends right before the colour: "zincado blanco", "zinc plated white", "Zink gelb". */
// A comma may stand between them: "zinc flake, silver, 720 h NSS", "zincado, blanco".
const ZINC_BEFORE = new RegExp(String.raw`(?<![\p{L}])${ZINC}(?:[\s-]{1,2}|\s{0,1}[,/]\s{0,2})$`, 'iu');
/** The zinc word starts right after the colour: "yellow zinc", "white zinc plated", "gelb verzinkt". */
const ZINC_AFTER = new RegExp(
  String.raw`^[\s-]{1,2}${ZINC}(?![\p{L}])(?![\s-]{1,2}(?:alloy|legierung|alliage|aleaci[oó]n|liga|lega|stop))`,
  'iu',
);
/** A corrosion product named by its colour after the noun: "rouille rouge", "óxido rojo", "ferrugem branca". */
const RUST_BEFORE =
  /(?:rouille|corrosion|óxido|oxido|herrumbre|ferrugem|corros[ãa]o|ruggine|korozja|rdza|rust)\s{1,2}$/iu;

/** True when the colour word at `start`..`end` of `text` names the passivation of a zinc plating, or a rust. */
export function namesZincPassivation(text: string, start: number, end: number): boolean {
  if (RUST_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (!PASSIVATION_COLOUR.test(text.slice(start, end))) return false;
  return (
    ZINC_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ZINC_AFTER.test(text.slice(end, end + 24))
  );
}
