/**
 * The words that make a measured rating an estimate, before or after its figure, in the languages the spec checker
 * reads: "ok. 400 W", "aprox. 450 W", "potência próxima de 450 W", "около 12 В", "5000mAh (approx.)", "400 W circa".
 * A rating is checked against limits; an estimate word sets none, whichever language writes it and on whichever
 * side of the figure it stands. (CJK "约" before a rating stays the accepted shorthand: see open-promises.)
 */
import { RATING_ESTIMATE_WORDS_MORE } from './estimate-words';
import { anyOf, latinWords, scriptWords } from './patterns';

export const RATING_ESTIMATE_BEFORE = anyOf(
  latinWords([
    'about',
    'approx(?:\\.|imately)?',
    'aprox\\.',
    'around',
    'roughly',
    'circa',
    'ca\\.',
    'approximately',
    'environ',
    'env\\.',
    'etwa',
    'ungefähr',
    'zirka',
    'aproximadamente',
    'aproximad[oa]s?(?: de)?',
    'cerca de',
    'alrededor de',
    'por volta de',
    // "potência nominal próxima de 450 W", "potencia cercana a 450 W", "puissance proche de 450 W": near a figure.
    'pr[óo]xim[oa]s? (?:de|a|à|ao)',
    'cercan[oa]s? a',
    'proches? de',
    'prossim[oa] a',
    'vicin[oa] a',
    'intorno a(?:i|lle)?',
    'approssimativ(?:o|a|amente)(?: di)?',
    'około',
    'ok\\.',
    'yaklaşık',
    'khoảng',
    'sekitar',
    'kira-kira',
    'ongeveer',
  ]),
  scriptWords(['около', 'примерно', 'приблизительно', 'прибл\\.', 'близько', 'приблизно']),
  // "přibližně 450 W", "περίπου 450 W", "בערך 450 וואט": the same estimate in every language read (not CJK, above).
  RATING_ESTIMATE_WORDS_MORE,
);

/**
 * The same words after the figure, bare or in brackets: "5000mAh (approx.)", "400 W circa", "12 V or so". A word that
 * leads a figure of its own ("(approx. 30% quieter than the last model)") estimates that other figure, not this one.
 */
export const RATING_ESTIMATE_AFTER = String.raw`\s{0,3}[(（]?\s{0,2}${latinWords([
  'approx(?:\\.|imately)?',
  'aprox\\.',
  'circa',
  'ca\\.',
  'or so',
  'more or less',
  'give or take',
  'environ',
  'ungefähr',
  'aproximadamente',
  'approssimativamente',
  'około',
  'ok\\.',
])}(?![.\s]{0,3}[\d±~])(?:\s{0,2}[)）])?`;
