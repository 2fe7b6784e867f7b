/**
 * vague-color: a colour given by name ("red", "红色", "as picture") instead of
 * a code a lab can compare against (Pantone, RAL, HEX, RGB, CMYK, NCS).
 */
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import { type VagueHit, vagueFinding } from './spec-finding';

export const COLOR_CODE = anyOf(
  String.raw`(?:pantone|pms|潘通)\s*(?:[a-z]+(?:\s[a-z]+)?\s*)?\d{1,4}(?:-\d{4})?\s*(?:c|u|m|tcx|tpx|tpg)?(?![a-z])`,
  String.raw`\bRAL\s*\d{4}`,
  String.raw`#[0-9a-f]{6}\b|#[0-9a-f]{3}\b`,
  String.raw`\bRGB\s*[(:]?\s*\d{1,3}\s*[,/ ]\s*\d{1,3}\s*[,/ ]\s*\d{1,3}`,
  String.raw`\bCMYK\s*[(:]?\s*\d{1,3}\s*[,/ ]\s*\d{1,3}`,
  String.raw`\bNCS\s*S?\s*\d{4}`,
  String.raw`\b(?:L\*?a\*?b\*?|CIELAB)\s*[(:]?\s*\d`,
);

const NAMES = [
  'red',
  'blue',
  'green',
  'yellow',
  'orange',
  'purple',
  'violet',
  'pink',
  'black',
  'white',
  'gr[ae]y',
  'brown',
  'beige',
  'navy',
  'gold',
  'golden',
  'silver',
  'ivory',
  'khaki',
  'maroon',
  'burgundy',
  'teal',
  'turquoise',
  'cyan',
  'magenta',
  'charcoal',
  'coral',
  'champagne',
  'multicolou?r(?:ed)?',
  'colou?rful',
  'rojo',
  'roja',
  'azul',
  'verde',
  'amarill[oa]',
  'naranja',
  'morad[oa]',
  'negr[oa]',
  'blanc[oa]',
  'marrón',
  'dorad[oa]',
  'platead[oa]',
  'rouge',
  'bleue?',
  'verte?',
  'jaune',
  'noire?',
  'blanc(?:he)?',
  'gris',
  'marron',
  'doré',
  'argenté',
  '(?:dunkel|hell)?(?:rot|blau|grün|gelb|schwarz|weiß|weiss|grau|braun|lila)',
  'silber',
  'vermelh[oa]',
  'amarel[oa]',
  'rox[oa]',
  'pret[oa]',
  'branc[oa]',
  'cinza',
  'marrom',
  'bege',
  'dourad[oa]',
  'pratead[oa]',
];
const MODIFIERS = [
  'light',
  'dark',
  'deep',
  'pale',
  'bright',
  'matte?',
  'glossy',
  'metallic',
  'transparent',
  'sky',
  'royal',
  'navy',
  'rose',
  'wood',
  'brand',
  'marino',
  'oscuro',
  'claro',
  'foncé',
  'clair',
];
export const COLOR_NAME = anyOf(
  latinWords(NAMES),
  cjk(['[深浅淡亮暗哑]?(?:粉红|藏青|咖啡|玫瑰金|天蓝|宝蓝|酒红|[红蓝绿黄橙紫粉黑白灰棕金银米青])色', '透明']),
);
const COLOR_PHRASE = `(?:${latinWords(MODIFIERS)}[\\s-]+){0,2}${COLOR_NAME}(?:\\s*(?:[/&-]|and|y|et|und|e)\\s*(?:${latinWords(MODIFIERS)}[\\s-]+)?${COLOR_NAME})*(?:\\s+colou?r)?`;
const VAGUE_PHRASES = latinWords([
  '(?:assorted|mixed|various|any|random|standard|customi[sz]ed|custom|natural|wood) colou?rs?',
  'colou?rs? (?:assorted|mixed|random|optional)',
]);

/** Names that are not a colour: compounds, proper nouns, plating and box types. */
const NOT_A_COLOUR_AFTER =
  /^[\s-]*(?:wine|sea|wing|bull|cross|friday|house|label|tea|card|box|boxes|carton|goods|plated|plating|week|sample|&\s*decker|and decker|sun|star|board|list|glove|light[- ](?:blocking|filter)|collar|belt|market|paper(?! colou?r))\b/iu;
