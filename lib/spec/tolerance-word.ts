/**
 * A tolerance or allowance named by a word instead of a figure: "small tolerance", "normal machining
 * tolerance", "Tolerance: small", "公差：正常". The dimensions may be exact, yet nothing says how far a part
 * may stray from them, so no part can be shown to be out. Silent when a figure, a fit (H7) or a tolerance
 * standard (ISO 2768-m, DIN 16742, GB/T 1804) stands in the same clause.
 */

import { anyOf, cjk, findAll, latinWords, test } from './patterns';

const ADJECTIVE =
  '(?:small|tight|close|normal|standard|usual|customary|habitual|reasonable|acceptable|minimal|minimum|little|slight|common|general|allowable|permitted|good)';
const TOLERANCE_WORD = anyOf(
  latinWords([
    // "normal industry tolerance", "standard factory tolerance": whose habit it is does not make it a figure.
    `${ADJECTIVE}(?: (?:machining|manufacturing|production|dimensional|moulding|molding))? tolerances?`,
    `(?:${ADJECTIVE} )?(?:industry|trade|commercial|factory|market|industrial)(?:[- ]standard)?(?: (?:machining|manufacturing|production|dimensional|moulding|molding))? tolerances?`,
    `(?:tolerances?|deviations?)\\s{0,2}[:：]?\\s{0,3}(?:very )?(?:small|tight|normal|standard|as usual|reasonable|acceptable|minimal|little|slight|low|ok)(?![- ]\\p{L})`,
    // "Tolerance: +/- reasonable range": the sign of a figure with a word where the figure goes.
    `(?:±|\\+/-|\\+-)\\s{0,2}(?:a )?(?:small|normal|standard|reasonable|acceptable|minimal|slight|usual)(?: range| amount| deviation)?`,
    '(?:tolerancia|desviación) (?:normal|pequeña|estándar|mínima|aceptable)',
    '(?:petite|faible) tolérance|tolérance (?:normale|standard|faible)',
    // "handelsübliche Toleranzen", "tolérances d'usage", "tolerancias comerciales": the trade's custom is no figure.
    '(?:handels|markt|branchen|fertigungs|werkstatt|fabrik)?übliche[nr]? (?:Toleranz(?:en)?|Abweichung(?:en)?)',
    'Toleranz(?:en)?\\s{0,2}[:：]?\\s{0,3}(?:handels|markt|branchen)?üblich',
    "tolérances? (?:d[’']usage|commerciales?|usuelles?|habituelles?|courantes?)",
    'tolerancias? (?:comerciales?|habituales?|usuales?|de uso)',
    'tolerâncias? (?:comerciais|comercial|usuais|habituais|de uso)',
    "tolleranz[ae] (?:commercial[ei]|d[’']uso|abituali|usuali)",
    '(?:trade|industry)[- ](?:usual|customary|standard) tolerances?',
    // "tolerance as tight as possible": a wish with no figure; the supplier decides what was possible.
    '(?:tolerances?|deviations?)(?: should be| must be| is| to be)? (?:as (?:tight|small|close|precise|low|little) as possible)',
    '(?:as (?:tight|small|close) as possible) tolerances?',
    'tolerancias? (?:lo )?más (?:ajustadas?|pequeñas?|estrechas?) posibles?',
    'tolérances? (?:la |les )?plus (?:serrées?|faibles?|petites?) possibles?',
    'tolerâncias? (?:o )?mais (?:apertadas?|pequenas?|justas?) possíve(?:l|is)',
    'Toleranz(?:en)? so (?:eng|gering|klein) wie möglich',
  ]),
  cjk([
    '(?:公差|误差)\\s{0,2}[:：]?\\s{0,2}(?:很|较)?(?:小|正常|标准|合理|不大)',
    '(?:正常|合理|标准|行业|常规)(?:的)?(?:公差|误差)',
    '(?:公差|误差)(?:要)?尽(?:量|可能)(?:的)?小',
  ]),
);
/** A figure, a fit or a tolerance standard: the tolerance is stated after all. */
const TOLERANCE_GIVEN = anyOf(
  String.raw`(?:±|\+\/-|\+-)\s{0,2}\d`,
  String.raw`\b[A-Za-z]{1,2}\d{1,2}\b(?=[\s,;)]|$)`,
  String.raw`\b(?:ISO|DIN|GB\/T|JIS|ASME|ANSI)\s{0,2}\d`,
  String.raw`\d\s{0,2}(?:mm|µm|um|%|°)`,
);

export function toleranceWords(text: string): { start: number; end: number }[] {
  const found = findAll(TOLERANCE_WORD, text);
  if (found.length === 0) return [];
  // The figure must come in the same piece as the word: "120 x 80 x 45 mm, small tolerance" gives sizes, no tolerance.
  return found.filter((m) => {
    // …before or after it: "GB/T 1804-m general tolerance" names the class first.
    const piece = text.slice(previousBreak(text, m.start), nextBreak(text, m.end));
    return !test(TOLERANCE_GIVEN, piece);
  });
}

function previousBreak(text: string, to: number): number {
  const before = text.slice(0, to);
  return (
    Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf('，'),
      before.lastIndexOf('；'),
    ) + 1
  );
}

function nextBreak(text: string, from: number): number {
  const rest = text.slice(from).search(/[,;，；]/u);
  return rest < 0 ? text.length : from + rest;
}
