/**
 * The specification checker's entry points: one line, or a whole text line by
 * line. A line is split into labelled clauses, then each attribute detector
 * reads each clause (what the clause talks about, then whether its value can
 * be measured).
 */

import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { Finding } from '../model/finding';
import { splitClauses } from './clauses';
import { conductorThicknessDetector } from './conductor-thickness';
import { customValueDetector } from './custom-value';
import { colorDetector } from './detect-color';
import { customizationDetector } from './detect-customization';
import { materialDetector } from './detect-material';
import { packagingDetector } from './detect-packaging';
import { performanceDetector } from './detect-performance';
import { quantityDetector } from './detect-quantity';
import { shipDateDetector } from './detect-ship-date';
import { sizeDetector } from './detect-size';
import { weightDetector } from './detect-weight';
import type { AttributeDetector } from './detector';
import { durabilityPromiseDetector } from './durability-promise';
import { enoughMeasureDetector } from './enough-measure';
import { fastnessMethodDetector } from './fastness-method';
import { isFieldRequest } from './field-request';
import { finishOnRequestDetector } from './finish-on-request';
import { fitmentWordDetector } from './fitment-word';
import { foldWidth } from './fold-width';
import { markedIndicative } from './indicative-figure';
import { hasInvisibleMarks, typedSpan, visibleText } from './invisible-marks';
import { withoutSettledLeadTimeTiers } from './lead-time-tiers';
import { levelByPictureDetector } from './level-by-picture';
import { lifeRatingDetector } from './life-rating';
import { LONG_LINE, longLinePieces } from './long-line';
import { modulePowerDetector } from './module-power';
import { openEfficiencyDetector } from './open-efficiency';
import { optionalChoiceDetector } from './optional-choice';
import { ordinaryComparisonDetector } from './ordinary-comparison';
import { originLeftOpenDetector } from './origin-left-open';
import { paperGradeDetector } from './paper-grade';
import { photoInspectionDetector } from './photo-inspection';
import { postposedLevelDetector } from './postposed-level';
import { propertyLevelDetector } from './property-level';
import { withSheetContext } from './sheet-context';
import { stockChoiceDetector } from './stock-choice';
import { thaiUnlabelledDetector } from './thai-unlabelled';
import { claimQualifiesMaterial, UNBACKED_CLAIM_WHY } from './unbacked-claims';
import { unboundFigureDetector } from './unbound-figure';
import { unitNamedFieldDetector } from './unit-named-field';
import { wideBrightnessDetector } from './wide-brightness';

export const SPEC_DETECTORS: readonly AttributeDetector[] = [
  colorDetector,
  sizeDetector,
  materialDetector,
  weightDetector,
  quantityDetector,
  packagingDetector,
  shipDateDetector,
  customizationDetector,
  performanceDetector,
  // "Car Fitment: Universal", "OE NO.: Standard": reads field labels no attribute owns.
  fitmentWordDetector,
  // "Paper Type: Art Paper": a paper kind with no grammage under a paper field.
  paperGradeDetector,
  // "Capacity: 30ml/50ml/100ml or custom", "目付：カスタマイズ可能": an offer to make anything, not the order's value.
  customValueDetector,
  // "Assay: 98-99% (typical value, for reference only)", "1800TC equivalent": a figure the line says does not bind.
  unboundFigureDetector,
  // "Lifespan (hours): 50000", "循环寿命：6000次以上": a life figure with no end point or test condition.
  lifeRatingDetector,
  // "Solar panel: 450W mono", "光伏组件 550W": a module's watts with no power tolerance and no test condition (STC).
  modulePowerDetector,
  // "speed fast, accuracy high", "produção alta": a performance noun given a level word after it, with no figure.
  postposedLevelDetector,
  // "noise low", "moisture normal", "độ ẩm thấp": a measured property given a level word instead of its figure.
  propertyLevelDetector,
  // "STR 20 or equivalent, according to stock": a choice between values handed to the supplier's stock.
  stockChoiceDetector,
  // "Conductor: CCA / pure copper (optional)": values offered as options, none of them chosen for the order.
  optionalChoiceDetector,
  // "ผ้าดี สีตามแบบ": Thai runs of a noun and its value word, with no label colon.
  thaiUnlabelledDetector,
  // "origin: selected high-altitude farms", "产地：精选产区": an origin praised, with no place named.
  originLeftOpenDetector,
  // "Capacity: large enough for a laptop", "Filling: enough filling": room or fill answered with "enough".
  enoughMeasureDetector,
  // "Colorfastness: grade 4 or above": a grey-scale grade with no test method it was measured by.
  fastnessMethodDetector,
  // "wash effect as customer request": a garment's wash handed to a request the order does not write down.
  finishOnRequestDetector,
  // "GSM: 400-600", "Thickness (mm): 0.3-3": a wide range under a label that carries the unit the value leaves out.
  unitNamedFieldDetector,
  // "2 times brighter than normal bulb", "比普通灯泡亮": a performance measured against goods nobody names.
  ordinaryComparisonDetector,
  // "Wire: pure copper core, thick": a conductor called thick where its gauge or cross-section belongs.
  conductorThicknessDetector,
  // "Brightness: 800-1000 nits": one panel's or lamp's brightness left across two LED grades.
  wideBrightnessDetector,
  // "Inspection: we send photo and video": the supplier's own pictures as the only inspection.
  photoInspectionDetector,
  // "Filtration: 95% or more", "blocks over 90% UV": a filtered or blocked share with an open end and no test named.
  openEfficiencyDetector,
  // "will not break easily", "very little shedding", "不易断裂", "割れにくい": durability as a softened denial.
  durabilityPromiseDetector,
  // "Tension: light / medium / heavy as picture", "强度：如图": a property's level left to the listing's photo.
  levelByPictureDetector,
];

