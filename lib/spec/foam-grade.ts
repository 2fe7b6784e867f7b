/**
 * "Espuma: alta densidad", "Foam: high density", "Schaumstoff: hohe Dichte": a foam's grade is its density in kg/m³
 * (or the "30D" the trade writes for it); under a label that names the foam, a density word in its place leaves the
 * foam itself open, so the line is read as a material line. "Foam density:" stays a performance label: the label
 * there names the density, not the foam.
 */
import { anyOf, cjk, latinWords, scriptWords, test } from './patterns';

/** The foam as the head noun of a label (last before the colon): "Foam:", "Seat foam:", "Espuma:", "海绵：". */
export const FOAM_LABELS = [
  `${latinWords([
    '(?:PU |memory |cold |HR )?foam',
    'sponge',
    '(?:goma )?espuma',
    'esponja',
    'mousse',
    'éponge',
    '(?:Kalt)?Schaum(?:stoff)?',
    'schiuma',
    'pianka',
    'gąbka',
    'sünger',
    'köpük',
    'mút',
    'busa',
    'schuim',
  ])}(?=\\s{0,2}$)`,
  `${scriptWords(['пена', 'поролон', 'пенополиуретан'])}(?=\\s{0,2}$)`,
  `${cjk(['海绵', '泡棉'])}(?=\\s{0,2}$)`,
];

/**
 * The density given as a figure: "35 kg/m³", "2.2 lb/ft³", "30D", "密度35", "density 35", "плотность 35". Also what
 * answers a foam praised as "high density" in any language (detect-performance).
 */
export const DENSITY_FIGURE = anyOf(
  // Starts where a digit run starts: tried from every digit of a long run, `\d+` made the search quadratic.
  String.raw`(?<![\d.,])\d+(?:[.,]\d+)?\s{0,2}(?:kg\s?/\s?m[³3]|kg/cbm|lbs?\s?/\s?(?:ft[³3]|cu\.? ?ft)|pcf|кг\s?/\s?м[³3])`,
  String.raw`(?<![\p{L}\d])\d{2}\s?D(?![\p{L}\d])`,
  // The grade written code first: "D28", "RG 40", "T35"; or in pounds: "1.8 lb density".
  String.raw`(?<![\p{L}\d])(?:D|RG|T)\s?\d{2}(?![\p{L}\d])`,
  String.raw`(?<![\d.,])\d(?:[.,]\d+)?\s{0,2}(?:lbs?|pounds?)\.?\s{0,2}densit(?:y|ies)`,
  // The Russian trade mark of a foam: its type letters and four digits, the density in kg/m³ first and the hardness
  // after ("HL 4065" is a high-load foam of 40 kg/m³, "EL 2540", "ST 3035", "HR 3530").
  String.raw`(?<![\p{L}\d])(?:ST|EL|HL|HR|LL|VE|СТ|ЕЛ|ХЛ)\s?-?\s?(?:2[5-9]|[3-5]\d|60)\d{2}(?![\p{L}\d])`,
  cjk(['密度\\s{0,2}[:：]?\\s{0,2}\\d']),
  // The density word followed by its figure, the unit left out as sheets do: "density 35", "Dichte: 40".
  String.raw`(?<![\p{L}])(?:density|densidad|densidade|densité|Dichte|Raumgewicht|densità|gęstość|yoğunluk(?:u)?|mật độ|tỷ trọng|kepadatan|densitas|ketumpatan|плотность|밀도)\s{0,2}[:：]?\s{0,2}\d`,
);

/** A foam-labelled clause whose density is a figure: the foam is graded. */
export function foamGradedByDensity(label: string, clause: string): boolean {
  return FOAM_LABELS.some((source) => test(source, label.trim())) && test(DENSITY_FIGURE, clause);
}
