/**
 * How goods stand on a pallet, as export packing sheets write it: "EUR pallet 1200x800, max height 1.2 m, stretch
 * film, corner boards". Each is a fact a receiving warehouse can measure — the pallet's footprint and standard, how
 * high it is stacked, how the load is wrapped and its edges guarded — so, like a carton's board or size, they make a
 * packing line checkable. Read in the languages the checker's packing labels are read in.
 */
import { anyOf, cjk, latinWords, scriptWords, test } from './patterns';

/** The pallet itself: "pallet", Polish "palety", Spanish "palé", German "Palette", Russian "поддон", 托盘. */
const PALLET_WORD = [
  'pallets?',
  'palet(?:y|a|e|ach|ami|ów|ler|lar)?',
  'paletas?',
  'palés?',
  'palettes?',
  'Palett(?:e|en)',
  'Europalett(?:e|en)',
  'pallet(?:e|es)',
  'bancal[ei]',
  'paletes?',
];

/**
 * The pallet words that do not also name a colour palette: "palette", "Palette", "paleta" head a list of colours as
 * often as a pallet line ("Palette: 12 colours"), so they count as pallet facts but are not read as labels.
 */
const LABEL_WORD = [
  'pallets?',
  'palet(?:y|e|ach|ami|ów|ler|lar)?',
  'palés?',
  'Europalett(?:e|en)',
  'pallet(?:e|es)',
  'bancal[ei]',
  'paletes',
];

/**
 * Labels that head a line about the pallet ("Pallet:", "Palety:", "Паллет:", "托盘："): a packing line. Not a colour
 * palette ("Colour palette:", "Palette de couleurs"), which the French and German pallet shares its word with, nor
 * what is counted per pallet ("Quantity per pallet:", "Cartons par palette :"), which is a count.
 */
export const PALLET_LABELS = [
  `(?<!(?:colou?rs?|couleurs?|Farb)\\s?)(?<!(?:per|each|by|every|por|par|pro|na|je|a) )${latinWords([...LABEL_WORD, 'palleti[sz](?:ing|ation)', 'paletizaci[óo]n', 'Palettierung'])}(?!\\s(?:de|of) (?:couleurs?|colou?rs?))`,
  `(?<!(?:на|в|за) )${scriptWords(['паллет\\p{L}{0,3}', 'поддон\\p{L}{0,3}', 'палет\\p{L}{0,3}'])}`,
  `(?<!每)${cjk(['托盘', '卡板', 'パレット'])}`,
];

/** The pallet named, in any of the languages above; "no pallet" and "palletised" decide the pallet too. */
export const PALLET_NAMED = anyOf(
  latinWords([
    ...PALLET_WORD,
    'no pallet',
    'palleti[sz]ed',
    'paletizad[oa]',
    'palettes? (?:houssées|filmées)',
    'palettiert',
    'pallettizzat[oa]',
  ]),
  scriptWords(['паллет\\p{L}{0,3}', 'поддон\\p{L}{0,3}', 'палет\\p{L}{0,3}']),
  cjk(['托盘', '卡板', 'パレット']),
);

/**
 * The pallet's facts beyond its name, each counted once by the packing rule: a footprint of two sides of three or
 * four digits ("1200x800", "1200×1000mm"); a named pallet standard ("palety EUR", "EPAL", "Europalette"); the
 * stack height after a height word ("max height 1.6 m", "wys. max 1,2 m", "Höhe max. 1,8 m", "высота до 1,5 м");
 * the wrap; the edge guards.
 */
export const PALLET_FACTS: string[] = [
  String.raw`(?<![\d.,])\d{3,4}\s{0,2}[x×*X]\s{0,2}\d{3,4}(?![\d.,]*\s{0,2}[x×*X]\s{0,2}\d)(?:\s{0,2}mm)?`,
  anyOf(
    latinWords([
      `(?:${PALLET_WORD.join('|')})\\s{1,2}(?:EUR(?:O)?|EPAL)`,
      `EUR(?:O)?[- ]?(?:${PALLET_WORD.join('|')})`,
      'Europalett(?:e|en)',
      'EPAL',
    ]),
    scriptWords(['европаллет\\p{L}{0,3}', 'европоддон\\p{L}{0,3}']),
  ),
  anyOf(
    latinWords([
      "(?:max(?:imum)?\\.? )?(?:height|high|wys(?:okość|\\.)|Höhe|hauteur|altura|altezza|yükseklik|hoogte)\\s{0,2}(?:max(?:imum)?\\.?|up to|bis|do|jusqu[’']à|hasta|até|fino a)?\\s{0,2}\\d+(?:[.,]\\d+)?\\s?(?:m|cm|mm)",
      'max(?:imum)?\\.? \\d+(?:[.,]\\d+)?\\s?(?:m|cm) (?:high|tall)',
    ]),
    scriptWords([
      'высот\\p{L}{0,2}\\s{0,2}(?:до|не более|макс\\.?)?\\s{0,2}\\d+(?:[.,]\\d+)?\\s?(?:м|см|мм)',
    ]),
  ),
  anyOf(
    latinWords([
      'stretch(?:[- ]?(?:film|wrap(?:ped|ping)?|hood|folie|foil))?',
      'folia stretch',
      'Stretchfolie',
      'shrink[- ]?(?:wrap(?:ped|ping)?|film|hood)',
      'film (?:étirable|rétractable)',
      'film estirable',
      'filme (?:stretch|esticável)',
      'film estensibile',
      'streç film',
    ]),
    scriptWords(['стрейч\\p{L}{0,8}']),
    cjk(['缠绕膜', '拉伸膜']),
  ),
  anyOf(
    latinWords([
      'corner (?:boards?|protectors?|guards?|posts?)',
      'edge (?:boards?|protectors?|guards?)',
      'narożnik\\p{L}{0,3}',
      'Kantenschutz\\p{L}{0,2}',
      'cornières?',
      'esquineros?',
      'cantoneiras?',
      'paraspigoli',
    ]),
    scriptWords(['уголк\\p{L}{0,2}']),
    cjk(['护角']),
  ),
];

/** A pallet's two sides in centimetres or millimetres beside its name: "Pallet: 120 x 80 cm" (no third side). */
const FOOTPRINT_WITH_UNIT =
  /(?<![\d.,])\d{2,4}\s{0,2}[x×*]\s{0,2}\d{2,4}\s{0,2}(?:cm|mm)\b(?![\d.,]*\s{0,2}[x×*]\s{0,2}\d)/iu;
/** ISPM 15, the treatment mark every export pallet carries, names the pallet's standard as EPAL does. */
const ISPM = latinWords(['ISPM[- ]?15']);

/**
 * How many pallet facts a packing line gives, each once. "Pallet" and a wrap alone ("carton, pallet, stretch film",
 * "托盘，缠绕膜", "bulk on pallet, shrink wrap") measure nothing a warehouse can check: the facts count only once the
 * pallet itself is fixed by its footprint ("1200x800") or a named standard (EUR, EPAL, ISPM 15), and a stack height
 * ("max 1 m high") only on such a pallet line, never on a gift box's.
 */
export function palletFactCount(text: string): number {
  const [footprint, standard] = PALLET_FACTS;
  const fixed =
    test(footprint ?? '', text) ||
    test(standard ?? '', text) ||
    test(ISPM, text) ||
    (test(PALLET_NAMED, text) && FOOTPRINT_WITH_UNIT.test(text));
  if (!fixed) return 0;
  return PALLET_FACTS.filter((e) => test(e, text)).length;
}
