/**
 * A colour word inside the trade name of a natural stone: "Carrara Bianco C marble", "Nero Marquina marble",
 * "mármol Crema Marfil", "granito Verde Ubatuba". The name is a quarry's variety, bought and inspected as such, not
 * a shade the supplier picks. Read only when the colour word is capitalised, stands beside a capitalised word that
 * is neither a colour nor a generic praise or shade word (the place or quarry: "Carrara", "Marquina"; a bare "Black
 * marble" or "Premium White granite" stays a colour), and a stone noun follows the name or heads it.
 */
import { COLOR_NAME } from './color-words';
import { latinWords, regex, test } from './patterns';

const STONE =
  '(?:marble|granite|quartzite|travertine|limestone|onyx|slate|sandstone|basalt|mármol|marmol|granito|mármore|marmore|cuarcita|quartzito|travertino|marbre|granit|Marmor|Granit|marmo|marmer|marmur)';
/** A capitalised word or a variety's letter grade ("Bianco C", "Carrara CD"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}’'-]{1,20}|\p{Lu}{1,3}(?![\p{L}\d]))`;
/** The stone noun right after a name of up to four words: "… Bianco C marble". */
const STONE_AFTER = regex(String.raw`^(?:\s{1,2}${NAME_WORD}){0,3}\s{1,2}${STONE}(?![\p{L}])`, 'iu');
/** The stone noun heading the name: "marmo Bianco Carrara", "granito Verde Ubatuba". */
const STONE_BEFORE = regex(String.raw`(?<![\p{L}])${STONE}(?:\s{1,2}${NAME_WORD}){0,3}\s{1,2}$`, 'iu');
/** Capitalised words that are not a place or a quarry: praise, shade and finish words. */
const GENERIC = regex(
  latinWords([
    'natural',
    'nature',
    'premium',
    'quality',
    'best',
    'top',
    'pure',
    'super',
    'extra',
    'dark',
    'light',
    'deep',
    'real',
    'genuine',
    'polished',
    'honed',
    'grade',
    'first',
    'select',
    'standard',
    'A',
    'AA',
    'AAA',
    'B',
    // A nationality or origin is no quarry: "Turkish White marble", "Italian marble", "Black Indian granite".
    'Turkish',
    'Italian',
    'Indian',
    'Chinese',
    'Spanish',
    'Brazilian',
    'Egyptian',
    'Greek',
    'Portuguese',
    'Iranian',
    'Persian',
    'Vietnamese',
    'Indonesian',
    'Norwegian',
    'African',
    'Afghan',
    'Pakistani',
    'Omani',
    'Mexican',
    'European',
    'Asian',
    'Imported',
    'Local',
    'Mix(?:ed)?',
  ]),
  'iu',
);
const CAPITALISED = /^\p{Lu}/u;

/** The capitalised words either side of the colour word, within the same name. */
function neighbours(text: string, start: number, end: number): string[] {
  const before = /(\p{Lu}[\p{Ll}’'-]{1,20})\s{1,2}$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const after = /^\s{1,2}(\p{Lu}[\p{Ll}’'-]{1,20})(?![\p{L}])/u.exec(text.slice(end, end + 24))?.[1];
  return [before, after].filter((w): w is string => w !== undefined);
}

export function colourNamesAStone(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!CAPITALISED.test(word)) return false;
  const named = neighbours(text, start, end).some((w) => !test(COLOR_NAME, w) && !GENERIC.test(w));
  if (!named) return false;
  return (
    STONE_AFTER.test(text.slice(end, end + 80)) ||
    STONE_BEFORE.test(text.slice(Math.max(0, start - 80), start))
  );
}

const STONE_WORD = regex(`^${STONE}$`, 'iu');
/** The capitalised run right before or right after a word: "Nero Marquina" marble, mármore "Branco Paraná". */
const NAME_RUN_BEFORE = /((?:\p{Lu}[\p{Ll}’'-]{1,20}\s{1,2}|\p{Lu}{1,3}\s{1,2}){1,4})$/u;
// After the stone word the name may follow a colon, a bracket or a dash: "Marble: Bianco Carrara", "marble
// (Carrara)", "granite – Absolute Black".
const NAME_RUN_AFTER =
  /^\s{0,2}(?:[:：(–—-]\s{0,2})?((?:\s{0,2}\p{Lu}[\p{Ll}’'-]{1,20}|\s{0,2}\p{Lu}{1,3}(?![\p{L}\d])){1,4})/u;
/** A quarry's numeric code, as Chinese granites are sold: "granite G603", "G654 granite". */
const QUARRY_CODE_AFTER = /^\s{1,2}G\s?\d{3,4}(?![\p{L}\d])/u;
const QUARRY_CODE_BEFORE = /(?<![\p{L}\d])G\s?\d{3,4}\s{1,2}$/u;
/**
 * The stone word inside something else's name: a colour ("RAL 7026 Granite Grey"), a coating ("granite non-stick
 * ILAG Granitec"), or a branded tile ("Granit 60x60 merek Roman": in Indonesian "granit" is a porcelain tile).
 */
const COLOUR_CODE_BEFORE = /(?:RAL|Pantone|PMS|NCS)\s{0,2}[\w-]{3,12}\s{1,2}(?:\p{Lu}\p{Ll}+\s{1,2}){0,2}$/u;
const COATING_AFTER =
  /^[\s-]{1,2}(?:non[- ]?stick|coat(?:ing|ed)|antiadherente|antiaderente|anti-?adhésif|antihaft)(?![\p{L}])/iu;
const BRAND_AFTER =
  /^[^;:]{0,30}?(?<![\p{L}])(?:brand|merek|merk|marca|marque|Marke)\s{0,2}[:：]?\s{0,2}\p{Lu}/iu;
/** "marble effect", "granite look", "marble-pattern": a stone's looks printed on another material. */
const LOOK_AFTER =
  /^[\s-]{1,2}(?:effect|look|pattern|print(?:ed)?|design|grain|texture|style|veined|decor|optik|efecto|effet|effetto|efeito)(?![\p{L}])/iu;

/**
 * "Nero Marquina marble", "mármore Branco Paraná", "marble effect porcelain": the stone family word is graded by the
 * quarry's trade name beside it (a capitalised run with one word that is neither a colour nor a generic praise or
 * shade word: "Black marble" and "Premium White granite" stay open), or it names only a look.
 */
export function stoneNamedOrImitated(text: string, start: number, end: number): boolean {
  if (!STONE_WORD.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 60);
  if (LOOK_AFTER.test(after) || COATING_AFTER.test(after) || BRAND_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (QUARRY_CODE_AFTER.test(after) || QUARRY_CODE_BEFORE.test(before) || COLOUR_CODE_BEFORE.test(before))
    return true;
  const runs = [NAME_RUN_BEFORE.exec(before)?.[1], NAME_RUN_AFTER.exec(after)?.[1]];
  return runs.some((run) =>
    (run ?? '')
      .split(/\s+/u)
      .some((w) => w.length > 1 && !test(COLOR_NAME, w) && !GENERIC.test(w) && !STONE_WORD.test(w)),
  );
}
