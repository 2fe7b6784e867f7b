/**
 * Materials named by a type the trade buys them by, where a family word alone ("steel", "nylon", "polyester")
 * leaves the choice open:
 * - plastic-mould and tool steels by their maker or standard grade ("718H steel", "P20 steel", "NAK80", "S136H",
 *   "H13 tool steel", "1.2738"): each is a composition and a hardness band a mould maker quotes and a lab can test;
 * - nylon by its polymer number ("nylon 6", "nylon 66", "nylon 6,6", "nylon 12"), the same resin as "PA6", "PA66";
 * - fibre filling by its fibre and its weight per piece with a bound ("PP cotton (polyester fibre) 300 g ±10 g per
 *   bed", "polyester fibrefill 250 g per pillow"): "PP cotton" is the trade's name for polyester staple fibre, and
 *   the weight per piece is what a stuffed article is checked by on the scale.
 * "steel", "nylon webbing", "polyester filling" alone, or a fill weight with neither a bound nor the piece it fills,
 * stay open.
 */
import { anyOf } from './patterns';

const STEEL_AFTER = String.raw`(?=[ \t]{0,2}(?:pre-?hardened[ \t]{1,2})?(?:(?:mou?ld|tool|die|alloy)[ \t]{1,2})?(?:steel|Stahl|acero|aço|acier|acciaio|stal)\b)`;
const STEEL_BEFORE = String.raw`(?<=\b(?:steel|Stahl|acero|aço|acier|acciaio|stal)[ \t]{0,2}(?:grade[ \t]{0,2})?[:：]?[ \t]{0,2})`;
/** The plastic-mould and hot-work tool steels by grade, read beside the word steel. */
const MOULD_STEEL_CODE = String.raw`(?:P20(?:\+?Ni)?|718H?|2738(?:H|HH)?|2311|2312|2316|2344|2343|8407|NAK\s?80|NAK\s?55|S136H?|H13|DC53|SKD61|1\.2(?:311|312|316|343|344|379|738|083))`;
/**
 * The grade must be the one asked, not a likeness or a choice: "domestic P20", "P20-like", "P20 equivalent",
 * "P20 or 718 steel", "P20/718" leave the steel to the supplier again.
 */
const NOT_AFTER = String.raw`(?<!(?:domestic|local|Chinese|China|imitation|equivalent|similar|like|type|or|and|[/,])[ \t-]{0,2})`;
const NOT_BEFORE = String.raw`(?![ \t]{0,2}(?:or|/|-?like|-?type|equivalent|similar)\b)`;
/**
 * "718H (domestic)", "NAK80 China-made", "P20 steel, local": a hedge on the grade's origin after it, in the same
 * stretch of the clause, makes it a local copy of the grade, whose make the supplier picks.
 */
const ORIGIN_HEDGE = String.raw`(?![^,;\n]{0,24}?(?<![\p{L}])(?:domestic|local(?:ly)?|Chinese|China|imitation|copy|generic|non-original|made in)(?![\p{L}]))`;
export const MOULD_STEEL = anyOf(
  String.raw`${NOT_AFTER}(?<![\p{L}\d.])${MOULD_STEEL_CODE}(?![\p{L}\d])${STEEL_AFTER}${ORIGIN_HEDGE}`,
  String.raw`${STEEL_BEFORE}${MOULD_STEEL_CODE}(?![\p{L}\d])${NOT_BEFORE}${ORIGIN_HEDGE}`,
);

/**
 * "nylon 6", "nylon 66", "nylon 6,6", "nylon 6.6", "nylon-12": the polyamide by its number, as PA6 and PA66 are.
 * Not a number with a unit after it ("nylon 12 ft", "nylon 6 inch": a length), nor a blend with another fibre
 * whose share is not given ("nylon 6/spandex blend").
 */
const NOT_A_LENGTH = String.raw`[ \t]{0,2}(?:mm|cm|m|g|kg|%|pcs|x|×|ft|feet|foot|inch(?:es)?|in|yds?|yards?|["″'’])(?![\p{L}])`;
const NOT_A_BLEND = String.raw`[ \t]{0,2}(?:[/+&]|and|blend|mix)`;
export const NYLON_TYPE = String.raw`(?<![\p{L}])nylon[ \t-]?(?:6(?:[.,/]?6)?|11|12|46|610|612)(?![\d.,]?\d|${NOT_A_LENGTH}|${NOT_A_BLEND})`;

const FIBRE_FILL = String.raw`(?:PP[ \t-]cotton|(?:hollow[ \t-](?:conjugated[ \t-])?|siliconi[sz]ed[ \t-]|micro[ \t-]?)?polyester[ \t-](?:staple[ \t-])?(?:fib(?:re|er)(?:fill)?|wadding)|(?:polyester[ \t-])?fib(?:re|er)fill|hollow(?:[ \t-]conjugated)?[ \t-]fib(?:re|er))`;
const FILL_WEIGHT = String.raw`\d{1,5}(?:[.,]\d{1,3})?[ \t]{0,2}(?:g|kg|gr)\b`;
/** A bound on the weight: grams, or a share no wider than a tenth ("±50%" lets the pillow be half empty). */
const FILL_BOUND = String.raw`(?:[ \t]{0,2}(?:±|\+\/-|\+-)[ \t]{0,2}(?:\d{1,4}(?:[.,]\d{1,3})?[ \t]{0,2}(?:g|kg)|(?:10|\d)(?:[.,]\d{1,2})?[ \t]{0,2}%)|[ \t]{0,2}(?:\/|per|each|a)[ \t]{0,2}(?:pc|pcs|piece|pillow|cushion|bed|unit|item|toy|quilt|duvet|set))`;
/**
 * Between the fibre and its weight: no other fibre joined to it ("PP cotton + recycled", "polyester fibre and down,
 * 400 g"), whose share the weight leaves open.
 */
const FILL_GAP = String.raw`(?:(?![+&/]|(?<![\p{L}])(?:and|with|mix(?:ed)?|blend(?:ed)?|recycled|down|feathers?|wool|cotton|kapok)(?![\p{L}]))[^;\n]){0,20}?`;
export const WEIGHED_FILL = String.raw`(?<![\p{L}])${FIBRE_FILL}\b(?:[ \t]{0,2}\([^()\n]{1,40}\))?${FILL_GAP}${FILL_WEIGHT}${FILL_BOUND}`;

/** Any of the trade types above; each answers the family word of its own clause only (see LINE_GRADE). */
export const NAMED_TYPE = anyOf(MOULD_STEEL, NYLON_TYPE, WEIGHED_FILL);
