/**
 * "Surface: smooth surface, no burr, fine machining", "Acabado: superficie lisa, sin rebabas", "Oberfläche: glatt,
 * gratfrei": a surface or finish field answered only by how the part feels. Smooth to whom, and what is a burr? With
 * no roughness figure (Ra 0.8 µm), polish grade (No. 4, 2B, 8K, 600 grit), gloss level (GU) or numbered sample on the
 * line, the finish is the supplier's to judge. Read as a label of the surface governing a value made only of feel
 * words ("smooth PU coating 0.3 mm" names a coating and is not read); any figure of the finish on the line answers it.
 */
import { msg } from '../i18n/msg';
import { latinWords, regex } from './patterns';
import type { VagueHit } from './spec-finding';

export const SURFACE_LABEL = latinWords([
  'surface(?: finish| treatment| quality)?',
  'finish(?:ing)?',
  'acabado(?: superficial)?',
  'superficie',
  'finition',
  'Oberfläche(?:nbehandlung|ngüte)?',
  'acabamento',
  'superfície',
  'finitura',
  'afwerking',
  'oppervlak(?:te)?',
  'wykończenie(?: powierzchni)?',
  'powierzchnia',
  'bề mặt',
]);
/** A feel word, with the surface noun a value may repeat before or after it ("smooth surface", "superficie lisa"). */
const FEEL = String.raw`(?:(?:surface|superficie|surface|Oberfläche|superfície|oppervlak|powierzchnia|bề mặt)\s{1,2})?(?:very |muy |très |sehr |molto |zeer |bardzo |rất |perfectly |completely |totally |perfectamente |parfaitement |perfekt |perfettamente |perfeitamente |idealnie |hoàn toàn )?(?:smooth|shiny|fine(?:ly)?(?: machin(?:ing|ed)| polish(?:ing|ed)?| finish(?:ed)?)?|fijn (?:bewerkt|afgewerkt)|fein bearbeitet|finement usinée?|finemente lavorat[ao]|starannie obrobion\p{L}{1,2}|clean|even|flawless|no burrs?|burr[- ]free|without burrs?|lis[ao]|suave|limpi[ao]|limp[ao]|propre|sauber|pulit[ao]|schoon|czyst[aey]|sạch|sin rebabas|lisse|sans bavures?|glatt|gratfrei|ohne Grat(?:e)?|sem rebarbas|liscia|senza bave|glad|braamvrij|zonder bramen|gładka|bez zadziorów|nhẵn|mịn|không ba ?via)(?:\s{1,2}(?:surface|finish|superficie|Oberfläche|superfície|oppervlak|powierzchnia))?`;
const FEEL_VALUE = regex(
  // The label ends at a colon or a spaced dash ("Surface - smooth, no burrs").
  String.raw`^${SURFACE_LABEL}(?:\s{0,2}[:：]|\s{1,2}[-–—])\s{0,3}(${FEEL}(?:\s{0,2}(?:,|and|y|et|und|e|en|i|và)\s{0,2}${FEEL})*)\s{0,3}[.;]?\s{0,3}$`,
  'iu',
);
/**
 * A figure of the finish: roughness, polish grade, grit, gloss, mirror grade, a mould texture reference (VDI 3400
 * Ref 12, SPI A2, Mold-Tech MT-11010), or a numbered sample.
 */
const FINISH_FIGURE = regex(
  String.raw`\b(?:Ra|Rz|Rmax|RMS)\s{0,2}[:：≤<=]?\s{0,2}\d|\d\s{0,2}(?:µm|μm|um|micron)|\b(?:No\.?\s{0,2}[1-8]|\d{1,2}K)\b|\bVDI[- ]?3400\s{0,2}(?:Ref\.?|N[o°º]\.?|#)?\s{0,2}\d{1,2}\b|\bSPI[- ]?(?:finish\s{0,2})?[A-D][- ]?[1-3]\b|\b(?:Mou?ld[- ]?Tech\s{0,2})?MT[- ]?\d{4,5}\b|\d{2,4}\s{0,2}(?:grit|#|mesh)|\b(?:grit|Körnung|grano|grain|grão|korrel|ziarnistość)\s{0,2}[:：]?\s{0,2}P?\d{2,4}|\bP\d{2,4}\b|#\s{0,2}\d{3,4}|\d\s{0,2}GU\b|\bN\d{1,2}\b|\b(?:sample|muestra|échantillon|Muster|amostra|campione)\s{0,3}(?:no\.?|n[°º.]|#|ref\.?)?\s{0,2}[A-Z]{0,6}-?\d`,
  'iu',
);
/** Stainless polish codes in capitals only: Vietnamese "ba via" (burr) is no BA (bright annealed) finish. */
const POLISH_CODE = /\b(?:2B|2D|BA|HL)\b/u;

/** True when the line carries a figure of the finish: roughness, polish grade, texture reference, numbered sample. */
export function hasFinishFigure(line: string): boolean {
  return FINISH_FIGURE.test(line) || POLISH_CODE.test(line);
}

/** "Finish: smooth, No.4 brushed": praise led by a finish label, answered by a figure of the finish on the line. */
export function finishPraiseAnswered(praise: string, line: string): boolean {
  return LABEL_LED.test(praise) && hasFinishFigure(line);
}
const LABEL_LED = regex(String.raw`^${SURFACE_LABEL}(?: treatment)?\s{0,2}[:：]`, 'iu');

export function finishByFeel(text: string, line: string): VagueHit[] {
  const m = FEEL_VALUE.exec(text.trimStart());
  if (!m || hasFinishFigure(line)) return [];
  const at = text.length - text.trimStart().length + m[0].length - (m[1]?.length ?? 0);
  const seen = m[1] ?? '';
  return [
    {
      start: at,
      end: at + seen.length,
      why: msg('spec.why.materialPraise'),
      fix: msg('spec.fix.materialPraise'),
    },
  ];
}