/** vague-* findings for one line; `span` is relative to the line. */
export function checkSpecLine(typed: string): Finding[] {
  if (!hasInvisibleMarks(typed)) return checkVisibleLine(typed);
  // "ship in Au­gust" with a soft hyphen: read as the buyer sees it, quoted and highlighted as typed.
  const { text, typedAt } = visibleText(typed);
  return checkVisibleLine(text).map((f) => {
    if (!f.span) return f;
    const span = typedSpan(f.span, typedAt);
    return { ...f, span, quote: typed.slice(span.start, span.end) };
  });
}

function checkVisibleLine(typed: string): Finding[] {
  if (typed.length <= LONG_LINE) return checkOneLine(typed);
  return longLinePieces(typed).flatMap(({ start, text }) =>
    checkOneLine(text).map((f) =>
      f.span ? { ...f, span: { start: f.span.start + start, end: f.span.end + start } } : f,
    ),
  );
}

function checkOneLine(typed: string): Finding[] {
  // "Ｐａｎｔｏｎｅ　２８６　Ｃ" reads as "Pantone 286 C"; offsets are kept, so spans fit the typed line.
  const text = foldWidth(typed);
  // "Please specify colour and size": the form asks for values; there is none to check.
  if (isFieldRequest(text)) return [];
  const findings: Finding[] = [];
  for (const clause of splitClauses(text)) {
    for (const detector of SPEC_DETECTORS) findings.push(...detector.detect(clause, text));
  }
  return (
    withoutSettledLeadTimeTiers(withoutRepeatedClaims(findings, text), text)
      // "circa 12 m³ (solo indicativo); vincolante: …": the figure marked indicative is not the one promised.
      .filter((f) => !(f.span && markedIndicative(text, f.span.end)))
      .map((f) => (text === typed ? f : quotedAsTyped(f, typed, text)))
      .sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
  );
}

const PRAISE_OWNERS = new Set(['vague-material', 'vague-packaging', 'vague-weight', 'vague-size']);

/**
 * "Duffel: heavy duty canvas", "Export carton: sturdy enough": when another rule already quotes the phrase a
 * performance word sits in, the buyer is told once, by the rule about what the word describes.
 */
function withoutRepeatedClaims(findings: Finding[], line: string): Finding[] {
  // Only praise-owning rules: a colour quote spans its whole value ("preto, resistente à água"), yet no colour
  // describes water or strength, so the claim after the colour is still told.
  const others = findings.filter((f) => PRAISE_OWNERS.has(f.rule) && f.span);
  // "food grade silicone", "child safe material, good quality": when the material rule already asks for the
  // material's grade, a claim about that material is told by it (its fix names the food-contact standard).
  const materialAsked = findings.some((f) => f.rule === 'vague-material');
  return findings.filter(
    (f) =>
      f.rule !== 'vague-performance' ||
      !f.span ||
      (!others.some((o) => o.span!.start <= f.span!.start && f.span!.end <= o.span!.end) &&
        !(materialAsked && isClaim(f) && claimQualifiesMaterial(line, f.span.end))),
  );
}

function isClaim(finding: Finding): boolean {
  const why = finding.text?.message.params?.why;
  return typeof why === 'object' && why !== null && 'key' in why && why.key === UNBACKED_CLAIM_WHY;
}

/** The quote shows the buyer's own characters (full-width as typed), not the folded ones the patterns read. */
function quotedAsTyped(finding: Finding, typed: string, folded: string): Finding {
  const span = finding.span;
  const why = finding.text?.message.params?.why;
  if (!span || !finding.text || !why || typeof why !== 'object' || !('key' in why)) return finding;
  const quote = typed.slice(span.start, span.end);
  const message = msg('spec.seen', { quote, why });
  // The suggested wording may quote the line too ("not \"Pantone 286 C或300 C\""): the typed characters there as well.
  const params = finding.text.fix.params;
  const typedParams = params
    ? Object.fromEntries(
        Object.entries(params).map(([name, value]) => {
          const at = typeof value === 'string' && value.length > 0 ? folded.indexOf(value) : -1;
          return [name, at >= 0 ? typed.slice(at, at + (value as string).length) : value];
        }),
      )
    : undefined;
  const fix = typedParams ? { ...finding.text.fix, params: typedParams } : finding.text.fix;
  return {
    ...finding,
    quote,
    message: english.render(message),
    fix: english.render(fix),
    text: { message, fix },
  };
}

export interface SpecLineResult {
  /** 1-based line number in the checked text. */
  line: number;
  text: string;
  findings: Finding[];
}

/**
 * Every line of `text` (CRLF or LF), numbered from 1, with its findings. Lines of one sheet are read together: a
 * field the next line answers ("Incoterms: FOB" above "Port of loading: Ningbo") is not flagged (sheet-context.ts).
 */
export function checkSpecText(text: string): SpecLineResult[] {
  return withSheetContext(
    text
      .split(/\r?\n/u)
      .map((lineText, i) => ({ line: i + 1, text: lineText, findings: checkSpecLine(lineText) })),
  );
}
