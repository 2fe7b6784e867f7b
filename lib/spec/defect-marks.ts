/**
 * Colour words that name a defect, not the goods: "no black or white spots",
 * "black specks: major defect", "aucune tache noire", "nessuna macchia nera".
 * QC checklists and inspection criteria list the marks that must not appear;
 * the colour of the product is specified elsewhere (or not), and a colour code
 * would make no sense for a spot. A colour word counts as a defect mark only
 * when it is attached to a mark noun AND the clause reads as a criterion (a
 * negation, or a defect/inspection word) — "white with black polka dots" is a
 * print design and stays a colour.
 */
import { COLOR_NAME } from './color-words';
import { anyOf, cjk, latinWords, test } from './patterns';

/** Marks an inspector looks for, in the seven Latin-script languages read. */
const MARK_NOUN = latinWords([
  'spots?',
  'dots?',
  'specks?',
  'speckles?',
  'marks?',
  'stains?',
  'streaks?',
  'particles?',
  'impurit(?:y|ies)',
  'inclusions?',
  'blemish(?:es)?',
  'smudges?',
  'patches',
  'Punkte?',
  'Pünktchen',
  'Flecken?',
  'Flecke',
  'Stippen',
  'Einschlüsse',
  'Partikel',
  'taches?',
  'points?',
  'piqûres?',
  'traces?',
  'particules?',
  'manchas?',
  'puntos?',
  'motas?',
  'pontos?',
  'pontinhos?',
  'partículas?',
  'macchi[ae]',
  'macchioline',
  'punti(?:ni)?',
  'punto',
  'puntini',
  'particelle',
  'striature',
]);

/** A word that makes the clause a criterion rather than a description. */
const CRITERION = anyOf(
  latinWords([
    'no',
    'not?',
    'none',
    'without',
    'free (?:of|from)',
    'zero',
    'defects?',
    'defective',
    'reject(?:ed|ion)?',
    'allowed',
    'accept(?:ed|able)?',
    'AQL',
    'inspection',
    'cosmetic',
    'visible',
    'keine[nmrs]?',
    'ohne',
    'frei von',
    'Fehler',
    'Mängel',
    'zulässig',
    'aucune?',
    'sans',
    'pas',
    'ni',
    'défauts?',
    'tolérée?s?',
    'admise?s?',
    'sin',
    'ningun[oa]?',
    'ni',
    'defectos?',
    'permitid[oa]s?',
    'sem',
    'nenhum(?:a)?',
    'defeitos?',
    'nessun[oa]?',
    'senza',
    'difett[oi]',
    'ammess[oaie]',
  ]),
  cjk(['无', '不允许', '不可有', '不得有', '缺陷', '不良']),
);

/** A colour word, perhaps a second joined by and/or, then the mark ("black or white spots", "weiße Flecken"). */
const COLOURS_THEN_MARK = `${COLOR_NAME}(?:\\s{1,2}(?:or|and|oder|und|/|,)\\s{1,2}${COLOR_NAME})?\\s{1,2}${MARK_NOUN}`;
/** The Romance order: the mark, then its colour ("taches noires", "macchia nera o bianca"). */
const MARK_THEN_COLOURS = `${MARK_NOUN}\\s{1,2}${COLOR_NAME}(?:\\s{1,2}(?:ou|o|e|y|et|ni)\\s{1,2}${COLOR_NAME})?`;

function spans(source: string, text: string): [number, number][] {
  return [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The spans of a clause where colour words name defect marks; empty unless the
 * clause reads as an inspection criterion.
 */
export function defectMarkSpans(text: string): [number, number][] {
  if (!test(CRITERION, text)) return [];
  return [...spans(COLOURS_THEN_MARK, text), ...spans(MARK_THEN_COLOURS, text)];
}

export function insideDefectMark(marks: [number, number][], start: number, end: number): boolean {
  return marks.some(([s, e]) => start >= s && end <= e);
}