const NOT_A_COLOUR_BEFORE = /(?:sterling|925|\d+\s*k|pantone)\s*$/iu;
/** A common noun after a Title-Case colour keeps it a colour ("Black Leather Sofa"). */
const COMMON_NOUN_AFTER =
  /^\s+(?:leather|steel|plastic|metal|fabric|cotton|wood|glass|paper|aluminium|aluminum|silicone|finish|colou?r|body|frame|case|cover|housing)\b/iu;

function isColourUse(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const after = text.slice(end);
  const before = text.slice(0, start);
  if (NOT_A_COLOUR_AFTER.test(after) || NOT_A_COLOUR_BEFORE.test(before)) return false;
  // Model and SKU codes such as RED-2000X or A-RED-M.
  if (
    /^[A-Z]{3,}$/.test(word) &&
    (/^-[A-Z0-9]/.test(after) || /[A-Z0-9]-$/.test(before) || /^\d/.test(after))
  ) {
    return false;
  }
  // Proper nouns: "Red Wing", "Golden Sun Industrial".
  const titleCase = /^[A-Z][a-zà-ÿ]+$/u;
  const nextWord = /^\s+([A-Z][a-zà-ÿ]+)\b/u.exec(after)?.[1];
  if (titleCase.test(word) && nextWord && !COMMON_NOUN_AFTER.test(after) && !test(COLOR_NAME, nextWord))
    return false;
  return true;
}

const PANTONE_HINT: [RegExp, string][] = [
  [/red|rojo|roja|rouge|rot|vermelh|红/iu, 'Pantone 186 C'],
  [/navy|marino|藏青/iu, 'Pantone 282 C'],
  [/blue|azul|bleu|blau|蓝/iu, 'Pantone 286 C'],
  [/green|verde|vert|grün|绿/iu, 'Pantone 348 C'],
  [/yellow|amarill|jaune|gelb|amarel|黄/iu, 'Pantone 116 C'],
  [/orange|naranja|laranja|橙/iu, 'Pantone 151 C'],
  [/black|negr|noir|schwarz|pret|黑/iu, 'Pantone Black 6 C'],
  [/white|blanc|weiß|weiss|branc|白/iu, 'RAL 9010 (or Pantone 11-0601 TCX)'],
  [/gr[ae]y|gris|grau|cinza|灰/iu, 'Pantone Cool Gray 7 C'],
  [/gold|dorad|doré|dourad|金/iu, 'Pantone 871 C'],
  [/silver|platead|argent|silber|pratead|银/iu, 'Pantone 877 C'],
  [/pink|rosa|粉/iu, 'Pantone 203 C'],
  [/purple|violet|morad|lila|rox|紫/iu, 'Pantone 2685 C'],
  [/brown|marr|braun|棕|咖啡/iu, 'Pantone 476 C'],
  [/beige|bege|米/iu, 'Pantone 7527 C'],
];

export function colourFix(seen: string): string {
  const code = PANTONE_HINT.find(([re]) => re.test(seen))?.[1];
  const example = code ? `e.g. ${code}` : 'e.g. Pantone 186 C';
  return `Write the colour as a code: ${example} (or RGB/HEX such as #C8102E, or RAL for paint), tolerance ΔE ≤ 2 under D65 light, checked against a physical Pantone/RAL card.`;
}

const WHY =
  'a colour name or a reference to a picture is not a colour standard; in a dispute nobody can measure whether the goods match it (the Jing Sourcing TA guide, Case 1: "Gold"/"Red" in the order lost the refund).';

function hit(start: number, end: number, seen: string): VagueHit {
  return { start, end, why: WHY, fix: colourFix(seen) };
}

export const colorDetector: AttributeDetector = {
  attribute: 'color',
  detect(clause: Clause): Finding[] {
    if (test(COLOR_CODE, clause.text)) return [];
    if (clause.attribute === 'color') {
      const range = valueRange(clause);
      if (!range) return [];
      return [
        vagueFinding('color', clause, hit(range.start, range.end, clause.text.slice(range.start, range.end))),
      ];
    }
    const text = clause.attribute
      ? ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart)
      : clause.text;
    const hits = [...findAll(VAGUE_PHRASES, text), ...findAll(COLOR_PHRASE, text)].filter(
      (m) => test(VAGUE_PHRASES, m.text) || isColourUse(text, m.start, m.end),
    );
    return withoutOverlaps(hits).map((m) => vagueFinding('color', clause, hit(m.start, m.end, m.text)));
  },
};
