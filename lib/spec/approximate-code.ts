/**
 * "close to Pantone 286 C", "similar a RAL 5015", "proche du Pantone 2945", "接近潘通286C", "Pantone 286 C に近い":
 * a colour code named only as the neighbourhood of the colour. A lab can measure the code, but not how far from it
 * the goods may land, so the supplier decides what "close" is. Silent when the allowed difference is given (ΔE,
 * grey-scale grade): then "close" has its limit.
 */
import { COLOR_CODE } from './color-codes';
import { anyOf, cjk, findAll, latinWords, type Match, scriptWords } from './patterns';

const NEAR_BEFORE = anyOf(
  latinWords([
    '(?:very |quite )?(?:close|closest|near|similar|nearest) to(?: the)?',
    'approx(?:\\.|imately)?',
    'about',
    'around',
    '(?:looks? )?like',
    'near',
    'matching roughly',
    '(?:muy )?(?:cercano|parecido|similar|próximo|aproximado) (?:a|al)(?: la)?',
    '(?:proche|semblable|similaire|voisin)s? (?:de|du|à|au)(?: la)?',
    'ähnlich(?: wie| zu)?(?: dem)?',
    'nahe(?: an| bei)?(?: dem)?',
    'ca\\.',
    '(?:próxim[oa]|semelhante|parecid[oa]|similar) (?:a|ao|de|do|com)(?: o| a)?',
    '(?:simile|vicino|simil[ei]) (?:a|al)',
    '(?:zbliżony|zbliżon[aey]|podobn[yae]) do',
    'benzer(?:i)?',
    '(?:gần giống|tương tự|giống gần)(?: với)?',
    '(?:mirip|mendekati|hampir sama dengan|seperti)',
  ]),
  scriptWords([
    '(?:близк(?:ий|ая|ое|о)|похож(?:ий|ая|е)?|приближенн(?:ый|о)) (?:к|на)',
    'قريب من',
    'مشابه ل',
    'يشبه',
  ]),
  cjk(['接近', '近似', '类似', '類似', '相近(?:于)?', '대략']),
);
const NEAR_AFTER = anyOf(
  // "Pantone 186 C or closest available": the nearest the supplier happens to have.
  latinWords([
    'approx(?:\\.|imately)?',
    'ish',
    'yakını',
    'benzeri',
    'civarı',
    'or (?:the )?(?:closest|nearest)(?: (?:available|match|shade|colou?r|stock colou?r))?',
    // The same fallback in the other languages read, the colour noun before or after "nearest": "sau cea mai
    // apropiată culoare disponibilă", "o el tono más cercano disponible", "ou la teinte la plus proche", "o il colore
    // più vicino", "ou a cor mais próxima", "oder der nächste verfügbare Farbton".
    'sau (?:(?:culoarea|nuanța|nuanta|tonul) )?(?:cea |cel )?mai apropiat(?:ă|a)?(?: (?:culoare|nuanță|nuanta|ton))?(?: disponibil(?:ă|a)?)?(?: (?:din|în) stoc)?',
    'o (?:el|la) (?:color|tono|tonalidad) más (?:cercan[oa]|parecid[oa]|próxim[oa]|similar)(?: disponible)?(?: en (?:stock|existencia))?',
    'ou (?:la|le) (?:couleur|teinte|nuance|ton) (?:la |le )?plus (?:proche|approchante|similaire)(?: disponible)?(?: en stock)?',
    'o (?:il|la) (?:colore|tono|tonalità) più (?:vicin[oa]|simile|prossim[oa])(?: disponibile)?(?: (?:a|in) (?:magazzino|stock))?',
    'ou (?:a|o) (?:cor|tom|tonalidade) mais (?:próxim[oa]|parecid[oa]|semelhante)(?: disponível)?(?: em (?:estoque|stock))?',
    'oder (?:der|die|das|den) (?:nächste|ähnlichste|nächstliegende)n? (?:verfügbaren? )?(?:Farbton|Farbe|Ton)(?: (?:ab|vom|im) Lager)?',
    // "EV3 per EURAS or close": near enough, by the supplier's eye.
    'or (?:very )?(?:close|near)(?: (?:to it|match|enough|shade))?',
  ]),
  cjk(['左右', '近似', '相近', 'に近い', '近似色', '계열', '비슷한?', '유사']),
  scriptWords(['تقريبا', 'تقريبًا']),
);

/**
 * "RAL 9005 approx 80 microns": a figure right after the word takes it ("approx 80 microns" is the coating's
 * thickness), so the code before it stays exact.
 */
const NO_FIGURE_NEXT = String.raw`(?![\s.:~≈]{0,4}\d)`;

/** The same allowed-difference words the colour rule reads: "ΔE ≤ 1.5", "grey scale 4". */
const DIFFERENCE_LIMIT =
  /Δ\s?E|delta\s?E|(?<![A-Za-z])[dD]E\s{0,2}(?:≤|<|=|\d)|gr[ae]y[- ]?scale|Graumaßstab|échelle de gris|escala de (?:cinzas|grises)|scala dei grigi|灰卡/iu;

/**
 * Under a "Pantone:" or "PMS:" field the code is written bare ("close to 19-4052", "approx. 286 C"): the field has
 * already named the ink system, so the number after "close to" is the code.
 */
const BARE_CODE = String.raw`(?<![\d-])(?:\d{2}-\d{4}|\d{3,5}\s{0,2}[CU]?)(?![\p{L}\d])`;
export const PANTONE_FIELD =
  /^\s{0,3}(?:pantone|PMS)(?:\s(?:code|colou?r|no\.?|number|ref(?:erence)?))?\s{0,2}[:：]\s{0,2}$/iu;
/(?:pantone|PMS)(?:\s(?:code|colou?r|no\.?|number|ref(?:erence)?))?\s{0,2}[:：]?\s{0,2}$/iu;

/** `bareCodes`: the clause's field is the ink system itself, so a bare number is a code too. */
export function approximatedCodes(text: string, bareCodes = false): Match[] {
  if (DIFFERENCE_LIMIT.test(text)) return [];
  const code = bareCodes ? anyOf(COLOR_CODE, BARE_CODE) : COLOR_CODE;
  return findAll(
    anyOf(`(?:${NEAR_BEFORE})\\s{0,3}(?:${code})`, `(?:${code})\\s{0,3}(?:${NEAR_AFTER})${NO_FIGURE_NEXT}`),
    text,
  );
}
